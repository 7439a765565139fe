"""A World Bank Project Appraisal Document saved from PDF as text: cover and datasheet as metadata, section
headings, numbered paragraphs under them and the results framework's space-aligned tables as rows."""

from ingest.parse import parse
from ingest.segment import segment
from ingest.wb_pad import pad_text

_HEADER = "Indicator Name | Baseline (2024) | 2026 | 2027 | End Target (2029)"
_PAD = """Document of
The World Bank
FOR OFFICIAL USE ONLY

Report No: PAD1234

INTERNATIONAL DEVELOPMENT ASSOCIATION

PROJECT APPRAISAL DOCUMENT

ON A

PROPOSED CREDIT

IN THE AMOUNT OF SDR 37.3 MILLION
(US$50 MILLION EQUIVALENT)

TO THE

REPUBLIC OF RWANDA

FOR THE

RWANDA DATA AND SKILLS PROJECT

March 3, 2025

This document has a restricted distribution and may be used by recipients only in the performance of their
official duties.

FISCAL YEAR
July 1 - June 30

Regional Vice President: Victoria Kwakwa
Task Team Leader: Jane Doe

ABBREVIATIONS AND ACRONYMS

GPU        Graphics Processing Unit
TVET       Technical and Vocational Education and Training

BASIC INFORMATION

Country(ies)           Project Name
Rwanda                 Rwanda Data and Skills Project
Project ID             Financing Instrument
P509999                Investment Project Financing

Approval Date          Closing Date
30-Apr-2025            31-Dec-2029

Bank/IFC Collaboration
No

SUMMARY
Total Project Cost                                                                  55.00
Total Financing                                                                     55.00
of which IDA                                                                        50.00

                                              - 1 -

I. STRATEGIC CONTEXT

A. Country Context

1. Rwanda has a young population, and each year about 200,000 young people enter the labor
market, of whom few find a formal wage job in the digital economy.

B. Sectoral Context

2. The Government's national strategy identifies data as a pillar of growth.

II. PROJECT DESCRIPTION

3. The Project will train 30,000 young people in data skills by project closing, of whom at
least 40 percent will be women.

                                              - 2 -

VII. RESULTS FRAMEWORK AND MONITORING

Results Framework
COUNTRY: Rwanda
Rwanda Data and Skills Project

PDO Indicators by Objectives / Outcomes

Indicator Name                                   Baseline   2026      2027      End Target
                                                  (2024)                        (2029)
People completing data skills programs (number)  0          5,000     15,000    30,000
  of which women (percentage)                    25         30        35        40
Component 1: Data Infrastructure
Datasets published on the national data portal   10         40        80        120

Monitoring & Evaluation Plan: PDO Indicators

Indicator Name                          Definition                           Frequency   Responsibility
People completing programs              Trainees certified under Component   Semi-       PIU
                                        2, cumulative                        annual
Datasets published                      Unique datasets with a licence       Annual      NISR
                                        and metadata in the year

ANNEX 1: IMPLEMENTATION ARRANGEMENTS AND SUPPORT PLAN

1. The World Bank will provide implementation support through two missions a year.

2. Disbursement. The Project will disburse against eligible expenditures under Component 1.

                                              - 3 -
"""


def _doc():
    doc = parse(_PAD, "pad.txt")
    return doc, segment(doc)


def test_cover_and_datasheet_are_metadata_not_clauses():
    doc, clauses = _doc()
    assert doc.title == "Rwanda Data and Skills Project"
    assert (doc.issuer, doc.doc_number, doc.date_published, doc.kind) == ("World Bank", "PAD1234", "2025-03-03",
                                                                        "report")
    assert doc.meta["closing_date"] == "2029-12-31"
    assert doc.meta["project_id"] == "P509999"
    assert "GPU = Graphics Processing Unit" in doc.meta["abbreviations"].splitlines()
    assert "Task Team Leader: Jane Doe" in doc.meta["management"]
    assert "FOR OFFICIAL USE ONLY" in doc.meta["cover"]
    text = "\n".join(c.text for c in clauses)
    for debris in ("FOR OFFICIAL USE ONLY", "Graphics Processing Unit", "Total Financing", "Bank/IFC",
                   "Task Team Leader", "COUNTRY: Rwanda", "July 1 - June 30"):
        assert debris not in text


def test_sections_head_their_numbered_paragraphs_and_annexes_number_apart():
    _, clauses = _doc()
    paths = {c.text.split(" ", 1)[0] + c.path: c for c in clauses}
    assert not any("PROJECT DESCRIPTION" in c.text or "RESULTS FRAMEWORK" in c.text for c in clauses)
    body = next(c for c in clauses if c.text.startswith("3. The Project will train"))
    assert body.path == "II. PROJECT DESCRIPTION > 3"
    first = next(c for c in clauses if c.text.startswith("1. Rwanda"))
    assert first.path == "I. STRATEGIC CONTEXT > A. Country Context > 1"
    annex = [c.path for c in clauses if c.text.startswith(("1. The World Bank", "2. Disbursement"))]
    assert annex == ["ANNEX 1 > 1", "ANNEX 1 > 2"]
    assert len(paths) == len(clauses)


def test_results_tables_are_rows_under_their_caption_and_header():
    _, clauses = _doc()
    rows = [c for c in clauses if " | " in c.text]
    women = next(c for c in rows if c.text.startswith("of which women"))
    assert women.text == "of which women (percentage) | 25 | 30 | 35 | 40"
    assert women.headings[-2:] == ["PDO Indicators by Objectives / Outcomes", _HEADER]
    assert "PDO Indicators by Objectives / Outcomes" in women.path
    plan = [c.text for c in rows if "Definition" in " ".join(c.headings)]
    assert plan == ["People completing programs | Trainees certified under Component 2, cumulative | Semi-annual | PIU",
                    "Datasets published | Unique datasets with a licence and metadata in the year | Annual | NISR"]
    annex = next(c for c in clauses if c.text.startswith("1. The World Bank"))
    assert annex.headings == ["ANNEX 1: IMPLEMENTATION ARRANGEMENTS AND SUPPORT PLAN"]
    assert not any(c.text in ("(2024) | (2029)", "2, cumulative", "annual") for c in clauses)


def test_other_reports_left_alone():
    text = _PAD.replace("PROJECT APPRAISAL DOCUMENT", "ANNUAL REPORT")
    assert pad_text(text) == (text, None)
    plain = "Report on AI\n\nI. STRATEGIC CONTEXT\n\n1. Some text here.\n"
    assert pad_text(plain) == (plain, None)
