"""A French government press release's facts: "Publié le 10 février 2026" and its number, "Communiqué n° 1234",
each on a line of its own under the headline (read into its metadata and kept out of its clauses), and the
dateline opening its text, "Paris, le 10 février 2026 –" (read; the text keeps it). Its label, "Communiqué de
presse", is read with the English ones (ingest.margins). A joint statement of two governments is read beside it
(ingest.joint_statement)."""

from __future__ import annotations

import re
from datetime import date

from ingest.joint_statement import joint_statement
from ingest.types import Block, Document

_MOIS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
         "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
_JOUR = rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{'|'.join(_MOIS)})\s+(?P<year>\d{{4}})"
_PUBLIE = re.compile(rf"^(?P<what>Publié|Mis à jour)\s+le\s+{_JOUR}$", re.I)
_NUMERO = re.compile(r"^Communiqué\s+(?:de\s+presse\s+)?n[°o]\s*\d[\w/-]{0,20}$", re.I)
# "Paris, le 10 février 2026 –", "Bercy, le 3 mars 2025,": where and when it was written
_DATELINE = re.compile(rf"^[A-ZÀ-Ý][\w' -]{{1,40}},\s+le\s+{_JOUR}\s*[–—,:-]")
_LINES = 8  # its facts stand under its headline, among its first lines


def communique(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a French press release's publication line ("Publié le …"; "Mis à jour le …" into
    meta["date_updated"]), its number (meta["release_number"]) and its dateline into doc; drop the first two."""
    blocks = joint_statement(doc, blocks)  # its governments, date line and closing place
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i < _LINES and block.kind == "para" and _fact(doc, block.text):
            continue
        out.append(block)
    first = next((b.text for b in out[:_LINES] if b.kind == "para"), "")
    if (m := _DATELINE.match(first)) and (day := _iso(m)):
        doc.date_written = doc.date_written or day
        doc.kind = doc.kind or "news"
    return out


def _fact(doc: Document, text: str) -> bool:
    """Read one fact line into doc; False, and nothing read, if the line is none."""
    if (m := _PUBLIE.match(text)) and (day := _iso(m)):
        if m.group("what").lower().startswith("mis"):
            doc.meta.setdefault("date_updated", day)
        else:
            doc.date_published = doc.date_published or day
        return True
    if _NUMERO.match(text):
        doc.meta.setdefault("release_number", text)
        doc.kind = doc.kind or "news"
        return True
    return False


def _iso(m: re.Match[str]) -> str:
    """The day a French date gives, as yyyy-mm-dd; "" if it is none."""
    day = 1 if m.group("day") == "1er" else int(m.group("day"))
    try:
        return date(int(m.group("year")), _MOIS[m.group("month").lower()], day).isoformat()
    except ValueError:
        return ""
