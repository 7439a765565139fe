"""English agencies the words around them do not define: a public body named for its kind after a partner phrase
("in collaboration with the Virginia Community College System")."""

import pytest

from ingest.agencies_en import english_agencies


@pytest.mark.parametrize(("text", "supporting"), [
    ("3. The Secretary of Labor shall, in collaboration with the Virginia Community College System, train 25,000 "
     "Virginians in AI skills by December 31, 2027.", ["Virginia Community College System"]),
    ("The Secretary of Education will expand AI courses, in partnership with the University of Virginia and the "
     "Virginia Community College System.", ["University of Virginia", "Virginia Community College System"]),
    ("The Secretary of Commerce shall, in consultation with the Federal Communications Commission, issue guidance.",
     ["Federal Communications Commission"]),
])
def test_a_public_body_named_for_its_kind_supports_after_a_partner_phrase(text, supporting):
    # the Virginia EO's Order 3 had no supporting agency: "System" is no body word, so the partner was dropped
    a = english_agencies(text)
    assert a.supporting == supporting


@pytest.mark.parametrize("text", [
    "The Secretary of Labor shall, in collaboration with a computer system, train staff.",
    "The Secretary of Transportation shall, in coordination with the Interstate Highway System, report.",
    "The Secretary of Education will, working with George Mason University, report.",  # names no state
    "The Secretary of Education will expand courses, in partnership with the University of Virginia and George "
    "Mason University.",  # two bodies, the second naming no state: not one name
])
def test_no_public_body_without_a_proper_name_or_a_government_it_belongs_to(text):
    assert english_agencies(text).supporting == []


def test_the_virginia_system_is_not_the_subject_of_a_plain_shall():
    # a partner phrase says the name is a body's; as a subject it still needs "will lead" or a body word
    assert english_agencies("The Virginia Retirement System shall publish a report.").lead == []
