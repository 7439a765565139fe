"""A Korean National Assembly standing committee's review report on a bill, in English, saved from PDF as text: its
cover (the bill's number, "REVIEW REPORT", the bill's name, its proposer, the month, the committee, the expert
adviser, the translation note) and its overview's items ("3. Date proposed: …") read into metadata; its page numbers
and running header dropped; its paragraphs (a first line indented, the next flush left) joined; its roman-numeral
parts ("II. Purpose of the Proposal") and their numbered titles ("1. Basic Plan …") headings; its comparison table
("Current Law | Amendment Bill", each cell wrapped over lines) read into rows; the contact line
metadata. Kind report."""

from __future__ import annotations

import re

from ingest.budget_message import without_page_furniture
from ingest.cover_read import CoverRead
from ingest.metadata import iso_date
from ingest.text import unwrap
from ingest.types import CELL, Block, Document

_COVER = 16  # the most lines of cover over the first part
_GENRE = re.compile(r"^REVIEW REPORT$", re.I)
_BILL_NO = re.compile(r"^Bill No\.\s*(?P<n>\d{5,8})$")
_COMMITTEE = re.compile(r"^[A-Z][\w ,&'’-]{2,100} Committee$")
_MONTH = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    r",? \d{4}$")
_PROPOSER = re.compile(r"^\((?P<who>(?:Proposed|Submitted) by .+)\)$")
_ADVISER = re.compile(r"^(?P<role>(?:Senior |Chief )?(?:Expert|Research) (?:Member|Adviser|Advisor|Fellow))\s+"
                      r"(?P<name>\S.*)$")
# a part's title numbered in roman figures, flush left, ending no sentence: "II. Purpose of the Proposal"
_PART = re.compile(r"^[IVX]{1,5}\.\s+[A-Z][^.!?;:]{2,90}$")
# a numbered item's title indented, alone on its line: "  1. Basic Plan for National AI Computing Resources …"
_ITEM_TITLE = re.compile(r"^\s+\d{1,2}\.\s+[A-Z][^.!?;:]{2,110}$")
# an overview's item: "  3. Date proposed: February 11, 2026"
_FACT = re.compile(r"^\s+\d{1,2}\.\s+(?P<label>[A-Z][A-Za-z ]{2,50}):\s+(?P<value>\S.*)$")
_RULE = re.compile(r"^\s*-{3,}(?:\|-{3,})+\s*$")  # the dashes under a table's header: "-----|-----"
_CONTACT = re.compile(r"^Contact\s*:\s*(?P<who>\S.*)$")
_TERMINAL = tuple(".!?;:>)")


class ReviewReport(CoverRead):
    """What a review report's cover and overview say of it, and its blocks as the report lays them out."""

    blocks: list[Block]

    def fill(self, doc: Document) -> None:
        """Write what was read into doc, its blocks read here (the parser's were cut at each wrapped line)."""
        doc.blocks = self.blocks
        # a committee's analysis of a bill for its members: it enacts and requires nothing
        self.write(doc, "report", lambda text: False, 1)


def review_report(text: str) -> tuple[str, ReviewReport | None]:
    """text and what a review report's cover, overview and contact line say of it, with its blocks; (text, None)
    where it opens with no cover naming a review report of a numbered bill by a committee."""
    lines = without_page_furniture(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    start = next((k for k, ln in enumerate(lines) if _PART.match(ln)), None)
    if start is None:
        return text, None
    cover = [ln.strip() for ln in lines[:start] if ln.strip()]
    if len(cover) > _COVER or not any(_GENRE.match(ln) for ln in cover) or \
            not any(_BILL_NO.match(ln) for ln in cover) or not any(_COMMITTEE.match(ln) for ln in cover):
        return text, None
    found = ReviewReport()
    _read_cover(cover, found, text)
    found.blocks = _blocks(lines[start:], found)
    return text, found


def _read_cover(cover: list[str], found: ReviewReport, text: str) -> None:
    """The bill's number, its name under "REVIEW REPORT" (the title: "Review Report on the …"), the proposer, the
    month, the committee (the issuer), the expert adviser and the bracketed translation note."""
    found.number = next(f"Bill No. {m['n']}" for ln in cover if (m := _BILL_NO.match(ln)))
    committee = next(ln for ln in cover if _COMMITTEE.match(ln))
    # the cover names the committee alone; the note or the text says whose
    found.issuer = committee + (", National Assembly of the Republic of Korea"
                                if "National Assembly" in text and "Korea" in text else "")
    at = next(k for k, ln in enumerate(cover) if _GENRE.match(ln)) + 1
    name: list[str] = []
    while at < len(cover) and not (_PROPOSER.match(cover[at]) or _MONTH.match(cover[at]) or cover[at] == committee):
        name.append(cover[at])
        at += 1
    if name:
        bill = " ".join(name)
        found.title = f"Review Report on the {bill}" if not bill.startswith("the ") else f"Review Report on {bill}"
        found.meta["bill"] = bill
    note: list[str] = []
    for ln in cover[at:]:
        if m := _PROPOSER.match(ln):
            found.meta["proposed_by"] = m["who"]
        elif _MONTH.match(ln):
            found.meta["cover_date"] = ln
        elif m := _ADVISER.match(ln):
            found.meta["expert_adviser"] = f"{m['role']} {' '.join(m['name'].split())}"
        elif ln != committee and (note or ln.startswith("[")):
            note.append(ln)
    if note:
        found.meta["note"] = " ".join(note).strip("[]")


def _blocks(lines: list[str], found: ReviewReport) -> list[Block]:
    """The parts' blocks: each part's title a heading, a numbered item's title under it a heading below it, each
    paragraph one block, a comparison table's rows one block each; an overview of facts and the contact line go to
    found's metadata."""
    blocks: list[Block] = []
    for group in _groups(lines):
        first = group[0]
        if _PART.match(first):
            blocks.append(Block(first.strip(), "heading", 1))
            group = group[1:]
            if not group:
                continue
            first = group[0]
        if all(_FACT.match(ln) or ln.startswith("     ") for ln in group) and _FACT.match(first):
            _facts(group, found)
        elif len(group) == 1 and _ITEM_TITLE.match(first):
            blocks.append(Block(first.strip(), "heading", 2))
        elif len(group) > 2 and "|" in first and _RULE.match(group[1]):
            header, rows = _table(group)
            # its header alone is no clause ("Current Law | Amendment Bill": a few words that match any question)
            found.meta.setdefault("table_columns", header)
            blocks.extend(Block(row) for row in rows)
        elif m := _CONTACT.match(unwrap("\n".join(ln.strip() for ln in group))):
            found.meta["contact"] = m["who"]
        else:
            blocks.append(Block(unwrap("\n".join(ln.strip() for ln in group))))
    # a part whose items all went to metadata ("I. Overview of the Bill") is no heading over nothing
    return [b for k, b in enumerate(blocks) if not (b.kind == "heading" and b.level == 1 and
                                                    (k + 1 == len(blocks) or blocks[k + 1].kind == "heading" and
                                                     blocks[k + 1].level == 1))]


def _groups(lines: list[str]) -> list[list[str]]:
    """Blank-line separated groups of lines, a part's title a group of its own."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if not line.strip() or _PART.match(line):
            if groups[-1]:
                groups.append([])
            if line.strip():
                groups[-1].append(line)
                groups.append([])
            continue
        groups[-1].append(line.rstrip())
    return [g for g in groups if g]


def _facts(group: list[str], found: ReviewReport) -> None:
    """The overview's items into metadata, a wrapped value joined; the date presented to the committee, in the
    cover's month, is the report's date."""
    facts: list[list[str]] = []
    for line in group:
        if m := _FACT.match(line):
            facts.append([m["label"], m["value"]])
        else:
            facts[-1][1] += " " + line.strip()
    for label, value in facts:
        key = re.sub(r"\W+", "_", label.strip().lower())
        found.meta.setdefault(key, value)
        when = iso_date(value)
        month = found.meta.get("cover_date", "")
        if key.startswith("date_presented") and when and month and iso_date(f"1 {month}")[:7] == when[:7]:
            found.date = when


def _table(group: list[str]) -> tuple[str, list[str]]:
    """A table whose cells are set in columns parted by "|" and wrapped over lines, its header over a rule of
    dashes: its header, and one row per entry. An entry starts where the first cell opens after a cell that
    ended ("Plan every five years.", "<Newly inserted>"); where the first column is empty throughout, one row a
    line, the rows being past telling apart."""
    header = [c.strip() for c in group[0].split("|")]
    lines = [[c.strip() for c in line.split("|")] for line in group[2:]]
    if not any(cells[0] for cells in lines):
        return CELL.join(header), [CELL.join(cells) for cells in lines]
    rows: list[list[str]] = []
    last_first = ""
    for cells in lines:
        cells += [""] * (len(header) - len(cells))
        if not rows or cells[0] and (not last_first or last_first.endswith(_TERMINAL)):
            rows.append(cells)
        else:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=False)]
        last_first = cells[0] or last_first
    return CELL.join(header), [CELL.join(cells) for cells in rows]
