"""Reads a Singapore Parliament Official Report (Hansard) page as sprs.parl.gov.sg serves it: its report table,
time stamps and procedural lines as metadata, its debate one heading a speaker's turn over that turn's paragraphs."""

from __future__ import annotations

import re

from ingest.types import CELL, Block, Document

# the report table over the debate, one row a block: "Sitting Date: | 7-7-2026"
_ROW = re.compile(rf"^(?P<label>[A-Z][A-Za-z ]{{1,30}}):{re.escape(CELL)}(?P<value>.+)$")
_NEEDED = ("Parliament No", "Sitting Date", "Title")
_SITTING_DATE = re.compile(r"^(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})$")  # day first, as Singapore writes it
_TIME = re.compile(r"^\d{1,2}\.\d{2} [ap]m$")  # "3.12 pm": when the next turn began
# the Clerk's record of what the House did, no one's words: "Order for Second Reading read.", "Question put, and
# agreed to.", "Bill accordingly read a Second time and committed to …", "The House immediately resolved itself
# into a Committee on the Bill. – [Mrs Josephine Teo].", "Bill considered in Committee; … read a Third time and
# passed.", "Debate adjourned …", "Sitting suspended at …"
_PROCEEDING = re.compile(
    r"^(?:Order (?:for|read for) (?:First|Second|Third) Reading read\b|Question (?:proposed|put)\b|Bill (?:accordingly "
    r"|considered |read |reported |committed |introduced )|The House (?:immediately )?resolved itself\b|Debate "
    r"(?:adjourned|resumed)\b|Sitting (?:suspended|resumed)\b|Resolved,|Adjourned accordingly\b)[^:]{0,300}$")
# a bill's reading, as the section names it: "Second Reading Bills"
_READING = re.compile(r"^(?P<which>First|Second|Third) Reading Bills?$", re.I)
_STRONG_TURN = re.compile(r"<p\b[^>]*>\s*<(?:strong|b)\b[^>]*>\s*(?P<who>[^<>]{3,200}?)\s*</(?:strong|b)>\s*:", re.I)
# an office holder's style, the office first: "The Minister for … (Mrs Josephine Teo)", "The Senior Minister of
# State for … (Dr Janil Puthucheary)"
_OFFICE = re.compile(r"^The (?P<office>(?:Prime |Deputy Prime |Senior |Coordinating )?Minister\b[^()]{0,150}|"
                     r"(?:Senior )?Parliamentary Secretary\b[^()]{0,150}|Leader of the House|Leader of the Opposition) "
                     r"\((?P<name>[^()]{3,80})\)$")
_BRACKETED = re.compile(r"\(([^()]{3,80})\)$")  # "The Minister for … (Mrs Josephine Teo)": the Member's own name


def sitting_report(doc: Document, html: str) -> Document:
    """The draft of a Hansard page read as the module's docstring says: title the report table's (a bill's with
    its reading, "… Bill — Second Reading"), issuer Parliament of Singapore, date the sitting's, kind `faq` (as
    the UK Parliament's questions and a US hearing); any other page as it was."""
    head = {}
    for block in doc.blocks[:12]:
        if block.kind == "para" and (m := _ROW.match(block.text)):
            head[m["label"].strip()] = m["value"].strip()
    date = _SITTING_DATE.match(head.get("Sitting Date", ""))
    if not all(head.get(k) for k in _NEEDED) or not date:
        return doc
    rows = {block.text for block in doc.blocks[:12] if _ROW.match(block.text)}
    for label, value in head.items():
        doc.meta[re.sub(r"\W+", "_", label.lower()).strip("_")] = value
    reading = _READING.match(head.get("Section Name", ""))
    doc.title = f"{head['Title']} — {reading['which']} Reading" if reading else head["Title"]
    doc.issuer = "Parliament of Singapore"
    doc.date = f"{date['y']}-{int(date['m']):02d}-{int(date['d']):02d}"
    doc.kind = "faq"  # Members' speeches, questions and the Minister's replies: no instrument
    speakers = {m["who"] for m in _STRONG_TURN.finditer(html)} | _listed(head.get("MPs Speaking", ""))
    doc.blocks = _turns(doc, [b for b in doc.blocks if b.text not in rows], head["Title"], speakers)
    return doc


def _listed(mps: str) -> set[str]:
    """The names the "MPs Speaking" row lists, each also by the Member's own name in brackets ("Mrs Josephine Teo"
    for "The Minister for … (Mrs Josephine Teo)"), as a later turn is headed."""
    names: set[str] = set()
    for name in re.split(r",\s+(?=(?:The |Mr |Mrs |Ms |Miss |Mdm |Dr |Prof |Assoc |Asst |Er |Madam ))", mps):
        names.add(name.strip())
        if m := _BRACKETED.search(name.strip()):
            names.add(m.group(1))
    return {n for n in names if n}


def _turns(doc: Document, blocks: list[Block], title: str, speakers: set[str]) -> list[Block]:
    """The debate's paragraphs, each speaker's turn under a heading that names the speaker as the turn does
    (an office holder's name first: see _heading); time stamps to `meta.times`, procedural lines to
    `meta.proceedings`, the bill's title in capitals over the debate (the document's title) dropped."""
    out: list[Block] = []
    times, proceedings = [], []
    for block in blocks:
        text = block.text
        if block.kind != "para":
            out.append(block)
        elif _TIME.match(text):
            times.append(text)
        elif text.lower() == title.lower():
            continue
        elif who := _speaker(text, speakers):
            out += [Block(_heading(who), "heading", 1), block]
        elif proceeding(text):
            proceedings.append(text)  # the Chair's "Question proposed." inside a turn is no Member's words either
        else:
            out.append(block)
    keep_asides(doc, times, proceedings)
    return out


def _heading(who: str) -> str:
    """A turn's heading: "Mrs Josephine Teo (Minister for Digital Development and Information)" for "The Minister
    for Digital Development and Information (Mrs Josephine Teo)", since a path cuts its steps at 40 characters
    and the name must survive the cut; a Member's "Mr Vikram Nair (Sembawang)" as written."""
    m = _OFFICE.match(who)
    return f"{m['name']} ({m['office']})" if m else who


def _speaker(text: str, speakers: set[str]) -> str:
    """Who opens a turn with this paragraph ("Mr Vikram Nair (Sembawang): …"): a name the page sets in bold before
    a colon or the report table lists; "" for any other paragraph."""
    head, colon, _ = text.partition(": ")
    return head if colon and head in speakers else ""


def proceeding(text: str) -> bool:
    """Whether a paragraph is the Clerk's record of what the House did ("Question put, and agreed to."), no one's
    words: Australia's Hansard writes these alike."""
    return bool(_PROCEEDING.match(text))


def keep_asides(doc: Document, times: list[str], proceedings: list[str]) -> None:
    """Keep a transcript's time stamps and the Chair's procedural lines in doc's metadata, not its clauses."""
    if times:
        doc.meta["times"] = ", ".join(times)
    if proceedings:
        doc.meta["proceedings"] = "\n".join(proceedings)
