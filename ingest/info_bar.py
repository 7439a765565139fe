"""A Chinese page's info bar right under its title heading ("发布时间：2026-04-08 16:20　来源：长沙市人力资源
和社会保障局　【字体：大 中 小】 打印"): read into the metadata (the day published where none was read,
meta["来源"]) and dropped, not a clause. The opening's walk (ingest.margins.opening) reads such a line under a
title it knows; this one reads it under any title heading, such as one that puts the issuers' names before the
title the page's metadata gives."""

from __future__ import annotations

import re

from ingest.page_facts import meta_line
from ingest.types import Block, Document

_WITHIN = 4  # the title heading is among the page's first blocks (a site's name or crumbs may come before it)
# a bar of facts has no sentence in it: "发布时间：2026-04-08　各单位要认真贯彻落实…，…。" is text with a day before it
_SENTENCE = re.compile(r"[，。；！？,;!?]")


def info_bar(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks without the line of facts under the first heading, read into doc; as they were where none is."""
    heading = next((k for k, b in enumerate(blocks[:_WITHIN]) if b.kind == "heading"), None)
    if heading is None or heading + 1 >= len(blocks) or blocks[heading + 1].kind != "para":
        return blocks
    line = blocks[heading + 1].text
    if _SENTENCE.search(line) or not meta_line(doc, line):  # only fields, a widget or two after them: nothing else
        return blocks
    return blocks[:heading + 1] + blocks[heading + 2:]
