"""A lead-in ending in a colon keeps the list it leads: an HTML <ul> whose items go on its sentence, each ending in a
semicolon, is one clause with it however long its items are (ingest.grouping.group_bullets)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_SOLICITATION = """<html><head><title>Program Solicitation</title></head><body>
<main>
<h1>Program Solicitation</h1>
<p>This solicitation invites proposals from institutions that will operate computing resources for the program.</p>
<h2>II. PROGRAM DESCRIPTION</h2>
<h3>B. Track 1: Capacity Resources</h3>
<p>Track 1 supports the acquisition of a computing system dedicated to the program. Proposals must describe a system
that:</p>
<ul>
<li>provides at least 500 GPU-equivalents, where one GPU-equivalent is the processing capacity of one accelerator
delivering 989 teraflops of dense 16-bit floating point performance;</li>
<li>enters production no later than 12 months after the acquisition award is made;</li>
<li>commits at least 80 percent of its capacity to allocation through the operations center, with the remainder
available for the awardee's own user community and for system administration;</li>
<li>supports the common software environment and identity federation described in Section II.D.</li>
</ul>
<p>Proposers are encouraged to describe how the system will remain useful over a five-year operations period.</p>
{more}
</main>
</body></html>"""


def _clauses(more: str = ""):
    return segment(parse(_SOLICITATION.replace("{more}", more), "solicitation.html"))


def test_a_lead_in_keeps_its_list_of_long_items_that_go_on_its_sentence():
    clauses = _clauses()
    track = [c for c in clauses if c.path.startswith("II. PROGRAM DESCRIPTION > B. Track 1")]
    lead = track[0]
    assert lead.text.startswith("Track 1 supports") and "provides at least 500 GPU-equivalents" in lead.text
    assert lead.text.rstrip().endswith("described in Section II.D.")
    # no bullet is a clause of its own, saying nothing of what it lists
    assert not any(c.text.startswith(("provides", "enters", "commits", "supports")) for c in clauses)
    assert track[1].text.startswith("Proposers are encouraged")


def test_long_paragraphs_after_a_colon_that_end_sentences_stay_apart():
    # prose after a colon, each paragraph a sentence of its own, is no list of items
    more = """<h3>C. Findings</h3><p>The committee found the following:</p>
<p>Demand for accelerator capacity across the research community doubled over the last year, driven mainly by the
training of larger foundation models at universities and national laboratories.</p>
<p>Supply did not keep up with that demand, and the median wait for an allocation of more than 10,000 GPU-hours rose
from three weeks to more than two months over the same period.</p>"""
    findings = [c for c in _clauses(more) if "C. Findings" in c.path]
    assert len(findings) == 3
    # nor is a long item that does not go on the sentence (no semicolon): a first item alone is no list
    more = """<h3>D. Funding</h3><p>Funding includes:</p>
<ul><li>$96.4 million over four years from 2025–26 to expand the National AI Centre and establish four AI Adopt Centres
to help 12,000 small and medium businesses adopt AI by 30 June 2029</li>
<li>$40.0 million over four years from 2025–26 to establish a national AI compute facility in partnership with the
National Computational Infrastructure</li></ul>"""
    funding = [c for c in _clauses(more) if "D. Funding" in c.path]
    assert len(funding) == 3
