"""A government's response to a committee report (a UK Command Paper): its cover is metadata, and each
recommendation it quotes gives none of the government's goals or agencies; only its own answer does."""

from __future__ import annotations

import pytest

from ingest.agencies_en import english_agencies
from ingest.parse import parse
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.targets import extract_targets

_PAPER = """Government Response to the Science and Technology Committee Report: Public Compute

Presented to Parliament by the Secretary of State for Science, Innovation and Technology by Command of His Majesty

April 2026

CP 1421

The Government welcomes the Committee's report, published on 12 January 2026. The Committee made two recommendations.

Recommendation 1

The Government should expand the AI Research Resource to at least 50,000 GPUs by 2028. (Paragraph 34)

Government response: Partially agreed. The Government will expand the AI Research Resource to 30,000 \
GPU-equivalents by March 2028.

Recommendation 2

UKRI should train 5,000 research software engineers by 2030. (Paragraph 60)

Government response: Noted. UKRI currently funds around 1,800 research software engineer posts.
"""


def test_a_command_papers_cover_is_its_metadata():
    # the cover lines were the first clause, and "CP 1421" no document number
    doc = parse(_PAPER, "response.txt")
    assert doc.doc_number == "CP 1421"
    assert doc.meta["cover_date"] == "April 2026" and doc.date == ""  # a month alone gives no date
    assert doc.meta["presented"].startswith("Presented to Parliament by the Secretary of State")
    texts = " ".join(b.text for b in doc.blocks)
    assert "CP 1421" not in texts and "by Command of His Majesty" not in texts


def test_only_the_governments_answer_gives_goals_and_agencies():
    # the committee's 50,000 GPUs and 5,000 engineers were listed as goals, and UKRI as the lead of a
    # recommendation the Government only "Noted"
    doc = parse(_PAPER, "response.txt")
    clauses = {c.path: c for c in tag_clauses(segment(doc), doc_date="2026-04-01")}
    first, second = clauses["Recommendation 1"], clauses["Recommendation 2"]
    assert [(t.value, t.year) for t in first.targets] == [(30000, 2028)]
    assert second.targets == [] and second.agencies.lead == []


def test_the_answer_names_its_own_agencies():
    # (the recommendation's "UK Research and Innovation should publish" had made it the lead)
    text = ("Recommendation 2\nUK Research and Innovation should publish a compute roadmap. (Paragraph 41)\n"
            "Government response: Agreed. The Department for Science, Innovation and Technology will publish a "
            "ten-year compute roadmap by September 2026, working with UK Research and Innovation.")
    got = english_agencies(text)
    assert got.lead == ["Department for Science, Innovation and Technology"]
    assert got.supporting == ["UK Research and Innovation"]


def test_a_committee_report_alone_keeps_its_recommendations_figures():
    # with no answer after it, the text is the committee's own: nothing is cut
    text = "Recommendation 1\nThe Government should expand the AI Research Resource to at least 50,000 GPUs by 2028."
    assert [(t.value, t.year) for t in extract_targets(text, "2026-01-12")] == [(50000, 2028)]


@pytest.mark.parametrize("text, want", [
    # a standard a rule or commitment holds from a year on is due from that year
    ("All new AIRR facilities commissioned from 2027 will be designed to a power usage effectiveness of 1.3 "
     "or lower.", [(1.3, 2027, "<=")]),
    ("From 1 January 2028, all new data centres must achieve a PUE of 1.3 or lower.", [(1.3, 2028, "<=")]),
    # …but not a rate, a wage or a yearly count from when it starts
    ("Employers must pay apprentices at least £7.55 an hour from April 2027.", []),
    ("The fund will provide £500m a year from 2027.", []),
    ("Fund at least 1 000 AI PhD fellowships per year through the Marie Skłodowska-Curie Actions from 2027.",
     [(1000, None, ">=")]),
    # …nor a year already past, nor a span's start
    ("Emissions must fall by 40% from 2019 levels by 2030.", [(40, 2030, "=")]),
])
def test_the_year_a_standard_holds_from(text, want):
    got = [(t.value, t.year, t.comparator) for t in extract_targets(text, "2026-04-01")]
    assert got == want
