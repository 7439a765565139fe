"""English agencies the 27th round found wrong: a nation as a lead, a body under two names (an acronym that skips a
word, an Arabic name's "bin"), a present-tense duty, a lettered item, a duty after a power's clause, and the body
a paragraph's later sentence sets to work beside its lead."""

from ingest.agencies_en import acronyms, english_agencies
from ingest.agency_sharing_en import share_english_agencies
from ingest.types import Agencies, Clause


def test_a_nation_by_its_acronym_is_no_agency():
    assert not english_agencies("The UAE will increase its installed AI data-centre capacity to 5 gigawatts by 2030.")
    assert not english_agencies("By 2028, the UAE will operate at least three AI testing facilities.")


def test_a_body_by_its_acronym_still_leads():
    assert english_agencies("TDRA will publish the rules by 2027.").lead == ["TDRA"]


def test_an_acronym_that_skips_a_word_and_one_that_takes_bin_are_defined():
    text = ("together with the Telecommunications and Digital Government Regulatory Authority (TDRA) and the "
            "Mohamed bin Zayed University of Artificial Intelligence (MBZUAI), will design the rules")
    assert acronyms(text) == {"TDRA": "Telecommunications and Digital Government Regulatory Authority",
                              "MBZUAI": "Mohamed bin Zayed University of Artificial Intelligence"}
    # two words skipped, or a short acronym: no name of it
    assert acronyms("the Telecommunications and Digital Government Regulatory Authority (TRA)") == {}
    assert acronyms("the Digital Government Regulatory Authority (DRA)") == {}


def test_partners_after_together_with_keep_a_name_with_bin():
    found = english_agencies(
        "The Ministry of Industry and Advanced Technology, together with the Telecommunications and Digital "
        "Government Regulatory Authority (TDRA) and the Mohamed bin Zayed University of Artificial Intelligence "
        "(MBZUAI), will design the allocation rules for the reserve.")
    assert found.lead == ["Ministry of Industry and Advanced Technology"]
    assert found.supporting == ["Telecommunications and Digital Government Regulatory Authority (TDRA)",
                                "Mohamed bin Zayed University of Artificial Intelligence (MBZUAI)"]


def test_the_acronym_alone_takes_the_documents_long_form():
    text = ("The Ministry of Industry and Advanced Technology, together with the Telecommunications and Digital "
            "Government Regulatory Authority (TDRA), will design the rules.")
    other = "The AI Office, in coordination with TDRA, will publish a mid-term review in 2028."
    clauses = [Clause(clause_id=str(k), doc_id="d", path=str(k), heading="", text=t, start=0, end=len(t), lang="en")
               for k, t in enumerate((text, other))]
    share_english_agencies(clauses, [[], []], f"{text}\n{other}")
    assert clauses[1].agencies.supporting == ["Telecommunications and Digital Government Regulatory Authority (TDRA)"]


def test_a_present_tense_duty_names_its_lead():
    found = english_agencies("The UAE Council for Artificial Intelligence and Blockchain oversees the implementation "
                             "of the strategy. The AI Office coordinates the work of federal entities.")
    assert found.lead == ["UAE Council for Artificial Intelligence and Blockchain"]
    assert english_agencies("The AI Office coordinates the work of federal entities.").lead == ["AI Office"]


def test_a_cause_or_a_modal_is_no_present_duty():
    assert not english_agencies("Poor coordination leads to delays in the programme.")
    # a sentence with a modal is read by its modal, not its present tense
    found = english_agencies("The AI Office coordinates the review. The Ministry of Finance will fund it.")
    assert found.lead == ["Ministry of Finance"]


def test_a_lettered_item_opens_no_subject():
    found = english_agencies("A. The Minister of Science and ICT shall establish a Basic Plan every three years.")
    assert found.lead == ["Minister of Science and ICT"]


def test_a_duty_after_a_powers_clause_is_the_later_subjects():
    found = english_agencies(
        "C. The Minister of Science and ICT may designate a National AI Computing Center Operating Agency, and the "
        "National IT Industry Promotion Agency (NIPA) shall perform the duties of the Operating Agency until such "
        "designation is made.")
    assert found.lead == ["National IT Industry Promotion Agency (NIPA)"]


def test_a_list_before_shall_is_still_a_joint_subject():
    found = english_agencies("The Secretary of State, the Secretary of Energy, and the Secretary of Commerce shall "
                             "report.")
    assert found.lead == ["Secretary of State", "Secretary of Energy", "Secretary of Commerce"]


def test_a_later_sentences_other_body_supports():
    found = english_agencies(
        "The scheme will be implemented by the Ministry of Electronics and Information Technology in collaboration "
        "with the Ministry of Power. A Steering Committee chaired by the Secretary, MeitY, will approve the parks. "
        "The Central Electricity Authority will issue the connectivity procedure. State Governments will provide "
        "land.")
    assert found.lead == ["Ministry of Electronics and Information Technology"]
    assert found.supporting == ["Ministry of Power", "Central Electricity Authority"]
    found = english_agencies(
        "The budget provides $3 million to the Department of Housing and Community Development, in coordination "
        "with the Rural Maryland Council, for AI adoption grants. The Maryland Broadband Office will prioritize "
        "the remaining $48 million of federal funds for the last unserved locations.")
    assert found.supporting == ["Rural Maryland Council", "Maryland Broadband Office"]


def test_a_body_the_lead_makes_does_not_support_it():
    found = english_agencies(
        "The Director of NSF shall fund the creation of a Research Coordination Network (RCN) dedicated to privacy "
        "research. The RCN shall serve to enable privacy researchers to share information.")
    assert found.lead == ["Director of NSF"] and found.supporting == []


def test_a_later_sentence_with_no_lead_adds_nothing():
    found = english_agencies("The department will administer the funds. The Office of Science will report.")
    assert found == Agencies()
