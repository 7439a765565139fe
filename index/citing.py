"""Which clauses a query cites ("Article 5(1)", "第十七条", "EO 14110 Sec. 4.2") and how they rank first.

A citation picks the clauses whose path holds the part it names (references.PathIndex); the rest of the
query may name the document (names.DocumentNames), which keeps the part to that document, or names one
that has no such part, which cites nothing. search.Index ranks the cited clauses above the rest.
"""

from __future__ import annotations

from . import references
from .names import DocumentNames


class Citations:
    """The citations of queries over one index's clause paths and document names."""

    def __init__(self, paths: references.PathIndex, document_names: DocumentNames) -> None:
        self._paths, self._names = paths, document_names

    def cited(self, query: str) -> dict[int, float]:
        """The clauses the query's citations name ("Article 5(1)", "第十七条"), with the share matched."""
        refs = references.parse_query(query)
        return self._paths.match(refs) if refs else {}

    def in_named(self, cited: dict[int, float], rest: str) -> tuple[dict[int, float], str]:
        """The cited clauses of the documents the rest of the query names ("Regulation (EU) 2024/1689
        Article 5", "EO 14110 Sec. 4.2"), if it names one that has them, and the rest: "" where it
        says nothing but the name, so the cited part reads from its first paragraph, as a bare
        citation's does. A query that names documents none of which has the part, or a document by a number
        none has, cites nothing: "京政办发〔2025〕9号 第三条" is not the EU AI Act's Article 3, nor "Executive
        Order 14179 Sec. 5" EO 14110's."""
        named = self._names.named(rest)
        held = {cid: share for cid, share in cited.items() if self._paths.doc(cid) in named}
        if not held:  # "Executive Order 14179 Sec. 5", where no document here is EO 14179: none of theirs
            return ({}, rest) if named or self._names.unheld(rest) else (cited, rest)
        named = {self._paths.doc(cid) for cid in held}
        return held, "" if self._names.only_names(rest, named) else rest

    def rank(self, scores: dict[int, float], cited: dict[int, float], bare: bool) -> None:
        """Cited clauses first, the more of the citation they match the sooner: the point asked for,
        then its paragraph, then its article. Among equals, by their own score; for a bare citation
        ("Article 50", "第17条"), by their document's best score, then in document order (ids are in
        clause order), so the article reads from its first paragraph."""
        b = max(scores.values(), default=0.0) + 1.0  # above every score the legs gave
        doc_best: dict[str, float] = {}
        for cid in cited if bare else ():
            doc = self._paths.doc(cid)
            doc_best[doc] = max(doc_best.get(doc, 0.0), scores.get(cid, 0.0))
        for cid, share in cited.items():
            base = doc_best[self._paths.doc(cid)] if bare else scores.get(cid, 0.0)
            scores[cid] = b + share + 0.1 * base / b  # shares differ by >= 1/8: the share decides
