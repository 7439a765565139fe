"""Turns an HTML element tree into blocks, one per paragraph, list item, heading or table row: the Walker
that ingest.html and its templates read every page with."""

from __future__ import annotations

import re

from lxml import etree

from ingest.html_forms import field_rows
from ingest.html_lists import definitions, list_number
from ingest.html_tables import kept_cells, spread_rows
from ingest.text import unwrap
from ingest.types import CELL, Block

SKIP_TAGS = {
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
# A point label in a table's first cell: (a), 1., (iv), —, 4.4.
_LABEL = re.compile(
    r"^(\(\d{1,3}\)|\([a-z]{1,2}\)|\([ivxlc]{1,6}\)|\d{1,3}(\.\d{1,3})*\.|[a-z]\)|[—–\-•·●▪■◆]|（[一二三四五六七八九十\d]{1,3}）)$"
)
_POWER = re.compile(r"\s*[-−]?\d{1,3}\s*")
_NOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}|[*†‡])\s*")
_AFTER_SENTENCE = re.compile(r"[.,;:!?)\"”’]\s*$")
_TRAILING_PUNCT = re.compile(r"^[;,.:；，。：、)）’”]+$")


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
        if el.tag in SKIP_TAGS or _HIDDEN.search(el.get("style") or "") or el.get("hidden") is not None:
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
            text = inline_text(caption)  # a <br> in it parts words: "…the AI Economy<br>millions of dollars"
            if text:
                self.blocks.append(Block(text))
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        # a frame of one column round paragraphs (a plan's box, 专栏1 over its projects): each paragraph a block
        framed = all(sum(1 for c in row if c.tag in ("td", "th") and c.text_content().strip()) <= 1 for row in rows)
        spread = spread_rows(rows, self.skipped)  # a cell spanning rows in each of them
        fields = field_rows(spread)  # a blank form's names of fields: blocks of their own kind, no clause
        for k, full in enumerate(kept_cells(spread, spread[0] if spread else [])):  # a grid's empty cells kept
            if not full:
                continue
            start = len(self.blocks)
            self._row(full, framed)
            for block in self.blocks[start:] if k in fields else []:
                block.kind = "field"

    def _row(self, full: list[etree._Element], framed: bool) -> None:
        """A table row's blocks: its cells' (a layout table's, a frame's paragraphs) or the row's, one."""
        if framed and len(Walker(self.skip).run(full[0])) > 1:
            self.visit(full[0], False)
            self.flush()
            return
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
            # an empty cell kept is an empty column; a cell whose text the walk skips (a hidden note) is none
            self.blocks.append(Block(CELL.join(t for t, c in zip(texts, full, strict=True)
                                               if t or not c.text_content().strip())))
