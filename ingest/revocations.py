"""Which documents another document of the knowledge base says are revoked: "the revoked Executive Order
14110 of October 30, 2023 (Safe, Secure, …)", "Executive Order 13960 … is hereby revoked". The revoked
document is marked meta["revoked_by"] = {"doc_id", "title", "date", "words"}, so that where it is cited
it is not presented as in force. A part revoked ("Section 4 of Executive Order …") is not the whole."""

from __future__ import annotations

import re
from pathlib import PurePath

from ingest.metadata import iso_date
from ingest.simplified import to_simplified
from ingest.text import norm_key
from ingest.types import Document

_ORDER = r"Executive\s+Order\s+(?P<number>\d{4,5})(?:\s+of\s+(?P<date>[A-Z][a-z]+\s+\d{1,2},\s*\d{4}))?" \
         r"(?:\s*\((?P<title>[^()]{5,200})\))?"
_REVOKED = (re.compile(rf"\b(?:the\s+)?revoked\s+{_ORDER}"),
            re.compile(rf"{_ORDER}[^.;]{{0,200}}?\s+(?:is|are)\s+hereby\s+revoked"))
# "《广州市…办法》（穗府办规〔2020〕1号）同时废止", "原《…规定》予以废止": a Chinese document repealing another
_REPEALED_ZH = re.compile(r"《(?P<title>[^《》]{4,80})》(?:[（(](?P<number>[^（）()]{3,40}?号)[）)])?(?:同时|一并)?"
                          r"(?:予以)?废止")
# "Section 3 of Executive Order …", "subsection (b) of": a part, not the order
_PART_OF = re.compile(r"\b(?:sections?|sec\.|subsections?|paragraphs?|parts?)\s+[\w().]+\s+of\s+$", re.I)


def mark_revoked(documents: list[Document]) -> None:
    """Set or clear meta["revoked_by"] on every document, from what the others say (in place)."""
    for doc in documents:
        doc.meta.pop("revoked_by", None)
    for revoker in documents:
        text = " ".join(" ".join(b.text.split()) for b in revoker.blocks)
        if revoker.lang == "en":
            found = [(m, m.group("number"), iso_date(m.group("date") or ""), m.group("title") or "")
                     for rx in _REVOKED for m in rx.finditer(text)
                     if not _PART_OF.search(text, max(0, m.start() - 40), m.start())]
        else:
            text = to_simplified(text)  # 同時廢止 as 同时废止
            found = [(m, m.group("number") or "", "", m.group("title")) for m in _REPEALED_ZH.finditer(text)]
        for m, number, date, title in found:
            for doc in documents:
                if doc is not revoker and "revoked_by" not in doc.meta and (
                        _names(doc, number, date, title) if revoker.lang == "en" else _named_zh(doc, number, title)):
                    doc.meta["revoked_by"] = {"doc_id": revoker.doc_id, "title": revoker.title,
                                              "date": revoker.date, "words": m.group()[:300]}


def _names(doc: Document, number: str, date: str, title: str) -> bool:
    """Whether the order a revocation names is this document: by its number (in its 文号, title or file
    name), or by its date and title."""
    if re.search(rf"\b{number}\b", " ".join([doc.doc_number, doc.title, *(PurePath(s).name for s in doc.sources)])):
        return True
    return bool(date and title and doc.date == date and norm_key(title) in norm_key(doc.title))


def _named_zh(doc: Document, number: str, title: str) -> bool:
    """Whether the document a Chinese repeal names is this one: by its 文号, else by its title (a notice that
    issued it: 关于印发《…》的通知)."""
    if number and doc.doc_number:
        return norm_key(number) == norm_key(doc.doc_number)
    return bool(norm_key(title)) and norm_key(title) in norm_key(to_simplified(doc.title))
