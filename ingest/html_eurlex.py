"""Parses an EUR-Lex Official Journal page: recitals, chapters, sections, articles, points and annexes."""

from __future__ import annotations

import re

from lxml import etree

from ingest.html import Walker, clean_inline
from ingest.metadata import eu_issuer, find_doc_number, guess_kind, iso_date, smart_title
from ingest.types import Block, Document

# Footnotes and their markers are apparatus, not text: "Committee (1)," reads "Committee,".
_APPARATUS = re.compile(r"\boj-note\b|\boj-hd-|\beli-main-title\b")
_BARE_LABEL = re.compile(r"^(CHAPTER|SECTION|ANNEX|ARTICLE|PART|TITLE)\s+[\dIVXLC]+[a-z]?$", re.I)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:)])")


class _OJWalker(Walker):
    """A Walker that knows the Official Journal's heading classes and joins each heading with its title."""

    def __init__(self) -> None:
        super().__init__(skip=_APPARATUS)
        self._open: Block | None = None  # a heading still waiting for its title line

    def visit(self, el: etree._Element, bold: bool) -> None:
        if not isinstance(el.tag, str):
            return
        if el.tag == "a" and (el.get("href") or "").startswith("#ntr"):
            return  # footnote marker
        cls = el.get("class") or ""
        if el.tag != "p" or not re.search(r"\boj-(ti-|sti-|doc-ti)", cls):
            super().visit(el, bold)
            return
        self.flush()
        text = clean_inline(el.text_content())
        if not text:
            return
        if "oj-ti-section-2" in cls or "oj-sti-art" in cls or ("oj-doc-ti" in cls and self._open):
            if self._open is not None:
                self._open.text = f"{self._open.text} {text}"
                self._open = None
            else:
                self.blocks.append(Block(text, "heading", 3))
            return
        if "oj-ti-art" in cls:
            level = 4
        elif "oj-ti-section-1" in cls:
            level = 3 if text.upper().startswith("SECTION") else 2
        elif "oj-doc-ti" in cls:
            level = 2 if re.match(r"ANNEX\b", text, re.I) else 3
        else:  # oj-ti-grseq-1 and kin: a titled group inside an annex
            level = 3
        block = Block(text, "heading", level)
        self.blocks.append(block)
        # A bare label (CHAPTER I, Article 5, Section 1) waits for its title line; a titled heading does not.
        self._open = block if _BARE_LABEL.match(text) else None

    def flush(self) -> None:
        before = len(self.blocks)
        super().flush()
        if len(self.blocks) > before:
            self._open = None  # body text came first: the heading has no title line


def parse_eurlex(root: etree._Element) -> Document:
    """A draft Document from an EUR-Lex OJ page: title, dates, issuer, the act and its annexes as blocks."""
    parts = [clean_inline(p.text_content()) for p in root.xpath("//div[contains(@class,'eli-main-title')]/p")]
    parts = [p for p in parts if p and not re.fullmatch(r"\(Text with EEA relevance\)", p, re.I)]
    title = " ".join(smart_title(p) for p in parts)
    walker = _OJWalker()
    for container in root.find_class("eli-container"):
        if container.xpath("ancestor::div[contains(@class,'eli-container')]"):
            continue
        walker.visit(container, False)
        walker.flush()
    for block in walker.blocks:  # where a footnote marker was dropped: "Committee ," -> "Committee,"
        block.text = _SPACE_BEFORE_PUNCT.sub("", block.text)
    m = re.search(r"\bof (\d{1,2} \w+ \d{4})\b", title)
    oj_date = root.xpath("//p[contains(@class,'oj-hd-date')]")
    oj_number = root.xpath("//p[contains(@class,'oj-hd-uniq')]")
    meta = {"oj": f"OJ L, {clean_inline(oj_number[0].text_content())}" if oj_number else ""}
    return Document(
        doc_id="",
        title=title,
        lang="",
        blocks=walker.blocks,
        issuer=eu_issuer(title),
        doc_number=find_doc_number(title),
        date_written=iso_date(m.group(1)) if m else "",
        date_published=iso_date(clean_inline(oj_date[0].text_content())) if oj_date else "",
        kind=guess_kind(title) or "regulation",
        fmt="eurlex",
        meta={k: v for k, v in meta.items() if v},
    )
