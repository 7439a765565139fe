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


def status_line(doc: Document, text: str) -> bool:
    """Read a status line into doc (its number, promulgation day and kind, a regulation's, as a UK Act's;
    `meta.实施日期` the day it takes effect, `meta.promulgation` the line), or a ministry's line under it into
    `meta.contact` (whom to ask, not who enacted the law: the issuer stays unread); False, nothing read, if it is
    neither."""
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
        return True
    if doc.meta.get("promulgation", "").startswith("[Enforcement Date") and _MINISTRY.match(text):
        doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), text]))
        return True
    return False
