"""The acronyms a government's documents use for its departments without defining them ("DESNZ" in a GOV.UK table's
Lead column, "OMB" in a US memo), read from corpus/agencies.yaml: a document that names the department in full too
gives it one name (defined_names_en.spelt_out), as it does for an acronym it defines itself."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from ingest.agencies import ALIASES_PATH
from ingest.defined_names_en import is_acronym
from ingest.errors import TaxonomyError

_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,11}")
_FULL_NAME = re.compile(r"[A-Z][\w’'&.\-]*(?:,? [\w’'&.\-]+)+")


def read_acronyms(path: Path) -> dict[str, str]:
    """The acronyms of the file's 'acronyms' mapping (country -> {acronym: full name}), each with its full name;
    TaxonomyError naming the fault when one is malformed or two countries list the same acronym (an ambiguous
    short form is listed under none)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"{path}: cannot read agency acronyms: {exc}") from None
    by_country: Any = data.get("acronyms") or {}
    if not isinstance(by_country, dict):
        raise TaxonomyError(f"{path}: 'acronyms' must map each country to its acronyms")
    out: dict[str, str] = {}
    country_of: dict[str, str] = {}
    for country, names in by_country.items():
        if not isinstance(names, dict):
            raise TaxonomyError(f"{path}: acronyms of {country!r} must map acronyms to full names")
        for acronym, name in names.items():
            _check(path, country, acronym, name)
            if acronym in country_of:
                raise TaxonomyError(f"{path}: {acronym!r} is listed under {country_of[acronym]!r} and {country!r}: "
                                    f"an acronym two countries use is ambiguous; list it under neither")
            country_of[acronym], out[acronym] = country, name
    return out


def _check(path: Path, country: str, acronym: Any, name: Any) -> None:
    """Raise TaxonomyError unless acronym is an acronym ("DESNZ", "DfE") and name a full name of two words or more."""
    if not isinstance(acronym, str) or not _ACRONYM.fullmatch(acronym) or not is_acronym(acronym):
        raise TaxonomyError(f"{path}: {country}: {acronym!r} is not an acronym (two capitals or more, no space)")
    if not isinstance(name, str) or not _FULL_NAME.fullmatch(name):
        raise TaxonomyError(f"{path}: {country}: {acronym}: {name!r} is not a body's full name")


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    return read_acronyms(ALIASES_PATH)


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, set[str]]:
    """Each country's full names of corpus/agencies.yaml (which _known has checked)."""
    data = yaml.safe_load(ALIASES_PATH.read_text(encoding="utf-8")) or {}
    return {country: set(names.values()) for country, names in (data.get("acronyms") or {}).items()}


def known_acronyms(text: str, known: dict[str, str] | None = None, issuer: str = "") -> dict[str, str]:
    """The listed acronyms (known, else corpus/agencies.yaml's) that text uses and whose full names it also gives:
    {"DESNZ": "Department for Energy Security and Net Zero"}. Both must stand in the one text, so that an acronym is
    read as its own country's department only where the document itself names that department; or the issuer is
    one of that country's listed departments (GOV.UK's "From: Department for Science, Innovation and Technology"
    over "Lead: DfE"), whose government's acronyms its text uses."""
    flat = re.sub(r"\s+", " ", text)
    home = next((names for names in _countries().values() if issuer.removeprefix("the ") in names), set())
    return {acronym: name for acronym, name in (_known() if known is None else known).items()
            if re.search(rf"\b{re.escape(acronym)}\b", flat) and (name in home or _names_alone(name, flat))}


# a place's or a body's word before a department's name makes it another's ("Virginia Department of Labor")
_OWNER_BEFORE = re.compile(r"\b(?!The )[A-Z][a-z]+ $")


def _names_alone(name: str, text: str) -> bool:
    """Whether text names the department name by that name alone ("the Department of Labor", "U.S. Department of
    Labor"), not as the end of another's ("Virginia Department of Labor")."""
    return any(not _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())
               for m in re.finditer(rf"\b{re.escape(name)}\b", text))
