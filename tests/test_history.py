"""What clauses said before: a revised document's renumbered measures leave a record of the text each id held."""

from __future__ import annotations

from datetime import UTC, datetime

from index.build import build_kb_index
from index.embed import get_embedder
from index.search import Index
from ingest.history import changes, text_version
from ingest.kb import KnowledgeBase
from ingest.pipeline import ingest
from ingest.types import Clause

PLAN = """关于加快算力发展的若干措施

一、重点任务
（一）建设算力枢纽。到2027年全省算力规模超过50EFLOPS。
（二）加强算力人才培养。每年培养算力工程师2000名。
（三）推进绿色低碳发展。新建数据中心电能利用效率不高于1.25。
"""
INSERTED = "（二）建设算力调度平台。统筹全省算力资源统一调度。\n"


def _clause(cid: str, text: str, doc: str = "d") -> Clause:
    return Clause(clause_id=cid, doc_id=doc, text=text, path=cid, heading="", start=0, end=len(text))


def test_a_version_names_the_words_not_their_spacing():
    assert text_version("培养 算力工程师。") == text_version("培养算力工程师。")
    assert text_version("培养算力工程师。") != text_version("培养算力工程师2000名。")


def test_changes_record_what_each_changed_or_removed_id_held_and_where_it_went():
    before = [_clause("d-1", "Build hubs."), _clause("d-2", "Train engineers."), _clause("d-3", "Go green.")]
    after = [_clause("d-1", "Build hubs."), _clause("d-2", "Schedule compute."), _clause("d-3", "Train engineers."),
             _clause("d-4", "Go green, and (a) recycle heat.")]
    when = datetime(2025, 3, 1, tzinfo=UTC)
    records = {r["clause_id"]: r for r in changes(before, after, when)}
    assert set(records) == {"d-2", "d-3"}  # d-1 says what it said
    assert records["d-2"]["text"] == "Train engineers." and records["d-2"]["now_at"] == "d-3"
    assert records["d-2"]["version"] == text_version("Train engineers.")
    assert records["d-3"]["now_at"] == "d-4"  # its words are inside a longer clause now
    assert records["d-3"]["replaced"] == "2025-03-01T00:00:00Z"
    gone = changes([_clause("d-9", "Repealed.")], after, when)
    assert gone[0]["now_at"] is None


def test_a_renumbering_revision_is_recorded_and_served_beside_the_clause(tmp_path):
    page, data = tmp_path / "plan.txt", tmp_path / "data"
    page.write_text(PLAN, encoding="utf-8")
    ingest([str(page)], data)
    talent = next(c for c in KnowledgeBase(data).clauses() if "人才" in c.text)
    assert KnowledgeBase(data).history() == []
    revised = PLAN.replace("（三）推进", "（四）推进").replace("（二）加强", INSERTED + "（三）加强")
    page.write_text(revised, encoding="utf-8")
    ingest([str(page)], data)
    now = {c.clause_id: c.text for c in KnowledgeBase(data).clauses()}
    assert "调度平台" in now[talent.clause_id]  # the id holds the inserted measure now
    record = next(r for r in KnowledgeBase(data).history() if r["clause_id"] == talent.clause_id)
    assert record["text"] == talent.text and "人才" in now[record["now_at"]]
    build_kb_index(data, get_embedder("fake"))
    index = Index.open(data)
    try:
        (served,) = index.clause_history(talent.clause_id)
        assert served["text"] == talent.text and served["now_at"] == record["now_at"]
        assert index.clause_history(record["now_at"])[0]["text"].startswith("（三）推进")
    finally:
        index.close()
    # a third ingest of the same text records nothing new and keeps what was recorded
    recorded = KnowledgeBase(data).history()
    ingest([str(page)], data)
    assert KnowledgeBase(data).history() == recorded


def test_a_measure_renumbered_and_revised_is_traced_to_its_revision():
    # a measure moved from 7 to 6 with "500" made "800" was "no longer in it": a journalist's link to the old
    # words led nowhere
    old = ("7. Attract IC professionals. Shenzhen will introduce 500 high-level integrated circuit professionals "
           "every year, with housing support.")
    new = old.replace("7. ", "6. ").replace("500", "800")
    before = [_clause("d-6", "6. Fund tape-outs of chiplet products at 14 nm or below."), _clause("d-7", old)]
    after = [_clause("d-5", "5. Fund tape-outs of chiplet products at 14 nm or below."), _clause("d-6", new),
             _clause("d-7", "7. Build one public pilot line for advanced packaging by 2025.")]
    records = {r["clause_id"]: r for r in changes(before, after)}
    assert records["d-7"]["now_at"] == "d-6"  # its revision
    assert records["d-6"]["now_at"] == "d-5"  # its own words, renumbered
    # a measure rewritten beyond a figure or two is gone, not revised
    rewritten = changes([_clause("d-7", old)], [_clause("d-7", "7. Subsidise cloud computing vouchers for SMEs.")])
    assert rewritten[0]["now_at"] is None


def test_the_clause_page_says_a_revision_is_not_the_words_cited(tmp_path):
    page, data = tmp_path / "m.txt", tmp_path / "data"
    text = ("Several measures on chiplets\n\n1. Fund tape-outs of chiplet products at 14 nm or below.\n"
            "2. Attract IC professionals. Shenzhen will introduce 500 high-level integrated circuit professionals "
            "every year, with housing support.\n")
    page.write_text(text, encoding="utf-8")
    ingest([str(page)], data)
    cited = next(c for c in KnowledgeBase(data).clauses() if "500" in c.text)
    page.write_text(text.replace("1. Fund tape-outs of chiplet products at 14 nm or below.\n", "")
                    .replace("2. Attract", "1. Attract").replace("500", "800"), encoding="utf-8")
    ingest([str(page)], data)
    build_kb_index(data, get_embedder("fake"))
    index = Index.open(data)
    try:
        (served,) = index.clause_history(cited.clause_id)
        assert served["now_at"] and "800" in index.get_clause(served["now_at"]).text
        assert served["now_revised"] is True
    finally:
        index.close()
    from api.clause_page import removed_message

    assert "a revision of those words is at" in removed_message(cited.clause_id, [served])
