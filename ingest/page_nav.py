"""A government portal page's own navigation inside its content, taken out before it is read: its table of
contents ("On this page" over links to the page's own sections, #fragment hrefs), which goes to meta.contents, and
its "Related links" list of other pages; and the "Source: …" line that closes it, the bodies that wrote it. None
of them says what a policy provides: metadata or nothing, never clauses."""

from __future__ import annotations

import re

from lxml import etree

from ingest.margins import is_debris
from ingest.text import collapse
from ingest.types import CELL, Block, Document

# what a page calls its table of contents, over the list: "On this page", "Contents", "In this article", "Jump to"
_CONTENTS_LABEL = re.compile(r"^(?:On\s+this\s+page|In\s+this\s+(?:page|article|section|document|guide)|"
                             r"(?:Table\s+of\s+|Page\s+)?[Cc]ontents|Jump\s+to|Skip\s+to|本页目录|目录)\s*[:：]?$",
                             re.I)
# the text of such a list outside its links: an entry's number at most ("1.", "2.3")
_BETWEEN_LINKS = re.compile(r"^[\d.\s·•|–-]*$")
# a page's links past its header for keyboards and screen readers ("Skip to main content"): its chrome, left alone
_SKIP_LINK = re.compile(r"^\s*Skip\s+to\b", re.I)
# what a page calls its list of other pages, over it: "Related links", "Useful links", "See also"
_RELATED_LABEL = re.compile(r"^(?:Related\s+(?:links|pages|content|information|resources|topics)|Useful\s+links|"
                            r"Quick\s+links|See\s+also|More\s+information|Further\s+information)\s*:?$", re.I)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def take_page_contents(root: etree._Element) -> str:
    """The page's tables of contents, their entries a line each, each taken out of the tree with the label over
    it ("On this page"); "" if it has none. One is a list (<ul>, <ol>) of two or more links, each to an anchor
    the page has (#overview, where an element's id or name is overview), with no text of its own beside them."""
    anchors = {v for el in root.iter() if isinstance(el.tag, str) for v in (el.get("id"), el.get("name")) if v}
    entries: list[str] = []
    for ul in list(root.iter("ul", "ol")):
        if ul.getparent() is None or any(a.tag in ("ul", "ol") for a in ul.iterancestors()):
            continue  # gone with its outer list, or read with it
        links = [a for a in ul.iter("a") if collapse(a.text_content())]
        if len(links) < 2 or not _in_page_links(ul, anchors) or any(_SKIP_LINK.match(a.text_content())
                                                                     for a in links):
            continue
        for part in (*_entries_before(ul), ul):
            entries += [text for a in part.iter("a") if (text := collapse(a.text_content()))]
        _drop_with_label(ul, _CONTENTS_LABEL)
    return "\n".join(entries)


def _entries_before(ul: etree._Element) -> list[etree._Element]:
    """The lines right over a table of contents' list that are entries of it, each one link to a #fragment,
    whether the page has it or not ("<p><a href="#summary">Summary of Program Requirements</a></p>" over
    "I. Introduction"…), taken out of the tree; in their order."""
    found: list[etree._Element] = []
    prev = _label_before(ul)
    while prev is not None and prev.getparent() is ul.getparent() and prev.tag in ("p", "div", "li") \
            and _in_page_links(prev, None):
        found.insert(0, prev)
        prev = _label_before(prev)
    for el in found:
        el.drop_tree()
    return found


def _in_page_links(el: etree._Element, anchors: set[str] | None) -> bool:
    """Whether an element holds links to the page's own anchors and nothing else (an entry's number aside)."""
    links = [a for a in el.iter("a") if collapse(a.text_content())]
    return bool(links) and all(_in_page(a, anchors) for a in links) and _links_only(el)


def drop_related_links(root: etree._Element) -> None:
    """Take out a list of links to other pages under its label ("Related links"), the label with it: each item
    one link and nothing else."""
    for ul in list(root.iter("ul", "ol")):
        label = _label_before(ul)
        items = [li for li in ul if isinstance(li.tag, str)]
        if label is None or not _RELATED_LABEL.match(collapse(label.text_content())) or not items:
            continue
        if all(li.tag == "li" and len(li.findall(".//a")) == 1 and _links_only(li) for li in items):
            _drop_with_label(ul, _RELATED_LABEL)


def _in_page(a: etree._Element, anchors: set[str] | None) -> bool:
    """Whether a link goes to an anchor of the page (any #fragment where anchors is None)."""
    href = (a.get("href") or "").strip()
    return href.startswith("#") and len(href) > 1 and (anchors is None or href[1:] in anchors)


def _links_only(el: etree._Element) -> bool:
    """Whether an element's text is all its links' (an entry's number aside)."""
    text = collapse(el.text_content())
    for a in el.iter("a"):
        text = text.replace(collapse(a.text_content()), " ", 1)
    return bool(_BETWEEN_LINKS.match(text))


def _label_before(el: etree._Element) -> etree._Element | None:
    """The element right before el (no text between them), or, el first in its box, the one before the box."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None:
        return None if collapse(prev.tail or "") else prev
    parent = el.getparent()
    return _label_before(parent) if parent is not None and not collapse(parent.text or "") else None


def _drop_with_label(ul: etree._Element, label_re: re.Pattern[str]) -> None:
    """Drop a list, the label over it if it is one (a heading, "<p><strong>On this page</strong></p>"), and the
    box they leave empty."""
    label = _label_before(ul)
    if label is not None and label.tag in (*_HEADING_TAGS, "p", "div", "span", "strong", "b") \
            and label_re.match(collapse(label.text_content())):
        label.drop_tree()
    parent = ul.getparent()
    ul.drop_tree()
    while parent is not None and parent.tag not in ("body", "html", "main", "article") \
            and not collapse(parent.text_content()):
        grand = parent.getparent()
        parent.drop_tree()
        parent = grand


# the line that closes a portal page, naming the bodies that wrote it: "Source: Artificial Intelligence, Digital
# Economy and Remote Work Applications Office; UAE Cabinet." (each a name in capitals, "; " between them; no
# figure, which a table's or a chart's data source would give: "Source: World Bank, 2024")
_NAME = r"(?:the\s+)?[A-Z][\w&'’.()-]*(?:,?\s+(?:[A-Z][\w&'’.()-]*|of|for|and|on|the|in|&|–|-)){0,14}"
_SOURCE = re.compile(rf"^(?:Source|Content\s+source|Published\s+by)\s*:\s*"
                     rf"(?P<who>{_NAME}(?:\s*;\s*{_NAME}){{0,3}})\.?$")


def source_line(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks without the "Source: …" line that ends the page's text (the page's debris after it aside),
    its bodies the issuer where none is known (else meta["source"]); the blocks as they were if none ends it."""
    end = len(blocks)
    while end and blocks[end - 1].kind == "para" and is_debris(blocks[end - 1].text.strip()):
        end -= 1
    if not end or blocks[end - 1].kind != "para" or end > 1 and CELL in blocks[end - 2].text:
        return blocks  # a table's data source under its last row is no issuer
    m = _SOURCE.match(blocks[end - 1].text.strip())
    if not m:
        return blocks
    who = "; ".join(re.sub(r"^the\s+", "", part.strip()) for part in m.group("who").rstrip(".").split(";"))
    if doc.issuer:
        doc.meta.setdefault("source", who)
    else:
        doc.issuer = who
    return blocks[:end - 1] + blocks[end:]
