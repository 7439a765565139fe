"""GOV.UK HTML publications (ingest.govuk_page, with ingest.parse, ingest.columns and ingest.html_tables): the
header's type and day, the Crown copyright front matter, and a settlement table's header row over its figures."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment

_TABLE = """<table><caption>Table 2.1: Department settlement (£ billion)</caption>
<thead><tr><th scope="col"></th><th scope="col">Outturn 2024-25</th><th scope="col">Plans 2025-26</th>
<th scope="col">2026-27</th><th scope="col">2027-28</th><th scope="col">Average annual real growth</th></tr></thead>
<tbody><tr><td>Resource DEL</td><td>2.9</td><td>3.3</td><td>3.9</td><td></td><td>8.6%</td></tr>
<tr><td>Capital DEL</td><td>10.4</td><td>11.3</td><td>12.5</td><td>13.4</td><td>3.1%</td></tr></tbody></table>"""


def _page(head: str, header: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Spending Review 2026: Chapter 2 - "
            f"GOV.UK</title>{head}</head><body><header class='govuk-header' role='banner'><a href='/'>GOV.UK</a>"
            f"</header><main class='govuk-main-wrapper' id='main-content' role='main'>"
            f"<header class='gem-c-inverse-header'>{header}<h1 class='gem-c-title__text'>Spending Review 2026: "
            f"Chapter 2</h1></header><div class='govuk-govspeak'>{body}</div></main></body></html>")


_GOVUK_HEAD = ("<meta name='govuk:format' content='html_publication'>"
               "<meta name='govuk:primary-publishing-organisation' content='HM Treasury'>")
_HEADER = ("<p class='publication-header__document-type'>Policy paper</p>"
           "<p class='publication-header__last-changed'>Published 11 June 2026</p>")
_FRONT = ("<p>© Crown copyright 2026</p><p>This publication is licensed under the terms of the Open Government "
          "Licence v3.0 except where otherwise stated. To view this licence, visit nationalarchives.gov.uk.</p>"
          "<p>This publication is available at https://www.gov.uk/official-documents. Any enquiries regarding this "
          "publication should be sent to us at public.enquiries@hmtreasury.gov.uk</p>"
          "<p>ISBN 978-1-917638-42-0 &nbsp; E03311458 06/26</p>")
_TEXT = ("<h2 id='overview'>Overview</h2><p>2.1 This chapter sets out the settlements for the two departments that "
         "lead the government's mission.</p><p>2.2 The Spending Review sets resource budgets for the years 2026-27 "
         "to 2028-29.</p>")


def test_an_html_publication_s_header_gives_its_type_kind_and_day():
    doc = parse(_page(_GOVUK_HEAD, _HEADER, _FRONT + _TEXT), "sr.html")
    assert (doc.date_published, doc.kind, doc.meta["document_type"]) == ("2026-06-11", "notice", "Policy paper")


@pytest.mark.parametrize(("kind_line", "kind"), [("Corporate report", "report"), ("Guidance", "guide")])
def test_another_document_type_gives_its_own_kind_and_an_update_its_day(kind_line, kind):
    header = (f"<p class='publication-header__document-type'>{kind_line}</p>"
              "<p class='publication-header__last-changed'>Updated 3 March 2026</p>")
    doc = parse(_page(_GOVUK_HEAD, header, _TEXT), "sr.html")
    assert (doc.kind, doc.meta["document_type"], doc.meta["date_updated"]) == (kind, kind_line, "2026-03-03")


def test_the_same_header_on_a_page_that_is_not_gov_uk_s_gives_nothing():
    doc = parse(_page("", _HEADER, _TEXT), "sr.html")
    assert (doc.date_published, doc.kind, doc.meta.get("document_type")) == ("", "", None)


def test_the_crown_copyright_front_matter_is_metadata_not_clauses():
    doc = parse(_page(_GOVUK_HEAD, _HEADER, _FRONT + _TEXT), "sr.html")
    assert doc.meta["copyright"] == "© Crown copyright 2026"
    assert doc.meta["licence"].startswith("This publication is licensed under the terms of the Open Government")
    assert doc.meta["available"].startswith("This publication is available at")
    assert (doc.meta["isbn"], doc.meta["printed"]) == ("978-1-917638-42-0", "E03311458 06/26")
    assert segment(doc)[0].text.startswith("2.1 This chapter")


def test_a_text_that_does_not_open_with_the_crown_s_copyright_keeps_its_lines():
    # a licence sentence in the body, with no Crown copyright line over it, is the text's own
    body = ("<p>2.1 This publication is licensed under the terms of the Open Government Licence v3.0.</p>"
            "<p>ISBN 978-1-917638-42-0</p>")
    doc = parse(_page(_GOVUK_HEAD, _HEADER, body + _TEXT), "sr.html")
    assert "licence" not in doc.meta and "isbn" not in doc.meta
    assert segment(doc)[0].text.startswith("2.1 This publication is licensed")


def test_a_settlement_table_s_header_heads_its_rows_each_figure_under_its_column():
    doc = parse(_page(_GOVUK_HEAD, _HEADER, _TEXT + _TABLE), "sr.html")
    rows = [c for c in segment(doc) if "DEL" in c.text]
    header = "Outturn 2024-25 | Plans 2025-26 | 2026-27 | 2027-28 | Average annual real growth"
    assert [c.text for c in rows] == ["Resource DEL | 2.9 | 3.3 | 3.9 | | 8.6%",  # its empty 2027-28 kept
                                      "Capital DEL | 10.4 | 11.3 | 12.5 | 13.4 | 3.1%"]
    assert all(c.headings[-1] == header for c in rows)
    assert not any(c.text == header for c in segment(doc))  # no clause of its own


def test_a_table_with_no_header_row_still_drops_its_empty_cells():
    table = ("<table><tr><td>Resource DEL</td><td>2.9</td><td></td><td>8.6%</td></tr>"
             "<tr><td>Capital DEL</td><td>10.4</td><td>11.3</td><td>3.1%</td></tr></table>")
    doc = parse(_page("", "", _TEXT + table), "t.html")
    assert any(c.text == "Resource DEL | 2.9 | 8.6%" for c in segment(doc))
