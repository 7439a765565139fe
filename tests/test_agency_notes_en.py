"""English agency notes of translated Chinese measures, read as their （责任单位：…） notes are: who leads, who
supports, names as written, vague ones dropped; the note is no subject for the directive reader."""

import pytest

from ingest.agency_notes_en import note_agencies, parse_note
from ingest.segment import segment
from ingest.types import Block, Document

MIIT = "Municipal Bureau of Industry and Information Technology"
FIN = "Municipal Finance Bureau"
DRC = "Municipal Development and Reform Commission"


@pytest.mark.parametrize(("note", "lead", "supporting"), [
    # units a note lists with no role all lead, as 责任单位：A、B does
    (f"(Responsible units: {MIIT}, {FIN})", [MIIT, FIN], []),
    ("(Responsible unit: Municipal Science and Technology Innovation Commission)",
     ["Municipal Science and Technology Innovation Commission"], []),
    (f"(Responsible departments: {FIN} and Municipal Science and Technology Innovation Commission)",
     [FIN, "Municipal Science and Technology Innovation Commission"], []),
    (f"(Lead unit: {DRC}; supporting units: {FIN}, Pingshan District Government)",
     [DRC], [FIN, "Pingshan District Government"]),
    (f"(Led by the {DRC}, with the support of the {FIN})", [DRC], [FIN]),
    (f"(Led by {DRC}, with {FIN} and Municipal Commerce Bureau participating)",
     [DRC], [FIN, "Municipal Commerce Bureau"]),
    (f"({DRC} to take the lead, {FIN} and Municipal Commerce Bureau to cooperate)",
     [DRC], [FIN, "Municipal Commerce Bureau"]),
    # the first listed leads only where the note says so
    (f"(Responsible units: {DRC}, {FIN}, {MIIT}; the first-listed unit is the lead unit)", [DRC], [FIN, MIIT]),
    (f"(Responsible units: {DRC}, {FIN}, with the unit listed first taking the lead)", [DRC], [FIN]),
    # vague units are no names
    (f"(Responsible units: relevant municipal departments, district governments, {FIN})", [FIN], []),
    ("(Responsible units: Municipal State-owned Assets Supervision and Administration Commission, Municipal Finance "
     "Bureau)", ["Municipal State-owned Assets Supervision and Administration Commission", FIN], []),
    # english.www.gov.cn's translations: 按职责分工负责 (both lead), 牵头/参与 as sentences, and a list joined by
    # "and the", which was one supporting "agency"
    ("(The National Development and Reform Commission and the Ministry of Industry and Information Technology "
     "shall be responsible according to their respective duties.)",
     ["National Development and Reform Commission", "Ministry of Industry and Information Technology"], []),
    ("(The National Data Administration shall take the lead, and the Ministry of Industry and Information "
     "Technology and the Ministry of Finance shall participate.)",
     ["National Data Administration"], ["Ministry of Industry and Information Technology", "Ministry of Finance"]),
    ("(Led by the Ministry of Industry and Information Technology, with the support of the Ministry of Science and "
     "Technology and the National Development and Reform Commission)", ["Ministry of Industry and Information "
     "Technology"], ["Ministry of Science and Technology", "National Development and Reform Commission"]),
    ("(Led by the Ministry of Housing and Urban-Rural Development, with the support of the Ministry of Agriculture "
     "and Rural Affairs)", ["Ministry of Housing and Urban-Rural Development"],
     ["Ministry of Agriculture and Rural Affairs"]),
    ("(Responsible unit: Department of Agriculture and the Marine)", ["Department of Agriculture and the Marine"], []),
])
def test_parse_note_reads_lead_and_supporting_units(note, lead, supporting):
    a = parse_note(note)
    assert (a.lead, a.supporting) == (lead, supporting)


def test_a_document_rule_that_the_first_listed_leads():
    assert parse_note(f"(Responsible units: {DRC}, {FIN})", first_leads=True).supporting == [FIN]
    # a note that names roles keeps them
    assert parse_note(f"(Lead units: {DRC}, {FIN})", first_leads=True).lead == [DRC, FIN]


def test_note_agencies_takes_the_note_out_of_the_text():
    text = f"2. Subsidise tape-outs. 40% of the fees shall be subsidised. (Responsible units: {MIIT}, {FIN})"
    found, rest = note_agencies(text)
    assert found.lead == [MIIT, FIN] and found.note == f"(Responsible units: {MIIT}, {FIN})"
    assert rest.rstrip() == "2. Subsidise tape-outs. 40% of the fees shall be subsidised."
    found, _ = note_agencies(f"Enterprises shall receive a subsidy. Responsible unit: {FIN}.")
    assert found.lead == [FIN]
    found, rest = note_agencies("(3) Cut latency to 20 ms. (The National Development and Reform Commission shall be "
                                "responsible according to its respective duties.)")
    assert found.lead == ["National Development and Reform Commission"] and rest.rstrip() == "(3) Cut latency to 20 ms."
    for text in ("Enterprises shall receive a subsidy (see the responsible units in the annex).",
                 "The responsible units shall report on progress.",
                 "The review (The Commission shall lead the review of the plan.) follows.",  # no note: what, not who
                 "Results (Member States shall participate.) vary."):
        assert not note_agencies(text)[0]


def _measures(*lines: str) -> list:
    doc = Document(doc_id="sz", source_url="sz.html", title="Several Measures of Shenzhen Municipality",
                   blocks=[Block(text=line) for line in lines], lang="en")
    return segment(doc)


def test_translated_measures_get_their_notes_agencies():
    # every measure of the English portal's chiplet measures had {"lead": [], "supporting": []}
    clauses = _measures(
        "II. Key Measures",
        f"1. Support chiplet interconnect standards. Enterprises shall be given a reward of up to RMB 5 million. "
        f"(Responsible units: {MIIT}, Municipal Administration for Market Regulation)",
        f"2. Build a public pilot line. Shenzhen will build one pilot line by 2025. (Responsible units: {DRC}, "
        f"Pingshan District Government)",
        "3. Attract talent. The city will introduce 500 professionals every year. (Responsible units: relevant "
        "municipal departments)",
    )
    by_number = {c.text.split("\n")[-1][:2]: c.agencies for c in clauses}
    assert by_number["1."].lead == [MIIT, "Municipal Administration for Market Regulation"]
    assert by_number["1."].supporting == []
    assert by_number["2."].lead == [DRC, "Pingshan District Government"]  # not "Shenzhen", the sentence's subject
    assert not by_number["3."]  # a note naming no unit gives none, and "The city" is no office


def test_the_agency_filter_finds_a_translated_measures_unit(tmp_path):
    from api.params import check_agency
    from index.store import Filters, Store, write_store

    clauses = _measures(f"1. Support standards. A reward shall be given. (Responsible units: {MIIT}, {FIN})")
    doc = Document(doc_id="sz", source_url="sz.html", title="Measures", blocks=[Block(text="x")], lang="en")
    write_store(tmp_path / "s.sqlite", [doc], clauses)
    store = Store(tmp_path / "s.sqlite")
    try:
        assert check_agency(store, MIIT) == MIIT  # was a 422: "unknown agency"
        assert store.filtered_ids(Filters(agency=MIIT)) == store.filtered_ids(Filters(agency="Finance Bureau"))
        assert store.agencies() == [{"name": MIIT, "lead": 1, "supporting": 0},
                                    {"name": FIN, "lead": 1, "supporting": 0}]
    finally:
        store.close()


def test_a_note_in_a_paragraph_of_its_own_names_who_does_the_measure_above():
    # (5)'s items, then its note as a paragraph: the note was a clause of its own, and (5) named no one
    clauses = _measures(
        "(5) Expanding supply of high-quality datasets. We will:",
        "1. build more than 200 high-quality industry datasets by 2027;",
        "2. establish 10 national data annotation bases;",
        "(The National Data Administration shall take the lead, and the Ministry of Industry and Information "
        "Technology and the Ministry of Finance shall participate.)",
        "(6) Cultivating talent. We will train 500,000 engineers.",
    )
    named = [(c.text[:3], c.agencies.lead, c.agencies.supporting) for c in clauses]
    assert ("1. ", [], []) in named  # an item is the measure's part; the measure says who
    lead, supporting = ["National Data Administration"], ["Ministry of Industry and Information Technology",
                                                          "Ministry of Finance"]
    assert ("(5)", lead, supporting) in named
    assert ("(6)", [], []) in named
