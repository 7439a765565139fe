"""A resolution of a United Nations body (General Assembly, Security Council, Human Rights Council …) or one laid
out as theirs: its header ("United Nations | A/RES/80/214", "Distr.: General 23 December 2025", "Eightieth
session", "Agenda item 17 (b)" and the item's title), "Resolution adopted by the General Assembly on 19 December
2025", "[on the report of the Second Committee (…)]", its numbered title ("80/214. Closing …") and the meeting
that closes it ("52nd plenary meeting" over its day) read into metadata, not clauses; and its preamble told
apart: "The General Assembly," leads preambular paragraphs that each end in a comma and open with a participle
or phrase ("Recalling …,", "Noting with concern …,"), each a clause of its own (ingest.outline, ingest.grouping)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.metadata import MONTHS, iso_date
from ingest.types import CELL, Block, Document

_DAY = rf"\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}"
# a UN document symbol: "A/RES/80/214", "S/RES/2719 (2023)", "A/HRC/RES/53/8", "E/RES/2024/5"
SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9.]{1,12}){0,3}/RES/\d{1,4}(?:/\d{1,4})?(?:\s*\(\d{4}\))?")
# "Resolution adopted by the General Assembly on 19 December 2025"; "Adopted by the Security Council at its 9518th
# meeting, on 14 December 2023"
_ADOPTED = re.compile(rf"^(?:Resolution\s+)?adopted\s+by\s+the\s+(?P<body>[A-Z][\w’' -]{{2,80}}?)"
                      rf"(?:\s+at\s+its\s+(?P<meeting>[^,]{{3,60}}),)?\s+on\s+(?P<day>{_DAY})\.?$", re.I)
_DISTR = re.compile(rf"Distr\.?\s*:\s*(?:General|Limited|Restricted)\b\s*(?P<day>{_DAY})?", re.I)
_SESSION = re.compile(r"^(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:special\s+|emergency\s+)?session\b")
_AGENDA = re.compile(r"^Agenda\s+items?\s+\d")
_REPORT = re.compile(r"^\[(?:on the report|without reference|on the proposal|adopted without)[^\[\]]*\]$", re.I)
# "80/214. Closing …", "53/8. The promotion …"; "Resolution 2719 (2023)" is a Security Council resolution's title
_NUMBERED_TITLE = re.compile(r"^(?P<number>\d{1,3}/\d{1,4})\.\s+(?P<title>\S.+)$")
_COUNCIL_TITLE = re.compile(r"^Resolution\s+\d{1,5}\s*\(\d{4}\)$")
# "52nd plenary meeting", "9518th meeting", with its day on the line or the next
_MEETING = re.compile(rf"^\d{{1,5}}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting(?:\s*,?\s*(?P<day>{_DAY}))?\.?$")
_UN_ORGANS = ("General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council",
              "Trusteeship Council")
_HEAD = 15  # the header stands among its first blocks

# the lead-in of its preamble: "The General Assembly,", "The Human Rights Council,", "The General Conference,"
_LEAD_IN = re.compile(r"^The\s+(?:[A-Z][a-z]+\s+){0,4}(?:Assembly|Council|Conference|Board|Commission|Committee|"
                      r"Parties)(?:\s+of\s+the\s+[A-Z][\w ]{2,60})?\s*,$")
# how a preambular paragraph opens: a participle or phrase, "Recalling", "Recalling also", "Noting with concern",
# "Deeply concerned", "Bearing in mind", "Mindful", "Taking note"
_PREAMBULAR = re.compile(r"^(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Fully|Firmly|Profoundly)\s+(?i:"
                         r"[a-z]+ing|concerned|convinced|mindful|aware|conscious|determined|alarmed|disturbed|"
                         r"encouraged|committed)|[A-Z][a-z]+ing|Concerned|Convinced|Mindful|Aware|Conscious|"
                         r"Determined|Alarmed|Guided|Encouraged|Desirous|Cognizant|Committed|Inspired|Resolved|"
                         r"Persuaded)\b")
# a numbered operative paragraph, its verb in the third person: "1. Calls upon", "2. Decides", "3. Also requests"
_OPERATIVE = re.compile(r"^\d{1,3}\.\s+(?:(?:Also|Further|Again|Once again|Strongly|Urgently)\s+)?[A-Z][a-z]+s\b")
PREAMBLE = "preamble"  # the style of the outline node that holds a resolution's preambular paragraphs


def un_resolution(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a resolution's header, adoption line, report line, numbered title and closing meeting into doc (its
    symbol the number, the body its issuer, the day adopted its date, Distr. day published), dropping those
    blocks; any other document's blocks are returned as they are."""
    at = next((i for i, b in enumerate(blocks[:_HEAD]) if _ADOPTED.match(b.text.strip())), None)
    if at is None or not any(_LEAD_IN.match(b.text.strip()) for b in blocks[at:at + 8]):
        return blocks
    adopted = _ADOPTED.match(blocks[at].text.strip())
    body = " ".join(adopted.group("body").split())
    doc.issuer = f"United Nations {body}" if body in _UN_ORGANS else body
    doc.date_written = iso_date(adopted.group("day"))
    doc.meta["adopted"] = blocks[at].text.strip()
    if adopted.group("meeting"):  # "at its 9518th meeting": a Security Council resolution's
        doc.meta["meeting"] = f"{adopted.group('meeting')}, {adopted.group('day')}"
    doc.meta["document_type"] = "resolution"
    if m := SYMBOL.search(doc.title):  # the header's first line taken for the title, or "A/RES/80/214 - Closing …"
        doc.doc_number = doc.doc_number or m.group()
        doc.title = re.sub(r"^(?:United Nations)?\s*[-–—:|]?\s*", "", doc.title.replace(m.group(), " ").strip())
    drop = {at} | _header(doc, blocks, at)
    for i in range(at + 1, min(at + 4, len(blocks))):
        text = blocks[i].text.strip()
        if _REPORT.match(text):
            doc.meta["report"] = text
            drop.add(i)
        elif m := _NUMBERED_TITLE.match(text):
            doc.meta["resolution_number"] = m.group("number")
            drop |= _title(doc, blocks, i, m.group("title"))
            break
    drop |= _meeting(doc, blocks)
    if not doc.doc_number and body == "General Assembly" and doc.meta.get("resolution_number"):
        doc.doc_number = f"A/RES/{doc.meta['resolution_number']}"  # the Assembly's symbol since its 31st session
    doc.kind = ""  # none of ours: no regulation, notice nor report
    return [b for i, b in enumerate(blocks) if i not in drop]


def _title(doc: Document, blocks: list[Block], at: int, title: str) -> set[int]:
    """The title less its number, with the lines it wraps onto before the lead-in ("… artificial" over
    "intelligence systems for sustainable development", as a PDF's text gives it): the indexes of those lines."""
    more = set()
    for i in range(at + 1, min(at + 3, len(blocks))):
        text = blocks[i].text.strip()
        if blocks[i].kind != "para" or _LEAD_IN.match(text) or not text[:1].islower():
            break
        title = f"{title} {text}"
        more.add(i)
    doc.title, blocks[at] = title, Block(title, "heading", 1)
    return more


def _header(doc: Document, blocks: list[Block], at: int) -> set[int]:
    """Read the symbol, Distr. day, session and agenda item from the blocks above the adoption line (at); their
    indexes, to drop (a line the header does not explain is kept; a Security Council resolution's title is)."""
    drop: set[int] = set()
    agenda: list[str] = []
    for i, block in enumerate(blocks[:at]):
        cells = [c.strip() for c in block.text.split(CELL)]
        text = " ".join(cells)
        read = False
        if m := SYMBOL.search(text):
            doc.doc_number = doc.doc_number or m.group()
            read = True
        if m := _DISTR.search(text):
            doc.date_published = iso_date(m.group("day") or "") or doc.date_published
            read = True
        elif doc.doc_number and not doc.date_published and re.fullmatch(_DAY, text):
            doc.date_published = iso_date(text)  # "Distr.: General" over its day, as a PDF's text gives it
            read = True
        if _COUNCIL_TITLE.match(text):  # "Resolution 2719 (2023)": a Security Council resolution's title
            doc.title, blocks[i] = text, Block(text, "heading", 1)
            continue
        if _SESSION.match(text):
            doc.meta["session"] = text
            read = True
        elif _AGENDA.match(text) or agenda and block.kind == "para" and not read:
            agenda.append(text)  # "Agenda item 17 (b)" and the item's title under it
            read = True
        read = read or text in ("United Nations", *_UN_ORGANS)
        if read:
            drop.add(i)
    if agenda:
        doc.meta["agenda_item"] = " ".join(agenda)
    return drop


def _meeting(doc: Document, blocks: Sequence[Block]) -> set[int]:
    """The meeting line that closes a resolution ("52nd plenary meeting" over "19 December 2025") into
    meta["meeting"]: the day it was adopted, no signature; the indexes of its lines."""
    for i in range(len(blocks) - 1, max(len(blocks) - 4, -1), -1):
        if m := _MEETING.match(blocks[i].text.strip()):
            lines = {i}
            day = m.group("day") or ""
            if not day and i + 1 < len(blocks) and re.fullmatch(_DAY, blocks[i + 1].text.strip()):
                day = blocks[i + 1].text.strip()
                lines.add(i + 1)
            doc.meta["meeting"] = ", ".join(filter(None, [blocks[i].text.strip().rstrip("."), day]))
            return lines
    return set()


def is_un_header(text: str) -> bool:
    """Whether a page's header container is a UN document's: its symbol and its "Distr.:" line (kept for
    un_resolution to read, not dropped as a page's header)."""
    return bool(SYMBOL.search(text) and _DISTR.search(text))


def preamble_lead_in(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i is a resolution's lead-in ("The General Assembly,") over its preamble: a preambular
    paragraph follows it, and numbered operative paragraphs ("1. Calls upon …") come later."""
    if not _LEAD_IN.match(blocks[i].text.strip()):
        return False
    after = [b.text.strip() for b in blocks[i + 1:] if b.text.strip()]
    return bool(after) and bool(_PREAMBULAR.match(after[0])) and any(_OPERATIVE.match(t) for t in after)


def opens_preambular_paragraph(text: str) -> bool:
    """Whether text opens a preambular paragraph of its own ("Recalling also …"), not the rest of the one above."""
    return bool(_PREAMBULAR.match(text.strip()))
