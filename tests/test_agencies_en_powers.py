"""Who a translated statute's powers name: a minister named by a ministry's fields with commas in them ("the
Minister of Trade, Industry and Energy"), and the office a "may" empowers when no "shall" names one."""

import pytest

from ingest.agencies_en import english_agencies


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # Korea's AI Framework Act, Article 25(3): the partner's name is not cut at its first comma
    ("(3) The Minister of Science and ICT, in consultation with the Minister of Trade, Industry and Energy, may "
     "support the stable supply of electric power for artificial intelligence data centers.",
     ["Minister of Science and ICT"], ["Minister of Trade, Industry and Energy"]),
    ("The Minister of Science and ICT shall, in consultation with the Minister of Trade, Industry and Energy, "
     "publish the standards.",
     ["Minister of Science and ICT"], ["Minister of Trade, Industry and Energy"]),
    # Japan's and Canada's ministers, two partners in a row, each with commas
    ("The Minister of Agriculture, Food and Rural Affairs shall, in consultation with the Minister of Health, "
     "Labour and Welfare and the Minister of Energy, Mines and Resources, publish the plan.",
     ["Minister of Agriculture, Food and Rural Affairs"],
     ["Minister of Health, Labour and Welfare", "Minister of Energy, Mines and Resources"]),
    # a statute's power: the office it is given leads
    ("Article 11 (Safety Research Institute) (1) The Minister of Science and ICT may designate or establish a "
     "Safety Research Institute.", ["Minister of Science and ICT"], []),
    ("The Commission may adopt implementing acts establishing common specifications.", ["Commission"], []),
])
def test_a_minister_with_commas_in_its_name_and_a_power_it_is_given(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "The Minister may request the heads of agencies to submit relevant materials.",  # no ministry named
    "Agencies may use the funds for training.",  # a vague subject
    "The Department of Energy may be asked to help.",  # a possibility, no power
    "The Secretary of Commerce may not delegate this function.",
    # a kind of body is permitted, not empowered
    "Federally Funded Research and Development Centers (FFRDCs) may participate as subawardees.",
])
def test_no_lead_for_a_vague_or_permitted_subject(text):
    assert not english_agencies(text).lead


def test_a_duty_still_comes_before_a_power():
    text = ("The Commission may establish subcommittees. The Minister of Science and ICT shall formulate a basic "
            "plan.")
    assert english_agencies(text).lead == ["Minister of Science and ICT"]
