"""ingest.opening_en: an English speech's speaker, occasion and day, and a cabinet paper's header, markings and
signature, read into metadata and kept out of the clauses."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment

SPEECH = ("<html lang='en'><head><title>The 2026-27 Budget - Budget Speech</title></head><body><div id='content'>"
          "<h1>The 2026-27 Budget</h1><p class='subtitle'>{opening}</p>"
          "<h2>Artificial Intelligence</h2>"
          "<p><strong>114.</strong> The Government's target is to increase the computing power of the Centre to "
          "5 000 PFLOPS by the end of 2027.</p>"
          "<p><strong>115.</strong> The Institute will commence operation in the second half of 2026.</p>"
          "<h2>Public Finances</h2><p><strong>165.</strong> For 2026-27, I forecast a consolidated deficit.</p>"
          "</div></body></html>")


def test_a_speech_s_speaker_occasion_and_day_are_metadata_not_clauses():
    opening = ("Speech by the Financial Secretary, the Honourable Paul MP Chan<br>"
               "moving the Second Reading of the Appropriation Bill 2026<br>Wednesday, 25 February 2026")
    doc = parse(SPEECH.format(opening=opening), "budget.html")
    assert doc.meta["speaker"] == "Financial Secretary, the Honourable Paul MP Chan"
    assert doc.meta["occasion"] == "moving the Second Reading of the Appropriation Bill 2026"
    assert (doc.meta["delivered"], doc.date_written, doc.date) == (
        "Wednesday, 25 February 2026", "2026-02-25", "2026-02-25")
    assert doc.issuer == ""  # an office held by a person names no body
    assert [c.path for c in segment(doc)] == [
        "Artificial Intelligence > 114", "Artificial Intelligence > 115", "Public Finances > 165"]


def test_a_speaker_line_with_its_occasion_and_day_in_one_is_read_whole():
    opening = ("Speech by Mrs Josephine Teo, Minister for Digital Development and Information, at the ATxSummit "
               "2025 on 28 May 2025")
    doc = parse(SPEECH.format(opening=opening), "speech.html")
    assert doc.meta["speaker"] == "Mrs Josephine Teo, Minister for Digital Development and Information"
    assert (doc.meta["occasion"], doc.date_written) == ("at the ATxSummit 2025", "2025-05-28")


def test_govuk_s_delivered_on_and_location_lines_are_metadata():
    opening = ("Delivered on: 15 July 2025 (Transcript of the speech, exactly as it was delivered)<br>"
               "Location: Mansion House, London")
    doc = parse(SPEECH.format(opening=opening), "speech.html")
    assert doc.meta["delivered"] == "15 July 2025 (Transcript of the speech, exactly as it was delivered)"
    assert (doc.meta["location"], doc.date_written) == ("Mansion House, London", "2025-07-15")
    assert all("Location" not in c.text for c in segment(doc))


@pytest.mark.parametrize("opening", [
    "The speech by the Minister was well received.",  # a sentence about a speech
    "Location: Block C, level 3",  # a location with no speech's day
])
def test_lines_that_only_mention_a_speech_stay_text(opening):
    doc = parse(SPEECH.format(opening=opening), "speech.html")
    assert "speaker" not in doc.meta and "location" not in doc.meta
    assert segment(doc)[0].text == opening


PAPER = ("<html lang='en-NZ'><head><title>Cabinet paper</title></head><body><main>"
         "<p>Proactive Release</p>"
         "<p>This document is proactively released by the Minister of Science, Innovation and Technology. Some "
         "information has been withheld under section 9(2)(f)(iv) of the Official Information Act 1982.</p>"
         "<p>IN CONFIDENCE</p><p>Office of the Minister of Science, Innovation and Technology</p>"
         "<p>Chair, Cabinet Economic Policy Committee</p><h1>National AI Compute Access: approach and funding</h1>"
         "<h2>Proposal</h2><p>1. This paper seeks agreement to establish a programme.</p>"
         "<h2>Recommendations</h2><p>The Minister recommends that the Committee:</p><ol>"
         "<li>note that New Zealand's public AI compute capacity was about 40 petaflops in 2024;</li>"
         "<li>agree to establish the programme, with at least 150 petaflops by 30 June 2028;</li>"
         "<li>agree that MBIE will lead the programme, in consultation with NeSI;</li></ol>"
         "<p>Hon Dr Shane Reti</p><p>Minister of Science, Innovation and Technology</p></main></body></html>")


def test_a_cabinet_paper_s_header_markings_and_signature_are_metadata():
    doc = parse(PAPER, "paper.html")
    assert doc.issuer == "Office of the Minister of Science, Innovation and Technology"
    assert (doc.meta["marking"], doc.meta["release"]) == ("IN CONFIDENCE", "Proactive Release")
    assert doc.meta["release_note"].startswith("This document is proactively released")
    assert doc.meta["addressees"] == "Chair, Cabinet Economic Policy Committee"
    assert doc.meta["signed"] == "Hon Dr Shane Reti, Minister of Science, Innovation and Technology"
    clauses = segment(doc)
    # the title heads no path: it is no step of it, and the header lines and signature are no clauses
    assert [c.path for c in clauses] == ["Proposal > 1", "Recommendations > ¶1", "Recommendations > 1",
                                         "Recommendations > 2", "Recommendations > 3"]
    assert clauses[-1].heading == "Recommendations"


def test_a_marking_inside_the_text_or_in_lower_case_stays_text():
    doc = parse(PAPER.replace("<p>IN CONFIDENCE</p>", "<p>In confidence</p>"), "paper.html")
    assert "marking" not in doc.meta


def test_a_minister_named_in_the_last_sentence_is_no_signature():
    doc = parse(PAPER.replace("<p>Hon Dr Shane Reti</p>", "<p>The report will be made public by</p>"), "paper.html")
    assert "signed" not in doc.meta
