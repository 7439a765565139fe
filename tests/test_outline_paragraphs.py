"""The paragraphs under a sub-heading with no number count on in the numbered section that holds it, so no two
clauses of a document share a path."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_PAGE = ("<html><head><title>Work Programme 2026-2027</title></head><body><main><h1>Work Programme 2026-2027</h1>"
         "<h2>2. Artificial Intelligence</h2>"
         "<h3>2.1 Topic DIGITAL-2026-AI-08-GIGA: Data services for AI Gigafactories</h3>"
         "<p>The objective is to make the AI Gigafactories usable by start-ups and SMEs across the Union.</p>"
         "<p>The selected consortium will deploy an open software stack for distributed training.</p>"
         "<p>Expected outcomes</p>"
         "<p>At least 300 start-ups and SMEs onboarded to AI Gigafactory resources by the end of 2028.</p>"
         "<p>At least 5 open foundation models trained with the services by the end of 2029.</p>"
         "<h3>2.2 Topic DIGITAL-2026-AI-09-TEF: Testing facilities for AI in health</h3>"
         "<p>The objective is to extend the network of testing facilities to health and edge computing.</p>"
         "<p>Expected outcomes</p>"
         "<p>At least 5 testing facilities operational in at least 8 Member States by 2027.</p>"
         "</main></body></html>")


def test_paragraphs_under_an_unnumbered_sub_heading_count_on_in_their_section():
    # they were counted on the document as a whole: "2 > 2.1 > ¶4" named two clauses, and 2.2's ran on from 2.1's
    clauses = segment(parse(_PAGE, "wp.html"))
    paths = [c.path for c in clauses]
    assert len(paths) == len(set(paths))
    outcomes = [c.path for c in clauses if c.text.startswith("At least")]
    assert outcomes == ["2 > 2.1 > ¶3", "2 > 2.1 > ¶4", "2 > 2.2 > ¶2"]
