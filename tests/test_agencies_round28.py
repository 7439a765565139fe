"""English agencies the 28th round found wrong: a ministry whose acronym skips "Affairs" listed by its acronym, the
partners of a directive whose subject is "the Government", and a table's "Ministry responsible" column."""

import pytest

from ingest.agencies_en import acronyms, english_agencies
from ingest.segment import segment
from ingest.table_agencies_en import cell_names, english_table_agencies
from ingest.types import CELL, Agencies, Block, Document

_METI = "Ministry of Economy, Trade and Industry (METI)"
_MIC = "Ministry of Internal Affairs and Communications (MIC)"


def _doc(*lines: str, lang: str = "en") -> Document:
    return Document(doc_id="jp", source_url="jp.html", title="Basic Policy", blocks=[Block(t) for t in lines],
                    lang=lang)


def test_a_ministrys_three_letter_acronym_may_skip_an_inner_word():
    text = ("The Basic Policy was compiled jointly by the Ministry of Economy, Trade and Industry (METI) and the "
            "Ministry of Internal Affairs and Communications (MIC), following deliberations at the Council.")
    assert acronyms(text) == {"METI": "Ministry of Economy, Trade and Industry",
                              "MIC": "Ministry of Internal Affairs and Communications"}
    # a name that opens with no kind of body, or skips two words: none
    assert acronyms("the Digital Government Regulatory Authority (DRA)") == {}
    assert acronyms("the Ministry of Internal Affairs and Posts and Communications (MIC)") == {}


def test_the_acronym_alone_is_spelt_out_as_its_definition_gives_it():
    clauses = segment(_doc(
        "The Basic Policy was compiled jointly by the Ministry of Economy, Trade and Industry (METI) and the Ministry "
        "of Internal Affairs and Communications (MIC).",
        "MIC will support the construction of backbone optical fiber and submarine cables.",
    ))
    assert [c.agencies.lead for c in clauses if c.agencies] == [[_MIC]]


def test_the_governments_named_partners_support_and_no_one_leads():
    found = english_agencies(
        "To secure AI computing resources that Japanese companies can use with confidence, the Government will "
        "continue to support the development of domestic cloud computing capacity, in cooperation with the New "
        "Energy and Industrial Technology Development Organization (NEDO) and the National Institute of Advanced "
        "Industrial Science and Technology (AIST).")
    assert found.lead == []
    assert found.supporting == ["New Energy and Industrial Technology Development Organization (NEDO)",
                                "National Institute of Advanced Industrial Science and Technology (AIST)"]


def test_the_government_with_no_partner_leaves_a_later_sentence_its_lead():
    assert not english_agencies("The Government will work with industry to publish guidance.")
    found = english_agencies("The Government will review the rules. The Ministry of Finance will fund the review.")
    assert found.lead == ["Ministry of Finance"]


_HEADER = CELL.join(["Item", "Goal", "Target year", "Ministry responsible"])


def test_a_ministry_responsible_column_names_each_rows_leads():
    clauses = segment(_doc(
        "The Ministry of Economy, Trade and Industry (METI), the Ministry of Internal Affairs and Communications "
        "(MIC) and the Agency for Natural Resources and Energy (ANRE) compiled the policy.",
        _HEADER,
        CELL.join(["Designation of Watt-Bit Zones", "At least 5 zones", "FY2028", "METI, MIC"]),
        CELL.join(["Standard lead time for grid connection", "5 years or less", "FY2030", "METI (ANRE)"]),
        CELL.join(["Regional share", "50% or more", "FY2030", "All ministries"]),
    ))
    rows = {c.text.split(CELL)[0]: c.agencies for c in clauses if CELL in c.text}
    assert rows["Designation of Watt-Bit Zones"].lead == [_METI, _MIC]
    assert rows["Designation of Watt-Bit Zones"].note == "Ministry responsible: METI, MIC"
    assert rows["Standard lead time for grid connection"].lead == [
        _METI, "Agency for Natural Resources and Energy (ANRE)"]
    assert not rows["Regional share"]  # no body named


@pytest.mark.parametrize(("cell", "names"), [
    ("METI, MEXT", ["METI", "MEXT"]),
    ("Department for Education (DfE)", ["Department for Education (DfE)"]),  # its own acronym: one body
    ("DSIT and DfE", ["DSIT", "DfE"]),
    ("TBD", []),
    ("Local authorities", []),
    ("METI, industry", []),  # a part that is no body: the cell gives none
])
def test_a_cells_bodies(cell, names):
    assert cell_names(cell) == names


def test_other_tables_and_columns_give_none():
    blocks = [Block(t) for t in (
        CELL.join(["Item", "Goal", "Target year", "Notes"]),  # no responsible column
        CELL.join(["Zones", "5", "FY2028", "METI"]),
        CELL.join(["项目", "目标", "年份", "负责部门"]),  # a Chinese table: table_agencies' own
        CELL.join(["算力", "30", "2030", "工业和信息化部"]),
    )]
    assert english_table_agencies(blocks) == {}
    # the table ends at a block of another width
    blocks = [Block(_HEADER), Block("Prose that follows the table."), Block(CELL.join(["a", "b", "c", "METI"]))]
    assert english_table_agencies(blocks) == {}
    assert english_table_agencies([Block(_HEADER), Block(CELL.join(["a", "b", "c", "METI"]))]) == {
        1: Agencies(lead=["METI"], note="Ministry responsible: METI")}


def test_a_monitoring_plans_responsibility_column_names_no_lead():
    # a World Bank PAD's M&E plan: the body that collects the indicator's data, not one that leads its goal
    blocks = [Block(CELL.join(["Indicator Name", "Definition", "Frequency", "Responsibility"])),
              Block(CELL.join(["Trainees employed within 6 months", "Tracer survey of completers", "Annual", "KNBS"]))]
    assert english_table_agencies(blocks) == {}


def test_each_body_that_leads_in_the_present_tense_leads():
    # outside test round 29: only the first of "DSIT leads …, and UKRI leads …" was a lead
    from ingest.agencies_en import english_agencies
    found = english_agencies("The Department for Science, Innovation and Technology (DSIT) leads on compute, and UK "
                             "Research and Innovation (UKRI) leads on research funding.")
    assert found.lead == ["Department for Science, Innovation and Technology (DSIT)",
                          "UK Research and Innovation (UKRI)"]
