"""A US National Science Foundation program solicitation as nsf.gov serves it (nsfNNNNN.htm): its cover lines, table
of contents and program officers, read into its metadata and kept out of its clauses; it is a call for proposals,
kind notice."""

from __future__ import annotations

import re

from ingest.margins import EN_DATE
from ingest.text import collapse
from ingest.types import Block, Document

_COVER_LINES = 16  # the cover's lines before its first heading: more, and it is no solicitation's cover
# what it is, and its number, each on a line of its own (or one over the other): "PROGRAM SOLICITATION" / "NSF 26-517"
_TYPE = re.compile(r"^PROGRAM\s+(?:SOLICITATION|ANNOUNCEMENT|DESCRIPTION)$", re.I)
_NUMBER = re.compile(r"^NSF\s+\d{2}-\d{3,4}$")
_REPLACES = re.compile(r"^Replaces\s+Document\(?s?\)?\s*:\s*"
                       r"(?P<numbers>NSF\s+\d{2}-\d{3,4}(?:\s*,\s*NSF\s+\d{2}-\d{3,4})*)$", re.I)
_ISSUER = re.compile(r"^(?:U\.\s?S\.\s+)?National\s+Science\s+Foundation$")
# the directorate, division or office that runs the program: "Directorate for Computer and Information Science and
# Engineering", "Office of Advanced Cyberinfrastructure", "Division of Computing and Communication Foundations"
_UNIT = re.compile(r"^(?:Directorate|Division|Office)\s+(?:for|of)\s+[A-Z][^.;:]{3,120}$")
# a deadline's label over its day (or with it): "Full Proposal Deadline(s) (due by 5 p.m. …):" / "May 28, 2026"
_DEADLINE = re.compile(r"^[A-Z][^:]{0,60}\b(?:Due\s+Date|Deadline|Target\s+Date|Window)\(?s?\)?\b[^:]{0,120}:$", re.I)
_DAY = re.compile(rf"^(?:{EN_DATE})(?:\s*[-–—]\s*(?:{EN_DATE}))?\.?$")
_CONTENTS = re.compile(r"^(?:TABLE\s+OF\s+CONTENTS|Contents)$", re.I)
_ENTRY_MAX = 100  # characters of a table of contents' entry: a longer line is text
# the program officers' lead-in, an optional note on how current they are, then a name with how to reach them
_OFFICERS = re.compile(r"^(?:Cognizant\s+)?Program\s+Officer\(?s?\)?\s*:$|^Points?\s+of\s+Contact\s*:$", re.I)
_CURRENT_NOTE = re.compile(r"^Please\s+note\s+that\s+the\s+following\s+information\s+is\s+current\b", re.I)
_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b")
_OFFICER = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4},\s+.{0,200}$")


def program_solicitation(doc: Document) -> Document:
    """Read an NSF solicitation's cover (its number, what it is, the Foundation, the offices that run the program, the
    document it replaces and its deadlines), its table of contents and its program officers into doc and drop them
    from its blocks; nothing is read unless the cover gives what it is and its number."""
    lines = _cover(doc.blocks)
    if lines is None:
        return doc
    cover, end = lines
    if not any(_TYPE.match(line) for line in cover) or not any(_NUMBER.match(line) for line in cover):
        return doc
    _read_cover(doc, cover)
    doc.kind = doc.kind or "notice"  # a call for proposals, as a 申报通知 is
    doc.blocks = _officers(doc, _contents(doc, doc.blocks[end:]))
    return doc


def _cover(blocks: list[Block]) -> tuple[list[str], int] | None:
    """The lines before the first heading (a block set on two lines, "PROGRAM SOLICITATION<br>NSF 26-517", is two)
    and where the heading is; None if there are too many."""
    end = next((i for i, b in enumerate(blocks) if b.kind != "para"), len(blocks))
    if not 0 < end <= _COVER_LINES or end == len(blocks):
        return None
    return [line for b in blocks[:end] for line in map(collapse, b.text.splitlines()) if line], end


def _read_cover(doc: Document, cover: list[str]) -> None:
    units, deadlines, rest = [], [], []
    i = 0
    while i < len(cover):
        line = cover[i]
        if _TYPE.match(line):
            doc.meta["document_type"] = line
        elif _NUMBER.match(line):
            doc.doc_number = doc.doc_number or line
        elif m := _REPLACES.match(line):
            doc.meta["replaces"] = m.group("numbers")
        elif _ISSUER.match(line):
            doc.issuer = doc.issuer or line
        elif _UNIT.match(line):
            units.append(line)
        elif _DEADLINE.match(line) and i + 1 < len(cover) and _DAY.match(cover[i + 1]):
            deadlines.append(f"{line} {cover[i + 1]}")
            i += 1
        elif collapse(line) != _bare_title(doc.title):
            rest.append(line)
        i += 1
    if units:
        doc.meta["offices"] = "; ".join(units)
    if deadlines:
        doc.meta["deadlines"] = "; ".join(deadlines)
    if rest:
        doc.meta["cover"] = "; ".join(rest)


def _bare_title(title: str) -> str:
    """The page's title less the number before it: "NSF 26-517: National …" is "National …"."""
    return re.sub(r"^NSF\s+\d{2}-\d{3,4}\s*:\s*", "", collapse(title))


def _contents(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the table of contents: its heading and the short lines under it, to the next heading
    (meta.contents, one entry a line)."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "heading" and _CONTENTS.match(b.text.strip())), None)
    if at is None:
        return blocks
    end = next((j for j in range(at + 1, len(blocks)) if blocks[j].kind != "para"), len(blocks))
    entries = [line for b in blocks[at + 1:end] for line in map(collapse, b.text.splitlines()) if line]
    if not entries or end == len(blocks) or any(len(e) > _ENTRY_MAX or e.endswith(".") for e in entries):
        return blocks
    doc.meta["contents"] = "\n".join(entries)
    return blocks[:at] + blocks[end:]


def _officers(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the program officers' lead-in, its note and the lines under it that name an officer with a
    telephone number or an address (meta.contact)."""
    for i, block in enumerate(blocks):
        if block.kind != "para" or not _OFFICERS.match(block.text.strip()):
            continue
        j = i + 1
        note = j < len(blocks) and blocks[j].kind == "para" and bool(_CURRENT_NOTE.match(blocks[j].text.strip()))
        j += note
        end = j
        while end < len(blocks) and blocks[end].kind == "para" and _officer(blocks[end].text):
            end += 1
        if end == j:
            continue
        said = f"{collapse(block.text)} " + "; ".join(collapse(b.text) for b in blocks[j:end])
        doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), said]))
        if note:
            doc.meta["contact_note"] = collapse(blocks[i + 1].text)
        return blocks[:i] + blocks[end:]
    return blocks


def _officer(text: str) -> bool:
    """"Katherine Liu, Program Director, CISE/OAC, telephone: (703) 292-4821, email: nairr-rp@nsf.gov"."""
    text = collapse(text)
    return bool(_OFFICER.match(text.rstrip(".")) and _REACH.search(text)) and len(text) <= 240
