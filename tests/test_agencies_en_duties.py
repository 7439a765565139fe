"""English agencies of a Treasury Board instrument's "X is responsible for:" and its gerund items, a Canadian
department's proper name as the subject of "will", and a committee's recommendation "…, led by X in
consultation with Y"; vague subjects still give none."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.agency_sharing_en import share_english_agencies
from ingest.types import Clause


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("4.1 The Chief Information Officer of Canada is responsible for:", ["Chief Information Officer of Canada"], []),
    ("4.2 Shared Services Canada is responsible for:", ["Shared Services Canada"], []),
    ("5.2 Environment and Climate Change Canada will support departments in applying the emissions factors.",
     ["Environment and Climate Change Canada"], []),
    ("1.1 The committee recommends that the Australian Government develop a national AI compute strategy by 30 "
     "June 2026, led by the Department of Industry, Science and Resources in consultation with the Digital "
     "Transformation Agency.",
     ["Department of Industry, Science and Resources"], ["Digital Transformation Agency"]),
])
def test_duties_and_recommendations_name_their_agencies(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "4.3 Assistant deputy ministers responsible for artificial intelligence programs are responsible for:",
    "Member States are responsible for enforcement.",
    "The committee recommends that the review, led by researchers, continue.",
    "Microsoft Canada will support customers in moving workloads.",
    "Peter Ireland is responsible for the budget.",
])
def test_vague_or_private_subjects_give_none(text):
    assert not english_agencies(text)


def _clauses(*texts: str) -> list[Clause]:
    return [Clause(f"d-{i}", "d", f"4 > 4.1 > {i}", "", t, 0, 1, ordinal=i, lang="en") for i, t in enumerate(texts)]


def test_items_of_a_responsible_for_lead_in_are_its_duties():
    lead_in = "4.1 The Chief Information Officer of Canada is responsible for:"
    clauses = _clauses("4.1.1 Establishing and maintaining a government-wide inventory;",
                       "4.1.3 Approving exceptions under subsection 4.4 in consultation with Shared Services Canada.",
                       "4.1.4 The budget is reviewed yearly.")
    share_english_agencies(clauses, [[lead_in]] * 3, lead_in)
    assert clauses[0].agencies.lead == ["Chief Information Officer of Canada"]
    assert clauses[1].agencies.lead == ["Chief Information Officer of Canada"]
    assert clauses[1].agencies.supporting == ["Shared Services Canada"]
    assert not clauses[2].agencies  # no duty's gerund: a statement of its own
