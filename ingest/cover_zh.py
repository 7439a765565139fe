"""Reads the cover of a Chinese report or plan saved from PDF (a 专项债券 实施方案, a 可行性研究报告, a 绩效评价报告):
the bond series or issuer over its title, the cover's facts under it (项目单位：…, 评价组织单位：…, 报告编号：…, its
month) and its dotted 目录, as metadata."""

from __future__ import annotations

import re

from ingest.metadata import is_org_line
from ingest.types import Document

# the series a project's bonds are issued in, on a line of its own over the title: "2026年江西省政府专项债券（十二期）"
_SERIES = re.compile(r"^\d{4}\s*年[\u4e00-\u9fff]{2,30}债券\s*[（(](?:第?[一二三四五六七八九十百\d]{1,5}[期批])[）)]$")
# a fact of the cover, its label before a colon: "项目单位：南昌市数据局", "编制单位：江西赣达工程咨询有限公司"
# an evaluation's or audit's ("评价组织单位：山东省财政厅", "评价实施机构：…事务所", "报告编号：鲁财绩评〔2026〕7号")
_FACT = re.compile(r"^(?P<label>项目(?:主管|实施|建设|申报|业主)?(?:单位|部门)|(?:主管|实施|建设|申报|报送|编制|业主)"
                   r"(?:单位|部门)|编制(?:时间|日期)|(?:评价|评估|审计)(?:组织|实施|委托)?(?:单位|机构)|委托(?:单位|方)"
                   r"|被(?:评价|评估|审计)单位|报告编号)\s*[:：]\s*(?P<value>\S.{0,60})$")  # not a table's "单位：万元"
# the cover's "2026年3月", or in characters "二〇二六年五月"
_MONTH = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$")
# the facts of an evaluation's or audit's cover, which make a title "…报告" its report
_REPORT_FACT = re.compile(r"^(?:(?:评价|评估|审计).{0,4}(?:单位|机构)|委托(?:单位|方)|报告编号)$")
_CONTENTS = re.compile(r"^目\s*录$")
# an entry of a dotted 目录 with its page: "一、项目概况 ........ 1", "（二）资金筹措……3"
_LEADER = re.compile(r"^(?P<entry>\S.*?)\s*(?:[.．·•]{4,}|…{2,})\s*(?P<page>\d{1,4})$")
# a body's first heading, where the cover has ended: "一、项目概况", "第一章 总则" (no 目录 entry: it has no page)
_BODY = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条])")
_FRONT = 60  # how many lines a cover and its 目录 may take


def zh_cover(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """lines less their cover's series line, facts and dotted 目录, and those as metadata: `series`, each fact by
    its label (`项目单位`…), the month under them (`cover_date`), the issuer's line over the title of a cover with
    facts (`letterhead`: "山东省财政厅", a line of its own) and `contents` ("一、项目概况 1; …"). Only the lines
    before the body's first heading are read; a fact needs another beside it, and a 目录 two entries."""
    texts = [ln.strip() for ln in lines]
    end = next((i for i, t in enumerate(texts[:_FRONT]) if _BODY.match(t) and not _LEADER.match(t)),
               min(len(texts), _FRONT))
    meta: dict[str, str] = {}
    drop: set[int] = set()
    first = next((i for i in range(end) if texts[i]), None)
    if first is not None and _SERIES.match(texts[first]):
        meta["series"] = texts[first]
        drop.add(first)
    facts = [i for i in range(end) if _FACT.match(texts[i])]
    if len(facts) >= 2:
        for i in facts:
            m = _FACT.match(texts[i])
            meta.setdefault(m["label"], m["value"].strip())
            drop.add(i)
        month = next((i for i in range(facts[-1] + 1, end) if texts[i]), None)
        if month is not None and _MONTH.match(texts[month]):
            meta["cover_date"] = re.sub(r"\s+", "", texts[month])
            drop.add(month)
        if first is not None and first not in drop and _issuer_over_title(texts, first, facts[0]):
            meta["letterhead"] = texts[first]
            drop.add(first)
    head = next((i for i in range(end) if _CONTENTS.match(texts[i])), None)
    entries = [i for i in range(head + 1 if head is not None else 0, end) if _LEADER.match(texts[i])]
    if head is not None and len(entries) >= 2:
        meta["contents"] = "; ".join("{entry} {page}".format(**_LEADER.match(texts[i]).groupdict()) for i in entries)
        drop.update([head, *entries])
    return [ln for i, ln in enumerate(lines) if i not in drop], meta


def _issuer_over_title(texts: list[str], first: int, facts: int) -> bool:
    """Whether the cover's first line is its issuer's name set apart over the title: an organisation's name, a
    blank line, then the title's lines before the facts."""
    return (is_org_line(texts[first]) and first + 2 < facts and not texts[first + 1]
            and any(texts[i] for i in range(first + 2, facts)))


def fill_cover_report(doc: Document) -> None:
    """An evaluation's or audit's report by its cover (评价组织单位：…, 报告编号：… read into meta) and its title
    (…绩效评价报告, …评估报告): kind report, its 报告编号 its number."""
    if not doc.title.endswith("报告") or not any(_REPORT_FACT.match(k) for k in doc.meta):
        return
    doc.kind = doc.kind or "report"
    doc.doc_number = doc.doc_number or doc.meta.get("报告编号", "")
