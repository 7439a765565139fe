"""A Council register document's header table as metadata (ingest/html_council.py), and an HTML page's footnotes
as metadata (ingest/html_notes.py)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

COUNCIL = """<!DOCTYPE html><html lang="en"><head><title>ST 9001 2025 INIT - Council conclusions on open data</title>
</head><body>
<table class="header">
<tr><td><img src="/logo.png" alt="Council of the European Union"></td><td>Council of the<br>European Union</td></tr>
<tr><td></td><td>Luxembourg, 3 June 2025<br>(OR. en)</td></tr>
<tr><td></td><td>9001/25</td></tr>
<tr><td></td><td>TELECOM 120<br>DATAPROTECT 88</td></tr>
</table>
<table class="outcome">
<tr><td colspan="2"><b>OUTCOME OF PROCEEDINGS</b></td></tr>
<tr><td>From:</td><td>General Secretariat of the Council</td></tr>
<tr><td>To:</td><td>Delegations</td></tr>
<tr><td>Subject:</td><td>Council conclusions on open data<br>- Council conclusions (3 June 2025)</td></tr>
</table>
<p>Delegations will find attached the Council conclusions on open data, approved by the Council at its meeting
held on 3 June 2025.</p>
<hr>
<h1>Council conclusions on open data</h1>
<p>THE COUNCIL OF THE EUROPEAN UNION,</p>
<p>RECALLING the Data Act<sup><a href="#fn1">1</a></sup>;</p>
<h2>I. Open data</h2>
<ol>
<li>CALLS ON the Commission to publish high-value datasets<sup><a href="#fn2">2</a></sup> by the end of 2026;</li>
<li>INVITES the Member States to share their data.</li>
</ol>
<div class="footnotes">
<p id="fn1"><sup>1</sup> OJ L, 2023/2854, 22.12.2023.</p>
<p id="fn2"><sup>2</sup> OJ L 19, 24.1.2023, p. 43.</p>
</div>
<p>9001/25 &nbsp; AB/cd &nbsp; 2</p>
</body></html>"""


def test_a_council_document_s_header_table_is_its_metadata_not_its_clauses():
    # issuer, number and date were "", the From/To/Subject rows were clauses ¶1-¶4 and "OUTCOME OF PROCEEDINGS"
    # the heading over the recitals
    doc = parse(COUNCIL, "council.html")
    assert (doc.title, doc.issuer, doc.doc_number, doc.date) == (
        "Council conclusions on open data", "Council of the European Union", "9001/25", "2025-06-03")
    assert doc.kind == "notice"  # conclusions: the Council's policy position
    assert {k: doc.meta[k] for k in ("document_type", "from", "to", "subject", "subject_codes")} == {
        "document_type": "OUTCOME OF PROCEEDINGS", "from": "General Secretariat of the Council",
        "to": "Delegations", "subject": "Council conclusions on open data - Council conclusions (3 June 2025)",
        "subject_codes": "TELECOM 120; DATAPROTECT 88"}
    texts = [b.text for b in doc.blocks]
    assert not any(t.startswith(("From:", "To:", "Subject:", "OUTCOME", "9001/25")) for t in texts)
    clauses = segment(doc)
    assert not any("OUTCOME" in c.heading for c in clauses)
    assert [c.path for c in clauses if c.path.startswith("I.")] == ["I. Open data > 1", "I. Open data > 2"]


def test_a_page_s_footnotes_are_its_metadata_not_its_last_section_s_clauses():
    # "1 OJ L, 2023/2854, 22.12.2023." was a clause of the last section, "I. Open data > ¶1"
    doc = parse(COUNCIL, "council.html")
    assert doc.meta["footnotes"] == "1 OJ L, 2023/2854, 22.12.2023.\n2 OJ L 19, 24.1.2023, p. 43."
    assert not any("OJ L" in b.text for b in doc.blocks)
    assert any(b.text == "1. CALLS ON the Commission to publish high-value datasets by the end of 2026;"
               for b in doc.blocks)


def test_notes_are_left_in_place_when_a_marker_s_note_cannot_be_found():
    html = """<html><body><h1>Open data strategy</h1><p>The plan sets goals<sup><a href="#n1">1</a></sup> and
    the means to reach them<sup><a href="#n9">2</a></sup> in full.</p>
    <p id="n1">1 See the 2024 review.</p></body></html>"""
    doc = parse(html, "page.html")
    assert "footnotes" not in doc.meta
    assert any(b.text == "1 See the 2024 review." for b in doc.blocks)


def test_a_table_of_from_and_to_without_a_council_header_is_no_council_document():
    html = """<html><body><h1>Transfers of staff</h1><table><tr><td>From:</td><td>Unit A</td></tr>
    <tr><td>To:</td><td>Unit B</td></tr><tr><td>Subject:</td><td>Staff moves</td></tr></table>
    <p>The units will exchange two posts in 2026 under the agreement signed this year.</p></body></html>"""
    doc = parse(html, "memo.html")
    assert doc.issuer == "" and doc.doc_number == "" and "from" not in doc.meta
