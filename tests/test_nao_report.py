"""A UK audit office's report saved from PDF as text (the National Audit Office's layout): cover, running footers
and colophon."""

from ingest.parse import parse
from ingest.segment import segment

_NAO = """REPORT
by the Comptroller
and Auditor General

Department for Science, Innovation & Technology

Investigation into the AI
Research Resource

HC 742 SESSION 2025–26   4 MARCH 2026

Summary

Introduction

1 The AI Research Resource (AIRR) is a programme run by the Department for Science,
Innovation & Technology (DSIT) to provide UK researchers and businesses with access to
large-scale compute for artificial intelligence. UK Research and Innovation (UKRI) delivers
the programme on DSIT's behalf.

2 In the Compute Roadmap published in July 2025, the government set out its ambition to
expand AIRR capacity by at least twentyfold by 2030, and to make 100,000 GPU-equivalents
available to researchers by 2030.

                                Investigation into the AI Research Resource  Summary  5


Part One

The AI Research Resource

1.1 The government announced the AIRR in the Spring Budget 2023 with initial funding of
£300 million. In November 2023 it increased the funding to £500 million and set out how
the two systems would be procured, run and opened to researchers across the country.

      10  Part One  Investigation into the AI Research Resource

1.2 The Compute Roadmap (July 2025) committed the government to expand AIRR capacity by
at least twentyfold by 2030. DSIT leads on policy and UKRI leads on delivery, working with
the University of Bristol and the University of Cambridge, which host the two systems.

This report has been printed on Pro Digital Silk and contains material sourced from
responsibly managed and sustainable forests certified in accordance with the FSC.

Design and Production by NAO Communications Team
DP Ref: 013456-001
£10.00
ISBN: 978-1-78604-621-9
"""


def test_a_nao_cover_gives_the_title_office_paper_number_and_date():
    doc = parse(_NAO, "uk-nao-report-pdf.txt")
    assert doc.title == "Investigation into the AI Research Resource"
    assert (doc.issuer, doc.doc_number, doc.date_published, doc.kind) == (
        "National Audit Office", "HC 742", "2026-03-04", "report")
    assert doc.meta["session"] == "2025–26"
    assert doc.meta["department"] == "Department for Science, Innovation & Technology"
    texts = [b.text for b in doc.blocks]
    assert not any("Comptroller" in t or "HC 742" in t for t in texts)


def test_its_running_footers_and_colophon_are_no_clauses():
    doc = parse(_NAO, "uk-nao-report-pdf.txt")
    texts = [c.text for c in segment(doc)]
    assert not any("Investigation into the AI Research Resource" in t for t in texts)
    assert not any(t.startswith(("Design and Production", "DP Ref", "£10.00", "ISBN", "This report has been"))
                   for t in texts)
    assert (doc.meta["isbn"], doc.meta["price"]) == ("978-1-78604-621-9", "£10.00")
    assert "DP Ref: 013456-001" in doc.meta["colophon"]
    # the paragraph a footer fell inside is read whole
    assert any(t.startswith("1.2 The Compute Roadmap") and t.endswith("host the two systems.") for t in texts)


def test_a_report_without_the_comptrollers_cover_is_untouched():
    text = _NAO.replace("by the Comptroller\nand Auditor General\n", "by the Working Group\n")
    doc = parse(text, "report.txt")
    assert doc.issuer == "" and doc.doc_number == ""
    assert any(b.text == "DP Ref: 013456-001" for b in doc.blocks)


def test_each_key_fact_is_its_figure_with_what_it_counts():
    # a figure alone on its line was read as the end of the fact above it: "funding allocated … 5,448"
    facts = ("\n\nKey facts\n\n£2.0bn\nfunding allocated to the AIRR from 2023-24 to 2029-30\n\n5,448\n"
             "GPUs in service across Isambard-AI and Dawn at 31 December 2025\n\n20 times\n"
             "the government's ambition for the expansion of AIRR capacity by 2030\n\n"
             "62%      average utilisation of AIRR compute in October to December 2025\n\nSummary\n")
    text = _NAO.replace("\n\nSummary\n", facts, 1)
    clauses = [(c.path, " ".join(c.text.split())) for c in segment(parse(text, "nao.txt"))][:4]
    assert clauses == [
        ("Key facts > ¶1", "£2.0bn funding allocated to the AIRR from 2023-24 to 2029-30"),
        ("Key facts > ¶2", "5,448 GPUs in service across Isambard-AI and Dawn at 31 December 2025"),
        ("Key facts > ¶3", "20 times the government's ambition for the expansion of AIRR capacity by 2030"),
        ("Key facts > ¶4", "62% average utilisation of AIRR compute in October to December 2025")]
