"""A joint statement of two governments ("India-Japan Joint Statement on …", "Joint Statement by Australia and
Japan"): its issuer is both governments its title names, and the date line under its title and the place and day
that close it ("Tokyo" over "August 28, 2026") are its metadata, no part of its first paragraph or of its annex's
last row."""

from __future__ import annotations

import re

from ingest.margins import EN_DATE
from ingest.metadata import iso_date
from ingest.nations import NATIONS
from ingest.summit_statement import summit_statement
from ingest.types import Block, Document

# the nations "Government of the …" names with its "the" (a title names any of ingest.nations)
_THE = ("United States", "United Kingdom", "Philippines", "Netherlands", "Republic of Korea", "United Arab Emirates")
_KIND = r"Joint\s+(?:Statement|Communiqu[eé]|Declaration)"
_TITLE = re.compile(rf"^(?P<a>{NATIONS})\s*[-–—]\s*(?P<b>{NATIONS})\s+{_KIND}\b"
                    rf"|\b{_KIND}\s+(?:by|of|between)\s+(?:the\s+)?(?P<c>{NATIONS})\s+and\s+(?:the\s+)?"
                    rf"(?P<d>{NATIONS})\b")
_DATE_LINE = re.compile(rf"(?:{EN_DATE})\.?")
# the place it was made, alone on its line over the day: "Tokyo", "New Delhi" (capitalised words, no figure)
_PLACE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")
_OPENING = 3  # the date line stands among the first lines, under the title


def joint_statement(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a joint statement's governments (the issuer, when none is known), its date line under the title
    (meta["dateline"]) and the place and day closing it (meta["location"], meta["signed"]) into doc, and drop
    those lines; any other document's blocks as they are."""
    m = _TITLE.search(doc.title or "")
    if not m:
        return summit_statement(doc, blocks)  # a summit's: "G7 Leaders' Statement on …"
    doc.issuer = doc.issuer or "; ".join(_government(n) for n in (m.group("a") or m.group("c"),
                                                                   m.group("b") or m.group("d")))
    blocks = _closing(doc, list(blocks))
    for i, block in enumerate(blocks[:_OPENING]):
        if block.kind == "para" and _DATE_LINE.fullmatch(block.text.strip()) and iso_date(block.text):
            doc.meta.setdefault("dateline", block.text.strip())
            doc.date_written = doc.date_written or iso_date(block.text)
            return blocks[:i] + blocks[i + 1:]
    return blocks


def _government(nation: str) -> str:
    return f"Government of {'the ' if nation in _THE else ''}{nation}"


def _closing(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the place over the day that closes them (on two lines of one block, or two blocks)."""
    if len(blocks) < 3 or not all(b.kind == "para" for b in blocks[-2:]):
        return blocks
    lines = [line.strip() for line in blocks[-1].text.split("\n") if line.strip()]
    if len(lines) == 2:
        place, day, keep = lines[0], lines[1], blocks[:-1]
    elif len(lines) == 1 and "\n" not in blocks[-2].text.strip():
        place, day, keep = blocks[-2].text.strip(), lines[0], blocks[:-2]
    else:
        return blocks
    if not (_PLACE.fullmatch(place) and _DATE_LINE.fullmatch(day) and iso_date(day)):
        return blocks
    doc.meta.setdefault("location", place)
    doc.meta["signed"] = "; ".join(filter(None, [doc.meta.get("signed", ""), f"{place}, {day}"]))
    doc.date_written = doc.date_written or iso_date(day)
    return keep
