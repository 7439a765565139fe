"""Read the agency note of a translated Chinese measure, "(Responsible units: A, B)", "(Lead unit: A;
supporting units: B, C)", "(Led by A, with the support of B)", as its Chinese （责任单位：…） note is read
(ingest.agencies.parse_agency_note): units a note lists with no role all lead, unless the note, or the
document once, says the first listed leads. Names stay as written; a vague one ("relevant departments") is
dropped."""

from __future__ import annotations

import re

from ingest.defined_names_en import by_acronym
from ingest.types import Agencies

_UNIT = r"(?:units?|departments?|agenc(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|entit(?:y|ies))"
# (and a UK government response's bare "Lead", ending a paragraph: "… Delivery: Spring 2025. Lead: DSIT.")
_LEAD_LABEL = rf"(?:(?:Main |Primary )?Responsible|Lead(?:ing)?) {_UNIT}|{_UNIT} responsible|Lead(?= *[:：])"
_SUPPORT_LABEL = rf"(?:Supporting|Co-?operating|Participating|Assisting|Collaborating) {_UNIT}"
_LABEL = re.compile(rf"^(?:({_LEAD_LABEL})|({_SUPPORT_LABEL}))\s*[:：]\s*", re.I)
_LED_BY = re.compile(r"^(?:Jointly )?led by\s+", re.I)
# "…, with the support of B", "…, with B cooperating": the partners of a "Led by A" note
# (and a UK government response's "Lead: DSIT, supported by DESNZ and MHCLG")
_WITH = re.compile(r"^(?:and )?(?:with (?:the (?:support|participation|cooperation|co-operation|assistance) of )?"
                   r"|supported by )", re.I)
# a part's role at its end: "A to take the lead", "A shall take the lead", "B and C shall participate", and
# 按职责分工负责 as translated: "A and B shall be responsible according to their respective duties" (both lead)
_DUTIES = (r"(?: (?:according to|in accordance with) (?:their|its) (?:respective )?"
           r"(?:duties|responsibilities|functions))?")
_TAKES_LEAD = re.compile(rf"\s+(?:to |shall |will )?(?:takes?|taking) the lead$|\s+(?:to )?leads?$|\s+in the lead$|"
                         rf"\s+(?:shall|will) (?:be (?:jointly )?responsible|lead){_DUTIES}$", re.I)
_ASSISTS = re.compile(r"\s+(?:to |shall |will )?(?:co-?operat|participat|assist|support)(?:es|e|ing|s)?$", re.I)
# a note: in brackets, opening with its label or "Led by", or a sentence that ends in its role ("(The National
# Data Administration shall take the lead, and … shall participate.)"); or, unbracketed, a paragraph's last one
_OPENS = rf"(?:{_LEAD_LABEL}|{_SUPPORT_LABEL})\s*[:：]|(?:Jointly )?[Ll]ed by "
_ROLE_ENDS = (rf"[A-Z][^()（）\n]{{2,300}}?\s(?:shall|will)\s(?:be (?:jointly )?responsible{_DUTIES}|take the lead|"
              rf"participate|co-?operate|assist)")
_BRACKETED = re.compile(rf"[(（]\s*((?i:{_OPENS})[^()（）\n]{{2,300}}|(?P<role>{_ROLE_ENDS})[.。]?)\s*[)）][.;。]?")
# (its names may carry brackets: "Lead: DSIT (Government Digital Service).", "… Net Zero (DESNZ)")
_TRAILING = re.compile(rf"(?:(?<=[.;。])\s+|^|(?<=\n))((?i:{_LEAD_LABEL}|{_SUPPORT_LABEL})\s*[:：]"
                       rf"(?:[^\n()（）]|\([^()\n]{{1,80}}\)){{2,300}}?)[.;。]?\s*$")
# the rule that the first unit listed leads: "the first-listed unit is the lead unit", "with the unit listed
# first taking the lead", "the first one listed leads", and "the others (are) supporting (units)" after it
FIRST_LEADS_EN = re.compile(
    r"[,;]?\s*(?:with\s+)?(?:the\s+)?(?:first[- ]listed(?:\s+(?:unit|department|agency|one))?|"
    r"(?:unit|department|agency|one)\s+listed\s+first|first\s+(?:unit|department|agency|one)\s+listed)\s+"
    r"(?:is|being|as|shall be|will be|takes?|taking|leads?|leading)\s*(?:the\s+)?(?:lead(?:ing)?|lead)?"
    r"(?:\s+(?:unit|department|agency))?"
    r"(?:[,;]?\s*(?:and\s+)?(?:the\s+)?(?:others?|rest|remaining(?:\s+ones|\s+units)?)\s+(?:are|as|being)\s+"
    r"(?:the\s+)?(?:supporting|co-?operating|participating)(?:\s+(?:units?|departments?|agencies))?)?", re.I)
# " and " between two names: after a word a unit's name ends in, before another capitalised one
# ("Municipal Finance Bureau and Municipal Science and Technology Innovation Commission"), never inside
# "Bureau of Industry and Information Technology" (nor after Administration or Service, which also start a
# name's last words: "Supervision and Administration Commission"); or after a name's acronym, which ends it
# ("the Department for Energy Security and Net Zero (DESNZ) and MHCLG")
_AND = re.compile(r"(\b(?:Bureau|Commission|Committee|Government|Office|Department|Ministry|Agency|"
                  r"Authority|Council|Centre|Center|Group|Corporation|Bank|Federation|Association|Court|"
                  r"Procuratorate)|\([A-Z][A-Za-z&]{1,11}\)) and (?:the )?(?=[A-Z])")
_NAME = re.compile(r"(?:[A-Z][\w'’.&\-]*|of|and|for|on|the|in|to)(?: (?:[A-Z][\w'’.&\-]*|of|and|for|on|the|in|to|"
                   r"\([A-Z][A-Za-z&]{1,11}\)))*")
# the part of a body that leads, in brackets after it: "Lead: DSIT (Government Digital Service)" (not an acronym)
_PART_OF = re.compile(r"\s+\((?![A-Z][A-Za-z&]{1,11}\))[^()]*\)")
_VAGUE = re.compile(r"^(?:Relevant|Other|All|Each|Every|Various|Related|Concerned|Competent|Any|Such|Some)\b"
                    r"|^(?:of|and|for|on|in|to)\b|\b(?:of|and|for|on|the|in|to)$")


def _unit_names(text: str) -> list[str]:
    """The names of a list of units as written: split on commas, semicolons and " and " between names; a vague
    or lowercase one ("relevant departments", "district governments") left out."""
    names: list[str] = []
    for part in re.split(r"\s*[,;，、；]\s*(?:and\s+)?", _PART_OF.sub("", text)):
        for piece in _between_names(_AND.sub("\\1\0", part)).split("\0"):
            name = re.sub(r"^(?:and\s+)?(?:the\s+)?|\s+etc\.?$|[.。]$", "", piece.strip(), flags=re.I).strip()
            if _NAME.fullmatch(name) and name[0].isupper() and not _VAGUE.search(name) and name not in names:
                names.append(name)
    return names


# " and the " before a body's name ends the name before it: "the Ministry of Science and Technology and the National
# Development and Reform Commission" is two; "Department of Agriculture, Food and the Marine" one (no body's word after)
_AND_THE = re.compile(r" and the (?=[A-Z])")
_BODY_WORD = re.compile(r"\b(?:Ministry|Commission|Administration|Bureau|Department|Office|Committee|Council|Agency|"
                        r"Authority|Bank|Government|Centre|Center|Academy|Association|Federation|Corporation)\b")


def _between_names(text: str) -> str:
    """text with a \\0 at each " and the " that stands between two bodies' names."""
    pieces = _AND_THE.split(text)
    out = pieces[0]
    for piece in pieces[1:]:
        whole = _BODY_WORD.search(out.rsplit("\0", 1)[-1]) and _BODY_WORD.search(piece.split("\0", 1)[0])
        out += ("\0" if whole else " and the ") + piece
    return out


def _role_parts(body: str) -> list[str]:
    """A note's parts, each naming one role: at semicolons, before a label, "with" or "Led by", and after a
    part that ends in its role ("A to take the lead, B and C to cooperate"); a comma alone is a list's."""
    parts: list[str] = []
    for clause in re.split(r"\s*[;；]\s*", body):
        group: list[str] = []
        for piece in re.split(r"\s*,\s*", clause):
            if group and (_LABEL.match(piece) or _LED_BY.match(piece) or _WITH.match(piece)):
                parts.append(", ".join(group))
                group = []
            group.append(piece)
            if _TAKES_LEAD.search(piece) or _ASSISTS.search(piece):
                parts.append(", ".join(group))
                group = []
        if group:
            parts.append(", ".join(group))
    return parts


def parse_note(note: str, first_leads: bool = False, defined: dict[str, str] | None = None) -> Agencies:
    """Lead and supporting units of a note's words (its brackets left off): a part labelled "Responsible
    units:" or "Lead unit:", "Led by A" or "A to take the lead" leads; "Supporting units:", "with the support of
    B" or "B to cooperate" supports; a note naming none by role, all lead, unless it (or, first_leads, its
    document) says the first listed leads. defined: the document's acronyms, which say a name with a comma
    ("the Ministry of Housing, Communities and Local Government (MHCLG)") by its acronym for the lists."""
    body = note.strip()
    body = by_acronym(body[1:-1].strip() if body[:1] in "(（" and body[-1:] in ")）" else body, defined or {})
    first_leads = first_leads or bool(FIRST_LEADS_EN.search(body))
    body = FIRST_LEADS_EN.sub("", body)
    lead: list[str] = []
    supporting: list[str] = []
    roles = False
    for part in _role_parts(body):
        part = part.strip(" .。")
        target = lead
        if m := _LABEL.match(part):
            roles = roles or bool(m.group(2)) or "lead" in m.group().lower()
            target, part = (lead if m.group(1) else supporting), part[m.end():]
        elif m := _LED_BY.match(part):
            roles, part = True, part[m.end():]
        elif (m := _WITH.match(part)) and lead:
            roles, target, part = True, supporting, _ASSISTS.sub("", part[m.end():])
        elif m := _TAKES_LEAD.search(part):
            roles, part = True, part[:m.start()]
        elif m := _ASSISTS.search(part):
            roles, target, part = True, supporting, part[:m.start()]
        for name in _unit_names(part):
            if name not in lead and name not in supporting:
                target.append(name)
    if first_leads and not roles and not supporting:
        lead, supporting = lead[:1], lead[1:]
    return Agencies(lead=lead, supporting=supporting, note=note.strip())


def find_notes(text: str) -> list[tuple[int, int]]:
    """The spans of a clause's agency notes: each bracketed one, "(Responsible units: …)", and an unbracketed
    one that ends its text ("… subsidised. Responsible unit: Municipal Finance Bureau.")."""
    # a sentence's note names bodies ("the Ministry of Finance shall participate"), not "Member States"
    spans = [m.span() for m in _BRACKETED.finditer(text) if not m.group("role") or _BODY_WORD.search(m.group("role"))]
    if not spans and (m := _TRAILING.search(text)):
        spans.append((m.start(1), m.end()))
    return spans


def note_agencies(text: str, first_leads: bool = False,
                  defined: dict[str, str] | None = None) -> tuple[Agencies, str]:
    """The agencies a clause's agency notes name (joined, the lead of any part leading), and its text without
    them, for the subject reader; no agencies when it has no note naming a unit."""
    spans = find_notes(text)
    if not spans:
        return Agencies(), text
    notes = [parse_note(text[s:e].rstrip(".;。"), first_leads, defined) for s, e in spans]
    lead = list(dict.fromkeys(n for a in notes for n in a.lead))
    supporting = list(dict.fromkeys(n for a in notes for n in a.supporting if n not in lead))
    rest = text
    for s, e in reversed(spans):
        rest = rest[:s] + rest[e:]
    return Agencies(lead, supporting, "; ".join(text[s:e].strip() for s, e in spans)), rest
