"""English agencies of budgets and funding notices: the body a budget's measure funds leads it ("Budget 2026 proposes
to provide $X … to <department> to …"), a relative clause's named subject ("which X will launch"), a program office
named beside the others, and partners the sentence before or after names ("these partner agencies")."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.funded_bodies_en import funded_body


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("Budget 2026 proposes to provide $925 million over five years, starting in 2026-27, to Innovation, Science and "
     "Economic Development Canada to expand the AI Sovereign Compute Infrastructure Program.",
     ["Innovation, Science and Economic Development Canada"], []),
    ("Budget 2026 also proposes to provide $150 million over five years, starting in 2026-27, to the Digital "
     "Research Alliance of Canada to upgrade the platform.", ["Digital Research Alliance of Canada"], []),
    ("Budget 2026 proposes to provide $150 million over five years to the National Research Council of Canada for "
     "the Industrial Research Assistance Program to deliver AI advisory services.",
     ["National Research Council of Canada"], []),
    ("Budget 2026 proposes to provide $60 million over five years, starting in 2026-27, to the Natural Sciences and "
     "Engineering Research Council to support 1,000 additional graduate students, in collaboration with the "
     "Canadian Institute for Advanced Research.",
     ["Natural Sciences and Engineering Research Council"], ["Canadian Institute for Advanced Research"]),
    ("Budget 2026 proposes to provide $80 million over five years to Innovation, Science and Economic Development "
     "Canada to expand the Institute, in collaboration with the Communications Security Establishment.",
     ["Innovation, Science and Economic Development Canada"], ["Communications Security Establishment"]),
    ("The government is providing £500 million to the Department for Science, Innovation and Technology to build "
     "the national compute.", ["Department for Science, Innovation and Technology"], []),
    ("The Government will provide $39.9 million over 5 years from 2024-25 to the Department of Industry, Science "
     "and Resources to develop policies.", ["Department of Industry, Science and Resources"], []),
])
def test_the_body_a_budget_funds_leads_its_measure(text, lead, supporting):
    # a budget's measure has no modal: "proposes to provide $X … to <department> to …" gave no agency
    a = english_agencies(text)
    assert (a.lead, a.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    # no one body: a kind of body funded
    "Budget 2026 proposes to provide $250 million over five years to the regional development agencies to help "
    "businesses adopt AI.",
    # a body's own grant: it provides, the university it funds does not lead its measure
    "The Department of Energy provides $5 million to the University of Chicago to build a testbed.",
    # no amount
    "Budget 2026 proposes to provide support to Shared Services Canada.",
])
def test_no_funded_lead_where_the_budget_funds_no_named_body(text):
    assert funded_body(text) is None


def test_a_funded_company_of_a_department_is_not_read_from_its_own_sentence():
    # the provider is the subject of a duty: its "will" is read, not the recipient
    a = english_agencies("The Department of Energy will provide $5 million to the National Renewable Energy "
                         "Laboratory to run the pilot.")
    assert a.lead == ["Department of Energy"]


def test_a_relative_clause_names_its_lead_and_the_passive_after_it_its_partners():
    a = english_agencies("The second facility will be selected through an open competition, which Innovation, "
                         "Science and Economic Development Canada will launch by fall 2026. Proposals will be "
                         "assessed in consultation with the National Research Council of Canada and Public Services "
                         "and Procurement Canada. Projects in regions with clean power will receive priority.")
    assert a.lead == ["Innovation, Science and Economic Development Canada"]
    assert a.supporting == ["National Research Council of Canada", "Public Services and Procurement Canada"]


def test_a_passive_with_its_own_doer_gives_no_partners():
    a = english_agencies("Natural Resources Canada will publish a standard. Proposals will be assessed by a panel "
                         "in consultation with Public Services and Procurement Canada.")
    assert (a.lead, a.supporting) == (["Natural Resources Canada"], [])


def test_a_program_office_named_beside_the_others_leads():
    a = english_agencies("The Advanced Scientific Computing Research program, in coordination with the other SC "
                         "program offices, will make recommendations to the Selection Official.")
    assert a.lead == ["Advanced Scientific Computing Research program"]


def test_a_program_alone_is_no_office():
    assert not english_agencies("The AI for Science Compute Partnerships program will support 12 models.")


def test_these_partner_agencies_are_the_ones_the_sentence_before_names():
    a = english_agencies("The program is conducted in partnership with the National Institutes of Health (NIH) and "
                         "the National Institute of Standards and Technology (NIST). NSF will lead the review and "
                         "management of awards, in consultation with these partner agencies.")
    assert a.lead == ["NSF"]
    assert a.supporting == ["National Institutes of Health (NIH)", "National Institute of Standards and Technology "
                            "(NIST)"]


def test_partner_agencies_with_no_these_take_none_from_before():
    a = english_agencies("The program is conducted in partnership with the National Institutes of Health (NIH). "
                         "NSF will lead the review, in consultation with partner agencies.")
    assert (a.lead, a.supporting) == (["NSF"], [])


def test_the_body_a_budget_announces_will_act_leads():
    # "Budget 2026 announces that X will invest …": the budget is no subject; X's "will" is read
    a = english_agencies("Budget 2026 announces that the Canada Infrastructure Bank will invest at least $1 billion "
                         "in AI data centre projects.")
    assert a.lead == ["Canada Infrastructure Bank"]


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("The budget provides $4.5 million to the Maryland Energy Administration, working with the Public Service "
     "Commission, to develop a Data Center Energy Plan.",
     ["Maryland Energy Administration"], ["Public Service Commission"]),
    ("The budget provides $18 million to the Maryland Department of Labor for the AI Workforce Accelerator, which will "
     "fund training partnerships.", ["Maryland Department of Labor"], []),
    ("The budget also includes $6 million for the Department of Information Technology, in partnership with the "
     "Maryland Department of Emergency Management, to harden State data centers.",
     ["Department of Information Technology"], ["Maryland Department of Emergency Management"]),
    ("The budget provides $3 million to the Department of Housing and Community Development, in coordination with "
     "the Rural Maryland Council, for AI adoption grants.",
     ["Department of Housing and Community Development"], ["Rural Maryland Council"]),
    # the body the budget says runs the work, and its university partners
    ("The budget provides $85 million in general obligation bonds to establish the Maryland AI Compute Collaborative, "
     "a shared facility to be operated by the University System of Maryland in partnership with Johns Hopkins "
     "University and Morgan State University.",
     ["University System of Maryland"], ["Johns Hopkins University", "Morgan State University"]),
    # " for " and a capital ends the name funded: "… Commission for AI curriculum grants"
    ("The budget provides $9 million to the Maryland Higher Education Commission for AI curriculum grants to "
     "community colleges, and $5 million to expand teacher certification, administered by the Maryland State "
     "Department of Education.",
     ["Maryland Higher Education Commission", "Maryland State Department of Education"], []),
])
def test_a_state_budget_message_names_the_bodies_it_funds(text, lead, supporting):
    # "The budget provides $X to <agency>" (no "proposes to provide") gave no agency
    a = english_agencies(text)
    assert (a.lead, a.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "The budget provides $5 million to expand broadband in rural counties.",
    "The budget provides $2 million to local health departments for screening.",
    "The budget includes $4 million for AI adoption grants, administered by local workforce boards.",
    # not the budget's money: the Department's
    "The Department will provide $5 million to the University of Maryland to study it.",
])
def test_a_state_budget_sentence_naming_no_body_gives_none(text):
    assert not english_agencies(text)
