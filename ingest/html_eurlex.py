"""Parses an EUR-Lex Official Journal page: recitals, chapters, sections, articles, points and annexes."""

from __future__ import annotations

import re

from lxml import etree

from ingest.html_blocks import Walker, clean_inline
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


# --- a Commission document (COM, SWD, JOIN) as EUR-Lex prints it from the Commission's drafting tool ---
# its cover page ("EUROPEAN COMMISSION", "Brussels, 9.4.2025", "COM(2025) 165 final"), what it is ("COMMUNICATION
# FROM THE COMMISSION TO …"), its title ("AI Continent Action Plan"), and headings numbered in a span of their
# own, <p class="li ManualHeading1"><span class="num">1.</span>INTRODUCTION</p>
_COVER = re.compile(r"\bPagedecouverture\b|\bTypedudocument|\bTitreobjet|\bLanguesfaisantfoi\b|\bEmission\b")
_MANUAL_HEADING = re.compile(r"\bManualHeading(\d)\b")
_COM_NUMBER = re.compile(r"^(?:COM|SWD|JOIN|SEC|C)\s*\(\d{4}\)\s*\d{1,5}(?:\s+final)?$")
_COM_DATELINE = re.compile(r"^[A-Z][a-zé]+(?:-[A-Z][a-z]+)?,\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$")


def is_commission_document(root: etree._Element) -> bool:
    """Whether the page is a Commission document as EUR-Lex prints it: a cover page and a title of its classes."""
    return bool(root.xpath("//p[contains(@class,'Titreobjet')]")
                and root.xpath("//p[contains(@class,'Pagedecouverture') or contains(@class,'Typedudocument')]"))


class _ComWalker(Walker):
    """A Walker that leaves out the cover page and reads the numbered headings as headings, "1. INTRODUCTION"."""

    def __init__(self) -> None:
        super().__init__(skip=_COVER)

    def visit(self, el: etree._Element, bold: bool) -> None:
        m = _MANUAL_HEADING.search(el.get("class") or "") if isinstance(el.tag, str) else None
        if m is None or self.skipped(el):
            super().visit(el, bold)
            return
        self.flush()
        num = el.xpath("string(.//span[contains(@class,'num')])").strip()
        text = clean_inline(el.text_content())
        if num and text.startswith(num) and not text[len(num):len(num) + 1].isspace():
            text = f"{num} {text[len(num):].strip()}"  # "1.INTRODUCTION": the number's space is CSS
        if text:
            self.blocks.append(Block(text, "heading", int(m.group(1)) + 1))


def parse_commission_document(root: etree._Element) -> Document:
    """A draft Document from a Commission document: its number, date and issuer from the cover page, what it is
    (meta.document_type), its title, and its body with its numbered headings."""
    def lines(cls: str) -> list[str]:
        return [t for p in root.xpath(f"//p[contains(@class,'{cls}')]") if (t := clean_inline(p.text_content()))]

    doc = Document(doc_id="", title=" ".join(lines("Titreobjet")), lang="", blocks=[], fmt="eurlex")
    for line in lines("Pagedecouverture"):
        if _COM_NUMBER.match(line):
            doc.doc_number = doc.doc_number or line
        elif m := _COM_DATELINE.match(line):
            doc.date_written = doc.date_written or iso_date(m.group("date"))
        elif line.upper() == "EUROPEAN COMMISSION":
            doc.issuer = "European Commission"
    if kind := " ".join(lines("Typedudocument")):
        doc.meta["document_type"] = kind
        doc.issuer = doc.issuer or eu_issuer(kind)
    found = root.xpath("//div[@id='document1']") or root.xpath("//body")
    doc.blocks = _ComWalker().run(found[0]) if found else []
    doc.kind = guess_kind(doc.title)
    return doc
