"""A committee report's numbered recommendations: each a clause of its own, cited "Recommendation 4"."""

from __future__ import annotations

import pytest

from index.references import PathIndex, parse_query, path_keys
from ingest.numbering import read_number
from ingest.segment import segment
from ingest.types import Block, Document


def _doc(blocks: list[Block | str]) -> Document:
    blocks = [b if isinstance(b, Block) else Block(b) for b in blocks]
    return Document(doc_id="rep", title="t", lang="en", blocks=blocks)


def _h(text: str, level: int = 2) -> Block:
    return Block(text, "heading", level)


def test_a_recommendation_s_label_alone_heads_its_text():
    # "Recommendation 4" was a clause of its own and its text the next ¶: "… Recommendation 4" found the
    # text of Recommendation 2
    doc = _doc([_h("Sovereign compute for an AI-ready Australia", 1), _h("Recommendations"), "Recommendation 1",
                "1.1 The committee recommends that the Government develop a national AI compute strategy by 2026.",
                "Recommendation 2",
                "3.48 The committee recommends that the Government set a target of 100 petaflops by 2028.",
                _h("Chapter 3 – Compute infrastructure"),
                "3.47 The committee considers that the gap between Australia and comparable nations is widening.",
                "Recommendation 2",
                "3.48 The committee recommends that the Government set a target of 100 petaflops by 2028.",
                "3.49 The committee notes the evidence of the department on the cost of such a target."])
    got = [(c.path, " ".join(c.text.split())[:20]) for c in segment(doc)]
    assert got == [("Recommendations > Recommendation 1", "Recommendation 1 1.1"),
                   ("Recommendations > Recommendation 2", "Recommendation 2 3.4"),
                   ("Chapter 3 > 3.47", "3.47 The committee c"),
                   ("Chapter 3 > Recommendation 2", "Recommendation 2 3.4"),  # no part of 3.47
                   ("Chapter 3 > 3.49", "3.49 The committee n")]


def test_a_recommendation_with_its_text_is_a_box_of_its_own():
    # a Canadian report's "Recommendation 1 That the Government …": the prose after it is its section's
    doc = _doc([_h("Shared compute for research", 1), _h("List of Recommendations"),
                "Recommendation 1 That the Government of Canada fund shared AI compute for federal researchers.",
                "Recommendation 2: That the Government of Canada publish the energy use of its data centres.",
                "The committee heard from 40 witnesses over six meetings in the spring of 2025."])
    got = [(c.path, c.text[:18]) for c in segment(doc)]
    assert got == [("List of Recommendations > Recommendation 1", "Recommendation 1 T"),
                   ("List of Recommendations > Recommendation 2", "Recommendation 2: "),
                   ("List of Recommendations > ¶1", "The committee hear")]


@pytest.mark.parametrize(("text", "label"), [
    ("Recommendation 4", "Recommendation 4"),
    ("Recommendation 12: The Government should fund TAFE places.", "Recommendation 12"),
    ("Recommendation 3 – That the department report annually.", "Recommendation 3"),
    ("Recommendation 2 was not supported by Coalition senators.", None),  # prose that names one
    ("Recommendation 2030 is the plan's name.", None),
])
def test_read_number_reads_a_recommendation_s_label(text, label):
    num = read_number(text)
    assert (num.label if num is not None and num.style == "recommendation" else None) == label


def test_a_recommendation_is_cited_by_its_number():
    assert parse_query("Sovereign compute for an AI-ready Australia Recommendation 4") == [[("recommendation", "4")]]
    assert parse_query("committee recommendation 12") == [[("recommendation", "12")]]
    assert parse_query("recommendation 2030 targets") == []
    assert path_keys("Recommendations > Recommendation 4") == [("other", "Recommendations"), ("recommendation", "4")]
    paths = PathIndex([(0, "Recommendations > Recommendation 2", "rep"),
                       (1, "Recommendations > Recommendation 4", "rep"),
                       (2, "Chapter 4 > 4.22", "rep"), (3, "Recommendations > ¶8", "rep")])
    assert paths.match(parse_query("Recommendation 4")) == {1: 1.0}


def test_a_recommendation_in_a_chapter_is_no_part_of_the_paragraph_before_it():
    doc = _doc([_h("Inquiry into AI compute", 1), _h("Chapter 1 – Introduction"),
                "1.4 The committee considers that a national strategy is overdue and that it should be published.",
                "Recommendation 1",
                "1.5 The committee recommends that the Government publish a national AI compute strategy by 2026."])
    assert [c.path for c in segment(doc)] == ["Chapter 1 > 1.4", "Chapter 1 > Recommendation 1"]
