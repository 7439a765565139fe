"""A news story's wire dateline, "新华社北京1月9日电" opening its first paragraph: who filed it, where and on what
day, read into its metadata (the text keeps it); it makes the document news."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ingest.kinds import guess_kind
from ingest.metadata import iso_date
from ingest.types import Block, Document

# the agency (新华社, 中新社, 人民网, 央视网, 本报…), the place it was filed from, the day (its year often left out,
# as the page's stamp gives it), then 电 or 讯; a reporter's name in brackets may follow
_DATELINE = re.compile(r"^(?P<agency>本报|[\u4e00-\u9fff]{1,6}?(?:社|网|網|报|報|台))(?P<place>[\u4e00-\u9fff]{0,8}?)"
                       r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|電|讯|訊)")
# a page that prints a document in full under its dateline ("…印发《…意见》，全文如下：") is that document, not news
_FULL_TEXT = re.compile(r"全文如下")
_LEEWAY = timedelta(days=2)  # a story filed late in the evening may be stamped the next morning


def wire_dateline(doc: Document, blocks: list[Block]) -> None:
    """Read the dateline that opens the first paragraph into doc: meta["dateline"], the day it was filed (its
    year from the page's date where it gives none: a dateline after the page's day is last year's; no year known,
    no day), and the kind news where the title says nothing else."""
    first = next((b.text for b in blocks if b.kind == "para"), "")
    m = _DATELINE.match(first.lstrip("　 "))
    if not m or _FULL_TEXT.search(first):
        return
    doc.meta.setdefault("dateline", m.group())
    doc.date_written = doc.date_written or _filed(m, doc.date_published or doc.date)
    if not guess_kind(doc.title):
        doc.kind = doc.kind or "news"


def _filed(m: re.Match[str], page_day: str) -> str:
    """The day a dateline gives, its year from the page's day when it has none; "" if it cannot be told."""
    month, day = int(m.group("month")), int(m.group("day"))
    if m.group("year"):
        return iso_date(f"{m.group('year')}年{month}月{day}日")
    if not page_day:
        return ""
    page = date.fromisoformat(page_day)
    for year in (page.year, page.year - 1):
        try:
            filed = date(year, month, day)
        except ValueError:
            return ""
        if filed <= page + _LEEWAY:
            return filed.isoformat()
    return ""
