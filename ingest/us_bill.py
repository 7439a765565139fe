"""A US congressional bill as congress.gov and govinfo print it as text (GPO's layout): its banner, Congress,
session, number, long title, chamber, date, sponsors and committee, and its table of contents as metadata; its
body one paragraph a subsection or item, told by GPO's indents, its short title its title."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.text import normalize_text
from ingest.types import Block, Document

_HEAD = 60  # how many lines the banner and the cover may take
_CONGRESS = re.compile(r"^(?P<n>\d{2,3})(?:st|nd|rd|th) CONGRESS$")
_SESSION = re.compile(r"^(?:\d(?:st|d|nd|rd|th)|First|Second) Session$", re.I)
# GPO's banner over every bill: "[Congressional Bills 119th Congress]", "[From the U.S. Government Publishing
# Office]", and the version printed: "[S. 1234 Introduced in Senate (IS)]", "[H.R. 7032 Received in Senate (RDS)]"
_BANNER = re.compile(r"^\[(?:Congressional Bills \d{2,3}\w{2} Congress|From the U\.S\. Government (?:Publishing|"
                     r"Printing) Office)\]$")
_VERSION = re.compile(r"^\[(?P<number>(?:H|S)\.\s?(?:R\.|Res\.|J\.\s?Res\.|Con\.\s?Res\.)?\s?\d{1,5})\s+"
                      r"(?P<version>[^\[\]]+?)\]$", re.I)
# the number on a line of its own: "S. 1234", "H. R. 567", "H. J. RES. 126", "S. CON. RES. 12"
_NUMBER = re.compile(r"^(?:H|S)\.(?: ?(?:R|J|CON)\.)?(?: ?RES\.)? ?\d{1,5}$", re.I)
_CALENDAR = re.compile(r"^(?:Union |House )?Calendar No\. \d{1,5}$")
_REPORT = re.compile(r"^\[Report No\. [\d-]{3,12}\]$")
_CHAMBER = re.compile(r"^IN THE (?P<chamber>SENATE OF THE UNITED STATES|HOUSE OF REPRESENTATIVES)$")
_DATE = re.compile(r"^(?P<month>[A-Z][a-z]{2,8}) (?P<day>\d{1,2})(?: \([^()]{0,60}\))?, (?P<year>\d{4})$")
_RULE = re.compile(r"^_{10,}$")
# what it is, over its title again: "A BILL", "AN ACT" (passed by one chamber), "JOINT RESOLUTION"
_WHAT = re.compile(r"^(?:A BILL|AN ACT|(?:JOINT |CONCURRENT )?RESOLUTION)$")
_NOT_LAW = ("A BILL", "AN ACT", "JOINT RESOLUTION")  # a bill, or one passed by one chamber: not in force
# "Mrs. Halvorsen (for herself, Mr. Okafor, …) introduced the following bill; which was read twice and referred to
# the Committee on Commerce, Science, and Transportation"
_SPONSORS = re.compile(r"^(?P<who>(?:M[rs]s?|Mrs)\. .+?) (?:introduced|submitted) the following (?:bill|joint "
                       r"resolution|concurrent resolution|resolution)\b(?P<rest>.*)$")
_COMMITTEE = re.compile(r"\breferred to the (?P<committee>Committees? on .+?)(?:, for a period\b.*)?\.?$")
_ENACTING = re.compile(r"^(?P<formula>Be it enacted by the Senate and House of Representatives of the United States "
                       r"of America in Congress assembled),?\s*(?P<rest>.*)$")
# a section's heading at the margin ("SEC. 2. FINDINGS."), and an entry of the table of contents ("Sec. 2. Findings.")
_SECTION = re.compile(r"^(?:SECTION|SEC\.) (?P<number>\d{1,4}[A-Z]?)\. ")
_ENTRY = re.compile(r"^Sec\. \d{1,4}[A-Z]?\. ")
_SHORT_TITLE = re.compile(r"\bmay be cited as the ``(?P<title>[^`']{3,200})''")
_PASSED = re.compile(r"^Passed the (?:Senate|House of Representatives) (?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\.$")
_END = "<all>"


def read_us_bill(text: str) -> Document | None:
    """The Document of a bill in GPO's text layout (see the module's docstring); None for any other text."""
    lines = [_indent(ln) + normalize_text(ln) for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    head = [ln.strip() for ln in lines[:_HEAD] if ln.strip()]
    if not any(_CONGRESS.match(ln) for ln in head) or not (
            any(_BANNER.match(ln) for ln in head) or "<DOC>" in head):
        return None
    doc = Document(doc_id="", title="", lang="en", blocks=[], fmt="text")
    at = _cover(doc, lines)
    if at is None:
        return None
    body = _contents(doc, lines[at:])
    doc.blocks = [_block(p, doc.meta.get("contents", "")) for p in _paragraphs(doc, body)]
    # the chamber it was introduced in, by its number: S. 1234 the Senate's, H.R. 567 the House's
    doc.issuer = "United States Senate" if doc.doc_number.startswith("S") else \
        "United States House of Representatives" if doc.doc_number.startswith("H") else ""
    short = _SHORT_TITLE.search(" ".join(b.text for b in doc.blocks[:6]))
    doc.title = short["title"] if short else doc.meta.get("long_title", "")
    return doc


def _block(text: str, contents: str) -> Block:
    """A paragraph as a block; a section's heading a heading, set as its entry in the table of contents sets it
    ("SEC. 2. FINDINGS." as "Sec. 2. Findings.": one case for all, the TOC's where it has the section)."""
    if not (m := _SECTION.match(text)):
        return Block(text)
    entry = f"Sec. {m['number']}. {text[m.end():]}".lower()
    return Block(next((e for e in contents.split("\n") if e.lower() == entry), text), "heading", 2)


def _cover(doc: Document, lines: list[str]) -> int | None:
    """Read the banner and the cover into doc, up to the enacting formula; the index of the body's first line
    (None when no formula or "A BILL" is found: not GPO's layout after all)."""
    paragraphs = _cover_paragraphs(lines)
    meta, seen_what = doc.meta, False
    for k, (text, end) in enumerate(paragraphs):
        if _BANNER.match(text) or text == "<DOC>" or _RULE.match(text):
            continue
        if m := _VERSION.match(text):
            doc.doc_number = doc.doc_number or re.sub(r"\s+", " ", m["number"])
            meta["version"] = m["version"]
        elif m := _CONGRESS.match(text):
            meta["congress"] = text.replace("CONGRESS", "Congress")
        elif _SESSION.match(text):
            meta["session"] = text
        elif _NUMBER.match(text):
            doc.doc_number = doc.doc_number or re.sub(r"(?<=\.) (?=[A-Z]\.)", "", text)
        elif _CALENDAR.match(text) or _REPORT.match(text):
            meta["calendar" if _CALENDAR.match(text) else "report"] = text.strip("[]")
        elif m := _CHAMBER.match(text):
            meta["chamber"] = "Senate" if m["chamber"].startswith("SENATE") else "House of Representatives"
        elif _DATE.match(text) and not doc.date:
            doc.date = iso_date(text)
            meta["introduced"] = text
        elif m := _SPONSORS.match(text):
            meta["sponsors"] = m["who"]
            if c := _COMMITTEE.search(m["rest"]):
                meta["committee"] = c["committee"]
            meta["action"] = text
        elif _WHAT.match(text):
            meta["document_type"], seen_what = text, True
            doc.kind = "draft" if text in _NOT_LAW else ""
        elif m := _ENACTING.match(text):
            meta["enacting_formula"] = m["formula"]
            if m["rest"]:  # an appropriations bill goes on: "…assembled, That the following sums are appropriated"
                lines[end - 1] = m["rest"]
                return end - 1
            return end
        elif _SECTION.match(text) or text.startswith("Resolved"):
            return _line_of(lines, text) if seen_what else None
        elif "long_title" not in meta and ("chamber" not in meta or seen_what):
            meta["long_title"] = text  # over the chamber, or under "AN ACT" when only there
        elif seen_what and text == meta.get("long_title"):
            continue  # the title again under "A BILL": said once
        else:
            meta["actions"] = "; ".join(filter(None, [meta.get("actions", ""), text]))
        if k > _HEAD:
            break
    return None


def _cover_paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """The cover's paragraphs (blank-line separated, joined) with the index of the line after each; the banner's
    lines and the Congress, session and number lines each one of their own."""
    out: list[tuple[str, int]] = []
    part: list[str] = []
    for k, line in enumerate(lines[:_HEAD * 3] + [""]):
        text = line.strip()
        single = bool(_BANNER.match(text) or _VERSION.match(text) or text == "<DOC>" or _CONGRESS.match(text)
                      or _SESSION.match(text) or _NUMBER.match(text) or _CALENDAR.match(text))
        if part and (not text or single):
            out.append((_join(part), k))
            part = []
        if single:
            out.append((text, k + 1))
        elif text:
            part.append(text)
    return out


def _line_of(lines: list[str], text: str) -> int:
    return next(k for k, ln in enumerate(lines) if ln.strip() and text.startswith(ln.strip()))


def _contents(doc: Document, lines: list[str]) -> list[str]:
    """The body's lines without its table of contents ("Sec. 1. Short title; table of contents." …, its titles'
    lines among them), which goes to meta.contents one entry a line."""
    at = [k for k, ln in enumerate(lines) if _ENTRY.match(ln)]
    if len(at) < 2:
        return lines
    end = at[-1] + 1
    while end < len(lines) and lines[end].startswith(" ") and lines[end].strip():  # the last entry's next line
        end += 1
    entries: list[str] = []
    for line in lines[at[0]:end]:
        text = line.strip()
        if text and entries and line.startswith(" ") and not entries[-1].endswith("."):
            entries[-1] = _join([entries[-1], text])  # an entry set on two lines
        elif text:
            entries.append(text)
    doc.meta["contents"] = "\n".join(entries)
    return lines[:at[0]] + lines[end:]


def _paragraphs(doc: Document, lines: list[str]) -> list[str]:
    """The body one paragraph a subsection or item. GPO sets a paragraph's first line 4 columns in from its level's
    margin (4, 12, 20, 28 …) and its other lines at the margin (0, 8, 16, 24 …); a section's heading opens at the
    page's margin. A blank line ends a paragraph too; "<all>" closes the text."""
    out: list[str] = []
    part: list[str] = []
    for line in lines:
        text = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if part and (not text or _SECTION.match(line) or indent % 8 == 4 and indent <= 44):
            out.append(_join(part))
            part = []
        if text and text != _END:
            part.append(text)
    if part:
        out.append(_join(part))
    return _passage(doc, out)


def _passage(doc: Document, paragraphs: list[str]) -> list[str]:
    """A passed bill's closing lines, "Passed the House of Representatives April 29, 2024." and the clerk's
    attestation under it: metadata."""
    for k, text in enumerate(paragraphs):
        if m := _PASSED.match(text):
            doc.meta["passage"] = text
            doc.meta["passed"] = iso_date(m["date"])
            if rest := paragraphs[k + 1:]:
                doc.meta["attest"] = " ".join(rest)
            return paragraphs[:k]
    return paragraphs


def _indent(line: str) -> str:
    """The spaces a line is set in by (GPO's indents tell its paragraphs, see _paragraphs)."""
    return " " * (len(line.expandtabs()) - len(line.expandtabs().lstrip(" ")))


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one: a word broken after its hyphen ("GPU-" / "equivalents") or a dash is one."""
    out = ""
    for line in lines:
        out += line if not out or out.endswith("-") else " " + line
    return out
