"""An OECD legal instrument as legalinstruments.oecd.org serves it (a Recommendation, Decision or Declaration of the
Council): its facts table ("Instrument number | OECD/LEGAL/0512", "Adopted on | 14/05/2026", "Status", "Responsible
committee", "Adherents | 38 Members, 6 non-Members") read into the number, date and `meta`, its Adherents table
("Australia | 14/05/2026", one row a country) and its list of Dates into `meta`, none of them clauses; its lettered
items kept with their letters ("(b)", which "paragraph VIII b)" cites), and an operative paragraph the page writes as
a heading with nothing under it ("VI. INVITES the Secretary-General … to disseminate this Recommendation.") kept as
the clause it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ingest.org_report import ORGANISATIONS
from ingest.text import collapse
from ingest.types import Block, Document

# the instrument's number: "OECD/LEGAL/0512"
_NUMBER = re.compile(r"^OECD/LEGAL/\d{4}$")
# the site writes its days day first: "14/05/2026"
_DAY = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})$")
# the facts table's rows other than the number and the day adopted, by their label
_FACTS = {"status": "status", "type": "document_type", "responsible committee": "responsible_committee",
          "adherents": "adherent_count", "abrogated on": "abrogated", "revised on": "revised"}
# what each type of instrument is to us: a Decision binds its Adherents (the Convention's Article 5 a)), as a
# regulation does; a Recommendation (Article 5 b)) or Declaration is their policy commitment, not binding, as
# Council conclusions are the Council's: a notice; any other type (an Arrangement, an International Agreement)
# none of ours
_KINDS = {"decision": "regulation", "recommendation": "notice", "declaration": "notice"}
COUNCIL = f"Council of the {ORGANISATIONS['OECD']}"
# an operative paragraph: its roman number and its verb in capitals, "VI. INVITES", "III. FURTHER RECOMMENDS"
_OPERATIVE = re.compile(r"^[IVXL]{1,6}\.\s+(?:[A-Z]{2,}\s+)?[A-Z]{4,}\b.*[.;]$")
# an item that writes its own letter ("a) …", "(b) …"), to which none is added
_LETTERED = re.compile(r"^\s*\(?[a-z]{1,2}[.)]\s")
# a list of the instrument's dates, one a line: "Adopted: 14/05/2026", "Public consultation: 20/10/2025 – …"
_DATE_LINE = re.compile(r"^[A-Z][^:]{1,60}:\s*\S.*\d")


def instrument_facts(root: etree._Element) -> etree._Element | None:
    """The table of an OECD legal instrument's facts, its number among them ("Instrument number | OECD/LEGAL/0512");
    None if the page has none."""
    for table in root.iter("table"):
        if any(label.lower() == "instrument number" and _NUMBER.match(value) for label, value in _rows(table)):
            return table
    return None


def parse_instrument(root: etree._Element, facts: etree._Element,
                     parse_rest: Callable[[etree._Element], Document]) -> Document:
    """A draft Document from an OECD legal instrument's page: its facts, Adherents and Dates read into the
    metadata and taken out of the page, whose rest parse_rest reads; the Council (or the OECD) the issuer."""
    doc_number = adopted = ""
    meta: dict[str, str] = {}
    for label, value in _rows(facts):
        label = label.lower()
        if label == "instrument number":
            doc_number = value
        elif label == "adopted on":
            adopted = _iso(value)
        elif label in _FACTS:
            meta[_FACTS[label]] = _iso(value) or value
    facts.drop_tree()
    meta.update(_adherents(root))
    meta.update(_dates(root))
    _letter_items(root)
    doc = parse_rest(root)
    doc.blocks = _operative_headings(doc.blocks)
    if kicker := meta.get("document_type"):  # "Recommendation" over the title: its type, no clause
        doc.blocks = [b for b in doc.blocks if b.text.strip() != kicker]
    doc.doc_number = doc.doc_number or doc_number
    doc.date_written = adopted or doc.date_written
    of_council = re.search(r"\bof\s+the\s+Council\b", doc.title)
    doc.issuer = COUNCIL if of_council else ORGANISATIONS["OECD"]
    kind = meta.get("document_type", "") or doc.title.split(" ")[0]
    doc.kind = _KINDS.get(kind.lower(), doc.kind)
    doc.meta.update(meta)
    return doc


def _rows(table: etree._Element) -> list[tuple[str, str]]:
    """Each row of two cells as (its label, its value)."""
    out = []
    for row in table.iter("tr"):
        cells = [collapse(c.text_content()) for c in row if c.tag in ("td", "th")]
        if len(cells) == 2:
            out.append((cells[0].rstrip(":").strip(), cells[1]))
    return out


def _iso(value: str) -> str:
    m = _DAY.match(value.strip())
    return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" if m else ""


def _adherents(root: etree._Element) -> dict[str, str]:
    """The Adherents table ("Adherent | Date of adherence" over a row a country) as `meta.adherents`, "Australia
    (2026-05-14); …", and the notes beside it (the European Union's part) as `meta.adherents_note`; the table and its
    section taken out of the page."""
    for table in root.iter("table"):
        rows = _rows(table)
        if not rows or not re.fullmatch(r"(?i)adherents?", rows[0][0]) or "date" not in rows[0][1].lower():
            continue
        listed = [f"{country} ({_iso(day)})" for country, day in rows[1:] if _iso(day)]
        out = {"adherents": "; ".join(listed)} if listed else {}
        section = table.getparent()
        heading = section.xpath("./*[self::h2 or self::h3][1]") if section is not None else []
        if heading and collapse(heading[0].text_content()) == "Adherents":
            notes = [collapse(p.text_content()) for p in section.iter("p") if collapse(p.text_content())]
            if notes:
                out["adherents_note"] = " ".join(notes)
            section.drop_tree()
        else:
            table.drop_tree()
        return out
    return {}


def _dates(root: etree._Element) -> dict[str, str]:
    """A heading "Dates" over a list of dated lines as `meta.dates` ("Adopted: 2026-05-14; …"), taken out."""
    for heading in root.xpath("//*[self::h2 or self::h3][normalize-space()='Dates']"):
        lst = heading.getnext()
        if lst is None or lst.tag not in ("ul", "ol"):
            continue
        items = [collapse(li.text_content()) for li in lst if li.tag == "li"]
        if not items or not all(_DATE_LINE.match(item) for item in items):
            continue
        days = [re.sub(r"\b\d{1,2}/\d{1,2}/\d{4}\b", lambda m: _iso(m.group()) or m.group(), i) for i in items]
        lst.drop_tree()
        heading.drop_tree()
        return {"dates": "; ".join(days)}
    return {}


def _letter_items(root: etree._Element) -> None:
    """Write its letter before each item of a list numbered in letters (<ol type="a">), as the instrument's text
    does and cites it ("paragraph VIII b)"): "(b) develop …", which the outline reads as item (b)."""
    for ol in root.iter("ol"):
        if ol.get("type") != "a" and "lower-alpha" not in (ol.get("style") or ""):
            continue
        items = [li for li in ol if li.tag == "li"]
        if len(items) > 26 or any(_LETTERED.match(li.text_content()) for li in items):
            continue
        for n, li in enumerate(items):
            li.text = f"({chr(97 + n)}) {li.text or ''}"


def _operative_headings(blocks: list[Block]) -> list[Block]:
    """An operative paragraph written as a heading with nothing under it ("VI. INVITES non-Adherents to …, this
    Recommendation.") heads its own text: apart, a heading with no body is no clause, and the provision was lost."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        out.append(block)
        if block.kind != "heading" or not _OPERATIVE.match(block.text.strip()):
            continue
        nxt = next((b for b in blocks[i + 1:] if b.text.strip()), None)
        if nxt is None or nxt.kind == "heading" and nxt.level <= block.level:
            out.append(Block(block.text, "para", 0))
    return out
