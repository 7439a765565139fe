"""A Chinese body's periodic report saved from PDF as text (中国人民银行's 中国货币政策执行报告, a ministry's quarterly
report): its cover (title, period, issuer, date) read into metadata, the running header that repeats its title and
the page numbers dropped, a sentence cut by a page break joined, its 第N部分 parts made headings, a table parted by
full-width spaces read into rows. Kind report."""

from __future__ import annotations

import re

from ingest.cover_read import CoverRead
from ingest.metadata import iso_date
from ingest.pdf_text import is_page_number
from ingest.text_table import fullwidth_rows
from ingest.types import Document

_COVER = 8  # the cover's most lines before the first page's running header
# a page's number centred in roman figures, as a report numbers its front matter ("Ⅰ", "ii")
_ROMAN_PAGE = re.compile(r"^\s{10,}(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3}|[ivxl]{1,6}|[IVXL]{1,6})\s*$")
_TITLE = re.compile(r"^[\u4e00-\u9fff《》“”（）()]{4,40}$")
# the period a periodic report covers, on the cover or beside its title in the running header
_PERIOD = re.compile(r"^\d{4}年(?:第[一二三四]季度|[上下]半年|前三季度|年度|度|第\d{1,2}期)?$")
# the issuer over its unit that wrote the report: "中国人民银行货币政策分析小组" (the bank, its group), "国家统计局"
_ISSUER = re.compile(r"^(?P<body>(?:中国|国家|国务院)?[\u4e00-\u9fff]{1,12}?(?:银行|委员会|部|委|署|总局|局|院))"
                     r"(?P<unit>[\u4e00-\u9fff]{2,14}(?:小组|课题组|编写组|工作组|司|局|室|中心))?$")
_TERMINAL = tuple("。！？；：")
# what opens a paragraph after a page break however the page before ends: a part, section, box, table, note
_OPENS = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
                    r"|专栏|表\d|注|数据来源)")
# a part of the report, heading its sections: "第一部分　货币信贷概况"
PART = re.compile(r"^第[一二三四五六七八九十]+部分[\s\u3000]*[^\s。！？；，]{2,30}$")


class PeriodicReport(CoverRead):
    """What a periodic report's cover says of it."""

    def fill(self, doc: Document) -> None:
        """Write what was read into doc and make its parts (第一部分 …) headings over their sections."""
        self.write(doc, "report", lambda text: bool(PART.match(text)), 1)


def periodic_report(text: str) -> tuple[str, PeriodicReport | None]:
    """text less a periodic report's cover and page furniture, its title line kept first; (text, None), untouched,
    where no running header that opens with the cover's first line follows two page numbers or more."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pages = [k for k, ln in enumerate(lines) if is_page_number(ln) or _ROMAN_PAGE.match(ln)]
    heads = [lines[j].strip() for k in pages if (j := _next_text(lines, k)) is not None]
    cover = [ln.strip() for ln in lines[:next((k for k, ln in enumerate(lines) if ln.strip() in heads), 0)]
             if ln.strip()]
    running = next((h for h in heads if heads.count(h) >= 2), "")
    if len(pages) < 2 or not running or not cover or len(cover) > _COVER or not _TITLE.match(cover[0]) \
            or not _squeezed(running).startswith(cover[0]):
        return text, None
    found = _read_cover(cover, _squeezed(running)[len(cover[0]):])
    start = len(_through_cover(lines, len(cover)))
    body = _without_furniture(lines[start:], {k - start for k in pages}, running)
    return "\n".join([found.title, "", *fullwidth_rows(body)]), found


def _squeezed(line: str) -> str:
    return re.sub(r"[\s\u3000]+", "", line)


def _through_cover(lines: list[str], n: int) -> list[str]:
    """The lines up to the cover's last (its n lines of text)."""
    seen = 0
    for k, ln in enumerate(lines):
        seen += bool(ln.strip())
        if seen == n:
            return lines[:k + 1]
    return lines


def _read_cover(cover: list[str], beside: str) -> PeriodicReport:
    """The title with its period (the cover's line under it, or the running header's after it), the issuer line
    (the body as issuer, its unit `meta.department`) and the date."""
    found = PeriodicReport(meta={"cover": " / ".join(cover)})
    period = next((ln for ln in cover[1:] if _PERIOD.match(ln)), "") or (beside if _PERIOD.match(beside) else "")
    found.title = f"{cover[0]}（{period}）" if period and period not in cover[0] else cover[0]
    for line in cover[1:]:
        if line == period:
            continue
        if iso_date(line) and len(line) <= 20:
            found.date = found.date or iso_date(line)
        elif (m := _ISSUER.match(line)) and not found.issuer:
            found.issuer = m["body"]
            if m["unit"]:
                found.meta["department"] = m["unit"]
    return found


def _without_furniture(lines: list[str], pages: set[int], running: str) -> list[str]:
    """lines less page numbers and the running header wherever it stands; a page break where a sentence goes on
    (its line ends none, the next opens no part, section or note) leaves no blank line, so the sentence is one."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not (k in pages or lines[k].strip() == running):
            out.append(lines[k])
            k += 1
            continue
        while k < len(lines) and (k in pages or lines[k].strip() == running or not lines[k].strip()):
            k += 1
        while out and not out[-1].strip():
            out.pop()
        last = out[-1].strip() if out else ""
        after = lines[k].strip() if k < len(lines) else ""
        if not (last and after and not last.endswith(_TERMINAL) and not _OPENS.match(after)):
            out.append("")
    return out


def _next_text(lines: list[str], k: int) -> int | None:
    return next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
