"""Which clauses a query cites ("Article 5(1)", "第十七条", "EO 14110 Sec. 4.2") and how they rank first.

A citation picks the clauses whose path holds the part it names (references.PathIndex); the rest of the
query may name the document (names.DocumentNames), which keeps the part to that document, or names one
that has no such part, which cites nothing. search.Index ranks the cited clauses above the rest.
"""

from __future__ import annotations

from . import part_numbers, references
from .names import DocumentNames

# parts that most documents number alike, a paragraph of a document's own ("5." of a governor's order) and a
# Chinese item （四）: a citation of one names the part in the documents the query names, never in all of them
BOUND = frozenset({"top", "zhitem"})


def _as_bound(ref: list[references.Key]) -> list[references.Key]:
    """A section of a document's own as its paragraph: "section 3" of an order numbered 1., 2., 3. is its 3."""
    (kind, num), *items = ref
    if kind == "section" and num.isdigit() and all(k == "item" for k, _ in items):
        return [("top", num), *items]
    return ref


class Citations:
    """The citations of queries over one index's clause paths and document names."""

    def __init__(self, paths: references.PathIndex, document_names: DocumentNames) -> None:
        self._paths, self._names = paths, document_names

    def resolve(self, query: str) -> tuple[dict[int, float], str]:
        """The clauses the query's citations name ("Article 5(1)", "第十七条"), with the share of the citation
        each matches, and the rest of the query to search for: "" where it says nothing else ("Article 50",
        "EO 14110 Sec. 4.2"), or where it cites nothing here and is searched whole ("section 232 duties")."""
        refs = references.parse_query(query, bare=True)
        cite_bare = self._cites_bare(query, refs)
        refs = [[("section", ref[0][1])] if ref[0][0] == references.BARE else ref for ref in refs
                if cite_bare or ref[0][0] != references.BARE]
        if not refs and (doc := self._names.own_number(query)) is not None:
            # a document's own number alone ("合数资函〔2026〕18号", pasted from a press piece): the document, read
            # from its start, as a bare citation of a part reads from that part's first paragraph
            return dict.fromkeys(self._paths.of_document(doc), 1.0), ""
        if not refs and (part := self._paths.in_parts(self._paths.all(), part_numbers.part_numbers(query))):
            if not part_numbers.without_numbers(query):  # a policy a 政策汇编 bundles, by its 文号 alone
                return dict.fromkeys(part, 1.0), ""
        free = [ref for ref in refs if ref[0][0] not in BOUND]
        cited = self._paths.match(free) if free else {}
        rest = references.rest(query, cite_bare) if refs else ""
        if not rest or not (cited or len(free) < len(refs)):
            return cited, ""
        return self.in_named(cited, rest, refs)

    def _cites_bare(self, query: str, refs: list[list[references.Key]]) -> bool:
        """Whether the query's bare numbers of two levels cite a section: where the rest of it names documents and
        says nothing else ("GB/T 智能算力中心能效评价指南 4.3") and one of them has such a section; elsewhere a
        number like it is a quantity ("PUE 1.3", "UK compute roadmap 1.5 billion") and is searched for."""
        bare = [[("section", ref[0][1])] for ref in refs if ref[0][0] == references.BARE]
        if not bare:
            return False
        rest = references.rest(query, cite_bare=True)
        named = self._names.named(rest)
        return (bool(named) and self._names.only_names(rest, named)
                and any(self._paths.doc(cid) in named for cid in self._paths.match(bare)))

    def in_named(self, cited: dict[int, float], rest: str, refs: list[list[references.Key]]
                 ) -> tuple[dict[int, float], str]:
        """The cited clauses of the documents the rest of the query names ("Regulation (EU) 2024/1689
        Article 5", "EO 14110 Sec. 4.2"), if it names one that has them, and the rest: "" where it
        says nothing but the name, so the cited part reads from its first paragraph, as a bare
        citation's does; "" too where nothing is cited and nothing named, so the query is searched whole.
        A query that names documents none of which has the part, or a document by a number
        none has, cites nothing: "京政办发〔2025〕9号 第三条" is not the EU AI Act's Article 3, nor "Executive
        Order 14179 Sec. 5" EO 14110's. A part that every document numbers alike, a paragraph of its own
        ("Executive Order 51 paragraph 5") or an item （四）, is cited in a document named only."""
        if part := self._paths.in_parts(cited, part_numbers.part_numbers(rest)):  # a 政策汇编's policy's part
            return {cid: cited[cid] for cid in part}, part_numbers.without_numbers(rest)
        named = self._names.named(rest)
        held = {cid: share for cid, share in cited.items() if self._paths.doc(cid) in named}
        if named and not held:  # "Executive Order Number Fifty-One section 3": the order's own paragraph 3
            bound = self._paths.match([_as_bound(ref) for ref in refs])
            held = {cid: share for cid, share in bound.items() if self._paths.doc(cid) in named}
        if not held:  # "Executive Order 14179 Sec. 5", where no document here is EO 14179: none of theirs
            return ({}, rest) if named or self._names.unheld(rest) else (cited, rest if cited else "")
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
