"""What a report's cover, letter or masthead says of it (title, issuer, number, date, metadata), read by a genre's
reader from its text, and written into its Document with the genre's kind and its section titles made headings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.types import Block, Document


@dataclass
class CoverRead:
    """What a cover says of its document."""

    title: str = ""
    issuer: str = ""
    number: str = ""
    date: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    def write(self, doc: Document, kind: str, heading: Callable[[str], bool], level: int) -> None:
        """Write what was read into doc (its title over the parser's, the rest where the parser found none), set its
        kind, and make the paragraphs heading() tells apart headings at level."""
        doc.title = self.title or doc.title
        doc.issuer = doc.issuer or self.issuer
        doc.doc_number = doc.doc_number or self.number
        doc.date_published = doc.date_published or self.date
        doc.kind = kind
        for key, value in self.meta.items():
            doc.meta.setdefault(key, value)
        doc.blocks = [Block(b.text, "heading", level) if b.kind == "para" and heading(b.text) else b
                      for b in doc.blocks]
