"""An OECD legal instrument's page as legalinstruments.oecd.org serves it (ingest/oecd_instrument.py): its facts,
adherents and dates as metadata, its operative paragraphs and lettered items as clauses."""

from __future__ import annotations

from ingest.oecd_instrument import COUNCIL
from ingest.org_report import ORGANISATIONS
from ingest.parse import parse
from ingest.segment import segment

HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>OECD Legal Instruments - {title}</title><meta property="og:title" content="{title}">
<link rel="canonical" href="https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-{n}"></head><body>
<header class="site-header"><span class="site-name">OECD Legal Instruments</span>
<nav><a href="/en/instruments">Instruments</a> <a href="/en/adherents">Adherents</a></nav></header>
<main class="instrument"><div class="instrument-header"><p class="instrument-type">{type}</p><h1>{title}</h1>
<table class="instrument-facts">
<tr><th>Instrument number</th><td>OECD/LEGAL/{n}</td></tr>
<tr><th>Adopted on</th><td>{adopted}</td></tr>
<tr><th>Status</th><td>In force</td></tr>
<tr><th>Type</th><td>{type}</td></tr>
<tr><th>Responsible committee</th><td>Committee on Digital Economy Policy (CDEP)</td></tr>
<tr><th>Adherents</th><td>38 Members, 2 non-Members</td></tr>
</table></div>
"""
TEXT = """<section id="background"><h2>Background Information</h2>
<p>The Recommendation was adopted by the OECD Council on 3 March 2025 on the proposal of the Committee on Digital
Economy Policy, and it builds on earlier work on data and broadband.</p></section>
<section id="implementation"><h2>Implementation</h2>
<p>The CDEP will support the implementation of the Recommendation and report to Council within five years.</p>
</section>
<section id="text"><h2>The Council,</h2>
<p>HAVING REGARD to Article 5 b) of the Convention on the Organisation for Economic Co-operation and Development;</p>
<p>On the proposal of the Committee on Digital Economy Policy:</p>
<h3>I. RECOMMENDS that Adherents improve access to broadband networks. To this effect, Adherents should:</h3>
<ol><li>Map broadband coverage and publish the maps with open data licences every year.</li>
<li>Reduce the cost of deploying networks, including through shared ducts and poles.</li></ol>
<h3>II. INVITES the Secretary-General and Adherents to disseminate this Recommendation.</h3>
<h3>III. INVITES non-Adherents to take due account of, and adhere to, this Recommendation.</h3>
<h3>IV. INSTRUCTS the Committee on Digital Economy Policy to:</h3>
<ol type="a"><li>serve as a forum for exchanging information on broadband policies;</li>
<li>develop indicators of broadband quality and affordability; and</li>
<li>report to the Council on the implementation of this Recommendation.</li></ol>
</section>
<section id="adherents"><h2>Adherents</h2>
<table class="adherents"><tr><th>Adherent</th><th>Date of adherence</th></tr>
<tr><td>Australia</td><td>03/03/2025</td></tr>
<tr><td>Singapore</td><td>19/06/2025</td></tr>
</table>
<p class="note">European Union: the European Union takes part in the work of the OECD.</p></section>
<section id="dates"><h2>Dates</h2>
<ul><li>Adopted: 03/03/2025</li><li>Public consultation: 20/10/2024 – 15/12/2024</li></ul></section>
</main><footer class="site-footer"><p>© OECD. All rights reserved.</p></footer></body></html>"""
RECOMMENDATION = HEAD.format(title="Recommendation of the Council on Broadband Connectivity", n="0322",
                             type="Recommendation", adopted="03/03/2025") + TEXT


def _instrument():
    doc = parse(RECOMMENDATION, "oecd-legal-0322.html")
    return doc, segment(doc)


def test_the_facts_table_gives_the_number_date_issuer_and_kind():
    # issuer, doc_number, date and kind were all "" and the table was dropped with the page's header
    doc, _ = _instrument()
    assert (doc.doc_number, doc.date, doc.issuer, doc.kind) == ("OECD/LEGAL/0322", "2025-03-03", COUNCIL, "notice")
    assert "(OECD)" in doc.issuer  # issuer=OECD finds it, as it finds the OECD's reports
    assert {k: doc.meta[k] for k in ("status", "document_type", "responsible_committee", "adherent_count")} == {
        "status": "In force", "document_type": "Recommendation",
        "responsible_committee": "Committee on Digital Economy Policy (CDEP)",
        "adherent_count": "38 Members, 2 non-Members"}


def test_a_decision_binds_and_a_declaration_not_of_the_council_is_the_oecd_s():
    decision = parse(HEAD.format(title="Decision of the Council on the Exchange of Information", n="0101",
                                 type="Decision", adopted="01/12/2020") + TEXT, "decision.html")
    assert (decision.kind, decision.issuer, decision.date) == ("regulation", COUNCIL, "2020-12-01")
    declaration = parse(HEAD.format(title="Declaration on a Trusted, Sustainable and Inclusive Digital Future",
                                    n="0488", type="Declaration", adopted="14/12/2022") + TEXT, "declaration.html")
    assert (declaration.kind, declaration.issuer) == ("notice", ORGANISATIONS["OECD"])


def test_an_operative_paragraph_written_as_a_heading_with_nothing_under_it_is_a_clause():
    # II and III were in no clause: a heading with no body gives none
    _, clauses = _instrument()
    texts = [c.text for c in clauses]
    assert "II. INVITES the Secretary-General and Adherents to disseminate this Recommendation." in texts
    assert "III. INVITES non-Adherents to take due account of, and adhere to, this Recommendation." in texts
    # a lead-in over its items stays their heading, no clause of its own
    assert not any(t.startswith("I. RECOMMENDS") for t in texts)
    assert [c.path.split(" > ")[-1] for c in clauses if c.path.startswith("The Council, > I. ")] == ["1", "2"]


def test_lettered_items_keep_their_letters():
    # they were ¶1, ¶2, ¶3: "paragraph IV b)" could not be found by its label
    _, clauses = _instrument()
    items = [c for c in clauses if c.path.startswith("The Council, > IV.")]
    assert [c.path.split(" > ")[-1] for c in items] == ["(a)", "(b)", "(c)"]
    assert items[1].text == "(b) develop indicators of broadband quality and affordability; and"


def test_adherents_and_dates_are_metadata_not_clauses():
    # each adherent was a clause "Australia | 03/03/2025"
    doc, clauses = _instrument()
    assert doc.meta["adherents"] == "Australia (2025-03-03); Singapore (2025-06-19)"
    assert doc.meta["adherents_note"] == "European Union: the European Union takes part in the work of the OECD."
    assert doc.meta["dates"] == "Adopted: 2025-03-03; Public consultation: 2024-10-20 – 2024-12-15"
    assert not any(c.path.startswith(("Adherents", "Dates")) for c in clauses)
    assert not any("Australia" in c.text or "Public consultation" in c.text for c in clauses)


def test_background_and_implementation_stay_clauses():
    _, clauses = _instrument()
    paths = [c.path for c in clauses]
    assert "Background Information > ¶1" in paths and "Implementation > ¶1" in paths
    assert "The Council, > ¶1" in paths and "The Council, > ¶2" in paths


def test_another_page_is_read_as_before():
    # no OECD/LEGAL number: no instrument; its lettered list and its heading with nothing under it as before
    page = RECOMMENDATION.replace("OECD/LEGAL/0322", "Ref. 0322")
    doc = parse(page, "other.html")
    assert (doc.doc_number, doc.issuer, doc.meta.get("adherents")) == ("", "", None)
    clauses = segment(doc)
    assert not any(c.text.startswith(("II. INVITES", "(a)")) for c in clauses)
    assert any(c.text == "Australia | 03/03/2025" for c in clauses)
