"""Parses HTML into a draft Document: known templates (gkmlpt, gz.gov.cn, EUR-Lex acts and Commission documents),
else the main content."""

from __future__ import annotations

import re
from copy import deepcopy
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from ingest.errors import ParseError
from ingest.headline import headline
from ingest.html_lists import definitions, list_number
from ingest.html_notes import take_footnotes
from ingest.infographic import read_layout
from ingest.metadata import guess_kind, iso_date
from ingest.page_credits import page_credits
from ingest.site_owner import SITE_OWNER, site_owner
from ingest.text import collapse, unwrap
from ingest.types import CELL, Block, Document
from ingest.un_resolution import is_un_header

_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "svg",
    "canvas",
    "img",
    "video",
    "audio",
    "object",
    "embed",
    "map",
    "head",
    "title",
    "meta",
    "link",
}
_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "ul",
    "ucapcontent",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_INLINE_STYLE = re.compile(r"display\s*:\s*inline\b", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
# Page furniture by class or id: share bars, print/close links, QR codes, font-size switches, breadcrumbs.
_FURNITURE = re.compile(
    r"share|print|qrcode|ewm|erweima|backtop|back-top|gotop|setfont|font-?size|breadcrumb|crumb|dqwz"
    r"|cookie|toolbar|social|appendix|xgfj|content_attr|article-attr|content_extended|article-extended",
    re.I,
)
# For pages without a known template: containers that are never the main content.
_NOT_CONTENT = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|header|footer|foot|sidebar|side|aside|banner|related|comment|login|search"
    r"|copyright|links?|friend-?links?|advert|ad|top|bottom)([\s_-]|$)",
    re.I,
)
_NOT_CONTENT_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}
# a line of a page's header that says who issued it and when (GOV.UK's "publication-header"; a news page's
# time stamp, <div class="header-time">2026-01-09 19:42:15</div>, with its 来源 or not): kept for
# ingest.margins to read, not dropped with the header it sits in
_HEADER_FACT = re.compile(r"^(?:From:\s|(?:Published|Last updated|Updated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$"
                          r"|\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?"
                          r"(?:\s+(?:来源|來源)\s*[:：]\s*\S{2,30})?$)")
# …and a European Parliament document's header, "European Parliament 2024-2029 Plenary sitting A10-0187/2025
# 24.11.2025": its session number and date (ingest.ep_report reads them)
_SESSION_HEADER = re.compile(r"^.{0,120}\b[AB]\d{1,2}-\d{4}/\d{4}\b.{0,40}$")
# A point label in a table's first cell: (a), 1., (iv), —, 4.4.
_LABEL = re.compile(
    r"^(\(\d{1,3}\)|\([a-z]{1,2}\)|\([ivxlc]{1,6}\)|\d{1,3}(\.\d{1,3})*\.|[a-z]\)|[—–\-•·●▪■◆]|（[一二三四五六七八九十\d]{1,3}）)$"
)
_POWER = re.compile(r"\s*[-−]?\d{1,3}\s*")
_NOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}|[*†‡])\s*")
_AFTER_SENTENCE = re.compile(r"[.,;:!?)\"”’]\s*$")
_TRAILING_PUNCT = re.compile(r"^[;,.:；，。：、)）’”]+$")


def parse_html(text: str, source: str) -> Document:
    """A draft Document from an HTML page: its title, metadata and body blocks in reading order."""
    # The templates build on the Walker defined here, hence the imports at call time.
    from ingest.html_council import council_header, parse_council_document
    from ingest.html_eurlex import is_commission_document, parse_commission_document, parse_eurlex
    from ingest.html_gov import parse_gkmlpt, parse_gov_page
    from ingest.wechat import parse_wechat, wechat_content

    if re.search(r"\bDETAIL\s*:\s*\{", text) and "gkml" in text:
        return parse_gkmlpt(text, source)
    root = _root(text, source)
    notes = take_footnotes(root)  # the notes its markers link to: metadata, not its last section's clauses
    owner = site_owner(root, canonical_url(root) or source)  # read before the header goes with the page's debris
    try:
        if root.find_class("eli-container"):
            doc = parse_eurlex(root)
        elif is_commission_document(root):  # a COM document: its cover page, title and numbered headings
            doc = parse_commission_document(root)
        elif (fields := council_header(root)) is not None:  # a Council register document: its header table
            doc = parse_council_document(root, fields, _generic)
        elif (content := wechat_content(root)) is not None:  # a WeChat post: its text in #js_content, served hidden
            doc = parse_wechat(root, content)
        else:
            doc = parse_gov_page(root) or _generic(root)
    except LinksOnly as e:
        raise ParseError(source, f"a page of links ({str(e) or 'a list or navigation page'}), not a document: "
                                 "ingest the pages it links to") from None
    if notes:
        doc.meta.setdefault("footnotes", notes)
    doc.blocks = page_credits(doc, doc.blocks)  # a news page's 相关链接 and credit line at its foot
    if not doc.meta.get("url") and (own := canonical_url(root)):
        doc.meta["url"] = own
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


def inline_text(el: etree._Element) -> str:
    """The text of an element on one line, as a reader sees it (no space inserted between CJK spans)."""
    if not _has_blocks(el):
        return clean_inline(el.text_content())
    # the element's content, walked: walking a heading itself would read its text inline again, without end
    # ("<h1>Committee on Information Technology<br>Policy measures on AI</h1>")
    walker = Walker()
    walker.add(el.text, False)
    for child in el:
        walker.visit(child, False)
        walker.add(child.tail, False)
    walker.flush()
    return clean_inline(" ".join(b.text for b in walker.blocks))


def clean_inline(raw: str) -> str:
    """Collapse whitespace, dropping line breaks beside CJK characters (CSS segment-break rules)."""
    return unwrap(raw)


def _has_blocks(el: etree._Element) -> bool:
    return any(
        isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag == "br") for d in el.iterdescendants()
    )


class Walker:
    """Turns an element tree into blocks: one per paragraph, list item, heading or table row."""

    def __init__(self, skip: re.Pattern[str] | None = _FURNITURE):
        self.skip = skip
        self.blocks: list[Block] = []
        self.bold: set[int] = set()  # indexes of blocks written wholly in bold
        self._buf: list[tuple[str, bool]] = []
        self._number = ""  # an ordered list's item number, which its first text takes

    def run(self, el: etree._Element) -> list[Block]:
        self.visit(el, False)
        self.flush()
        return self.blocks

    def skipped(self, el: etree._Element) -> bool:
        if el.tag in _SKIP_TAGS or _HIDDEN.search(el.get("style") or "") or el.get("hidden") is not None:
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        return bool(self.skip and names and self.skip.search(names)) or self._note_mark(el)

    def _note_mark(self, el: etree._Element) -> bool:
        """A superscript footnote number is no part of the text: after a sentence's closing mark or linking to
        its note ("competitive.<sup>2</sup> The …"), it would glue two sentences into one for the readers."""
        if el.tag != "sup" or not _NOTE_MARK.fullmatch(el.text_content()):
            return False
        linked = any((a.get("href") or "").startswith("#") for a in el.iter("a"))
        return linked or bool(self._buf and _AFTER_SENTENCE.search(self._buf[-1][0]))

    def flush(self) -> None:
        if not self._buf:
            return
        text = clean_inline("".join(t for t, _ in self._buf))
        if text and self.blocks and _TRAILING_PUNCT.match(text):
            self.blocks[-1].text += text  # "</div>;" closes the block before it
        elif text:
            if all(b for t, b in self._buf if t.strip()):
                self.bold.add(len(self.blocks))
            self.blocks.append(Block(f"{self._number} {text}" if self._number else text))
            self._number = ""
        self._buf.clear()

    def add(self, text: str | None, bold: bool) -> None:
        if text:
            self._buf.append((text, bold))

    def visit(self, el: etree._Element, bold: bool) -> None:
        if not isinstance(el.tag, str) or self.skipped(el):
            return
        tag = el.tag
        if tag == "br":
            self.flush()
            return
        if tag in _HEADINGS:
            self.flush()
            text = inline_text(el)
            if text:
                self.blocks.append(Block(text, "heading", _HEADINGS[tag]))
            return
        if tag == "table":
            self.flush()
            self.table(el)
            return
        if tag == "dl" and (defined := definitions(el, self.skipped, inline_text)) is not None:
            self.flush()  # a list of definitions: one block a term with its meaning
            self.blocks += [Block(text) for text in defined]
            return
        block = tag in _BLOCK_TAGS and not _INLINE_STYLE.search(el.get("style") or "")
        bold = bold or tag in ("strong", "b") or bool(_BOLD_STYLE.search(el.get("style") or ""))
        if block:
            self.flush()
            self._number = list_number(el) if tag == "li" else self._number
        if self._power(el):
            self.add("^", bold)
        self.add(el.text, bold)
        for child in el:
            self.visit(child, bold)
            self.add(child.tail, bold)
        if block:
            self.flush()
            self._number = "" if tag == "li" else self._number  # an item with no text numbers nothing after it

    def _power(self, el: etree._Element) -> bool:
        """A superscript number right after a digit is a power: 10<sup>25</sup> reads 10^25, not 1025
        (EUR-Lex writes it as <span class="oj-super">)."""
        return ((el.tag == "sup" or "oj-super" in (el.get("class") or "")) and bool(self._buf)
                and self._buf[-1][0][-1:].isdigit() and bool(_POWER.fullmatch(el.text_content())))

    def table(self, table: etree._Element) -> None:
        """A row is one block: "label text" for a point laid out in two cells, else cells joined by CELL."""
        for caption in table.xpath("./caption"):  # "Table 1: Summary of commitments": heads the rows
            text = clean_inline(caption.text_content())
            if text:
                self.blocks.append(Block(text))
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        # a frame of one column round paragraphs (a plan's box, 专栏1 over its projects): each paragraph a block
        framed = all(sum(1 for c in row if c.tag in ("td", "th") and c.text_content().strip()) <= 1 for row in rows)
        for row in rows:
            cells = [c for c in row if c.tag in ("td", "th") and not self.skipped(c)]
            full = [c for c in cells if c.text_content().strip()]
            if not full:
                continue
            if framed and len(Walker(self.skip).run(full[0])) > 1:
                self.visit(full[0], False)
                self.flush()
                continue
            label = clean_inline(full[0].text_content())
            if len(full) == 2 and _LABEL.match(label):
                start = len(self.blocks)
                self.visit(full[1], False)
                self.flush()
                if len(self.blocks) > start:
                    self.blocks[start].text = f"{label} {self.blocks[start].text}"
                else:
                    self.blocks.append(Block(label))
            elif any(c.xpath(".//table") for c in full):
                for cell in full:  # a layout table: its cells hold blocks of their own
                    self.visit(cell, False)
                    self.flush()
            else:
                texts = [" ".join(b.text for b in Walker(self.skip).run(c)) for c in full]
                self.blocks.append(Block(CELL.join(t for t in texts if t)))


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
    return re.split(r"\s+[-|_–—]\s+(?=[^-|_–—]*$)", title)[0] if title else ""


# ---- any other page: the largest text-dense container ----


def _generic(root: etree._Element) -> Document:
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
        # A name is only a hint: a "top" or "side" wrapper that holds most of the page's text stays.
        if (
            el.tag in _NOT_CONTENT_TAGS
            or el.tag in _SKIP_TAGS
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
    from ingest.html_gov import facts_beside  # (it builds on the Walker defined here)
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
