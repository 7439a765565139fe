"""A report saved from PDF as text: a running footer set over the page's number and the notes under a rule at a
page's foot are no clauses; a past figure before its approximation is no goal."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.targets import extract_targets

_FOOTER = "OECD DIGITAL ECONOMY OUTLOOK 2026: COMPUTE FOR AI © OECD 2026"
_REPORT = f"""Executive summary

Demand for computing capacity to train and deploy artificial intelligence has grown faster than any
other category of digital infrastructure since 2022, and the gap between economies keeps widening.

{_FOOTER}

                                                                         10 |
Governments have moved from strategies to investment. Of the 38 OECD Members, 27 now fund public
compute for research, against 11 in 2021.1

Policy recommendations

1. Measure compute. Adopt a common methodology for measuring national AI compute capacity.

2. Invest in people. Expand training in AI infrastructure skills.

______________________
1. The survey was conducted between March and July 2025. Responses from partner
economies are reported separately in Chapter 2.
2. Projections are based on the IEA's Stated Policies Scenario.

{_FOOTER}

                                                                         12 |
"""


def test_a_footer_over_the_page_number_and_the_notes_under_a_rule_are_no_clauses():
    # the footer was three clauses that ranked in unrelated searches, and the notes read as recommendations 1-2
    doc = parse(_REPORT, "report.txt")
    texts = [c.text for c in segment(doc)]
    assert not any(_FOOTER in t or t.strip().endswith("|") for t in texts)
    assert not any(t.startswith("1. The survey") for t in texts)
    assert doc.meta["footnotes"].startswith("1. The survey was conducted between March and July 2025. Responses")
    assert [t[:2] for t in texts if t[:1].isdigit()] == ["1.", "2."]


def test_a_past_figure_is_no_goal():
    text = "Data centres consumed about 1.6% of electricity in OECD countries in 2024."
    assert extract_targets(text, "") == []
    assert [(t.value, t.year) for t in extract_targets("By 2030 the programme will have trained about 5,000 "
                                                       "engineers.", "")] == [(5000, 2030)]


def test_an_organisations_report_is_read_from_its_footers_copyright():
    # issuer, date and kind were all "": the footer's "© OECD 2026" names the publisher; its year is no date
    doc = parse(_REPORT, "report.txt")
    assert doc.issuer == "Organisation for Economic Co-operation and Development (OECD)"
    assert doc.kind == "report"
    assert doc.meta["copyright"] == "© OECD 2026"
    assert doc.date == ""


def test_an_organisations_report_is_read_from_its_citation_line():
    text = ("Compute for AI\n\nPlease cite this publication as: IEA (2026), Energy and AI, IEA, Paris.\n\n"
            "Data centres consumed about 1.5% of the world's electricity in 2024, and their use keeps growing.\n")
    doc = parse(text, "iea.txt")
    assert (doc.issuer, doc.kind) == ("International Energy Agency (IEA)", "report")
    assert doc.meta["citation"] == "IEA (2026), Energy and AI, IEA, Paris."
    assert not any("Please cite" in c.text for c in segment(doc))


def test_a_copyright_of_no_known_organisation_names_no_issuer():
    doc = parse(_REPORT.replace("© OECD 2026", "© Acme Consulting 2026"), "report.txt")
    assert (doc.issuer, doc.kind) == ("", "")
