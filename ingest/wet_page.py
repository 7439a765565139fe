"""What a Canada.ca page (the Web Experience Toolkit's template, budget.canada.ca's too) says of itself outside its
text: its "Date modified" at the foot of its main content, and that it is a chapter of a government's Budget."""

from __future__ import annotations

import re

from lxml import etree

from ingest.metadata import iso_date
from ingest.text import collapse

# the page's own line of when it changed: <section id="wb-dtmd"><dl><dt>Date modified:</dt><dd><time
# property="dateModified">2026-04-16</time></dd></dl></section>, in French "Date de modification :"
_MODIFIED_LABEL = re.compile(r"^(?:Date modified|Date de modification)\s*:?$", re.I)
# a Budget's own site, named after the page's title: "Chapter 3: … | Budget 2026", "… | Budget 2025–26"
_BUDGET_SITE = re.compile(r"\s[|–—-]\s+Budget\s+(?:19|20)\d{2}(?:[–/-]\d{2,4})?$")


def date_modified(root: etree._Element) -> str:
    """The ISO day a Canada.ca page says it was modified ("" if none), its line taken out of the page: it is no
    text of the document, and left in it went on the last paragraph's clause."""
    for dl in root.iter("dl"):
        terms = [collapse(dt.text_content()) for dt in dl.iter("dt")]
        values = [collapse(dd.text_content()) for dd in dl.iter("dd")]
        if len(terms) != 1 or len(values) != 1 or not _MODIFIED_LABEL.match(terms[0]):
            continue
        day = iso_date(values[0])
        if not day:
            continue
        holder = dl.getparent()
        gone = holder if holder is not None and holder.get("id") == "wb-dtmd" else dl
        gone.drop_tree()
        return day
    return ""


def budget_page(root: etree._Element) -> bool:
    """Whether the page is one of a government's Budget, its site named so after its title ("… | Budget 2026"):
    the government's own proposals, kind `notice` as its other plans are."""
    return bool(_BUDGET_SITE.search(collapse(root.findtext(".//title") or "")))
