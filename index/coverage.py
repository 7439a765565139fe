"""Keyword mode's order: the clauses holding more of the query's words first, a glossary term standing for
the words it translates; bm25 orders those that hold as many.

bm25 alone let a short Chinese clause reached through the glossary equivalents of two English words
(人工智能, 考核) outrank the English article that holds every word of the question: Chinese bigrams are
rare in a mostly English index, so their idf is high, and a short clause is scored up. A translation is
no better evidence than the words it translates, so a term counts as those words, once each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import keyword
from .glossary import Glossary, _stem
from .store import Store


def _key(part: str) -> str:
    """A query part (a quoted FTS token) as parts compare: unquoted, an English word lightly stemmed."""
    word = part.strip('"')
    return word if keyword._IS_CJK.match(word) else _stem(word)


def _parts(text: str) -> list[str]:
    """The query's words and bigrams (the clause table's) as keyword.match_expression searches them."""
    runs = keyword._query_runs(text) or keyword._runs(text)
    return list(dict.fromkeys(p for run in runs for p in keyword._run_clause(run)))


def term_sources(glossary: Glossary, text: str, terms: Sequence[str]) -> dict[str, set[str]]:
    """For each glossary term of the query, the keys of the query's words it translates (those of the
    words the glossary matched in the query); a term whose words are not among them stands for itself."""
    words = {_key(p) for p in [*_parts(text), *_chars(text)]}
    sources: dict[str, set[str]] = {}
    wanted = set(terms)
    for matched, entry in glossary.matches(text):
        keys = {_key(p) for p in _parts(matched)} & words
        for term in (*entry.zh, *entry.en):
            if term in wanted:
                sources.setdefault(term, set()).update(keys)
    return {term: sources.get(term) or {f"term:{term}"} for term in terms}


def _chars(text: str) -> list[str]:
    expr = keyword.chars_expression(text)
    return expr.split(" OR ") if expr else []


def _holding(store: Store, table: str, expr: str, ids: set[int]) -> set[int]:
    """The candidates matching expr. The match runs over the whole table and the candidates are kept
    here: SQLite joined a `rowid IN (...)` filter as one match per candidate, 1 to 4 ms a part where the
    whole table's match takes 0.03 (a rare word) to 1.2 ms (a word in two clauses of three); over 300
    queries the coverage feature took 40 ms a query so and 4 to 5 ms now, with the same shares."""
    rows = store.fetch(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [expr], match=True)
    return {r[0] for r in rows if r[0] in ids}


def covered(store: Store, text: str, terms: Sequence[str], glossary: Glossary,
            ids: Iterable[int]) -> dict[int, int]:
    """How many of the query's words each clause holds, itself or through a glossary term translating them."""
    ids = list(ids)
    if not ids:
        return {}
    batch = set(ids)
    held: dict[int, set[str]] = {cid: set() for cid in ids}
    for table, parts in (("clause_fts", _parts(text)), ("clause_chars", _chars(text))):
        for part in parts:
            for cid in _holding(store, table, part, batch):
                held[cid].add(_key(part))
    sources = term_sources(glossary, text, terms)
    for term, expr in zip(terms, keyword.term_expressions(terms), strict=True):
        for cid in _holding(store, "clause_fts", expr, batch):
            held[cid] |= sources[term]
    return {cid: len(keys) for cid, keys in held.items()}


def ranked(store: Store, text: str, terms: Sequence[str], glossary: Glossary,
           kw: Sequence[tuple[int, float]]) -> dict[int, float]:
    """Keyword mode's scores: the number of the query's words a clause holds (see covered), plus its bm25
    scaled below 1, so that holding more words comes first and bm25 orders the rest."""
    if not kw:
        return {}
    count = covered(store, text, terms, glossary, (cid for cid, _ in kw))
    best = max(score for _, score in kw)
    return {cid: count[cid] + score / (best + 1.0) if best > 0 else float(count[cid]) for cid, score in kw}


def shares(store: Store, text: str, terms: Sequence[str], glossary: Glossary,
           ids: Iterable[int]) -> dict[int, float]:
    """The share of the query's words each clause holds (covered), itself or through a glossary term:
    0 to 1, comparable between a long query and a short one."""
    held = covered(store, text, terms, glossary, ids)
    words = {_key(p) for p in [*_parts(text), *_chars(text)]}
    for keys in term_sources(glossary, text, terms).values():
        words |= keys
    total = max(len(words), 1)
    return {cid: min(n / total, 1.0) for cid, n in held.items()}
