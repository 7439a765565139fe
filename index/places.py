"""Places a query names: the documents of the place asked about rank before the others.

An English question on a Chinese city ("Dongguan 2026 computing power vouchers") reaches the city's
Chinese documents only through the glossary, in the keyword leg, where "Dongguan" (东莞) is one term among
the question's English words, which an English clause on the subject matches many times over: a press
article on Shanghai's vouchers and an OECD figure title ranked above every clause of the Dongguan work
report. A place is a constraint, not one more word: a document whose title or issuer names the place
(in either language, as the glossary's places section gives it) is that place's, and its clauses come
before those of other documents. A place named by half the documents or more selects nothing, as a
keyword in half the rows adds nothing to bm25 (a knowledge base of one city's documents), and is left
out, so a document of that city whose title does not say so (an FAQ issued by "市人力资源社会保障局")
is not put below the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from .glossary import Glossary


class PlaceDocuments:
    """For each place of the glossary, the documents whose title or issuer names it."""

    def __init__(self, documents: Iterable[tuple[str, str, str]], glossary: Glossary) -> None:
        """documents: (doc id, title, issuer)."""
        self.glossary = glossary
        self._docs: dict[int, set[str]] = {}  # place entry's line -> doc ids
        count = 0
        for doc, title, issuer in documents:
            count += 1
            for _, entry in glossary.matches(f"{title}\n{issuer}"):
                if entry.place:
                    self._docs.setdefault(entry.line, set()).add(doc)
        self._count = count

    def asked(self, query: str) -> frozenset[str]:
        """The documents of the places the query names, of those named by fewer than half the documents
        (empty where it names none)."""
        found: set[str] = set()
        for _, entry in self.glossary.matches(query):
            docs = self._docs.get(entry.line, set()) if entry.place else set()
            if 2 * len(docs) < self._count:
                found |= docs
        return frozenset(found)

    def rank_first(self, query: str, scores: dict[int, float], pool: Collection[int],
                   doc_of: Callable[[int], str]) -> None:
        """Raise the scores of the candidates of `pool` (fusion.pool) that are clauses of the documents of
        the places the query names, all by one amount, just above the pool's others: the order among them,
        and among the others, stays as the fused scores say. Only the pool counts, so that the first hits
        and their scores are the same whatever k is."""
        docs = self.asked(query)
        ranked = [c for c in pool if c in scores]
        lifted = {c for c in ranked if doc_of(c) in docs} if docs else set()
        others = [scores[c] for c in ranked if c not in lifted]
        if not lifted or not others:
            return
        lift = max(others) - min(scores[c] for c in lifted) + 1.0
        for c in lifted if lift > 0 else ():
            scores[c] += lift
