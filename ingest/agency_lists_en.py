"""How an English text lists offices: a list's parts (a body's own commas and "and"s kept), the offices they name,
and the partners a phrase names later in a directive's sentence ("…, in collaboration with the Ministry of Education")
or right after its verb ("shall, in coordination with A and B, issue …")."""

from __future__ import annotations

import re

from ingest.office_names_en import (
    BODY_LIST,
    COINED,
    FIELDS_AND_NATION,
    SMALL,
    body_name,
    coined_name,
    field_body_name,
    office_name,
    one_listed_name,
    one_word_body,
    public_body_name,
    served_body_name,
)

# the words that name a partner, before or after the verb
PARTNER_MARKER = (r"in (?:consultation|coordination|collaboration|cooperation|partnership) with|supported by|"
                  r"with the (?:support|assistance) of|jointly with|together with|working (?:closely )?with")
# how a partner is attached to the subject
WITH = re.compile(rf"^(?:and )?(?:{PARTNER_MARKER}) ", re.I)

# (not before a field's acronym, part of the name: "the Minister of Science and ICT")
_AND_NEXT = (r"\s+and\s+(?=(?:the\s+)?(?:(?!(?:ICT|STEM)\b)[A-Z]{2,}\b|Secretary|Director|Administrator|Attorney|"
             r"Chair|Commissioner|"
             rf"Department|Office|Assistant|Chief|National|U\.S\.)|the\s|{COINED})")
# a partner named later in the directive's sentence: "MDDI will lead …, in collaboration with the Ministry of
# Education"; "… will lead procurement, supported by DSIT"; "…, working with the Department for …"
# and the directive's own verb may: "Enterprise Singapore will work (closely) with IMDA to help …" (right after it)
LATER_WITH = re.compile(rf"\b(?:{PARTNER_MARKER}) |"
                         r"^\s*(?:closely |jointly )?work(?: closely| together| jointly)? with ")
_AND_WITH = re.compile(r"\band (?:closely )?with (?=(?:the )?[A-Z])")


def list_parts(text: str) -> list[str]:
    """The parts of a list ("A, B, and C"): " and " splits only before "the", a title or an acronym, or after a
    name's acronym in brackets ("… (NeSI) and Callaghan Innovation"), never inside "Housing and Urban Development"."""
    parts = re.split(rf",\s*(?:and\s+)?|{_AND_NEXT}|(?<=\))\s+and\s+", protect(text))
    return [restore(p).strip() for p in parts if p.strip()]


def listed_names(text: str) -> list[str] | None:
    """The offices a list names; None when a part names none."""
    parts = list_parts(text)
    names = [office_name(p) or field_body_name(p) or fields_body_name(p) for p in parts]
    if len(names) > 1 and any(names) and not all(names):  # beside a body, a proper name names one too: "the
        names = [n or body_name(p) for n, p in zip(names, parts, strict=True)]  # National Computational
    return names if names and all(names) else _acronym_and(text)  # Infrastructure and the Pawsey … Centre"


_FIELDS_THEN_BODY = re.compile(r"(?:the\s+)?((?:[A-Z][a-z]+(?:,\s+|\s+and\s+))+)(\S.*)")


def fields_body_name(text: str) -> str:
    """text as a body named by its fields and its nation where only the last field names one ("Jobs and Skills
    Australia", as "Skills Australia" would; "Fisheries and Oceans Canada" is field_body_name's), else ""."""
    m = _FIELDS_THEN_BODY.fullmatch(re.sub(r"\s+", " ", text).strip(" ,"))
    return f"{m.group(1)}{m.group(2)}" if m and field_body_name(m.group(2)) else ""


_ACRONYM_THEN = re.compile(r"(?:the\s+)?([A-Z][A-Z&]+)\s+and\s+(?:the\s+)?(\S.*)")


def joined_bodies(text: str) -> list[str]:
    """An acronym's body and another body joined by an "and" list_parts keeps ("DESNZ and Ofgem", a table's Lead
    cell "DSIT and DfE"): the two names, else none ("Minister of Science and ICT", "Office of AI and Robotics")."""
    m = _ACRONYM_THEN.fullmatch(re.sub(r"\s+", " ", text).strip(" ,"))
    first = office_name(m.group(1)) if m else ""
    second = first and (office_name(m.group(2)) or field_body_name(m.group(2)) or body_name(m.group(2))
                        or coined_name(m.group(2)) or one_word_body(m.group(2)))
    return [first, second] if first and second else []


_ACRONYM_AND = re.compile(r"^(?:the\s+)?([A-Z][A-Za-z&]*[A-Z])\s+and\s+(?=[A-Z])(.+)$")


def _acronym_and(text: str) -> list[str] | None:
    """An acronym's body and one by its proper name: "IMDA and Enterprise Singapore" (a split list_parts does not make
    before a name that is no title: "Office of AI and Robotics" stays one), both naming bodies, else None."""
    m = _ACRONYM_AND.match(text)
    first = office_name(m.group(1)) if m else ""
    second = m and (office_name(m.group(2)) or field_body_name(m.group(2)))
    return [first, second] if first and second else None


def protect(text: str) -> str:
    """text with the commas and "and"s inside a body's name ("Ministry of Health, Labour and Welfare",
    "Department of Agriculture, Food and the Marine") hidden from the list's split; restore shows them."""
    text = re.sub(BODY_LIST, lambda m: m.group().replace(",", "\0").replace(" and ", " \1 ")
                  if one_listed_name(m.group()) else m.group(), text)
    return re.sub(FIELDS_AND_NATION, lambda m: m.group().replace(",", "\0").replace(" and ", " \1 "), text)


def restore(text: str) -> str:
    return text.replace("\0", ",").replace("\1", "and")


def partner_names(chunks: list[str]) -> list[str]:
    """The named offices of a run of list parts, dropping the vague ones ("the heads of other agencies"). A
    partner may also be a body by its coined name ("SkillsFuture Singapore") or a public body by its kind ("the
    Virginia Community College System"), which the phrase says is one."""
    out: list[str] = []
    for chunk in chunks:
        for part in list_parts(re.sub(r"^and\s+", "", chunk)):
            name = (office_name(part) or coined_name(part) or body_name(part) or public_body_name(part)
                    or one_word_body(part) or served_body_name(part))
            for one in _two_bodies(part) or joined_bodies(part) or ([name] if name else []):
                if one not in out:
                    out.append(one)
    return out


_NATION_LAST = r"(Canada|Australia|India|Ireland|England|Scotland|Wales|UK|Singapore)"


def _two_bodies(text: str) -> list[str]:
    """Two bodies' names joined by an "and" that list_parts does not split, each ending in its nation ("the National
    Research Council of Canada and Public Services and Procurement Canada"), else none ("Fisheries and Oceans
    Canada" is one)."""
    for m in re.finditer(rf"\b{_NATION_LAST} and (?:the )?", text):
        first, second = text[:m.start() + len(m.group(1))], text[m.end():]
        if not re.search(rf"\b{_NATION_LAST}$", second):
            continue
        names = [body_name(first) or field_body_name(first), body_name(second) or field_body_name(second)]
        if all(names):
            return names
    return []


# where a name ends in running text: before its first lowercase word that is no small word of a name
NAME_ENDS = re.compile(rf"\s+(?!{SMALL}\b)(?=[a-z](?![A-Z]))")  # "eScience" goes on a name


def later_partners(rest: str) -> list[str]:
    """The partners a phrase later in the directive's sentence names: "…, in collaboration with the Ministry of
    Education and SkillsFuture Singapore."; its list stops at the first part that names none ("…, in
    consultation with the Secretary of State, and submit it to the Director of OMB": not OMB)."""
    out: list[str] = []
    rest = rest.rstrip(" .;:")
    found = list(LATER_WITH.finditer(rest))
    # (a second partner the phrase adds: "working closely with the Cyber Security Agency for …, and with the Energy
    # Market Authority on grid matters")
    for m in [*found, *(_AND_WITH.finditer(rest, found[0].end()) if found else ())]:
        chunks = [restore(c.strip()) for c in protect(rest[m.end():]).split(",")]
        first = re.sub(rf"(?:\s+{SMALL})+$", "", NAME_ENDS.split(chunks[0], 1)[0])
        taken = [first]
        for chunk in chunks[1:] if first == chunks[0] else []:  # a list goes on only after a whole name
            if listed_names(re.sub(r"^and\s+", "", chunk)) is None:
                break
            taken.append(chunk)
        out += [n for n in partner_names(taken) if n not in out]
    return out


def partners_after_verb(rest: str) -> list[str]:
    """The partners named right after the verb: "shall, in coordination with A and B, issue …"."""
    chunks = [restore(c.strip()) for c in protect(rest).split(",")]
    if len(chunks) < 3 or chunks[0] or not WITH.match(chunks[1]):
        return []
    taken = [chunks[1][WITH.match(chunks[1]).end():]]
    for chunk in chunks[2:-1]:
        if listed_names(re.sub(r"^and\s+", "", chunk)) is None and not chunk.startswith("and "):
            break
        taken.append(chunk)
    return partner_names(taken)
