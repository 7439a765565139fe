"""Parses Markdown (YAML front matter, hard-wrapped lines, inline HTML) into a draft Document."""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from typing import Any

import yaml

from ingest.kinds import guess_kind
from ingest.metadata import eu_issuer, find_doc_number, iso_date, smart_title
from ingest.plaintext import join_lines
from ingest.text import collapse, normalize_text
from ingest.types import CELL, Block, Document

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATX = re.compile(r"^(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_HR = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_BULLET = re.compile(r"^[-*+]\s+")
_ORDERED = re.compile(r"^(\d{1,3})[.)]\s+")
_FENCE = re.compile(r"^(```|~~~)")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_BOLD_ONLY = re.compile(r"^\*\*([^*]+?)`?\*\*$")

# Inline HTML: whole elements that carry no text, then superscripts (10<sup>26</sup> -> 10^26), then tags.
_HTML_DROP = re.compile(r"<(figure|script|style|iframe)\b.*?</\1\s*>|<img\b[^>]*>|<!--.*?-->", re.S | re.I)
_SUP = re.compile(r"(?<=\d)<sup>\s*([^<]+?)\s*</sup>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)

_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)\s*\1"), ""),  # empty emphasis: 1.** ** On ...
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?![\w])"), r"\1"),
    (re.compile(r"`+([^`]*)`+"), r"\1"),
    (re.compile(r"`|\*\*"), ""),  # stray markers left by a lossy conversion
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])"), r"\1"),  # backslash escapes: 3\. -> 3.
]
_LEGAL = [
    (re.compile(r"^(CHAPTER|TITLE|PART|ANNEX)\s+[IVXLC\d]+\b", re.I), 2),
    (re.compile(r"^SECTION\s+[\dA-Z]+$", re.I), 3),
    (re.compile(r"^Article\s+\d+[a-z]?$"), 4),
]


def parse_markdown(text: str, source: str) -> Document:
    """A draft Document from Markdown: front matter for metadata, one block per paragraph or list item."""
    meta, body = _front_matter(text)
    blocks, bold = _blocks(_strip_html(body).split("\n"))
    blocks = _legal_outline(_bold_numbered_headings(blocks, bold), bold)

    title = smart_title(str(meta.get("title") or ""))
    if not title:
        title, blocks = _title_from_headings(blocks)
    written = _date(meta.get("date"))
    published = _date(meta.get("published_time") or meta.get("published") or meta.get("publish_date"))
    doc_number = str(meta.get("doc_number") or meta.get("document_number") or meta.get("number") or "")
    doc_number = doc_number or find_doc_number(title)
    if not written:
        m = re.search(r"\bof (\d{1,2} \w+ \d{4})\b", title)  # "Regulation ... of 13 June 2024 ..."
        written = iso_date(m.group(1)) if m else ""
    tags = meta.get("tags") or ""
    tags = ", ".join(map(str, tags)) if isinstance(tags, list) else str(tags)
    url = str(meta.get("source_url") or meta.get("url") or meta.get("source") or "")
    issuer = str(meta.get("issuer") or meta.get("agency") or meta.get("author") or "")
    if not issuer and ("presidential-action" in tags or "whitehouse.gov" in url):
        issuer = "The White House"
    issuer = issuer or eu_issuer(title)
    extra = {k: _text(v) for k, v in meta.items() if k not in {"title", "date"} and v not in (None, "")}
    if url:
        extra["source_url"] = url
    return Document(
        doc_id="",
        title=title,
        lang=str(meta.get("lang") or meta.get("language") or ""),
        blocks=blocks,
        issuer=issuer,
        doc_number=doc_number,
        date_written=written,
        date_published=published,
        kind=guess_kind(title, tags),
        fmt="markdown",
        meta=extra,
    )


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        # Not YAML after all (or broken): read "key: value" lines, which is what such blocks mostly are.
        data = dict(re.findall(r"^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$", m.group(1), re.M))
    return {str(k).lower(): v for k, v in data.items()}, text[m.end() :]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return collapse(str(value))


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return iso_date(str(value)) if value else ""


def _strip_html(body: str) -> str:
    body = _HTML_DROP.sub("", body)
    body = _SUP.sub(r"^\1", body)
    return _TAG.sub("", body)


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return collapse(html.unescape(text))


# a Chinese article, section or item opening a line ("第二条", "二、", "（二）"), after a line that ends a
# sentence: Chinese texts written as Markdown put each on a line of its own, with no blank line between
_ZH_NUMERAL = "一二三四五六七八九十"
_ZH_ITEM = re.compile(rf"(?:第[{_ZH_NUMERAL}百零〇\d]+[条章节]|[{_ZH_NUMERAL}]+、|（[{_ZH_NUMERAL}\d]+）)")
_ZH_END = ("。", "；", "：", "！", "？")


def _blocks(lines: list[str]) -> tuple[list[Block], set[int]]:
    """Blocks in order, and the indexes of paragraphs written wholly in bold (subtitles, like **Scope**)."""
    blocks: list[Block] = []
    bold: set[int] = set()
    para: list[str] = []
    in_list = in_fence = False

    def flush() -> None:
        nonlocal in_list
        if para:
            raw = join_lines(para)
            text = _inline(raw)
            if text:
                if _BOLD_ONLY.match(raw.strip()):
                    bold.add(len(blocks))
                blocks.append(Block(text))
            para.clear()
        in_list = False

    for raw in lines:
        hard_break = raw.endswith(("  ", "\\")) and raw.strip() not in ("", "\\")
        line = normalize_text(raw).strip()
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line:
                blocks.append(Block(line))
            continue
        if not line:
            flush()
            continue
        line = re.sub(r"^(>\s*)+", "", line)
        heading = _ATX.match(line)
        if heading:
            flush()
            text = _inline(heading.group(2) or "")
            if text:
                blocks.append(Block(text, "heading", len(heading.group(1))))
            continue
        if _SETEXT.match(line) and len(para) == 1 and not in_list:
            text = _inline(para[0])
            para.clear()
            if text:
                blocks.append(Block(text, "heading", 1 if line.startswith("=") else 2))
            continue
        if _HR.match(line):
            flush()
            continue
        if line.startswith("|") and line.count("|") >= 2:
            flush()
            if not _TABLE_SEP.match(line):
                cells = [_inline(c) for c in line.strip("|").split("|")]
                row = CELL.join(c for c in cells if c)
                if row:
                    blocks.append(Block(row))
            continue
        if para and _ZH_ITEM.match(line) and para[-1].endswith(_ZH_END):
            flush()  # 第二条 on the line after 第一条's last sentence is the next article, not more of it
        bullet, ordered = _BULLET.match(line), _ORDERED.match(line)
        # A list item starts a new block; an ordered one interrupts a paragraph only as "1." (CommonMark).
        if bullet or (ordered and (not para or in_list or ordered.group(1) == "1")):
            flush()
            in_list = True
            line = line[bullet.end() :] if bullet else line
        para.append(line.rstrip("\\").strip())
        if hard_break:
            flush()
    flush()
    return blocks, bold


_NUMBERED_TITLE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S.{0,90}$")


def _bold_numbered_headings(blocks: list[Block], bold: set[int]) -> list[Block]:
    """A paragraph wholly in bold that is a numbered title ("**2.1 Selection**") is a heading, its level
    its depth: an outline written in bold instead of #."""
    out = []
    for i, block in enumerate(blocks):
        m = _NUMBERED_TITLE.match(block.text) if i in bold and block.kind == "para" else None
        if m and not block.text.rstrip().endswith((".", "。", ";", "；", ":", "：")):
            block = Block(block.text, "heading", 2 + m.group(1).count("."))
        out.append(block)
    return out


def _legal_outline(blocks: list[Block], bold: set[int]) -> list[Block]:
    """Give EU-style headings their outline levels and join each with its subtitle.

    CHAPTER/ANNEX = 2, SECTION = 3, Article N = 4; the heading after a CHAPTER or SECTION line and the bold
    line after "Article N" are its title: "Article 5 Prohibited AI practices".
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        level = _legal_level(block) if block.kind == "heading" else 0
        if not level:
            out.append(block)
            i += 1
            continue
        text = block.text
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and len(nxt.text) <= 300:
            subtitle = (level < 4 and nxt.kind == "heading" and not _legal_level(nxt)) or (
                level == 4 and nxt.kind == "para" and i + 1 in bold
            )
            if subtitle:
                text = f"{text} {nxt.text}"
                i += 1
        out.append(Block(text, "heading", level))
        i += 1
    return out


def _legal_level(block: Block) -> int:
    for pattern, level in _LEGAL:
        if pattern.match(block.text):
            return level
    return 0


def _title_from_headings(blocks: list[Block]) -> tuple[str, list[Block]]:
    """Without front matter the title is the run of top-level headings the text opens with."""
    parts: list[str] = []
    i = 0
    while (
        i < len(blocks)
        and blocks[i].kind == "heading"
        and blocks[i].level == 1
        and not _legal_level(blocks[i])
    ):
        parts.append(blocks[i].text)
        i += 1
    parts = [p for p in parts if not re.fullmatch(r"\(Text with EEA relevance\)", p, re.I)]
    return " ".join(smart_title(p) for p in parts) if parts else "", blocks[i:] if parts else blocks
