"""ingest.memo_header (with ingest.parse): an agency memorandum's letterhead, date, number, addressees, FROM and
SUBJECT are its metadata (the subject its title), not clauses nor the heading of every clause."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

MEMO = """EXECUTIVE OFFICE OF THE PRESIDENT
OFFICE OF MANAGEMENT AND BUDGET
WASHINGTON, D.C. 20503

THE DIRECTOR

March 12, 2026

M-26-07

MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES

FROM: Jane Q. Official
Director

SUBJECT: Accelerating Federal Use of Artificial Intelligence through Shared
Compute and Workforce Readiness

Artificial intelligence can help agencies deliver faster and better services to the American people.

1. Background

Agencies reported 1,757 AI use cases in their 2024 inventories.
"""


def test_an_agency_memo_s_header_is_its_metadata_and_its_subject_its_title():
    # the title was "EXECUTIVE OFFICE OF THE PRESIDENT", no issuer, number, date or kind, and the header 6 clauses
    doc = parse(MEMO, "memo.txt")
    assert doc.title == ("Accelerating Federal Use of Artificial Intelligence through Shared Compute and "
                         "Workforce Readiness")
    assert (doc.issuer, doc.doc_number, doc.date, doc.kind) == (
        "Office of Management and Budget", "M-26-07", "2026-03-12", "notice")
    assert doc.meta["addressees"] == "MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES"
    assert doc.meta["from"] == "Jane Q. Official, Director"
    assert doc.meta["letterhead"].startswith("EXECUTIVE OFFICE OF THE PRESIDENT; OFFICE OF MANAGEMENT AND BUDGET")
    clauses = segment(doc)
    assert clauses[0].text.startswith("Artificial intelligence can help")
    assert not any(c.text.startswith(("March 12", "MEMORANDUM", "FROM", "SUBJECT", "Compute and")) for c in clauses)
    assert all("Compute and Workforce Readiness" not in c.headings for c in clauses)


def test_a_memo_s_subject_on_one_line_ends_before_its_body():
    doc = parse(MEMO.replace("Shared\nCompute", "Shared Compute"), "memo.txt")
    assert doc.title.endswith("Shared Compute and Workforce Readiness")
    assert segment(doc)[0].text.startswith("Artificial intelligence can help")


def test_a_text_without_addressees_or_subject_keeps_its_lines():
    # a letterhead over a report, no MEMORANDUM FOR: nothing is read as a memo's header
    text = MEMO.replace("MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES\n", "")
    doc = parse(text, "memo.txt")
    assert "addressees" not in doc.meta and doc.doc_number != "M-26-07"
    assert parse(MEMO.replace("SUBJECT:", "About"), "memo.txt").title == "EXECUTIVE OFFICE OF THE PRESIDENT"
