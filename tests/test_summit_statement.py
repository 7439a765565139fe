"""ingest.summit_statement and ingest.un_agencies.statement_agencies (through ingest.parse and ingest.segment): a
summit's leaders' statement is the group's its first paragraph speaks for, its page's kicker, meta line, dateline
and tags are metadata, and the bodies it asks to act lead its paragraphs."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment
from ingest.un_agencies import statement_agencies

PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Host</title>"
        "<meta property='article:published_time' content='2026-06-16T19:30:00+02:00'></head><body><main><article>"
        "<div class='article__kicker'>G7 Evian Summit</div><h1>{title}</h1>"
        "<div class='article__meta'><time datetime='2026-06-16'>16 June 2026</time> — "
        "<span>Joint statement</span></div><div class='article__body'>"
        "<p><strong>Evian-les-Bains, 16 June 2026</strong></p>"
        "<p>1. We, the Leaders of the Group of Seven (G7), met in Evian-les-Bains on 15 and 16 June 2026 and are "
        "united in our determination that artificial intelligence should drive inclusive growth.</p>"
        "<p>2. Access to computing power has become a determinant of economic competitiveness and of scientific "
        "leadership in many of our economies.</p>"
        "<h2>I. Trusted and accessible AI compute</h2>"
        "<p>3. We ask the OECD, working with the Global Partnership on AI, to develop by the 2027 G7 Summit a "
        "common methodology to measure national AI compute capacity.</p>"
        "<p>4. We will promote reciprocal access for researchers. We task our science ministers to agree on pilot "
        "arrangements for research projects.</p>"
        "<h2>Annex: Principles</h2><ol><li>Operators should identify the AI assets hosted in their facilities.</li>"
        "<li>Governments should share information on threats to AI infrastructure.</li></ol></div>"
        "<div class='article__tags'>Tags: <a href='/g7'>G7</a> <a href='/ai'>Artificial intelligence</a></div>"
        "</article></main></body></html>")
TITLE = "G7 Leaders' Statement on Artificial Intelligence, Compute and Energy"


def test_a_leaders_statement_is_its_groups_and_its_page_lines_are_metadata():
    # before: no issuer nor kind; the kicker and meta line were a clause, the dateline a heading over 1-2, and the
    # tags line a clause of the annex
    doc = parse(PAGE.format(title=TITLE), "g7.html")
    assert (doc.issuer, doc.kind) == ("Group of Seven (G7)", "notice")
    assert doc.meta["summit"] == "G7 Evian Summit" and doc.meta["category"] == "Joint statement"
    assert (doc.meta["dateline"], doc.meta["location"]) == ("Evian-les-Bains, 16 June 2026", "Evian-les-Bains")
    assert (doc.date_written, doc.meta["tags"]) == ("2026-06-16", "G7 Artificial intelligence")
    clauses = segment(doc)
    assert [c.path for c in clauses[:2]] == ["1", "2"]
    assert not any(w in c.text for c in clauses for w in ("Tags:", "G7 Evian Summit", "Joint statement"))
    assert clauses[-1].text.startswith("2. Governments should share")


def test_the_body_a_leaders_statement_asks_to_act_leads_its_paragraph():
    clauses = segment(parse(PAGE.format(title=TITLE), "g7.html"))
    asked = {c.path.split(" > ")[-1]: (c.agencies.lead, c.agencies.supporting) for c in clauses}
    assert asked["3"] == (["OECD"], ["Global Partnership on AI"])
    assert asked["4"] == ([], [])  # "our science ministers": no named body


def test_a_group_the_leaders_name_before_their_title_is_the_issuer():
    page = PAGE.format(title="G20 Leaders' Declaration").replace("the Leaders of the Group of Seven (G7)",
                                                                  "the G20 Leaders")
    assert parse(page, "g20.html").issuer == "G20"


def test_another_statement_keeps_its_lines():
    # a ministry's statement is no summit's: its kicker, dateline and tags stay where they are, no issuer is read
    doc = parse(PAGE.format(title="Statement on the Partnership for AI"), "s.html")
    assert doc.issuer != "Group of Seven (G7)" and doc.kind != "notice"
    assert not {"summit", "category", "tags"} & set(doc.meta)
    clauses = segment(doc)
    assert any("Tags:" in c.text for c in clauses)
    assert all(not c.agencies.lead for c in clauses)  # its "We ask the OECD …" is read by no statement rule


@pytest.mark.parametrize("text, lead, supporting", [
    ("9. We welcome the Energy and AI Observatory and ask the IEA to report to G7 energy ministers each year.",
     ["IEA"], []),
    ("We invite the World Bank Group, in cooperation with the African Development Bank, to report on progress.",
     ["World Bank Group"], ["African Development Bank"]),
    ("We encourage operators to report publicly. We also ask the OECD to report to us in 2027.", ["OECD"], []),
])
def test_a_statements_request_names_who_leads(text, lead, supporting):
    found = statement_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "We task our digital ministers, together with our energy ministers, to take forward these actions.",
    "We call on the DPRK to abandon all its nuclear weapons.",
    "We call on all countries to join the Partnership.",
    "We thank the OECD, the IEA and GPAI for their contributions.",
    "The OECD will ask the IEA to report to ministers.",  # not the leaders asking
])
def test_no_body_where_the_statement_asks_none(text):
    assert statement_agencies(text).lead == []


def test_a_body_the_statement_asks_by_its_acronym_is_named_as_the_text_spells_it():
    page = PAGE.format(title=TITLE).replace(
        "<p>2. Access to computing power", "<p>2. The International Energy Agency expects demand to grow. Access to "
        "computing power").replace("<h2>Annex", "<p>5. We ask the IEA to report on data centre demand.</p><h2>Annex")
    clauses = segment(parse(page, "g7.html"))
    asked = {c.path.split(" > ")[-1]: c.agencies.lead for c in clauses}
    assert asked["5"] == ["International Energy Agency (IEA)"]  # was "IEA", which the agency filter's full name missed
