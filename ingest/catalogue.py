"""A catalogue of documents kept as a table: one row per document, quoting the document's own words.

Analysts keep lists of policies as spreadsheets: the Tianhe index in the shared corpus has 文档标题,
发文机关, 文号, 发布日期, 出处链接 and 原文关键条款(逐字摘录) for 37 documents. Each row whose text
column quotes its document becomes a draft Document of those words, cited to the row's link and marked
as an excerpt (meta["excerpt_from"]). A table without such a column, such as AGORA's summaries and
tags, holds data about documents, not their words, and is refused as before.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import PurePath

from ingest.errors import ParseError
from ingest.kinds import guess_kind
from ingest.metadata import find_doc_number, iso_date
from ingest.simplified import to_simplified
from ingest.text import norm_key
from ingest.types import Block, Document
from ingest.validity import validity_end

log = logging.getLogger(__name__)

# Header names, compared without case, spaces or a parenthesised note ("原文关键条款(逐字摘录)"). The text
# column must hold the document's words: a summary is somebody else's.
COLUMNS = {
    "title": ("文档标题", "标题", "文件名称", "文件标题", "title", "document title"),
    "text": ("原文关键条款", "原文", "关键条款", "条款原文", "原文摘录", "摘录", "正文", "全文", "text",
             "full text", "excerpt", "quoted text"),
    "issuer": ("发文机关", "发布机构", "发布机关", "发文单位", "issuer", "issuing body"),
    "number": ("文号", "发文字号", "document number"),
    "date": ("发布日期", "成文日期", "印发日期", "日期", "date", "date published"),
    "url": ("出处链接", "原文链接", "链接", "网址", "url", "link", "source url"),
}
EXCERPT_FMT = "catalogue"  # Document.fmt of a row's excerpt
_NOTE = re.compile(r"[(（][^)）]*[)）]")
MAX_ROWS = 10_000


def _header_key(name: str) -> str:
    return re.sub(r"\s+", "", _NOTE.sub("", name)).lower()


def _columns(header: list[str]) -> dict[str, str]:
    """Which header names hold the title, text, issuer, number, date and link."""
    found: dict[str, str] = {}
    for role, names in COLUMNS.items():
        for name in names:
            match = next((h for h in header if _header_key(h) == name.replace(" ", "")), None)
            if match is not None and match not in found.values():
                found[role] = match
                break
    return found


def read_catalogue(text: str, source: str) -> list[tuple[Document, str]]:
    """Each usable row as (draft Document, its link). Raise ParseError for a table of data, not words.

    The drafts still need finishing (language, id) like any parsed page; rows without a title or text
    are skipped and logged.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), dialect=_dialect(text))
    header = [h for h in (reader.fieldnames or []) if h]
    cols = _columns(header)
    if "title" not in cols or "text" not in cols:
        raise ParseError(source, "is a data table, not a document: no column of document titles and one "
                                 "of their text (文档标题 and 原文, or title and text)")
    used = set(cols.values())
    out: list[tuple[Document, str]] = []
    for n, row in enumerate(reader, 1):
        if n > MAX_ROWS:
            log.warning("%s: only the first %d rows are read", source, MAX_ROWS)
            break
        title, body = (row.get(cols["title"]) or "").strip(), (row.get(cols["text"]) or "").strip()
        if not title or not norm_key(body):
            log.info("%s row %d: no title or no text; skipped", source, n)
            continue
        number_cell = (row.get(cols.get("number", "")) or "").strip()
        number = find_doc_number(number_cell)
        meta = {k: v.strip() for k, v in row.items() if k and k not in used and v and v.strip()}
        # "（政策宣传）", "…为依据", "（依据穗天教规字〔2024〕1号）": a note, or the number of another document
        if number_cell and (norm_key(number) != norm_key(number_cell) or "依据" in number_cell):
            meta[cols["number"]] = number_cell
            number = ""
        meta["excerpt_from"] = f"{PurePath(source).name} row {n}"  # the table's name, not where it lies here
        if "失效日期" not in meta and (end := validity_end(to_simplified(" ".join(meta.values())))):
            meta["失效日期"], meta["失效日期依据"] = end  # as a gz.gov.cn page gives it: the last day in force
        draft = Document(
            doc_id="", title=title, lang="", fmt=EXCERPT_FMT,
            blocks=[Block(line.strip()) for line in body.splitlines() if line.strip()],
            issuer=(row.get(cols.get("issuer", "")) or "").strip(), doc_number=number,
            date_published=iso_date((row.get(cols.get("date", "")) or "").strip()), meta=meta,
            kind=guess_kind(title, number_cell if not number else ""),
        )
        out.append((draft, (row.get(cols.get("url", "")) or "").strip()))
    if not out:
        raise ParseError(source, "a catalogue with no row that has both a title and text")
    return out


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma-separated unless the first line has more tabs than commas."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return csv.excel_tab if first.count("\t") > first.count(",") else csv.excel
