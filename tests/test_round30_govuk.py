"""A GOV.UK government response (ingest.agency_notes_en, ingest.known_acronyms_en, ingest.page_facts,
ingest.margin_notes): each response's closing "Lead: X" line gives its lead and supporting departments, over the
sentence's subject, in full where the page's department is the government's; the "From:" line's minister is no
issuer; the closing contact line is no clause."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>AI Opportunities Action Plan: Government Response - GOV.UK</title>
<meta name="govuk:format" content="policy_paper"></head><body>
<header class="gem-c-layout-super-navigation-header"><a href="/">GOV.UK</a></header>
<main id="main-content" role="main">
<div class="gem-c-title"><span class="govuk-caption-xl">Policy paper</span>
<h1 class="gem-c-title__text">AI Opportunities Action Plan: Government Response</h1></div>
<div class="gem-c-metadata"><dl>
<dt>From:</dt><dd><a href="/government/organisations/department-for-science-innovation-and-technology">Department for
Science, Innovation and Technology</a> and <a href="/government/people/peter-kyle">The Rt Hon Peter Kyle MP</a></dd>
<dt>Published</dt><dd>13 January 2025</dd></dl></div>
<div class="govspeak">
<h2 id="foundations">Lay the foundations to enable AI</h2>
<p><strong>Recommendation 2:</strong> Expand the capacity of the AI Research Resource (AIRR) by at least 20x by
2030.</p>
<p>Agree. We will expand sovereign compute capacity and set out our long-term plan in the Spending Review. Delivery:
Spending Review 2025, with procurement starting in 2025. Lead: DSIT.</p>
<p><strong>Recommendation 4:</strong> Establish ‘AI Growth Zones’ (AIGZs) to facilitate the build out of compute.</p>
<p>Agree. We will deliver the first AI Growth Zone at Culham, Oxfordshire. Delivery: Spring 2025. Lead: DSIT,
supported by the Department for Energy Security and Net Zero (DESNZ) and the Ministry of Housing, Communities and
Local Government (MHCLG).</p>
<p><strong>Recommendation 14:</strong> Accurately assess the size of the skills gap.</p>
<p>Agree. Skills England will work with DSIT and DfE to assess the AI skills gap. Delivery: Summer 2025. Lead:
DfE.</p>
<p><strong>Recommendation 17:</strong> Expand education pathways into AI, including scholarships.</p>
<p>Agree. Lead: DSIT, with UKRI.</p>
<h2 id="embracing">Change lives by embracing AI</h2>
<p><strong>Recommendation 32:</strong> Appoint an AI lead for each mission.</p>
<p>Agree. Delivery: Spring 2025. Lead: Cabinet Office.</p>
<p><strong>Recommendation 34:</strong> Ensure that every major government department has an AI adoption plan.</p>
<p>Agree. Delivery: 2026. Lead: DSIT (Government Digital Service).</p>
<p>For enquiries about this response, contact ai-opportunities@dsit.gov.uk.</p>
</div></main></body></html>"""

_DSIT = "Department for Science, Innovation and Technology (DSIT)"


def _agencies() -> dict[str, tuple[list[str], list[str]]]:
    """Each response's lead and supporting departments, by the number of the recommendation it answers (one
    clause, the recommendation first)."""
    return {c.text.split(":")[0].removeprefix("Recommendation "): (c.agencies.lead, c.agencies.supporting)
            for c in segment(parse(_PAGE, "response.html")) if "Lead:" in c.text}


def test_a_response_s_lead_line_gives_its_lead_spelt_out():
    found = _agencies()
    assert found["2"] == ([_DSIT], [])
    assert found["32"] == (["Cabinet Office"], [])
    assert found["34"] == ([_DSIT], [])  # "DSIT (Government Digital Service)"


def test_supported_by_and_with_in_the_lead_line_give_the_supporting_departments():
    found = _agencies()
    assert found["4"] == (
        [_DSIT], ["Department for Energy Security and Net Zero (DESNZ)",
                  "Ministry of Housing, Communities and Local Government (MHCLG)"])
    assert found["17"] == ([_DSIT], ["UK Research and Innovation (UKRI)"])


def test_the_lead_line_wins_over_the_sentence_s_subject():
    assert _agencies()["14"] == (["Department for Education (DfE)"], [])


def test_the_from_line_s_minister_is_meta_not_the_issuer():
    doc = parse(_PAGE, "response.html")
    assert doc.issuer == "Department for Science, Innovation and Technology"
    assert doc.meta["minister"] == "The Rt Hon Peter Kyle MP"


def test_the_closing_contact_line_is_meta_not_a_clause():
    doc = parse(_PAGE, "response.html")
    assert doc.meta["contact"] == "For enquiries about this response, contact ai-opportunities@dsit.gov.uk."
    assert not any("ai-opportunities@" in c.text for c in segment(doc))
