"""Traditional Chinese read as simplified: a character-for-character copy whose offsets are the original's.

Every rule that reads Chinese (numbering, agency notes, tags, targets, keyword tokens) is written in
simplified characters. A Hong Kong, Macau or Taiwan page is read through its simplified copy, made
character by character from OpenCC's table (TSCharacters, first candidate), so that the copy has the
length of the original and an offset found in one is the same place in the other: what the product
reads is the copy, what it shows (clause text, titles, target spans) is cut from the original.
"""

from __future__ import annotations

import dataclasses
import functools
from importlib.resources import files

from ingest.types import Block, Document


@functools.cache
def _table() -> dict[int, str]:
    """Traditional -> simplified, one character for one. A character whose first candidate is several
    characters, or one outside the Basic Multilingual Plane (where no rule's character range looks), is
    kept as written."""
    text = (files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        first = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(first) == 1 and first != source and ord(first) <= 0xFFFF:
            table[ord(source)] = first
    return table


def to_simplified(text: str) -> str:
    """text with each traditional character in its simplified form; the same length as text."""
    return text.translate(_table())


def reading_copy(doc: Document) -> Document:
    """The document as it is read: title, issuer and blocks in simplified characters. The document itself
    when it holds no traditional character (every simplified and English page)."""
    blocks = [Block(to_simplified(b.text), b.kind, b.level) for b in doc.blocks]
    title, issuer = to_simplified(doc.title), to_simplified(doc.issuer)
    if title == doc.title and issuer == doc.issuer and all(a.text == b.text for a, b in zip(blocks, doc.blocks,
                                                                                           strict=True)):
        return doc
    return dataclasses.replace(doc, title=title, issuer=issuer, blocks=blocks)


class AsWritten:
    """Finds a piece of a reading copy in it and gives the original's characters at the same place."""

    def __init__(self, reading: str, original: str) -> None:
        self.reading, self.original = reading, original

    def __call__(self, piece: str, *, before: int | None = None, after: int = 0, composed: bool = False) -> str:
        """The original of piece where the copy holds it: its last place ending by `before` (a heading above
        a clause), else its first from `after` on, else anywhere; where the copy does not hold it, piece itself
        (in simplified characters: a label put together or shortened), or with `composed` its characters as
        the original writes them (a target's metric, a verb and its object put together)."""
        if not piece:
            return piece
        at = self.reading.rfind(piece, 0, before) if before is not None else self.reading.find(piece, after)
        at = at if at >= 0 else self.reading.find(piece)
        if at >= 0:
            return self.original[at:at + len(piece)]
        return self._by_character(piece, after) if composed else piece

    def _by_character(self, piece: str, after: int) -> str:
        """A piece put together from words apart (培训…人工智能专才, a verb and its object), each character as
        the original writes it at its first place from `after` on, else anywhere; a character the copy does
        not hold stays as it is."""
        out = []
        for ch in piece:
            at = self.reading.find(ch, after)
            at = at if at >= 0 else self.reading.find(ch)
            out.append(self.original[at] if at >= 0 else ch)
        return "".join(out)
