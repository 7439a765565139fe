"""A committee report's cover (house and committee over the title, "Final report", its month, copyright, ISBN)
and a Canada.ca page's "Date modified" and closing Crown copyright are metadata, not clauses."""

from __future__ import annotations

from ingest.parse import parse

_REPORT = ("<html><head><title>Chapter 1 - Parliament of Australia</title></head><body><main>"
           "<p>The Senate</p><p>Select Committee on Sovereign AI Capability</p>"
           "<h1>Sovereign compute for an AI-ready Australia</h1><p>Final report</p><p>November 2025</p>"
           "<p>© Commonwealth of Australia 2025</p><p>ISBN 978-1-76093-812-4 (Printed version)</p>"
           "<h2>Chapter 1 – Introduction</h2><p>1.1 The committee received 84 submissions.</p>"
           "<p>1.2 The committee thanks all those who gave evidence.</p></main></body></html>")


def test_a_committee_reports_cover_is_its_metadata():
    doc = parse(_REPORT, "report.html")
    assert doc.issuer == "Senate Select Committee on Sovereign AI Capability"
    assert doc.kind == "report"
    assert doc.meta["cover_date"] == "November 2025" and doc.date == ""  # a month alone gives no date
    assert doc.meta["isbn"].startswith("ISBN 978-1-76093-812-4")
    assert doc.meta["copyright"] == "© Commonwealth of Australia 2025"
    texts = [b.text for b in doc.blocks]
    assert not any(t in texts for t in ("The Senate", "Final report", "November 2025"))


def test_a_page_with_no_house_over_a_committee_keeps_its_lines():
    page = _REPORT.replace("<p>The Senate</p>", "")
    doc = parse(page, "report.html")
    assert doc.kind != "report" and "Final report" in [b.text for b in doc.blocks]


_DIRECTIVE = ("<html><head><title>Directive on Compute - Canada.ca</title></head><body><main>"
              "<h1>Directive on Compute</h1><p>Date modified: 2026-02-05</p>"
              "<h2>1. Effective date</h2><p>1.1 This directive takes effect on April 1, 2026.</p>"
              "<p>1.2 Departments have until March 31, 2027, to comply.</p>"
              "<p>© His Majesty the King in right of Canada, represented by the President of the Treasury Board, "
              "2026</p></main></body></html>")


def test_a_canada_pages_date_modified_and_crown_copyright():
    doc = parse(_DIRECTIVE, "directive.html")
    assert doc.date_published == "2026-02-05" and doc.meta["date_updated"] == "2026-02-05"
    assert doc.issuer == "Treasury Board"
    assert doc.meta["copyright"].startswith("© His Majesty the King in right of Canada")
    assert not any("©" in b.text or "Date modified" in b.text for b in doc.blocks)


def test_a_ministers_crown_copyright_names_no_issuer():
    page = _DIRECTIVE.replace("the President of the Treasury Board", "the Minister of Health")
    doc = parse(page, "directive.html")
    assert doc.issuer == "" and "copyright" in doc.meta


def test_a_committee_report_is_marked_on_its_clause_page():
    # a committee's recommendations read as a government's own on the page; the badge says whose they are
    from api.clause_page import _badge

    assert "report" in _badge("report") and "news" in _badge("news") and _badge("regulation") == ""


_MEMBERS = ("<h2>Membership of the committee</h2><p>Senator Tony Sheldon, Chair, New South Wales, ALP</p>"
            "<p>Senator Jane Hume, Deputy Chair, Victoria, LP</p>")
_SIGNED = ("<p>1.3 The committee recommends that the Government train 20,000 AI technicians by 2030.</p>"
           "<p>Senator Tony Sheldon<br>Chair</p><h2>Dissenting report</h2><p>1.1 Coalition senators disagree.</p>")


def test_a_committee_reports_members_and_signatures_are_its_metadata():
    # the membership lines were clauses, and "Senator Tony Sheldon / Chair" was glued to the paragraph above it
    page = _REPORT.replace("<h2>Chapter 1", _MEMBERS + "<h2>Chapter 1").replace(
        "<p>1.2 The committee thanks all those who gave evidence.</p>", _SIGNED)
    doc = parse(page, "report.html")
    assert doc.meta["members"] == ("Senator Tony Sheldon, Chair, New South Wales, ALP; "
                                   "Senator Jane Hume, Deputy Chair, Victoria, LP")
    assert doc.meta["signed"] == "Senator Tony Sheldon, Chair"
    texts = [b.text for b in doc.blocks]
    assert not any("Sheldon" in t or "Membership" in t for t in texts)
    assert "1.3 The committee recommends that the Government train 20,000 AI technicians by 2030." in texts


def test_a_name_over_an_office_outside_a_committee_report_stays():
    page = (_REPORT.replace("<p>The Senate</p>", "")
            .replace("<p>1.2 The committee thanks all those who gave evidence.</p>", _SIGNED))
    doc = parse(page, "report.html")
    assert "members" not in doc.meta and "Senator Tony Sheldon" in [b.text for b in doc.blocks]


def test_a_reports_month_places_its_statistics_in_the_past(tmp_path):
    # with no date, "consumed about 5 per cent … in 2024" in a report of November 2025 was listed as a 2024 goal
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    page = _REPORT.replace("<p>1.2 The committee thanks all those who gave evidence.</p>",
                           "<p>1.2 Data centres consumed about 5 per cent of electricity in 2024.</p>"
                           "<p>1.3 The committee recommends a goal of training 20,000 AI technicians by 2030.</p>")
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    ingest([str(tmp_path / "report.html")], tmp_path / "data")
    goals = [(t.value, t.year) for c in KnowledgeBase(tmp_path / "data").clauses() for t in c.targets]
    assert goals == [(20000, 2030)]


def test_a_reference_date_is_the_date_else_a_month_named():
    from ingest.metadata import reference_date

    assert reference_date("2024-03-05", {"cover_date": "November 2025"}) == "2024-03-05"
    assert reference_date("", {"signed": "創新科技及工業局 / 2025年10月"}) == "2025-10-01"
    assert reference_date("", {"signed": "2025年10月20日"}) == "" and reference_date("", {}) == ""


def test_a_canadian_directive_takes_effect_on_the_day_its_first_provision_names():
    doc = parse(_DIRECTIVE, "directive.html")
    assert doc.meta["实施日期"] == "2026-04-01"
    page = _DIRECTIVE.replace("This directive takes effect", "Section 4 takes effect")
    assert "实施日期" not in parse(page, "directive.html").meta  # a part's start is not the document's


def test_an_office_over_a_month_closing_an_english_paper_signs_it():
    # "Department for Science, Innovation and Technology" over "April 2026" was a clause of its own, which ranked
    # first for unrelated queries with a year in them
    text = ("Government Response to the Committee Report: Public Compute for Research\n\n"
            "The Government should report annually to Parliament on compute use.\n\n"
            "Government response: Agreed. DSIT will publish an annual utilisation report.\n\n"
            "Department for Science, Innovation and Technology\nApril 2026\n")
    doc = parse(text, "response.txt")
    assert doc.meta["signed"] == "Department for Science, Innovation and Technology, April 2026"
    assert doc.issuer == "Department for Science, Innovation and Technology" and doc.date == ""
    assert not any("April 2026" in b.text for b in doc.blocks)
    kept = parse(text.replace("Department for Science, Innovation and Technology\n", "The report was late in\n"),
                 "response.txt")
    assert "signed" not in kept.meta  # a sentence over a month is no signature
