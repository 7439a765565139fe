"""English plain text hard-wrapped at one width: paragraphs joined, headings, items and header lines kept."""

from __future__ import annotations

from ingest.parse import parse
from ingest.plaintext import parse_plaintext
from ingest.tag import tag_text
from ingest.wrapped_text import is_wrapped, wrapped_paragraphs

# a memo as a plain-text release prints it: wrapped at 80 columns, no page numbers
MEMO = """STATE DEPARTMENT OF ENERGY

MEMORANDUM FOR ALL REGIONAL OFFICES

FROM:       Jane Smith
            Commissioner

SUBJECT:    Shared Research Computing for the Regional Offices and the Training
            of their Staff

This memorandum sets out how the regional offices will share one research
computing service, train their staff to use it and report on their progress to
the Commissioner each year.

1. Purpose

(a) Shared computing. The Office of Research Services, in coordination with
the Department of Education, shall run a shared research computing service that
provides at least 2,000 GPU-equivalents to regional offices by June 30, 2028.
(b) Training. Each regional office must train at least 40 percent of its staff
by the end of 2027. The Office of Human Resources will lead this work.

ATTACHMENT A

DEFINITIONS

1. "Regional office" means an office of the Department outside the capital.
"""


def test_a_hard_wrapped_memo_reads_one_block_per_paragraph_and_item():
    doc = parse_plaintext(MEMO, "memo.txt")
    assert [b.text for b in doc.blocks] == [
        "MEMORANDUM FOR ALL REGIONAL OFFICES",
        "FROM: Jane Smith",
        "Commissioner",  # a short line ends its block
        "SUBJECT: Shared Research Computing for the Regional Offices and the Training of their Staff",
        "This memorandum sets out how the regional offices will share one research computing service, train "
        "their staff to use it and report on their progress to the Commissioner each year.",
        "1. Purpose",
        "(a) Shared computing. The Office of Research Services, in coordination with the Department of "
        "Education, shall run a shared research computing service that provides at least 2,000 "
        "GPU-equivalents to regional offices by June 30, 2028.",
        "(b) Training. Each regional office must train at least 40 percent of its staff by the end of 2027. "
        "The Office of Human Resources will lead this work.",
        "ATTACHMENT A",
        "DEFINITIONS",
        '1. "Regional office" means an office of the Department outside the capital.',
    ]
    # the goal that ran over a line break is read whole, as is the agency the sentence names
    (target,) = tag_text(doc.blocks[6].text).targets
    assert (target.value, target.unit, target.year) == (2000, "GPU-equivalents", 2028)


def test_a_line_end_hyphen_is_dropped_only_where_the_text_writes_the_word_whole():
    lines = [
        "Agencies shall report on the implementation of this order and the AI-",
        "enabled services they run, with a plan for their high-impact systems and the imple-",
        "mentation of each measure, before they expand any of the high-impact systems of the sub-",
        "agencies under them or buy any new ones, and before they expand any of their high-",
        "impact systems, as the emergency rules made for the public health emergency of COVID-",
        "19 require.",
    ]
    assert wrapped_paragraphs(lines) == [
        "Agencies shall report on the implementation of this order and the AI-enabled services they run, "
        "with a plan for their high-impact systems and the implementation of each measure, before they "
        "expand any of the high-impact systems of the sub-agencies under them or buy any new ones, and before "
        "they expand any of their high-impact systems, as the emergency rules made for the public health "
        "emergency of COVID-19 require."
    ]


def test_an_item_cited_at_a_line_start_runs_on_but_an_item_opening_a_line_does_not():
    lines = [
        "The Secretary shall publish the report described in subsection",
        "(b) within one year, and shall consult the advisory committee on its scope.",
        "(c) The advisory committee shall meet at least twice a year to review it.",
    ]
    assert wrapped_paragraphs(lines) == [
        "The Secretary shall publish the report described in subsection (b) within one year, and shall "
        "consult the advisory committee on its scope.",
        "(c) The advisory committee shall meet at least twice a year to review it.",
    ]


def test_text_with_one_line_per_paragraph_is_not_read_as_wrapped():
    # lines of every length, each a sentence or heading of its own: nothing to join
    text = (
        "Section 1. Purpose.\n"
        "This order sets out how the Commonwealth will prepare its workforce for artificial intelligence.\n"
        "Section 2. Policy.\n"
        "It is the policy of the Commonwealth to train public servants and to support employers across the "
        "state in adopting new tools, with particular attention to small businesses and rural regions.\n"
        "Section 3. Training.\n"
        "The Secretary of Labor shall offer training to 10,000 workers by 2027.\n"
        "Section 4. Reporting.\n"
        "Each agency shall report its progress annually.\n"
    )
    lines = text.splitlines()
    assert not is_wrapped(lines)
    assert [b.text for b in parse(text, "eo.txt").blocks] == lines


def test_a_list_of_short_lines_is_not_read_as_wrapped():
    lines = [
        "Key measures",
        "- a compute voucher for small firms",
        "- a shared data platform",
        "- training places for 5,000 engineers",
        "- a review of the programme in 2027",
        "- support for regional data centres",
        "Contact the programme office for details.",
    ]
    assert not is_wrapped(lines)


def test_a_heading_or_list_marker_opens_a_block_after_a_full_line():
    full = "The Board shall keep a register of the facilities it funds and publish it every quarter on"
    for opener in ("Sec. 3. Register of facilities.", "a. The register shall name each facility.",
                   "- a facility's name and operator", "• its capacity in megawatts",
                   "2.1 Scope of the register", "Attachment B: Template", "(iv) the date it opened"):
        assert wrapped_paragraphs([full, opener]) == [full, opener], opener
    assert wrapped_paragraphs([full, "its website."]) == [full + " its website."]


# an audit report saved from PDF in a proportional font: its wrapped lines end anywhere from 83 to 94
# characters, under headings, key figures set one a line and a table, which are as many lines as its prose
RAGGED = """Key facts

£2.0bn
funding allocated to the research resource from 2023-24 to 2029-30

£225m    capital spent on Isambard-AI phase 2 by 31 December 2025
62%      average utilisation of AIRR compute in October to December 2025
3        of the 6 programme milestones due by December 2025 that DSIT met on time

Summary

Introduction

1 The AI Research Resource (AIRR) is a programme run by the Department for Science,
Innovation & Technology (DSIT) to provide UK researchers and businesses with access to
large-scale compute for artificial intelligence. UK Research and Innovation delivers
the programme on the department's behalf.

Key findings

4 DSIT and UKRI had spent £412 million of the £2.0 billion allocated by 31 December
2025. Spending was £96 million lower than planned, mainly because the procurement of the
second phase started four months later than scheduled.

7 Industry bodies have claimed that the UK will need 1 million GPUs by 2030. DSIT told
us this figure is not a government target.

Figure 1
Funding allocated

Year        Capital (£m)   Resource (£m)   Total (£m)
2023-24          210             15            225
2024-25          145             35            180
2025-26          260             40            300
2026-27          330             45            375
"""


def test_ragged_right_text_from_a_pdf_is_joined_but_its_headings_figures_and_rows_keep_their_lines():
    doc = parse_plaintext(RAGGED, "audit-pdf.txt")
    texts = [b.text for b in doc.blocks]
    assert ("1 The AI Research Resource (AIRR) is a programme run by the Department for Science, Innovation & "
            "Technology (DSIT) to provide UK researchers and businesses with access to large-scale compute for "
            "artificial intelligence. UK Research and Innovation delivers the programme on the department's "
            "behalf.") in texts
    assert ("7 Industry bodies have claimed that the UK will need 1 million GPUs by 2030. DSIT told us this "
            "figure is not a government target.") in texts
    # the key figures, one a line, and the table's rows are not run together
    assert "£225m capital spent on Isambard-AI phase 2 by 31 December 2025" in texts
    assert "62% average utilisation of AIRR compute in October to December 2025" in texts
    assert "2024-25 | 145 | 35 | 180" in texts
    assert "Key findings" in texts and "Figure 1" in texts


def test_key_figures_set_one_a_line_keep_their_lines_in_wrapped_text():
    full = "The Board shall keep a register of the facilities it funds and publish it every quarter on"
    lines = [full, "its website.", "", full, "its website.", "",
             "£225m capital spent on phase 2 of the supercomputer by 31 December 2025",
             "62% average utilisation of the compute in October to December 2025", "3 of the 6 milestones met"]
    assert wrapped_paragraphs(lines)[2:] == lines[6:]
