"""Share the agencies of an English document's measures across its clauses: a clause that names no one takes its
directive's, else its lead-in's when it is an item that goes on the lead-in's sentence ("(i) develop …" under "… the
Secretary of Labor shall:"), and a note below a measure's items gives them to the measure; every name in the one form
the document gives its office."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.agencies_en import english_agencies
from ingest.agencies_en import sentences as _sentences
from ingest.agency_lists_en import joined_bodies
from ingest.agency_lists_en import later_partners as _later_partners
from ingest.agency_notes_en import FIRST_LEADS_EN, note_agencies
from ingest.defined_names_en import (
    acronyms,
    by_acronym,
    defined_terms,
    is_acronym,
    mixed_case_spelt,
    spelt_out,
    with_short_names,
)
from ingest.implied_acronyms_en import implied_acronyms
from ingest.known_acronyms_en import known_acronyms
from ingest.office_names_en import without_parent
from ingest.types import Agencies, Clause

# a lead-in whose items go on its sentence: "… the Secretary of Labor shall:" then "(i) develop …"
# (a US bill's lead-in ends in a dash, "the Director shall--", and its items are quoted where it inserts them)
_ENDS_IN_VERB = re.compile(r"\b(?:shall|will|should|must)(?:,? (?:as appropriate|jointly|where appropriate),?)?"
                           r"\s*(?:[:：]|--)\s*$")
_GOES_ON = re.compile(r"^\s*(?:(?:``)?\(?[a-zA-Z0-9]{1,5}\)|[-*•]|\d+\.)\s*[a-z]")
# "X is responsible for:" then "4.1.1 Establishing …": its items are X's duties, each a gerund
_RESPONSIBLE_FOR = re.compile(r"\b(?:is|are) (?:jointly )?responsible for\s*[:：]\s*$")
_DUTY_ITEM = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,5}\)|[-*•]|\d+(?:\.\d+)*\.?)\s*[A-Za-z]+ing\b")


def share_english_agencies(clauses: Sequence[Clause], leads: Sequence[Sequence[str]], text: str = "",
                           issuer: str = "") -> dict[str, str]:
    """Give each English clause with no agencies those of its directive, else, when it is an item that goes
    on its lead-in's sentence ("(i) develop …" under "… the Secretary of Labor shall:"), the lead-in's.
    leads: each clause's lead-ins, innermost first (leads.list_leads); text: the document's, whose acronyms
    give each office one name (spelt_out), as do the acronyms its government uses undefined ("DESNZ") where it also
    names the department in full or its issuer is one of that government's (known_acronyms) and those it gives
    without brackets (implied_acronyms); an EU institution's own text calls it by its word alone ("the
    Commission"). Returns those names, short -> long, for spell_out_agencies."""
    defined = {**implied_acronyms(text), **known_acronyms(text, issuer=issuer), **acronyms(text), **defined_terms(text),
               **_own_short_name(issuer)}
    first_leads = bool(FIRST_LEADS_EN.search(text))  # a document's rule: "the first-listed unit leads"
    for i, (clause, its_leads) in enumerate(zip(clauses, leads, strict=True)):
        if clause.agencies:  # a row of a table of tasks ("| MDDI | MOE, IMDA |"): its names as the text's
            clause.agencies.lead, clause.agencies.supporting = _one_form(clause.agencies, defined)
            continue
        # a translated measure's note ("(Responsible units: …)") says who, as its Chinese note does; the
        # subject reader reads the rest
        found, rest = note_agencies(clause.text, first_leads, defined)
        if not found:
            read = mixed_case_spelt(with_short_names(by_acronym(rest, defined), defined), defined)
            found = english_agencies(read)
            found.note = _as_written(found.note, read, rest)
        # or a lead-in the outline read as its items' heading, short as it is ("``(2) Allocation.--…, the Director
        # shall--" over "``(A) reserve …")
        for lead_in in [*its_leads[:1], *clause.headings[-1:]]:
            found = found or _lead_in_agencies(with_short_names(lead_in.rstrip(), defined), clause.text)
        if found:
            for short, long in defined.items():  # the note as the clause words it
                if not is_acronym(short) and long not in clause.text:
                    found.note = found.note.replace(long, short)
            found.lead, found.supporting = _one_form(found, defined)
            clause.agencies = found
            _note_above(clauses[:i], clause)
    return defined


# an EU institution that issues a text names itself there by its word alone: the European Commission's press release,
# "The Commission will set up at least 13 AI Factories"
_EU_INSTITUTION = re.compile(r"^European (Commission|Parliament)$")


def _own_short_name(issuer: str) -> dict[str, str]:
    """{"Commission": "European Commission"} for a text the European Commission issued; {} for any other issuer."""
    m = _EU_INSTITUTION.match(issuer)
    return {m.group(1): issuer} if m else {}


def _lead_in_agencies(lead_in: str, item: str) -> Agencies:
    """The agencies of an item that goes on its lead-in's sentence: "(i) develop …" under "… shall:", and "4.1.3
    Approving exceptions … in consultation with Shared Services Canada" under "X is responsible for:", which
    leads, the partners the item names supporting."""
    goes_on = _ENDS_IN_VERB.search(lead_in) and _GOES_ON.match(item)
    duty = _RESPONSIBLE_FOR.search(lead_in) and _DUTY_ITEM.match(item)
    if not (goes_on or duty):
        return Agencies()
    found = english_agencies(_sentences(lead_in)[-1] if _sentences(lead_in) else "")
    if found and duty:
        found.supporting += [n for n in _later_partners(item) if n not in found.lead + found.supporting]
    return found


def _note_above(before: Sequence[Clause], note: Clause) -> None:
    """Give a note that is a paragraph of its own, below its measure's items ("(5) … We will:", "1. …", "3. …",
    then "(The National Data Administration shall take the lead, …)"), to that measure, whose place in the
    outline it shares, when the measure names no one itself."""
    if note_agencies(note.text)[1].strip():
        return  # the note ends a measure's own text
    items = note.path + " > "
    measure = next((c for c in reversed(before) if not c.path.startswith(items)), None)
    if measure is not None and measure.path == note.path and not measure.agencies:
        measure.agencies = Agencies(list(note.agencies.lead), list(note.agencies.supporting), note.agencies.note)


def _as_written(note: str, read: str, text: str) -> str:
    """note, a sentence of read (text as the subject reader read it), as text words it."""
    if read == text:
        return note
    said, written = _sentences(read), _sentences(text)
    if len(said) == len(written):
        for one, other in zip(said, written, strict=True):
            if one[:300] == note:
                return other[:300]
    return note


def spell_out_agencies(clauses: Sequence[Clause], defined: dict[str, str]) -> None:
    """The agencies of clauses read after the sharing (a resolution's or a leaders' statement's "ask the IEA to …")
    in the one form the document gives each office (defined: its names, as share_english_agencies returns them)."""
    for clause in clauses:
        if clause.agencies:
            clause.agencies.lead, clause.agencies.supporting = _one_form(clause.agencies, defined)


def _one_form(agencies: Agencies, defined: dict[str, str]) -> tuple[list[str], list[str]]:
    """agencies' lead and supporting names each in the one form its document gives the office (spelt_out), a
    coined body's without its parent ministry (without_parent), two that a table's cell joins each its own ("DSIT
    and DfE")."""
    def each(names: list[str]) -> list[str]:
        return [spelt_out(without_parent(one), defined) for n in names for one in joined_bodies(n) or [n]]
    lead = list(dict.fromkeys(each(agencies.lead)))
    return lead, [n for n in dict.fromkeys(each(agencies.supporting)) if n not in lead]
