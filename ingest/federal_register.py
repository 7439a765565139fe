"""A Federal Register document's preamble and closing lines read into its metadata, and kept out of its clauses:
the running head (the issue and the day it was published), the agency lines, the CFR part, "[Docket No. …]",
"RIN …", the rule's own title over AGENCY (its issuer) and ACTION (what it is), and at its end the signature,
"[FR Doc. … Filed …]" and "BILLING CODE …"."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import Block, Document

# "Federal Register / Vol. 90, No. 53 / Thursday, March 20, 2025 / Rules and Regulations": the page's running
# head, which a copied text opens with (and a plain-text reader takes for its title)
_HEAD = re.compile(r"^Federal Register\s*/\s*Vol\.\s*\d+,\s*No\.\s*\d+\s*/\s*(?P<date>[A-Z][a-z]+day,\s*"
                   r"[A-Z][a-z]+\s+\d{1,2},\s*\d{4})\s*/\s*(?:Rules and Regulations|Proposed Rules|Notices"
                   r"|Presidential Documents)$")
_FIELD = re.compile(r"^(?P<label>AGENCY|AGENCIES|ACTION)\s*:\s*(?P<value>\S.*?)\.?$")
_DOCKET = re.compile(r"^\[(?:Docket|FRL|Release|File)\b[^\]]{1,80}\]$")
_RIN = re.compile(r"^RINs?\s+\d{4}-[A-Z]{2}\d{2}(?:(?:,|\s+and)?\s+\d{4}-[A-Z]{2}\d{2})*$")
_CFR = re.compile(r"^\d{1,2}\s+CFR\s+Parts?\s+\d[\d, and]*$")
# the captions that open the preamble's body: the title and its header stand before them
_BODY = re.compile(r"^(?:SUMMARY|DATES?|ADDRESSES|FOR FURTHER INFORMATION CONTACT|SUPPLEMENTARY INFORMATION)\s*:")
_PREAMBLE = 20  # the most lines a preamble's header runs to
# the kind an ACTION line says: a rule is a regulation, a notice a notice
_ACTIONS = {"final rule": "regulation", "interim final rule": "regulation", "direct final rule": "regulation",
            "final rule; correction": "regulation", "notice": "notice"}
# at the end: "[FR Doc. 2025-04411 Filed 3-19-25; 8:45 am]", "BILLING CODE 3510-33-P", over them the signer
# ("Thea D. Rozman Kendler," then "Assistant Secretary for Export Administration.") and "Dated: March 14, 2025."
_FILED = re.compile(r"\s*(?P<filed>\[FR Doc\.\s*[\d-]+\s+Filed\b[^\]]*\])\s*(?P<billing>BILLING CODE\s+[\dA-Z-]+)?$")
_BILLING = re.compile(r"^BILLING CODE\s+[\dA-Z-]+$")
_SIGNER = re.compile(r"^[A-Z][A-Za-z.' -]{3,60},$")
_SIGNER_TITLE = re.compile(r"^[A-Z][A-Za-z,.'& -]{3,120}\.$")
_DATED = re.compile(r"^Dated:\s*(?P<date>[A-Z][a-z]+\s+\d{1,2},\s*\d{4})\.?$")


def federal_register(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a Federal Register document's preamble and closing lines into doc (the day of its issue, its
    title, issuer, kind, docket, RIN and CFR part; its signature and filing line) and return the rest;
    any other text as it is."""
    head = _HEAD.match(doc.title)
    if not head and blocks and blocks[0].kind == "para" and (head := _HEAD.match(blocks[0].text)):
        blocks = blocks[1:]
    if head:
        doc.meta.setdefault("running_head", head.group())
        doc.date_published = doc.date_published or iso_date(head.group("date"))
        blocks = _preamble(doc, blocks)
    return _closing(doc, blocks)


def _preamble(doc: Document, blocks: list[Block]) -> list[Block]:
    """The header lines over SUMMARY: read, and dropped; the title is the line over AGENCY and ACTION. A
    header with a line that is none of these, after AGENCY, is left as it is."""
    end = next((i for i, b in enumerate(blocks[:_PREAMBLE]) if _BODY.match(b.text)), None)
    if end is None:
        return blocks
    fields: dict[str, str] = {}
    plain: list[str] = []  # the lines that are no field: the agency's name over the title, and the title
    for block in blocks[:end]:
        text = block.text.strip()
        if m := _FIELD.match(text):
            fields.setdefault("ACTION" if m.group("label") == "ACTION" else "AGENCY", m.group("value"))
        elif _DOCKET.match(text) or _RIN.match(text) or _CFR.match(text):
            fields.setdefault("docket" if text.startswith("[") else "rin" if text.startswith("RIN") else "cfr",
                              text.strip("[]"))
        elif fields.keys() & {"AGENCY", "ACTION"}:
            return blocks  # a line after AGENCY that is none of these: not a header read rightly
        else:
            plain.append(text)
    if not plain or plain[-1].endswith(".") or "ACTION" not in fields:
        return blocks
    if _HEAD.match(doc.title) or not doc.title:
        doc.title = plain[-1]
    # "Bureau of Industry and Security, Commerce": the agency, then its department's short name
    doc.issuer = doc.issuer or re.sub(r",\s*(?:[A-Z][a-z]+|[A-Z]{2,6})$", "", fields.get("AGENCY", ""))
    fields = {("agency" if k == "AGENCY" else k): v for k, v in fields.items()}
    action = fields.pop("ACTION")
    doc.kind = doc.kind or _ACTIONS.get(action.lower(), "")
    for key, value in [("action", action), *fields.items()]:
        doc.meta.setdefault(key, value)
    if plain[:-1]:
        doc.meta.setdefault("agency_lines", "; ".join(plain[:-1]))
    return blocks[end:]


def _closing(doc: Document, blocks: list[Block]) -> list[Block]:
    """"[FR Doc. … Filed …]" and "BILLING CODE …" at the end, and the signature over them, into meta."""
    if len(blocks) > 1 and blocks[-1].kind == "para" and _BILLING.match(blocks[-1].text):
        doc.meta.setdefault("billing_code", blocks[-1].text)
        blocks = blocks[:-1]
    last = blocks[-1] if len(blocks) > 1 else None
    filed = _FILED.search(last.text) if last is not None and last.kind == "para" else None
    if filed is None:
        return blocks
    doc.meta.setdefault("fr_doc", filed.group("filed").strip("[]"))
    if filed.group("billing"):
        doc.meta.setdefault("billing_code", filed.group("billing"))
    rest = last.text[:filed.start()].strip()
    blocks = blocks[:-1] + ([Block(rest)] if rest else [])
    signed: list[str] = []
    if (len(blocks) > 2 and _SIGNER_TITLE.match(blocks[-1].text) and _SIGNER.match(blocks[-2].text)):
        signed = [blocks[-2].text, blocks[-1].text]
        blocks = blocks[:-2]
    if signed and len(blocks) > 1 and (dated := _DATED.match(blocks[-1].text)):
        signed.insert(0, blocks.pop().text)
        doc.date_written = doc.date_written or iso_date(dated.group("date"))
    if signed:
        doc.meta.setdefault("signed", " ".join(signed))
    return blocks
