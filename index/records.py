"""The index's records for the API: a clause and its history, documents, tag counts, targets, agencies, stats."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ingest.errors import NotFound
from ingest.history import same_words
from ingest.types import Clause, Document

from . import manifest as mf
from .store import Store
from .word_parts import holds_whole, parts_holding


class Records:
    """What Index answers besides search; it reads the store, path and manifest Index opens."""

    store: Store
    path: Path
    generation: str
    manifest: mf.Manifest
    _counts: dict[str, Any] | None

    def get_clause(self, clause_id: str) -> Clause:
        """One clause by id (NotFound)."""
        return self.store.clause(clause_id)

    def clause_history(self, clause_id: str) -> list[dict[str, Any]]:
        """What the clause id said before later ingests changed it, oldest first (see ingest/history.py),
        each with `now_revised`: whether the clause its words are at now words them otherwise (a revision)."""
        records = self.store.history(clause_id)
        for record in records:
            record["now_revised"] = bool(record.get("now_at")) and not self._words_at(record["now_at"], record["text"])
            if not record.get("now_at") or record["now_revised"]:
                self._find_parts(record)
        return records

    def _words_at(self, clause_id: str, text: str) -> bool:
        try:
            now = self.get_clause(clause_id).text
        except NotFound:
            return True  # not in this index yet: as the record says
        return same_words(text, now) or holds_whole(text, now)  # two measures joined: their words, not a revision

    def _find_parts(self, record: dict[str, Any]) -> None:
        """Words a later read cut in parts (a paragraph now "-pt1" and "-pt2") are in those parts, not gone nor
        revised: `now_at` names the first and `now_parts` all of them, read from the document as indexed now."""
        if not record.get("doc_id"):
            return
        parts = parts_holding(record["text"], self.store.clause_texts(record["doc_id"]))
        if parts:
            record.update(now_at=parts[0], now_parts=parts, now_revised=False)

    def documents(self) -> list[dict[str, Any]]:
        """Every document's metadata (no body) with its number of "clauses", newest first."""
        return self.store.documents()

    def document(self, doc_id: str) -> tuple[dict[str, Any], list[Clause]]:
        """A document's metadata (as documents() lists it) and its clauses in outline order."""
        doc, clauses = self.store.document(doc_id)
        return _meta(doc, len(clauses)), clauses

    def document_meta(self, doc_id: str) -> dict[str, Any]:
        """A document's metadata without its clauses (NotFound)."""
        found = self.store.documents(doc_id)
        if not found:
            raise NotFound(f"no document {doc_id!r}")
        return found[0]

    def full_document(self, doc_id: str) -> Document:
        """The Document as ingested, body blocks included (NotFound)."""
        return self.store.document(doc_id)[0]

    def tag_counts(self, doc: str | None = None) -> dict[str, Any]:
        """{"overall": {tag: clauses}, "documents": {doc_id: {tag: clauses}}}, most frequent first;
        with doc, for that document only (NotFound)."""
        return self.store.tag_counts(doc)

    def targets(self, tag: str | None = None, year: int | None = None, doc: str | None = None,
                unit: str | None = None) -> list[dict[str, Any]]:
        """Quantified targets with their clause_id, doc_id, clause_text and title, by year; a goal that a
        row of a table of tasks restates is listed once, with the measure in the body; unit: only those in
        it, standard or as written."""
        return self.store.targets(tag=tag, year=year, doc=doc, unit=unit)

    def agencies(self, tag: str | None = None, doc: str | None = None,
                 docs: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every agency named as lead or supporting, with how many measures give it each role (a measure
        and its row in a table of tasks count once), those it leads most first; only over clauses with
        this tag, or of this document (NotFound); docs: only these documents' (those in force)."""
        return self.store.agencies(tag=tag, doc=doc, docs=docs)

    def stats(self) -> dict[str, Any]:
        """Counts and how the live generation was built. A generation never changes: its counts are
        read once (they took /health 7 ms a call)."""
        if self._counts is None:
            self._counts = self.store.counts()
        return {"generation": self.generation, "path": str(self.path), **self.manifest.to_dict(), **self._counts}


def _meta(doc: Document, clause_count: int) -> dict[str, Any]:
    return {**doc.to_dict(blocks=False), "clauses": clause_count}
