"""Tests for an English translation of a statute as Korea's KLRI serves it: "Article N (Title)" run in before
its text, its paragraphs (1), items 1. and sub-items (a) under it, its ADDENDA, and its status line."""

from __future__ import annotations

from collections import Counter

import pytest

from index.references import parse_query, path_keys
from ingest.numbering import read_number
from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Document

# the shape of a KLRI page (elaw.klri.re.kr): the article's number and title in bold, run in before its text
_KLRI = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>FRAMEWORK ACT ON TESTING | Statutes of the Republic of Korea</title></head><body><div id="lawcon">
<p class="notice">This English translation is provided by the Korea Legislation Research Institute for reference only.
In the event of any discrepancy between the Korean original and this translation, the Korean original shall
prevail.</p>
<h1>FRAMEWORK ACT ON TESTING</h1>
<p class="lawinfo">[Enforcement Date 22. Jan, 2026.] [Act No. 20676, 21. Jan, 2025., New Enactment]</p>
<p class="ministry">Ministry of Science and ICT (Testing Policy Division) 044-202-6244</p>
<h2>CHAPTER I GENERAL PROVISIONS</h2>
<p><b>Article 1 (Purpose)</b> The purpose of this Act is to set out the basic matters of testing.</p>
<p><b>Article 2 (Definitions)</b> The terms used in this Act are defined as follows:</p>
<p>1. The term "test" means an examination of a system;</p>
<p>2. The term "high-impact test" means a test used in any of the following areas:</p>
<p>(a) Supply of energy under Article 2 (1) of the Energy Act;</p>
<p>(b) Production processes of drinking water;</p>
<p>3. The term "user" means a person who receives a test.</p>
<p><b>Article 3 (Basic Principles)</b> (1) Testing shall be developed in a direction that enhances safety.</p>
<p>(2) An affected person shall be entitled to receive a clear explanation of the results of a test.</p>
<h2>CHAPTER II GOVERNANCE</h2>
<p><b>Article 6 (Basic Plans)</b> (1) The Minister shall formulate a basic plan every three years.</p>
<p>(2) The Basic Plan shall include the following matters:</p>
<p>1. Basic direction of testing policies;</p>
<p>2. Other matters necessary to promote testing.</p>
<p>(3) The Minister may request the heads of agencies to submit relevant materials.</p>
<p><b>Article 7 (Testing Committee)</b> (1) The Testing Committee shall be established under the President.</p>
<p>(2) The Committee shall consist of not more than 45 members.</p>
<p><b>Article 34 (Responsibilities of Operators)</b> (1) An operator shall implement the following measures:</p>
<p>1. Establishment and operation of a risk management plan;</p>
<p>2. Human management and supervision of high-impact tests.</p>
<p>(2) The Minister may establish and publicly notify specific matters concerning the measures under
paragraph (1).</p>
<h2>ADDENDA &lt;Act No. 20676, Jan. 21, 2025&gt;</h2>
<p><b>Article 1 (Enforcement Date)</b> This Act shall enter into force one year after its promulgation.</p>
<p><b>Article 2 (Preparatory Acts)</b> The Minister may formulate the first Basic Plan before this Act enters
into force.</p>
</div></body></html>"""


def _doc(blocks: list[Block | str]) -> Document:
    return Document(doc_id="d", title="t", lang="en", blocks=[b if isinstance(b, Block) else Block(b) for b in blocks])


def _klri() -> dict[str, str]:
    doc = parse(_KLRI, "klri.html")
    return {c.path: c.text for c in segment(doc)}


def test_run_in_article_is_a_unit_over_its_paragraphs_and_items() -> None:
    paths = _klri()
    assert paths["CHAPTER I > Article 1"].startswith("Article 1 (Purpose) The purpose")
    assert paths["CHAPTER I > Article 2"].endswith("defined as follows:")
    assert paths["CHAPTER I > Article 2 > 2 > (a)"].startswith("(a) Supply of energy")
    assert paths["CHAPTER I > Article 2 > 3"].startswith('3. The term "user"')
    # the block that opens with the article is the text of its paragraph (1)
    assert paths["CHAPTER I > Article 3 > (1)"].startswith("Article 3 (Basic Principles) (1) Testing")
    assert paths["CHAPTER I > Article 3 > (2)"].startswith("(2) An affected person")
    assert paths["CHAPTER II > Article 6 > (2) > 2"].startswith("2. Other matters")
    assert paths["CHAPTER II > Article 34 > (1) > 1"].startswith("1. Establishment")
    assert paths["CHAPTER II > Article 34 > (2)"].startswith("(2) The Minister may establish")


def test_no_article_is_glued_to_the_paragraph_before_and_no_path_repeats() -> None:
    doc = parse(_KLRI, "klri.html")
    clauses = segment(doc)
    paths = {c.path: c.text for c in clauses}
    assert "Article 7" not in paths["CHAPTER II > Article 6 > (3)"]
    assert paths["CHAPTER II > Article 7 > (1)"].startswith("Article 7 (Testing Committee)")
    assert not [p for p, n in Counter(c.path for c in clauses).items() if n > 1]
    heading = next(c.heading for c in clauses if c.path == "CHAPTER II > Article 34 > (1) > 2")
    assert heading == "Article 34 (Responsibilities of Operators)"  # its article heads an item, never the item


@pytest.mark.parametrize("line", ["<h4>{}</h4>", "<p><b>{}</b></p>"])
def test_article_title_on_a_line_of_its_own_heads_its_text(line: str) -> None:
    body = "".join([line.format("Article 1 (Purpose)"), "<p>The purpose of this Act is to set out testing.</p>",
                    line.format("Article 3 (Basic Principles)"), "<p>(1) Testing shall enhance safety.</p>",
                    "<p>(2) The Minister shall formulate the following matters:</p><p>1. Basic direction;</p>"])
    html = f"<html><body><h1>ACT ON TESTING</h1><h2>CHAPTER I GENERAL PROVISIONS</h2>{body}</body></html>"
    clauses = segment(parse(html, "act.html"))
    assert [c.path for c in clauses] == ["CHAPTER I > Article 1", "CHAPTER I > Article 3 > (1)",
                                         "CHAPTER I > Article 3 > (2)", "CHAPTER I > Article 3 > (2) > 1"]
    assert clauses[0].heading == "Article 1 (Purpose)"


def test_article_citation_resolves_to_its_path() -> None:
    path = next(p for p, text in _klri().items() if text.startswith("1. Establishment"))
    assert path_keys(path)[1:3] == parse_query("Article 34(1) Korea")[0]  # [article 34, item 1]


def test_addenda_keep_their_heading_as_written_over_their_articles() -> None:
    paths = _klri()
    label = "ADDENDA <Act No. 20676, Jan. 21, 2025>"
    assert paths[f"{label} > Article 1"].startswith("Article 1 (Enforcement Date)")
    assert paths[f"{label} > Article 2"].startswith("Article 2 (Preparatory Acts)")


def test_a_heading_keeps_a_greater_than_sign_that_is_no_separator() -> None:
    doc = _doc([
        Block("Results for n>10 samples", "heading", 2), "The tests ran on eleven samples of the system.",
        Block("Scores > thresholds", "heading", 2), "Every score passed its threshold in each test run."])
    paths = [c.path for c in segment(doc)]
    assert paths == ["Results for n>10 samples > ¶1", "Scores › thresholds > ¶1"]


def test_a_citation_or_prose_naming_an_article_by_its_title_is_no_article() -> None:
    assert read_number("Article 2 (1) of the Energy Act applies to the supply of energy.") is None
    assert read_number("Article 50 (Transparency obligations) requires providers to inform users.") is None
    num = read_number("Article 10-2 (Special Cases) (1) The Minister may designate a centre.")
    assert num is not None and num.label == "Article 10-2" and num.slug == "art10-2"


def test_eu_article_headings_are_unchanged() -> None:
    doc = _doc([
        Block("CHAPTER II", "heading", 2), Block("PROHIBITED AI PRACTICES", "heading", 2),
        Block("Article 5", "heading", 3), Block("Prohibited AI practices", "heading", 4),
        "1. The following AI practices shall be prohibited:",
        "(a) the placing on the market of an AI system that deploys subliminal techniques;",
        "(b) the placing on the market of an AI system that exploits vulnerabilities;"])
    paths = [c.path for c in segment(doc)]
    assert paths == ["CHAPTER II > Article 5 > 1", "CHAPTER II > Article 5 > 1 > (a)",
                     "CHAPTER II > Article 5 > 1 > (b)"]


def test_status_line_is_metadata_and_no_clause() -> None:
    doc = parse(_KLRI, "klri.html")
    clauses = segment(doc)
    assert (doc.doc_number, doc.date, doc.kind) == ("Act No. 20676", "2025-01-21", "regulation")
    assert doc.meta["实施日期"] == "2026-01-22"
    assert doc.meta["promulgation"].startswith("[Enforcement Date 22. Jan, 2026.]")
    # the ministry in charge is whom to ask: a contact, no issuer; an Act is the National Assembly's
    assert doc.meta["contact"] == "Ministry of Science and ICT (Testing Policy Division) 044-202-6244"
    assert doc.issuer == "National Assembly of the Republic of Korea"
    assert not [c for c in clauses if c.text.startswith("[Enforcement Date") or "044-202" in c.text]


def test_status_line_of_a_decree_as_klri_prints_it() -> None:
    html = _KLRI.replace("[Act No. 20676, 21. Jan, 2025., New Enactment]",
                         "[Presidential Decree No. 35210, 4. Jan, 2025., Partial Amendment]")
    doc = parse(html, "klri.html")
    assert (doc.doc_number, doc.date) == ("Presidential Decree No. 35210", "2025-01-04")
    assert doc.issuer == "President of the Republic of Korea"


def test_an_ordinance_is_its_ministrys_and_a_page_not_klris_names_no_maker() -> None:
    html = _KLRI.replace("[Act No. 20676, 21. Jan, 2025., New Enactment]",
                         "[Ordinance of the Ministry of Science and ICT No. 123, 4. Jan, 2025., Partial Amendment]")
    assert parse(html, "klri.html").issuer == "Ministry of Science and ICT"
    # the same status line on a page that does not say KLRI translated a law of Korea: no maker is guessed
    other = _KLRI.replace("Korea Legislation Research Institute", "Institute").replace(
        "Statutes of the Republic of Korea", "Statutes")
    doc = parse(other, "other.html")
    assert doc.doc_number == "Act No. 20676" and doc.issuer == ""


def test_a_ministry_line_without_a_status_line_is_left_alone() -> None:
    html = _KLRI.replace('<p class="lawinfo">[Enforcement Date 22. Jan, 2026.] [Act No. 20676, 21. Jan, 2025., New '
                         'Enactment]</p>', "")
    doc = parse(html, "klri.html")
    assert "contact" not in doc.meta and doc.doc_number == ""
    assert any(c.text.startswith("Ministry of Science and ICT") for c in segment(doc))


# a branch article, inserted after Article 10 by an amending Act, as KLRI prints Korea's laws (and Japan's laws have)
_BRANCHED = _KLRI.replace("<p><b>Article 34", "<p><b>Article 10-2 (Safety Institute)</b> (1) The Minister may "
                          "designate a safety institute.</p><p>(2) The institute shall perform its duties.</p>"
                          "<p><b>Article 34")


def test_a_branch_article_is_its_own_article_and_a_citation_finds_it() -> None:
    clauses = segment(parse(_BRANCHED, "klri.html"))
    paths = {c.path: c for c in clauses}
    assert paths["CHAPTER II > Article 10-2 > (1)"].heading == "Article 10-2 (Safety Institute)"
    assert paths["CHAPTER II > Article 10-2 > (2)"].text.startswith("(2) The institute")
    assert path_keys("CHAPTER II > Article 10-2 > (1)") == [("chapter", "2"), ("article", "10-2"), ("item", "1")]
    assert parse_query("Article 10-2") == [[("article", "10-2")]]
    assert parse_query("Article 10-2(1) of the AI Act") == [[("article", "10-2"), ("item", "1")]]
    # Article 10 is not its branch, nor is a state code's section a branch article
    assert parse_query("Article 10") == [[("article", "10")]]
    assert parse_query("Sec. 42-515") == [[("section", "42-515")]]
