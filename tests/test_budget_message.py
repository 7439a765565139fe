"""Tests for ingest.budget_message: a US state governor's budget message saved from PDF, its cover, letter,
page furniture, sections and table."""

from __future__ import annotations

from ingest.budget_message import budget_message
from ingest.columns import labels_only
from ingest.parse import parse
from ingest.pdf_text import is_page_number
from ingest.segment import segment
from ingest.text_table import space_rows

_PAGE = " " * 40 + "{}\n\fBudget Highlights for Fiscal 2027\n"

MESSAGE = f"""STATE OF NEW HAMPTON
THE FISCAL 2027 BUDGET
GOVERNOR'S BUDGET MESSAGE
Submitted to the General Assembly of New Hampton
January 14, 2026

Office of Management and Budget
100 Capitol Avenue, Centerville, New Hampton 10001

{_PAGE.format(1)}
January 14, 2026

The Honorable Jane Roe
President of the Senate
The Honorable John Doe
Speaker of the House
State Capitol
Centerville, New Hampton 10001

Dear President Roe, Speaker Doe, and Members of the General Assembly:

I hereby submit the Fiscal 2027 Budget for the State of New Hampton. This budget totals $21.4
billion across all funds and it is balanced. It keeps our promise to grow the economy and to
make government work for the people who pay for it, in every county of our state this year.
I. Growing the Economy

Computing for Research

The budget provides $40 million to the State University to build a shared research computing
facility for our universities. New data centers claiming the exemption after July 1, 2026 will

{_PAGE.format(2)}
be required to report their annual energy and water use to the Public Utilities Commission,
and the Administration will propose a rule on clean energy for the largest of the facilities.

The budget also funds two new positions at the Department of Environment to review permits for
backup generation at data centers while protecting the air quality of nearby neighbourhoods.

{_PAGE.format(3)}
II. Preparing Workers

The budget provides $10 million to the Department of Labor for an AI Workforce Fund, which will
train 5,000 residents in AI skills by June 30, 2028, with half of them from rural counties and
small towns where such training has never been offered before to working adults at all.
Sincerely,
Jane Smith
Governor

{" " * 40}4
"""


def _read(text: str = MESSAGE):
    doc = parse(text, "budget.txt")
    return doc, segment(doc)


def test_cover_letter_and_signature_are_metadata() -> None:
    doc, clauses = _read()
    assert doc.title == "The Fiscal 2027 Budget: Governor's Budget Message"
    assert (doc.issuer, doc.date_published, doc.kind) == ("Governor of New Hampton", "2026-01-14", "report")
    assert doc.meta["department"] == "Office of Management and Budget"
    assert doc.meta["salutation"].startswith("Dear President Roe")
    assert "Speaker of the House" in doc.meta["addressee"]
    assert doc.meta["signed"] == "Jane Smith, Governor"
    said = " ".join(c.text + " " + c.heading for c in clauses)
    for debris in ("STATE OF", "Dear President", "Sincerely", "Jane Smith", "Capitol Avenue", "Speaker of"):
        assert debris not in said
    assert clauses[0].text.startswith("I hereby submit")


def test_page_numbers_and_running_header_are_dropped() -> None:
    _, clauses = _read()
    assert all(c.text.strip() not in {"1", "2", "3", "4"} for c in clauses)
    assert not any("Budget Highlights for Fiscal 2027" in c.text + c.heading for c in clauses)


def test_a_sentence_cut_by_a_page_break_is_one_clause() -> None:
    _, clauses = _read()
    joined = [c for c in clauses if "after July 1, 2026 will be required to report" in c.text]
    assert len(joined) == 1 and joined[0].text.startswith("The budget provides $40 million")
    # a paragraph ending its sentence before the break keeps apart from the next page's
    assert any(c.text.startswith("The budget also funds two new positions") for c in clauses)


def test_roman_sections_head_their_clauses_and_run_in_headings_still_work() -> None:
    _, clauses = _read()
    fund = next(c for c in clauses if "$10 million" in c.text)
    assert fund.path.startswith("II. Preparing Workers > ")
    research = next(c for c in clauses if "$40 million" in c.text)
    assert research.path.startswith("I. Growing the Economy > ") and research.heading == "Computing for Research"


def test_other_texts_are_no_budget_message() -> None:
    # a state's cover that names no budget message, and a budget message's cover with no page number
    other = MESSAGE.replace("GOVERNOR'S BUDGET MESSAGE", "ANNUAL REPORT OF THE STATE TREASURER")
    assert budget_message(other) == (other, None)
    no_pages = "STATE OF NEW HAMPTON\nGOVERNOR'S BUDGET MESSAGE\n\nDear Members:\n\nText.\n"
    assert budget_message(no_pages) == (no_pages, None)
    doc, clauses = _read(other)
    assert doc.kind != "report" and doc.issuer == ""
    assert any(c.text.startswith("I. Growing the Economy") for c in clauses)  # no heading made there


def test_is_page_number_takes_a_centred_number_not_a_cell() -> None:
    assert is_page_number(" " * 40 + "12") and is_page_number("— 3 —")
    assert not is_page_number("   25") and not is_page_number("Total   25")


TABLE = """Table 1. Initiatives ($ in Millions)
Program                                        Agency       FY 2025   FY 2026    FY 2027
                                                            Actual    Working    Allowance
AI Compute Collaborative (operating)           USM             0.0      0.0       22.0
AI Compute Collaborative (capital, GO bonds)   USM             0.0      0.0       85.0
AI Compute Access Vouchers                     TEDCO           0.0      2.0       12.0
Maryland AI Growth Fund                        Commerce        0.0      5.0       15.0
Data Center Energy Plan                        MEA             0.0      0.0        4.5
AI Workforce Accelerator                       Labor           3.0      6.0       18.0
Total                                                         15.8     34.8      223.8""".split("\n")


def test_space_rows_split_every_row_and_join_a_header_set_on_two_lines() -> None:
    out = space_rows(TABLE)
    assert out[1] == "Program | Agency | FY 2025 Actual | FY 2026 Working | FY 2027 Allowance"
    assert out[2] == "AI Compute Collaborative (operating) | USM | 0.0 | 0.0 | 22.0"
    assert out[3] == "AI Compute Collaborative (capital, GO bonds) | USM | 0.0 | 0.0 | 85.0"  # a 44-character cell
    assert out[-1] == "Total | 15.8 | 34.8 | 223.8" and len(out) == len(TABLE) - 1


def test_space_rows_keep_a_partial_row_of_figures_and_prose_with_long_cells() -> None:
    # a row of figures with an empty first cell under the header is a row, not the header's second line
    table = TABLE[:2] + [" " * 62 + "1.0       2.0        3.0"] + TABLE[3:]
    assert space_rows(table)[2] == "1.0 | 2.0 | 3.0" and space_rows(table)[1].endswith("| FY 2027")
    # a line of text with two spaces after its full stops, its parts too long for cells, is no row
    prose = TABLE[3:7] + ["This sentence is rather long and ends here.  Then another sentence starts.  End it."]
    assert space_rows(prose)[-1] == prose[-1]


def test_the_table_header_heads_its_rows() -> None:
    text = MESSAGE.replace("II. Preparing Workers\n", "II. Preparing Workers\n\n" + "\n".join(TABLE) + "\n\n")
    _, clauses = _read(text)
    rows = [c for c in clauses if "Table 1" in c.path]
    header = "Program | Agency | FY 2025 Actual | FY 2026 Working | FY 2027 Allowance"
    assert rows and all(c.text != header for c in clauses)
    assert rows[0].text.startswith("AI Compute Collaborative (operating) | USM") and header in rows[0].headings
    assert not labels_only("Maryland AI Growth Fund | FY 2026 Working | 15.0")  # a row of content
