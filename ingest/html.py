"""Parses HTML into a draft Document: known templates (gkmlpt, gz.gov.cn, EUR-Lex acts and Commission documents),
else the main content (ingest.html_generic); and the page's own title, metadata and links, which they share."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from ingest.errors import ParseError
from ingest.govuk_page import govuk_header, read_govuk_header
from ingest.html_blocks import inline_text
from ingest.html_notes import take_footnotes
from ingest.page_credits import page_credits, related_links
from ingest.page_nav import drop_related_links, source_line, take_page_contents
from ingest.pib_release import pib_release
from ingest.program_solicitation import program_solicitation
from ingest.site_owner import SITE_OWNER, site_owner
from ingest.text import collapse
from ingest.types import Document
from ingest.wet_page import budget_page, date_modified


def parse_html(text: str, source: str) -> Document:
    """A draft Document from an HTML page: its title, metadata and body blocks in reading order."""
    # The templates build on the page helpers defined here (page_meta, page_title), hence the imports at call time.
    from ingest.html_council import council_header, parse_council_document
    from ingest.html_eurlex import is_commission_document, parse_commission_document, parse_eurlex
    from ingest.html_generic import LinksOnly, parse_generic
    from ingest.html_gov import parse_gkmlpt, parse_gov_page
    from ingest.oecd_instrument import instrument_facts, parse_instrument
    from ingest.wechat import parse_wechat, wechat_content

    if re.search(r"\bDETAIL\s*:\s*\{", text) and "gkml" in text:
        return parse_gkmlpt(text, source)
    root = _root(text, source)
    notes = take_footnotes(root)  # the notes its markers link to: metadata, not its last section's clauses
    contents = take_page_contents(root)  # "On this page" over links to its own sections: navigation
    drop_related_links(root)
    owner = site_owner(root, canonical_url(root) or source)  # read before the header goes with the page's debris
    modified = date_modified(root)  # Canada.ca's "Date modified: 2026-04-16" at its foot: no text of it
    header = govuk_header(root)  # a GOV.UK publication's "Policy paper", "Published …": in the header it drops
    related = related_links(root, canonical_url(root) or source)  # "相关链接：<a>…</a>" in a box of its own
    try:
        if root.find_class("eli-container"):
            doc = parse_eurlex(root)
        elif is_commission_document(root):  # a COM document: its cover page, title and numbered headings
            doc = parse_commission_document(root)
        elif (fields := council_header(root)) is not None:  # a Council register document: its header table
            doc = parse_council_document(root, fields, parse_generic)
        elif (facts := instrument_facts(root)) is not None:  # an OECD legal instrument: its facts table
            doc = parse_instrument(root, facts, parse_generic)
        elif (content := wechat_content(root)) is not None:  # a WeChat post: its text in #js_content, served hidden
            doc = parse_wechat(root, content)
        else:
            doc = parse_gov_page(root) or parse_generic(root)
    except LinksOnly as e:
        raise ParseError(source, f"a page of links ({str(e) or 'a list or navigation page'}), not a document: "
                                 "ingest the pages it links to") from None
    read_govuk_header(doc, header)
    pib_release(root, doc, canonical_url(root) or source)  # India's PIB: its ministry's line, decisions, labels
    doc = program_solicitation(doc)  # an NSF solicitation's cover, contents and program officers: its metadata
    if notes:
        doc.meta.setdefault("footnotes", notes)
    doc.meta.update({k: v for k, v in related.items() if not doc.meta.get(k)})
    doc.blocks = source_line(doc, page_credits(doc, doc.blocks))  # a news page's 相关链接, a portal's "Source: …"
    if contents:
        doc.meta.setdefault("contents", contents)
    if not doc.meta.get("url") and (own := canonical_url(root)):
        doc.meta["url"] = own
    if modified:  # the day published where the page gives none other
        doc.meta.setdefault("date_updated", modified)
        doc.date_published = doc.date_published or modified
    if budget_page(root):
        doc.kind = doc.kind or "notice"
    if owner:  # the issuer if the page names none other
        doc.meta[SITE_OWNER] = owner
    return doc


def canonical_url(root: etree._Element) -> str:
    """The address a page gives for itself: <link rel="canonical">, else og:url ("" if none, or not
    absolute http(s)): "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng"."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if re.match(r"https?://", href):
                return href
    url = page_meta(root).get("og:url", "")
    return url if re.match(r"https?://", url) else ""


def _root(text: str, source: str) -> etree._Element:
    # lxml refuses str input that declares its own encoding; the caller has decoded it already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise ParseError(source, f"not parseable as HTML ({e})") from e
    return root


def page_meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = collapse(m.get("content") or "")
        if name and content and name not in out:
            out[name] = content
    return out


def first_match(root: etree._Element, xpaths: list[str]) -> etree._Element | None:
    for xp in xpaths:
        found = root.xpath(xp)
        if found:
            return found[0]
    return None


def page_title(root: etree._Element, meta: dict[str, str]) -> str:
    for key in ("articletitle", "og:title", "dc.title", "title"):
        if meta.get(key):
            return meta[key]
    h1 = first_match(root, ["//h1[contains(@class,'title')]", "//h1"])
    if h1 is not None and inline_text(h1):
        return inline_text(h1)
    title = collapse(root.findtext(".//title") or "")
    # "Document title - Site name": drop the site's name.
    return _less_site_acronym(*re.split(r"\s+[-|_–—]\s+(?=[^-|_–—]*$)", title, maxsplit=1)) if title else ""


def _less_site_acronym(title: str, site: str = "") -> str:
    """The title less the site's acronym its name began with ("… | NSF" of "… | NSF - U.S. National Science
    Foundation", whose name the last dash split)."""
    m = re.search(r"\s+[|_–—-]\s+([A-Z]{2,8})$", title)
    initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", site))
    return title[:m.start()] if m and site and m.group(1) in initials else title


def extract_links(html: str, base_url: str) -> list[str]:
    """Absolute http(s) URLs an HTML page links to (<a>, <area>; <base> honoured), in document
    order, fragments dropped: what the crawler follows."""
    try:
        root = lxml.html.fromstring(html)
    except ValueError:  # a str that declares its encoding
        root = lxml.html.fromstring(html.encode("utf-8"))
    except etree.ParserError:  # nothing to parse
        return []
    base = root.xpath("string(//base/@href)").strip()
    base = urljoin(base_url, base) if base else base_url
    links = []
    for el in root.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if href:
            url = urldefrag(urljoin(base, href))[0]
            if urlsplit(url).scheme in ("http", "https"):
                links.append(url)
    return links
