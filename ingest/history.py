"""What each clause said before: the knowledge base's record of clause texts that a later ingest changed.

A clause id names a place in a document's outline ("第五条", "Sec. 4 > (b)", "（二） > 3"). When a
government revises a page and renumbers its measures, the same id comes to hold another text. A link
someone published then leads to words it never cited; so every save records, for each id whose text
changed or went away, the text it held, its version, when it changed, and where that text is now (the
clause that holds it, if any). The API shows this beside the clause, and a link that names the version
it cited (`?v=`) is told when the clause no longer says what it did.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime

from ingest.numbering import read_number
from ingest.text import norm_key
from ingest.types import Clause


def text_version(text: str) -> str:
    """A short, stable name for one wording of a clause: the same words give the same version."""
    return hashlib.sha1(norm_key(text).encode("utf-8")).hexdigest()[:10]


def changes(before: Iterable[Clause], after: Sequence[Clause], when: datetime | None = None,
            withdrawn: Collection[str] = ()) -> list[dict]:
    """One record per clause of `before` whose id now holds another text, or no longer exists. withdrawn:
    documents taken out of the knowledge base (policykb remove): their words are not "now at" another
    document that happens to say the same (a neighbour council's copy of a strategy)."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    now = {c.clause_id: c for c in after}
    exact: dict[str, str] = {}
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for c in after:
        key = own_words(c.text)
        exact.setdefault(key, c.clause_id)
        by_doc.setdefault(c.doc_id, []).append((c.clause_id, key))
    out = []
    for old in before:
        new = now.get(old.clause_id)
        version = text_version(old.text)
        if new is not None and text_version(new.text) == version:
            continue
        out.append({"clause_id": old.clause_id, "doc_id": old.doc_id, "path": old.path, "version": version,
                    "text": old.text, "replaced": stamp,
                    "now_at": None if old.doc_id in withdrawn else _now_at(old, exact, by_doc.get(old.doc_id, []))})
    return out


def _now_at(old: Clause, exact: dict[str, str], same_doc: list[tuple[str, str]]) -> str | None:
    """The clause that holds the old text now: the same words in its document, else anywhere, else a clause
    of its document that contains them (an item joined to its list), else one of its document that words
    them almost so (a measure renumbered and one figure changed: "500" now "800"); None when they are gone."""
    key = own_words(old.text)
    if not key:
        return None
    return (next((clause_id for clause_id, k in same_doc if k == key), None) or exact.get(key)
            or next((clause_id for clause_id, k in same_doc if key in k), None) or _revised(key, same_doc))


# how alike a wording must be to be the same clause revised: a figure or a few words changed in a measure of
# 100 characters keep it above 0.9; a neighbouring measure of the same plan scores 0.3 to 0.6
REVISED = 0.85
_REVISED_MIN = 20  # characters: shorter texts (a heading, "附件：") are alike by chance


def _revised(key: str, same_doc: list[tuple[str, str]]) -> str | None:
    """The clause of the document whose words are the old ones revised (REVISED alike or more), if one is."""
    if len(key) < _REVISED_MIN:
        return None
    best, found = REVISED, None
    for clause_id, k in same_doc:
        matcher = difflib.SequenceMatcher(None, key, k, autojunk=False)
        if matcher.real_quick_ratio() >= best and matcher.quick_ratio() >= best and (r := matcher.ratio()) >= best:
            best, found = r, clause_id
    return found


def same_words(old: str, new: str) -> bool:
    """Whether two clause texts say the same, their own numbers aside (where "now_at" holds the words
    themselves, not a revision of them)."""
    return own_words(old) == own_words(new)


def own_words(text: str) -> str:
    """The clause's words without its own number: a renumbered measure, "（二）加强…" that is "（三）加强…"
    now, is found by what it says."""
    number = read_number(text.strip())
    return norm_key(text.strip()[number.end:] if number else text)
