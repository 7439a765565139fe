"""The cover, running footers and colophon of a UK audit office's report saved from PDF as text (a National Audit
Office report "by the Comptroller and Auditor General"): the office, department, title, House paper number, session
and date read into metadata, the footers that repeat the title beside a page number and the printer's colophon kept
out of the clauses."""

from __future__ import annotations

import re

from ingest.metadata import MONTHS, iso_date
from ingest.types import Block, Document

_COVER = 10  # how many lines the cover may hold, its House paper number last
# what the cover calls it: "REPORT", "Report", "Investigation", "Memorandum"
_WHAT = re.compile(r"^(?P<what>REPORT|Report|INVESTIGATION|Investigation|MEMORANDUM|Memorandum)$")
# who reports, over one line or two: "by the Comptroller and Auditor General (for Northern Ireland)"
_BY = re.compile(r"^by the Comptroller and Auditor General(?P<ni> for Northern Ireland)?$", re.I)
_OFFICES = {None: "National Audit Office", " for northern ireland": "Northern Ireland Audit Office"}
# the House paper's number, its session and the day the House ordered it printed: "HC 742 SESSION 2025–26 4 MARCH
# 2026", "HC 1234, Session 2024-25, 12 June 2025", "NIA 45/22-27"
_PAPER = re.compile(rf"^(?P<number>HC \d{{1,4}}|NIA \d{{1,4}}/\d{{2}}-\d{{2}})[,\s]+(?:SESSION|Session)\s+"
                    rf"(?P<session>(?:19|20)\d{{2}}[–-]\d{{2}})(?:[,\s]+(?P<date>\d{{1,2}}\s+(?:{MONTHS}|"
                    rf"{MONTHS.upper()})\s+(?:19|20)\d{{2}}))?$")
# the department a report is about, over its title: "Department for Science, Innovation & Technology", "HM Treasury"
_DEPARTMENT = re.compile(r"^(?:Department (?:for|of)|Ministry of|HM |Cabinet Office$|Home Office$|Foreign, )"
                         r"|\b(?:Agency|Authority|Executive|Service)$")
# the printer's lines that close it: "This report has been printed on Pro Digital Silk …", "Design and Production
# by NAO Communications Team", "DP Ref: 013456-001", "£10.00", "ISBN: 978-1-78604-621-9", "© National Audit
# Office 2026"
_COLOPHON = re.compile(r"^(?:This report has been printed on\b.*|Design and Production by\b.*|DP Ref:?\s*\S+"
                       r"|£\d{1,3}\.\d{2}|ISBN:?\s*[\d-]{10,17}|©\s*(?:Crown copyright|National Audit Office)\b.*)$")
_ISBN = re.compile(r"^ISBN:?\s*(?P<isbn>[\d-]{10,17})$")
_PRICE = re.compile(r"^£\d{1,3}\.\d{2}$")
_PAGE = re.compile(r"^\d{1,3}$")


def nao_cover(doc: Document) -> bool:
    """Read the cover of a report by the Comptroller and Auditor General into doc, in place: what it is
    ("REPORT": kind `report`), the office (the issuer), the department (`meta.department`), the title, the
    House paper number, `meta.session` and the day ordered printed (the date published); then drop its running
    footers and take its colophon into `meta`. False, and doc untouched, where the opening lines are no such
    cover."""
    lines = [doc.title, *(b.text for b in doc.blocks[:_COVER])]
    if not _WHAT.match(lines[0]):
        return False
    by, at = _by_line(lines)
    end = next((k for k, t in enumerate(lines) if _PAPER.match(t)), None)
    if not by or end is None or end <= at:
        return False
    between = lines[at:end]
    department = between.pop(0) if len(between) > 1 and _DEPARTMENT.search(between[0]) else ""
    if not between:
        return False
    paper = _PAPER.match(lines[end])
    doc.title = " ".join(between)
    doc.issuer = doc.issuer or _OFFICES[by["ni"] and by["ni"].lower()]
    doc.doc_number = doc.doc_number or paper["number"]
    doc.kind = doc.kind or "report"
    doc.meta.setdefault("document_type", f"{lines[0].capitalize()} by the Comptroller and Auditor General")
    doc.meta.setdefault("session", paper["session"])
    if department:
        doc.meta.setdefault("department", department)
    if paper["date"]:
        doc.date_published = doc.date_published or iso_date(paper["date"])
    doc.blocks = _key_facts(_colophon(doc, _without_footers(doc.blocks[end:], doc.title)))
    return True


# a key fact's figure on a line of its own over what it counts: "£2.0bn" over "funding allocated to …"
_FIGURE = re.compile(r"^(?:[£$€]\s?)?\d[\d,.]*\s*(?:bn|m|k|%|per cent|million|billion|times|x)?$")
_KEY_FACTS = re.compile(r"^(?:Key facts|Key figures|At a glance)$", re.I)


def _key_facts(blocks: list[Block]) -> list[Block]:
    """blocks with the report's "Key facts" a heading, and each figure set over its description one fact
    ("£2.0bn funding allocated to …"): the figure alone had been read as the end of the fact above it."""
    at = next((i for i, b in enumerate(blocks[:8]) if _KEY_FACTS.match(b.text.strip())), None)
    if at is None:
        return blocks
    out = [*blocks[:at], Block(blocks[at].text.strip(), "heading", 1)]
    i = at + 1
    while i < len(blocks) and blocks[i].kind == "para":
        text = blocks[i].text.strip()
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if _FIGURE.match(text) and after is not None and after.kind == "para" \
                and not _FIGURE.match(after.text.strip()):
            out.append(Block(f"{text} {after.text.strip()}", "para", blocks[i].level))
            i += 2
        else:
            out.append(blocks[i])
            i += 1
    return out + blocks[i:]


def _by_line(lines: list[str]) -> tuple[re.Match[str] | None, int]:
    """Who the cover says reports, set on one line or over two ("by the Comptroller" / "and Auditor General"),
    and the index of the line after it."""
    for k in range(1, min(len(lines), 4)):
        for n in (1, 2):
            if m := _BY.match(" ".join(lines[k:k + n])):
                return m, k + n
    return None, 0


def _without_footers(blocks: list[Block], title: str) -> list[Block]:
    """blocks less the running footers that set the report's title beside the part's name and the page's number
    ("Investigation into the AI Research Resource  Summary  5", "10  Part Two  Investigation into …")."""
    return [b for b in blocks if not _footer(b.text, title)]


def _footer(text: str, title: str) -> bool:
    if title not in text:
        return False
    words = text.replace(title, " ").split()
    pages = [k for k, w in enumerate(words) if _PAGE.match(w)]
    return (len(pages) == 1 and pages[0] in (0, len(words) - 1) and len(words) <= 4
            and all(w[:1].isupper() or _PAGE.match(w) for w in words))


def _colophon(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the printer's colophon at their end: its ISBN and price (`meta.isbn`, `meta.price`), the rest
    in `meta.colophon`."""
    end = len(blocks)
    while end > 0 and _COLOPHON.match(blocks[end - 1].text):
        end -= 1
    rest = []
    for block in blocks[end:]:
        if m := _ISBN.match(block.text):
            doc.meta.setdefault("isbn", m["isbn"])
        elif _PRICE.match(block.text):
            doc.meta.setdefault("price", block.text)
        else:
            rest.append(block.text)
    if rest:
        doc.meta.setdefault("colophon", " / ".join(rest))
    return blocks[:end]
