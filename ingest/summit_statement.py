"""A summit's leaders' statement or communiqué (G7, G20 and the like, as the host's site serves it): the group its
first paragraph speaks for ("We, the Leaders of the Group of Seven (G7), …") is its issuer; the page's kicker ("G7
Evian Summit"), its meta line ("16 June 2026 — Joint statement"), the dateline over its paragraphs
("Evian-les-Bains, 16 June 2026") and its closing "Tags: …" line are its metadata, none of them a clause or a
heading."""

from __future__ import annotations

import re

from ingest.margins import EN_DATE
from ingest.metadata import iso_date
from ingest.types import Block, Document

# what meta["document_type"] says of one (ingest.un_agencies reads the bodies it asks to act)
LEADERS_STATEMENT = "leaders' statement"
# a statement, communiqué or declaration its title gives to leaders or to a summit's group
_KIND = r"(?:Joint\s+)?(?:Statement|Communiqu[eé]|Declaration)"
_GROUP = r"G7|G8|G20|Group of (?:Seven|Eight|Twenty)|BRICS|APEC|ASEAN|Quad"
_TITLE = re.compile(rf"\b(?:Leaders[’']?|Heads\s+of\s+State\s+and\s+Government)\s+{_KIND}\b"
                    rf"|\b{_KIND}\s+(?:of|by)\s+(?:the\s+)?(?:{_GROUP})\s+Leaders\b")
_TITLE_GROUP = re.compile(rf"\b({_GROUP})\b")
# whom "We, the Leaders of …" speaks for: "the Group of Seven (G7)", or "We, the G20 Leaders,"; a name in
# capitalised words and its acronym in brackets ("member countries of …" names no group)
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of|and|the|[A-Z][\w’'-]*|\([A-Z][A-Z0-9]{1,9}\)))*"
_WE = re.compile(rf"^(?:\d{{1,2}}\.\s+)?We,\s+the\s+(?:(?P<before>{_NAME})\s+)?"
                 rf"(?:Leaders|Heads\s+of\s+State\s+and\s+(?:of\s+)?Government)"
                 rf"(?:\s+of\s+(?:the\s+)?(?P<of>{_NAME}))?,")
# the page's lines over the statement: its summit ("G7 Evian Summit"), its date and category ("16 June 2026 —
# Joint statement", either way round) and the dateline ("Evian-les-Bains, 16 June 2026")
_SUMMIT = re.compile(r"(?:[A-Z0-9][\w’'-]*\s+){1,6}Summit")
_LABEL = r"[A-Z][A-Za-z’' -]{2,40}"
_META_LINE = re.compile(rf"(?P<date>{EN_DATE})\s*[—–|-]\s*(?P<label>{_LABEL})"
                        rf"|(?P<label2>{_LABEL})\s*[—–|-]\s*(?P<date2>{EN_DATE})")
_DATELINE = re.compile(rf"(?:(?P<place>[A-Z][\w’'.-]*(?:[ -][A-Za-z][\w’'.-]*){{0,3}}),\s*)?(?P<date>{EN_DATE})\.?")
_TAGS = re.compile(r"Tags?\s*:\s*(?P<tags>[^.;!?]{1,200})")
_OPENING = 6  # the page's lines stand over the first paragraph, among its first blocks


def summit_statement(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a leaders' statement's issuer (when none is known), kind, opening lines (meta["summit"],
    meta["category"], meta["dateline"], meta["location"]) and closing tags (meta["tags"]) into doc, and drop those
    lines; any other document's blocks as they are."""
    if not _TITLE.search(doc.title or ""):
        return blocks
    doc.meta["document_type"] = LEADERS_STATEMENT
    doc.kind = doc.kind or "notice"  # the leaders' own commitments, as Council conclusions are the Council's
    out = _closing(doc, _opening(doc, list(blocks)))
    first = next((b.text for b in out[:_OPENING] if b.kind == "para" and _WE.match(b.text)), "")
    if (m := _WE.match(first)) and (m.group("of") or m.group("before")):
        doc.issuer = doc.issuer or (m.group("of") or m.group("before"))
    elif m := _TITLE_GROUP.search(doc.title):
        doc.issuer = doc.issuer or m.group(1)
    return out


def _opening(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the page's lines over the statement's first paragraph, read into doc."""
    for i, block in enumerate(blocks[:_OPENING]):
        text = block.text.strip()
        if block.kind == "heading" or _WE.match(text) or len(text) > 80:
            break
        if not _line(doc, text):
            continue
        return _opening(doc, blocks[:i] + blocks[i + 1:])
    return blocks


def _line(doc: Document, text: str) -> bool:
    """Read one line over a statement into doc; False, and nothing read, if it is none of its facts."""
    if _SUMMIT.fullmatch(text):
        doc.meta.setdefault("summit", text)
        return True
    if (m := _META_LINE.fullmatch(text)) and iso_date(m.group("date") or m.group("date2")):
        doc.meta.setdefault("category", (m.group("label") or m.group("label2")).strip())
        doc.date_published = doc.date_published or iso_date(m.group("date") or m.group("date2"))
        return True
    if (m := _DATELINE.fullmatch(text)) and iso_date(m.group("date")):
        doc.meta.setdefault("dateline", text)
        if m.group("place"):
            doc.meta.setdefault("location", m.group("place"))
        doc.date_written = doc.date_written or iso_date(m.group("date"))
        return True
    return False


def _closing(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the page's "Tags: G7 Artificial intelligence Energy" line after the statement's text."""
    for i in range(len(blocks) - 1, max(len(blocks) - 3, 0) - 1, -1):
        if blocks[i].kind == "para" and (m := _TAGS.fullmatch(blocks[i].text.strip())):
            doc.meta.setdefault("tags", m.group("tags").strip())
            return blocks[:i] + blocks[i + 1:]
    return blocks
