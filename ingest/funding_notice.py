"""A US federal notice of funding opportunity (a DOE, NIH or NSF NOFO or FOA) saved from PDF as text: its cover (the
agency and its offices, the title, "Notice of Funding Opportunity (NOFO) Number: DE-FOA-0003655", its dates) and
its dotted table of contents read into metadata; its SECTION and lettered sub-section lines ("A. Background") made
headings. A call for applications: kind notice."""

from __future__ import annotations

import re
from datetime import date

from ingest.metadata import iso_date
from ingest.types import Block, Document

_COVER = 24  # the cover's lines before its contents or first section: more, and it is no NOFO's cover
# the line that names it and gives its number: "Notice of Funding Opportunity (NOFO) Number: DE-FOA-0003655",
# "Funding Opportunity Announcement (FOA) Number: DE-FOA-0002345", "Funding Opportunity Number: RFA-MH-26-100"
_NUMBER = re.compile(r"^(?P<what>(?:Notice of )?Funding Opportunity(?: Announcement)?(?:\s*\([A-Z]{2,5}\))?)"
                     r"\s+Number\s*:\s*(?P<number>[A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]{1,10}){1,4})$")
# the agency over the cover: "U.S. Department of Energy (DOE)", "National Institutes of Health", "National Science
# Foundation"
_AGENCY = re.compile(r"^(?:(?:U\.\s?S\.|United States)\s+)?(?:Department of [A-Z][\w ,&]{2,60}|National Institutes? "
                     r"of [A-Z][\w ]{2,40}|National Science Foundation|[A-Z][\w ]{2,60} Administration)"
                     r"(?:\s+\([A-Z]{2,6}\))?$")
# an office or program under it: "Office of Science (SC)", "Advanced Scientific Computing Research (ASCR)"
_OFFICE = re.compile(r"^(?:(?:Office|Division|Directorate|Bureau|Institute|Center)\s+(?:of|for)\s+[A-Z][^:;.]{2,100}"
                     r"|[A-Z][\w,&\- ]{2,100}\s+\([A-Z]{2,8}\))$")
_FACT = re.compile(r"^(?P<label>[A-Z][\w/()&,'’\- ]{1,60}?)\s*:\s+(?P<value>\S.{0,160})$")
_TITLE_LABEL = re.compile(r"^(?:Funding Opportunity|NOFO|FOA)\s+Title$", re.I)
_ISSUED = re.compile(r"^(?:Issue|Release|Posted|Publication)\s+Date$", re.I)
_DUE = re.compile(r"\b(?:Due|Deadline|Closing)\b", re.I)
_US_DAY = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})\b")  # a US cover writes its month first
_CONTENTS = re.compile(r"^(?:TABLE\s+OF\s+CONTENTS|Contents)$", re.I)
_ENTRY = re.compile(r"(?P<entry>\S.*?)\s*\.{4,}\s*(?P<page>\d{1,4})(?=\s|$)")
# a part, and a lettered sub-section in it: "SECTION I – FUNDING OPPORTUNITY DESCRIPTION", "A. Background" (a
# capital, a period and a short title that ends no sentence)
_SECTION = re.compile(r"^(?:SECTION|Section|PART|Part)\s+[IVX]{1,5}\s*[–—:.-]\s*\S.{2,90}$")
_LETTERED = re.compile(r"^[A-Z]\.\s+[A-Z][\w’'/&(),\- ]{1,70}$")


def funding_notice(doc: Document) -> bool:
    """Read a NOFO's cover, contents and outline into doc, in place (see the module's docstring); False, and doc
    untouched, unless its opening lines give an agency and the notice's number."""
    lines = [doc.title, *(b.text for b in doc.blocks[:_COVER])]
    end = next((k for k, t in enumerate(lines) if _CONTENTS.match(t) or _SECTION.match(t)), None)
    if end is None or not _AGENCY.match(lines[0]) or not any(_NUMBER.match(t) for t in lines[:end]):
        return False
    _read_cover(doc, lines[:end])
    doc.kind = doc.kind or "notice"  # a call for applications, as an NSF solicitation is
    doc.blocks = _outline(_contents(doc, doc.blocks[end - 1:]))
    return True


def _read_cover(doc: Document, lines: list[str]) -> None:
    """The agency (the issuer), its offices, the title (the lines over the number that name no office), the number,
    the issue date (the date published) and the other dates and facts under it, into doc."""
    doc.issuer = doc.issuer or lines[0]
    at = next(k for k, t in enumerate(lines) if _NUMBER.match(t))
    offices = [t for t in lines[1:at] if _OFFICE.match(t)]
    title = " ".join(t for t in lines[1:at] if not _OFFICE.match(t))
    number = _NUMBER.match(lines[at])
    doc.doc_number = doc.doc_number or number["number"]
    doc.meta.setdefault("document_type", number["what"])
    deadlines, dates, rest = [], [], []
    for line in lines[at + 1:]:
        fact = _FACT.match(line)
        if fact and _TITLE_LABEL.match(fact["label"]):
            title = title or fact["value"]
        elif fact and _ISSUED.match(fact["label"]) and _day(fact["value"]):
            doc.date_published = doc.date_published or _day(fact["value"])
            doc.meta.setdefault("issue_date", fact["value"])
        elif fact and _day(fact["value"]):
            (deadlines if _DUE.search(fact["label"]) else dates).append(line)
        else:
            rest.append(line)
    doc.title = title or doc.title
    for key, said in (("offices", offices), ("deadlines", deadlines), ("key_dates", dates), ("cover", rest)):
        if said:
            doc.meta.setdefault(key, "; ".join(said))


def _day(value: str) -> str:
    """The day a cover's value gives, month first ("03/12/2026 at 2:00 PM" is 12 March), or a day in words."""
    if m := _US_DAY.search(value):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return ""
    return iso_date(value)


def _contents(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the contents' heading and its dotted entries (meta.contents, one entry a line)."""
    if not blocks or not _CONTENTS.match(blocks[0].text):
        return blocks
    end, entries = 1, []
    while end < len(blocks) and (found := _ENTRY.findall(blocks[end].text)):
        entries += [f"{entry} … {page}" for entry, page in found]
        end += 1
    if entries:
        doc.meta.setdefault("contents", "\n".join(entries))
    return blocks[end:]


def _outline(blocks: list[Block]) -> list[Block]:
    """The SECTION lines headings of level 1 and the lettered lines under a section headings of level 2, each
    closing the lettered part before it ("D. Energy Efficiency Requirement" is under no "Area 4:")."""
    out, in_section = [], False
    for block in blocks:
        text = block.text.strip()
        if block.kind == "para" and _SECTION.match(text):
            block, in_section = Block(text, "heading", 1), True
        elif block.kind == "para" and in_section and _LETTERED.match(text) and not text.endswith((".", ";", ",")):
            block = Block(text, "heading", 2)
        out.append(block)
    return out
