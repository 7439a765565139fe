"""Round 30: a budget speech saved as plain text from its PDF: its cover lines (theme, "Delivered by" over the
speaker's office and name, the day) are metadata, its lettered sections and their sub-headings head its paragraphs."""

from __future__ import annotations

import pytest

from ingest.kinds import guess_kind, is_speech
from ingest.parse import parse
from ingest.segment import segment

SPEECH = """BUDGET SPEECH 2024

Building Our Shared Future Together

Delivered by
Deputy Prime Minister and Minister for Finance
Lawrence Wong

On Friday, 16 February 2024

A. INTRODUCTION

1. Mr Speaker, Sir, I beg to move, "That Parliament approves the financial policy of the
Government for the financial year 1 April 2024 to 31 March 2025."

2. Our economy grew by 1.1% in 2023, slower than the 3.8% growth in 2022. The Ministry
of Trade and Industry expects growth of between 1% and 3% in 2024.

B. TACKLING IMMEDIATE CONCERNS

3. We will provide an additional $1.9 billion to the Assurance Package to help
Singaporean households with the cost of living.

Budget Speech 2024                                                                     5

C. ECONOMIC STRATEGY

Harnessing AI

4. Artificial intelligence is a transformative technology. We aim to triple our pool of AI
practitioners to 15,000 over the next three to five years.

Building Up Our Enterprises

5. We will top up the National Productivity Fund by $3 billion, to attract and anchor
high-value investments in Singapore.

Budget Speech 2024                                                                     6

D. FISCAL POSITION

6. Mr Speaker, Sir, I beg to move.
"""


def test_a_budget_speech_s_cover_lines_are_its_metadata_not_clauses():
    doc = parse(SPEECH, "speech.txt")
    assert (doc.title, doc.kind, doc.date) == ("BUDGET SPEECH 2024", "report", "2024-02-16")
    assert doc.meta["subtitle"] == "Building Our Shared Future Together"
    assert doc.meta["speaker"] == "Lawrence Wong, Deputy Prime Minister and Minister for Finance"
    assert doc.meta["delivered"] == "Friday, 16 February 2024"
    assert doc.issuer == ""  # an office held by a person names no body
    texts = [c.text for c in segment(doc)]
    assert all(not any(w in t for w in ("Delivered by", "Lawrence Wong", "Shared Future")) for t in texts)


def test_a_plain_text_s_lettered_sections_and_sub_headings_head_its_numbered_paragraphs():
    clauses = segment(parse(SPEECH, "speech.txt"))
    assert [c.path for c in clauses] == [
        "A. INTRODUCTION > 1", "A. INTRODUCTION > 2", "B. TACKLING IMMEDIATE CONCERNS > 3",
        "C. ECONOMIC STRATEGY > Harnessing AI > 4", "C. ECONOMIC STRATEGY > Building Up Our Enterprises > 5",
        "D. FISCAL POSITION > 6"]
    assert clauses[2].text.endswith("cost of living.")  # no heading glued on its end
    assert clauses[3].heading == "Harnessing AI"


@pytest.mark.parametrize("title", ["BUDGET SPEECH 2024", "2024-25 Budget Statement", "Budget Speech 2025-26"])
def test_a_budget_speech_s_title_makes_it_a_speech(title):
    assert is_speech(title) and guess_kind(title) == "report"  # read as delivered; the budget moved, kind report
