"""A Chinese page that prints a document in full after its news ("《公约》全文如下：" over the centred
"算力服务行业自律公约", then 第一章…): the printed title heads the text it opens, no clause of the news before it,
and says what kind of document the page holds where its headline ("《…》全文发布 首批58家单位签约") says nothing."""

from __future__ import annotations

import re

from ingest.kinds import code_of_conduct, guess_kind
from ingest.types import Block, Document

# the line that announces the text, ending a paragraph or on its own: "《公约》全文如下：", "现将全文发布如下："
_LEAD_IN = re.compile(r"(?:全文|原文|文本)(?:发布|刊登|公布|刊发)?如下[:：]$")
# the printed document's title: a short line with no sentence in it, in 《》 or not
_TITLE = re.compile(r"^《?(?P<title>[^\s。；;！？!?，,：:《》]{4,40})》?$")
# what opens the printed text under its title: its first chapter, article or part
_OPENING = re.compile(r"^(?:第[一1]\s*[章条節节编部]|一、|总\s*则$)")


def printed_text(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks with the printed document's title line a title block (it heads the text after it, no step of
    its path); doc.kind and meta["document_type"] from that title where the page's own gave no kind."""
    for i in range(1, len(blocks) - 2):
        title = blocks[i]
        m = _TITLE.match(title.text.strip())
        if title.kind != "para" or not m or not _LEAD_IN.search(blocks[i - 1].text.strip()):
            continue
        nxt = blocks[i + 1]
        if not (nxt.kind == "heading" or _OPENING.match(nxt.text.strip())):
            continue
        printed = m.group("title")
        kind = guess_kind(printed)
        if not kind:
            continue  # a line that names no document: not a title
        doc.meta.setdefault("printed_title", printed)
        if not doc.kind:
            doc.kind = kind
            if what := code_of_conduct(printed):
                doc.meta.setdefault("document_type", what)
        return blocks[:i] + [Block(title.text, "title", 1)] + blocks[i + 1:]
    return blocks
