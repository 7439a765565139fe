"""ingest.headline (with ingest.parse): a page whose <title> names only its section ("Press Releases") takes its
headline as its title; a board CMS's release lines (date and hits, "For Immediate Release", the ministry and its
division, the contact) are its metadata, not clauses."""

from __future__ import annotations

import re

import pytest

from ingest.headline import section_label
from ingest.parse import parse
from ingest.segment import segment

BOARD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
         "<div id='header'><a href='/'>MST</a> | News | Press Releases</div><div class='board_view'>"
         "<h2 class='tit'>Ministry to Invest KRW 2 Trillion in Public AI Compute and a National AI Centre</h2>"
         "<p class='date'>Date: 2025-03-11 &nbsp; | &nbsp; Hit: 2,031</p><div class='view_cont'>"
         "<p><strong>For Immediate Release</strong></p>"
         "<p>Ministry of Science and Technology<br>Digital Infrastructure Policy Division</p>"
         "<p>Daejeon, March 11, 2025 — The Ministry announced today a plan to expand public computing.</p>"
         "<p>The government will secure 20,000 GPUs for public use by 2027.</p><hr>"
         "<p>For further information, please contact Lee Ji-won, Deputy Director, Digital Infrastructure Policy "
         "Division (+82-44-202-1234, jiwon.lee@example.kr).</p></div></div></body></html>")
HEADLINE = "Ministry to Invest KRW 2 Trillion in Public AI Compute and a National AI Centre"


def test_a_board_press_release_s_headline_date_ministry_and_contact_are_metadata():
    # title was "Press Releases", with no date or issuer, and "For Immediate Release" a clause with the doc's id
    doc = parse(BOARD.format(title="Press Releases | Ministry of Science and Technology"), "kr.html")
    assert doc.title == HEADLINE and doc.kind == "news"
    assert (doc.date, doc.issuer) == ("2025-03-11", "Ministry of Science and Technology")
    assert doc.meta["release"] == "For Immediate Release"
    assert doc.meta["division"] == "Digital Infrastructure Policy Division"
    assert doc.meta["contact"].startswith("For further information, please contact Lee Ji-won")
    clauses = segment(doc)
    assert clauses[0].text.startswith("Daejeon, March 11, 2025")
    assert clauses[-1].text == "The government will secure 20,000 GPUs for public use by 2027."
    assert all(c.clause_id != doc.doc_id for c in clauses)


def test_a_page_titled_by_its_own_words_keeps_its_title():
    doc = parse(BOARD.format(title="Public AI compute: the plan"), "kr.html")
    assert doc.title == "Public AI compute: the plan"


@pytest.mark.parametrize("title, label", [
    ("Press Releases", True), ("News", True), ("Notices", True), ("보도자료", True),
    ("Press Release: Press Information Bureau", True), ("News release | Ministry of Finance", True),
    ("Press release: Ports go green by 2030", False), ("News on AI compute", False), ("Notice of Funding", False),
])
def test_a_section_label_is_told_from_a_page_s_own_title(title, label):
    assert section_label(title) is label


def test_a_contact_sentence_without_a_number_or_address_stays_text():
    page = BOARD.format(title="Press Releases").replace(
        " (+82-44-202-1234, jiwon.lee@example.kr)", "")
    doc = parse(page, "kr.html")
    assert "contact" not in doc.meta
    assert segment(doc)[-1].text.startswith("For further information, please contact")


MEDIA_RELEASE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Press Releases | Ministry of Digital "
    "Affairs</title></head><body><nav><a href='/'>MDA</a> &gt; <a href='/media/'>Press Releases</a></nav><main>"
    "<p class='category'>MEDIA RELEASE</p>"
    "<h1>Government to Invest Over $2 Billion in Data Centres and Skills over the Next Five Years</h1>"
    "<p class='date'>Published: 14 May 2025</p>"
    "<p>1. The Government will invest more than $2 billion in data centres and skills.</p>"
    "<h2>Building skills</h2><p>2. We aim to train 8,000 data engineers by 2029.</p>"
    "<p class='issued'>MINISTRY OF DIGITAL AFFAIRS<br>14 MAY 2025</p>"
    "<h2>Annex A: Factsheet on the Investments</h2><table><tr><th>Initiative</th><th>Funding</th></tr>"
    "<tr><td>Data engineers programme</td><td>$90 million</td></tr></table>"
    "<p>For media queries, please contact:<br>Ms Lim Mei Ling, Senior Manager, Corporate Communications, MDA"
    "<br>Email: lim_mei_ling@mda.gov.example</p></main></body></html>")


def test_a_media_release_s_label_published_line_closing_ministry_and_contact_are_metadata():
    # "MEDIA RELEASE", "Published: …" and the closing ministry and day were clauses (ranked #1), the release had
    # no date, issuer or kind, and its headline, kept as a heading, opened every path and "Cite as"
    doc = parse(MEDIA_RELEASE, "sg.html")
    assert doc.title.startswith("Government to Invest Over $2 Billion") and doc.kind == "news"
    assert (doc.date, doc.date_published, doc.issuer) == ("2025-05-14", "2025-05-14", "Ministry of Digital Affairs")
    assert doc.meta["signed"] == "MINISTRY OF DIGITAL AFFAIRS 14 MAY 2025"
    assert doc.meta["contact"] == ("For media queries, please contact: Ms Lim Mei Ling, Senior Manager, Corporate "
                                   "Communications, MDA; Email: lim_mei_ling@mda.gov.example")
    clauses = segment(doc)
    texts = [c.text for c in clauses]
    assert texts[0].startswith("1. The Government will invest")
    assert not any(re.search(r"MEDIA RELEASE|Published:|14 MAY 2025|Lim Mei Ling", t) for t in texts)
    assert all("Invest Over" not in " > ".join(c.path) for c in clauses)
    assert any(t.startswith("Data engineers programme") for t in texts)  # the annex stays


def test_a_dated_line_before_an_annex_needs_its_day_to_be_a_signature():
    # an act's signatories before its annexes ("The President" / "R. METSOLA") are no dated signature
    html = MEDIA_RELEASE.replace("<br>14 MAY 2025", "").replace("MINISTRY OF DIGITAL AFFAIRS", "R. METSOLA")
    doc = parse(html, "sg.html")
    assert "signed" not in doc.meta and any(b.text == "R. METSOLA" for b in doc.blocks)
