"""A UN resolution's header and closing meeting as metadata, its preambular paragraphs each a clause and its
operative paragraphs' bodies as agencies (ingest/un_resolution.py, ingest/un_agencies.py)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.un_agencies import operative_agencies

GA = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>A/RES/80/9 - Building capacity in artificial intelligence</title></head><body>
<div class="doc-header">
<table class="header">
<tr><td>United Nations</td><td class="symbol">A/RES/80/9</td></tr>
<tr><td><b>General Assembly</b></td><td>Distr.: General<br>12 November 2025</td></tr>
</table>
<p>Eightieth session<br>Agenda item 17 (b)<br>Science, technology and innovation for development</p>
</div>
<h2>Resolution adopted by the General Assembly on 5 November 2025</h2>
<p>[on the report of the Second Committee (A/80/400, para. 8)]</p>
<h1>80/9. Building capacity in artificial intelligence</h1>
<p><i>The General Assembly</i>,</p>
<p><i>Recalling</i> its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,</p>
<p><i>Recognizing</i> that access to computing power, data and skills is unevenly distributed among countries,</p>
<p><i>Noting with concern</i> that developing countries host less than 1 per cent of data centre capacity,</p>
<p>1. <i>Calls upon</i> Member States to promote inclusive access to computing capacity for developing countries;</p>
<p>2. <i>Invites</i> the International Telecommunication Union, in cooperation with the United Nations Educational,
Scientific and Cultural Organization, to develop a common methodology for measuring compute capacity;</p>
<p>3. <i>Requests</i> the Secretary-General:</p>
<p>(a) To submit to the General Assembly at its eighty-second session a report on the present resolution;</p>
<p>(b) To include in that report recommendations on the Global Fund;</p>
<p style="text-align:right"><i>40th plenary meeting<br>5 November 2025</i></p>
</body></html>"""

# a Security Council resolution as a PDF's text gives it: the header's first line is taken for the title
COUNCIL = """United Nations S/RES/2719 (2023)
Security Council Distr.: General
14 December 2023

Resolution 2719 (2023)

Adopted by the Security Council at its 9518th meeting, on 14 December 2023

The Security Council,

Recalling its previous resolutions on the cooperation between the United Nations and regional organizations,

Deeply concerned by the financing gaps of peace support operations,

1. Decides that such operations may be financed from assessed contributions on a case-by-case basis;

2. Requests the Secretary-General, in close coordination with the African Union Commission, to submit a report;
"""


def test_resolution_header_and_meeting_are_metadata():
    doc = parse(GA, "a-res-80-9.html")
    assert (doc.doc_number, doc.issuer, doc.date, doc.date_published) == (
        "A/RES/80/9", "United Nations General Assembly", "2025-11-05", "2025-11-12")
    assert doc.title == "Building capacity in artificial intelligence"
    assert doc.meta["resolution_number"] == "80/9"
    assert doc.meta["report"] == "[on the report of the Second Committee (A/80/400, para. 8)]"
    assert doc.meta["meeting"] == "40th plenary meeting, 5 November 2025"
    assert doc.meta["agenda_item"] == "Agenda item 17 (b) Science, technology and innovation for development"
    assert "signed" not in doc.meta and doc.kind == ""
    texts = " ".join(c.text for c in segment(doc))
    assert "on the report" not in texts and "plenary meeting" not in texts and "Distr." not in texts


def test_preambular_paragraphs_are_clauses_of_their_own():
    clauses = segment(parse(GA, "a-res-80-9.html"))
    paths = [c.path for c in clauses]
    assert paths == ["Preamble > ¶1", "Preamble > ¶2", "Preamble > ¶3", "1", "2", "3", "3 > (a)", "3 > (b)"]
    assert clauses[2].text.startswith("Noting with concern that developing countries")
    assert clauses[0].heading == "The General Assembly,"  # the lead-in heads its preamble, no clause


def test_operative_paragraphs_name_the_body_they_ask():
    clauses = {c.path: c for c in segment(parse(GA, "a-res-80-9.html"))}
    assert not clauses["1"].agencies  # "Calls upon Member States": no one body
    assert clauses["2"].agencies.lead == ["International Telecommunication Union"]
    assert clauses["2"].agencies.supporting == ["United Nations Educational, Scientific and Cultural Organization"]
    for path in ("3", "3 > (a)", "3 > (b)"):  # "Requests the Secretary-General:" and its items
        assert clauses[path].agencies.lead == ["Secretary-General of the United Nations"]
    assert not clauses["Preamble > ¶2"].agencies


def test_security_council_resolution_as_text():
    doc = parse(COUNCIL, "s-res-2719.txt")
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == (
        "Resolution 2719 (2023)", "S/RES/2719 (2023)", "United Nations Security Council", "2023-12-14")
    clauses = segment(doc)
    assert [c.path for c in clauses] == ["Preamble > ¶1", "Preamble > ¶2", "1", "2"]
    assert clauses[3].agencies.lead == ["Secretary-General of the United Nations"]
    assert clauses[3].agencies.supporting == ["African Union Commission"]


def test_decides_asks_no_one_but_its_paragraph_may_go_on_to():
    found = operative_agencies("3. Decides to establish the Global Fund, with an initial funding target of 1 billion "
                               "United States dollars by 2030, and requests the Secretary-General to make "
                               "arrangements for its operation;")
    assert found.lead == ["Secretary-General of the United Nations"]
    assert not operative_agencies("9. Decides to include in the provisional agenda of its eighty-second session the "
                                  "sub-item entitled “Science, technology and innovation for development”.")
    assert not operative_agencies("4. Also requests the International Telecommunication Union and the Member States "
                                  "to continue their work;")
    assert operative_agencies("5. Encourages the Food and Agriculture Organization of the United Nations, the World "
                              "Health Organization and the United Nations Children's Fund to continue").lead == [
        "Food and Agriculture Organization of the United Nations", "World Health Organization",
        "United Nations Children's Fund"]


def test_other_documents_keep_their_comma_lines_together():
    """An EU act's "Having regard to …," lines are one sentence (one clause), as before; no resolution's
    adoption line, no preamble."""
    eu = ("<html><body><h1>Commission Implementing Regulation on compute</h1>"
          "<p>THE EUROPEAN COMMISSION,</p>"
          "<p>Having regard to the Treaty on the Functioning of the European Union,</p>"
          "<p>Having regard to Regulation (EU) 2024/1689 of the European Parliament and of the Council,</p>"
          "<p>1. Requests the Secretary-General to report on compute capacity each year;</p>"
          "</body></html>")
    clauses = segment(parse(eu, "eu.html"))
    assert not any(c.path.startswith("Preamble") for c in clauses)
    having = [c for c in clauses if "Having regard to the Treaty" in c.text]
    assert len(having) == 1 and "Having regard to Regulation" in having[0].text
    assert not any(c.agencies for c in clauses)  # no resolution: its verbs are not read
