"""A US congressional bill as congress.gov and govinfo print it as text (GPO's layout): its cover as metadata, its
table of contents out of the clauses, the text it inserts read in its own outline, the offices its "shall" names."""

from ingest.agencies_en import english_agencies
from ingest.defined_names_en import defined_terms
from ingest.numbering import read_number
from ingest.parse import parse
from ingest.segment import segment
from ingest.us_bill import read_us_bill

_COVER = """\

[Congressional Bills 119th Congress]
[From the U.S. Government Publishing Office]
[S. 4321 Introduced in Senate (IS)]

<DOC>






119th CONGRESS
  1st Session
                                S. 4321

To improve access to research computing, and for other purposes.


_______________________________________________________________________


                   IN THE SENATE OF THE UNITED STATES

                             March 3, 2025

  Mr. Doe (for himself and Ms. Roe) introduced the following bill; which
 was read twice and referred to the Committee on Commerce, Science, and
                             Transportation

_______________________________________________________________________

                                 A BILL

To improve access to research computing, and for other purposes.

    Be it enacted by the Senate and House of Representatives of the
United States of America in Congress assembled,

"""
_BODY = """\
SECTION 1. SHORT TITLE; TABLE OF CONTENTS.

    (a) Short Title.--This Act may be cited as the ``Research Compute
Access Act of 2025''.
    (b) Table of Contents.--The table of contents for this Act is as
follows:

Sec. 1. Short title; table of contents.
Sec. 2. Definitions.
Sec. 3. Expansion of the National Artificial Intelligence Research
                            Resource.

SEC. 2. DEFINITIONS.

    In this Act:
            (1) Director.--The term ``Director'' means the Director of
        the National Science Foundation.
            (2) Covered model.--The term ``covered model'' means a model
        trained using more than 10\\26\\ operations.

SEC. 3. EXPANSION OF THE NATIONAL ARTIFICIAL INTELLIGENCE RESEARCH
              RESOURCE.

    (a) In General.--Section 5106 of the National Artificial
Intelligence Initiative Act of 2020 (15 U.S.C. 9415) is amended--
            (1) by redesignating subsection (c) as subsection (e); and
            (2) by inserting after subsection (b) the following:
    ``(c) Compute Capacity.--
            ``(1) In general.--The Director shall ensure that the Resource
        provides access to not fewer than 50,000 GPU-
        equivalents of computing capacity.
            ``(2) Allocation.--Of the capacity made available under
        paragraph (1), the Director shall--
                    ``(A) reserve not less than 20 percent for
                researchers at institutions that are not among the 100
                institutions with the highest research expenditures; and
                    ``(B) reserve not less than 10 percent for
                researchers at minority-serving institutions.
    ``(d) Access Requests.--The Director shall respond to a request
not later than 30 days after it is submitted.''.
    (b) Coordination.--The Director, in consultation with the Secretary
of Energy and the Director of the National Institute of Standards and
Technology, shall develop a plan to integrate the computing resources
of the national laboratories.
    (c) Grants.--The Secretary of Commerce, acting through the Director
of the National Institute of Standards and Technology and in
coordination with the Secretary of Labor, shall award grants.
                                 <all>
"""


def _bill():
    return parse(_COVER + _BODY, "s4321-is.txt")


def test_the_cover_is_metadata_and_the_short_title_the_title():
    doc = _bill()
    assert doc.title == "Research Compute Access Act of 2025"
    assert (doc.doc_number, doc.issuer, doc.date, doc.kind) == ("S. 4321", "United States Senate", "2025-03-03",
                                                                "draft")
    meta = doc.meta
    assert meta["long_title"] == "To improve access to research computing, and for other purposes."
    assert (meta["congress"], meta["session"], meta["version"]) == ("119th Congress", "1st Session",
                                                                    "Introduced in Senate (IS)")
    assert meta["sponsors"] == "Mr. Doe (for himself and Ms. Roe)"
    assert meta["committee"] == "Committee on Commerce, Science, and Transportation"
    assert meta["enacting_formula"].startswith("Be it enacted by the Senate and House of Representatives")
    assert meta["contents"].split("\n")[2] == "Sec. 3. Expansion of the National Artificial Intelligence Research " \
                                              "Resource."
    text = doc.text
    for line in ("Congressional Bills", "Publishing Office", "<DOC>", "CONGRESS", "IN THE SENATE", "March 3, 2025",
                 "introduced the following bill", "A BILL", "Be it enacted", "contents.\nSec. 2.", "<all>"):
        assert line not in text
    assert text.count("To improve access") == 0


def test_sections_go_to_the_sections_not_the_table_of_contents():
    clauses = {c.clause_id.split("-", 1)[1]: c for c in segment(_bill())}
    assert clauses["sec2-1"].text.endswith("the Director of the National Science Foundation.")
    assert "Sec. 3" not in clauses["sec1-b"].text
    # one case for each section's heading: its entry in the table of contents
    assert clauses["sec3-a"].headings[0] == "Sec. 3. Expansion of the National Artificial Intelligence Research " \
                                            "Resource."
    assert clauses["sec2-1"].headings[0] == "Sec. 2. Definitions."


def test_inserted_text_keeps_its_own_numbering_and_its_items_whole():
    clauses = {c.path: c for c in segment(_bill())}
    item = clauses["Sec. 3 > (a) > (2) > (c) > (2) > (A)"]
    assert item.text == ("``(A) reserve not less than 20 percent for researchers at institutions that are not among "
                         "the 100 institutions with the highest research expenditures; and")
    assert clauses["Sec. 3 > (a) > (2) > (c) > (1)"].text.endswith("not fewer than 50,000 GPU-equivalents of "
                                                                   "computing capacity.")
    assert "Sec. 3 > (a) > (2) > (d)" in clauses
    assert clauses["Sec. 3 > (b)"].text.startswith("(b) Coordination.--")  # the bill's own (b) again


def test_shall_names_the_defined_director_and_the_offices_it_works_with():
    clauses = {c.path: c for c in segment(_bill())}
    nsf = "Director of the National Science Foundation"
    coordination = clauses["Sec. 3 > (b)"].agencies
    assert coordination.lead == [nsf]
    assert coordination.supporting == ["Secretary of Energy", "Director of the National Institute of Standards and "
                                                              "Technology"]
    assert clauses["Sec. 3 > (a) > (2) > (c) > (2) > (A)"].agencies.lead == [nsf]  # under "the Director shall--"
    grants = clauses["Sec. 3 > (c)"].agencies
    assert (grants.lead, grants.supporting) == (["Secretary of Commerce"], ["Secretary of Labor"])


def test_a_house_bill_and_a_passed_one():
    cover = (_COVER.replace("S. 4321", "H. R. 567").replace("[H. R. 567 Introduced in Senate (IS)]",
                                                           "[H.R. 567 Engrossed in House (EH)]")
             .replace("IN THE SENATE OF THE UNITED STATES", "IN THE HOUSE OF REPRESENTATIVES")
             .replace("A BILL", "AN ACT"))
    body = _BODY.replace("                                 <all>",
                         "            Passed the House of Representatives April 29, 2025.\n\n"
                         "            Attest:\n\n                        JANE ROE,\n\n            Clerk.")
    doc = parse(cover + body, "hr567-eh.txt")
    assert (doc.doc_number, doc.issuer, doc.kind) == ("H.R. 567", "United States House of Representatives", "draft")
    assert doc.meta["passed"] == "2025-04-29"
    assert "Attest" not in doc.text and "Clerk" not in doc.text


def test_the_same_number_in_another_congress_is_another_bill():
    other = parse((_COVER + _BODY).replace("119th CONGRESS", "118th CONGRESS"), "s4321-118.txt")
    assert other.doc_id != _bill().doc_id


def test_other_text_is_no_bill():
    assert read_us_bill("SECTION 1. SHORT TITLE.\n\n    This Act may be cited as the ``Test Act''.\n") is None
    memo = "MEMORANDUM\n\n119th CONGRESS\n\nThe Secretary of Commerce shall report.\n"
    assert read_us_bill(memo) is None


def test_only_a_term_for_an_office_is_read_as_its_name():
    text = ("(1) The term ``Director'' means the Director of the National Science Foundation. (2) The term "
            "``covered model'' means an artificial intelligence model. The term \"Agency\" means any agency.")
    assert defined_terms(text) == {"Director": "Director of the National Science Foundation"}
    # acting through an office of its own names no partner, as before
    found = english_agencies("The Secretary of Commerce, acting through the Director of the National Institute of "
                             "Standards and Technology, shall award grants.")
    assert (found.lead, found.supporting) == (["Secretary of Commerce"], [])


def test_only_quoted_items_are_numbered_apart():
    assert read_number("``(c) Compute Capacity.--").style == "q-alpha"
    assert read_number("(c) Compute Capacity.--").style == "alpha"
    assert read_number("“(c) Compute Capacity.--") is None
