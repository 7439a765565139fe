"""A World Bank Project Appraisal Document saved from PDF as text: its cover, abbreviations and datasheet read into
metadata, its section headings ("IV. PROJECT APPRAISAL SUMMARY", "A. Fiduciary", "ANNEX 1: …") set as headings and
its results framework's space-aligned tables re-formed into rows under their captions and header row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.metadata import iso_date, smart_title
from ingest.types import CELL, Block, Document

_HEAD = 20  # how many non-blank lines the cover's "Document of The World Bank" and its kind may take
_BANK = re.compile(r"^(?:Document of\s+)?The World Bank$", re.I)
# what the cover calls the document: a project's appraisal, a Program-for-Results' or a policy operation's
_WHAT = re.compile(r"^(?:PROJECT|PROGRAM) APPRAISAL DOCUMENT$|^PROGRAM DOCUMENT$|^PROJECT PAPER$")
_REPORT_NO = re.compile(r"^Report No\.?\s*:?\s*(?P<number>[A-Z]{1,4}\d{2,6}(?:-[A-Z]{2,3})?)$", re.I)
# the body's first heading, where the cover and datasheet end: "I. STRATEGIC CONTEXT"
_SECTION = re.compile(r"^(?P<n>[IVX]{1,5})\.\s+(?P<name>[A-Z][A-Z ,&/'’()-]{2,80})$")
_SUBSECTION = re.compile(r"^[A-H]\.\s+[A-Z][\w ,&/'’()-]{2,80}$")
_ANNEX = re.compile(r"^ANNEX\s+\d{1,2}\s*[:.]\s*[A-Z][A-Z ,&/'’()-]{2,100}$")
_DATE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, (?:19|20)\d{2}$")  # "May 14, 2026"
_GAP = re.compile(r"\S(?: \S)*")  # a cell: text with single spaces inside, two or more around it
_PAGE = re.compile(r"^-\s*\d{1,3}\s*-$")
# the cover's parts after its title lines, each kept in meta under its own key
_PARTS = {"CURRENCY EQUIVALENTS": "currency", "FISCAL YEAR": "fiscal_year",
          "ABBREVIATIONS AND ACRONYMS": "abbreviations", "BASIC INFORMATION": "datasheet", "DATASHEET": "datasheet"}
_MANAGER = re.compile(r"^(?:Regional |Country |Senior |Global )?(?:Vice President|Director|Practice Manager|"
                      r"Task Team Leaders?|Manager)s?\s*:\s*\S.*$")
_INDICATOR_HEADER = re.compile(r"^Indicator(?: Name)?$")
# a line that names the group of indicators under it, in the results framework: "Component 1: Shared Compute …"
_GROUP = re.compile(r"^(?:Component|Objective|Outcome|Result Area|Pillar)\s+\d{1,2}\b.{0,100}$")
_LABELLED = {"Project ID": "project_id", "Approval Date": "approval_date", "Closing Date": "closing_date",
             "Financing Instrument": "financing_instrument", "Project Name": "project_name",
             "Environmental and Social Risk Classification": "risk_classification", "Borrower": "borrower",
             "Implementing Agency": "implementing_agency"}


@dataclass
class Pad:
    """What a PAD's cover and datasheet say of it."""

    title: str = ""
    doc_number: str = ""
    date: str = ""
    captions: set[str] = field(default_factory=set)  # the lines over a table's header row: headings
    meta: dict[str, str] = field(default_factory=dict)

    def fill(self, doc: Document) -> None:
        """Write what was read into doc, and set its section headings and tables' captions as headings."""
        doc.title = self.title or doc.title
        doc.issuer = doc.issuer or "World Bank"
        doc.doc_number = doc.doc_number or self.doc_number
        doc.date_published = doc.date_published or self.date
        doc.kind = doc.kind or "report"
        for key, value in self.meta.items():
            doc.meta.setdefault(key, value)
        # what the cover calls it heads the body, over all its sections: the outline reads it as the document's
        # own title, and "I. STRATEGIC CONTEXT", whose next heading after text may be its "B. …", as its first section
        kind = self.meta.get("document_type", "Project Appraisal Document")
        doc.blocks = [Block(kind, "heading", 1), *(self._heading(b) for b in doc.blocks)]

    def _heading(self, block: Block) -> Block:
        text = block.text.strip()
        if block.kind != "para" or CELL in text:
            return block
        if _SECTION.match(text) or _ANNEX.match(text):
            return Block(text, "heading", 2)
        if _SUBSECTION.match(text) or text == "Results Framework":
            return Block(text, "heading", 3)
        if text in self.captions:
            return Block(text, "heading", 4)
        return block


def pad_text(text: str) -> tuple[str, Pad | None]:
    """text with a PAD's cover and datasheet out and its results tables written as rows (a row a line between blank
    lines, its cells joined by CELL), and what they say; text and None for any other text."""
    lines = [ln.expandtabs().rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    head = [ln.strip() for ln in lines if ln.strip()][:_HEAD]
    if not any(_BANK.match(" ".join(head[k:k + 2])) for k in range(3)) or not any(_WHAT.match(t) for t in head):
        return text, None
    start = next((k for k, ln in enumerate(lines) if _SECTION.match(ln.strip()) and ln.strip().startswith("I.")), None)
    if start is None:
        return text, None
    pad = Pad()
    _cover(pad, lines[:start])
    if not pad.doc_number or not pad.title:
        return text, None
    body = [ln for ln in lines[start:] if not _repeat(pad, ln)]
    return "\n".join([pad.title, "", *_tables(pad, body)]), pad


def _repeat(pad: Pad, line: str) -> bool:
    """Whether a body line repeats the cover: the project's name or its country under the results framework's
    title."""
    text = " ".join(line.split())
    return text.lower() == pad.title.lower() or bool(re.match(r"^COUNTRY\s*:\s*[A-Z][\w ,'’-]{1,60}$", text))


def _cover(pad: Pad, lines: list[str]) -> None:
    """The cover's lines up to the first of its parts (the title lines: kind, lender, amount, borrower, project
    name, date), then each part (currency, fiscal year, abbreviations, datasheet) in meta."""
    parts: dict[str, list[str]] = {"cover": []}
    part = "cover"
    for line in lines:
        text = " ".join(line.split())
        if text in _PARTS:
            part = _PARTS[text]
            parts.setdefault(part, [])
        elif _MANAGER.match(text):  # the Bank's managers and team leaders, under the fiscal year or the cover
            parts.setdefault("management", []).append(text)
        elif text and not _PAGE.match(text):
            parts[part].append(line)
    cover = [" ".join(ln.split()) for ln in parts["cover"]]
    for k, text in enumerate(cover):
        if m := _REPORT_NO.match(text):
            pad.doc_number = m["number"]
        elif _DATE.match(text) and not pad.date:
            pad.date = iso_date(text)
        elif text == "FOR THE" and k + 1 < len(cover):
            pad.meta["cover_title"] = cover[k + 1]
        elif _WHAT.match(text):
            pad.meta["document_type"] = smart_title(text)
    pad.meta["cover"] = "\n".join(cover)
    pad.meta["management"] = "\n".join(parts.get("management", []))
    for name in ("currency", "fiscal_year"):
        if parts.get(name):
            pad.meta[name] = " / ".join(" ".join(ln.split()) for ln in parts[name])
    if parts.get("abbreviations"):
        pad.meta["abbreviations"] = "\n".join(" = ".join(c for _, c in _cells(ln)[:2]) for ln in parts["abbreviations"])
    if parts.get("datasheet"):
        _datasheet(pad, parts["datasheet"])
    pad.title = pad.meta.get("project_name") or smart_title(pad.meta.get("cover_title", ""))
    pad.meta = {k: v for k, v in pad.meta.items() if v}


def _datasheet(pad: Pad, lines: list[str]) -> None:
    """The datasheet's lines in `meta.datasheet`, and the values under its labels (a label over its value in the
    same column, "Closing Date" over "30-Jun-2031", or "Borrower: Republic of Kenya") under their keys."""
    pad.meta["datasheet"] = "\n".join(CELL.join(c for _, c in _cells(ln)) for ln in lines)
    for upper, lower in zip(lines, lines[1:], strict=False):
        heads, values = _cells(upper), _cells(lower)
        for k, (at, label) in enumerate(heads):
            if label not in _LABELLED:
                continue
            end = heads[k + 1][0] if k + 1 < len(heads) else 10_000
            value = next((v for a, v in values if at - 2 <= a < end), "")
            if value and value not in _LABELLED:
                pad.meta.setdefault(_LABELLED[label], _date(value))
    for line in lines:
        label, _, value = " ".join(line.split()).partition(": ")
        if label in _LABELLED and value:
            pad.meta.setdefault(_LABELLED[label], value)


def _date(value: str) -> str:
    """A datasheet's day, "30-Jun-2031", as ISO; any other value as written."""
    m = re.fullmatch(r"(\d{1,2})-([A-Z][a-z]{2})-((?:19|20)\d{2})", value)
    return iso_date(f"{m[1]} {m[2]} {m[3]}") or value if m else value


def _cells(line: str) -> list[tuple[int, str]]:
    """A line's cells, parted by two or more spaces, each with the column it starts at."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        out.append((m.start(), m.group()))
    return out


def _tables(pad: Pad, lines: list[str]) -> list[str]:
    """lines with each table whose header row opens with "Indicator Name" written as rows, each a line between
    blank lines; the lines over its header, up to a blank line, its caption."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = _cells(lines[k])
        if len(cells) < 3 or not _INDICATOR_HEADER.match(cells[0][1]):
            out.append(lines[k])
            k += 1
            continue
        end = len(out)
        while end > 0 and not out[end - 1].strip():
            end -= 1
        top = end
        while top > 0 and out[top - 1].strip():
            top -= 1
        pad.captions.update(" ".join(ln.split()) for ln in out[top:end])
        rows, k = _rows(lines, k)
        for row in rows:
            out.extend(["", row])
        out.append("")
    return out


def _rows(lines: list[str], at: int) -> tuple[list[str], int]:
    """The rows of the table whose header row is at `at`, its header's first, and the line after it: each line
    with a first cell opens a row; a line with none goes on the cells above it (the header's "(2025)" under
    "Baseline", a wrapped definition); a line of a first cell alone names the group of rows under it."""
    starts = [a for a, _ in _cells(lines[at])]
    rows: list[list[str]] = []
    k = at
    while k < len(lines) and lines[k].strip() and not _PAGE.match(lines[k].strip()):
        cells = _cells(lines[k])
        column = [_column(starts, a) for a, _ in cells]
        if rows and column[0] > 0:
            for c, (_, text) in zip(column, cells, strict=True):
                rows[-1][c] = _joined(rows[-1][c], text)
        elif len(cells) == 1 and _GROUP.match(cells[0][1]):
            rows.append([cells[0][1]])
        else:
            row = [""] * len(starts)
            for c, (_, text) in zip(column, cells, strict=True):
                row[c] = _joined(row[c], text)
            rows.append(row)
        k += 1
    return [CELL.join(r) if len(r) > 1 else r[0] for r in rows], k


def _column(starts: list[int], at: int) -> int:
    """The column a cell starting at `at` lies in: the last whose header starts at or left of it (a figure
    right-aligned under its header may start a little left of it)."""
    return max((c for c, s in enumerate(starts) if s <= at + 2), default=0)


def _joined(before: str, text: str) -> str:
    if not before:
        return text
    return before + text if before.endswith("-") else f"{before} {text}"
