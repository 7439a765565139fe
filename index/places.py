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

A document whose title and issuer name no place is that place's when its clauses name one place only, in two
clauses or more: a national ministry's press release ("MSIT to Invest KRW 1.46 Trillion…", issued by the
"Ministry of Science and ICT", whose text says "Korea's public sector…") is Korea's as much as the Korea act whose
issuer names the Republic of Korea, and a question on Korea's GPUs found every clause of the act before the
release that answers it. A text that names several places (an OECD outlook comparing countries) is none's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from .glossary import Glossary

MIN_CLAUSES = 2  # clauses naming a document's only place, for a document whose title and issuer name none


class PlaceDocuments:
    """For each place of the glossary, the documents whose title or issuer names it."""

    def __init__(self, documents: Iterable[tuple[str, str, str]], glossary: Glossary,
                 texts: Callable[[str], Iterable[str]] | None = None) -> None:
        """documents: (doc id, title, issuer); texts: a document's clause texts, read for a document whose title
        and issuer name no place."""
        self.glossary = glossary
        self._docs: dict[int, set[str]] = {}  # place entry's line -> doc ids
        count = 0
        for doc, title, issuer in documents:
            count += 1
            places = self._places(f"{title}\n{issuer}") or (self._named_in(texts(doc)) if texts else set())
            for line in places:
                self._docs.setdefault(line, set()).add(doc)
        self._count = count

    def _places(self, text: str) -> set[int]:
        """The place entries (their lines) the text names."""
        return {entry.line for _, entry in self.glossary.matches(text) if entry.place}

    def _named_in(self, texts: Iterable[str]) -> set[int]:
        """The one place that MIN_CLAUSES or more of the texts name, where they name no other; else none."""
        counts: dict[int, int] = {}
        for text in texts:
            for line in self._places(text):
                counts[line] = counts.get(line, 0) + 1
            if len(counts) > 1:
                return set()  # a second place: none's, whatever the rest names (no need to read it)
        if len(counts) != 1:
            return set()
        return {line for line, n in counts.items() if n >= MIN_CLAUSES}

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
