"""Who leads and who supports in a UK Spending Review's and an Australian Estimates hearing's wordings: a partner list
joined by "and" split into its bodies ("working with DESNZ and Ofgem", a table's Lead cell "DSIT and DfE"), the body
a settlement's funding is "delivered by", a subject with an aside on where it sits ("…, part of DSIT, will lead") or
its partners set off after it ("HM Treasury, working with the Cabinet Office, will …"), a later clause's own named
subject ("…, and the EPSRC will lead …"), "is leading", a joint subject the government "has committed" will act, and
the partner of a subject that names no body ("The department will …, working with …")."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.agency_sharing_en import share_english_agencies
from ingest.types import Agencies, Clause


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # the partner list was one name, "DESNZ and Ofgem"
    ("DSIT, working with DESNZ and Ofgem, will designate at least five AI Growth Zones by the end of 2027.",
     ["DSIT"], ["DESNZ", "Ofgem"]),
    ("The National Energy System Operator (NESO), in coordination with DESNZ and Ofgem, will reduce the average "
     "time to connect a large demand project to the transmission network.",
     ["National Energy System Operator (NESO)"], ["DESNZ", "Ofgem"]),
    # a settlement's funding and the body that delivers it gave none
    ("The settlement provides £187 million for the TechFirst programme to train 1 million secondary school students "
     "in AI and digital skills by 2030, delivered by DSIT in collaboration with the Department for Education (DfE).",
     ["DSIT"], ["Department for Education (DfE)"]),
    # the aside "part of DSIT" broke the subject
    ("The Government Digital Service (GDS), part of DSIT, will lead a £325 million Digital and AI Transformation "
     "Fund, in collaboration with the Cabinet Office and HM Treasury.",
     ["Government Digital Service (GDS)"], ["Cabinet Office", "HM Treasury"]),
    # a proper name with its partners set off after it gave none
    ("HM Treasury, working with the Cabinet Office, will monitor delivery through the new Spending Review outcome "
     "framework, and will report progress to Parliament annually.",
     ["HM Treasury"], ["Cabinet Office"]),
    # the later clause's subject, the programme's named lead, was lost
    ("UKRI will allocate at least £500 million of its AI research funding through open competition each year, and "
     "the Engineering and Physical Sciences Research Council (EPSRC) will lead a new AI for Science programme, in "
     "partnership with the Medical Research Council and the Natural Environment Research Council, to apply "
     "foundation models to materials, biology and climate research.",
     ["UKRI", "Engineering and Physical Sciences Research Council (EPSRC)"],
     ["Medical Research Council", "Natural Environment Research Council"]),
    # an Estimates hearing's answers
    ("The Attorney-General's Department is leading the review of the Privacy Act, in consultation with the "
     "department, and that will deal with automated decision-making.", ["Attorney-General's Department"], []),
    ("On compute, the government has committed that the National Computational Infrastructure and the Pawsey "
     "Supercomputing Research Centre will together provide Australian researchers with at least 5,000 GPUs.",
     ["National Computational Infrastructure", "Pawsey Supercomputing Research Centre"], []),
    ("The Department of Employment and Workplace Relations is responsible for the TAFE component, and Jobs and "
     "Skills Australia will report progress annually.",
     ["Department of Employment and Workplace Relations", "Jobs and Skills Australia"], []),
    # "the department" names no body: its named partner only, no lead
    ("The department will administer the compute funding, working with the Australian Research Council on the merit "
     "allocation scheme.", [], ["Australian Research Council"]),
])
def test_partners_and_leads_of_english_government_wordings(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "The Department, working with industry, will publish guidance.",  # no partner named, no lead named
    "The new framework, working with industry, will publish guidance.",  # no body at all
    "The department will publish guidance on data centre applications.",
    "The National Strategy and the Action Plan will together provide a framework for adoption.",  # no body beside
    "The settlement provides £40 million for the Sovereign AI Unit, delivered over four years.",
    "Growth in the sector was strong, led by the services sector.",
])
def test_no_agency_where_no_body_is_named(text):
    assert not english_agencies(text)


@pytest.mark.parametrize(("text", "lead"), [
    # the same subject goes on, or a clause's subject is no body: one lead
    ("UKRI will allocate £500 million through open competition, and will publish utilisation data quarterly.",
     ["UKRI"]),
    ("DSIT will fund the programme, and the new framework will set out the milestones.", ["DSIT"]),
    # a name's own "and" is no list ("Minister of Science and ICT")
    ("The Minister of Science and ICT, working with the Office of AI and Robotics, will publish a plan.",
     ["Minister of Science and ICT"]),
])
def test_one_lead_where_the_sentence_names_one(text, lead):
    assert english_agencies(text).lead == lead


def _clause(text: str, agencies: Agencies | None = None) -> Clause:
    return Clause("d-1", "d", "¶1", "", text, 0, len(text), lang="en", agencies=agencies or Agencies())


def test_a_table_cell_joining_two_bodies_gives_two_leads_spelt_out_as_the_document_names_them():
    text = ("This chapter sets out the settlements of the Department for Science, Innovation and Technology (DSIT) "
            "and the Department for Energy Security and Net Zero (DESNZ), and of the Department for Education "
            "(DfE).\n\n"
            "DSIT, working with DESNZ and Ofgem, will designate at least five AI Growth Zones.")
    row = _clause("Train 1 million secondary school students | DSIT and DfE | 187 | 2030",
                  Agencies(lead=["DSIT and DfE"], note="Lead: DSIT and DfE"))
    body = _clause("DSIT, working with DESNZ and Ofgem, will designate at least five AI Growth Zones.")
    share_english_agencies([row, body], [[], []], text)
    assert row.agencies.lead == ["Department for Science, Innovation and Technology (DSIT)",
                                 "Department for Education (DfE)"]
    assert body.agencies.supporting == ["Department for Energy Security and Net Zero (DESNZ)", "Ofgem"]


def test_a_cell_whose_and_is_inside_one_name_stays_one():
    row = _clause("Fund research | Department for Business and Trade |",
                  Agencies(lead=["Department for Business and Trade"]))
    share_english_agencies([row], [[]], "")
    assert row.agencies.lead == ["Department for Business and Trade"]
