"""Who a resolution's operative paragraph asks to act: the body its verb names ("Invites the International
Telecommunication Union, in cooperation with the United Nations Educational, Scientific and Cultural Organization,
to develop …" leads the Union, supported by the Organization; "Requests the Secretary-General, in consultation
with Member States, to submit …" leads the Secretary-General). "Decides to …" asks no one and its paragraph's next
verb ("…, and requests the Secretary-General to …") is read; one that names no particular body ("Calls upon
Member States", "Encourages developed countries") gives none (ingest.un_resolution reads the rest)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.nations import NATIONS
from ingest.office_names_en import office_name
from ingest.summit_statement import LEADERS_STATEMENT
from ingest.types import Agencies, Clause, Document

# an operative verb that asks someone to act, at the paragraph's start or after ", and": "Requests", "Also invites",
# "Calls upon"; "Decides" asks no one (the body acts itself) but its paragraph may go on to ask
_VERB = re.compile(r"(?:^\d{1,3}\.\s+|^|,\s+and\s+|;\s+)(?:(?:also|further|again|once again|strongly)\s+)?"
                   r"(?P<verb>requests|invites|encourages|calls\s+upon|calls\s+on|urges|directs|authori[sz]es|"
                   r"mandates|entrusts|instructs|asks|appeals\s+to|decides)(?:\s+(?:also|further))?\s+", re.I)
# where the addressee ends: its infinitive, "to develop", or a lead-in's colon
_TO = re.compile(r",?\s+to\s+(?=[a-z])|\s*:\s*$")
_WITH = re.compile(r",\s*(?:in\s+(?:(?:close|closer|full|continued)\s+)?"
                   r"(?:cooperation|consultation|coordination|collaboration|partnership)\s+with|"
                   r"jointly\s+with|together\s+with|working\s+(?:(?:closely|together)\s+)?with|"
                   r"with\s+the\s+(?:support|assistance)\s+of)\s+", re.I)
# a name of a body or office, in capitalised words and the small words between them ("United Nations Educational,
# Scientific and Cultural Organization"), that ends in a word such names end in
_NAME = re.compile(r"^(?:[A-Z][\w’'-]*|of|for|and|on|in|the|,)(?:,?\s+(?:[A-Z][\w’'-]*|of|for|and|on|in|the))*$")
_BODY_WORD = re.compile(r"\b(?:Union|Organi[sz]ation|Programme|Fund|Conference|Council|Commission|Bank|Agency|"
                        r"Office|Forum|Board|Committee|Panel|Institute|University|Secretariat|Entity|Centre|Center|"
                        r"Network|Assembly|Court|Tribunal|Mechanism|Partnership|Alliance|Development|Habitat)\b")
_VAGUE = re.compile(r"^(?:Member|States?\b|Governments?\b|Parties\b|All\b|Relevant\b|Other\b)")
_LIST = re.compile(r",\s+(?:and\s+)?the\s+|\s+and\s+the\s+")


def resolution_agencies(doc: Document, clauses: Sequence[Clause]) -> None:
    """Give each operative paragraph of a resolution (ingest.un_resolution) that names none the body its verb
    asks to act, and each of its items ("(a) To submit …" under "Requests the Secretary-General:") its own."""
    if doc.meta.get("document_type") == LEADERS_STATEMENT:
        for clause in clauses:
            clause.agencies = clause.agencies or statement_agencies(clause.text)
        return
    if doc.meta.get("document_type") != "resolution":
        return
    un = doc.issuer.startswith("United Nations")
    asked: dict[str, Agencies] = {}
    for clause in clauses:
        if clause.agencies or clause.path.startswith("Preamble"):
            continue
        top = clause.path.split(" > ")[0]
        if clause.path == top and top.isdigit():
            clause.agencies = operative_agencies(clause.text, un)
            if clause.text.rstrip().endswith(":"):
                asked[top] = clause.agencies
        elif top in asked and asked[top]:
            found = asked[top]
            clause.agencies = Agencies(list(found.lead), list(found.supporting), found.note)


def operative_agencies(text: str, un: bool = True) -> Agencies:
    """The body the paragraph's first verb that asks someone to act names, with its partners; none when it names
    no particular body. un: the resolution is a United Nations body's (its "Secretary-General" is the UN's)."""
    for verb in _VERB.finditer(text):
        if verb.group("verb").lower() == "decides":
            continue
        rest = text[verb.end():]
        end = _TO.search(rest)
        if end is None:
            return Agencies()
        addressee = rest[:end.start()]
        lead_text, _, partner_text = _WITH.sub("\0", addressee, count=1).partition("\0")
        lead = _names(lead_text, un)
        if not lead:
            return Agencies()  # "Member States", "other relevant stakeholders": no one body
        partners = [n for n in _names(partner_text.strip(" ,"), un) if n not in lead]
        return Agencies(lead=lead, supporting=partners, note=text[:300])
    return Agencies()


def _names(text: str, un: bool) -> list[str]:
    """The bodies text names, whole or as a list ("the A, the B and the C"); [] if any part names none."""
    text = " ".join(text.split()).strip(" ,")
    parts = _LIST.split(text) if text else []
    names = [_name(p, un) for p in parts]
    if len(parts) > 1 and all(names):
        return names
    if any(_VAGUE.match(re.sub(r"^the\s+", "", p)) for p in parts):
        return []  # "the International Telecommunication Union and the Member States": no one body leads
    whole = _name(text, un)  # "United Nations Entity for Gender Equality and the Empowerment of Women"
    return [whole] if whole else []


def _name(text: str, un: bool) -> str:
    """One body's or office's name, less its "the"; "" for none."""
    text = re.sub(r"^the\s+", "", text.strip(" ,"))
    if text == "Secretary-General":
        return "Secretary-General of the United Nations" if un else ""
    if _VAGUE.match(text):
        return ""
    if named := office_name(text):
        return named
    return text if _NAME.match(text) and _BODY_WORD.search(text) and " " in text else ""


# a leaders' statement asks in the first person, in a sentence whose subject is "We": "We ask the OECD, working with
# the Global Partnership on AI, to develop …", "We welcome … and ask the IEA to report …"
_WE_SENTENCE = re.compile(r"(?:^\d{1,3}\.\s+|(?<=[.;!?])\s+|^)We\s[^.;!?]*")
_WE_VERB = re.compile(r"(?:^(?:\d{1,3}\.\s+)?\s*We|,?\s+and)\s+(?:(?:also|further|therefore|today)\s+)?"
                      r"(?:ask|invite|task|call\s+upon|call\s+on|urge|request|encourage|mandate|instruct)\s+")
# a state is asked to act, no body: "We call on the DPRK to abandon …"
_STATE = re.compile(rf"^(?:DPRK|PRC|ROK|UAE|USSR|{NATIONS})$")


def statement_agencies(text: str) -> Agencies:
    """The bodies a leaders' statement's paragraph asks to act ("We ask the OECD, working with the Global
    Partnership on AI, to develop …" leads the OECD, supported by the Partnership), each sentence's in turn; none
    where it asks no named body ("We task our science ministers to agree …", "We call on the DPRK to …")."""
    lead: list[str] = []
    supporting: list[str] = []
    for sentence in _WE_SENTENCE.finditer(text):
        for verb in _WE_VERB.finditer(sentence.group()):
            rest = sentence.group()[verb.end():]
            if (end := _TO.search(rest)) is None:
                continue
            lead_text, _, partner_text = _WITH.sub("\0", rest[:end.start()], count=1).partition("\0")
            names = [n for n in _names(lead_text, un=False) if not _STATE.match(n)]
            lead += [n for n in names if n not in lead]
            supporting += [n for n in _names(partner_text.strip(" ,"), un=False) if names and n not in supporting]
    supporting = [n for n in supporting if n not in lead]
    return Agencies(lead=lead, supporting=supporting, note=text[:300]) if lead else Agencies()
