"""The lines a Chinese law or regulation carries over its articles, read into its metadata and kept out of its
clauses: the announcement that promulgates it (深圳市第七届人民代表大会常务委员会公告 / 第六十一号 / "《…条例》经…于
2022年8月30日通过，现予公布，自2022年11月1日起施行。" / its signature), the note of the day it was passed
("（2022年8月30日深圳市第七届人民代表大会常务委员会第十一次会议通过）", a plan's "（…会议批准）") and its table of
contents (目录 and the chapters it lists, which the chapters repeat)."""

from __future__ import annotations

import re

from ingest.metadata import find_signature, is_date_line, is_org_line, iso_date
from ingest.text import norm_key
from ingest.types import Block, Document

_DAY = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# the announcement's head and number, each on a line of its own: "深圳市第七届人民代表大会常务委员会公告", "第六十一号"
_HEAD = re.compile(r"^\S{2,40}?(?:人民代表大会(?:常务委员会)?|人民政府|国务院)公告$")
_NUMBER = re.compile(r"^[（(]?第\s*[一二三四五六七八九十百零〇\d]+\s*号[)）]?$")
# its text: what was passed, when, and that it is hereby promulgated
_PROMULGATES = re.compile(r"(?:现予|予以|现)(?:公布|公告|发布)")
_PASSED_ON = re.compile(rf"于\s*(?P<day>{_DAY})\s*(?:审议)?通过")
# the note under the title: the day it was passed, perhaps with the days it was amended after; a plan's, the day
# the congress approved it ("（2026年1月28日湖北省第十四届人民代表大会第五次会议批准）", as every 规划纲要 prints it)
_ADOPTED = re.compile(rf"^[（(](?P<day>{_DAY})[^（）()]{{2,80}}?(?:通过|批准)(?:[^（）()]{{0,200}})?[)）]$")
_CONTENTS = re.compile(r"^目\s*录$")


def promulgation(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the announcement, the note of the day passed and the table of contents over a law's articles into
    doc: meta["公告"] and meta["promulgation"] (its text), meta["signed"] and the issuer from its signature,
    meta["adopted"] (the note) and the day passed as the day written."""
    blocks = _announcement(doc, blocks)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i < 12 and block.kind == "para" and (m := _ADOPTED.match(block.text)):
            doc.meta.setdefault("adopted", block.text)
            if not m.group(0).rstrip("）)").endswith("批准"):  # a plan's day approved yields to its page's 成文日期
                doc.date_written = doc.date_written or iso_date(m.group("day"))
        elif i < 12 and block.kind == "para" and _CONTENTS.match(block.text):
            return out + _past_contents(blocks[i + 1:])
        else:
            out.append(block)
    return out


def approved_day(doc: Document) -> str:
    """The day a plan's note says the congress approved it ("（2026年1月28日…会议批准）"): the day written, where
    its page gave none ("" if no such note)."""
    m = _ADOPTED.match(str(doc.meta.get("adopted", "")))
    return iso_date(m.group("day")) if m else ""


def _announcement(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the announcement that opens them (its head, number, text and signature), read into doc."""
    start = next((i for i, b in enumerate(blocks[:6]) if b.kind == "para" and _HEAD.match(b.text)), None)
    if start is None:
        return blocks
    end = start + 1
    head = [blocks[start].text]
    if end < len(blocks) and _NUMBER.match(blocks[end].text):
        head.append(blocks[end].text)
        end += 1
    if end >= len(blocks) or not _PROMULGATES.search(blocks[end].text) or len(blocks[end].text) > 300:
        return blocks
    text = blocks[end].text
    end += 1
    orgs = end
    while orgs < len(blocks) and orgs - end < 4 and is_org_line(blocks[orgs].text):
        orgs += 1
    if orgs > end and orgs < len(blocks) and is_date_line(blocks[orgs].text):
        lines = [b.text for b in blocks[end:orgs + 1]]
        issuer, _ = find_signature(lines)
        doc.issuer = doc.issuer or issuer
        doc.meta.setdefault("signed", " ".join(lines))
        end = orgs + 1
    doc.meta.setdefault("公告", " ".join(head))
    doc.meta.setdefault("promulgation", text)
    if m := _PASSED_ON.search(text):
        doc.date_written = doc.date_written or iso_date(m.group("day"))
    return blocks[:start] + blocks[end:]


def _past_contents(blocks: list[Block]) -> list[Block]:
    """The blocks after a table of contents: from where its first entry comes again; all of them, and only
    the 目录 line dropped, if it does not."""
    if not blocks:
        return blocks
    first = norm_key(blocks[0].text)
    again = next((i for i in range(1, min(len(blocks), 80)) if norm_key(blocks[i].text) == first), None)
    return blocks[again:] if first and again else blocks
