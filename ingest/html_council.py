"""A Council of the European Union register document (Council conclusions, an outcome of proceedings, a note): its
header table read into metadata, not clauses. The header names the Council and gives the place and day
("Brussels, 21 November 2025 (OR. en)"), the document's number ("15873/25") and its subject codes ("RECH 512"); a
table under it says what the document is ("OUTCOME OF PROCEEDINGS") and from whom, to whom and on what it is
("From: | General Secretariat of the Council", "To: | Delegations", "Subject: | …")."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ingest.html_blocks import Walker
from ingest.kinds import guess_kind
from ingest.metadata import MONTHS, iso_date
from ingest.text import collapse
from ingest.types import Document

# the register's number of a document, with its addendum, corrigendum or revision: "15873/25", "9284/25 ADD 1"
_NUMBER = re.compile(r"^\d{3,5}/\d{2}(?:\s+(?:ADD|COR|REV)\s*\d{1,2})*$")
# where and when: "Brussels, 21 November 2025 (OR. en)", "Luxembourg, 3 June 2025"
_PLACE_DAY = re.compile(rf"^[A-Z][a-z]+,\s+(?P<day>\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}})(?:\s*\(OR\.\s*\w{{2}}\))?$")
_COUNCIL = re.compile(r"^(?:the\s+)?Council\s+of\s+the\s+European\s+Union$", re.I)
_CODES = re.compile(r"^(?:[A-Z][A-Z-]{1,11}\s+\d{1,5}\s*)+$")  # the subject codes, "RECH 512 COMPET 1102"
# what the document is, a row of the table by itself, in capitals: "OUTCOME OF PROCEEDINGS", "NOTE", "COVER NOTE"
_WHAT = re.compile(r"^[A-Z][A-Z/ ]{2,60}$")
# the table's fields, by their label
_FIELDS = {"from": "from", "to": "to", "subject": "subject", "no. prev. doc.": "previous_document",
           "no. cion doc.": "commission_document", "interinstitutional file": "interinstitutional_file"}
# the register's page footer, the number with the drafter's initials and the page: "15873/25 EM/ab 2"
_FOOTER = re.compile(r"^\d{3,5}/\d{2}\s+[A-Z]{1,4}/[a-z]{1,4}\b")


def council_header(root: etree._Element) -> etree._Element | None:
    """The table of a Council register document's fields (From:, To:, Subject:) under a header that names the
    Council or gives a register number; None if the page has none."""
    for table in root.iter("table"):
        labels = {_label(row) for row in table.iter("tr")}
        if {"from", "to", "subject"} <= labels and any(
                _COUNCIL.match(" ".join(lines)) or any(_NUMBER.match(line) for line in lines)
                for lines in _header_cells(root, table)):
            return table
    return None


def parse_council_document(root: etree._Element, fields: etree._Element,
                           parse_rest: Callable[[etree._Element], Document]) -> Document:
    """A draft Document from a Council register document: the header and its table read into the issuer (the
    Council), number, date and meta (from, to, subject, document_type, subject_codes), both taken out of the
    page, whose rest parse_rest reads; the title its heading's (else the subject's first line)."""
    meta: dict[str, str] = {}
    number = day = ""
    council = False
    for lines in _header_cells(root, fields):
        whole = " ".join(lines)  # "Council of the<br>European Union"
        if _COUNCIL.match(whole):
            council = True
        elif all(_CODES.match(line) for line in lines):
            meta["subject_codes"] = "; ".join(lines)
        for line in lines:
            if _NUMBER.match(line):
                number = number or line
            elif m := _PLACE_DAY.match(line):
                day = day or iso_date(m.group("day"))
    subject: list[str] = []
    for row in fields.iter("tr"):
        cells = [_lines(c) for c in row if c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if len(cells) == 1 and len(cells[0]) == 1 and _WHAT.match(cells[0][0]):
            meta["document_type"] = cells[0][0]
        elif len(cells) == 2 and (key := _FIELDS.get(_label(row))):
            meta[key] = " ".join(cells[1])
            subject = cells[1] if key == "subject" else subject
    for table in _header_tables(root, fields):
        table.drop_tree()
    doc = parse_rest(root)
    doc.blocks = [b for b in doc.blocks if not _FOOTER.match(b.text)]
    doc.title = doc.title if root.xpath("//h1") and doc.title else (subject[0] if subject else doc.title)
    doc.issuer = "Council of the European Union" if council else doc.issuer
    doc.doc_number = doc.doc_number or number
    doc.date_written = doc.date_written or day
    # Council conclusions are the Council's policy position, as a government's 意见 is its own: a notice
    conclusions = re.search(r"\bconclusions\b", f"{doc.title} {meta.get('subject', '')}", re.I)
    doc.kind = guess_kind(doc.title) or ("notice" if conclusions else doc.kind)
    doc.meta.update(meta)
    return doc


def _label(row: etree._Element) -> str:
    cells = [c for c in row if c.tag in ("td", "th")]
    return collapse(cells[0].text_content()).rstrip(":").strip().lower() if len(cells) >= 2 else ""


def _lines(cell: etree._Element) -> list[str]:
    return [b.text for b in Walker(skip=None).run(cell) if b.text]


def _header_tables(root: etree._Element, fields: etree._Element) -> list[etree._Element]:
    """The table of fields and the tables before it (the header), in page order; the table of fields alone where
    it stands in a table that lays out the page."""
    if fields.xpath("ancestor::table"):
        return [fields]
    tables = []
    for table in root.iter("table"):
        if not table.xpath("ancestor::table"):
            tables.append(table)
        if table is fields:
            return tables
    return tables


def _header_cells(root: etree._Element, fields: etree._Element) -> list[list[str]]:
    """The lines of each cell of the header and its table of fields."""
    return [lines for table in _header_tables(root, fields) for row in table.iter("tr") for cell in row
            if cell.tag in ("td", "th") and (lines := _lines(cell))]
