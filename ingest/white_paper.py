"""A Chinese government white paper (白皮书) as its publisher serves it, often a chapter a page: the cover lines that
open the text (the book's title, "中华人民共和国" over "国务院新闻办公室", "（2026年4月）") say who issued it and
when, metadata (the issuer, `meta.white_paper`, `meta.cover_date`), never a clause nor a heading; kind `report`: it
sets out a government's policy and what it has done, binding no one. Its numbered titles alone on their lines
("二、夯实…", "（三）算力与能源协同发展") head its chapters and sections: each paragraph under them is a clause of its
own, opening with its own topic sentence, however few a section holds."""

from __future__ import annotations

import re

from ingest.simplified import to_simplified
from ingest.text import norm_key
from ingest.types import Block, Document

_COVER = 8  # the cover lines stand among the text's first blocks (its title heading and info bar before them)
_STATE = re.compile(r"^中华人民共和国$")
# the office that issued it, alone on its line or after the state's name: "国务院新闻办公室",
# "中华人民共和国国务院新闻办公室" (a ministry's own white paper, "中华人民共和国国防部", the same)
_OFFICE = re.compile(r"^(?:中华人民共和国\s*)?(?P<office>[\u4e00-\u9fff]{2,20}(?:办公室|部|委员会|总局|局|署))$")
# the month it was issued, bracketed on its line: "（2026年4月）"
_MONTH = re.compile(r"^[（(]\s*(?P<month>\d{4}\s*年\s*\d{1,2}\s*月)\s*[)）]$")
_SCIO = "国务院新闻办公室"  # the publisher of the State Council's white papers
# a chapter's or section's title: "二、夯实人工智能发展的算力底座", "（三）算力与能源协同发展" (no sentence)
_TITLE = re.compile(r"^(?:(?P<chapter>[一二三四五六七八九十]{1,3}、)|[（(][一二三四五六七八九十]{1,3}[)）])"
                    r"\s*[^。；：:]{2,36}$")
_LEVELS = (2, 3)  # a chapter, a section under it, as 第一章 and 第一节 are read


def white_paper(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a white paper's cover lines, read into doc; as they were where the text is no white paper or
    opens with no such cover (the office's line and the month under it, the book's title perhaps over them)."""
    start = next((i for i, b in enumerate(blocks[:_COVER]) if b.kind != "heading"), None)
    if start is None:
        return blocks
    book = _book_title(blocks[start].text, doc.title)
    i = start + (1 if book else 0)
    state = i < len(blocks) and bool(_STATE.match(blocks[i].text.strip()))
    i += 1 if state else 0
    office = _OFFICE.match(blocks[i].text.strip()) if i < len(blocks) else None
    month = _MONTH.match(blocks[i + 1].text.strip()) if office and i + 1 < len(blocks) else None
    if not (office and month) or not _is_white_paper(doc.title, office["office"]):
        return blocks
    doc.issuer = doc.issuer or office["office"]
    doc.kind = doc.kind or "report"
    doc.meta.setdefault("document_type", "白皮书")
    doc.meta.setdefault("cover_date", re.sub(r"\s+", "", month["month"]))  # a month: no date, as a report's cover
    if book:
        doc.meta.setdefault("white_paper", book)
    return blocks[:start] + [_titled(b) for b in blocks[i + 2:]]


def _titled(block: Block) -> Block:
    """A chapter's or section's title as the heading it is; any other block as it was."""
    m = _TITLE.match(block.text.strip()) if block.kind == "para" else None
    return Block(block.text, "heading", _LEVELS[0 if m["chapter"] else 1]) if m else block


def _book_title(text: str, title: str) -> str:
    """The line if it is the book's title, the page's title holding it ("新时代的中国人工智能发展" under
    "《新时代的中国人工智能发展》白皮书（二）"); "" otherwise."""
    line, whole = norm_key(text), norm_key(title)
    return text.strip() if len(line) >= 4 and line in whole and not re.search(r"[。；，]", text) else ""


def _is_white_paper(title: str, office: str) -> bool:
    """A white paper by its title (白皮书, 白皮書), or by its publisher's cover: the State Council Information
    Office issues the State Council's."""
    return "白皮书" in to_simplified(title) or office == _SCIO
