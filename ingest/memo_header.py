"""An agency memorandum's header (an OMB memo's): the letterhead, its date and number lines, "MEMORANDUM FOR …",
"FROM: …" and "SUBJECT: …", read into its metadata and kept out of its clauses; the subject is its title."""

from __future__ import annotations

import re

from ingest.margins import EN_DATE
from ingest.metadata import iso_date, smart_title
from ingest.types import Block, Document

_ADDRESSED = re.compile(r"^MEMORANDUM\s+(?:FOR|TO)\b")
_FIELD = re.compile(r"^(?P<label>FROM|SUBJECT|Subject|From|RE)\s*:\s*(?P<value>.*)$")
# its number on a line of its own: OMB's "M-26-07", "OMB Memorandum M-25-21"
_NUMBER = re.compile(r"^(?:(?:OMB\s+)?Memorandum\s+)?(?P<number>[A-Z]{1,3}-\d{2}-\d{2,3})$", re.I)
_DAY = re.compile(rf"^(?:{EN_DATE})\.?$")
# a letterhead line, in capitals: "EXECUTIVE OFFICE OF THE PRESIDENT", "WASHINGTON, D.C. 20503", "THE DIRECTOR"
_CAPS = re.compile(r"^[A-Z][A-Z0-9 ,.'&()-]{2,100}$")
_OFFICE = re.compile(r"\b(?:OFFICE|DEPARTMENT|AGENCY|ADMINISTRATION|BUREAU|COUNCIL|COMMISSION|BOARD)\b")
# a subject wrapped over lines goes on in its title's capitals: "Compute and Workforce Readiness"
_TITLE_WORDS = re.compile(r"^(?:(?:[A-Z0-9][\w’'&,;:-]*|of|and|the|for|to|in|on|with|through|by|a|an|or|at)\s*)+$")
_HEADER_LINES = 12  # a header's lines before its addressees: more, and it is no memo's header


def memo_header(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a memorandum's header into doc (title: the subject; meta letterhead, addressees, from, subject; the
    number, the date written, the issuer: the letterhead's last office; kind notice, as a President's memoranda)
    and drop its lines; nothing is read unless its letterhead, addressees and subject are all there."""
    lines = [doc.title] + [b.text for b in blocks[:_HEADER_LINES + 8]]  # lines[i] is blocks[i - 1]
    at = next((i for i, line in enumerate(lines[:_HEADER_LINES]) if _ADDRESSED.match(line)), None)
    if not at or not all(b.kind == "para" for b in blocks[:at]) or not all(
            _DAY.match(line) or _NUMBER.match(line) or _CAPS.match(line) for line in lines[:at]):
        return blocks
    fields, end = _fields(lines, at)
    if "subject" not in fields:
        return blocks
    head = [line for line in lines[:at] if not _DAY.match(line) and not _NUMBER.match(line)]
    offices = [line for line in head if _OFFICE.search(line)]
    if not offices:
        return blocks
    doc.meta["letterhead"] = "; ".join(head)
    doc.meta.update(fields)
    doc.title = fields["subject"]
    doc.issuer = doc.issuer or smart_title(offices[-1]).removeprefix("The ")
    number = next((m.group("number") for m in map(_NUMBER.match, lines[:at]) if m), "")
    doc.doc_number = doc.doc_number or number
    doc.date_written = doc.date_written or next((iso_date(line) for line in lines[:at] if _DAY.match(line)), "")
    doc.kind = doc.kind or "notice"
    return blocks[end - 1:]


def _fields(lines: list[str], at: int) -> tuple[dict[str, str], int]:
    """The addressees, FROM and SUBJECT from lines[at] on, each with the lines it wraps onto, and the index of the
    first line after them."""
    fields: dict[str, list[str]] = {"addressees": [lines[at]]}
    current, i = "addressees", at + 1
    while i < len(lines):
        line = lines[i]
        field = _FIELD.match(line)
        if field:
            current = "from" if field.group("label").upper() == "FROM" else "subject"
            fields[current] = [field.group("value").strip()]
        elif current == "subject" and _continues_subject(" ".join(fields["subject"]), line) or (
                current == "addressees" and _CAPS.match(line)
                or current == "from" and len(line) <= 60 and not line.endswith(".")):
            fields[current].append(line)  # "THE SECRETARY OF STATE" under the first addressee, "Director"
        else:
            break
        i += 1
    joiner = {"addressees": "; ", "from": ", ", "subject": " "}
    return {k: joiner[k].join(filter(None, v)) for k, v in fields.items()}, i


def _continues_subject(subject: str, line: str) -> bool:
    """Whether line is the rest of a subject wrapped over lines: short, in a title's capitals, the subject not
    ended."""
    return (len(line) <= 80 and not subject.endswith((".", ":")) and bool(_TITLE_WORDS.match(line))
            and not re.match(r"\(?\w{1,4}[.)]\s", line))
