"""The parts of an English directive's sentence beyond its first subject: an aside after the subject that names its
parent ("The Government Digital Service (GDS), part of DSIT, will lead …"), the named subject of a later clause
("UKRI will allocate …, and the Engineering and Physical Sciences Research Council (EPSRC) will lead …"), and the
partners of a subject that names no body ("The department will administer …, working with the Australian Research
Council")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.types import Agencies

# an aside after the subject that says where the body sits, naming no partner: "part of DSIT", "an executive agency
# of the Department for Education", "housed within the department", "established in the department"
APPOSITION = re.compile(r"^(?:(?:now |itself )?part of|an? (?:[a-z\-]+ )*(?:agency|body|arm|unit|division|"
                        r"directorate|branch|part|office) (?:of|within|in)|(?:housed|based|established|located|hosted|"
                        r"sitting|sponsored) (?:in|within|at|by)|within|formerly) (?=(?:the |its )?[A-Z])")

# where a later clause of the sentence starts, with a subject of its own: "…, and the EPSRC will lead …"
_NEXT_CLAUSE = re.compile(r"(?:,|;)\s+(?:and|while|whereas)\s+|;\s+")


def later_leads(sentence: str, verbs: list[re.Match[str]], subject_of: Callable[[str], Agencies | None]) -> list[str]:
    """The named subjects of the clauses after the first of a sentence, each its own directive's lead (verbs: the
    sentence's directive verbs from the first one read); none for a clause that goes on the first's subject ("…,
    and will report progress") or names no one ("…, and that will deal with …")."""
    out: list[str] = []
    for before, verb in zip(verbs, verbs[1:], strict=False):
        between = sentence[before.end():verb.start()]
        cuts = list(_NEXT_CLAUSE.finditer(between))
        found = subject_of(between[cuts[-1].end():].strip()) if cuts else None
        out += [n for n in found.lead if n not in out] if found else []
    return out


# a subject that is a body the text does not name: "The department will administer …" (an Estimates hearing's
# department, whichever appears); its named partners support, no one leads
_UNNAMED_BODY = re.compile(r"^(?:[Tt]he|[Oo]ur) (?:[Dd]epartment|[Mm]inistry|[Aa]gency)$")
# the government as a whole, no one body of it: "the Government will continue to support …, in cooperation with
# NEDO and AIST" (its named partners support, no one leads)
_GOVERNMENT = re.compile(r"^(?:[Tt]he|[Oo]ur) (?:[Nn]ational |[Ff]ederal )?[Gg]overnment$")


def unnamed_subject(before: str) -> bool:
    """Whether before, the sentence up to its verb (after any phrase that sets its time or purpose), is a bare "the
    department"."""
    return bool(_UNNAMED_BODY.match(before.strip()))


def government_subject(before: str) -> bool:
    """Whether before, the sentence up to its verb (after any phrase that sets its time or purpose), is a bare "the
    Government"."""
    return bool(_GOVERNMENT.match(before.strip()))


# a duty in the present tense, as a strategy's governance section gives it: "The UAE Council for Artificial
# Intelligence and Blockchain oversees the implementation of the strategy", "The AI Office coordinates …"
# (not "leads to", a cause)
PRESENT_DUTY = re.compile(r"\s(?:oversees|coordinates|leads)\s(?!to\b)(?=[a-z])")

# a statute's power in a clause before the duty's: "The Minister … may designate an Operating Agency, and the
# National IT Industry Promotion Agency (NIPA) shall perform …": the duty's subject is the later clause's
_POWER_THEN = re.compile(r"^.*\s(?:may|shall|will)\s[a-z][^;]*?,\s+and\s+(?=(?:the\s+)?[A-Z])")


def after_power(before: str) -> str:
    """before, the sentence up to its first duty's verb, less a clause that gives a power before it."""
    return _POWER_THEN.sub("", before)


def other_subjects(first: str, later: list[str], lead: list[str], subject_of: Callable[[str], Agencies | None],
                   verb: re.Pattern[str], same: Callable[[str], bool]) -> list[str]:
    """The named subjects of a paragraph's later sentences whose directive ("will"/"shall" + verb) another body
    than its lead does ("… implemented by the Ministry of Electronics and Information Technology …. The Central
    Electricity Authority will issue the connectivity procedure …"): each supports the paragraph's measure (its own
    partners support it, not the measure); none for a sentence whose subject names no one ("State Governments will
    provide …"), nor for a body the first directive's sentence (first) makes or acts on ("… shall fund the
    creation of a Research Coordination Network (RCN) …. The RCN shall serve to …", "… establish … as an advisory
    committee …. The Advisory Committee shall include …")."""
    out: list[str] = []
    for sentence in later:
        m = verb.search(sentence)
        found = subject_of(sentence[:m.start()]) if m else None
        if found is not None and found.lead and not all(same(n) for n in found.lead):
            out += [n for n in found.lead if n not in lead and n not in out and not _named_in(n, first)]
    return out


def _named_in(name: str, sentence: str) -> bool:
    """Whether sentence names the body name gives, by its name or by its acronym."""
    m = re.fullmatch(r"(.+?)(?: \(([A-Z][A-Za-z&-]*)\))?", name)
    plain, acr = m.group(1), m.group(2)
    return plain.lower() in sentence.lower() or bool(acr and re.search(rf"\b{re.escape(acr)}\b", sentence))
