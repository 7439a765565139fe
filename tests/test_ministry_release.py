"""A ministry's English "News Release" page (through ingest.parse and ingest.segment): its issuer from the logo
linked to the site's home in a language, its day from the date line under the "News Release" label, its
"Division in Charge" block as meta.contact (the page's "Page Top" dropped), its paragraphs kept whole as a
government's release's are, and a table with an unnumbered <caption> read row by row."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Document

RELEASE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Cabinet Decision on the Basic Policy "
           "for Port Digitalisation (MINISTRY)</title></head><body>"
           "<header id='header'><div class='logo'><a href='/english/index.html'><img src='/logo.png' "
           "alt='Ministry of Ports and Logistics'></a></div><ul class='util'><li><a href='/index.html' lang='ja'>"
           "日本語</a></li></ul><nav><ul><li><a href='/english/press/index.html'>News Releases</a></li></ul></nav>"
           "</header><main id='main'><div id='press'>"
           "<p class='category'>News Release</p><p class='date'>March 3, 2026</p>"
           "<h1>Cabinet Decision on the Basic Policy for Port Digitalisation</h1>"
           "<p>Today, the Cabinet approved the Basic Policy for Port Digitalisation, which sets out how the "
           "Government will connect port systems across the country. It was compiled by the Ministry.</p>"
           "<h2>1. Clarification regarding media reports</h2>"
           "<p>Some media reports have stated that the Basic Policy closes two ports. This is not correct. The Basic "
           "Policy does not close any port.</p>"
           "<h2>2. Main goals</h2>"
           "<table><caption>Table: Main goals of the Basic Policy</caption>"
           "<thead><tr><th>Item</th><th>Goal</th><th>Target year</th></tr></thead><tbody>"
           "<tr><td>Ports connected to the common platform</td><td>At least 40 ports</td><td>FY2028</td></tr>"
           "<tr><td>Paperless customs procedures</td><td>100%</td><td>FY2030</td></tr>"
           "</tbody></table>"
           "<div class='contact'><h2>Division in Charge</h2>"
           "<p>Port Systems Division, Ports and Harbours Bureau<br>Logistics Policy Division, Policy Bureau</p></div>"
           "</div><p class='pagetop'><a href='#header'>Page Top</a></p></main>"
           "<footer><address>Ministry of Ports and Logistics<br>1-1 Kasumigaseki, Tokyo</address></footer>"
           "</body></html>")


def _by_path(doc: Document) -> dict[str, str]:
    return {c.path: c.text for c in segment(doc)}


def test_the_logo_linked_home_names_the_issuer_and_the_date_line_under_the_label_the_day():
    # the METI release had issuer "" and no date; "June 30, 2026" headed its first paragraph
    doc = parse(RELEASE, "release.html")
    assert doc.issuer == "Ministry of Ports and Logistics"
    assert doc.kind == "news" and doc.date_published == "2026-03-03" and doc.date == "2026-03-03"
    assert all(c.heading != "March 3, 2026" for c in segment(doc))


def test_the_division_in_charge_is_the_contact_and_page_top_is_furniture():
    # its first line headed the other, the last ended "Page Top"
    doc = parse(RELEASE, "release.html")
    assert doc.meta["contact"] == ("Division in Charge: Port Systems Division, Ports and Harbours Bureau; "
                                   "Logistics Policy Division, Policy Bureau")
    texts = _by_path(doc)
    assert not any("Division" in p or "Page Top" in t or "Division" in t for p, t in texts.items())


def test_the_release_s_paragraphs_stay_whole_with_the_denial_after_the_claim():
    clauses = _by_path(parse(RELEASE, "release.html"))
    assert clauses["1 > ¶1"].startswith("Some media reports") and clauses["1 > ¶1"].endswith("close any port.")
    assert clauses["¶1"].endswith("It was compiled by the Ministry.")


def test_a_table_s_unnumbered_caption_heads_its_rows():
    # the rows were "2 > ¶2", "2 > ¶3" under a caption clause of its own
    clauses = _by_path(parse(RELEASE, "release.html"))
    assert clauses["2 > Table > row 1"].startswith("Ports connected to the common platform | At least 40 ports")
    assert clauses["2 > Table > row 2"].startswith("Paperless customs procedures | 100%")


def test_a_division_block_of_sentences_and_a_caption_less_table_are_left_alone():
    page = (RELEASE.replace("<p>Port Systems Division, Ports and Harbours Bureau<br>Logistics Policy Division, Policy "
                            "Bureau</p>", "<p>The division will review the plan. It reports in May.</p>")
            .replace("<caption>Table: Main goals of the Basic Policy</caption>", ""))
    doc = parse(page, "release.html")
    assert "contact" not in doc.meta
    clauses = _by_path(doc)
    assert not any("Table" in p for p in clauses)


def test_a_press_story_with_no_division_in_charge_is_still_cut_into_sentences():
    page = RELEASE.replace("<div class='contact'><h2>Division in Charge</h2>", "<div><h2>Background</h2>").replace(
        "<p>Port Systems Division, Ports and Harbours Bureau<br>Logistics Policy Division, Policy Bureau</p>", "")
    clauses = _by_path(parse(page, "release.html"))
    assert "1 > ¶1" not in clauses and clauses["1 > ¶1 [2]"] == "The Basic Policy does not close any port."


def test_a_link_elsewhere_with_a_logo_gives_no_issuer():
    page = RELEASE.replace("href='/english/index.html'", "href='/english/press/index.html'")
    assert parse(page, "release.html").issuer == ""
