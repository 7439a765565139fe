"""English agencies: the named office that is the subject of a clause's "shall"/"will"/"should", the named
offices it consults or is supported by, list items led by their lead-in; nothing for a vague subject."""

import pytest

from ingest.agencies import agency_filter
from ingest.agencies_en import english_agencies
from ingest.segment import segment
from ingest.types import Block, Document


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("(a) Within 90 days of the date of this order, the Secretary of Labor, in consultation with the Secretary "
     "of Commerce and the Secretary of Education, shall publish guidance.",
     ["Secretary of Labor"], ["Secretary of Commerce", "Secretary of Education"]),
    ("The Secretary of Energy, acting through the Director of the Office of Science, shall fund research.",
     ["Secretary of Energy"], []),
    ("UK Research and Innovation (UKRI) will lead procurement of the new computer, supported by DSIT and GDS.",
     ["UK Research and Innovation (UKRI)"], ["DSIT", "GDS"]),
    ("The Secretary of Housing and Urban Development shall, in coordination with the Secretary of Health and "
     "Human Services and the heads of any other agencies that either Secretary deems appropriate, issue guidance.",
     ["Secretary of Housing and Urban Development"], ["Secretary of Health and Human Services"]),
    ("The Commission shall develop guidelines on the practical implementation of this Regulation.",
     ["Commission"], []),
    ("The Department for Science, Innovation and Technology will publish a plan, with the support of the "
     "Cabinet Office, as appropriate.",
     ["Department for Science, Innovation and Technology"], ["Cabinet Office"]),
    ("In consultation with the Director of OSTP, the Attorney General shall review the rules.",
     ["Attorney General"], ["Director of OSTP"]),
    ("A national programme led by the AI Office will train inspectors.", ["AI Office"], []),
    # a coined word inside a body's name, a list split after a name's acronym, a body named for the field it serves
    ("The Ministry of Business, Innovation and Employment (MBIE) will lead the programme, working with the New "
     "Zealand eScience Infrastructure (NeSI) and Callaghan Innovation.",
     ["Ministry of Business, Innovation and Employment (MBIE)"],
     ["New Zealand eScience Infrastructure (NeSI)", "Callaghan Innovation"]),
    # a cabinet paper's recommendation: what the committee agrees names who leads
    ("3. agree that MBIE will lead the programme, in consultation with NeSI;", ["MBIE"], ["NeSI"]),
])
def test_named_subject_leads_and_named_partners_support(text, lead, supporting):
    a = english_agencies(text)
    assert (a.lead, a.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "Agencies shall designate a Chief AI Officer.",
    "The heads of agencies shall report to the Director of OMB.",
    "Each agency shall, in consultation with the Secretary of Commerce, review its rules.",
    "Providers of high-risk AI systems shall ensure that the Commission is informed.",
    "Member States shall lay down the rules on penalties.",
    "The United States will lead the world in AI.",
    "My Administration will support workers.",
    "The Secretary shall publish the report.",  # which Secretary the text said earlier: none named here
    "The heads of the Department of State, DOD, and the Department of Energy shall meet.",
    "The task force shall meet monthly.",
    "This order shall be implemented consistent with applicable law.",
    "The Bank shall publish the report.",  # which bank: none named
    "agree that officials will report back by March 2027;",  # officials: none named
    "The programme will run, working with other research institutions.",  # no partner named
])
def test_vague_subject_gives_no_agency(text):
    assert not english_agencies(text)


def _doc(*lines: str) -> Document:
    blocks = [Block(text=line) for line in lines]
    return Document(doc_id="eo", source_url="eo.md", title="Executive Order", blocks=blocks, lang="en")


def test_items_inherit_their_lead_in_agencies():
    clauses = segment(_doc(
        "Sec. 5. Supporting Workers.",
        "(a) To advance the Government's understanding of AI's implications for workers, the Secretary of Labor, "
        "in consultation with the Secretary of Commerce, shall:",
        "(i) within 180 days of the date of this order, develop and publish principles and best practices for "
        "employers that could be used to mitigate AI's potential harms to employees' well-being and maximize "
        "its potential benefits across the economy, including for jobs of every kind;",
        "(ii) within 365 days of the date of this order, publish a report on the ways in which agencies could "
        "support workers displaced by the adoption of AI and other technological advancements, including "
        "through new training programs and job placement services for those workers; and",
        "(iii) Agencies shall report to the Secretary of Labor on their progress in carrying out these duties "
        "and on the workers each of them has trained for new work in the year before.",
    ))
    by_text = {c.text.split(" ", 1)[0]: c.agencies for c in clauses}
    assert by_text["(i)"].lead == ["Secretary of Labor"] and by_text["(i)"].supporting == ["Secretary of Commerce"]
    assert by_text["(ii)"].lead == ["Secretary of Labor"]
    assert not by_text["(iii)"]  # a sentence of its own, whose subject names no office


def test_chinese_documents_are_untouched():
    line = "一、加强统筹。The Commission shall act."
    clauses = segment(Document(doc_id="zh", source_url="zh.html", title="通知", blocks=[Block(text=line)], lang="zh"))
    assert not any(c.agencies for c in clauses)


@pytest.mark.parametrize(("value", "wanted"), [
    ("the Commission", "Commission"),
    ("Secretary of Labor", "Secretary of Labor"),
    ("UKRI", "UKRI"),
])
def test_agency_filter_reads_english_names_as_given(value, wanted):
    assert agency_filter(value) == wanted


def test_an_office_has_one_name_whichever_way_its_document_gives_it():
    # "Director of OMB" and "Director of the Office of Management and Budget" were two agencies in /agencies
    from ingest.agencies_en import acronyms, spelt_out

    text = ("the Director of the Office of Management and Budget (OMB), the Department of Defense (DOD) and the "
            "Secretary of Health and Human Services (HHS)")
    defined = acronyms(text)
    assert defined == {"OMB": "Office of Management and Budget", "DOD": "Department of Defense",
                       "HHS": "Health and Human Services"}
    one = "Director of the Office of Management and Budget (OMB)"
    assert {spelt_out(n, defined) for n in ("Director of OMB", "Director of the Office of Management and Budget",
                                            one)} == {one}
    assert spelt_out("DOD", defined) == "Department of Defense (DOD)"
    assert spelt_out("Secretary of HHS", defined) == "Secretary of Health and Human Services (HHS)"
    assert spelt_out("Secretary of Energy", defined) == "Secretary of Energy"  # no acronym of it defined


def test_the_agency_filter_takes_an_office_by_the_acronym_the_index_spells_out(tmp_path):
    from api.params import check_agency
    from index.store import Store, write_store
    from ingest.types import Agencies, Block, Clause, Document

    doc = Document("eo", "Executive Order on AI", "en", [Block("text")])
    omb = "Director of the Office of Management and Budget (OMB)"
    clause = Clause("eo-1", "eo", "Sec. 1", "", "The Director of OMB shall issue guidance.", 0, 40, ordinal=0,
                    lang="en", agencies=Agencies([omb], []))
    write_store(tmp_path / "s.sqlite", [doc], [clause])
    store = Store(tmp_path / "s.sqlite")
    try:
        for asked in ("Director of OMB", "director of omb", "OMB", "Office of Management and Budget", omb.lower()):
            found = check_agency(store, asked)
            assert found and found.lower() in omb.lower(), asked
    finally:
        store.close()


def test_a_short_name_a_document_defines_names_its_body():
    # the memorandum's "Commerce, acting through AISI, shall …" gave no lead: "Commerce" is no office's name
    # until the text says "the Department of Commerce (Commerce)"
    from ingest.agency_sharing_en import share_english_agencies
    from ingest.types import Clause

    text = ("The Department of State and the Department of Commerce (Commerce) shall coordinate.\n\n"
            "(c) Commerce, acting through the AI Safety Institute (AISI) within the National Institute of Standards "
            "and Technology (NIST), shall serve as the primary point of contact.\n\n"
            "(d) The Secretary of Commerce shall report.")
    clauses = [Clause(f"m-{i}", "m", f"¶{i}", "", part, 0, 1, ordinal=i, lang="en")
               for i, part in enumerate(text.split("\n\n"))]
    share_english_agencies(clauses, [[] for _ in clauses], text)
    # one name, as other documents give it: the short one is within it
    assert clauses[0].agencies.lead == ["Department of State", "Department of Commerce"]
    assert clauses[1].agencies.lead == ["Department of Commerce"]
    assert clauses[1].agencies.note.startswith("Commerce, acting through the AI Safety Institute")  # as worded
    assert clauses[2].agencies.lead == ["Secretary of Commerce"]  # the office, not the department


def test_a_short_name_for_an_office_names_it_where_it_stands_alone():
    # the proclamation's "The Secretary shall …" gave no lead though it opens with "the Secretary of Commerce
    # (Secretary)"; nor did "The Secretary and the Trade Representative, and any senior official …, shall"
    from ingest.agencies_en import acronyms
    from ingest.agency_sharing_en import share_english_agencies
    from ingest.types import Clause

    text = ("1. On December 22, 2025, the Secretary of Commerce (Secretary) transmitted a report, as did the United "
            "States Trade Representative (Trade Representative).\n\n"
            "(1) The Secretary and the Trade Representative, and any senior official they deem appropriate, shall "
            "jointly pursue negotiations.\n\n"
            "(4) The Secretary, in consultation with the Secretary of Homeland Security and the Deputy Secretary of "
            "State, shall determine whether modifications are necessary.\n\n"
            "(5) There is established the CHIPS Implementation Steering Council (Steering Council). The Steering "
            "Council shall meet monthly.")
    assert acronyms(text) == {"Secretary": "Secretary of Commerce", "Trade Representative":
                              "United States Trade Representative",
                              "Steering Council": "CHIPS Implementation Steering Council"}
    clauses = [Clause(f"p-{i}", "p", f"¶{i}", "", part, 0, 1, ordinal=i, lang="en")
               for i, part in enumerate(text.split("\n\n"))]
    share_english_agencies(clauses, [[] for _ in clauses], text)
    assert clauses[1].agencies.lead == ["Secretary of Commerce", "United States Trade Representative"]
    assert clauses[1].agencies.note.startswith("The Secretary and the Trade Representative, and any")  # as worded
    # a title inside another office's name is that office's
    assert clauses[2].agencies.lead == ["Secretary of Commerce"]
    assert clauses[2].agencies.supporting == ["Secretary of Homeland Security", "Deputy Secretary of State"]
    assert clauses[3].agencies.lead == ["CHIPS Implementation Steering Council"]
    # with no short name defined, a bare "The Secretary" stays no one's
    bare = [Clause("q-1", "q", "¶1", "", "The Secretary shall report.", 0, 1, ordinal=1, lang="en")]
    share_english_agencies(bare, [[]], bare[0].text)
    assert not bare[0].agencies


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # "must" binds as "shall" does (UK and EU drafting)
    ("(1) UK Research and Innovation must allocate not less than 25 per cent of computing capacity.",
     ["UK Research and Innovation"], []),
    ("(3) The Secretary of State for Education must, in consultation with UK Research and Innovation, secure "
     "that 7.5 million workers are trained.", ["Secretary of State for Education"], ["UK Research and Innovation"]),
    # a partner named later in the directive's sentence
    ("The Ministry of Digital Development and Information (MDDI) will lead a whole-of-government effort to grow "
     "the AI workforce, in collaboration with the Ministry of Education and SkillsFuture Singapore.",
     ["Ministry of Digital Development and Information (MDDI)"], ["Ministry of Education", "SkillsFuture Singapore"]),
    ("DOD shall, in consultation with DOJ as appropriate, review its frameworks.", ["DOD"], ["DOJ"]),
    ("The Secretary of Defense shall develop requirements in coordination with the Secretary of Commerce.",
     ["Secretary of Defense"], ["Secretary of Commerce"]),
    # the partners' list ends where a part names none: the report goes to the Director of OMB, who is no partner
    ("The Secretary of Commerce shall, within 90 days, develop guidance in consultation with the Secretary of State, "
     "and shall submit it to the President, the Director of OMB, and the APNSA.",
     ["Secretary of Commerce"], ["Secretary of State"]),
    ("The Commission will publish guidance, in partnership with industry and Singapore's universities.",
     ["Commission"], []),  # no named partner
    # a bank is a body: the European Investment Bank was no partner, and unknown to the agency filter
    ("Action 1: The Commission, together with the European Investment Bank, will launch a call for expression of "
     "interest for AI Gigafactories in Q2 2025.", ["Commission"], ["European Investment Bank"]),
    ("The Bank of England will publish guidance on AI in financial services.", ["Bank of England"], []),
])
def test_must_and_later_partners(text, lead, supporting):
    a = english_agencies(text)
    assert (a.lead, a.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "The Commission must be informed of any serious incident.",  # a state, not the Commission's duty
    "A report of the review must be laid before Parliament.",
    # the tail of a list whose head is "the heads of …": USUN and USAID alone led it
    "(i) Within 270 days of the date of this memorandum, the heads of the Department of State, DOD, Commerce, "
    "USUN, and USAID shall each submit a report to the President.",
])
def test_no_agency_for_a_state_or_a_list_tail(text):
    assert not english_agencies(text)


def test_a_statute_quotes_the_acronym_it_defines():
    from ingest.agencies_en import acronyms, spelt_out

    defined = acronyms('(1) UK Research and Innovation ("UKRI") is to operate the AIRR.')
    assert spelt_out("UKRI", defined) == "UK Research and Innovation (UKRI)"  # "UKRI must …" led as "UKRI"


def test_a_table_of_tasks_names_offices_as_its_document_spells_them():
    # "MDDI" (a row's lead agency) and "Ministry of Digital Development and Information (MDDI)" were two agencies
    from ingest.types import CELL

    clauses = segment(_doc(
        "The Ministry of Digital Development and Information (MDDI) will lead the effort, and the Infocomm Media "
        "Development Authority (IMDA) will support it.",
        CELL.join(["Action", "Lead agency", "Supporting agencies", "Timeline"]),
        CELL.join(["Triple AI practitioners to 15,000", "MDDI", "MOE, IMDA", "2028"]),
    ))
    row = next(c for c in clauses if "15,000" in c.text)
    assert row.agencies.lead == ["Ministry of Digital Development and Information (MDDI)"]
    assert row.agencies.supporting == ["MOE", "Infocomm Media Development Authority (IMDA)"]  # MOE: not defined


def test_one_name_each_gives_an_office_the_acronym_another_document_gives_it():
    from ingest.agencies_en import one_name_each

    apnsa = "Assistant to the President for National Security Affairs"
    assert one_name_each([apnsa, f"{apnsa} (APNSA)", "Secretary of Energy", "Secretary of Commerce (Commerce)"]) \
        == {apnsa: f"{apnsa} (APNSA)"}
    # two acronyms for one name: which is meant cannot be told
    assert one_name_each(["Office of Science", "Office of Science (OS)", "Office of Science (SC)"]) == {}


def test_a_lowercase_aside_in_brackets_does_not_cut_a_joint_subject():
    # "DOE (including national laboratories)" left DHS and NSF alone to lead
    a = english_agencies("(ii) Within 240 days, DOD, the Department of Health and Human Services (HHS), DOE (including "
                         "national laboratories), DHS, NSF, and other agencies shall support efforts.")
    assert a.lead == ["DOD", "Department of Health and Human Services (HHS)", "DOE", "DHS", "NSF"]


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # a body named by one word, after a partner marker: supporting was []
    ("The National Energy System Operator (NESO) will, in consultation with Ofgem, publish a connections reform "
     "by the end of 2026.", ["National Energy System Operator (NESO)"], ["Ofgem"]),
    # a body's proper name as the subject of "will lead": no lead
    ("Skills England will lead a review of AI content in Level 3 qualifications.", ["Skills England"], []),
    # "working with" after the verb supports: supporting was []
    ("UK Research and Innovation (UKRI) will lead procurement, working with the Department for Science, "
     "Innovation and Technology (DSIT).",
     ["UK Research and Innovation (UKRI)"], ["Department for Science, Innovation and Technology (DSIT)"]),
    # "implemented by X" names who leads; NITI Aayog is a body's proper name: no agencies at all
    ("The Mission will be implemented by the 'IndiaAI' Independent Business Division (IBD) under Digital India "
     "Corporation (DIC), in collaboration with the Ministry of Education and NITI Aayog.",
     ["IndiaAI Independent Business Division (IBD)"], ["Ministry of Education", "NITI Aayog"]),
    # the directive's own verb names the partner: "will work with IMDA" gave no supporting IMDA
    ("Enterprise Singapore (EnterpriseSG) will work with IMDA to help 3,000 small and medium enterprises (SMEs) "
     "adopt AI solutions by 2027.", ["Enterprise Singapore (EnterpriseSG)"], ["IMDA"]),
    ("The Department of Energy will work closely with the National Science Foundation to build the platform.",
     ["Department of Energy"], ["National Science Foundation"]),
    # working with no named body, or a thing that works with one, names no partner
    ("The Secretary of Commerce shall work with industry to develop standards.", ["Secretary of Commerce"], []),
    ("The Department of Energy will build tools that work with NIST systems.", ["Department of Energy"], []),
])
def test_a_bodys_proper_name_leads_or_supports_where_the_sentence_says_so(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "Ofgem will publish a connections reform.",  # one word as a subject: no marker says it is a body
    "Peter Kyle will lead a review of AI skills.",  # a person's name
    "Peter Ireland will lead the review of the programme.",  # a person's name, a nation's surname
    "Dr. John England will lead the panel.",
    "Local Authorities will lead delivery.",  # a kind of body
    "The AI Opportunities Action Plan will lead to growth.",  # a cause, not a role
    "The plan will be delivered by local partners.",
])
def test_no_proper_name_agency_without_a_role_the_sentence_gives_it(text):
    assert not english_agencies(text)


def test_one_word_partners_name_no_role_or_vague_body():
    found = english_agencies("DSIT will publish a plan, in consultation with the Secretary, Government and Industry.")
    assert (found.lead, found.supporting) == (["DSIT"], [])


def test_an_acronym_defined_for_a_name_with_commas_and_a_mixed_case_acronym_are_spelt_out():
    from ingest.agencies_en import acronyms, spelt_out

    text = ("The Department for Science, Innovation and Technology (DSIT) will publish a plan. "
            "The Department for Education (DfE) will fund studentships.")
    defined = acronyms(text)
    # "DSIT" was listed apart from its full name, and "(DfE)" was dropped as if a short name
    assert spelt_out("DSIT", defined) == "Department for Science, Innovation and Technology (DSIT)"
    assert spelt_out("Department for Education (DfE)", defined) == "Department for Education (DfE)"
    assert spelt_out("DfE", defined) == "Department for Education (DfE)"


def test_a_bodys_name_that_lists_its_fields_is_one_name():
    # "Ministry of Health, Labour and Welfare (MHLW)" was two partners, "Ministry of Health" and "Labour and
    # Welfare (MHLW)"; the partner after "will, in cooperation with" was lost to the same split
    found = english_agencies("MEXT will, in collaboration with METI and the Ministry of Health, Labour and Welfare "
                             "(MHLW), train 300,000 AI and data science professionals by the end of FY2027.")
    assert (found.lead, found.supporting) == (["MEXT"], ["METI", "Ministry of Health, Labour and Welfare (MHLW)"])
    found = english_agencies("The Ministry of Economy, Trade and Industry (METI) will, in cooperation with the "
                             "Ministry of Education, Culture, Sports, Science and Technology (MEXT), support the "
                             "development of domestic foundation models.")
    assert found.lead == ["Ministry of Economy, Trade and Industry (METI)"]
    assert found.supporting == ["Ministry of Education, Culture, Sports, Science and Technology (MEXT)"]


def test_a_list_of_departments_is_no_one_name():
    # a US list puts a comma before "and", and a field is no acronym: each stays a department of its own
    found = english_agencies("The Department of State, DOD, and DOE shall coordinate.")
    assert found.lead == ["Department of State", "DOD", "DOE"]
    from ingest.office_names_en import office_name

    assert office_name("Department of State, DOD and DOE") == ""


def test_a_name_with_commas_a_document_defines_an_acronym_for_is_one_name():
    # "Innovation, Science and Economic Development Canada (ISED)" gave no lead, and "ISED" and "MEXT" stayed
    # bare: neither acronym spells its name's initials
    from ingest.agencies_en import acronyms
    from ingest.agency_sharing_en import share_english_agencies
    from ingest.types import Clause

    text = ("Innovation, Science and Economic Development Canada (ISED) will deliver the AI Compute Access Fund.\n\n"
            "ISED will report on the Fund's results annually.\n\n"
            "METI will, in cooperation with the Ministry of Education, Culture, Sports, Science and Technology "
            "(MEXT), support the development of foundation models.\n\n"
            "MEXT will train 300,000 professionals.")
    ised = "Innovation, Science and Economic Development Canada (ISED)"
    mext = "Ministry of Education, Culture, Sports, Science and Technology (MEXT)"
    defined = acronyms(text)
    assert (defined["ISED"], defined["MEXT"]) == (ised[:-7], mext[:-7])
    clauses = [Clause(f"c-{i}", "c", f"¶{i}", "", part, 0, 1, ordinal=i, lang="en")
               for i, part in enumerate(text.split("\n\n"))]
    share_english_agencies(clauses, [[] for _ in clauses], text)
    assert [c.agencies.lead for c in clauses] == [[ised], [ised], ["METI"], [mext]]
    assert clauses[2].agencies.supporting == [mext]
    assert clauses[0].agencies.note.startswith(ised + " will deliver")  # as the clause words it


@pytest.mark.parametrize("text", [
    # the acronym neither spells the name's initials nor opens with its body's and ends with its last field's
    "The Ministry of Education, Culture, Sports, Science and Technology (JSPS) will fund research.",
    # the fields are no body's: a list of three things before a programme's acronym
    "Research, Development and Innovation Programme (RDI) will fund research.",
])
def test_no_acronym_for_a_name_that_does_not_spell_it(text):
    from ingest.agencies_en import acronyms

    assert acronyms(text) == {}


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # a field of words, an acronym among them, and no acronym for the whole: lead was "Department of Public
    # Expenditure"
    ("Publish guidelines by the end of 2024; the guidelines will be delivered by the Department of Public "
     "Expenditure, NDP Delivery and Reform.", ["Department of Public Expenditure, NDP Delivery and Reform"], []),
    ("The Secretary of Energy will publish a plan, in partnership with the Department of Public Expenditure, NDP "
     "Delivery and Reform.", ["Secretary of Energy"], ["Department of Public Expenditure, NDP Delivery and Reform"]),
    # "and the" inside the name: lead was none
    ("The Department of Agriculture, Food and the Marine will publish a plan, working with the Department of "
     "Justice.", ["Department of Agriculture, Food and the Marine"], ["Department of Justice"]),
    # a list of departments, each one on its own, stays a list
    ("The Secretary of Energy will publish a plan, in collaboration with the Department of Health, the "
     "Department of Education and the Department of Justice.",
     ["Secretary of Energy"], ["Department of Health", "Department of Education", "Department of Justice"]),
])
def test_a_departments_name_with_commas_and_no_acronym_is_one_name(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


def test_a_list_whose_fields_are_offices_is_no_one_name():
    from ingest.office_names_en import office_name

    assert office_name("Department of State, DOD and DOE") == ""
    assert office_name("Department of Health, the Department of Education and Skills England") == ""
    assert office_name("Department of Public Expenditure, NDP Delivery and Reform") != ""


def test_an_acronym_with_more_said_in_its_brackets_is_defined_and_spelt_out():
    # "(MSIT, Minister Yoo Sang-im)" defined nothing, and MSIT takes two letters of ICT: "MSIT" stayed bare and
    # agency=Ministry of Science and ICT found nothing
    from ingest.agencies_en import acronyms
    from ingest.agency_sharing_en import share_english_agencies
    from ingest.types import Clause

    text = ("Sejong, February 20, 2025 — The Ministry of Science and ICT (MSIT, Minister Yoo Sang-im) announced "
            "today the National AI Computing Infrastructure Expansion Plan.\n\n"
            "The Ministry of Trade, Industry and Energy (MOTIE) will, in cooperation with MSIT, provide incentives.\n\n"
            "The MSIT will announce the call for partners in March 2025.")
    msit = "Ministry of Science and ICT (MSIT)"
    assert acronyms(text)["MSIT"] == "Ministry of Science and ICT"
    clauses = [Clause(f"c-{i}", "c", f"¶{i}", "", part, 0, 1, ordinal=i, lang="en")
               for i, part in enumerate(text.split("\n\n"))]
    share_english_agencies(clauses, [[] for _ in clauses], text)
    assert clauses[1].agencies.supporting == [msit]
    assert clauses[2].agencies.lead == [msit]


@pytest.mark.parametrize("text", [
    "The results were reported before (Smith, 2020).",  # a citation: no short name
    "The Ministry of Science and ICT (MOTIE, Minister Ahn) met.",  # the acronym does not spell the name
    "The Ministry of Science and ICT (MIT) met.",  # a word of the name left out
])
def test_no_acronym_defined_by_a_citation_or_an_acronym_that_skips_a_word(text):
    from ingest.agencies_en import acronyms

    assert acronyms(text) == {}


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # a public body's proper name, its field and its nation, as the subject of any "will": no lead
    ("Enterprise Ireland will support 1,000 client companies to adopt AI by 2027.", ["Enterprise Ireland"], []),
    ("Research Ireland (formerly Science Foundation Ireland) will fund at least 100 additional PhD places in AI by "
     "2027, under the Centres for Research Training programme led by Prof. Barry O’Sullivan.",
     ["Research Ireland"], []),
    ("By 2027, Enterprise Ireland will support 1,000 client companies, in partnership with the Department of "
     "Enterprise, Trade and Employment.", ["Enterprise Ireland"], ["Department of Enterprise, Trade and Employment"]),
])
def test_a_public_bodys_proper_name_is_the_subject_of_any_will(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "Microsoft Ireland will invest EUR 1 billion in data centres.",  # a company
    "National Grid will build new lines.",  # a company named for its nation
    "Northern Ireland will see new investment.",  # a place
    "Rural Ireland will benefit from broadband.",
])
def test_no_company_or_place_as_the_subject_of_will(text):
    assert not english_agencies(text)


@pytest.mark.parametrize(("text", "lead"), [
    # a state's or the federal level's public body that ends in its kind, as any directive's subject
    ("The University of Virginia shall develop an AI curriculum by July 1, 2026.", ["University of Virginia"]),
    ("The Virginia Community College System shall expand AI credentials.", ["Virginia Community College System"]),
    ("The Federal Trade Commission shall issue guidance within 180 days.", ["Federal Trade Commission"]),
    # a body's word after "Federal": a council, as much as "the Federal Energy Regulatory Commission"
    ("The Federal Acquisition Regulatory Council shall amend the FAR.", ["Federal Acquisition Regulatory Council"]),
])
def test_a_public_body_named_for_its_state_or_level_is_the_subject_of_a_directive(text, lead):
    assert english_agencies(text).lead == lead


@pytest.mark.parametrize("text", [
    "The Federal Government will invest in compute.",  # the government as a whole
    "Federal Permitting Agencies shall report annually.",  # a kind of body
    "The Interstate Highway System will carry more freight.",  # a thing named for no state
    "George Mason University will host the institute.",  # a university that names no state or level
])
def test_no_public_body_without_its_state_level_or_kind(text):
    assert not english_agencies(text)


def test_an_acronym_of_a_name_with_a_coined_word_spells_out_as_the_document_defines_it():
    doc = _doc("4. MBIE will lead the programme, working with the New Zealand eScience Infrastructure (NeSI).",
               "5. MBIE will lead the review, in consultation with NeSI.")
    assert [c.agencies.supporting for c in segment(doc)] == [["New Zealand eScience Infrastructure (NeSI)"]] * 2
