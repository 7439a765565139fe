"""The party an administrative decision is addressed to (行政处罚决定书, 行政许可决定书): the labelled lines at its
top ("当事人：…", "统一社会信用代码：…", "法定代表人（负责人、经营者）：…", "身份证件号码：…") and the publication note
at its foot, read into the document's metadata. They say whom the decision concerns, not what it decides, and a person's
identifiers are no text to search."""

from __future__ import annotations

import re

from ingest.types import Block, Document

_LABEL = re.compile(r"^(?P<key>当事人|主体资格证照名称|统一社会信用代码|注册号|住所（住址）|住所|住址|经营场所|"
                    r"法定代表人（负责人、经营者）|法定代表人|负责人|经营者|身份证件号码|身份证号码|联系电话|联系方式|"
                    r"性别|出生日期|民族)[：:]\s*(?P<value>.{1,80})$")
# the note that the decision is made public, closing it: "（市场监督管理部门将依法向社会公示本行政处罚决定信息）"
_PUBLICITY = re.compile(r"^[（(][^（）()]{4,60}(?:公示|公开)[^（）()]{0,30}[）)]$")
_OPENING = 10  # how far down the party's lines may start


def party_block(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less an administrative decision's party lines (`meta` under their labels, from "当事人：" on) and its
    closing publication note (`meta.publicity`); other documents' blocks unchanged."""
    start = next((i for i, b in enumerate(blocks[:_OPENING])
                  if b.kind == "para" and b.text.strip().startswith(("当事人：", "当事人:"))), None)
    if start is None:
        return blocks
    end = start
    while end < len(blocks) and blocks[end].kind == "para" and (m := _LABEL.match(blocks[end].text.strip())):
        doc.meta.setdefault(m["key"], m["value"].strip())
        end += 1
    if end - start < 2:  # a single "当事人：" line may be a sentence's; the block is several labelled lines
        doc.meta.pop("当事人", None)
        return blocks
    kept = blocks[:start] + blocks[end:]
    if kept and kept[-1].kind == "para" and _PUBLICITY.match(kept[-1].text.strip()):
        doc.meta.setdefault("publicity", kept.pop().text.strip())
    return kept
