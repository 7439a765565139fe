"""A portal page's own navigation inside its content (ingest.page_nav): its in-page table of contents, its
"Related links" and its closing "Source: …" line are metadata or nothing, never clauses."""

from __future__ import annotations

from ingest.kinds import guess_kind
from ingest.parse import parse
from ingest.segment import segment

_PARA = ("<p>The Government will establish a national compute reserve of no less than 100,000 accelerators by the "
         "end of 2028, to be used for research and for the training of language models.</p>")


def _portal(toc: str = "", foot: str = "") -> str:
    """A page as u.ae serves a strategy: title, a meta line, an "On this page" box, h2 sections, its foot."""
    return f"""<html lang="en"><head><title>National Strategy for Artificial Intelligence 2031 | Portal</title></head>
<body><main><article><h1>National Strategy for Artificial Intelligence 2031</h1>
<div class="page-meta"><span>Last updated on: 18 Mar 2026</span></div>
{toc}
<h2 id="overview">Overview</h2>{_PARA}
<h2 id="talent">Talent and skills</h2><p>The Ministry of Education will train 100,000 nationals in AI and data
skills by 2028 through programmes run with universities and technology companies.</p>
{foot}
</article></main></body></html>"""


_TOC = """<div class="toc"><p><strong>On this page</strong></p>
<ul><li><a href="#overview">Overview</a></li><li><a href="#talent">Talent and skills</a></li></ul></div>"""
_FOOT = """<h2>Related links</h2>
<ul><li><a href="https://example.gov/strategy.pdf">The strategy (PDF)</a></li>
<li><a href="/en/digital">Digital transformation</a></li></ul>
<p class="source">Source: Artificial Intelligence Office; UAE Cabinet.</p>"""


def _texts(html: str) -> list[str]:
    return [c.text for c in segment(parse(html, "strategy.html"))]


def test_a_portal_page_s_contents_updated_line_related_links_and_source_are_no_clauses():
    doc = parse(_portal(_TOC, _FOOT), "strategy.html")
    texts = [c.text for c in segment(doc)]
    assert not any("On this page" in t or "Related links" in t or t.startswith("Source:") for t in texts)
    assert not any("Last updated" in t for t in texts)
    assert [c.path for c in segment(doc)] == ["Overview > ¶1", "Talent and skills > ¶1"]
    assert doc.meta["contents"] == "Overview\nTalent and skills"
    assert doc.date_published == "2026-03-18" and doc.meta["date_updated"] == "2026-03-18"
    assert doc.issuer == "Artificial Intelligence Office; UAE Cabinet"
    assert doc.kind == "notice"  # a government's strategy, as a 方案 is


def test_a_list_of_links_to_other_pages_or_to_missing_anchors_stays_text():
    # links to other pages, under no "Related links" label, and in-page links to anchors the page lacks, with
    # text of their own: a list of the document's, not its navigation
    toc = """<ul><li><a href="/act">The AI Act</a> sets the rules for high-risk systems in the Union.</li>
<li><a href="#nowhere">Annex III</a> lists the high-risk uses.</li></ul>"""
    texts = _texts(_portal(toc))
    assert any("sets the rules for high-risk systems" in t for t in texts)
    assert any("lists the high-risk uses" in t for t in texts)


def test_a_data_source_under_a_table_is_no_issuer():
    foot = """<table><tr><th>Year</th><th>Capacity</th></tr><tr><td>2025</td><td>1.1 GW</td></tr></table>
<p>Source: International Energy Agency.</p>"""
    doc = parse(_portal(foot=foot), "strategy.html")
    assert doc.issuer != "International Energy Agency"
    assert any(c.text.startswith("Source: International Energy Agency") for c in segment(doc))


def test_only_a_plan_s_own_title_makes_it_a_notice():
    assert guess_kind("Artificial Intelligence Basic Plan") == "notice"
    assert guess_kind("AI – Here for Good: National Artificial Intelligence Strategy for Ireland") == "notice"
    assert guess_kind("Canadian Sovereign AI Compute Strategy: AI Compute Access Fund program guide") == ""
    assert guess_kind("Review of the National AI Strategy") == ""
    assert guess_kind("Commission launches AI Continent Action Plan") == ""  # a headline on one
    assert guess_kind("Our strategy") == ""
