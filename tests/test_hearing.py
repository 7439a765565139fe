"""A US congressional hearing as govinfo prints it in GPO's text layout: its cover, rosters and contents as
metadata, each speaker's turn a clause of its own, each witness's "TESTIMONY OF …" one heading over the testimony."""

from ingest.parse import parse
from ingest.segment import segment

_HOUSE = """\
[House Hearing, 119 Congress]
[From the U.S. Government Publishing Office]



                    BUILDING GRID CAPACITY FOR AI
                         AND THE NATIONAL LABS

=======================================================================

                                HEARING

                               BEFORE THE

                         SUBCOMMITTEE ON ENERGY

                                 OF THE

                      COMMITTEE ON SCIENCE, SPACE,
                             AND TECHNOLOGY
                        HOUSE OF REPRESENTATIVES

                    ONE HUNDRED NINETEENTH CONGRESS

                             SECOND SESSION

                               __________

                             MAY 12, 2026

                               __________

                           Serial No. 119-52

                               __________

 Printed for the use of the Committee on Science, Space, and Technology

                     [GRAPHIC NOT AVAILABLE IN TIFF FORMAT]

                                  ______

                    U.S. GOVERNMENT PUBLISHING OFFICE
63-001 PDF                 WASHINGTON : 2026

-----------------------------------------------------------------------

              COMMITTEE ON SCIENCE, SPACE, AND TECHNOLOGY

                 HON. ALAN FROST, Iowa, Chairman
PAUL REED, Texas                     NORA VEGA, New Mexico, Ranking
JOHN MILLS, Ohio                         Member

                            C O N T E N T S

                                                                   Page
                           Opening Statements

Statement by Representative Paul Reed, Chairman, Subcommittee on
  Energy.........................................................     5

                               Witnesses:

Dr. Ann Lowe, Director, Office of Science, U.S. Department of Energy
    Oral Statement...............................................     8

Discussion.......................................................    20

 BUILDING GRID CAPACITY FOR AI AND THE NATIONAL LABS

                              ----------

                         TUESDAY, MAY 12, 2026

                  House of Representatives,
                           Subcommittee on Energy,
               Committee on Science, Space, and Technology,
                                                  Washington, D.C.

    The Subcommittee met, pursuant to notice, at 10:00 a.m., in room
2318 of the Rayburn House Office Building, Hon. Paul Reed [Chairman of
the Subcommittee] presiding.
    Chairman Reed. The Subcommittee will come to order. Welcome to
today's hearing on grid capacity for AI and the national labs. I yield
    Dr. Lowe, you are recognized for five minutes.

          TESTIMONY OF DR. ANN LOWE, DIRECTOR, OFFICE OF
                   SCIENCE, U.S. DEPARTMENT OF ENERGY

    Dr. Lowe. Thank you, Mr. Chairman. DOE will deploy at least 12
exaflops of AI computing capacity at its laboratories by fiscal 2028.

                               Discussion

    Chairman Reed. Dr. Lowe, who pays for the new systems at the lab
    Dr. Lowe. The Federal share is in the budget request, Mr. Chairman.
    Ms. Vega. Will the Department report the capacity it allocates?
    Dr. Lowe. Yes. The Department will publish an inventory within 180
days.
    [Whereupon, at 11:48 a.m., the Subcommittee was adjourned.]

                                 <all>
"""

_SENATE = """\
[Senate Hearing 118-37]
[From the U.S. Government Publishing Office]



                                                         S. Hrg. 118-37

                      OVERSIGHT OF A.I.: RULES FOR
                        ARTIFICIAL INTELLIGENCE

=======================================================================

                                HEARING

                               BEFORE THE

                 SUBCOMMITTEE ON PRIVACY, TECHNOLOGY,
                              AND THE LAW

                                 OF THE

                       COMMITTEE ON THE JUDICIARY
                          UNITED STATES SENATE

                    ONE HUNDRED EIGHTEENTH CONGRESS

                             FIRST SESSION
                               __________

                              MAY 16, 2023
                               __________

                          Serial No. J-118-15
                               __________

         Printed for the use of the Committee on the Judiciary

                            C O N T E N T S

                              ----------
                                                                   Page
Blumenthal, Hon. Richard, a U.S. Senator from the State of
  Connecticut....................................................     1

                        TUESDAY, MAY 16, 2023

                                       U.S. Senate,
           Subcommittee on Privacy, Technology, and the Law,
                                Committee on the Judiciary,
                                                    Washington, DC.
    The Subcommittee met, pursuant to notice, at 10 a.m., in Room 226,
Dirksen Senate Office Building, Hon. Richard Blumenthal, Chair of the
Subcommittee, presiding.

    STATEMENT OF SAMUEL ALTMAN, CHIEF EXECUTIVE OFFICER, OPENAI,
                      SAN FRANCISCO, CALIFORNIA

    Mr. Altman. Thank you, Chair Blumenthal. OpenAI will publish its
    Chair Blumenthal. Thank you, Mr. Altman.
"""


def _clauses(text):
    return segment(parse(text, "hearing.txt"))


def test_the_cover_rosters_and_contents_are_metadata_not_clauses():
    doc = parse(_HOUSE, "hearing.txt")
    assert doc.title == "Building Grid Capacity for AI and the National Labs"  # "AI" as the body prints it
    assert doc.issuer == "Subcommittee on Energy of the Committee on Science, Space, and Technology, " \
                         "House of Representatives"
    assert (doc.doc_number, doc.date, doc.kind) == ("Serial No. 119-52", "2026-05-12", "faq")
    assert "NORA VEGA, New Mexico, Ranking" in doc.meta["members"]
    assert "Oral Statement … 8" in doc.meta["contents"].split("\n")
    assert doc.meta["imprint"] == "U.S. GOVERNMENT PUBLISHING OFFICE / 63-001 PDF WASHINGTON : 2026"
    text = "\n".join(c.text for c in _clauses(_HOUSE))
    for debris in ("Government Publishing Office", "GRAPHIC", "WASHINGTON : 2026", "PAUL REED", "Serial No.",
                   "Oral Statement", "<all>", "Whereupon", "BUILDING GRID"):
        assert debris not in text, debris


def test_each_turn_is_a_clause_of_its_own_under_its_witness_heading():
    clauses = _clauses(_HOUSE)
    texts = [c.text for c in clauses]
    # a turn opens its own clause even where the line before it runs to the wrap width
    assert "Dr. Lowe, you are recognized for five minutes." in texts
    assert "Dr. Lowe. The Federal share is in the budget request, Mr. Chairman." in texts
    assert any(t.startswith("Chairman Reed. Dr. Lowe, who pays") and "Federal share" not in t for t in texts)
    testimony = next(c for c in clauses if c.text.startswith("Dr. Lowe. Thank you"))
    assert testimony.heading == "TESTIMONY OF DR. ANN LOWE, DIRECTOR, OFFICE OF SCIENCE, U.S. DEPARTMENT OF ENERGY"
    answer = next(c for c in clauses if c.text.startswith("Dr. Lowe. Yes."))
    assert answer.heading == "Discussion"
    assert not any("Opening Statements" in (c.heading or "") or "Opening Statements" in c.text for c in clauses)


def test_a_senate_hearing_by_its_banner():
    doc = parse(_SENATE, "hearing.txt")
    assert doc.title == "Oversight of A.I.: Rules for Artificial Intelligence"
    assert doc.issuer == "Subcommittee on Privacy, Technology, and the Law of the Committee on the Judiciary, " \
                         "U.S. Senate"
    assert (doc.doc_number, doc.meta["serial"], doc.date) == ("S. Hrg. 118-37", "Serial No. J-118-15", "2023-05-16")
    clauses = _clauses(_SENATE)
    altman = next(c for c in clauses if c.text.startswith("Mr. Altman."))
    assert altman.heading.startswith("STATEMENT OF SAMUEL ALTMAN, CHIEF EXECUTIVE OFFICER, OPENAI, SAN FRANCISCO")
    assert any(c.text == "Chair Blumenthal. Thank you, Mr. Altman." for c in clauses)


def test_text_without_a_hearing_banner_is_read_as_before():
    text = _HOUSE.replace("[House Hearing, 119 Congress]\n", "")
    doc = parse(text, "notes.txt")
    assert doc.kind != "faq" and doc.doc_number != "Serial No. 119-52"
