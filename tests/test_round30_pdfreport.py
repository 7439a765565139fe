"""A US state's task force report copied from its PDF as plain text: cover, contents, running footers."""

from __future__ import annotations

from ingest.parse import parse
from ingest.pdf_text import running_footer
from ingest.segment import segment

REPORT = """STATE OF OHIO
Governor Mike DeWine
Lt. Governor Jon Husted

Artificial Intelligence and the Ohio Workforce:
Report of the Ohio AI Workforce Task Force

December 2024

Table of Contents
Letter from the Lt. Governor .................................................. 3
Executive Summary ............................................................ 4
Recommendations .............................................................. 8
Conclusion ................................................................... 14

Ohio AI Task Force Report | 2

Executive Summary
Artificial intelligence is changing how Ohioans work, learn and do business. In
2024 the Lt. Governor convened a task force of employers, educators and labor
leaders to study how the state can prepare its workforce for these changes.
The task force met six times between June and October 2024 and heard from more
than 40 experts across the state.
This report sets out the task force's findings and its recommendations to the
Governor and the General Assembly.

Ohio AI Task Force Report | 4

Recommendations
1. The Department of Education and Workforce should develop AI literacy
standards for all K-12 students by the 2025-2026 school year.
2. The Ohio Department of Higher Education should expand short-term credential
programs in artificial intelligence and data science.
3. The state should establish an AI workforce grant program to help small
businesses train employees in the safe use of AI tools.

8

4. State agencies should adopt a common policy for the responsible use of
generative AI, including human review of automated decisions.

Ohio AI Task Force Report | 9

Conclusion
Ohio has an opportunity to lead the nation in preparing its workers for an
economy shaped by artificial intelligence. The task force urges swift action on
these recommendations.
"""


def test_state_report_cover_is_metadata_not_title():
    doc = parse(REPORT, "ohio.txt")
    assert doc.title == ("Artificial Intelligence and the Ohio Workforce: Report of the Ohio AI Workforce Task Force")
    assert (doc.issuer, doc.kind, doc.date) == ("State of Ohio", "report", "")
    assert doc.meta["governor"] == "Mike DeWine"
    assert doc.meta["lieutenant_governor"] == "Jon Husted"
    assert doc.meta["cover_date"] == "December 2024"
    texts = [b.text for b in doc.blocks]
    assert not any("DeWine" in t or "Husted" in t or t == "December 2024" for t in texts)


def test_state_report_contents_are_no_clauses():
    doc = parse(REPORT, "ohio.txt")
    assert doc.meta["contents"].startswith("Letter from the Lt. Governor 3; Executive Summary 4")
    assert not any("Table of Contents" in b.text or "......" in b.text for b in doc.blocks)


def test_state_report_running_footers_and_bare_page_numbers_dropped():
    doc = parse(REPORT, "ohio.txt")
    texts = [b.text for b in doc.blocks]
    assert not any("Task Force Report |" in t for t in texts)
    assert "8" not in texts
    clauses = segment(doc)
    assert [c.heading for c in clauses if c.text.startswith(("1. The Department", "4. State agencies"))] == [
        "Recommendations", "Recommendations"]
    assert clauses[-1].heading == "Conclusion"


def test_running_footer_parted_from_its_page_by_a_rule():
    lines = ["Body text.", "", "Annual Report 2025 | 7", "", "More text.", "", "12", "", "Annual Report 2025 | 14"]
    kept, name = running_footer(lines)
    assert name == "Annual Report 2025"
    assert [ln for ln in kept if ln] == ["Body text.", "More text."]


def test_state_report_full_cover_date_is_the_date():
    text = REPORT.replace("STATE OF OHIO", "Commonwealth of Virginia").replace("December 2024", "December 12, 2024")
    doc = parse(text, "va.txt")
    assert (doc.issuer, doc.date) == ("Commonwealth of Virginia", "2024-12-12")
