"""A US state legislative fiscal note saved from PDF as text (Colorado Legislative Council Staff's layout): its
masthead and cover box (bill number, sponsors, analyst, date, status, the check boxes of the kinds of fiscal impact)
read into metadata, the cover's summary paragraphs one clause each under their labels; its cost tables read into
rows, a group's name ("Expenditures", "Department of Higher Education") the first cell of each of its rows; its
sections ("Background", "State Expenditures") headings; the contacts block metadata. Kind report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.cover_read import CoverRead
from ingest.metadata import iso_date
from ingest.types import CELL, Block, Document

_COVER = 12  # the most lines of masthead over the cover's first field
_GENRE = re.compile(r"^(?:(?:Initial|Revised|Final|Updated|Preliminary)\s+)?Fiscal\s+Note$")
# a state bill's number: "SB 26-118", "HB 24-1234", "SJR 25-003", "AB 1018", "SF 1234"
_BILL = re.compile(r"^(?:[SH]B|[SH]J?R|[SH]CR|[SH]JM|AB|SF|HF|LB|LD)\s?(?:\d{2}-)?\d{1,4}$")
# the cover's fields that tell a fiscal note's box: two of them at least
_FIELDS = ("drafting number", "date", "prime sponsors", "prime sponsor", "bill status", "fiscal analyst",
           "bill topic", "summary of fiscal impact")
_PROSE_FIELDS = ("summary of fiscal impact", "appropriation summary")
_COVER_TITLES = ("Summary of Fiscal Impact", "Appropriation Summary")  # the cover's fields read as clauses
_CELLS = re.compile(r"\S(?: ?\S)*")  # a cell: text with single spaces inside, two or more around it
_LABEL = re.compile(r"^[A-Z][A-Za-z ]{1,30}:$")
_BOX = re.compile(r"^(?P<mark>[☐☒☑■□]|\[[ xX]?\])\s*(?P<kind>\S.*)$")
_CHECKED = re.compile(r"[☒☑■]|\[[xX]\]")
_MOTTO_STATE = re.compile(r"\bfor (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?:Legislature|General Assembly)\b")
_TABLE = re.compile(r"^Table \d{1,2}$")
_CAPTION = re.compile(r"^Table \d{1,2} \S")
_FIGURE = re.compile(r"^(?:[-–]|\(?\$?\d[\d,]*(?:\.\d+)?\)?(?: FTE)?|\$?\d[\d,.]* (?:FTE|million|billion))$")
_YEAR = re.compile(r"^FY \d{4}-\d{2}$")
# a section's title alone between blank lines: a few capitalised words, no sentence, no figure
_SECTION = re.compile(r"^[A-Z][A-Za-z,'’&/-]*(?: (?:[A-Z][A-Za-z,'’&/-]*|of|and|the|for|in|on|to|or))*$")
_CONTACTS = "State and Local Government Contacts"


@dataclass
class FiscalNote(CoverRead):
    """What a fiscal note's masthead, cover and contacts say of it, and its sections' titles."""

    sections: set[str] = field(default_factory=set)

    def fill(self, doc: Document) -> None:
        """Write what was read into doc and make its sections headings (the first, which the parser took for the
        title, too)."""
        if doc.title and self.title:
            doc.blocks.insert(0, Block(doc.title))
        # an analysis of a bill's cost for the legislature: it enacts and requires nothing
        self.write(doc, "report", lambda text: text.strip() in self.sections, 2)


def fiscal_note(text: str) -> tuple[str, FiscalNote | None]:
    """text less a fiscal note's masthead, cover box and contacts, its tables as rows, and what they say; (text,
    None), untouched, where it opens with no masthead naming a fiscal note over a cover box of its fields."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = [k for k, ln in enumerate(lines[:_COVER + 8]) if ln.strip()]
    genre = next((k for k in head[:_COVER] if _GENRE.match(lines[k].strip())), None)
    if genre is None:
        return text, None
    fields, end = _cover(lines, genre + 1)
    if sum(name.lower() in _FIELDS for name in fields) < 2:
        return text, None
    found = FiscalNote()
    _read_masthead([lines[k].strip() for k in head if k <= genre], found)
    body: list[str] = []
    for name, rows in fields.items():
        body.extend(_field(name, rows, found))
    body.extend(_contacts(_tables(lines[end:]), found))
    found.sections = {ln.strip() for k, ln in enumerate(body) if _section(body, k)}
    # a table between the cover and the first section ("Table 1 State Fiscal Impacts …") sums up the whole note:
    # its caption heads it, no paragraph of the cover's does
    first = next((k for k, ln in enumerate(body) if ln.strip() in found.sections - set(_COVER_TITLES)), len(body))
    found.sections |= {ln for ln in body[:first] if _CAPTION.match(ln)}
    return "\n".join(body), found


def _read_masthead(masthead: list[str], found: FiscalNote) -> None:
    """The bill's number, the issuer (its state from the motto, "Nonpartisan Services for Colorado's
    Legislature") and the note's version ("Fiscal Note", "Revised Fiscal Note")."""
    found.number = next((ln for ln in masthead if _BILL.match(ln)), "")
    found.meta["version"] = masthead[-1]
    rest = [ln for ln in masthead[:-1] if not _BILL.match(ln)]
    if rest:
        state = next((m["state"] for ln in rest if (m := _MOTTO_STATE.search(ln))), "")
        found.issuer = rest[0] if not state or state in rest[0] else f"{state} {rest[0]}"
        found.meta["masthead"] = " / ".join(rest)


def _cover(lines: list[str], start: int) -> tuple[dict[str, list[list[str]]], int]:
    """The cover box's fields from line start: each label (set on one line or two, "Summary of" over "Fiscal
    Impact:") with its value's lines, a line a list of cells ([] a blank line); a line whose first cell lies under
    a field's value goes on that field. Where the box ends: the first line under no field's value."""
    fields: dict[str, list[list[str]]] = {}
    columns: list[tuple[int, str]] = []  # where each field's value starts, and its name
    held: list[list[str]] = []  # the values beside a label's first half, till its second names the field
    pending = ""
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    while k < len(lines):
        cells = [(m.start(), m.group()) for m in _CELLS.finditer(lines[k].rstrip())]
        if not cells:
            if fields.get(current := _last(columns)) and fields[current][-1]:
                fields[current].append([])
            k += 1
            continue
        if cells[0][0] == 0:  # the label column
            label, cells = cells[0][1], cells[1:]
            if not label.endswith(":"):
                if pending or not _next_label(lines, k):
                    break
                pending, held = label, [[c for _, c in cells]] if cells else []
                k += 1
                continue
            current, pending = f"{pending} {label[:-1]}".strip(), ""
            fields[current] = held
            held = []
            col = cells[0][0] if cells else next((c for c, n in columns if n == current), 0)
            columns.append((col, current))
        else:
            under = [name for col, name in columns if abs(col - cells[0][0]) <= 2]
            if not under:
                break
            current = under[-1]
        row: list[str] = []
        for col, cell in cells:
            if _LABEL.match(cell) and cell[:-1].lower() in _FIELDS:  # "Date:" in the box's right column
                if row:
                    fields[current].append(row)
                current, row = cell[:-1], []
                fields.setdefault(current, [])
                continue
            if not row and not any(name == current for _, name in columns):
                columns.append((col, current))
            row.append(cell)
        if row:
            fields[current].append(row)
        k += 1
    if pending:  # a label's first half with no second: no cover after all
        return {}, start
    return fields, k


def _last(columns: list[tuple[int, str]]) -> str:
    return columns[-1][1] if columns else ""


def _next_label(lines: list[str], k: int) -> bool:
    """Whether the next line's label column ends a label ("Fiscal Impact:" under "Summary of")."""
    nxt = next((ln for ln in lines[k + 1:k + 3] if ln.strip()), "")
    first = _CELLS.match(nxt)
    return bool(first and first.start() == 0 and first.group().endswith(":"))


def _field(name: str, rows: list[list[str]], found: FiscalNote) -> list[str]:
    """A cover field into metadata (its check boxes: the kinds of impact checked), or, for a summary, its
    paragraphs under its label, each joined into one line."""
    boxes = [cell for row in rows for cell in row if _BOX.match(cell)]
    if boxes:
        found.meta["fiscal_impact"] = "; ".join(_BOX.match(c)["kind"] for c in boxes if _CHECKED.match(c))
    text = [" ".join(row) if row else "" for row in rows if not row or not all(_BOX.match(c) for c in row)]
    paragraphs = [p.strip() for p in "\n".join(text).split("\n\n") if p.strip()]
    key = name.lower()
    if key == "date":
        found.date = iso_date(" ".join(paragraphs)) or ""
    if key in _PROSE_FIELDS and paragraphs:
        out = [next(t for t in _COVER_TITLES if t.lower() == key), ""]
        for p in paragraphs:
            out.extend([" ".join(p.split()), ""])
        return out
    if key == "bill topic" and paragraphs:
        topic = " ".join(paragraphs[0].split())
        topic = _title_case(topic) if topic.isupper() else topic
        found.meta["bill_topic"] = topic
        found.title = f"Fiscal Note: {found.number} {topic}".replace("  ", " ")
    elif paragraphs:
        # a sentence wrapped over lines is one ("The fiscal note reflects …"), names a line each are a list
        found.meta[re.sub(r"\W+", "_", key)] = "; ".join(
            " ".join(p.split()) if p.endswith(".") else p.replace("\n", "; ") for p in paragraphs)
    return []


def _tables(lines: list[str]) -> list[str]:
    """lines with each "Table N" caption's title joined to it and its rows of figures written as rows: the label
    cells (a group's name at the left, set once over its rows or alone on a line above them) then the figures."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _TABLE.match(lines[k].strip()):
            out.append(lines[k])
            k += 1
            continue
        j = k + 1
        title = []
        while j < len(lines) and lines[j].strip() and not _figures(lines[j]):
            title.append(lines[j].strip())
            j += 1
        caption = " ".join([lines[k].strip(), *title[:1]])
        rows, k = _rows(lines, j)
        out.extend(["", caption, "", *rows, ""] if rows else lines[k - 1:k])
    return out


def _rows(lines: list[str], k: int) -> tuple[list[str], int]:
    """The table's rows from line k, as CELL rows, and where they end: at a blank line before a line of no
    figures, or a line of text under them (a note). Its header (a stage over its years, "Budget Year" over "FY
    2026-27", one cell) heads them; a group's name, flush left over indented rows or on its first row, opens
    each row of its group; a row flush left of one name ("Total Cost") ends the group."""
    rows: list[str] = []
    header: list[tuple[int, str]] = []
    group = ""
    while k < len(lines):
        cells = [(m.start(), m.group()) for m in _CELLS.finditer(lines[k].rstrip())]
        if not cells:
            if rows and not _figures(next((ln for ln in lines[k + 1:k + 3] if ln.strip()), "")):
                break
            k += 1
            continue
        labels = [(col, c) for col, c in cells if not _FIGURE.match(c)]
        figures = [c for _, c in cells if _FIGURE.match(c)]
        flush = bool(labels) and labels[0][0] == 0
        if not figures and flush and len(labels) == 1:
            if not _indented_row(lines[k + 1] if k + 1 < len(lines) else ""):
                break  # a note under the table
            group = labels[0][1]  # "Department of Higher Education" over its indented rows
        elif not figures and not rows:
            header = _header(header, labels)
        elif figures and flush:
            group = labels[0][1] if len(labels) >= 2 else ""
            rows.append(CELL.join([c for _, c in labels] + figures))
        elif figures:
            rows.append(CELL.join(([group] if group else []) + [c for _, c in labels] + figures))
        else:
            break
        k += 1
    if rows and header:
        rows.insert(0, CELL.join(c for _, c in header))
    return rows, k


def _header(header: list[tuple[int, str]], labels: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header's cells with a line's set under them ("FY 2026-27" under "Budget Year") joined to the one nearest
    above each, or the line's cells where there is no header yet."""
    if not header:
        return labels
    out = list(header)
    for col, text in labels:
        at = min(range(len(out)), key=lambda i: abs(out[i][0] - col))
        out[at] = (out[at][0], f"{out[at][1]} {text}")
    return out


def _figures(line: str) -> bool:
    """Whether a line holds a table's figures ("$250,000", "4.3 FTE", "-")."""
    return any(_FIGURE.match(m.group()) for m in _CELLS.finditer(line))


def _indented_row(line: str) -> bool:
    return bool(re.match(r"\s{2,}\S", line)) and _figures(line)


def _contacts(lines: list[str], found: FiscalNote) -> list[str]:
    """lines less the contacts section's names in columns under its title, into found; the title goes too."""
    at = next((k for k, ln in enumerate(lines) if ln.strip() == _CONTACTS), None)
    if at is None:
        return lines
    k = at + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    names: list[str] = []
    while k < len(lines) and lines[k].strip():
        names.extend(m.group() for m in _CELLS.finditer(lines[k]))
        k += 1
    if not names or any(n.endswith(".") or len(n) > 60 for n in names):
        return lines
    found.meta["contacts"] = "; ".join(names)
    return lines[:at] + lines[k:]


def _section(lines: list[str], k: int) -> bool:
    """Whether line k is a section's title: a few capitalised words alone between blank lines (or the text's
    start), over a paragraph."""
    text = lines[k].strip()
    if not text or len(text) > 60 or not _SECTION.match(text) or re.match(r"\s{2,}", lines[k]):
        return False
    before = k == 0 or not lines[k - 1].strip()
    after = k + 1 < len(lines) and not lines[k + 1].strip()
    return before and after


_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case(line: str) -> str:
    """A bill's topic in capitals as a title is written, an acronym of two letters kept ("COLORADO AI COMPUTE
    ACCESS AND WORKFORCE PROGRAM" -> "Colorado AI Compute Access and Workforce Program")."""
    words = line.split()
    return " ".join(w.lower() if k and w.lower() in _SMALL else w if len(w) <= 2 and w.isalpha() else
                    w[0] + w[1:].lower() for k, w in enumerate(words))
