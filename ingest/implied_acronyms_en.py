"""The acronyms an English document gives its bodies without brackets: a list of abbreviations ("MICDE      Ministry of
Information, Communications and the Digital Economy", a project document's front matter), or an acronym it uses
("ask the IEA") for a body it names in full elsewhere ("the International Energy Agency"), so that
defined_names_en.spelt_out gives the body one name, as it does for "the International Energy Agency (IEA)"."""

from __future__ import annotations

import re

from ingest.defined_names_en import is_acronym
from ingest.office_names_en import office_name

# a line of a list of abbreviations: the acronym, two spaces or more (or a tab, or " = ", as a PAD's meta holds
# them), the name it stands for
_LISTED = re.compile(r"^[ \t]*([A-Z][A-Za-z&]{1,11})(?: {2,}|\t+| = )([A-Z][\w’'&.\-]*(?:,? [\w’'&.\-]+){1,12})[ \t]*$",
                     re.M)
# a body's name in running text: capitalised words and the small words between them
_NAME = re.compile(r"\b(?:[A-Z][\w’'&.\-]*\s+(?:(?:of|and|for|on|the|in|&)\s+)*)+[A-Z][\w’'&.\-]*")
_SMALL = {"of", "and", "for", "on", "the", "in", "&"}


def implied_acronyms(text: str) -> dict[str, str]:
    """{acronym: full name} for the bodies a text names by an acronym it defines without brackets: a list of
    abbreviations' lines whose name is an office's or a body's and whose capitals spell the acronym, then each
    acronym the text uses alone whose letters are the initials of exactly one office's name it gives in full."""
    out: dict[str, str] = {}
    for acr, name in _LISTED.findall(text):
        if is_acronym(acr) and _spells(acr, name) and office_name(name):
            out.setdefault(acr, name)
    flat = re.sub(r"[’']s\b", ",", re.sub(r"\s+", " ", text))  # a possessive ends a name: "the … Agency’s Observatory"
    by_initials: dict[str, set[str]] = {}
    for m in _NAME.finditer(flat):
        words = re.sub(r"^(?:The|A|An|We|Our) ", "", m.group()).split()
        for k in range(len(words) - 1):  # "welcome the International Energy Agency": its tail is the name
            run = " ".join(words[k:])
            if words[k] not in _SMALL and office_name(run) == run:
                by_initials.setdefault(_initials(run), set()).add(run)
                break
    for acr in set(re.findall(r"\b[A-Z]{2,8}\b", flat)) - set(out):
        if len(names := by_initials.get(acr, set())) == 1:
            out[acr] = names.pop()
    return out


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "International Energy Agency" -> "IEA"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _spells(acr: str, name: str) -> bool:
    """Whether acr opens with name's initial and takes its other capitals' initials in order ("KoTDA" for
    "Konza Technopolis Development Authority")."""
    capitals = [w[0] for w in name.split() if w[0].isupper()]
    letters = iter(acr.upper())
    return acr[0] == name[0] and all(ch in letters for ch in capitals[1:]) and len(capitals) >= 2
