"""Reads an Australian Parliament Hansard page as ParlInfo (parlinfo.aph.gov.au) serves it, a chamber's or a
committee's (Estimates too): its metadata table, time stamps and procedural lines as metadata, its debate one
heading a speaker's turn over that turn's paragraphs."""

from __future__ import annotations

import html as html_lib
import re

from ingest.metadata import MONTHS, iso_date
from ingest.sg_hansard import keep_asides, proceeding
from ingest.types import CELL, Block, Document

# ParlInfo's metadata table, one label and its value a row (<td>, or <dt>/<dd>, of these classes)
_MD_ROW = re.compile(r"class=\"mdLabel\"[^>]*>(?P<label>[^<>]{1,40})</\w+>\s*<(?P<tag>\w+)[^>]*class=\"mdValue\"[^>]*>"
                     r"(?P<value>.*?)</(?P=tag)>", re.S | re.I)
_DATABASE = re.compile(r"\b(?:Hansard|Committees)\b")  # "Senate Hansard", "House Committees", "Senate Committees"
# the chamber by its "Source" row; a joint committee is both Houses'
_CHAMBERS = {"senate": "Senate", "house of reps": "House of Representatives",
             "house of representatives": "House of Representatives", "joint": "Joint"}
_TIME = re.compile(r"^[\[(](?P<t>\d{1,2}:\d{2})[\])]$")  # "[10:46]", "(10:46)": when the next turn began
_TIME_IN_HEAD = re.compile(r"\s*\(\d{1,2}:\d{2}\)")  # "Senator BRAGG (New South Wales) (10:46): …"
# the Clerk's record of what the chamber or committee did, beyond what the Singapore Hansard's words share
_PROCEEDING = re.compile(r"^(?:(?:Proceedings|Sitting) suspended from\b|(?:The )?(?:Committee|Senate|House|Federation "
                         r"Chamber) adjourned at\b|Question (?:agreed to|negatived|resolved in the)\b).{0,120}$")
# who speaks: a name set in bold before a colon ("<b>CHAIR:</b>", "<b>Ms Quinn</b>:") or in ParlInfo's speaker
# classes ("HPS-MemberSpeech", "HPS-OfficeCommittee", "HPS-WitnessName")
_BOLD_TURN = re.compile(r"<(?P<t>b|strong)\b[^>]*>\s*(?P<who>[^<>:]{2,120}?)\s*(?::\s*</(?P=t)>|</(?P=t)>\s*:)", re.I)
_CLASS_TURN = re.compile(r"class=\"HPS-(?:Member|Office|Witness)\w*\"[^>]*>\s*(?P<who>[^<>:]{2,120}?)\s*:?\s*<", re.I)
_DEBATE = re.compile(r"class=\"HPS-(?:Sub)?Debate\w*\"[^>]*>(?P<text>.*?)</", re.I | re.S)  # a debate's heading
_HEARING_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")  # "03/06/2026", a committee's <h1> line
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def parlinfo_hansard(doc: Document, html: str) -> Document:
    """The draft of a ParlInfo Hansard page read as the module's docstring says: issuer the committee ("Senate
    Economics Legislation Committee") or chamber ("Australian Senate"), date the sitting's, kind `faq` (as the
    other Hansards), the table's rows in `meta`; any other page (no ParlInfo table with its date) as it was."""
    rows = {label.strip(): value for label, value in _table(html)}
    date = iso_date(_flat(rows.get("Date", "")))
    if not date or not _DATABASE.search(_flat(rows.get("Database", ""))) or not rows.get("System Id"):
        return doc
    for label, value in rows.items():
        doc.meta[re.sub(r"\W+", "_", label.lower()).strip("_")] = "; ".join(_lines(value))
    doc.issuer = _issuer(_flat(rows.get("Source", "")), _flat(rows.get("Committee", rows.get("Committee Name", ""))))
    doc.date = date
    doc.kind = "faq"  # Members' and Senators' questions and the answers of ministers and officers: no instrument
    h1 = _heading_lines(html)
    doc.title = _title(h1, date) or doc.title
    doc.meta.update(_portfolio(h1))
    # the <h1> as a heading block, its lines run together: the title says it (it was the title, and dropped)
    doc.blocks = [b for b in doc.blocks if not (b.kind == "heading" and b.text == " ".join(h1))]
    speakers = {_flat(m["who"]) for m in _BOLD_TURN.finditer(html)} | {
        _flat(m["who"]) for m in _CLASS_TURN.finditer(html)}
    debates = {_flat(m["text"]) for m in _DEBATE.finditer(html)} - {""}
    doc.blocks = _turns(doc, _less_table(doc.blocks, rows), speakers, debates, _subject(html))
    return doc


def _subject(html: str) -> str:
    """The page's subject: its <h1>'s last line ("BILLS / Digital ID Bill 2024 / Second Reading"), where it has more
    than one (the whole would be read as the title, and dropped)."""
    lines = _heading_lines(html)
    return lines[-1] if len(lines) > 1 else ""


def _heading_lines(html: str) -> list[str]:
    """The <h1>'s lines, as ParlInfo sets its <title> parts: committee, hearing date, "Estimates", portfolio,
    agency; or a debate's kind, subject and stage ("BILLS", "Digital ID Bill 2024", "Second Reading")."""
    m = re.search(r"<h1\b[^>]*>(.*?)</h1>", html, re.S | re.I)
    return _lines(m.group(1)) if m else []


def _title(lines: list[str], date: str) -> str:
    """The <h1>'s lines one after another, as ParlInfo's <title> gives them, its capitals in title case, a hearing's
    date last as words ("Economics Legislation Committee — Estimates — Industry, Science and Resources Portfolio —
    Department of Industry, Science and Resources — 3 June 2026"); "" for no <h1> lines."""
    parts = [_uncapped(line) for line in lines if not _HEARING_DATE.match(line)]
    if parts and len(parts) < len(lines):
        year, month, day = date.split("-")
        parts.append(f"{int(day)} {MONTHS.split('|')[int(month) - 1]} {year}")
    return " — ".join(parts)


def _uncapped(line: str) -> str:
    """A line of two or more words set in capitals ("INDUSTRY, SCIENCE AND RESOURCES PORTFOLIO") in title case,
    its short words lower case and two-letter words (AI) as set; any other line as it is."""
    words = line.split()
    if len(words) < 2 or not line.isupper():
        return line
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS and k else w if len(w.strip("(),")) <= 2 else
                    "-".join(part.capitalize() for part in w.split("-")) for k, w in enumerate(words))


def _portfolio(lines: list[str]) -> dict[str, str]:
    """An Estimates hearing's portfolio (its <h1> line "… PORTFOLIO") and the department or agency examined (the
    line after it), as `meta.portfolio` and `meta.department`."""
    at = next((k for k, line in enumerate(lines) if re.search(r"\bPORTFOLIO$", line, re.I)), None)
    if at is None:
        return {}
    found = {"portfolio": _uncapped(lines[at])}
    if at + 1 < len(lines):
        found["department"] = lines[at + 1]
    return found


def _table(html: str) -> list[tuple[str, str]]:
    return [(html_lib.unescape(m["label"]), m["value"]) for m in _MD_ROW.finditer(html)]


def _lines(value: str) -> list[str]:
    """A cell's lines: "Questioner" lists one name a line (<br>)."""
    return [line for line in (_flat(part) for part in re.split(r"<br\s*/?>", value, flags=re.I)) if line]


def _flat(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _issuer(source: str, committee: str) -> str:
    """The committee by its chamber, as the Parliament names it ("Senate Economics Legislation Committee",
    "House of Representatives Standing Committee on Economics"), so that a filter on the chamber finds it;
    a chamber's own Hansard the chamber's ("Australian Senate")."""
    chamber = _CHAMBERS.get(source.lower(), "")
    if committee:
        named = re.match(r"(?:Senate|House|Joint|Parliamentary Joint)\b", committee) or "Joint" in committee
        return committee if named or not chamber else f"{chamber} {committee}"
    return f"Australian {chamber}" if chamber and chamber != "Joint" else "Parliament of Australia"


def _less_table(blocks: list[Block], rows: dict[str, str]) -> list[Block]:
    """The blocks without the metadata table, read as a row a block ("Date | Wednesday, 3 June 2026") or, from a
    list of terms, its label and value apart."""
    table = set()
    for label, value in rows.items():
        table |= {f"{label}{CELL}{_flat(value)}", label, _flat(value)}
    first = next((i for i, b in enumerate(blocks) if b.kind == "para" and b.text in table), None)
    if first is None:
        return blocks
    end = first
    while end < len(blocks) and blocks[end].kind == "para" and blocks[end].text in table:
        end += 1
    return blocks[:first] + blocks[end:]


def _turns(doc: Document, blocks: list[Block], speakers: set[str], debates: set[str], subject: str) -> list[Block]:
    """The debate's paragraphs, each speaker's turn under a heading that names the speaker (under the debate's
    heading, where the page gives one, else its subject); time stamps to `meta.times`, procedural lines to
    `meta.proceedings`."""
    out: list[Block] = []
    times, proceedings = [], []
    headed = False  # the outline reads the first heading over any text as the title: no speaker's
    for block in blocks:
        text = block.text
        if block.kind != "para":
            out.append(block)
        elif m := _TIME.match(text):
            times.append(m["t"])
        elif text in debates:
            out.append(Block(text, "heading", 1))
            headed = True
        elif who := _speaker(text, speakers):
            times += re.findall(r"\((\d{1,2}:\d{2})\)", who)
            name = _TIME_IN_HEAD.sub("", who)
            out += [] if headed or not subject else [Block(subject, "heading", 1)]
            out += [Block(name, "heading", 2), Block(name + text[len(who):], "para")]
            headed = True
        elif _PROCEEDING.match(text) or proceeding(text):
            proceedings.append(text)
        else:
            out.append(block)
    keep_asides(doc, times, proceedings)
    return out


def _speaker(text: str, speakers: set[str]) -> str:
    """Who opens a turn with this paragraph: "CHAIR", "Senator BRAGG (New South Wales) (10:46)" (a known name,
    then its electorate or time in brackets); "" for any other paragraph."""
    head, colon, _ = text.partition(": ")
    if not colon:
        return ""
    name = re.sub(r"(?:\s*\([^()]{1,60}\))+$", "", head)
    return head if name in speakers or head in speakers else ""
