"""An audit office's report saved from PDF as text (GAO's layout): cover, running footers, letter, recommendations
labelled after their text, contact sentence and signature."""

import textwrap

from ingest.audit_report import audit_cover
from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Document

_FOOT = "                                              Page {}  GAO-26-107512 Federal AI Compute"


def _wrap(text: str) -> str:
    """A paragraph as a PDF's text gives it, its lines cut at one width."""
    return textwrap.fill(text, 74)


_GAO = f"""United States Government Accountability Office

Report to Congressional Requesters

March 2026

ARTIFICIAL
INTELLIGENCE

Agencies Need Better
Plans to Acquire and
Share Computing
Resources

GAO-26-107512


What GAO Found
{_wrap("The agencies reported obligating about $1.9 billion for AI computing resources in fiscal year 2025. "
       "Of the six agencies GAO reviewed, only two had documented plans that estimated future compute needs.")}

{_FOOT.format("i")}

Letter

March 12, 2026

Congressional Requesters

{_wrap("Artificial intelligence depends on access to specialized computing hardware, such as graphics "
       "processing units (GPUs). In January 2025, the pilot reported that demand from researchers exceeded "
       "available capacity by a factor of four.")}

Agencies Obligated $1.9 Billion for AI Compute in Fiscal Year 2025

{_wrap("Agency officials told us that AI compute costs are difficult to track because they are often "
       "embedded in broader IT contracts. Industry analysts estimate that federal demand could triple.")}
{_FOOT.format(1)}
Table 1: Obligations for AI Computing Resources, Fiscal Years 2023-2025
Agency            FY2023 ($M)    FY2024 ($M)    FY2025 ($M)
DOE               420            610            780
NSF               150            240            330

{_FOOT.format(2)}

Recommendations for Executive Action

We are making a total of two recommendations, one each to OSTP and DOE:

{_wrap("The Director of the Office of Science and Technology Policy should, in coordination with the Office "
       "of Management and Budget, develop a government-wide inventory of federal AI computing resources by "
       "September 30, 2026. (Recommendation 1)")}

{_wrap("The Secretary of Energy should ensure that DOE's plan to deploy additional AI computing capacity "
       "includes milestones for making at least 20 percent of that capacity available to non-DOE researchers. "
       "(Recommendation 2)")}

Agency Comments and Our Evaluation

{_wrap("OSTP did not concur with Recommendation 1, stating that an inventory would duplicate existing OMB "
       "data calls. We continue to believe the recommendation is valid.")}

{_wrap("If you or your staff have any questions about this report, please contact me at (202) 512-6888 or "
       "walshk@gao.gov. GAO staff who made key contributions to this report are listed in appendix II.")}

Kevin Walsh
Director, Information Technology and Cybersecurity

{_FOOT.format(3)}
"""


def test_audit_report_cover_reads_into_metadata():
    doc = parse(_GAO, "gao.txt")
    assert doc.title == "Artificial Intelligence: Agencies Need Better Plans to Acquire and Share Computing Resources"
    assert (doc.issuer, doc.doc_number, doc.kind) == (
        "United States Government Accountability Office", "GAO-26-107512", "report")
    assert (doc.date, doc.meta["cover_date"]) == ("2026-03-12", "March 2026")  # the letter's day
    assert doc.meta["document_type"] == "Report to Congressional Requesters"
    assert doc.meta["addressee"] == "Congressional Requesters"
    assert doc.meta["contact"] == "(202) 512-6888 or walshk@gao.gov"
    assert doc.meta["signed"] == "Kevin Walsh, Director, Information Technology and Cybersecurity"


def test_audit_report_footers_cover_and_letter_lines_are_no_clauses():
    clauses = segment(parse(_GAO, "gao.txt"))
    text = "\n".join(c.text for c in clauses)
    for debris in ("Page ", "Federal AI Compute", "ARTIFICIAL", "Share Computing", "March 12, 2026",
                   "Congressional Requesters", "walshk@gao.gov", "Kevin Walsh", "FY2023"):
        assert debris not in text
    assert "GAO staff who made key contributions" in text  # the rest of the contact's paragraph stays
    assert not any("Page" in h for c in clauses for h in c.headings)
    assert "Agencies Obligated $1.9 Billion for AI … > ¶1" in [c.path for c in clauses]  # a title-case heading
    assert [c.text for c in clauses if "Table 1" in c.path] == ["DOE | 420 | 610 | 780", "NSF | 150 | 240 | 330"]


def test_recommendation_labelled_after_its_text_is_cited_by_its_label():
    clauses = segment(parse(_GAO, "gao.txt"))
    recs = [c for c in clauses if c.path.split(" > ")[-1].startswith("Recommendation ")]
    assert [c.path for c in recs] == ["Recommendations for Executive Action > Recommendation 1",
                                      "Recommendations for Executive Action > Recommendation 2"]
    assert recs[1].clause_id.endswith("-rec2")
    assert recs[1].text.startswith("Recommendation 2: The Secretary of Energy should")
    assert "(Recommendation" not in recs[1].text
    named = next(c for c in clauses if c.text.startswith("OSTP did not concur"))  # prose that names one
    assert named.path == "Agency Comments and Our Evaluation > ¶1"


def test_labels_after_text_out_of_turn_or_recommending_nothing_stay_text():
    gapped = _GAO.replace("(Recommendation 1)", "(Recommendation 3)")
    assert not any(c.path.split(" > ")[-1].startswith("Recommendation ") for c in segment(parse(gapped, "gao.txt")))
    cited = _GAO.replace("should", "chose to")  # a report of what was done, labelled so
    assert not any(c.path.endswith("Recommendation 1") for c in segment(parse(cited, "gao.txt")))


def test_audit_cover_needs_the_footers_number_closing_an_offices_cover():
    lines = ["Report to Congressional Requesters", "March 2026", "ARTIFICIAL INTELLIGENCE", "Agencies Need Better",
             "GAO-26-107512", "What GAO Found"]

    def doc(title):
        return Document("", title, "en", [Block(t) for t in lines])

    assert audit_cover(doc("United States Government Accountability Office"), "GAO-26-107512 Federal AI Compute")
    assert not audit_cover(doc("United States Government Accountability Office"), "Annual Report 2025")
    untouched = doc("Notes on the Budget")  # no office over it
    assert not audit_cover(untouched, "GAO-26-107512 Federal AI Compute")
    assert untouched.title == "Notes on the Budget" and len(untouched.blocks) == len(lines)


def test_cover_topic_keeps_the_acronyms_its_body_writes_in_capitals():
    text = _GAO.replace("ARTIFICIAL\nINTELLIGENCE", "FEDERAL IT\nAND AI SPENDING")
    assert parse(text, "gao.txt").title.startswith("Federal IT and AI Spending: Agencies Need Better")
