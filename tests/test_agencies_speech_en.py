"""Agencies in a Minister's speech: a name given ", or IMDA,", a second partner "and with …", "IMDA and Enterprise
Singapore" as a joint subject."""

from ingest.agencies_en import english_agencies
from ingest.defined_names_en import acronyms


def test_acronym_given_after_or_stands_for_its_name():
    text = "The Infocomm Media Development Authority, or IMDA, will be the licensing authority. IMDA will act."
    assert acronyms(text) == {"IMDA": "Infocomm Media Development Authority"}
    # not a word in capitals that spells no name before it, nor "or" before a proper name
    assert acronyms("We will consult Members of Parliament, or MPS, and firms, or Enterprise Singapore.") == {}


def test_partner_worked_closely_with_and_the_one_added_by_and_with_support():
    found = english_agencies("IMDA will monitor compliance, working closely with the Cyber Security Agency of "
                             "Singapore for the security requirements and with the Energy Market Authority on grid "
                             "matters.")
    assert (found.lead, found.supporting) == (["IMDA"], ["Cyber Security Agency of Singapore",
                                                         "Energy Market Authority"])
    # no partner phrase before it: "and with" alone names no partner
    assert english_agencies("IMDA will act quickly and with the care that the Energy Market Authority "
                            "expects.").supporting == []


def test_acronym_and_a_proper_name_lead_together():
    found = english_agencies("IMDA and Enterprise Singapore will announce the details.")
    assert found.lead == ["IMDA", "Enterprise Singapore"]
    assert english_agencies("The Office of AI and Robotics will publish a report.").lead == [
        "Office of AI and Robotics"]  # one name, not split after its "AI"
