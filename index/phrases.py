"""Quoted phrases: the clauses that hold them, and the phrases no clause holds, searched as plain words."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.types import Hit

from .store import Filters, Store


class Hits(list[Hit]):
    """A search's hits, best first, with what the caller should be told about how the query was read."""

    def __init__(self, hits: Sequence[Hit] = (), warnings: Sequence[str] = ()) -> None:
        super().__init__(hits)
        self.warnings = list(warnings)


def unheld_warning(phrases: Sequence[str]) -> str:
    """What a search says when no clause holds a quoted phrase, so searched its words without the quotes."""
    quoted = ", ".join(f'"{p}"' for p in phrases)
    return (f"no clause holds the quoted phrase{'s' if len(phrases) > 1 else ''} {quoted}: "
            "searched for the words without the quotes")


def restrict(store: Store, phrases: Sequence[str], filters: Filters,
             allowed: set[int] | None) -> tuple[set[int] | None, list[str], list[str]]:
    """The ids the phrases leave within `allowed` (None: no restriction), the phrases kept and those no
    clause within the filters holds. A claim pasted with its quotation marks, often translated ("compute city"
    for 算力城), rarely holds the exact words of a clause: such a phrase restricts nothing, its words are still
    searched (they stay in the query's text), and the caller says so. Where the filters alone leave nothing, no
    phrase is blamed."""
    kept: list[str] = []
    unheld: list[str] = []
    for phrase in phrases:
        ids = store.phrase_ids(phrase, filters)
        if not ids and (allowed is None or allowed):
            unheld.append(phrase)
            continue
        kept.append(phrase)
        allowed = ids if allowed is None else allowed & ids
    return allowed, kept, unheld
