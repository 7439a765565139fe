"""ingest.governor_order: a US governor's executive order's header and attestation read into metadata."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

ORDER = """COMMONWEALTH OF VIRGINIA
OFFICE OF THE GOVERNOR

EXECUTIVE ORDER NUMBER FIFTY-ONE (2025)

ESTABLISHING AN ARTIFICIAL INTELLIGENCE WORKFORCE INITIATIVE

WHEREAS, artificial intelligence is transforming the economy of the Commonwealth;

NOW, THEREFORE, I, Glenn Youngkin, Governor of the Commonwealth of Virginia, do hereby order:

1. The Secretary of Administration shall publish an inventory of all AI systems within 90 days.

2. The Secretary of Labor shall train 25,000 Virginians in AI skills by December 31, 2027.

EFFECTIVE DATE

This Executive Order shall be effective upon its signing and shall remain in full force and effect until June 30, \
2028, unless amended or rescinded by further executive order.

Given under my hand and under the Seal of the Commonwealth of Virginia, this 15th day of September, 2025.

Glenn Youngkin, Governor

Attest:

Kelly Gee, Secretary of the Commonwealth
"""


def test_a_governor_s_order_has_its_title_number_issuer_day_and_end():
    doc = parse(ORDER, "eo.txt")
    assert doc.title == "Establishing an Artificial Intelligence Workforce Initiative"
    assert doc.doc_number == "Executive Order Number Fifty-One (2025)"
    assert doc.meta["order_number"] == "Executive Order 51 (2025)"
    assert (doc.issuer, doc.date, doc.kind) == ("Governor of the Commonwealth of Virginia", "2025-09-15", "regulation")
    assert doc.meta["失效日期"] == "2028-06-30"


def test_its_header_and_attestation_are_no_clauses():
    doc = parse(ORDER, "eo.txt")
    texts = [c.text for c in segment(doc)]
    assert texts[0].startswith("WHEREAS") and texts[-1].endswith("rescinded by further executive order.")
    assert not any(word in text for text in texts for word in ("OFFICE OF THE GOVERNOR", "FIFTY-ONE", "Attest"))
    assert doc.meta["signed"].startswith("Given under my hand") and doc.meta["signed"].endswith("Commonwealth")
    assert all(c.path for c in segment(doc))


def test_a_state_line_without_an_order_number_is_left_alone():
    doc = parse(ORDER.replace("EXECUTIVE ORDER NUMBER FIFTY-ONE (2025)\n", ""), "eo.txt")
    assert doc.title == "COMMONWEALTH OF VIRGINIA" and doc.doc_number == ""
