"""A government's response that quotes each recommendation above its answer (ingest.outline): the recommendation
and its answer, opening with its verdict ("Agree.", "Government response: Partially agreed."), are one clause
under the recommendation's number, in a GOV.UK page as in a Command Paper's text; the answer's "Lead:" line and
the figures of both parts stay on it."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.tag import tag_clauses

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>AI Opportunities Action Plan: Government Response - GOV.UK</title>
<meta name="govuk:format" content="policy_paper"></head><body>
<main id="main-content" role="main">
<div class="gem-c-title"><span class="govuk-caption-xl">Policy paper</span>
<h1 class="gem-c-title__text">AI Opportunities Action Plan: Government Response</h1></div>
<div class="gem-c-metadata"><dl>
<dt>From:</dt><dd><a href="/government/organisations/department-for-science-innovation-and-technology">Department for
Science, Innovation and Technology</a></dd><dt>Published</dt><dd>13 January 2025</dd></dl></div>
<div class="govspeak">
<h2 id="foundations">Lay the foundations to enable AI</h2>
<h3 id="data">Unlocking data assets in the public and private sector</h3>
<p><strong>Recommendation 7:</strong> Rapidly identify at least 5 high-impact public data sets it will seek to make
available to AI researchers and innovators.</p>
<p>Agree. The National Data Library will identify at least 5 high-impact public data sets by summer 2025. Delivery:
Summer 2025. Lead: DSIT.</p>
<p><strong>Recommendation 14:</strong> Accurately assess the size of the skills gap.</p>
<p>Agree. Skills England will work with DSIT and DfE to assess the AI skills gap.</p>
<p>Skills England will publish its first assessment in its annual report. Delivery: Summer 2025. Lead: DfE.</p>
<h2 id="embracing">Change lives by embracing AI</h2>
<p><strong>Recommendation 32:</strong> Appoint an AI lead for each mission.</p>
<p>Agree. Delivery: Spring 2025. Lead: Cabinet Office.</p>
</div></main></body></html>"""


def _clauses() -> dict[str, object]:
    doc = parse(_PAGE, "response.html")
    return {c.path: c for c in tag_clauses(segment(doc), doc_date="2025-01-13")}


def test_a_recommendation_and_its_answer_are_one_clause():
    # the answer was "… > ¶1" under the section, saying nothing of what it answers
    clauses = _clauses()
    assert not any("¶" in path for path in clauses)
    seven = clauses["Lay the foundations to enable AI > Unlocking data assets in the public and… > Recommendation 7"]
    assert seven.text.startswith("Recommendation 7: Rapidly identify")
    assert "\nAgree. The National Data Library will identify" in seven.text
    assert clauses["Change lives by embracing AI > Recommendation 32"].text.endswith("Lead: Cabinet Office.")


def test_the_answer_s_further_paragraphs_stay_with_it():
    fourteen = next(c for path, c in _clauses().items() if path.endswith("Recommendation 14"))
    assert "assess the AI skills gap.\nSkills England will publish its first assessment" in fourteen.text


def test_the_joined_clause_keeps_the_answer_s_lead_and_figures():
    clauses = {path.rsplit(" > ", 1)[-1]: c for path, c in _clauses().items()}
    assert clauses["Recommendation 7"].agencies.lead == ["Department for Science, Innovation and Technology (DSIT)"]
    assert clauses["Recommendation 14"].agencies.lead == ["Department for Education (DfE)"]
    assert clauses["Recommendation 32"].agencies.lead == ["Cabinet Office"]
    # the recommendation's figure is the report's; the answer that opens "Agree." sets the government's own
    assert [(t.value, t.year) for t in clauses["Recommendation 7"].targets] == [(5, 2025)]


def test_a_command_paper_s_answer_stays_with_a_recommendation_ending_in_a_full_stop():
    # with no "(Paragraph 34)" after it, the recommendation's full stop sent the answer to the section as "¶1"
    text = ("Government Response to the Committee Report\n\nRecommendation 1\n\nThe Government should expand the AI "
            "Research Resource to at least 50,000 GPUs by 2028.\n\nGovernment response: Partially agreed. The "
            "Government will expand the AI Research Resource to 30,000 GPU-equivalents by March 2028.\n\n"
            "Recommendation 2\n\nUKRI should train 5,000 research software engineers by 2030.\n\nNoted. UKRI "
            "currently funds around 1,800 research software engineer posts.\n")
    doc = parse(text, "response.txt")
    clauses = {c.path: c for c in tag_clauses(segment(doc), doc_date="2026-04-01")}
    assert sorted(clauses) == ["Recommendation 1", "Recommendation 2"]
    assert [(t.value, t.year) for t in clauses["Recommendation 1"].targets] == [(30000, 2028)]
    assert clauses["Recommendation 2"].text.endswith("research software engineer posts.")


def test_a_committee_report_s_prose_after_its_recommendation_is_still_the_section_s():
    # no verdict opens it: the report's own paragraph, not an answer (and a recommendation alone keeps its text)
    text = ("Compute\n\nRecommendation 3: The Government should publish a compute roadmap.\n\nThe committee heard "
            "evidence from twelve witnesses.\n\nRecommendation 4: UKRI should fund more engineers.\n\nAgreed. UKRI "
            "will fund 200 more posts.\n")
    clauses = segment(parse(text, "report.txt"))
    assert [c.path for c in clauses] == ["Recommendation 3", "¶1", "Recommendation 4"]
    assert clauses[2].text.endswith("Agreed. UKRI will fund 200 more posts.")
