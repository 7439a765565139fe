"""What a document read again keeps of what the knowledge base held: fresh copies replace what their
source gave before, duplicates merge (ingest/dedup.py), a revised page keeps its id, and the sources,
文号, issuer and dates other copies gave stay with it; a file is a source of one document only."""

from __future__ import annotations

import logging

from ingest.dedup import dedup
from ingest.types import Document

log = logging.getLogger(__name__)


def merge(known: list[Document], fresh: list[Document],
          alike: list[tuple[str, str]] | None = None) -> tuple[list[Document], int]:
    """Fresh documents replace what was read from the same source before; then duplicates merge. Returns
    the documents and how many merged into others (alike: see dedup).

    A known document is replaced when its own source is read again, not when another copy merged into
    it is: reading a catalogue's excerpt of a page again must not drop the whole page it merged into.
    """
    fresh_sources = {s for d in fresh for s in (d.sources or [d.source_url])}
    kept = [d for d in known if (d.sources or [d.source_url])[0] not in fresh_sources]
    _keep_ids(known, fresh)
    _keep_what_copies_gave(known, fresh)
    # a copy just read is kept over one read before; a document held keeps its id
    merged = dedup(fresh + kept, fresh=len(fresh), held={d.doc_id for d in known}, alike=alike)
    _one_document_per_source(merged)
    # the documents held keep their order, the new ones after them: a folder read again in another order
    # (its files ingested one by one before) leaves the knowledge base, and so the index, as they were
    place = {d.doc_id: i for i, d in enumerate(known)}
    merged.sort(key=lambda d: place.get(d.doc_id, len(place)))
    return merged, len(kept) + len(fresh) - len(merged)


def _by_source(docs: list[Document]) -> dict[str, list[Document]]:
    """Documents by the source each was read from (its first)."""
    out: dict[str, list[Document]] = {}
    for d in docs:
        out.setdefault((d.sources or [d.source_url])[0], []).append(d)
    return out


def _keep_ids(known: list[Document], fresh: list[Document]) -> None:
    """A document read again from its source keeps its id when its title, number or date changed (a
    revised page, "(March 2025 update)"), so that the links to its clauses keep working. Only where the
    source held one document before and holds one now: a catalogue's rows share their file."""
    before, fresh_ids = _by_source(known), {d.doc_id for d in fresh}
    for source, now in _by_source(fresh).items():
        was = before.get(source, [])
        if len(was) == 1 and len(now) == 1 and was[0].doc_id not in fresh_ids:
            log.info("%s: read again with another title, number or date; keeps the id %s", source, was[0].doc_id)
            now[0].doc_id = was[0].doc_id


_FROM_COPIES = ("issuer", "doc_number", "date_written", "date_published", "date")


def _keep_what_copies_gave(known: list[Document], fresh: list[Document]) -> None:
    """A document read again from its source keeps what the other copies merged into it gave: their
    sources (a catalogue row's address, a second copy of the page), and the 文号, issuer and dates this copy
    lacks (a reprint without its 文号, read again, erased the number the original had given)."""
    before = _by_source(known)
    for source, now in _by_source(fresh).items():
        was = before.get(source, [])
        for doc in now:
            same = [w for w in was if w.doc_id == doc.doc_id] or (was if len(was) == len(now) == 1 else [])
            if not same or len(same[0].sources) < 2:
                continue
            had = same[0]
            doc.sources = list(dict.fromkeys([*(doc.sources or [doc.source_url]), *had.sources]))
            for name in _FROM_COPIES:
                if not getattr(doc, name) and getattr(had, name):
                    setattr(doc, name, getattr(had, name))


def _one_document_per_source(documents: list[Document]) -> None:
    """A file or URL is a source of one document: the one read from it, else the first that lists it."""
    owner: dict[str, int] = {}
    for i, d in enumerate(documents):
        if d.sources:
            owner.setdefault(d.sources[0], i)
    for i, d in enumerate(documents):
        for s in d.sources:
            owner.setdefault(s, i)
        kept = [s for s in d.sources if owner[s] == i]
        if kept != d.sources:
            log.info("%s: sources %s belong to other documents", d.doc_id, [s for s in d.sources if owner[s] != i])
            d.sources = kept or d.sources[:1]
