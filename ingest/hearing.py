"""A US congressional hearing as govinfo prints it in GPO's text layout: its banner, cover, rosters and contents as
metadata; its body one block a paragraph, each speaker's turn opening one, its centred headings ("TESTIMONY OF …",
"Discussion") headings."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.text import normalize_text
from ingest.types import Block, Document
from ingest.us_bill import _join

# GPO's banner: "[House Hearing, 119 Congress]", "[Senate Hearing 118-37]", "[Joint House and Senate Hearing, 118
# Congress]"; under it "[From the U.S. Government Publishing Office]"
_BANNER = re.compile(r"^\[(?:Joint )?(?:House|Senate)(?: and (?:House|Senate))? Hearing,? (?:\d{2,3} Congress|"
                     r"\d{2,3}-\d{1,4})\]$")
_FROM = re.compile(r"^\[From the U\.S\. Government (?:Publishing|Printing) Office\]$")
_RULE = re.compile(r"^(?:[=_-]{4,}|(?:- ){3,}-?)$")
_GRAPHIC = re.compile(r"^\[GRAPHICS? NOT AVAILABLE IN TIFF FORMAT\]$")
_WHAT = re.compile(r"^(?:JOINT |FIELD |LEGISLATIVE |OVERSIGHT )?HEARINGS?$")
_CONGRESS = re.compile(r"^ONE HUNDRED(?: [A-Z-]+)? CONGRESS$")
_SESSION = re.compile(r"^(?:FIRST|SECOND) SESSION$")
_COVER_DATE = re.compile(r"^(?:[A-Z]+ \d{1,2}(?: AND \d{1,2})?, \d{4})$")
_SERIAL = re.compile(r"^Serial No\. [\w.-]{2,20}$")
_SENATE_NUMBER = re.compile(r"^S\. Hrg\. \d{2,3}-\d{1,4}$")
_PRINTED = re.compile(r"^Printed for the use of (?P<who>.+)$")
_AVAILABLE = re.compile(r"^Available (?:via|on|at)\b.*$")
_IMPRINT = re.compile(r"^(?:U\.S\. GOVERNMENT (?:PUBLISHING|PRINTING) OFFICE|"
                      r"[\d-]{3,12} (?:PDF|CC|TEXT)? ?WASHINGTON : \d{4})$")
_CONTENTS = re.compile(r"^C ?O ?N ?T ?E ?N ?T ?S$")
_LEADER = re.compile(r"\.{4,}\s*(?P<page>[\dA-Z-]{0,6})$")
# the day it met, over the meeting's place: "WEDNESDAY, MARCH 4, 2026"
_DAY = re.compile(r"^(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY), [A-Z]+ \d{1,2}, \d{4}$")
_CHAMBER = re.compile(r"^(?:House of Representatives|(?:U\.S\. |United States )?Senate|Congress of the United "
                      r"States)$")
_PLACE = re.compile(r"^[A-Z][A-Za-z .'-]+, [A-Z][A-Za-z.]+\.?$")  # "Washington, D.C.", "Washington, DC."
_NOTE = re.compile(r"^\[[^\[\]]+\]$")  # "[Whereupon, at 11:48 a.m., the Subcommittee was adjourned.]"
_END = "<all>"
_WITNESS = re.compile(r"^(?:(?:OPENING |PREPARED )?STATEMENT|TESTIMONY) OF [A-Z]")
_SMALL = frozenset("a an and as at by for from in of on or the to with".split())


def read_hearing(text: str) -> Document | None:
    """The Document of a hearing in GPO's text layout (see the module's docstring); None for any other text."""
    lines = [ln.expandtabs().rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    head = [ln.strip() for ln in lines[:5] if ln.strip()]
    if not any(_BANNER.match(normalize_text(ln)) for ln in head):
        return None
    contents = next((k for k, ln in enumerate(lines) if _CONTENTS.match(ln.strip())), None)
    day = next((k for k, ln in enumerate(lines) if _DAY.match(ln.strip())), None)
    cover_end = contents if contents is not None else day
    if cover_end is None:
        return None
    doc = Document(doc_id="", title="", lang="en", blocks=[], fmt="text", kind="faq")
    _cover(doc, lines[:cover_end])
    body_from = cover_end
    if contents is not None:
        body_from = _contents(doc, lines, contents, day)
    if day is not None and day >= body_from:
        body = [ln for ln in lines[body_from:day] if not _is_title_again(doc, ln)] + _meeting(doc, lines, day)
    else:
        body = lines[body_from:]
    doc.blocks = _blocks(doc, body)
    doc.title = _mixed_case(doc.meta.get("cover_title", ""), "\n".join(b.text for b in doc.blocks if b.kind == "para"))
    return doc


def _cover(doc: Document, lines: list[str]) -> None:
    """The banner, the cover and the committee's rosters, all metadata: the hearing's title (over the "=====" rule),
    the body that held it (between "BEFORE THE" and the Congress), its Congress, session, day and numbers, the
    printing note and GPO's imprint, and the rosters under the imprint (`meta.members`)."""
    meta, parts = doc.meta, _groups(lines, rules=True)
    title: list[str] = []
    body: list[str] = []
    state = "title"
    for group in parts:
        if state == "members":
            meta["members"] = "\n".join(filter(None, [meta.get("members", ""), *_roster(group)]))
            continue
        texts = [t for t in map(normalize_text, group) if not (_BANNER.match(t) or _FROM.match(t) or _GRAPHIC.match(t))]
        # the chamber on a line of its own under the committee: "COMMITTEE ON …" / "HOUSE OF REPRESENTATIVES"
        text = " ".join(texts).replace(" HOUSE OF REPRESENTATIVES", ", HOUSE OF REPRESENTATIVES").replace(
            " UNITED STATES SENATE", ", UNITED STATES SENATE")
        if not texts:
            continue
        if _RULE.match(text):
            state = "members" if "imprint" in meta else "cover" if state == "title" else state
        elif _SENATE_NUMBER.match(text):
            doc.doc_number = text
        elif _SERIAL.match(text):
            meta["serial"] = text
            doc.doc_number = doc.doc_number or text
        elif state == "title":
            title.append(text)
        elif _WHAT.match(text):
            meta["document_type"] = text.title()
        elif text in ("BEFORE THE", "OF THE") or state == "before" and not _CONGRESS.match(text):
            state = "before"
            body.append(text if text != "BEFORE THE" else "")
        elif _CONGRESS.match(text) or _SESSION.match(text):
            state = "cover"
            meta["congress" if _CONGRESS.match(text) else "session"] = text.title()
        elif _COVER_DATE.match(text):
            meta["held"] = text.title()
            doc.date = doc.date or iso_date(text)
        elif m := _PRINTED.match(text):
            meta["printed_for"] = m["who"]
        elif _AVAILABLE.match(text):
            meta["available"] = text
        elif all(_IMPRINT.match(t) for t in texts):
            meta["imprint"] = " / ".join(texts)
        else:
            meta["cover"] = "\n".join(filter(None, [meta.get("cover", ""), text]))
    meta["cover_title"] = " ".join(title)
    if held_by := " ".join(t for t in body if t).replace(" OF THE ", " of the "):
        meta["held_by"] = doc.issuer = _title_case(held_by, "")


def _roster(group: list[str]) -> list[str]:
    """A roster's lines, its two columns set apart by " | " (a line that goes on a name's text is its own)."""
    return [re.sub(r"\s{3,}", " | ", ln.strip()) for ln in group if ln.strip() and not _RULE.match(ln.strip())]


def _contents(doc: Document, lines: list[str], at: int, day: int | None) -> int:
    """The dotted table of contents from its "C O N T E N T S" to its last entry with a page (before the day it
    met), one entry a line, to `meta.contents`; the index of the line after it."""
    stop = day if day is not None else len(lines)
    ends = [k for k in range(at, stop) if _LEADER.search(lines[k])]
    if not ends:
        return at + 1
    entries: list[str] = []
    for line in lines[at + 1:ends[-1] + 1]:
        text = normalize_text(line)
        if not text or _RULE.match(text) or text == "Page":
            continue
        entry = _LEADER.sub(lambda m: f" … {m['page']}".rstrip(), text)
        if entries and line.startswith("  ") and not line.startswith("    ") and not _LEADER.search(entries[-1]):
            entries[-1] = _join([entries[-1], entry])  # "Statement by …, Subcommittee " / "  on Energy, …"
        else:
            entries.append(entry)
    doc.meta["contents"] = "\n".join(entries)
    return ends[-1] + 1


def _meeting(doc: Document, lines: list[str], day: int) -> list[str]:
    """The day it met (its date) and the place's block under it, "House of Representatives, / Subcommittee on
    Energy, / Committee on …, / Washington, D.C." (the issuer, in the case printed there); the lines after."""
    doc.meta["meeting_day"] = normalize_text(lines[day])
    doc.date = iso_date(lines[day]) or doc.date
    k = day + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    block: list[str] = []
    while k < len(lines) and lines[k].strip() and len(lines[k]) - len(lines[k].lstrip()) > 4:
        block.append(normalize_text(lines[k]).rstrip(","))
        k += 1
    chamber = next((b for b in block if _CHAMBER.match(b)), "")
    sub = next((b for b in block if b.startswith("Subcommittee")), "")
    committee = next((b for b in block if re.match(r"^(?:(?:Permanent |Special )?Select |Joint )?Committee\b", b)), "")
    if committee and chamber:
        doc.meta["chamber"] = chamber
        doc.meta["committee"] = committee
        doc.meta["place"] = next((b for b in block if _PLACE.match(b) and not _CHAMBER.match(b)), "")
        doc.issuer = f"{sub} of the {committee}, {chamber}" if sub else f"{committee}, {chamber}"
        if sub:
            doc.meta["subcommittee"] = sub
        return lines[k:]
    return lines[day + 1:]


def _blocks(doc: Document, lines: list[str]) -> list[Block]:
    """The body one block a paragraph: GPO opens each with a line set 4 columns in (each speaker's turn opens one,
    "    Dr. Caldwell. …", however long the line before), its other lines at the margin; a group of one to three
    lines all centred (set in more than 4 columns) between blank lines is a heading ("TESTIMONY OF DR. …, DIRECTOR,
    OFFICE OF" over "SCIENCE, U.S. DEPARTMENT OF ENERGY" one), as is a witness's "STATEMENT OF …" in capitals set
    wider than the centre leaves; a note wholly in brackets ("[Whereupon, … adjourned.]") goes to `meta.notes`."""
    blocks: list[Block] = []
    for group in _groups(lines):
        texts = [normalize_text(ln) for ln in group]
        if all(_RULE.match(t) or _GRAPHIC.match(t) or t == _END for t in texts):
            continue
        if len(group) <= 3 and not texts[-1].endswith((".", ",", ";")) and (
                all(_indent(ln) > 4 and not re.search(r"\S {3,}\S", ln.strip()) for ln in group)
                or _WITNESS.match(texts[0]) and " ".join(texts).isupper()):
            blocks.append(Block(_join(texts), "heading", 2))
            continue
        part: list[str] = []
        for line, text in zip(group, texts, strict=True):
            if part and _indent(line) == 4:
                blocks.append(Block(_join(part)))
                part = []
            if not (_GRAPHIC.match(text) or text == _END):
                part.append(text)
        if part:
            blocks.append(Block(_join(part)))
    notes = [b.text for b in blocks if b.kind == "para" and _NOTE.match(b.text)]
    if notes:
        doc.meta["notes"] = "\n".join(notes)
    return [b for b in blocks if not (b.kind == "para" and _NOTE.match(b.text))]


def _groups(lines: list[str], rules: bool = False) -> list[list[str]]:
    """The lines in groups between blank lines (and with rules, each rule a group of its own)."""
    out: list[list[str]] = [[]]
    for line in lines:
        if rules and _RULE.match(line.strip()):
            out += [[line], []]
        elif line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [g for g in out if g]


def _is_title_again(doc: Document, line: str) -> bool:
    """The cover's title printed again over the day it met (or a rule): no body text."""
    text = normalize_text(line)
    return bool(text) and (_RULE.match(text) is not None or text.lower() == doc.meta.get("cover_title", "").lower())


def _mixed_case(title: str, body: str) -> str:
    """The cover's title in capitals as the body writes it ("Welcome to today's hearing entitled ``Powering the AI
    Frontier: …''"), else in title case, the words the body prints in capitals ("AI") kept so."""
    if not title:
        return ""
    flat = re.sub(r"\s+", " ", body)
    at = flat.lower().find(title.lower())
    if at >= 0 and not flat[at:at + len(title)].isupper():
        return flat[at:at + len(title)]
    return _title_case(title, flat)


def _title_case(text: str, body: str) -> str:
    """Capitals in title case: small words lower unless first or after a colon; a word with a dot ("U.S.") or one the
    body prints in capitals kept."""
    words = text.split(" ")
    out: list[str] = []
    for k, word in enumerate(words):
        bare = word.strip(":,;()")
        if bare.lower() in _SMALL and k and not out[-1].endswith(":"):
            out.append(word.lower())
        elif "." in bare or bare and re.search(rf"\b{re.escape(bare)}\b", body):
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
