"""A Chinese standard (GB, GB/T, 行业标准, 地方标准, 团体标准, laid out as GB/T 1.1 says): its cover read into the
title, number, issuer, dates and meta, its 目次 set aside, its clause titles, 前言 and 参考文献 made headings and an
appendix's label lines one heading; and an informative appendix's worked examples set no goals."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.text import HAN_CHAR, norm_key
from ingest.types import Block, Clause, Document

# the cover, top to bottom: "ICS 35.240.01", "CCS L 70", "中华人民共和国国家标准", "GB/T XXXXX—202X", "代替 GB/T …",
# the title (one line or several), its English title, （征求意见稿）, （本稿完成日期：…）, "202X-XX-XX发布
# 202X-XX-XX实施" and the issuing bodies over "发布"
_ICS = re.compile(r"^ICS\s+(\d{2}(?:\.\d{2,3}){0,2}(?:\s*[;；,，]\s*\d{2}(?:\.\d{2,3}){0,2})*)$")
_CCS = re.compile(r"^CCS\s+([A-Z]\s?\d{2}(?:\s*[;；,，]\s*[A-Z]\s?\d{2})*)$")
_SERIES = re.compile(r"^(?:中华人民共和国)?(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区))?[\u4e00-\u9fff]{0,6}"
                     r"(?:国家|行业|地方|团体|企业)标准(?:化指导性技术文件)?$")
_NUMBER = re.compile(r"^(?:GB(?:/[TZ])?|DB\d{2,6}(?:/T)?|T/[A-Z][A-Z0-9]{1,11}|[A-Z]{2,4}(?:/[TZ])?)\s*"
                     r"[\dX]{1,6}(?:\.[\dX]{1,3})*\s*[—–－-]+\s*[\dX]{4}$")
_REPLACES = re.compile(r"^代替\s*(\S.*)$")
_STAGE = re.compile(r"^[（(]((?:工作组)?讨论稿|征求意见稿|送审稿|报批稿|草案)[)）]$")
_DONE = re.compile(r"^[（(]?本稿完成(?:日期|时间)\s*[:：]?\s*(.+?)[)）]?$")
_DATES = re.compile(r"^(\S+)\s*发布\s+(\S+)\s*实施$")
_ISSUED = re.compile(r"^(.*?)\s*发\s*布$")
_ORG = re.compile(r"^[\u4e00-\u9fff（）()]{4,40}(?:局|委员会|部|院|厅|委|会|中心|联盟)$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,;:’'()/—–-]+$")
# a placeholder a draft's cover prints for the number and days it does not have yet: "GB/T XXXXX—202X", "202X-XX-XX"
_PLACEHOLDER = re.compile(r"X{2,}|\d{3}X|\dX\b")
# the body: 目次 over its entries, then 前言, clause titles ("1 范围", "4.1 一般要求"), appendices, 参考文献
_TOC = re.compile(r"^目\s*次$")
_SECTIONS = {norm_key(w): w for w in ("前言", "引言", "参考文献", "索引")}
_CLAUSE_TITLE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\s+(?=\S)([^。；;：:，,！？!?]{1,40})$")
_LEADER = re.compile(r"[\s.．…·]*(?:\d+|[IVX]+)?$")  # a 目次 entry's dot leader and page number
_APPENDIX = re.compile(r"^附\s*录\s*([A-Z])\s*([（(](?:资料性|规范性)(?:附录)?[)）])?\s*(.*)$")
_APPENDIX_KIND = re.compile(r"^[（(](?:资料性|规范性)(?:附录)?[)）]$")
# an informative appendix, whose worked examples ("A.2 该中心计划…到2026年将PUE降至1.22") are nobody's goals
_INFORMATIVE = re.compile(r"附\s*录\s*[A-Z]\s*[（(]资料性|资料性附录|\b(?:Annex|Appendix)\s+[A-Z]\s*\(informative\)",
                          re.I)


def is_placeholder_number(number: str) -> bool:
    """Whether a number is a draft's placeholder ("GB/T XXXXX—202X"), which identifies no document."""
    return bool(_PLACEHOLDER.search(number))


def standard_text(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a standard's cover into doc and drop it, drop its 目次 (kept in meta), and mark its headings; other
    documents pass through unchanged. The cover is told by its ICS or CCS line with its number or series line."""
    lines = [doc.title] + [b.text for b in blocks]  # lines[i] is blocks[i - 1]
    head = lines[:8]
    if not any(_ICS.match(x) or _CCS.match(x) for x in head) or \
            not any(_NUMBER.match(x) or _SERIES.match(x) for x in head):
        return blocks
    end = _cover(doc, lines)
    body = blocks[end - 1:]
    body = _contents(doc, body)
    return _headings(doc, body)


def _cover(doc: Document, lines: list[str]) -> int:
    """Read the cover's lines into doc; the index in lines of the first line after the cover."""
    meta, title, english, orgs = doc.meta, [], [], []
    dated = False
    k = 0
    for k, line in enumerate(lines):
        if k >= 30 or k and (_TOC.match(line) or norm_key(line) in _SECTIONS or _CLAUSE_TITLE.match(line)):
            break
        if m := _ICS.match(line):
            meta["ICS"] = m.group(1)
        elif m := _CCS.match(line):
            meta["CCS"] = m.group(1)
        elif _SERIES.match(line):
            meta["letterhead"] = line
        elif _NUMBER.match(line):
            doc.doc_number = line
        elif m := _REPLACES.match(line):
            meta["代替"] = m.group(1)
        elif m := _STAGE.match(line):
            meta["stage"] = m.group(1)
            doc.kind = "draft"  # not (yet) in force, whatever it would say once issued
        elif m := _DONE.match(line):
            meta["本稿完成日期"] = m.group(1)
            doc.date_written = doc.date_written or iso_date(m.group(1))
        elif m := _DATES.match(line):
            dated = True
            doc.date_published = doc.date_published or iso_date(m.group(1))
            if iso_date(m.group(2)):
                meta["实施日期"] = iso_date(m.group(2))
        elif (m := _ISSUED.match(line)) and (dated or orgs or _ORG.match(m.group(1))):
            doc.issuer = "、".join([*orgs, *m.group(1).split()])
            k += 1  # the last line of the cover
            break
        elif dated and _ORG.match(line):
            orgs.append(line)
        elif _LATIN.match(line) and title:
            english.append(line)
        elif HAN_CHAR.search(line) and doc.doc_number and not english and "stage" not in meta and \
                not re.search(r"[。；;！？!?]", line):
            title.append(line)
        else:
            meta["cover"] = " ".join(filter(None, [meta.get("cover", ""), line]))
    if title:
        doc.title = " ".join(title)
    elif _ICS.match(doc.title) or _CCS.match(doc.title):
        doc.title = ""  # the cover's first line, read as the title: the parser finds one in the text
    if english:
        meta["title_en"] = " ".join(english)
    return k


def _contents(doc: Document, body: list[Block]) -> list[Block]:
    """The body less its 目次 and the entries it lists, up to where its first entry ("前言") heads the text; the
    entries go to meta. Left as it is where that line is not found."""
    if not body or not _TOC.match(body[0].text):
        return body
    first = norm_key(_LEADER.sub("", body[1].text)) if len(body) > 1 else ""
    for k, block in enumerate(body[2:], 2):
        if first and norm_key(_LEADER.sub("", block.text)) == first:
            doc.meta["目次"] = "\n".join(b.text for b in body[1:k])
            return body[k:]
    return body


def _headings(doc: Document, body: list[Block]) -> list[Block]:
    """前言, 参考文献, clause titles ("4.1 一般要求", level 2) and an appendix's label, kind and title lines (one
    heading, "附录A（资料性） 智能算力中心能效评价示例") as headings; the title repeated over the text as its title."""
    out: list[Block] = []
    k = 0
    while k < len(body):
        block, text = body[k], body[k].text
        if block.kind != "para":
            out.append(block)
        elif norm_key(text) in _SECTIONS:
            out.append(Block(_SECTIONS[norm_key(text)], "heading", 1))
        elif norm_key(text) == norm_key(doc.title):
            out.append(Block(text, "title", 1))
        elif m := _CLAUSE_TITLE.match(text):
            out.append(Block(text, "heading", m.group(1).count(".") + 1))
        elif m := _APPENDIX.match(text):
            kind, title = m.group(2) or "", m.group(3)
            if not kind and k + 1 < len(body) and _APPENDIX_KIND.match(body[k + 1].text):
                k += 1
                kind = body[k].text
            if not title and k + 1 < len(body) and _title_line(body[k + 1].text):
                k += 1
                title = body[k].text
            out.append(Block(" ".join(filter(None, [f"附录{m.group(1)}{kind}", title])), "heading", 1))
        else:
            out.append(block)
        k += 1
    return out


def _title_line(text: str) -> bool:
    return 0 < len(text) <= 40 and not re.search(r"[。；;：:，,！？!?]", text) and not re.match(r"[A-Z]\.\d", text)


def drop_example_targets(clauses: list[Clause]) -> None:
    """An informative appendix (附录A（资料性）, 资料性附录, "Annex B (informative)") gives worked examples and
    notes, binding on no one: its clauses set no goals (a fictional centre's "到2026年将PUE降至1.22")."""
    for c in clauses:
        if any(_INFORMATIVE.search(h) for h in [c.path, *c.headings]):
            c.targets = []
            c.tags = [t for t in c.tags if t != "targets"]
            c.evidence.pop("targets", None)
