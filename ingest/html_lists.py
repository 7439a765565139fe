"""Lists whose words the page's text does not join: the number a browser shows before an ordered list's item (an
<ol>'s items are 1, 2, 3, from its start or an item's value, and a cabinet paper's recommendations are cited by
them), and a definition list's term over its meaning."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

# an item that writes its own marker ("1. …", "(a) …", "一、…", "• …"): no number is added before it
_WRITTEN = re.compile(r"^\s*(?:[(（]?[0-9A-Za-z]{1,4}[.)）．、]\s|[(（][^)）]{1,6}[)）]|[一二三四五六七八九十]+、"
                      r"|第\S{1,4}[条章节款项]|[•·▪●*–—-]\s)")
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)
_DEFINED_TERM = re.compile(r"[^:：。.;；]{1,80}")  # a term a definition list defines: short, no sentence


def list_number(li: etree._Element) -> str:
    """"3." for the third item of a plain ordered list, "" for any other item: one of a list nested in another
    (its numbers would read as the outer list's), of a list whose numbers are letters, numerals, reversed or hidden,
    or one that writes its own marker."""
    ol = li.getparent()
    if ol is None or ol.tag != "ol" or (ol.get("type") or "1") != "1" or ol.get("reversed") is not None:
        return ""
    if _NO_MARKER.search(f"{ol.get('style') or ''} {li.get('style') or ''}") or \
            any(a.tag in ("li", "ol", "ul") for a in ol.iterancestors()):
        return ""
    if _WRITTEN.match(li.text_content()):
        return ""
    number = _int(ol.get("start"), 1)
    for item in ol:
        if item.tag != "li":
            continue
        number = _int(item.get("value"), number)
        if item is li:
            return f"{number}."
        number += 1
    return ""


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default


def definitions(dl: etree._Element, skipped: Callable[[etree._Element], bool],
                text_of: Callable[[etree._Element], str]) -> list[str] | None:
    """A list of definitions as one text a term with its meaning ("GPU-equivalent: The processing capacity of one
    …"): apart, the term would stand as a clause or a heading of its own. None for a page's facts (GOV.UK's
    "From:" over "Department for …", "Published" over its day), which are read as they stand."""
    pairs: list[tuple[str, list[str]]] = []
    for child in dl:
        if not isinstance(child.tag, str) or skipped(child):
            continue
        text = text_of(child)
        if child.tag == "dt" and text:
            pairs.append((text, []))
        elif child.tag == "dd" and text and pairs:
            pairs[-1][1].append(text)
        elif text:
            return None
    if not pairs or any(not _DEFINED_TERM.fullmatch(term) or not meaning or len(" ".join(meaning).split()) < 6
                        for term, meaning in pairs):
        return None
    return [f"{term}: {' '.join(meaning)}" for term, meaning in pairs]
