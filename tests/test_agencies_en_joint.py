"""The bodies a joint statement of two governments names as doing what they decided: after "decided that", with
their nation after the acronym ("(DST) of India"), a hyphenated acronym ("(C-DAC)"), a public body named for the
field it serves and its nation ("Invest India"), and an acronym in mixed case the statement defines ("MeitY")."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.types import Block, Document


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("The National Institute of Advanced Industrial Science and Technology (AIST) of Japan and the Centre for "
     "Development of Advanced Computing (C-DAC) of India will, in coordination with the IndiaAI Mission, provide "
     "reciprocal access to their AI computing infrastructure.",
     ["National Institute of Advanced Industrial Science and Technology (AIST)",
      "Centre for Development of Advanced Computing (C-DAC)"], ["IndiaAI Mission"]),
    ("The Prime Minister of India welcomed the intention of Japanese companies to set up a cluster in Gujarat, and "
     "the two sides decided that the Japan External Trade Organization (JETRO) and Invest India will jointly "
     "operate a Semiconductor Supply Chain Desk.",
     ["Japan External Trade Organization (JETRO)", "Invest India"], []),
    ("They decided that the Japan Science and Technology Agency (JST) and the Department of Science and "
     "Technology (DST) of India will launch a joint call for proposals in 2027.",
     ["Japan Science and Technology Agency (JST)", "Department of Science and Technology (DST)"], []),
])
def test_the_bodies_two_governments_decide_will_act_lead(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "The two sides decided that they will share information on supply chain vulnerabilities.",
    "The leaders agreed that Member States should cooperate closely.",
    "Japan intends to accept 1,000 Indian engineers by 2030, and Microsoft India will host them.",
    "The Department of Science and Technology (DST) of Ruritania will launch a call.",  # no nation it knows
])
def test_no_body_where_none_is_named(text):
    assert not english_agencies(text).lead


def test_a_mixed_case_acronym_the_statement_defines_names_its_ministry():
    from ingest.segment import segment

    doc = Document(doc_id="js", source_url="js.html", title="India-Japan Joint Statement", lang="en", blocks=[
        Block(text="5. The two sides welcomed the Memorandum signed between the Ministry of Electronics and "
                   "Information Technology (MeitY) of India and the Ministry of Economy, Trade and Industry (METI) "
                   "of Japan."),
        Block(text="18. The Digital Agency of Japan and MeitY will conduct a joint pilot on digital credentials."),
    ])
    found = next(c.agencies for c in segment(doc) if c.text.startswith("18."))
    assert found.lead == ["Digital Agency of Japan", "Ministry of Electronics and Information Technology (MeitY)"]
    assert found.note.startswith("The Digital Agency of Japan and MeitY will")  # as the clause words it


@pytest.mark.parametrize(("text", "lead"), [
    # a minister named by the ministry's fields, an acronym among them, as Korea's and India's laws name one
    ("(1) The Minister of Science and ICT shall formulate a Basic Plan every three years.",
     ["Minister of Science and ICT"]),
    ("The Minister for Skills shall publish the list each year.", ["Minister for Skills"]),
    # under the article's title that opens its first paragraph in a translated statute
    ("Article 6 (Formulation of Basic Plans) (1) The Minister of Science and ICT shall formulate a basic plan.",
     ["Minister of Science and ICT"]),
    # a list still splits before a body's acronym
    ("The Department of Energy and AI Safety Institute shall coordinate.",
     ["Department of Energy", "AI Safety Institute"]),
])
def test_a_minister_named_by_the_ministrys_fields_leads(text, lead):
    assert english_agencies(text).lead == lead
