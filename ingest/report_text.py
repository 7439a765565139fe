"""Reads a research or audit report saved from PDF as text (a CRS or GAO report): its cover's date, number and author
as metadata, its headings on lines of their own as headings, its contents list and footnotes out of the body, its
recommendations labelled after their text ("… (Recommendation 2)") read as labelled before it."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import CELL, Block, Document

_UPDATED = re.compile(r"^(?P<how>Updated|Revised|Published|Issued)?\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})$")
_NUMBER = re.compile(r"^[A-Z]{1,3}\d{4,6}$")  # a report's product number: R48217, RL33456, IF12345
_PERSON = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")
_ROLE = re.compile(r"^(?:(?:Senior |Acting )?(?:Analyst|Specialist|Legislative Attorney|Research Librarian|Section "
                   r"Research Manager|Economist|Coordinator)\b).{0,100}$")
_CONTENTS = re.compile(r"^(?:Table of )?Contents$", re.I)
_LEADER = re.compile(r"(?P<entry>[^.\d][^.]*?)\s*\.{4,}\s*(?P<page>\d{1,4})")
_NOTES = re.compile(r"^(?:Footnotes|Endnotes|Notes)$", re.I)
_AUTHOR = re.compile(r"^Author(?:s)?(?: Contact)? Information$", re.I)
_CAPTION = re.compile(r"^(?:Table|Figure|Box|Source|Sources|Notes?)\b", re.I)
_COVER = 10  # how many blocks the cover may hold
_HEADING_MAX = 60
_TITLED_MAX = 100  # a heading in title case may run longer: "Selected Agencies Have Not Fully Planned for Future …"
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
# a recommendation's label after its text, as GAO and inspectors general write it: "… by September 30, 2026.
# (Recommendation 1)"
_TRAILING_LABEL = re.compile(r"\s*\(Recommendation (\d{1,3})\)$")
_RECOMMENDS = re.compile(r"\b(?:should|recommend)", re.I)


def read_report(doc: Document) -> None:
    """Read a report's cover, headings, contents list and footnotes (see the module's docstring) in place."""
    blocks = _cover(doc, doc.blocks)
    blocks = [_heading(b, blocks[k + 1] if k + 1 < len(blocks) else None) for k, b in enumerate(blocks)]
    blocks = _contents(doc, blocks)
    blocks = _author_section(blocks)
    doc.blocks = _labels_first(_footnotes(doc, blocks))


def _cover(doc: Document, blocks: list[Block]) -> list[Block]:
    """The lines under the title, up to its first heading or paragraph: its date ("Updated January 14, 2026"),
    its number ("R48217") and its author with their role, as metadata."""
    k = 0
    while k < min(len(blocks), _COVER):
        text = blocks[k].text
        if m := _UPDATED.match(text):
            doc.date_published = doc.date_published or iso_date(m["date"])
            if m["how"]:
                doc.meta[m["how"].lower()] = iso_date(m["date"])
        elif _NUMBER.match(text) and not doc.doc_number:
            doc.doc_number = text
        elif _PERSON.match(text) and k + 1 < len(blocks) and _ROLE.match(blocks[k + 1].text):
            doc.meta["author"] = f"{text}, {blocks[k + 1].text}"
            k += 1
        else:
            break
        k += 1
    return blocks[k:]


def _heading(block: Block, after: Block | None) -> Block:
    """A short line of its own, in capitals or title case and with no full stop, over a paragraph: a heading
    ("SUMMARY", "Introduction", "Legislation in the 119th Congress")."""
    text = block.text
    if (block.kind != "para" or after is None or len(text) > _TITLED_MAX or CELL in text
            or not text[:1].isupper() or text.endswith(tuple(".,;:!?")) or _CAPTION.match(text)
            or _PERSON.match(text) or (len(text) > _HEADING_MAX or len(text.split()) > 8) and not _title_case(text)):
        return block
    return Block(text, "heading", 1) if after.kind != "para" or len(after.text) > len(text) else block


def _title_case(text: str) -> bool:
    """A line in title case, each of its words capitalised but the small ones ("Agencies Obligated $1.9 Billion
    for AI Compute in Fiscal Year 2025")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)]
    return len(words) >= 3 and all(w[0].isupper() or w in _SMALL for w in words)


def _labels_first(blocks: list[Block]) -> list[Block]:
    """Recommendations labelled after their text, "The Secretary of Energy should … (Recommendation 2)", with
    their label first, "Recommendation 2: The Secretary …", as the outline reads a recommendation: only where
    the labels number them 1, 2, 3 … in turn and each recommends ("should", "recommend")."""
    found = [(k, m) for k, b in enumerate(blocks) if b.kind == "para" and (m := _TRAILING_LABEL.search(b.text))]
    if not found or [int(m.group(1)) for _, m in found] != list(range(1, len(found) + 1)) or not all(
            _RECOMMENDS.search(blocks[k].text, 0, m.start()) for k, m in found):
        return blocks
    out = list(blocks)
    for k, m in found:
        out[k] = Block(f"Recommendation {m.group(1)}: {blocks[k].text[:m.start()]}", "para")
    return out


def _contents(doc: Document, blocks: list[Block]) -> list[Block]:
    """A "Contents" heading and its dotted list of sections with their pages: metadata, not clauses."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        if _CONTENTS.match(blocks[k].text) and k + 1 < len(blocks) and _LEADER.search(blocks[k + 1].text):
            j = k + 1
            entries: list[str] = []
            while j < len(blocks) and (found := _LEADER.findall(blocks[j].text)):
                entries += [f"{entry.strip()} {page}" for entry, page in found]
                j += 1
            doc.meta["contents"] = "; ".join(entries)
            k = j
            continue
        out.append(blocks[k])
        k += 1
    return out


def _author_section(blocks: list[Block]) -> list[Block]:
    """The closing "Author Information" section, which names again the authors the cover names: no clause."""
    for k, block in enumerate(blocks):
        if _AUTHOR.match(block.text):  # a heading, or a line over a shorter one
            j = k + 1
            while j < len(blocks) and blocks[j].kind == "para" and (
                    _PERSON.match(blocks[j].text) or _ROLE.match(blocks[j].text)):
                j += 1
            return blocks[:k] + blocks[j:]
    return blocks


def _footnotes(doc: Document, blocks: list[Block]) -> list[Block]:
    """The numbered notes under a "Footnotes" heading: metadata (each note on a line of its own), and their
    markers out of the text ("(GPUs).1 Proponents" -> "(GPUs). Proponents")."""
    head = next((k for k, b in enumerate(blocks) if b.kind == "heading" and _NOTES.match(b.text)), None)
    if head is None:
        return blocks
    end = head + 1
    while end < len(blocks) and blocks[end].kind == "para" and re.match(r"\d{1,3} \S", blocks[end].text):
        end += 1
    notes = _numbered(" ".join(b.text for b in blocks[head + 1:end]))
    if not notes:
        return blocks
    doc.meta["footnotes"] = "\n".join(f"{n} {text}" for n, text in notes)
    body = _unmarked(blocks[:head], [n for n, _ in notes])
    return body + blocks[end:]


def _numbered(text: str) -> list[tuple[int, str]]:
    """The notes of "1 A. 2 B. …", numbered 1, 2, 3… in turn (a number out of turn is the note's text)."""
    notes: list[tuple[int, str]] = []
    n, at = 1, 0
    if not text.startswith("1 "):
        return []
    while True:
        m = re.compile(rf"(?:^|\s){n + 1} (?=[A-Z\"“‘'(])").search(text, at + 2)
        notes.append((n, text[at + len(str(n)) + 1:m.start() if m else len(text)].strip()))
        if not m:
            return notes
        n, at = n + 1, m.end() - len(str(n + 1)) - 1


def _unmarked(blocks: list[Block], numbers: list[int]) -> list[Block]:
    """The blocks with their footnote markers taken out: each number in turn, right after a word's closing
    punctuation and before a space or the paragraph's end ("(GPUs).1", "NSF.4", "by 2028.7")."""
    out: list[Block] = []
    want = iter(numbers)
    n = next(want, None)
    for block in blocks:
        text = block.text
        while n is not None and block.kind == "para" and (
                m := re.search(rf"(?<=[A-Za-z)\]\"”’][.,;:)\"”’]){n}(?=\s|$)|(?<=\d\.){n}$", text)):
            text = text[:m.start()] + text[m.end():]
            n = next(want, None)
        out.append(Block(text, block.kind, block.level))
    return out
