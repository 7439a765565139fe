"""A listed company's announcement (上市公司公告) saved from PDF as text, told by the exchange's header line that opens
it ("证券代码：688472　证券简称：华芯数智　公告编号：2026-037", as SSE, SZSE and BSE print it): the header's codes
read into metadata (its 公告编号 the number), the title centred under it (the company's name over "关于…的公告") one
line, the company the issuer (its 董事会 signs for it), and the filings listed under the signature (报备文件) no
clauses."""

from __future__ import annotations

import re

from ingest.cover_read import CoverRead
from ingest.metadata import is_date_line, iso_date
from ingest.pdf_text import is_page_number
from ingest.text import unwrap
from ingest.types import Document

# one of the header's lines: "证券代码：688472　证券简称：华芯数智　公告编号：2026-037", "转债代码：118xxx　转债简称：
# …"; each code with its label, parted by spaces
_HEADER = re.compile(r"^\s*(?:证券|股票|债券|转债)代码\s*[:：]\s*\S+(?:\s+\S{2,6}\s*[:：]\s*\S+){0,3}\s*$")
_FIELD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>[^\s:：]+)")
_NUMBER_LABELS = ("公告编号", "编号")  # "编号：临2026-001" too
_TERMINAL = tuple("。！？；：.!?;:")
_TITLE_LINES = 4  # a title centred on up to four lines
# what the title's last line ends in: what the announcement is, "…的公告", "…报告摘要", "…的公告（更正后）"
_TITLE_END = re.compile(r"(?:公告|通知|报告|摘要|函|书|意见|决议|说明|提示)(?:[（(][^（）()]{1,12}[)）])?$")
# the company's name alone on the title's first line, over "关于…的公告"
_COMPANY = re.compile(r"^[\u4e00-\u9fff（）()A-Za-z]{2,40}?(?:股份有限公司|有限责任公司|有限公司|集团|银行)$")
# the board (or supervisors) that signs for the company: "江苏华芯数智科技股份有限公司董事会"
_SIGNER = re.compile(r"^(?P<company>\S{4,40}?)(?:董事会|监事会)$")
# the label of the filings listed under the signature: "报备文件", "备查文件："
_FILINGS = re.compile(r"^(?P<label>报备文件|备查文件)\s*[:：]?$")
_ITEM = re.compile(r"^(?:[（(]?\d{1,2}[)）．.、]|[①-⑳])")


class ListedNotice(CoverRead):
    """What a listed company's announcement says of itself in its header, title and signature (a cover's facts,
    written its own way: the title over the parser's, the rest where the parser found none)."""

    def fill(self, doc: Document) -> None:
        """Write what was read into doc: the title over the parser's, the rest where the parser found none."""
        doc.title = self.title or doc.title
        doc.issuer = doc.issuer or self.issuer
        doc.doc_number = doc.doc_number or self.number
        doc.date_published = doc.date_published or self.date
        for key, value in self.meta.items():
            doc.meta.setdefault(key, value)


def listed_notice(text: str) -> tuple[str, ListedNotice | None]:
    """text less a listed company's announcement's header lines and filings list, its title one line first;
    (text, None), untouched, where the first line of text is no exchange header."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    at = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if at is None or not _HEADER.match(lines[at]):
        return text, None
    found = ListedNotice()
    while at < len(lines) and (_HEADER.match(lines[at]) or not lines[at].strip()):
        for m in _FIELD.finditer(lines[at]):
            if m["label"] in _NUMBER_LABELS:
                found.number = found.number or m["value"]
            else:
                found.meta.setdefault(m["label"], m["value"])
        at += 1
    header = {ln.strip() for ln in lines[:at] if ln.strip()}
    end = _title_end(lines, at)
    title = [ln.strip() for ln in lines[at:end]]
    if title:
        found.title = unwrap("\n".join(title))
        if _COMPANY.match(title[0]) and len(title) > 1:
            found.issuer = title[0]
    body = [ln for ln in lines[end:] if ln.strip() not in header]  # the header again atop a later page
    body = _signature(body, found)
    return "\n".join([found.title, "", *body]) if found.title else "\n".join(body), found


def _title_end(lines: list[str], at: int) -> int:
    """Where the title's lines under the header end: the line, of up to four short ones, that ends in what the
    announcement is (…的公告, …的通知, …报告摘要, …的公告（更正后）); at, no title, where none does."""
    for end in range(at, min(at + _TITLE_LINES, len(lines))):
        text = lines[end].strip()
        if not text or len(text) > 60 or text.endswith(_TERMINAL) or _ITEM.match(text):
            return at
        if _TITLE_END.search(text):
            return end + 1
    return at


def _signature(lines: list[str], found: ListedNotice) -> list[str]:
    """lines less the filings listed under the board's signature ("报备文件" over "1．…；" "2．…"), which go to
    `meta` under their label; the signature's company the issuer and its date the date, where the title gave none."""
    for k, line in enumerate(lines):
        m = _SIGNER.match(line.strip())
        nxt = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
        if m is None or nxt is None or not is_date_line(lines[nxt]):
            continue
        found.issuer = found.issuer or m["company"]
        found.date = found.date or iso_date(lines[nxt].strip())
        label = next((j for j in range(nxt + 1, min(nxt + 3, len(lines))) if lines[j].strip()), None)
        if label is None or not (f := _FILINGS.match(lines[label].strip())):
            return lines
        items, end = _filings(lines, label + 1)
        if items:
            found.meta[f["label"]] = "\n".join(items)
            return lines[:nxt + 1] + lines[end:]
        return lines
    return lines


def _filings(lines: list[str], at: int) -> tuple[list[str], int]:
    """The numbered items from at, a wrapped item's lines joined, up to a blank line or one that is no item's,
    and where they end; ([], at) where the first line is no item."""
    items: list[list[str]] = []
    k = at
    while k < len(lines) and (text := lines[k].strip()):
        if _ITEM.match(text):
            items.append([text])
        elif items and not items[-1][-1].endswith(tuple("。；;")) and not is_page_number(text):
            items[-1].append(text)
        else:
            break
        k += 1
    return [unwrap("\n".join(item)) for item in items], k
