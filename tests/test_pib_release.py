"""ingest.pib_release (with ingest.parse and ingest.segment): a PIB release's ministry line as an issuer naming
India, its sub-headlines, numbered Cabinet decisions and run-in labels, its sign-off initials; and a government
press release's paragraphs kept whole, never cut at a semicolon."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Document

CABINET = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Press Release: Press Information Bureau"
           "</title><link rel='canonical' href='https://pib.gov.in/PressReleasePage.aspx?PRID=2100001'></head><body>"
           "<div id='header'><a href='/'>Press Information Bureau, Government of India</a></div>"
           "<div class='inner-page' id='maincontent'>"
           "<div class='MinistryNameSubhead text-center'>Cabinet</div>"
           "<h2>Cabinet approves the Coastal Shipping Scheme and a fertiliser plant at Talcher, Odisha</h2>"
           "<h3 class='text-center'>Scheme to add 40 coastal berths by March 2029</h3>"
           "<h3 class='text-center'>Talcher plant to produce 1.27 million tonnes of urea a year; 900 jobs expected</h3>"
           "<div class='ReleaseDateSubHeaddateTime'>Posted On: 04 FEB 2026 3:30PM by PIB Delhi</div>"
           "<div id='PdfDiv'>"
           "<p>The Union Cabinet, chaired by the Prime Minister, today approved two proposals. They are set out "
           "below.</p>"
           "<p><strong>1. Coastal Shipping Scheme</strong></p>"
           "<p>The Cabinet approved the Coastal Shipping Scheme with an outlay of Rs 2,400 crore over five years.</p>"
           "<p><strong>Details:</strong></p>"
           "<ul><li>The scheme will build 40 coastal berths in nine States by March 2029.</li>"
           "<li>Each berth will be able to handle vessels of up to 20,000 tonnes.</li></ul>"
           "<p><strong>Implementation strategy and targets:</strong></p>"
           "<p>The Sagarmala Development Company will implement the scheme through the major ports.</p>"
           "<p><strong>Background:</strong></p>"
           "<p>Coastal cargo grew by 8 per cent in 2025. Some media reports have stated that the Government intends "
           "to build 200 berths under the scheme; no such decision has been taken.</p>"
           "<p><strong>2. Fertiliser plant at Talcher, Odisha</strong></p>"
           "<p>The Cabinet approved a coal-gasification urea plant at Talcher with an investment of Rs 13,277 "
           "crore.</p>"
           "<p><strong>Implementation:</strong></p>"
           "<p>Talcher Fertilizers Limited will commission the plant by December 2028.</p>"
           "<p><strong>Employment generation potential:</strong></p>"
           "<p>The plant is expected to create about 900 direct jobs.</p>"
           "<p>*****</p><p>MJPS/SKS</p></div>"
           "<div class='ReleaseId'>(Release ID: 2100001) Visitor Counter : 120</div>"
           "<div class='ReleaseLang'>Read this release in: <a href='#'>Hindi</a> , <a href='#'>Odia</a></div>"
           "</div><div id='footer'><p>Website Content Managed by Press Information Bureau</p></div></body></html>")

# an earlier PIB page's shape: the ministry's <h3> over the headline, <p> sub-headlines, a bold list title
MINISTRY = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Press Release: Press Information "
            "Bureau</title><link rel='canonical' href='https://pib.gov.in/PressReleasePage.aspx?PRID=2098745'>"
            "</head><body><div class='header'><a href='/'>Press Information Bureau, Government of India</a></div>"
            "<div class='ReleaseContent'><h3>Ministry of Electronics &amp; IT</h3>"
            "<h2>IndiaAI Mission: Over 18,000 GPUs Empanelled for the Common Compute Facility</h2>"
            "<p>Subsidised compute at under ₹100 per GPU hour for startups</p>"
            "<p>Target to train 10 lakh youth in AI skills by 2027</p>"
            "<p>Posted On: 30 JAN 2025 6:15PM by PIB Delhi</p>"
            "<p>The Union Minister today announced that 18,693 GPUs have been empanelled under the IndiaAI Mission.</p>"
            "<p><b>Key components of the IndiaAI Mission</b></p>"
            "<p>1. IndiaAI Compute Capacity: An AI compute infrastructure of 10,000 or more GPUs.</p>"
            "<p>2. IndiaAI Datasets Platform: A unified data platform providing access to datasets.</p>"
            "<p>The Mission will be implemented by the IndiaAI Independent Business Division.</p>"
            "<p>***</p><p>Dharmendra Tewari/Navin Sreejith</p><p>(Release ID: 2098745) Visitor Counter : 9876</p>"
            "</div></body></html>")


def _by_path(doc: Document) -> dict[str, str]:
    return {c.path: c.text for c in segment(doc)}


def test_the_ministry_line_over_the_headline_is_the_issuer_named_as_india_s():
    doc = parse(CABINET, "pib.html")
    assert doc.title.startswith("Cabinet approves the Coastal Shipping Scheme")
    assert doc.issuer == "Union Cabinet, Government of India"
    assert "Cabinet" not in _by_path(doc).values()
    assert parse(MINISTRY, "pib.html").issuer == "Ministry of Electronics & IT, Government of India"


def test_the_sub_headlines_are_highlights_not_a_heading_over_the_release():
    doc = parse(CABINET, "pib.html")
    assert doc.meta["highlights"] == ("Scheme to add 40 coastal berths by March 2029; Talcher plant to produce 1.27 "
                                      "million tonnes of urea a year; 900 jobs expected")
    paths = list(_by_path(doc))
    assert paths[0] == "¶1" and not any("Scheme to add" in p or "Talcher plant" in p for p in paths)


def test_each_numbered_decision_heads_its_text_and_each_run_in_label_heads_what_follows_it():
    clauses = _by_path(parse(CABINET, "pib.html"))
    assert clauses["1 > ¶1"].startswith("The Cabinet approved the Coastal Shipping Scheme")
    assert clauses["1 > Details > ¶1"] == "The scheme will build 40 coastal berths in nine States by March 2029."
    assert clauses["1 > Implementation strategy and targets > ¶1"].startswith("The Sagarmala Development")
    assert clauses["2 > ¶1"].startswith("The Cabinet approved a coal-gasification urea plant")
    assert clauses["2 > Implementation > ¶1"].startswith("Talcher Fertilizers Limited will commission")
    assert clauses["2 > Employment generation potential > ¶1"].startswith("The plant is expected to create")
    for text in clauses.values():
        assert not text.rstrip().endswith(":") and "\nBackground" not in text and "Details:" not in text


def test_the_sign_off_initials_are_metadata():
    doc = parse(CABINET, "pib.html")
    assert doc.meta["signed_off"] == "MJPS/SKS"
    assert all("MJPS" not in text for text in _by_path(doc).values())


def test_a_government_press_release_s_paragraph_stays_whole_with_its_denial():
    clauses = _by_path(parse(CABINET, "pib.html"))
    assert clauses["1 > Background > ¶1"].endswith("200 berths under the scheme; no such decision has been taken.")


def test_an_earlier_pib_page_keeps_its_reading():
    doc = parse(MINISTRY, "pib.html")
    assert doc.meta["signed_off"] == "Dharmendra Tewari/Navin Sreejith" and "highlights" not in doc.meta
    clauses = _by_path(doc)
    assert clauses["¶1"] == "Subsidised compute at under ₹100 per GPU hour for startups"
    assert clauses["Key components of the IndiaAI Mission > 2"].startswith("2. IndiaAI Datasets Platform")


def test_another_site_s_bold_labels_and_lines_are_left_alone():
    page = (MINISTRY.replace("pib.gov.in", "example.org").replace("by PIB Delhi", "")
            .replace("<p><b>Key components of the IndiaAI Mission</b></p>", "<p><b>Details:</b></p>"))
    doc = parse(page, "page.html")
    assert "Government of India" not in doc.issuer
    assert not any(" > Details" in p or p.startswith("Details") for p in _by_path(doc))


STORY = ("Shanghai expands compute vouchers to lure AI start-ups\n\nBy Li Wei\n\n"
         "Shanghai will expand its compute voucher scheme next year, officials said on Monday, as the city tries to "
         "draw more artificial intelligence start-ups. The vouchers will cover up to 50 per cent of the cost of "
         "renting compute from the city's licensed data centres; some analysts expect the scheme to cost about "
         "1 billion yuan a year.\n")


def test_a_press_story_is_cut_into_sentences_but_never_at_a_semicolon():
    doc = parse(STORY, "press-shanghai-compute-vouchers.txt")
    doc.kind = "news"
    texts = [c.text for c in segment(doc)]
    assert len(texts) == 2, texts  # a newspaper's story: a sentence a clause
    assert texts[1].startswith("The vouchers will cover") and texts[1].endswith("about 1 billion yuan a year.")
    assert not any(t.rstrip().endswith(";") for t in texts)
