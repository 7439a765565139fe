"""Tests for ingest.fiscal_note: a US state legislative fiscal note saved from PDF as text, its masthead and cover
box, check boxes, cover summary, cost tables, sections and contacts."""

from __future__ import annotations

from ingest.columns import labels_only
from ingest.fiscal_note import fiscal_note
from ingest.parse import parse
from ingest.segment import segment

_PAGE = " " * 80 + "Page {}\nApril 2, 2025" + " " * 60 + "HB 25-1207\n"

NOTE = f"""                                                                                     HB 25-1207
Legislative Council Staff
Nonpartisan Services for Colorado's Legislature

Revised Fiscal Note
Drafting Number:   LLS 25-0219                               Date:            April 2, 2025
Prime Sponsors:    Rep. Lindsay; Soper                       Bill Status:     House Finance
                   Sen. Kolker                               Fiscal Analyst:  Jane Roe | 303-866-0000
                                                                              jane.roe@coleg.gov

Bill Topic:        RURAL BROADBAND MAPPING PROGRAM

Summary of         ☒ State Revenue                  ☐ TABOR Refund
Fiscal Impact:     ☒ State Expenditure              ☐ Local Government
                   ☐ State Transfer                 ☐ Statutory Public Entity

                   The bill creates a rural broadband mapping program in the Office of Information
                   Technology to map service gaps and to award mapping grants to counties. It increases
                   state expenditures on an ongoing basis.

Appropriation      For FY 2025-26, the bill requires an appropriation of $1.2 million to the Office of
Summary:           Information Technology. See State Appropriations section.

Fiscal Note        The fiscal note reflects the introduced bill.
Status:

                                             Table 1
                                 State Fiscal Impacts Under HB 25-1207

                                                          Budget Year        Out Year
                                                          FY 2025-26         FY 2026-27
Revenue                 Cash Funds                           $20,000            $40,000
                        Total Revenue                        $20,000            $40,000
Expenditures            General Fund                      $1,180,000         $1,310,000
                        Total Expenditures                $1,200,000         $1,350,000
Transfers                                                         -                  -


Summary of Legislation

The bill creates the Rural Broadband Mapping Program in the Office of Information Technology
(OIT). OIT must publish a map of broadband service gaps in every county and update it each
year, and may award mapping grants to counties of up to $50,000 each.

{_PAGE.format(2)}
State Expenditures

The bill increases state expenditures in OIT by $1.2 million in FY 2025-26 and $1.35 million in
FY 2026-27, paid from the General Fund and the mapping cash fund.

                                             Table 2
                                  Expenditures Under HB 25-1207

Cost Component                                                FY 2025-26         FY 2026-27
Office of Information Technology
  Personal Services                                             $180,000           $190,000
  Mapping Grants                                              $1,000,000         $1,120,000
  OIT Subtotal                                                $1,180,000         $1,310,000
Department of Local Affairs
  Personal Services                                              $20,000            $40,000
Total Cost                                                    $1,200,000         $1,350,000
¹ Centrally appropriated costs are not included in the bill's appropriation.

Office of Information Technology. OIT requires 2.0 FTE to build and maintain the map and to
administer the grants. Standard operating costs are included.

Effective Date

The bill takes effect August 6, 2025, assuming no referendum petition is filed.

State and Local Government Contacts

Information Technology            Local Affairs                      Counties

{_PAGE.format(3)}"""


def _read(text: str = NOTE):
    doc = parse(text, "fiscal-note.txt")
    return doc, segment(doc)


def test_cover_box_is_metadata() -> None:
    doc, clauses = _read()
    assert doc.title == "Fiscal Note: HB 25-1207 Rural Broadband Mapping Program"
    assert (doc.issuer, doc.doc_number, doc.date_published, doc.kind) == (
        "Colorado Legislative Council Staff", "HB 25-1207", "2025-04-02", "report")
    meta = doc.meta
    assert meta["version"] == "Revised Fiscal Note"
    assert meta["fiscal_analyst"] == "Jane Roe | 303-866-0000; jane.roe@coleg.gov"
    assert meta["prime_sponsors"] == "Rep. Lindsay; Soper; Sen. Kolker"
    assert meta["bill_status"] == "House Finance"
    assert meta["drafting_number"] == "LLS 25-0219"
    assert meta["fiscal_impact"] == "State Revenue; State Expenditure"  # the boxes checked only
    assert meta["fiscal_note_status"] == "The fiscal note reflects the introduced bill."
    assert meta["contacts"] == "Information Technology; Local Affairs; Counties"
    texts = " ".join(c.text for c in clauses)
    for line in ("Drafting Number", "Fiscal Analyst", "☒", "☐", "Legislative Council Staff", "Local Affairs; Counties"):
        assert line not in texts


def test_cover_summary_is_one_clause_under_its_label() -> None:
    _, clauses = _read()
    summary = [c for c in clauses if c.heading == "Summary of Fiscal Impact"]
    assert [c.text for c in summary] == [
        "The bill creates a rural broadband mapping program in the Office of Information Technology to map service "
        "gaps and to award mapping grants to counties. It increases state expenditures on an ongoing basis."]
    appropriation = [c for c in clauses if c.heading == "Appropriation Summary"]
    assert len(appropriation) == 1 and appropriation[0].text.startswith("For FY 2025-26, the bill requires")


def test_tables_are_rows_under_their_caption_and_header() -> None:
    _, clauses = _read()
    table1 = [c for c in clauses if c.heading == "Table 1 State Fiscal Impacts Under HB 25-1207"]
    assert [c.text for c in table1] == [
        "Revenue | Cash Funds | $20,000 | $40,000",
        "Revenue | Total Revenue | $20,000 | $40,000",
        "Expenditures | General Fund | $1,180,000 | $1,310,000",
        "Expenditures | Total Expenditures | $1,200,000 | $1,350,000",
        "Transfers | - | -",
    ]
    assert all("Budget Year FY 2025-26 | Out Year FY 2026-27" in c.headings for c in table1)
    assert table1[0].path.startswith("Table 1 > row")
    table2 = [c for c in clauses if c.heading == "Table 2 Expenditures Under HB 25-1207"]
    assert [c.text for c in table2] == [
        "Office of Information Technology | Personal Services | $180,000 | $190,000",
        "Office of Information Technology | Mapping Grants | $1,000,000 | $1,120,000",
        "Office of Information Technology | OIT Subtotal | $1,180,000 | $1,310,000",
        "Department of Local Affairs | Personal Services | $20,000 | $40,000",
        "Total Cost | $1,200,000 | $1,350,000",
    ]
    assert all("Cost Component | FY 2025-26 | FY 2026-27" in c.headings for c in table2)


def test_a_group_row_swallows_no_section_after_the_table() -> None:
    _, clauses = _read()
    narrative = next(c for c in clauses if c.text.startswith("Office of Information Technology. OIT requires"))
    assert narrative.heading == "State Expenditures"
    assert next(c for c in clauses if c.text.startswith("The bill takes effect")).heading == "Effective Date"
    assert not any(c.heading == "Department of Local Affairs" for c in clauses)


def test_sections_head_their_paragraphs() -> None:
    doc, clauses = _read()
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Summary of Fiscal Impact", "Appropriation Summary", "Table 1 State Fiscal Impacts Under "
                        "HB 25-1207", "Summary of Legislation", "State Expenditures", "Effective Date"]
    assert next(c for c in clauses if c.text.startswith("The bill creates the Rural")).heading == \
        "Summary of Legislation"
    assert next(c for c in clauses if c.text.startswith("The bill increases state")).heading == "State Expenditures"
    assert not any(c.text.strip() in ("State Expenditures", "Effective Date", "Table 1") for c in clauses)


def test_a_fiscal_note_header_of_staged_years_is_a_header() -> None:
    assert labels_only("Budget Year FY 2026-27 | Out Year FY 2027-28")
    assert not labels_only("FY 2026-27 | FY 2027-28")  # two bare years stay as they were read


def test_other_texts_are_no_fiscal_note() -> None:
    # a bill's text, a report that names a fiscal note, a note with no cover box: untouched
    bill = "SB 26-118\nA BILL FOR AN ACT\nCONCERNING AI COMPUTE.\n\nBe it enacted by the General Assembly:\n"
    assert fiscal_note(bill) == (bill, None)
    report = "Fiscal Note\n\nThe committee reviewed the fiscal note on the bill.\n\nDate: March 9, 2026\n"
    assert fiscal_note(report) == (report, None)
    doc, _ = _read(report)
    assert doc.kind != "report" and not doc.doc_number
