"""The cover and letter of an audit office's report saved from PDF as text (GAO, an inspector general): the office,
"Report to Congressional Requesters", the month, the title and the report's number, then the letter's date, whom it is
addressed to, the sentence that gives whom to contact and the signature that closes it, read into metadata and kept
out of the clauses."""

from __future__ import annotations

import re

from ingest.metadata import MONTH_ALONE, MONTHS, iso_date
from ingest.types import Block, Document

_COVER = 14  # how many lines the cover may hold, its number last
# the office that issues it: "United States Government Accountability Office", "Office of Inspector General"
_OFFICE = re.compile(r"^[A-Z][\w.,’'&\- ]{2,100}\b(?:Office|Inspector General|Auditor[- ]General|Comptroller(?: and "
                     r"Auditor)?[- ]General|Audit(?:or)?s?(?: Office| Commission| Bureau)?|Court of Auditors)"
                     r"(?: of [A-Z][\w ,’'&\-]{2,60})?$")
# what the cover says the document is: "Report to Congressional Requesters", "Report to the Chairman, Committee
# on …", "Testimony Before the Subcommittee on …"
_DOCUMENT_TYPE = re.compile(r"^(?P<what>Report|Testimony|Statement)(?: for the Record)? (?:to|[Bb]efore) "
                            r"[A-Z\w].{2,150}$")
_DAY = re.compile(rf"^(?:{MONTHS})\s+\d{{1,2}},\s+(?:19|20)\d{{2}}$")
# a report's number, a word of capitals and figures with a hyphen: "GAO-26-107512", "DODIG-2024-045", "OIG-25-12"
_NUMBER = re.compile(r"^[A-Z]{2,10}(?:-[A-Z0-9]{1,8}){1,3}$")
_LETTER = re.compile(r"^Letter$")
# the letter's closing sentence that says whom to ask: "If you or your staff have any questions about this report,
# please contact me at (202) 512-6888 or walshk@gao.gov."
_CONTACT = re.compile(r"(?:^|(?<=[.!?] ))If you or your staff have (?:any )?questions (?:about|on|concerning) this "
                      r"(?:report|testimony|statement),? please contact "
                      r"(?:me|us|[A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}) (?:at|on) (?P<reach>.+?)\.(?=\s|$)\s*")
_REACH = re.compile(r"@|\(?\d{3}\)?[\s.-]?\d{3}-\d{4}")
# who signs it, their name over their office: "Kevin Walsh" / "Director, Information Technology and Cybersecurity"
_PERSON = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")
_SIGNER_OFFICE = re.compile(r"^(?:(?:Managing|Acting|Deputy|Assistant|Associate)\s+)*"
                            r"(?:Director|Inspector General|Comptroller General|Auditor[- ]General|Chief Auditor)\b"
                            r"(?:,\s*[A-Z].{2,100}| of .{2,100})?$")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def audit_cover(doc: Document, footer: str) -> bool:
    """Read the cover of an audit office's report into doc, in place, where its running footer names the report's
    number that closes the cover ("Page 1  GAO-26-107512 Federal AI Compute" over a cover ending "GAO-26-107512"):
    the office over it (the issuer), what it is (`meta.document_type`; a "Report to …" is kind `report`), its month
    (`meta.cover_date`, no date), its title (a topic in capitals, "ARTIFICIAL INTELLIGENCE", over its words:
    "Artificial Intelligence: Agencies Need …"), its number, and the letter's date and addressee below. False,
    and doc untouched, where the opening lines are no such cover."""
    lines = [doc.title, *(b.text for b in doc.blocks[:_COVER])]
    end = next((k for k, t in enumerate(lines) if _NUMBER.match(t) and t in footer.split()), None)
    if end is None or not _OFFICE.match(lines[0]):
        return False
    kind, month, title = "", "", []
    for text in lines[1:end]:
        if not kind and _DOCUMENT_TYPE.match(text):
            kind = text
        elif not month and MONTH_ALONE.match(text):
            month = text
        else:
            title.append(text)
    if not (kind or month) or not title:
        return False
    rest = doc.blocks[end:]
    doc.issuer = doc.issuer or lines[0]
    doc.doc_number = doc.doc_number or lines[end]
    doc.title = _cover_title(title, " ".join(b.text for b in rest))
    if kind:
        doc.meta.setdefault("document_type", kind)
        if _DOCUMENT_TYPE.match(kind)["what"] == "Report":
            doc.kind = doc.kind or "report"
    if month:
        doc.meta.setdefault("cover_date", month)
    doc.blocks = _signature(doc, _contact(doc, _letter(doc, rest)))
    return True


def _cover_title(lines: list[str], body: str) -> str:
    """The title set over a cover's lines: its topic in capitals first ("ARTIFICIAL" / "INTELLIGENCE"), in the
    words' case (an acronym the body writes in capitals too, "AI", "DOE", kept), then a colon and the rest."""
    caps = 0
    while caps < len(lines) and lines[caps].isupper():
        caps += 1
    rest = " ".join(lines[caps:])
    if not caps or not rest:
        return " ".join(lines)
    acronyms = set(re.findall(r"\b[A-Z]{2,}\b", body))
    words = " ".join(lines[:caps]).split()
    topic = " ".join(w if w in acronyms else w.lower() if k and w.lower() in _SMALL else w.capitalize()
                     for k, w in enumerate(words))
    return f"{topic.rstrip(':')}: {rest}"


def _letter(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the date under the report's "Letter" heading (the date published) and the lines it is
    addressed to ("Congressional Requesters", "The Honorable …" / "Chair" …, `meta.addressee`), up to its
    first paragraph."""
    at = next((k for k, b in enumerate(blocks) if _LETTER.match(b.text)), None)
    if at is None or at + 1 >= len(blocks) or not _DAY.match(blocks[at + 1].text):
        return blocks
    doc.date_published = doc.date_published or iso_date(blocks[at + 1].text)
    end = at + 2
    while end < min(len(blocks) - 1, at + 10) and _address_line(blocks[end].text):
        end += 1
    if end > at + 2:
        doc.meta.setdefault("addressee", " / ".join(b.text for b in blocks[at + 2:end]))
    return blocks[:at + 1] + blocks[end:]


def _address_line(text: str) -> bool:
    """A line of the letter's address: a few words, no sentence ("Congressional Requesters", "Chair",
    "Committee on Science, Space, and Technology", "Dear Mr. Chairman:")."""
    return len(text.split()) <= 10 and not text.endswith((".", ";")) and text[:1].isupper()


def _contact(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the sentence that gives whom to contact about the report, its number and address in
    `meta.contact` ("(202) 512-6888 or walshk@gao.gov"); the rest of its paragraph stays."""
    for k, block in enumerate(blocks):
        m = _CONTACT.search(block.text)
        if block.kind == "para" and m and _REACH.search(m["reach"]):
            doc.meta.setdefault("contact", m["reach"])
            left = (block.text[:m.start()] + block.text[m.end():]).strip()
            return blocks[:k] + ([Block(left, block.kind, block.level)] if left else []) + blocks[k + 1:]
    return blocks


def _signature(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the letter's signature, a name over its office ("Kevin Walsh" / "Director, Information
    Technology and Cybersecurity", `meta.signed`)."""
    for k in range(len(blocks) - 1):
        name, office = blocks[k].text, blocks[k + 1].text
        if blocks[k].kind == blocks[k + 1].kind == "para" and _PERSON.match(name) and _SIGNER_OFFICE.match(office):
            doc.meta.setdefault("signed", f"{name}, {office}")
            return blocks[:k] + blocks[k + 2:]
    return blocks
