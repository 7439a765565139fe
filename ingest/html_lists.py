"""The number a browser shows before an ordered list's item, which the page's text does not write: an <ol>'s
items are 1, 2, 3 (from its start, or an item's value), and a cabinet paper's recommendations are cited by them."""

from __future__ import annotations

import re

from lxml import etree

# an item that writes its own marker ("1. …", "(a) …", "一、…", "• …"): no number is added before it
_WRITTEN = re.compile(r"^\s*(?:[(（]?[0-9A-Za-z]{1,4}[.)）．、]\s|[(（][^)）]{1,6}[)）]|[一二三四五六七八九十]+、"
                      r"|第\S{1,4}[条章节款项]|[•·▪●*–—-]\s)")
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)


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
