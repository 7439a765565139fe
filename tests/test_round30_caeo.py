"""Outside test round 31, findings 3-5: a US state governor's executive order copied from its PDF (lone page numbers
set right, the enacting formula on two paragraphs, closing provisions after the last order, the agencies it names by
acronyms it defines)."""

from __future__ import annotations

from ingest.agencies_en import english_agencies
from ingest.defined_names_en import acronyms
from ingest.parse import parse
from ingest.segment import segment

PAGE = " " * 66

ORDER = f"""EXECUTIVE DEPARTMENT
STATE OF CALIFORNIA

EXECUTIVE ORDER N-12-23

WHEREAS California is a global hub for generative artificial
intelligence (GenAI), and is home to 35 of the world's top 50 AI
companies and a quarter of all AI patents, conference papers, and
companies globally; and

WHEREAS California is committed to harnessing GenAI responsibly, in a
safe and ethical manner, and to leading the nation in developing
policies for its use in State government.

NOW, THEREFORE, I, GAVIN NEWSOM, Governor of the State of California,
in accordance with the authority vested in me by the State
Constitution and statutes of the State of California, do hereby issue
the following Order to become effective immediately.

IT IS HEREBY ORDERED THAT:

1. Within 60 days of issuance of this Order, the Government Operations
Agency (GovOps), the California Department of Technology (CDT), the
Office of Data and Innovation (ODI), and the Governor's Office of
Business and Economic Development (GO-Biz), in consultation with other
State agencies and departments, shall draft a report to the Governor
examining the most significant and beneficial uses of GenAI by the
State, as well as the potential risks to individuals, communities, and
government and state government workers.

2. By March 2024, the California Cybersecurity Integration Center
(Cal-CSIC) and the California State Threat Assessment Center (STAC),
which are part of the California Office of Emergency Services (Cal
OES), shall perform a joint risk analysis of potential threats to and
vulnerabilities of California's critical energy infrastructure by the
use of GenAI.

{PAGE}1


3. By January 2024, GovOps, CDT and ODI, in partnership with the
Department of General Services (DGS), shall issue general guidelines
for public sector procurement, uses, and required training for
application of GenAI. CDT shall update the State's project approval,
procurement, and contract terms by January 2025.

4. By July 2024, State agencies and departments shall consider pilot
projects of GenAI applications, in a sandbox environment to be
established by CDT by March 2024. Pilots shall measure how GenAI can
improve Californians' experience with and access to government
services.

5. The State shall establish a formal partnership with the University
of California, Berkeley and Stanford University to consider and
evaluate the impacts of GenAI on California, and shall host a joint
summit in 2024.

This Order is not intended to, and does not, create any rights or
benefits, substantive or procedural, enforceable at law or in equity,
against the State of California, its agencies, departments, entities,
officers, employees, or any other person.

IT IS FURTHER ORDERED that, as soon as hereafter possible, this Order
be filed in the Office of the Secretary of State and that widespread
publicity and notice be given of this Order.

IN WITNESS WHEREOF I have hereunto set my hand and caused the Great
Seal of the State of California to be affixed this 6th day of
September 2023.

                                   _______________________________
                                   GAVIN NEWSOM
                                   Governor of California

ATTEST:

_______________________________
SHIRLEY N. WEBER, PH.D.
Secretary of State

{PAGE}2
"""


def _clauses():
    doc = parse(ORDER, "ca-eo.txt")
    return doc, {c.path: c for c in segment(doc)}


def test_lone_page_numbers_in_turn_are_dropped():
    doc, clauses = _clauses()
    assert clauses["2"].text.endswith("by the use of GenAI.")
    assert doc.meta["signed"].endswith("Secretary of State")
    assert not any(c.text.strip() in ("1", "2") for c in clauses.values())


def test_a_lone_number_out_of_turn_or_flush_left_stays():
    for text in (ORDER.replace(f"{PAGE}2", f"{PAGE}5"), ORDER.replace(f"{PAGE}1", "1")):
        assert "1" in [b.text for b in parse(text, "ca-eo.txt").blocks]


def test_the_enacting_formula_is_one_clause_and_the_closing_provisions_none_of_the_last_order():
    _, clauses = _clauses()
    texts = [c.text for c in clauses.values()]
    assert any(t.startswith("NOW, THEREFORE") and t.endswith("IT IS HEREBY ORDERED THAT:") for t in texts)
    assert "IT IS HEREBY ORDERED THAT:" not in texts
    assert clauses["5"].text.endswith("host a joint summit in 2024.")
    assert any(t.startswith("This Order is not intended to") and t.endswith("any other person.") for t in texts)
    assert any(t.startswith("IT IS FURTHER ORDERED that") for t in texts)


def test_a_mixed_case_acronym_that_leaves_off_its_kind_of_body_is_defined():
    assert acronyms("the Government Operations Agency (GovOps), the Office of Data and Innovation (ODI)") == {
        "GovOps": "Government Operations Agency", "ODI": "Office of Data and Innovation"}


def test_the_order_s_agencies_by_their_acronyms_an_aside_and_a_task_in_the_passive():
    _, clauses = _clauses()
    assert clauses["3"].agencies.lead == ["Government Operations Agency (GovOps)",
                                          "California Department of Technology (CDT)",
                                          "Office of Data and Innovation (ODI)"]
    assert clauses["2"].agencies.lead == ["California Cybersecurity Integration Center (Cal-CSIC)",
                                          "California State Threat Assessment Center (STAC)"]
    assert clauses["4"].agencies.lead == ["California Department of Technology (CDT)"]


def test_a_vague_subject_with_no_task_in_the_passive_still_gives_none():
    assert not english_agencies("Agencies shall consider pilot projects to be reviewed by the public.")
