"""A release of India's Press Information Bureau (pib.gov.in): the ministry's line over its headline (the issuer,
named as the Government of India's), the sub-headlines under it (`meta.highlights`), a Cabinet release's numbered
decisions and PIB's run-in labels ("Details:", "Background:") as the headings of what follows them, and the
initials that sign it off ("MJPS/SKS", `meta.signed_off`)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from ingest.html_blocks import Walker
from ingest.types import Block, Document

_HOST = re.compile(r"(?:^|\.)pib\.(?:gov|nic)\.in$")
_POSTED_BY_PIB = re.compile(r"^Posted\s+On\s*:.{0,60}\bby\s+PIB\b", re.I)
# the ministry's line: a name, no sentence ("Cabinet", "Ministry of Electronics & IT", "Prime Minister's Office")
_MINISTRY = re.compile(r"^[A-Z][\w&,'’()-]*(?:\s+[\w&,'’()-]+){0,11}$")
_BODY = re.compile(r"\b(?:Cabinet|Ministry|Office|Department|Secretariat|Commission|Council|Committee|Authority|Aayog"
                   r"|Bureau|PIB)\b")
_INDIA = re.compile(r"\b(?:India|Bharat)\b")
# a decision's title, in bold alone in its paragraph: "1. IndiaAI Compute Capacity Phase-II"
_DECISION = re.compile(r"^\d{1,2}\s*[.)]\s+[A-Z][^:]{2,250}$")
# a run-in label, in bold alone in its paragraph: "Details:", "Major impact, including employment generation
# potential:"
_LABEL = re.compile(r"^[A-Z][^.:;!?]{1,80}:$")
# the officials' initials that sign a release off, after its "*****": "MJPS/SKS", "DK/DK/Admin"
_INITIALS = re.compile(r"^[A-Z]{1,6}(?:\s*/\s*[A-Z][A-Za-z]{0,5}){1,4}$")
# the page's lines after the text, which page debris drops later
_FOOT = re.compile(r"^(?:\(Release ID|Visitor Counter|Read this release in|\*+$)", re.I)


def pib_release(root: etree._Element, doc: Document, url: str) -> None:
    """Read a PIB release's parts (above) into doc; a page of any other site is left as it is."""
    if not _is_pib(url, doc.blocks):
        return
    at = next((i for i, b in enumerate(doc.blocks) if b.kind == "heading" and b.text == doc.title), None)
    if at is not None:
        at = _sub_headlines(doc, at)
        at = _ministry(doc, at)
    bold = _bold_texts(root)
    numbered = any(b.kind == "para" and b.text in bold and _DECISION.match(b.text) for b in doc.blocks)
    for block in doc.blocks:
        if block.kind != "para" or block.text not in bold:
            continue
        if _DECISION.match(block.text) and not block.text.endswith("."):
            block.kind, block.level = "heading", 3
        elif _LABEL.match(block.text):  # it heads what follows it, under the decision it sits in
            block.kind, block.level, block.text = "heading", 4 if numbered else 3, block.text[:-1].rstrip()
    _sign_off(doc)


def _is_pib(url: str, blocks: list[Block]) -> bool:
    """A page of pib.gov.in, by its address or its "Posted On: … by PIB Delhi" line."""
    return bool(_HOST.search(urlsplit(url).hostname or "")) or any(
        b.kind == "para" and _POSTED_BY_PIB.match(b.text) for b in blocks[:12])


def _sub_headlines(doc: Document, at: int) -> int:
    """The headings under the headline, before its text, go to meta["highlights"]: they sum the release up,
    and as headings they headed all of it. Returns the headline's index."""
    end = at + 1
    while end < len(doc.blocks) and doc.blocks[end].kind == "heading" and \
            doc.blocks[end].level > doc.blocks[at].level:
        end += 1
    if end > at + 1:
        doc.meta.setdefault("highlights", "; ".join(b.text for b in doc.blocks[at + 1:end]))
        del doc.blocks[at + 1:end]
    return at


def _ministry(doc: Document, at: int) -> int:
    """The line over the headline names the ministry that issued the release ("Cabinet", "Ministry of
    Electronics & IT"): the issuer, as the Government of India's. Returns the headline's index."""
    if at == 0 or doc.issuer:
        return at
    line = doc.blocks[at - 1].text.strip()
    if not _MINISTRY.match(line) or not _BODY.search(line):
        return at
    doc.issuer = issuer_of(line)
    del doc.blocks[at - 1]
    return at - 1


def issuer_of(ministry: str) -> str:
    """The ministry's line as an issuer that names the country: "Cabinet" -> "Union Cabinet, Government of
    India" (the Union's, not a State's), "Ministry of Electronics & IT" -> "Ministry of Electronics & IT,
    Government of India"."""
    name = "Union Cabinet" if ministry == "Cabinet" else ministry
    return name if _INDIA.search(name) else f"{name}, Government of India"


def _bold_texts(root: etree._Element) -> set[str]:
    """The texts of the page's blocks written wholly in bold."""
    body = root.find("body")
    walker = Walker()
    blocks = walker.run(body if body is not None else root)
    return {blocks[i].text for i in walker.bold}


def _sign_off(doc: Document) -> None:
    """The initials on a line of their own after the text, before the page's foot, sign it off."""
    blocks = doc.blocks
    end = len(blocks)
    while end > 0 and _FOOT.match(blocks[end - 1].text):
        end -= 1
    if end > 1 and blocks[end - 1].kind == "para" and _INITIALS.match(blocks[end - 1].text.strip()):
        doc.meta.setdefault("signed_off", blocks.pop(end - 1).text.strip())
