"""Where an earlier wording's words are now when a later read cut its clause in parts: the run of clauses they span."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.history import own_words
from ingest.text import norm_key

# characters: an old wording shorter than this that only begins the next clause (a heading, "附件：") is
# alike by chance; one made of whole clauses is named at any length
_PREFIX_MIN = 20


def parts_holding(old: str, clauses: Sequence[tuple[str, str]]) -> list[str]:
    """The ids of the consecutive clauses (id, text; in document order) that say the old words between them:
    their words joined are the old ones (a paragraph cut in two), or hold one clause whole and begin the next
    (a cut moved: the rest of the old words continue into it). [] when no run of two or more does; the
    first part may be renumbered ("（二）…" now "（三）…")."""
    key = own_words(old)
    keys = [norm_key(text) for _, text in clauses]
    for i, (_, text) in enumerate(clauses):
        first = own_words(text)
        if not first or len(first) >= len(key) or not key.startswith(first):
            continue
        rest, j = key[len(first):], i + 1
        while rest and j < len(clauses) and keys[j] and rest.startswith(keys[j]):
            rest, j = rest[len(keys[j]):], j + 1
        if not rest:
            return [clause_id for clause_id, _ in clauses[i:j]]
        if j < len(clauses) and keys[j].startswith(rest) and len(key) >= _PREFIX_MIN:
            return [clause_id for clause_id, _ in clauses[i:j + 1]]
    return []


def holds_whole(old: str, text: str) -> bool:
    """Whether a clause says the old words whole among its own (two measures joined in one): where they
    are, not a revision of them."""
    key = own_words(old)
    return bool(key) and key in norm_key(text)
