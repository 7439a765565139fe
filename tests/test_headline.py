"""ingest.headline (with ingest.parse): a page whose <title> names only its section ("Press Releases") takes its
headline as its title; a board CMS's release lines (date and hits, "For Immediate Release", the ministry and its
division, the contact) are its metadata, not clauses."""

from __future__ import annotations

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
