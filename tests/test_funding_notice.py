"""Tests for ingest.funding_notice: a US federal NOFO saved from PDF, its cover, footers, contents and outline."""

from __future__ import annotations

from ingest.parse import parse
from ingest.pdf_text import running_footer
from ingest.segment import segment

_FOOT = "DE-FOA-0009999                                                          Page {} of 3"

NOFO = f"""U.S. Department of Energy (DOE)
Office of Science (SC)
Fusion Energy Sciences (FES)

Open Data for Fusion: Shared Plasma Datasets

Notice of Funding Opportunity (NOFO) Number: DE-FOA-0009999
NOFO Type: Initial
Assistance Listing Number: 81.049

Issue Date: 02/05/2026
Pre-Application Due Date: 03/10/2026 at 5:00 PM Eastern Time
Application Due Date: 05/14/2026 at 11:59 PM Eastern Time


{_FOOT.format(1)}


TABLE OF CONTENTS
SECTION I – FUNDING OPPORTUNITY DESCRIPTION ........................................ 2
SECTION II – AWARD INFORMATION ............................................... 3


{_FOOT.format(2)}


SECTION I – FUNDING OPPORTUNITY DESCRIPTION

A. Background

The Office of Science hereby announces its interest in receiving applications for grants that
will curate and share plasma measurements from fusion experiments supported by the Department.

B. Research Areas

Area 1: Tokamak Data
Datasets from tokamak experiments, with their calibration records and the codes that read them.

Area 2: Stellarator Data
Datasets from stellarator experiments and the simulations that model them.

C. Data Release Requirement

Each application must describe how the team will release its datasets under an open license within
12 months of the end of the award.


{_FOOT.format(3)}


SECTION II – AWARD INFORMATION

A. Estimated Funding

Approximately $12 million is expected to be available for new awards under this NOFO.
"""


def _read(text: str):
    doc = parse(text, "nofo-pdf.txt")
    return doc, segment(doc)


def test_nofo_cover_is_metadata_the_title_is_its_own_and_the_issue_date_is_read_month_first():
    doc, clauses = _read(NOFO)
    assert doc.title == "Open Data for Fusion: Shared Plasma Datasets"
    assert doc.issuer == "U.S. Department of Energy (DOE)"
    assert doc.doc_number == "DE-FOA-0009999"
    assert doc.date_published == "2026-02-05"  # 02/05/2026 is 5 February on a US cover
    assert doc.kind == "notice"
    assert doc.meta["offices"] == "Office of Science (SC); Fusion Energy Sciences (FES)"
    assert "Application Due Date: 05/14/2026" in doc.meta["deadlines"]
    assert doc.meta["cover"] == "NOFO Type: Initial; Assistance Listing Number: 81.049"
    assert doc.meta["contents"].splitlines()[1] == "SECTION II – AWARD INFORMATION … 3"
    texts = " ".join(c.text for c in clauses)
    for cover in ("Number:", "NOFO Type", "Issue Date", "TABLE OF CONTENTS", "........"):
        assert cover not in texts


def test_nofo_running_footer_with_page_n_of_m_is_dropped():
    _, clauses = _read(NOFO)
    assert not any("Page 1 of 3" in c.text or "DE-FOA-0009999" in c.text for c in clauses)
    lines = ["Intro text.", "", _FOOT.format(1), "", "More text.", "", _FOOT.format(2), ""]
    kept, name = running_footer(lines)
    assert name == "DE-FOA-0009999" and kept[2] == kept[6] == ""


def test_nofo_lettered_sub_sections_head_their_paragraphs_and_close_the_area_before():
    _, clauses = _read(NOFO)
    by_text = {c.text[:20]: c.headings for c in clauses}
    assert by_text["The Office of Scienc"] == ["SECTION I – FUNDING OPPORTUNITY DESCRIPTION", "A. Background"]
    assert by_text["Datasets from stella"][-1] == "Area 2: Stellarator Data"
    # the data release requirement binds every applicant: it is under C., not under the last Area
    assert by_text["Each application must"[:20]] == ["SECTION I – FUNDING OPPORTUNITY DESCRIPTION",
                                                      "C. Data Release Requirement"]
    assert not any(c.text in {"A. Background", "B. Research Areas"} for c in clauses)


def test_a_text_with_a_department_line_but_no_nofo_number_is_left_alone():
    text = NOFO.replace("Notice of Funding Opportunity (NOFO) Number: DE-FOA-0009999\n", "")
    doc, _ = _read(text)
    assert doc.title == "U.S. Department of Energy (DOE)"
    assert doc.kind == "" and doc.doc_number == "" and "offices" not in doc.meta


def test_a_plain_page_n_of_m_line_names_no_footer():
    lines = ["Intro text.", "", "Page 1 of 3", "", "More text.", "", "Page 2 of 3", ""]
    assert running_footer(lines) == (lines, "")
