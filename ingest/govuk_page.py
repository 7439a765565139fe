"""A GOV.UK HTML publication's own facts: the header its template prints over the title (what it is, "Policy
paper", and "Published 11 June 2026"), read before the page's header goes with its debris; and the Crown copyright
front matter that opens a UK government publication ("© Crown copyright 2026", its Open Government Licence, where it
is available, its ISBN), read into the document's metadata and kept out of its clauses."""

from __future__ import annotations

import re

from lxml import etree

from ingest.page_facts import header_line
from ingest.text import collapse
from ingest.types import Block, Document

# the header lines of GOV.UK's "html-publication" template: <p class="publication-header__document-type">Policy
# paper</p>, <p class="publication-header__last-changed">Published 11 June 2026</p> (also "Updated …"), and the
# type as the title's context, <span class="gem-c-title__context">Guidance</span>
_HEADER_CLASSES = ("publication-header__document-type", "publication-header__last-changed", "gem-c-title__context")


def govuk_header(root: etree._Element) -> list[str]:
    """The lines of a GOV.UK page's publication header, in page order; [] on any other page."""
    if not _on_govuk(root):
        return []
    tests = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in _HEADER_CLASSES)
    return [line for el in root.xpath(f"//body//*[{tests}]") if (line := collapse(el.text_content()))]


def read_govuk_header(doc: Document, lines: list[str]) -> None:
    """Read those lines as GOV.UK's header lines are read where they stand in the text (ingest.page_facts)."""
    for line in lines:
        header_line(doc, line)


def _on_govuk(root: etree._Element) -> bool:
    """Whether the page is GOV.UK's: its own meta tags say so (govuk:format, og:site_name GOV.UK)."""
    return bool(root.xpath("//meta[starts-with(@name, 'govuk:')]"
                           " | //meta[@property='og:site_name' and normalize-space(@content)='GOV.UK']"))


# the Crown copyright front matter, its first line "© Crown copyright 2026", then (in any order) the Open Government
# Licence ("This publication is licensed under the terms of the Open Government Licence v3.0 …", "Where we have
# identified any third party copyright information …"), where it is available and whom to ask ("This publication is
# available at …", "Any enquiries regarding this publication should be sent to us at …"), its ISBN with the
# printer's codes after it ("ISBN 978-1-917638-42-0 E03311458 06/26") and the printer's lines
_CROWN_LINE = re.compile(r"^©\s*Crown\s+copyright(?:\s+(?:19|20)\d{2})?\.?$")
_FRONT_LINES = (
    ("licence", re.compile(r"^(?:This (?:publication|document) is licensed under the terms of the Open Government "
                           r"Licence\b|Where we have identified any third[- ]party copyright information\b)")),
    ("available", re.compile(r"^(?:This (?:publication|document) is (?:also )?available (?:at|from|on)\b"
                             r"|Any enquiries regarding this (?:publication|document) should be sent to\b)")),
    ("printed", re.compile(r"^(?:Printed (?:on paper|in the UK)\b|E\d{8}\s+\d{2}/\d{2}$)")),
)
_ISBN = re.compile(r"^ISBN\s*:?\s*(?P<isbn>97[89][\d\- ]{10,16}\d)\s*(?P<codes>.{0,60})$")


def crown_front_matter(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the Crown copyright front matter that opens them (within the first three blocks), read into
    `meta.copyright`, `meta.licence`, `meta.available`, `meta.isbn` and `meta.printed`; blocks as they are where
    none opens them."""
    start = next((i for i, b in enumerate(blocks[:3]) if b.kind == "para" and _CROWN_LINE.match(b.text.strip())),
                 None)
    if start is None:
        return blocks
    doc.meta.setdefault("copyright", blocks[start].text.strip())
    end = start + 1
    while end < len(blocks) and blocks[end].kind == "para" and _front_line(doc, blocks[end].text.strip()):
        end += 1
    return blocks[:start] + blocks[end:]


def _front_line(doc: Document, text: str) -> bool:
    """Read one line of that front matter into doc; False when it is none."""
    if m := _ISBN.match(text):
        doc.meta.setdefault("isbn", re.sub(r"\s+", "", m.group("isbn")))
        if codes := m.group("codes").strip():
            _add(doc, "printed", codes)
        return True
    key = next((key for key, pattern in _FRONT_LINES if pattern.match(text)), None)
    if key is None:
        return False
    _add(doc, key, text)
    return True


def _add(doc: Document, key: str, text: str) -> None:
    doc.meta[key] = " ".join(filter(None, [doc.meta.get(key, ""), text]))
