"""Tests for ingest.ep_report: a European Parliament report's header and cover read as metadata, each amendment one
clause with the Commission's text and Parliament's labelled, the Commission's figures left to the proposal, the
roll call's counts no item numbers."""

from __future__ import annotations

from ingest.ep_report import provision_label
from ingest.numbering import read_number
from ingest.parse import parse
from ingest.pipeline import segment_and_tag
from ingest.segment import segment

_AMENDMENT = """<h3>Amendment {n}</h3>
<p>Proposal for a regulation</p>
<p>{provision}</p>
<table class="amend">
<tr><th>Text proposed by the Commission</th><th>Amendment</th></tr>
<tr><td>{old}</td><td>{new}</td></tr>
</table>
"""

_REPORT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>REPORT | A10-0042/2026 | European Parliament</title></head>
<body>
<div class="doc-header">
<p>European Parliament</p><p>2024-2029</p><p>Plenary sitting</p>
<p><strong>A10-0042/2026</strong></p><p>03.02.2026</p>
</div>
<h1>REPORT</h1>
<p>on the proposal for a regulation of the European Parliament and of the Council on shared data centre capacity
(Data Centre Capacity Act)</p>
<p>(COM(2025)0700 – C10-0300/2025 – 2025/0350(COD))</p>
<p>Committee on Industry, Research and Energy</p>
<p>Rapporteur: Jane Doe</p>
<h2>PR_COD_1amCom</h2>
<h2>CONTENTS</h2>
<p>DRAFT EUROPEAN PARLIAMENT LEGISLATIVE RESOLUTION ........ 5</p>
<p>EXPLANATORY STATEMENT ........ 21</p>
<h2>DRAFT EUROPEAN PARLIAMENT LEGISLATIVE RESOLUTION</h2>
<p>– having regard to the Commission proposal to Parliament and the Council (COM(2025)0700),</p>
<p>1. Adopts its position at first reading hereinafter set out;</p>
<p>2. Instructs its President to forward its position to the Council and the Commission.</p>
""" + _AMENDMENT.format(
    n=1, provision="Article 4 – paragraph 2 – point b",
    old="(b) permits for data centres are granted within 12 months;",
    new="(b) permits for data centres are granted within <b><i>9</i></b> months;") + _AMENDMENT.format(
    n=2, provision="Article 9 – paragraph 2",
    old="2. By 2030, new data centres shall achieve a PUE of no more than 1.3.",
    new="2. By 2030, new data centres shall achieve a PUE of no more than <b><i>1.2</i></b>.") + """
<p><b>Justification</b></p>
<p>A lower figure is within reach of the best plants built today.</p>
<h3>Amendment 3</h3>
<p>Proposal for a regulation</p>
<p>Article 4 – paragraph 2 – point c a (new)</p>
<table class="amend">
<tr><th>Text proposed by the Commission</th><th>Amendment</th></tr>
<tr><td></td><td><b><i>(ca) a share of the capacity is reserved for researchers;</i></b></td></tr>
</table>
<h2>EXPLANATORY STATEMENT</h2>
<p>The rapporteur welcomes the proposal and asks for shorter permit-granting procedures across the Union.</p>
<h2>FINAL VOTE BY ROLL CALL IN COMMITTEE RESPONSIBLE</h2>
<table class="rollcall">
<tr><td>58</td><td>+</td></tr>
<tr><td>PPE</td><td>Christian Ehler, Angelika Niebler</td></tr>
<tr><td>Renew</td><td>Bart Groothuis</td></tr>
<tr><td>14</td><td>-</td></tr>
<tr><td>The Left</td><td>Giorgos Georgiou</td></tr>
</table>
<p>Key to symbols: + : in favour; - : against; 0 : abstention</p>
</body></html>
"""


def _report():
    return parse(_REPORT, "ep-report.html")


def test_report_header_and_cover_are_its_metadata() -> None:
    doc = _report()
    assert doc.title == ("Report on the proposal for a regulation of the European Parliament and of the Council on "
                         "shared data centre capacity (Data Centre Capacity Act)")
    assert (doc.doc_number, doc.date, doc.issuer) == ("A10-0042/2026", "2026-02-03", "European Parliament")
    assert doc.kind == "draft"  # a report on a proposal: no law, not in force
    assert doc.meta["committee"] == "Committee on Industry, Research and Energy"
    assert doc.meta["rapporteur"] == "Jane Doe"
    assert doc.meta["procedure"] == "COM(2025)0700 – C10-0300/2025 – 2025/0350(COD)"
    assert doc.meta["contents"] == "DRAFT EUROPEAN PARLIAMENT LEGISLATIVE RESOLUTION; EXPLANATORY STATEMENT"


def test_cover_contents_and_amendment_furniture_are_no_clauses() -> None:
    texts = [c.text for c in segment(_report())]
    for furniture in ("Rapporteur", "Committee on", "COM(2025)0700 – C10", "........", "PR_COD", "CONTENTS",
                      "Proposal for a regulation", "Text proposed by the Commission | Amendment", "Key to symbols"):
        assert not any(t.startswith(furniture) or furniture in t and "|" in t for t in texts), furniture
    assert not any(t.startswith(("Proposal for a regulation", "Article 4")) for t in texts)


def test_each_amendment_is_one_clause_naming_what_it_amends_with_both_columns_labelled() -> None:
    clauses = {c.path: c for c in segment(_report())}
    first = clauses["Amendment 1"]
    assert first.heading == "Amendment 1 – Article 4(2)(b)"
    assert first.text.splitlines() == [
        "Text proposed by the Commission: (b) permits for data centres are granted within 12 months;",
        "Amendment: (b) permits for data centres are granted within 9 months;"]
    assert clauses["Amendment 2"].text.endswith("Justification: A lower figure is within reach of the best plants "
                                                "built today.")
    assert clauses["Amendment 3"].heading == "Amendment 3 – Article 4(2)(ca) (new)"
    assert clauses["Amendment 3"].text == "Amendment: (ca) a share of the capacity is reserved for researchers;"
    # the amended article is no article of the report (it would collide with an act's own Article 4)
    assert not any(p.startswith("Article") for p in clauses)
    assert "DRAFT EUROPEAN PARLIAMENT LEGISLATIVE R… > 1" in clauses


def test_an_amendment_s_goals_are_parliament_s_column_only() -> None:
    doc = _report()
    clause = next(c for c in segment_and_tag([doc]) if c.path == "Amendment 2")
    assert [(t.value, t.year) for t in clause.targets] == [(1.2, 2030)]  # not the Commission's 1.3


def test_roll_call_counts_are_no_item_numbers() -> None:
    clauses = [c for c in segment(_report()) if c.path.startswith("FINAL VOTE")]
    assert [c.text for c in clauses] == ["In favour (58): PPE – Christian Ehler, Angelika Niebler; Renew – Bart "
                                         "Groothuis", "Against (14): The Left – Giorgos Georgiou"]


def test_provision_labels_read_as_cited() -> None:
    assert provision_label("Article 5 – paragraph 1 – point b") == "Article 5(1)(b)"
    assert provision_label("Article 3 – paragraph 1 – point 12") == "Article 3(1)(12)"
    assert provision_label("Article 5 – paragraph 1 – point c a (new)") == "Article 5(1)(ca) (new)"
    assert provision_label("Recital 4") == "Recital 4"
    assert provision_label("Annex I – point 2") == "Annex I – point 2"
    assert provision_label("Article 5 – subparagraph 2") == "Article 5 – subparagraph 2"


def test_amendment_heading_numbers_only_a_heading_alone_or_with_what_it_amends() -> None:
    num = read_number("Amendment 5 – Article 5(1)(b)", heading=True)
    assert num is not None and (num.label, num.slug) == ("Amendment 5", "amendment5")
    assert read_number("Amendment 5", heading=True).label == "Amendment 5"
    assert read_number("Amendment 5 to the Treaty of Lisbon", heading=True) is None
    assert read_number("Amendment 5 – Article 5(1)(b)") is None  # a paragraph: a heading's only


def test_a_page_headed_report_that_is_no_parliament_report_is_read_as_before() -> None:
    html = ("<html><body><h1>REPORT</h1><p>on the state of the nation's computing capacity in 2025</p>"
            "<p>Committee on Digital Affairs</p><h2>Findings</h2><p>The capacity grew by a third in 2025, "
            "mostly in the south of the country.</p><h3>Amendment 1</h3><p>The board amended its rules in May.</p>"
            "</body></html>")
    doc = parse(html, "report.html")
    assert doc.kind != "draft" and not doc.meta.get("committee") and doc.issuer == ""
    assert "Committee on Digital Affairs" in [b.text for b in doc.blocks]
    assert "The board amended its rules in May." in [b.text for b in doc.blocks]
