"""A US state governor's executive order: the state and office lines, its number and its title over the
recitals, and the "Given under my hand …" attestation with its signatures under the orders, read into its
metadata and kept out of its clauses."""

from __future__ import annotations

import re

from ingest.metadata import MONTHS, iso_date, smart_title
from ingest.numerals import EN_NUMBER, en_number
from ingest.types import Block, Document

# the lines over the number, in every state's layout: "COMMONWEALTH OF VIRGINIA", "STATE OF NEW YORK" and
# "OFFICE OF THE GOVERNOR", "EXECUTIVE DEPARTMENT", "EXECUTIVE CHAMBER"
_STATE = re.compile(r"^(?:THE\s+)?(?P<state>(?:COMMONWEALTH|STATE)\s+OF\s+[A-Z]+(?:\s+[A-Z]+){0,2})$", re.I)
_OFFICE = re.compile(r"^(?:OFFICE\s+OF\s+THE\s+GOVERNOR|EXECUTIVE\s+(?:DEPARTMENT|CHAMBER)|GOVERNOR)$", re.I)
# its number: "EXECUTIVE ORDER NUMBER FIFTY-ONE (2025)", "EXECUTIVE ORDER NO. 51", "Executive Order 2025-07"
_NUMBER = re.compile(r"^EXECUTIVE\s+ORDER\s+(?:(?:NUMBER|NO\.?|#)\s*)?(?P<n>[A-Z0-9][\w-]*(?:\s+[A-Z][\w-]*)?)"
                     r"(?:\s*\((?P<year>\d{4})\))?$", re.I)
# its title under the number: a line of its own, not a sentence and not yet a recital
_TITLE = re.compile(r"^(?!WHEREAS\b)[A-Z][^.;:]{8,250}$")
# the attestation that closes it: "Given under my hand and under the Seal of the Commonwealth of Virginia, this
# 15th day of September, 2025."; "IN WITNESS WHEREOF, I have hereunto set my hand … this 3rd day of June, 2025."
_ATTESTED = re.compile(r"^(?:Given\s+under\s+my\s+hand|IN\s+WITNESS\s+WHEREOF)\b", re.I)
_DAY_OF = re.compile(rf"\bthis\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>{MONTHS}),?\s+"
                     rf"(?:in\s+the\s+year\s+)?(?P<year>\d{{4}})\b", re.I)
# the enacting formula set on two paragraphs: "NOW, THEREFORE, I, …, do hereby issue the following Order to become
# effective immediately." over "IT IS HEREBY ORDERED THAT:", one formula, as a President's "By the authority vested in
# me …, it is hereby ordered as follows:" is
_NOW_THEREFORE = re.compile(r"^NOW,? THEREFORE\b")
_HEREBY_ORDERED = re.compile(r"^IT IS HEREBY ORDERED(?: THAT)?\s*:?$", re.I)
_SIGNATURE_LINES = 6  # the signer, "Attest:", the secretary and their offices: never a paragraph of orders


def governor_order(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a governor's executive order's header (state, office, number, title) and closing attestation into
    doc and drop them from the blocks; other documents pass through unchanged, but for an attestation."""
    return _attestation(doc, _header(doc, blocks))


def _header(doc: Document, blocks: list[Block]) -> list[Block]:
    """The plain text's first line is its title: the state's name over the office, the number and the order's
    own title. Read each and drop them; nothing is read unless the state's line and the number are both there."""
    lines = [doc.title] + [b.text for b in blocks[:4]]  # lines[i] is blocks[i - 1]
    state = next((m.group("state") for m in map(_STATE.match, lines[:2]) if m), "")
    at = next((i for i, line in enumerate(lines[:4]) if _NUMBER.match(line)), None)
    if not state or at is None:
        return blocks
    number = _NUMBER.match(lines[at])
    doc.doc_number = doc.doc_number or smart_title(lines[at])
    digits = _digits(number.group("n"))
    if digits:  # the number as it is cited in figures: "Executive Order 51 (2025)"
        year = f" ({number.group('year')})" if number.group("year") else ""
        doc.meta.setdefault("order_number", f"Executive Order {digits}{year}")
    doc.issuer = doc.issuer or f"Governor of the {smart_title(state)}"
    doc.meta.setdefault("header", "; ".join(line for line in lines[:at] if line))
    doc.kind = doc.kind or "regulation"  # an executive order, as a President's is
    drop = at  # the blocks before the number's, and its own (lines[0] is the title, not a block)
    if at + 1 < len(lines) and _TITLE.match(lines[at + 1]):
        doc.title = smart_title(lines[at + 1])
        drop += 1
    elif doc.title == lines[0] and at:
        doc.title = smart_title(lines[at])
    return _enacting_formula(blocks[drop:])


def _enacting_formula(blocks: list[Block]) -> list[Block]:
    """blocks with "IT IS HEREBY ORDERED THAT:" on its own joined to the "NOW, THEREFORE, I, …" paragraph over it."""
    for k in range(1, len(blocks)):
        if _HEREBY_ORDERED.match(blocks[k].text.strip()) and _NOW_THEREFORE.match(blocks[k - 1].text):
            joined = Block(f"{blocks[k - 1].text} {blocks[k].text.strip()}", blocks[k - 1].kind, blocks[k - 1].level)
            return [*blocks[:k - 1], joined, *blocks[k + 1:]]
    return blocks


def _digits(n: str) -> str:
    """An order's number in figures: "FIFTY-ONE" -> "51", "51" -> "51", "2025-07" -> "2025-07"; "" if unread."""
    if re.fullmatch(r"\d[\d-]*", n):
        return n
    words = n.lower()
    return str(en_number(words)) if re.fullmatch(EN_NUMBER, words) else ""


def _attestation(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the closing attestation ("Given under my hand … this 15th day of September, 2025.") and the
    signatures under it ("Glenn Youngkin, Governor", "Attest:", the secretary) into meta["signed"]; its day is
    the day written."""
    start = next((i for i in range(len(blocks) - 1, max(len(blocks) - _SIGNATURE_LINES - 2, 0), -1)
                  if blocks[i].kind == "para" and _ATTESTED.match(blocks[i].text)), None)
    if not start or any(len(b.text) > 100 for b in blocks[start + 1:]):
        return blocks
    signed = [b.text for b in blocks[start:]]
    doc.meta["signed"] = " ".join(signed)
    if m := _DAY_OF.search(signed[0]):
        doc.date_written = doc.date_written or iso_date(f"{m.group('day')} {m.group('month')} {m.group('year')}")
    return blocks[:start]
