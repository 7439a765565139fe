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


def unnamed_subject(before: str) -> bool:
    """Whether before, the sentence up to its verb, is a bare "the department"."""
    return bool(_UNNAMED_BODY.match(before.strip()))
