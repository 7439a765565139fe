"""The opening lines of an English speech and of a cabinet paper, read into metadata and kept out of its clauses:
who spoke, on what occasion and when ("Speech by the Financial Secretary, …" / "moving the Second Reading of …" /
"Wednesday, 25 February 2026"; GOV.UK's "Delivered on: …" and "Location: …"), a paper's protective marking ("IN
CONFIDENCE"), its release label and note ("Proactive Release", "This document is proactively released by …"),
and the minister's office that heads it over the committee it is put to. ingest.margins.opening calls these."""

from __future__ import annotations

import re

from ingest.kinds import is_speech
from ingest.metadata import iso_date
from ingest.outline_headings import title_case
from ingest.page_facts import EN_DAY
from ingest.text import norm_key
from ingest.types import Block, Document

# a day as English writes it, "25 February 2026" or "February 25, 2026" (as ingest.margins.EN_DATE: that module
# imports this one)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_KIND = (r"(?:(?:Budget|Keynote|Opening|Closing|Welcome|Welcoming|Ministerial)\s+)?"
         r"(?:[Ss]peech|[Aa]ddress|[Rr]emarks|[Ss]tatement|[Kk]eynote)")
# what a speech was given at or for, after its speaker or on a line of its own: "at the Opening of …", "moving the
# Second Reading of the Appropriation Bill 2026"
_OCCASION = r"(?:at|during|before|moving|in moving|on the occasion of)\s"
_DAY_GIVEN = rf"(?:{_WEEKDAY},?\s+)?(?P<date>{EN_DAY})"
# "Speech by the Financial Secretary, the Honourable Paul MP Chan", "Speech by Mrs Josephine Teo, Minister for …,
# at the ATxSummit 2025 on 28 May 2025", "Delivered by Prime Minister … Lawrence Wong on 18 February 2025"
_SPEECH_BY = re.compile(rf"^(?:{_KIND}\s+(?:delivered\s+)?by|(?:As\s+)?[Dd]elivered\s+by)\s+(?:the\s+)?"
                        rf"(?P<who>[A-Z][^.;:]{{2,160}}?)(?:,?\s+(?P<occasion>{_OCCASION}[^;:]{{3,200}}?))?"
                        rf"(?:,?\s+on\s+{_DAY_GIVEN})?\.?$")
_OCCASION_LINE = re.compile(rf"^(?P<occasion>{_OCCASION}[^.;:]{{3,200}})$")
_DAY_LINE = re.compile(rf"^(?:[Oo]n\s+)?(?P<day>{_DAY_GIVEN})\.?$")  # "Wednesday, 25 February 2026", "On Friday, …"
# the speaker's label alone on its line over the speaker's office and name on lines of their own, as a budget
# speech's cover sets them: "Delivered by" / "Deputy Prime Minister and Minister for Finance" / "Lawrence Wong"
_BY_ALONE = re.compile(rf"^(?:{_KIND}\s+(?:delivered\s+)?by|(?:As\s+)?[Dd]elivered\s+by)$")
_OFFICE_LINE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Minister|Secretary|President|Governor|Chancellor|Premier|"
                          r"Mayor|Treasurer|Chair(?:man|person)?)\b[^.;:]{0,120}$")
_NAME_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Hon|The Hon(?:ourable)?)\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}$")
# the line of a speech's cover over its speaker line: its theme, "Building Our Shared Future Together" (under
# "BUDGET SPEECH 2024", its title)
_SUBTITLE = re.compile(r"^[A-Z][^.;:!?]{2,100}$")
# GOV.UK's speech header: "Delivered on: 15 July 2025 (Transcript of the speech, exactly as it was delivered)"
_DELIVERED_ON = re.compile(rf"^Delivered on:?\s+(?P<when>(?P<date>{EN_DAY})(?:\s*\([^()]{{0,120}}\))?)$")
_LOCATION = re.compile(r"^Location:\s*(?P<where>\S.{1,120})$")

# a government's protective marking, on a line of its own over a paper (New Zealand's "IN CONFIDENCE", the UK's
# "OFFICIAL-SENSITIVE", Australia's "PROTECTED", the US "CONTROLLED UNCLASSIFIED INFORMATION")
_MARKING = re.compile(r"^(?:(?:CABINET|BUDGET|COMMERCIAL|POLICY)[- ])?(?:IN[- ]CONFIDENCE|SENSITIVE|RESTRICTED|"
                      r"CONFIDENTIAL|SECRET|PROTECTED|UNCLASSIFIED|OFFICIAL(?:\s*[-:]\s*SENSITIVE)?|"
                      r"FOR OFFICIAL USE ONLY|CONTROLLED UNCLASSIFIED INFORMATION)$")
# New Zealand's proactive release: the label, and the note under it that says by whom and what was withheld
_RELEASE = re.compile(r"^Proactive(?:ly)?\s+[Rr]elease(?:d)?$|^PROACTIVE(?:LY)? RELEASE(?:D)?$")
_RELEASE_NOTE = re.compile(r"^(?:This|These|The following) (?:document|documents|paper|papers|Cabinet paper)s?\b"
                           r"[^.]{0,80}\b(?:is|are|has been|have been) proactively released\b", re.I)
# a cabinet paper's header: the minister's office, over the committee it is put to ("Chair, Cabinet Economic
# Policy Committee")
_MINISTERS_OFFICE = re.compile(r"^Office of the (?:Associate |Deputy )?(?:Prime )?Minister\b[^.;:]{0,120}$")
_COMMITTEE = re.compile(r"^(?:Chair,\s+)?Cabinet(?:\s+[A-Z][\w-]*(?:\s+(?:and|of|for|the)|,)?){0,8}\s+Committee$"
                        r"|^(?:Chair,\s+)?Cabinet$")


def en_opening(doc: Document, blocks: list[Block], i: int) -> int:
    """Read the speech or cabinet paper lines that start at blocks[i] into doc; how many blocks they are (0:
    none, and nothing read)."""
    if blocks[i].kind != "para":
        return 0
    return _speech(doc, blocks, i) or _paper_header(doc, blocks, i)


def _speech(doc: Document, blocks: list[Block], i: int) -> int:
    """A speech's speaker line and the occasion and day lines under it, or GOV.UK's "Delivered on:" and
    "Location:" lines: meta["speaker"], meta["occasion"], meta["delivered"] (the day as written, the date
    written), meta["location"]."""
    text = blocks[i].text.strip()
    if _subtitle(doc, blocks, i):
        return 1
    if _BY_ALONE.match(text):
        return _speaker_lines(doc, blocks, i)
    if m := _DELIVERED_ON.match(text):
        _delivered(doc, m.group("when"), m.group("date"))
        return 1
    if m := _LOCATION.match(text):
        if "delivered" not in doc.meta and not (i + 1 < len(blocks) and _DELIVERED_ON.match(blocks[i + 1].text)):
            return 0  # "Location:" is a speech's only beside the day it was delivered
        doc.meta.setdefault("location", m.group("where"))
        return 1
    m = _SPEECH_BY.match(text)
    if not m or len(text) > 400:
        return 0
    doc.meta.setdefault("speaker", m.group("who").strip(" ,"))
    if m.group("occasion"):
        doc.meta.setdefault("occasion", m.group("occasion").strip(" ,"))
    if m.group("date"):
        _delivered(doc, m.group("date"), m.group("date"))
    return 1 + _occasion_and_day(doc, blocks, i + 1)


def _occasion_and_day(doc: Document, blocks: list[Block], i: int) -> int:
    """The occasion and the day on lines of their own from blocks[i], under the speaker's: how many."""
    n = 0
    for block in blocks[i:i + 2]:
        line = block.text.strip()
        if block.kind != "para":
            break
        if (occasion := _OCCASION_LINE.match(line)) and "occasion" not in doc.meta:
            doc.meta["occasion"] = occasion.group("occasion")
        elif (day := _DAY_LINE.match(line)) and "delivered" not in doc.meta:
            _delivered(doc, day.group("day"), day.group("date"))
        else:
            break
        n += 1
    return n


def _speaker_lines(doc: Document, blocks: list[Block], i: int) -> int:
    """The office and the name on the lines under a "Delivered by" of their own (in either order), read as one
    speaker ("Lawrence Wong, Deputy Prime Minister and Minister for Finance"), and the day under them; 0 where
    no name or office follows."""
    name, offices, k = "", [], i + 1
    while k < min(len(blocks), i + 4) and blocks[k].kind == "para":
        line = blocks[k].text.strip()
        if _OFFICE_LINE.match(line):
            offices.append(line)
        elif _NAME_LINE.match(line) and not name and not _DAY_LINE.match(line):
            name = line
        else:
            break
        k += 1
    if not name and not offices:
        return 0
    doc.meta.setdefault("speaker", ", ".join(filter(None, [name, *offices])))
    return k - i + _occasion_and_day(doc, blocks, k)


def _subtitle(doc: Document, blocks: list[Block], i: int) -> bool:
    """Read a speech's theme over its speaker lines into meta["subtitle"], where its title says it is a speech."""
    if "subtitle" in doc.meta or "speaker" in doc.meta or i + 1 >= len(blocks) or not is_speech(doc.title):
        return False
    after = blocks[i + 1]
    if after.kind != "para" or not (_BY_ALONE.match(after.text.strip()) or _SPEECH_BY.match(after.text.strip())):
        return False
    text = blocks[i].text.strip()
    if not _SUBTITLE.match(text) or not title_case(text) or _OFFICE_LINE.match(text):
        return False
    doc.meta["subtitle"] = text
    return True


def _delivered(doc: Document, as_written: str, day: str) -> None:
    doc.meta.setdefault("delivered", as_written)
    doc.date_written = doc.date_written or iso_date(day)


def _paper_header(doc: Document, blocks: list[Block], i: int) -> int:
    """A paper's protective marking, its proactive-release label and note, and its minister's office over the
    committee it is put to (the office its issuer; meta["marking"], meta["release"], meta["release_note"],
    meta["addressees"])."""
    text = blocks[i].text.strip()
    if _MARKING.match(text):
        if text not in doc.meta.get("marking", "").split("; "):
            doc.meta["marking"] = "; ".join(filter(None, [doc.meta.get("marking", ""), text]))
        return 1
    if _RELEASE.match(text):
        doc.meta.setdefault("release", text)
        return 1
    if "release" in doc.meta and _RELEASE_NOTE.match(text) and len(text) <= 600:
        doc.meta.setdefault("release_note", text)
        return 1
    if _MINISTERS_OFFICE.match(text) and i + 1 < len(blocks) and blocks[i + 1].kind == "para" and \
            _COMMITTEE.match(blocks[i + 1].text.strip()):
        doc.issuer = doc.issuer or text
        doc.meta.setdefault("addressees", blocks[i + 1].text.strip())
        return 2
    return 0


def title_heading(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the page's first heading where it is the title itself, after lines of the page's header
    that were not read: as the first step of every path it would say nothing the title does not."""
    title = norm_key(doc.title)
    first = next((k for k, b in enumerate(blocks[:8]) if b.kind == "heading"), None)
    if not title or first is None or norm_key(blocks[first].text) != title:
        return blocks
    return blocks[:first] + blocks[first + 1:]
