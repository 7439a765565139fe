"""A Canadian federal Budget chapter as budget.canada.ca serves it (Canada.ca's WET template): its creator the issuer,
kind notice, its "Date modified" no text, its table's <h2> caption at the chapter's level and its row of fiscal
years no clause (qa22 finding 2)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_ROWS = ("<tr><td>Expanding the Compute Program</td><td>0</td><td>105</td><td>190</td><td>295</td></tr>"
         "<tr><td>Digital Research Alliance of Canada</td><td>0</td><td>30</td><td>30</td><td>60</td></tr>")
_PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Chapter 3: AI Economy | {site}</title>"
         "<meta name='dcterms.creator' content='{creator}'><meta name='dcterms.issued' content='2026-04-16'>"
         "<link rel='canonical' href='https://budget.canada.ca/2026/report-rapport/chap3-en.html'></head><body>"
         "<header><a href='https://www.canada.ca/en.html'><img alt='Government of Canada'></a></header>"
         "<main><h1>Chapter 3: AI Economy</h1>"
         "<h2>3.1 Building Sovereign AI Compute</h2><h3>Expanding the Program</h3>"
         "<p>Budget 2026 proposes to provide $925 million over five years, starting in 2026-27, to expand it.</p>"
         "<h2>3.2 AI in Government</h2>"
         "<p>The federal public service can deliver faster, better services to Canadians by using AI.</p>"
         "<h2>Table 3.1</h2><table><caption>Chapter 3 – AI Economy<br>millions of dollars</caption>"
         "<thead><tr><th></th><th>2025–2026</th><th>2026–2027</th><th>2027–2028</th><th>Total</th></tr></thead>"
         "<tbody>" + _ROWS + "</tbody></table>"
         "<p>Note: Numbers may not add due to rounding. A line with a zero reflects a net cost of less than "
         "$500,000.</p>"
         "<section id='wb-dtmd'><dl><dt>Date modified:</dt><dd><time property='dateModified'>2026-04-20</time></dd>"
         "</dl></section></main></body></html>")


def _page(site: str = "Budget 2026", creator: str = "Department of Finance Canada") -> str:
    return _PAGE.format(site=site, creator=creator)


def test_the_creator_is_the_issuer_and_a_budget_s_chapter_is_a_notice():
    # issuer and kind were "": the header's link goes to canada.ca, no home of the page's own
    doc = parse(_page(), "chap3-en.html")
    assert (doc.issuer, doc.kind) == ("Department of Finance Canada", "notice")


def test_a_creator_that_names_no_body_and_a_site_no_budget_give_none():
    doc = parse(_page(site="Canada.ca", creator="Jane Smith"), "chap3-en.html")
    assert (doc.issuer, doc.kind) == ("", "")


def test_date_modified_is_the_update_and_no_clause():
    doc = parse(_page(), "chap3-en.html")
    assert (doc.date_published, doc.meta["date_updated"]) == ("2026-04-16", "2026-04-20")
    assert not any("Date modified" in c.text for c in segment(doc))


def test_an_h2_table_caption_closes_the_section_and_its_years_head_the_rows():
    clauses = segment(parse(_page(), "chap3-en.html"))
    paths = [c.path for c in clauses]
    assert "Table 3.1 > row 1" in paths and not any(p.startswith("3.2 AI in Government > Table") for p in paths)
    assert not any(c.text.startswith("2025–2026") for c in clauses)  # the header row was a clause


def test_a_line_break_in_a_caption_parts_its_words():
    doc = parse(_page(), "chap3-en.html")  # "…AI Economymillions of dollars"
    assert any("AI Economy millions of dollars" in b.text for b in doc.blocks)


def test_an_h3_table_caption_stays_in_its_h2_section():
    page = _page().replace("<h2>Table 3.1</h2>", "<h3>Table 3.1</h3>")
    paths = [c.path for c in segment(parse(page, "chap3-en.html"))]
    assert "3.2 AI in Government > Table 3.1 > row 1" in paths
