"""Tests for ingest.review_report: a Korean National Assembly committee's review report on a bill, in English, saved
from PDF as text: its cover and overview as metadata, its paragraphs joined, its parts and items headings, its
comparison table as rows."""

from __future__ import annotations

from ingest.parse import parse
from ingest.review_report import review_report
from ingest.segment import segment

REPORT = """                                                          Bill No. 2201234

                          REVIEW REPORT

       Partial Amendment Bill to the Framework Act on
          Public Data Centres
              (Proposed by Rep. Han Mi-ra and 10 others)

                              March 2025

     Land, Infrastructure and Transport Committee

                 Senior Expert Member  Choi Dong-min

  [This is an unofficial English translation prepared by the National Assembly
  Research Service for reference only. In case of any discrepancy, the Korean
  original prevails.]

I. Overview of the Bill

  1. Bill number: 2201234
  2. Proposer: Rep. Han Mi-ra and 10 others
  3. Date proposed: January 6, 2025
  4. Date presented to the Committee: March 18, 2025 (the 422nd Session of the
     National Assembly)

II. Purpose of the Proposal

  Public data centres are ageing and their power use is rising, yet no statute
sets an efficiency standard for them. The Bill seeks to set one.

III. Main Contents of the Bill

  A. The Minister shall establish a plan for public data centres every five
years (new Article 4-2).

  B. Each public data centre shall achieve a PUE of 1.4 or lower by 2029 (new
Article 9-2).

                                   - 1 -
Review Report on Bill No. 2201234                                   March 2025

IV. Review Opinions

  1. Plan for public data centres (new Article 4-2)

  The amendment requires a five-year plan. This appears reasonable, although the
Committee may consider merging it with the existing plan.

  2. Cost estimate

  The National Assembly Budget Office estimates a cost of KRW 120 billion over five
years.

V. Comparison of Current Law and Amendment

  Current Law                          | Amendment Bill
  -------------------------------------|---------------------------------------------
  <Newly inserted>                     | Article 4-2 (Plan) The Minister shall
                                       | establish a plan every five years.
  Article 9 (Standards) The Minister   | Article 9 (Standards) (same as current
  may set standards.                   | law)

VI. Conclusion

  The Bill is meaningful. The Committee may wish to consider the options above.

  Contact: Senior Expert Member Choi Dong-min (02-6788-2000), Expert Member Yoon
  Ha-na (02-6788-2001), Land, Infrastructure and Transport Committee

                                   - 2 -
"""


def _read(text: str = REPORT):
    doc = parse(text, "review-report.txt")
    return doc, segment(doc)


def test_cover_and_overview_are_metadata() -> None:
    doc, clauses = _read()
    assert doc.title == "Review Report on the Partial Amendment Bill to the Framework Act on Public Data Centres"
    assert doc.doc_number == "Bill No. 2201234"
    assert doc.issuer == "Land, Infrastructure and Transport Committee, National Assembly of the Republic of Korea"
    assert doc.date_published == "2025-03-18"
    assert doc.kind == "report"
    assert doc.meta["proposed_by"] == "Proposed by Rep. Han Mi-ra and 10 others"
    assert doc.meta["expert_adviser"] == "Senior Expert Member Choi Dong-min"
    assert doc.meta["date_proposed"] == "January 6, 2025"
    assert doc.meta["note"].startswith("This is an unofficial English translation")
    assert doc.meta["contact"].endswith("Yoon Ha-na (02-6788-2001), Land, Infrastructure and Transport Committee")
    texts = [c.text for c in clauses]
    assert not any("REVIEW REPORT" in t or "Proposed by" in t or "unofficial" in t or "Contact" in t for t in texts)
    assert not any(t.startswith(("Public Data Centres", "Research Service", "2. Proposer")) for t in texts)


def test_wrapped_paragraphs_are_one_clause_each_under_their_parts() -> None:
    _, clauses = _read()
    by_text = {c.text[:30]: c for c in clauses}
    purpose = by_text["Public data centres are ageing"]
    assert purpose.text.endswith("The Bill seeks to set one.")
    assert purpose.path.startswith("II. Purpose of the Proposal")
    b = by_text["B. Each public data centre sha"]
    assert b.text.endswith("(new Article 9-2).") and b.path.startswith("III. Main Contents")
    opinion = by_text["The amendment requires a five-"]
    assert opinion.path.startswith("IV. Review Opinions > 1")
    conclusion = by_text["The Bill is meaningful. The Co"]
    assert conclusion.path.startswith("VI. Conclusion") and "Cost estimate" not in conclusion.path


def test_comparison_table_is_rows() -> None:
    doc, clauses = _read()
    rows = [c.text for c in clauses if c.path.startswith("V. Comparison")]
    assert rows == [
        "<Newly inserted> | Article 4-2 (Plan) The Minister shall establish a plan every five years.",
        "Article 9 (Standards) The Minister may set standards. | Article 9 (Standards) (same as current law)",
    ]
    assert doc.meta["table_columns"] == "Current Law | Amendment Bill"


def test_a_table_whose_entries_cannot_be_told_apart_is_a_row_a_line() -> None:
    table = "\n".join(["  Provision | Content", "  ---------|---------",
                        "           | Article 3 (Scope) applies to",
                        "           | public data centres."])
    old = REPORT[REPORT.index("  Current Law"):REPORT.index("VI. Conclusion")]
    _, clauses = _read(REPORT.replace(old, table + "\n\n"))
    rows = [c.text for c in clauses if c.path.startswith("V. Comparison")]
    assert rows == ["| Article 3 (Scope) applies to", "| public data centres."]


def test_other_texts_are_no_review_report() -> None:
    budget = "STATE OF MARYLAND\nTHE FISCAL 2027 BUDGET\n\nI. Growing the Economy\n\nThe budget invests in it.\n"
    assert review_report(budget) == (budget, None)
    no_cover = REPORT.replace("REVIEW REPORT", "ANNUAL REPORT")
    assert review_report(no_cover) == (no_cover, None)
    doc, _ = _read(no_cover)
    assert doc.doc_number != "Bill No. 2201234" and doc.kind != "report"
