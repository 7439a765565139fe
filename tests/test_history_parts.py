"""Words a later read cut in parts: a saved link to the old clause is told the parts that say them now."""

from __future__ import annotations

from fastapi.testclient import TestClient

import ingest.segment as segment
from api.app import create_app
from api.settings import Settings
from index.build import build_kb_index
from index.embed import get_embedder
from index.search import Index
from index.word_parts import parts_holding
from ingest.kb import KnowledgeBase
from ingest.pipeline import ingest

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
SENTENCES = ["The Department will fund regional compute hubs in every province over the next three years.",
             "Each hub will serve universities, hospitals and small firms at cost price.",
             "Provinces will report the use of each hub to the Department every quarter.",
             "Hubs that stay below half their capacity for a year will be merged with a neighbour.",
             "The Department will publish the reports and the merged hubs on its website.",
             "Every hub will buy at least half its power from renewable sources by 2028."]
PARA = " ".join(SENTENCES)
PLAN = (f"Measures on computing power\n\n1. General requirements\n\n{PARA}\n\n2. Tasks\n\n"
        "(a) Build hubs. Reach 50 EFLOPS by 2027.\n")


def test_parts_holding_finds_a_run_that_says_the_old_words():
    clauses = [("d-1", "1. Build hubs."), ("d-2-pt1", "Fund hubs in every province."),
               ("d-2-pt2", "Each hub serves universities."), ("d-2-pt3", "Hubs report each quarter."),
               ("d-3", "2. Train engineers every year.")]
    # cut in two, or in three: the words joined, their spacing and punctuation aside
    assert parts_holding("Fund hubs in every province.  Each hub serves universities.", clauses) == ["d-2-pt1",
                                                                                                     "d-2-pt2"]
    assert parts_holding("Fund hubs in every province. Each hub serves universities. Hubs report each quarter.",
                         clauses) == ["d-2-pt1", "d-2-pt2", "d-2-pt3"]
    # the old words hold one clause whole and run on into the next (the cut moved)
    assert parts_holding("Fund hubs in every province. Each hub serves", clauses) == ["d-2-pt1", "d-2-pt2"]
    # the first part renumbered
    assert parts_holding("3. Build hubs. Fund hubs in every province.", clauses) == ["d-1", "d-2-pt1"]
    # not consecutive, a revision, one clause alone, or a short start of the next: nothing
    assert parts_holding("Fund hubs in every province. Hubs report each quarter.", clauses) == []
    assert parts_holding("Fund hubs in every province. Each hub serves hospitals.", clauses) == []
    assert parts_holding("Fund hubs in every province.", clauses) == []
    assert parts_holding("Build hubs. Fund", [("d-1", "Build hubs."), ("d-2", "Fund hubs.")]) == []


def _reread(tmp_path, monkeypatch, revised: str, cut_at: int | None):
    """A knowledge base of PLAN, then of revised read with parts cut at cut_at characters, indexed."""
    page, data = tmp_path / "plan.txt", tmp_path / "data"
    page.write_text(PLAN, encoding="utf-8")
    ingest([str(page)], data)
    (old,) = [c for c in KnowledgeBase(data).clauses() if c.text == PARA]
    if cut_at:  # a later parse that cuts paragraphs shorter (as the speech's sentences were cut, qa22 finding 6)
        monkeypatch.setattr(segment, "MAX_CHARS", cut_at)
    page.write_text(revised, encoding="utf-8")
    ingest([str(page)], data)
    build_kb_index(data, get_embedder("fake"))
    return data, old


def test_a_link_to_a_paragraph_cut_in_parts_names_the_parts(tmp_path, monkeypatch):
    # it answered 404 "…those words are no longer in it", though every word was still there, across the parts
    data, old = _reread(tmp_path, monkeypatch, PLAN.replace("2027.", "2027, and 80 EFLOPS by 2030."), 300)
    parts = [c.clause_id for c in KnowledgeBase(data).clauses() if c.clause_id.startswith(old.clause_id + "-pt")]
    assert len(parts) == 2
    with TestClient(create_app(Settings(data=data, model="fake")), raise_server_exceptions=False) as client:
        r = client.get(f"/clauses/{old.clause_id}")
        assert r.status_code == 404
        error = r.json()["error"]
        (said,) = error["history"]
        assert said["now_at"] == parts[0] and said["now_parts"] == parts and said["now_revised"] is False
        assert f"its words are now in {parts[0]!r} and {parts[1]!r}" in error["message"]
        assert "no longer in it" not in error["message"]
        page = client.get(f"/clauses/{old.clause_id}", headers={"accept": BROWSER_ACCEPT}).text
        assert all(f'href="/clauses/{p}"' in page for p in parts) and "Those words are now in" in page
        # a clause whose words were revised, not cut, keeps its single now_at and an empty now_parts
        item = client.get(f"/clauses/{parts[0].split('-')[0]}-2-a").json()
        assert all(h["now_parts"] == [] for h in item["history"])


def test_a_paragraph_that_grew_past_a_cut_is_traced_to_the_part_it_begins_and_the_next(tmp_path, monkeypatch):
    # the old words are all of the first part and the start of the second: the added sentences follow them
    more = " ".join(s.replace("hub", "centre") for s in SENTENCES[:2])
    data, old = _reread(tmp_path, monkeypatch, PLAN.replace(PARA, PARA + " " + more), 600)
    index = Index.open(data)
    try:
        (said,) = index.clause_history(old.clause_id)
        assert said["now_parts"] == [old.clause_id + "-pt1", old.clause_id + "-pt2"]
        assert said["now_at"] == old.clause_id + "-pt1" and said["now_revised"] is False
    finally:
        index.close()


def test_two_measures_joined_in_one_are_where_their_words_are_not_a_revision(tmp_path):
    page, data = tmp_path / "m.txt", tmp_path / "data"
    text = ("Measures on chiplets\n\n1. Fund tape-outs of chiplet products at 14 nm or below.\n"
            "2. Attract IC professionals to Shenzhen with housing support.\n3. Build one pilot line by 2025.\n")
    page.write_text(text, encoding="utf-8")
    ingest([str(page)], data)
    second = next(c for c in KnowledgeBase(data).clauses() if "Attract" in c.text)
    page.write_text(text.replace("\n2. Attract", " Attract").replace("3. Build", "2. Build"), encoding="utf-8")
    ingest([str(page)], data)
    build_kb_index(data, get_embedder("fake"))
    index = Index.open(data)
    try:
        said = index.clause_history(second.clause_id)[-1]
        joined = index.get_clause(said["now_at"]).text
        assert "Fund tape-outs" in joined and "Attract IC" in joined
        assert said["now_revised"] is False and not said.get("now_parts")
    finally:
        index.close()
    from api.clause_page import removed_message

    assert f"those words are now at {said['now_at']!r}" in removed_message(second.clause_id, [said])
