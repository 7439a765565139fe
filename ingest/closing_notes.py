"""The notes that close a Chinese statistical bulletin or report, under its last section: its 注释 (the line
"注释：" over its numbered notes on what the figures mean) and its 资料来源 (where they come from), read into
meta["注释"] and meta["资料来源"] and kept out of its clauses, where they went on the last section's text."""

from __future__ import annotations

import re

from ingest.numbering import read_number
from ingest.types import Block, Document

_NOTES_TITLE = re.compile(r"^(?:注释|附注|说明|注)\s*[:：]$")
_SOURCES = re.compile(r"^(?:资料|数据)来源\s*[:：]\s*(?P<what>\S.{0,400})$")


def closing_notes(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the 资料来源 line that ends the text, and the 注释 before it (its title alone on its line, then
    numbered notes and nothing else to the end), into doc.meta; the blocks without them."""
    end = len(blocks)
    if end and blocks[-1].kind == "para" and (m := _SOURCES.match(blocks[-1].text.strip())):
        doc.meta.setdefault("资料来源", m.group("what"))
        end -= 1
    start = next((k for k in range(end - 1, max(end - 12, 0) - 1, -1) if _NOTES_TITLE.match(blocks[k].text.strip())),
                 None)
    notes = blocks[start + 1:end] if start is not None else []
    if notes and all(b.kind == "para" and _numbered(b.text) for b in notes):
        doc.meta.setdefault("注释", " ".join(b.text for b in notes))
        end = start
    return blocks[:end]


def _numbered(text: str) -> bool:
    num = read_number(text.strip())
    return num is not None and num.style in ("arabic", "arabic-paren", "cn-paren")
