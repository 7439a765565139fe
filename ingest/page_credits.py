"""The lines a Chinese news or explainer page prints at the foot of its text: a link to the document it
reports ("相关链接：上海市人民政府办公厅关于印发《…》的通知", meta["相关链接"]) and its credit
("（本文图片及文字由市经济信息化委提供）", meta["供稿"]). They say where the page comes from, not what a
policy provides: metadata, not clauses."""

from __future__ import annotations

import re

from ingest.margins import is_debris
from ingest.types import Block, Document

_LINK = re.compile(r"^(?:相关链接|相关阅读|相关文件|原文链接|政策原文)\s*[:：]\s*(?P<what>\S.{0,300})$")
# "（本文图片及文字由市经济信息化委提供）", "（图文由市科委提供）", "(本文转载自…)"
_CREDIT = re.compile(r"^[（(](?P<what>(?:本文|本稿|文中|图片|文字|图文|稿件)[^（）()。；]{0,40}?"
                     r"(?:提供|供稿|供图|转载自[^（）()。；]{1,30}))[)）]$")


def page_credits(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks without the link and credit lines that end them, before the page's own debris ("【责任编辑：李雯】",
    dropped later), read into doc.meta; the others as they were."""
    kept: list[Block] = []
    end = len(blocks)
    while end and blocks[end - 1].kind == "para":
        text = blocks[end - 1].text.strip()
        if m := _LINK.match(text):
            key = "相关链接"
        elif m := _CREDIT.match(text):
            key = "供稿"
        elif is_debris(text):
            kept.insert(0, blocks[end - 1])
            end -= 1
            continue
        else:
            break
        doc.meta[key] = "; ".join(filter(None, [m.group("what"), doc.meta.get(key, "")]))
        end -= 1
    return blocks[:end] + kept
