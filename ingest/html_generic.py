"""Reads a page no template knows: its main content (the largest text-dense container), its title and date."""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

from ingest.headline import headline
from ingest.html import page_meta, page_title
from ingest.html_blocks import SKIP_TAGS, Walker
from ingest.html_gov import facts_beside
from ingest.infographic import read_layout
from ingest.kinds import guess_kind
from ingest.metadata import iso_date
from ingest.text import collapse
from ingest.types import Document
from ingest.un_resolution import is_un_header

# For pages without a known template: containers that are never the main content.
_NOT_CONTENT = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|header|footer|foot|sidebar|side|aside|banner|related|comment|login|search"
    r"|copyright|links?|friend-?links?|advert|ad|top|bottom)([\s_-]|$)",
    re.I,
)
_NOT_CONTENT_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}
_ARTICLE_HEADER = re.compile(r"(?:^|\s)(?:article|content|post|entry)[-_]header(?:\s|$)", re.I)
# a line of a page's header that says who issued it and when (GOV.UK's "publication-header"; a news page's
# time stamp, <div class="header-time">2026-01-09 19:42:15</div>, with its 来源 or not): kept for
# ingest.margins to read, not dropped with the header it sits in
_HEADER_FACT = re.compile(r"^(?:From:\s|(?:Published|Last updated|Updated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$"
                          r"|\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?"
                          r"(?:\s+(?:来源|來源)\s*[:：]\s*\S{2,30})?$)")
# …and a European Parliament document's header, "European Parliament 2024-2029 Plenary sitting A10-0187/2025
# 24.11.2025": its session number and date (ingest.ep_report reads them)
_SESSION_HEADER = re.compile(r"^.{0,120}\b[AB]\d{1,2}-\d{4}/\d{4}\b.{0,40}$")


def parse_generic(root: etree._Element) -> Document:
    meta = page_meta(root)
    title = page_title(root, meta)
    body = root.find("body")
    if body is None:
        return Document(doc_id="", title=title, lang="", blocks=[], fmt="html")
    total = len(body.text_content())
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el is body or el.getparent() is None:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        by_name = _NOT_CONTENT.search(names) or el.get("role") in (
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
        )
        # A name is only a hint: a "top" or "side" wrapper that holds most of the page's text stays, and so does an
        # article's own header, its headline and release line (<div class="article-header">)
        by_name = by_name and not _ARTICLE_HEADER.search(names)
        if (
            el.tag in _NOT_CONTENT_TAGS
            or el.tag in SKIP_TAGS
            or (by_name and len(el.text_content()) < total * 0.5
                and not _HEADER_FACT.match(collapse(el.text_content()))
                and not _SESSION_HEADER.match(collapse(" ".join(el.itertext())))
                and not is_un_header(collapse(" ".join(el.itertext()))))  # a UN document's symbol and Distr.
        ):
            el.drop_tree()
    container = _main_content(body)
    if _only_links(container):
        raise LinksOnly(title)
    published = ""
    # Dublin Core's issued date (canada.ca, many governments' pages) among the usual ones
    for key in ("pubdate", "article:published_time", "date", "dc.date", "publishdate", "dcterms.issued",
                "dc.date.issued", "dcterms.date", "citation_publication_date"):
        if meta.get(key):
            published = iso_date(meta[key])
            break
    blocks = facts_beside(body, container) + read_layout(Walker().run(container))
    # a section's label ("Press Releases") gives way to the page's headline, and hints at what kind it is
    own = headline(title, blocks)
    return Document(
        doc_id="",
        title=own,
        lang="",
        blocks=blocks,
        date_published=published,
        kind=guess_kind(own, f"{meta.get('columntype', '')} {title if own != title else ''}"),
        fmt="html",
    )


class LinksOnly(ValueError):
    """The page's text is the titles of other pages: a list or navigation page, not a document."""


def _only_links(container: etree._Element) -> bool:
    """Whether the container holds links (two or more) and no block of its text outside them is a sentence
    long (25 characters)."""
    if sum(1 for a in container.iter("a") if a.text_content().strip()) < 2:
        return False
    copy = deepcopy(container)
    for a in list(copy.iter("a")):
        for child in list(a):
            a.remove(child)
        a.text = None
    return not any(len("".join(b.text.split())) >= 25 for b in Walker().run(copy))


def _main_content(body: etree._Element) -> etree._Element:
    """<article>/<main> when it holds text, else the container its paragraphs pile up in (readability)."""
    for xp in ("//article", "//main", "//*[@role='main']"):
        found = [el for el in body.xpath(xp) if len(el.text_content().strip()) >= 200]
        if found:
            return max(found, key=lambda el: len(el.text_content()))
    scores: dict[etree._Element, float] = {}
    for el in body.iter("p", "td", "pre", "li", "div"):
        own = collapse("".join(el.xpath("./text()|./*[not(self::div) and not(self::table)]//text()")))
        if len(own) < 20:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        weight = len(own) * max(0.0, 1 - links / max(len(own), 1))
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + weight
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + weight / 2
    return max(scores, key=scores.__getitem__) if scores else body
