"""English agencies of project documents and statements: a designated implementing agency ("MICDE will be the
implementing agency"), a lead acting "through" its own unit, acronyms a document gives without brackets (a list of
abbreviations, a body named in full elsewhere) and a coined body named with its parent ministry."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.implied_acronyms_en import implied_acronyms
from ingest.office_names_en import without_parent
from ingest.segment import segment
from ingest.types import Block, Document


@pytest.mark.parametrize(("text", "lead"), [
    ("14. MICDE will be the implementing agency and will host the PIU within the State Department for ICT.",
     ["MICDE"]),
    ("The Ministry of Finance shall be the executing agency for the project.", ["Ministry of Finance"]),
    ("The Department of Energy will serve as the lead agency.", ["Department of Energy"]),
])
def test_a_designated_implementing_agency_leads(text, lead):
    # a World Bank PAD's "MICDE will be the implementing agency …" gave no agency: "will be" is no duty's verb
    assert english_agencies(text).lead == lead


@pytest.mark.parametrize("text", [
    "The project will be the lead agency's main investment.",  # no office is its subject
    "It will be the implementing agency that reports.",
    "The PIU will be established within 30 days of the effective date.",
])
def test_no_designation_without_a_named_office(text):
    assert not english_agencies(text)


def test_a_lead_through_its_own_unit_has_no_partner_in_it():
    # "through X" (as "acting through X") is the lead's own unit, whose name may hold a comma; the sentence gave none
    a = english_agencies("11. Component 2: Skills (US$55 million IDA). The Ministry of Education, through the State "
                         "Department for Technical, Vocational Education and Training, will implement this component "
                         "in collaboration with MICDE. It will finance curricula in 50 TVET institutions.")
    assert a.lead == ["Ministry of Education"]
    assert a.supporting == ["MICDE"]  # the sentence ends after the acronym, "It will finance" is the next one


def test_an_acronym_ends_a_sentence_but_not_a_dotted_abbreviation():
    a = english_agencies("The Secretary of State shall consult the U.S. Agency for International Development.")
    assert a.lead == ["Secretary of State"]


def test_a_list_of_abbreviations_defines_its_bodies_acronyms():
    text = ("ABBREVIATIONS AND ACRONYMS\n\nGPU        Graphics Processing Unit\n"
            "KoTDA      Konza Technopolis Development Authority\n"
            "MICDE      Ministry of Information, Communications and the Digital Economy\n"
            "PDO        Project Development Objective\n")
    assert implied_acronyms(text) == {"KoTDA": "Konza Technopolis Development Authority",
                                      "MICDE": "Ministry of Information, Communications and the Digital Economy"}
    # as a PAD's meta holds them
    assert implied_acronyms("MICDE = Ministry of Information, Communications and the Digital Economy") == {
        "MICDE": "Ministry of Information, Communications and the Digital Economy"}


def test_an_acronym_used_alone_is_the_body_its_text_names_in_full():
    text = ("The International Energy Agency estimates that demand will double. We welcome its Observatory and "
            "ask the IEA to report each year.")
    assert implied_acronyms(text) == {"IEA": "International Energy Agency"}
    # a possessive is no part of the name (EO 14154's "the Environmental Protection Agency’s (EPA) …")
    assert implied_acronyms("We welcome the International Energy Agency’s Observatory and ask the IEA to report.") \
        == {"IEA": "International Energy Agency"}


@pytest.mark.parametrize("text", [
    "We ask the IEA to report each year.",  # named in full nowhere: kept as written
    "The International Energy Agency and the Inter-American Enterprise Agency report. We ask the IEA to report.",
    "Prices rose. The IEA estimates it. The Internal Energy Audit found it.",  # an audit is no body
])
def test_no_implied_acronym_without_one_body_named_in_full(text):
    assert "IEA" not in implied_acronyms(text)


def _doc(*lines: str) -> Document:
    return Document(doc_id="pad", source_url="pad.txt", title="Project Appraisal Document",
                    blocks=[Block(t) for t in lines], lang="en")


def test_a_project_document_names_its_agency_with_its_listed_acronym():
    clauses = segment(_doc("ABBREVIATIONS AND ACRONYMS",
                           "MICDE      Ministry of Information, Communications and the Digital Economy",
                           "14. MICDE will be the implementing agency and will host the PIU."))
    found = [c.agencies.lead for c in clauses if c.agencies]
    assert found == [["Ministry of Information, Communications and the Digital Economy (MICDE)"]]


def test_a_coined_body_is_named_without_its_parent_ministry():
    # the India–Japan statement's "IndiaAI Mission of MeitY" (¶9) and "the IndiaAI Mission" (¶10) were two agencies
    assert without_parent("IndiaAI Mission of the Ministry of Electronics and Information Technology (MeitY)") == \
        "IndiaAI Mission"
    clauses = segment(Document(doc_id="js", source_url="js.html", title="Joint Statement", lang="en", blocks=[
        Block("The Ministry of Electronics and Information Technology (MeitY) of India is a partner."),
        Block("9. Under the Initiative, the IndiaAI Mission of MeitY and the Japan AI Safety Institute (J-AISI) will "
              "cooperate on the evaluation of large language models."),
        Block("10. The Centre for Development of Advanced Computing (C-DAC) will, in coordination with the IndiaAI "
              "Mission, provide access to compute.")]))
    names = {n for c in clauses for n in (*c.agencies.lead, *c.agencies.supporting)}
    assert "IndiaAI Mission" in names
    assert not any(n.startswith("IndiaAI Mission of") for n in names)


@pytest.mark.parametrize("name", [
    "Office of Science of the Department of Energy",  # no coined name: as it is
    "Secretary of the Department of Labor",
    "Ministry of Education",
])
def test_other_names_keep_their_of(name):
    assert without_parent(name) == name
