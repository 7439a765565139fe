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
