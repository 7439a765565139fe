"""A notification in the Gazette of India saved from its PDF as text: the bilingual masthead, the issuer's heading
and its date, the running header on each page, and the closing file number, signatory, press imprint and digital
signature read into metadata and kept out of the clauses; its title is the short title it gives itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.metadata import find_doc_number, iso_date, smart_title
from ingest.types import Document

_HEAD = 40  # how many lines the masthead and heading may take
_CELLS = re.compile(r"\s{3,}")  # a PDF's columns, set apart by runs of spaces: "रजिस्ट्री सं. …      REGD. No. …"
_LATIN = re.compile(r"[A-Za-z]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# the masthead, line by line: "The Gazette of India" (a state's too: "The Kerala Gazette"), "EXTRAORDINARY",
# "PART II—Section 3—Sub-section (i)", "PUBLISHED BY AUTHORITY"
_GAZETTE = re.compile(r"^(?:The\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Government\s+)?Gazette(?:\s+of\s+[A-Z][a-z]+)?$", re.I)
_EDITION = re.compile(r"^(?:EXTRAORDINARY|WEEKLY)$", re.I)
_PART = re.compile(r"^PART\s+[IVX]+\b.{0,60}$", re.I)
_AUTHORITY = re.compile(r"^PUBLISHED\s+BY\s+AUTHORITY$", re.I)
# "REGD. No. D. L.-33004/99" (its postal registration), "CG-DL-E-12032026-271234" (the e-Gazette's id)
_REGISTRATION = re.compile(r"^REGD\.?\s*No\.?\s*\S.{0,40}$", re.I)
_GAZETTE_ID = re.compile(r"^[A-Z]{2}-[A-Z]{2}-[A-Z]-\d{8}-\d{3,8}$")
# the issue: "No. 182]   NEW DELHI, THURSDAY, MARCH 12, 2026/PHALGUNA 21, 1947"
_ISSUE = re.compile(r"^(?P<no>No\.\s*\d{1,5})\]\s*(?P<when>.{6,80})$", re.I)
# what the text is, in capitals under its issuer: NOTIFICATION, ORDER, RESOLUTION, …
_WHAT = re.compile(r"^(?:NOTIFICATIONS?|ORDERS?|RESOLUTION|CORRIGENDUM|ADDENDUM|PUBLIC NOTICE|OFFICE MEMORANDUM)$")
# who issues it, in capitals: "MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY", "RESERVE BANK OF INDIA", and
# the department under a ministry in brackets: "(Department of Revenue)"
_ISSUER = re.compile(r"^[A-Z][A-Z&,.'’()\- ]{5,120}$")
_DEPARTMENT = re.compile(r"^\((?:Department|Division|Office|Directorate)\b[^()]{3,100}\)$", re.I)
# its place and day: "New Delhi, the 11th March, 2026"
_DATELINE = re.compile(r"^[A-Z][A-Za-z .]{1,40},\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.?$")
# its number, opening the text: "G.S.R. 176(E).—In exercise of the powers …", "S.O. 1234(E).—"
_NUMBERED = re.compile(r"^(?:G\.\s?S\.\s?R\.|S\.\s?O\.)\s*\d{1,5}\s*(?:\(E\))?\s*\.?\s*[—–-]")
# the running header on each page after the first: "2   THE GAZETTE OF INDIA : EXTRAORDINARY   [PART II—SEC. 3(i)]",
# "[भाग II—खण्ड 3(i)]   भारत का राजपत्र : असाधारण   3"
_PAGE_PART = r"\[(?:PART|भाग)\s[^\]]{1,40}\]"
_RUNNING = re.compile(rf"^(?:\d{{1,4}}\s+)?(?:{_PAGE_PART}\s+)?"
                      rf"(?:THE\s+[A-Z ]{{0,30}}GAZETTE[A-Z ]{{0,30}}|भारत का राजपत्र)"
                      rf"(?:\s*[:,]\s*[^\[\]]{{1,60}}?)?(?:\s+{_PAGE_PART})?(?:\s+\d{{1,4}})?$")
# the closing: "[F. No. W-11/3/2026-IndiaAI]", "[ADVT.-III/4/Exty./123/2026-27]"
_FILE_NO = re.compile(r"^\[?\s*(?P<no>(?:F\.\s*No\.|File\s+No\.|ADVT\.)\s*[^\]]{2,80}?)\s*\]?$", re.I)
# who signs it: "ABHISHEK SINGH, Addl. Secy.", or the name over the office: "Joint Secretary"
_SIGNER = re.compile(r"^(?P<name>[A-Z][A-Z.]*(?:\s+[A-Z][A-Z.]*){0,4})(?:\s*,\s*(?P<office>[A-Z][\w.&() -]{1,60}))?$")
_OFFICE = re.compile(r"^(?:(?:Addl|Additional|Jt|Joint|Dy|Deputy|Under|Principal|Special|Chief)\.?\s+)*"
                     r"(?:Secy|Secretary|Director|Adviser|Advisor|Controller|Commissioner|Registrar|Officer)\b"
                     r"[\w.,&() -]{0,80}$")
# the press's imprint under the last page: "Uploaded by Dte. of Printing at Government of India Press, …"
_IMPRINT = re.compile(r"^(?:Uploaded\s+by|(?:and\s+)?Published\s+by|Printed\s+by)\b|Government of India Press"
                      r"|Controller of Publications", re.I)
# the PDF's digital signature: "Digitally signed by", "ABHISHEK KUMAR", "Date: 2026.03.12 21:04:17 +05'30'"
_SIGNED_DIGITALLY = re.compile(r"^Digitally\s+signed\s+by\b", re.I)
_SIGNATURE_DATE = re.compile(r"^Date:\s*\d{4}\.\d{2}\.\d{2}\b.{0,30}$")
# the short title the text gives itself: "(1) This scheme may be called the IndiaAI Compute Subsidy Scheme, 2026."
_SHORT_TITLE = re.compile(r"\b(?:This|These)\s+(?:[a-z]+\s+){0,2}(?:scheme|rules|regulations|order|guidelines|"
                          r"notification|amendments?|policy|programme|directions)\s+may\s+be\s+called\s+(?:as\s+)?"
                          r"(?:the\s+)?(?P<title>[A-Z][^.;]{2,200}?,\s*(?:19|20)\d{2})\s*\.", re.I)
# draft rules published for comment: "The following draft of certain rules … is hereby published"
_DRAFT = re.compile(r"\bdraft\s+(?:of\s+(?:certain|the\s+following)\s+)?(?:rules|regulations|scheme|notification)\b"
                    r"[^.]{0,200}\b(?:objections|suggestions)\b", re.I)


@dataclass
class Gazette:
    """What a Gazette notification's masthead, heading and closing say of it."""

    issuer: str = ""
    doc_number: str = ""
    date_written: str = ""  # the day the notification was made ("New Delhi, the 11th March, 2026")
    date_published: str = ""  # the day of the Gazette's issue
    meta: dict[str, str] = field(default_factory=dict)

    def fill(self, doc: Document) -> None:
        """Write what was read into doc, where doc says nothing yet."""
        doc.issuer = doc.issuer or self.issuer
        doc.doc_number = doc.doc_number or self.doc_number
        doc.date_written = doc.date_written or self.date_written
        doc.date_published = self.date_published or doc.date_published
        kind = self.meta.pop("kind", "")
        doc.kind = doc.kind or kind
        for key, value in self.meta.items():
            doc.meta.setdefault(key, value)


def gazette_notice(text: str) -> tuple[str, Gazette | None]:
    """text less a Gazette notification's masthead, heading, running headers and closing, its short title put
    first as its title line ("IndiaAI Compute Subsidy Scheme, 2026"; else "Notification G.S.R. 176(E)"), and
    what they say; (text, None), untouched, where it opens with no Gazette's masthead."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    gazette = Gazette()
    start = _masthead(lines, gazette)
    if start is None:
        return text, None
    body = _without_running_headers(lines[start:])
    body = body[:_closing(body, gazette)]
    flat = " ".join(ln.strip() for ln in body)
    what = gazette.meta.get("document_type", "Notification")
    if _DRAFT.search(flat[:1500]):
        gazette.meta["kind"] = "draft"
    elif what in ("Notification", "Order"):
        gazette.meta["kind"] = "regulation"
    title = _SHORT_TITLE.search(flat[:3000])
    head = title["title"] if title else f"{what} {gazette.doc_number}" if gazette.doc_number else ""
    return "\n".join(([head, ""] if head else []) + body), gazette


def _masthead(lines: list[str], gazette: Gazette) -> int | None:
    """The index of the first line of the text under the masthead and heading, their facts read into gazette;
    None where no line of the opening names a Gazette."""
    named = False
    for i, raw in enumerate(lines[:_HEAD]):
        line = " ".join(raw.split())
        if _NUMBERED.match(line) or line and not (
                _head_cell(line, gazette) or all(_head_cell(c, gazette) for c in _CELLS.split(raw.strip()))):
            if not named:
                return None
            gazette.doc_number = find_doc_number(line)
            return i
        named = named or bool(_GAZETTE.match(line))
    return None


def _head_cell(cell: str, gazette: Gazette) -> bool:
    """Whether a line (or one of its columns) is the masthead's or the heading's, what it says read into gazette;
    one in Hindi (the English beside or under it says the same) is read past."""
    line, meta = " ".join(cell.split()), gazette.meta
    if m := re.search(r"REGD\.?\s*No\..*$", line, re.I):
        line = m.group()  # "रजिस्ट्री सं. डी.एल.- 33004/99 REGD. No. D. L.-33004/99", its columns run together
    if len(_DEVANAGARI.findall(line)) > len(_LATIN.findall(line)):
        return True
    if _AUTHORITY.match(line):
        return True
    if _GAZETTE.match(line):
        meta["gazette"] = line
    elif _EDITION.match(line) or _PART.match(line):
        meta["gazette"] = f"{meta.get('gazette', '')}, {smart_title(line)}".lstrip(", ")
    elif _REGISTRATION.match(line):
        meta["registration"] = line
    elif _GAZETTE_ID.match(line):
        meta["gazette_id"] = line
    elif m := _ISSUE.match(line):
        meta["gazette_issue"] = m["no"]
        gazette.date_published = iso_date(m["when"])
    elif _WHAT.match(line):
        meta["document_type"] = smart_title(line)
    elif _DATELINE.match(line):
        gazette.date_written = iso_date(line)
        meta["place"] = line.split(",")[0]
    elif _DEPARTMENT.match(line) and gazette.issuer:
        gazette.issuer = f"{gazette.issuer} {line}"
    elif _ISSUER.match(line) and not gazette.issuer:
        gazette.issuer = smart_title(line)
    else:
        return False
    return True


def _without_running_headers(lines: list[str]) -> list[str]:
    """lines less the Gazette's running header at the top of each page; the blank lines around it go too where
    the sentence before it runs on past it (its line ends in no stop and the next opens no paragraph)."""
    out: list[str] = []
    joining = False
    for i, raw in enumerate(lines):
        if _RUNNING.match(" ".join(raw.split())):
            while out and not out[-1].strip():
                out.pop()
            after = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            ended = out[-1].rstrip().endswith((".", ":", ";", "—")) if out else True
            joining = not ended and not re.match(r"\s{2,}\S|\s*\(", after)
            out += [] if joining else [""]
        elif raw.strip() or not joining:
            joining = False
            out.append(raw)
    return out


def _closing(lines: list[str], gazette: Gazette) -> int:
    """The index where the closing starts (the file number, the signatory, the press's imprint and the digital
    signature, read from the foot up), what it says read into gazette; len(lines) where the text ends in none."""
    cells = [[" ".join(c.split()) for c in _CELLS.split(ln.strip()) if c.strip()] for ln in lines]
    near_signature = {j for i, row in enumerate(cells) if any(_SIGNED_DIGITALLY.match(c) for c in row)
                      for j in range(i - 2, i + 3)}
    end = len(lines)
    found: dict[str, list[str]] = {}
    for i in range(len(lines) - 1, -1, -1):
        kinds = [_closing_kind(c, i in near_signature) for c in cells[i]]
        if not all(kinds):
            break
        for kind, cell in zip(kinds, cells[i], strict=True):
            found.setdefault(kind, []).insert(0, cell)
        end = i
    if "file" not in found and not ("signer" in found and "imprint" in found):
        return len(lines)  # a name in capitals closing a text is no signature without its file number or imprint
    meta = gazette.meta
    if "file" in found:
        meta["file_number"] = _FILE_NO.match(found["file"][0])["no"]
    if "signer" in found:
        meta["signed"] = ", ".join(_signer(c) for c in found["signer"])
    if "imprint" in found:
        meta["printer"] = " ".join(found["imprint"])
    if "digital" in found:
        names = [c for c in found["digital"] if _SIGNER.match(c)]
        dates = [c.removeprefix("Date:").strip() for c in found["digital"] if _SIGNATURE_DATE.match(c)]
        meta["digitally_signed"] = ", ".join(names[:1] + dates[:1])
    return end


def _closing_kind(cell: str, near_signature: bool) -> str:
    """What part of the closing a cell is ("" if none): a name alone in capitals next to "Digitally signed by"
    is the digital signature's, else the signatory's, as is a name with its office or an office alone."""
    if _IMPRINT.search(cell):
        return "imprint"
    if _SIGNED_DIGITALLY.match(cell) or _SIGNATURE_DATE.match(cell):
        return "digital"
    if _FILE_NO.match(cell):
        return "file"
    if (m := _SIGNER.match(cell)) and not m["office"] and near_signature:
        return "digital"
    return "signer" if m or _OFFICE.match(cell) else ""


def _signer(cell: str) -> str:
    """"ABHISHEK SINGH, Addl. Secy." as "Abhishek Singh, Addl. Secy."."""
    m = _SIGNER.match(cell)
    return smart_title(m["name"]) + (f", {m['office']}" if m["office"] else "") if m else cell
