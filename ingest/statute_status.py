"""A translated statute's status line under its title, as Korea's KLRI prints it over every law it translates, and
the ministry in charge under it: read into the document's metadata, no clauses."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import Document

# KLRI writes a day "22. Jan, 2026"
_DAY = r"\d{1,2}\.?\s*[A-Z][a-z]{2,8}\.?,?\s*\d{4}"
# "[Enforcement Date 22. Jan, 2026.] [Act No. 20676, 21. Jan, 2025., New Enactment]": the day it takes effect, then
# the instrument's number (an Act's, a Presidential Decree's, "Ordinance of the Ministry of …'s"), the day it
# was promulgated and what it did ("Partial Amendment", "Amendment by Other Act")
_STATUS = re.compile(rf"^\[\s*Enforcement\s+Date\s*:?\s*(?P<effective>{_DAY})\.?\s*\]\s*"
                     rf"\[\s*(?P<number>[A-Z][A-Za-z,' ]{{1,120}}?\s+No\.\s*\d{{1,6}})\s*,\s*(?P<date>{_DAY})\.?\s*,"
                     rf"\s*(?P<how>[A-Z][A-Za-z ]{{2,60}})\s*\]$")
# the ministry in charge and whom to call there, a line each under the status line: "Ministry of Science and ICT
# (Artificial Intelligence Policy Division) 044-202-6244" (a Korean number; more lines, more ministries)
_MINISTRY = re.compile(r"^[A-Z][A-Za-z&,.' -]{2,120}?(?:\s*\([^()]{2,120}\))?\s*(?:\+82-?|0)\d{1,2}-\d{3,4}-\d{4}"
                       r"(?:\s*,\s*\d{3,4}(?:-\d{4})?)*$")


# who makes each kind of instrument KLRI translates, as Korea's Constitution says and the instrument's name says: an
# Act is the National Assembly's (Article 40), a Presidential Decree the President's (Article 75), an ordinance its
# ministry's or the Prime Minister's ("Ordinance of the Ministry of Science and ICT No. 123"); the ministry in
# charge on the line under it enacted nothing (a contact)
_ACT = re.compile(r"^Act No\.")
_DECREE = re.compile(r"^Presidential Decree No\.")
_ORDINANCE = re.compile(r"^Ordinance of (?:the )?(?P<maker>(?:Ministry of|Prime Minister)\b.*?) No\.")
_KOREA = re.compile(r"Korea Legislation Research Institute|klri\.re\.kr|Statutes of the Republic of Korea")


def _maker(number: str) -> str:
    """The body that makes an instrument of number's kind ("Act No. 20676": the National Assembly), "" for a kind
    whose maker it does not say."""
    if _ACT.match(number):
        return "National Assembly of the Republic of Korea"
    if _DECREE.match(number):
        return "President of the Republic of Korea"
    m = _ORDINANCE.match(number)
    return m.group("maker") if m else ""


def status_line(doc: Document, text: str) -> bool:
    """Read a status line into doc (its number, promulgation day and kind, a regulation's, as a UK Act's;
    `meta.实施日期` the day it takes effect, `meta.promulgation` the line), or a ministry's line under it into
    `meta.contact` (whom to ask, not who enacted the law); on a page KLRI translates, the issuer is the maker the
    instrument's kind names (_maker); False, nothing read, if it is neither."""
    text = text.strip()
    if m := _STATUS.match(text):
        effective, promulgated = (iso_date(re.sub(r"^(\d{1,2})\.", r"\1", m.group(g))) for g in ("effective", "date"))
        if not effective or not promulgated:
            return False
        doc.doc_number = doc.doc_number or m.group("number")
        doc.date_written = doc.date_written or promulgated
        doc.meta.setdefault("实施日期", effective)
        doc.meta.setdefault("promulgation", text)
        doc.kind = doc.kind or "regulation"
        if _KOREA.search(" ".join([doc.meta.get("translation", ""), doc.meta.get("url", ""), doc.title])):
            doc.issuer = doc.issuer or _maker(m.group("number"))
        return True
    if doc.meta.get("promulgation", "").startswith("[Enforcement Date") and _MINISTRY.match(text):
        doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), text]))
        return True
    return False
