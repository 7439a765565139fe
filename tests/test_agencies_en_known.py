"""English agencies the words around them do not define: a public body named for its kind after a partner phrase
("in collaboration with the Virginia Community College System"), and the acronyms a government uses for its
departments undefined ("DESNZ" in a table's Lead column), from corpus/agencies.yaml."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.errors import TaxonomyError
from ingest.known_acronyms_en import known_acronyms, read_acronyms
from ingest.segment import segment
from ingest.types import CELL, Block, Document


@pytest.mark.parametrize(("text", "supporting"), [
    ("3. The Secretary of Labor shall, in collaboration with the Virginia Community College System, train 25,000 "
     "Virginians in AI skills by December 31, 2027.", ["Virginia Community College System"]),
    ("The Secretary of Education will expand AI courses, in partnership with the University of Virginia and the "
     "Virginia Community College System.", ["University of Virginia", "Virginia Community College System"]),
    ("The Secretary of Commerce shall, in consultation with the Federal Communications Commission, issue guidance.",
     ["Federal Communications Commission"]),
])
def test_a_public_body_named_for_its_kind_supports_after_a_partner_phrase(text, supporting):
    # the Virginia EO's Order 3 had no supporting agency: "System" is no body word, so the partner was dropped
    a = english_agencies(text)
    assert a.supporting == supporting


@pytest.mark.parametrize("text", [
    "The Secretary of Labor shall, in collaboration with a computer system, train staff.",
    "The Secretary of Transportation shall, in coordination with the Interstate Highway System, report.",
    "The Secretary of Education will, working with George Mason University, report.",  # names no state
    "The Secretary of Education will expand courses, in partnership with the University of Virginia and George "
    "Mason University.",  # two bodies, the second naming no state: not one name
])
def test_no_public_body_without_a_proper_name_or_a_government_it_belongs_to(text):
    assert english_agencies(text).supporting == []


def test_a_state_s_system_is_the_subject_of_a_plain_shall():
    # a public body named for its state and kind leads the directive it is the subject of (this release; it
    # needed a partner phrase, "will lead" or a body word before); a thing's name still does not
    assert english_agencies("The Virginia Retirement System shall publish a report.").lead == [
        "Virginia Retirement System"]
    assert english_agencies("The Interstate Highway System shall carry the load.").lead == []


def _doc(*lines: str) -> Document:
    return Document(doc_id="uk", source_url="uk.html", title="AI Growth Zones", blocks=[Block(t) for t in lines],
                    lang="en")


def test_an_undefined_whitehall_acronym_merges_with_the_department_its_document_names():
    # /agencies listed "DESNZ" (the table's Lead) and "Department for Energy Security and Net Zero" (the text's
    # subject) as two agencies; likewise MHCLG
    clauses = segment(_doc(
        "3.1 The Department for Energy Security and Net Zero, working with Ofgem, will reform grid connection queues.",
        "3.2 The Ministry of Housing, Communities and Local Government will consult on planning guidance.",
        CELL.join(["Commitment", "Lead", "Date"]),
        CELL.join(["Reform grid connections", "DESNZ", "2027"]),
        CELL.join(["Consult on planning", "MHCLG", "2026"]),
    ))
    desnz = "Department for Energy Security and Net Zero (DESNZ)"
    mhclg = "Ministry of Housing, Communities and Local Government (MHCLG)"
    leads = [c.agencies.lead for c in clauses if c.agencies]
    assert leads == [[desnz], [mhclg], [desnz], [mhclg]]


def test_an_acronym_alone_stays_as_written():
    # no full name in the document: nothing says which country's department it is
    clauses = segment(_doc(CELL.join(["Commitment", "Lead", "Date"]), CELL.join(["Reform grid", "DESNZ", "2027"])))
    assert [c.agencies.lead for c in clauses if c.agencies] == [["DESNZ"]]


def test_a_known_acronym_needs_its_department_named_alone():
    known = {"DOL": "Department of Labor"}
    assert known_acronyms("The U.S. Department of Labor (see DOL guidance) will act.", known) == known
    assert known_acronyms("The Virginia Department of Labor and DOL will act.", known) == {}  # a state's
    assert known_acronyms("The Department of Labor will act.", known) == {}  # no acronym used


def test_the_shipped_acronyms_load_and_hold_no_ambiguous_short_form():
    from ingest.agencies import ALIASES_PATH

    listed = read_acronyms(ALIASES_PATH)
    assert listed["DESNZ"] == "Department for Energy Security and Net Zero" and listed["OSTP"]
    assert not {"DOC", "DOS", "ED", "VA", "HSE"} & set(listed)


@pytest.mark.parametrize(("body", "fault"), [
    ("acronyms:\n  UK:\n    DOE: Department of the Environment\n  US:\n    DOE: Department of Energy\n",
     "ambiguous"),
    ("acronyms:\n  UK:\n    Treasury: HM Treasury\n", "not an acronym"),
    ("acronyms:\n  UK:\n    HMT: treasury\n", "full name"),
    ("acronyms:\n  - DSIT\n", "must map"),
])
def test_a_malformed_or_ambiguous_acronym_list_is_refused_on_load(tmp_path, body, fault):
    path = tmp_path / "agencies.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=fault):
        read_acronyms(path)
