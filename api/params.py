"""The filters and dates the API and the CLI accept, checked alike: an unknown tag, language or document is
an error that says what exists (BadQuery, NotFound), never a silent empty answer."""

from __future__ import annotations

import datetime
import difflib
import re
import weakref
from collections.abc import Iterable

from index.store import Store
from ingest.errors import BadQuery, NotFound
from ingest.taxonomy import load_taxonomy

# The languages the product tells apart (ingest.parse reads every document as one of them); the store
# holds them lower-case, so "ZH" is read as "zh".
LANGS = ("zh", "en")
DATE_FORMAT = "a real date as YYYY-MM-DD, such as 2024-06-10"

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_index_tags: weakref.WeakKeyDictionary[Store, frozenset[str]] = weakref.WeakKeyDictionary()


def known_tags(store: Store) -> frozenset[str]:
    """The taxonomy's tag ids and any other tag the index holds (one built with an older taxonomy).
    A generation never changes, so each store's are read once."""
    held = _index_tags.get(store)
    if held is None:
        held = frozenset(t for (t,) in store.fetch("SELECT DISTINCT tag FROM clause_tags"))
        _index_tags[store] = held
    return held | {t.id for t in load_taxonomy().tags}


def check_tags(store: Store, values: str | Iterable[str] | None) -> list[str]:
    """Tag ids from repeated and comma-separated values ("chips,talent"); BadQuery names the tags that
    exist, the closest first, when one is unknown."""
    if values is None:
        return []
    raw = [values] if isinstance(values, str) else list(values)
    tags = [t.strip() for v in raw for t in v.split(",") if t.strip()]
    known = known_tags(store)
    for tag in tags:
        if tag not in known:
            raise BadQuery(f"unknown tag {tag!r}{_did_you_mean(tag, known)}; the tags are: {', '.join(sorted(known))}")
    return tags


def check_tag(store: Store, value: str | None) -> str | None:
    """One tag id (GET /targets and /agencies count over a single tag); BadQuery as check_tags."""
    tags = check_tags(store, value)
    if len(tags) > 1:
        raise BadQuery(f"tag takes one tag id here, not {value!r}")
    return tags[0] if tags else None


def _did_you_mean(tag: str, known: Iterable[str]) -> str:
    """The known ids closest to tag: its case, its last part ("healthcare" -> "sectors/healthcare"), or
    its spelling."""
    lower = {k.lower(): k for k in known}
    close = [k for k in known if tag.lower() in (k.lower(), k.lower().rsplit("/", 1)[-1])]
    close += [lower[k] for k in difflib.get_close_matches(tag.lower(), list(lower), n=3, cutoff=0.75)]
    close = list(dict.fromkeys(close))
    return f" (did you mean {' or '.join(repr(k) for k in close)}?)" if close else ""


def check_lang(value: str | None) -> str | None:
    """A language code as the index holds it ("ZH" is "zh"); BadQuery names the languages."""
    if not value or not value.strip():
        return None
    lang = value.strip().lower()
    if lang not in LANGS:
        raise BadQuery(f"unknown language {value!r}: lang is one of {', '.join(LANGS)}")
    return lang


def check_doc(store: Store, value: str | None) -> str | None:
    """A document id; NotFound for an unknown one, as GET /documents/{doc_id} answers."""
    if not value or not value.strip():
        return None
    if not store.has_document(value.strip()):
        raise NotFound(f"no document {value.strip()!r}")
    return value.strip()


def check_docs(store: Store, value: str | None) -> str | None:
    """Document ids, one or several comma-separated (search matches any of them); NotFound as check_doc."""
    ids = [check_doc(store, d) for d in (value or "").split(",") if d.strip()]
    return ",".join(i for i in ids if i) or None


def check_date(value: str | None, name: str = "date") -> str:
    """A text's date: a real day as YYYY-MM-DD, any from 0001-01-01 to 9999-12-31 ("" for none). Only
    this form: fromisoformat alone would also take 20240610 and 2024-W24-1."""
    if value is None or value == "":
        return ""
    try:
        if _DAY.fullmatch(value):
            datetime.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise BadQuery(f"{name} must be {DATE_FORMAT}, not {value!r}")
