"""A report saved from PDF as text: running footer, masthead, cover, headings, contents, footnotes, table."""

from ingest.parse import parse
from ingest.pdf_text import running_footer
from ingest.segment import segment
from ingest.text_table import space_rows

_WRAP = ("Training and studying large AI models requires computing resources that few\n"
         "universities can afford. A 2023 survey found that 71% of AI faculty reported\n"
         "insufficient access to graphics processing units (GPUs).1 Proponents argue\n"
         "that a shared national resource would broaden participation in AI research\n"
         "beyond a small number of companies.2\n")
_PLAIN = _WRAP.replace(".1", ".").replace(".2", ".")
_REPORT = f"""Research Service Example
Informing the debate since 1914


The National Research Resource
(NRR): Status and Issues

Updated January 14, 2026

Laurie A. Harris
Analyst in Science and Technology Policy

R48217


SUMMARY

{_PLAIN}

Contents

Introduction ........................................................... 1
Background ............................................................. 2


Introduction

{_WRAP}

                                                  Research Service Example   2


Background

{_PLAIN}
Table 1. Resources by Type

Resource type          Providers   Allocations
Advanced computing         12              310
Model access                6               95

Source: NSF dashboard.


                                                  Research Service Example   3


Footnotes

1 Computing Research Association, "Survey of AI Faculty Access to Compute,"
April 2023.
2 See, for example, Stanford HAI, October 2021.


Author Information

Laurie A. Harris
Analyst in Science and Technology Policy

                                                  Research Service Example   4
"""


def test_report_saved_from_pdf_reads_as_a_report():
    doc = parse(_REPORT, "r48217.txt")
    assert doc.title == "The National Research Resource (NRR): Status and Issues"
    assert (doc.issuer, doc.doc_number, doc.date) == ("Research Service Example", "R48217", "2026-01-14")
    assert doc.meta["author"] == "Laurie A. Harris, Analyst in Science and Technology Policy"
    assert doc.meta["contents"] == "Introduction 1; Background 2"
    assert doc.meta["footnotes"].splitlines()[1] == "2 See, for example, Stanford HAI, October 2021."
    clauses = segment(doc)
    assert [c.path for c in clauses if c.path.startswith("Introduction")] == ["Introduction > ¶1"]
    assert any(c.path.startswith("SUMMARY") for c in clauses)
    text = "\n".join(c.text for c in clauses)
    assert "(GPUs). Proponents" in text and "companies.2" not in text
    for debris in ("Research Service Example", "Informing the debate", "....", "Footnotes", "Stanford HAI",
                   "Author Information"):
        assert debris not in text
    assert "Advanced computing | 12 | 310" in text


def test_running_footer_needs_the_same_name_on_two_pages_alone_on_its_line():
    lines = ["Text.", "", "   Example Office   2", "", "More text.", "", "   Example Office   3", ""]
    assert running_footer(lines) == (["Text.", "", "", "", "More text.", "", "", ""], "Example Office")
    once = lines[:5]
    assert running_footer(once) == (once, "")
    inline = ["The budget for", "   Example Office   2", "rose.", "", "Example Office   3"]
    assert running_footer(inline)[1] == ""  # not alone between blank lines: text
    # a Government response's "Recommendation 1" … "Recommendation 6", each alone: its parts, not its pages
    parts = ["Intro.", "", "Recommendation 1", "", "Text one.", "", "Recommendation 2", "", "Text two.", ""]
    assert running_footer(parts) == (parts, "")


def test_space_aligned_columns_are_rows_and_prose_with_two_spaces_is_not():
    table = ["Resource type          Providers   Allocations",
             "Advanced computing         12              310",
             "Model access                6               95"]
    assert space_rows(table)[1] == "Advanced computing | 12 | 310"
    assert space_rows(table[:2]) == table[:2]  # two lines are too few to be sure
    prose = ["It rose.  Then the fund was spent over the next several years on",
             "chips.  The plan was to double the capacity of the national centres by",
             "2030.  Nobody disputed that figure or the timetable of its delivery."]
    assert space_rows(prose) == prose
    misaligned = ["Alpha  one", "Beta gamma delta epsilon  two", "Zeta eta theta iota kappa lambda mu  three"]
    assert space_rows(misaligned) == misaligned


def test_running_footer_with_the_word_page_and_roman_numbers_goes_wherever_it_falls():
    name = "GAO-26-107512 Federal AI Compute"
    lines = ["Text.", "", f"   Page i  {name}", "", "More text runs", f"Page 1  {name}", "on.", "",
             f"{name}   Page 2", ""]
    kept, found = running_footer(lines)
    assert found == name
    assert kept == ["Text.", "", "", "", "More text runs", "", "on.", "", "", ""]  # the glued one too
    assert running_footer(["A.", "", "Page 3", "", "B.", "", "Page 4 of 9", ""])[1] == ""  # page lines, no name
