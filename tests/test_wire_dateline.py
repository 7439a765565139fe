"""ingest.wire_dateline (with ingest.parse and ingest.html): a news page's header time stamp and its wire
dateline ("新华社北京1月9日电") give its date and make it news; its editor's credit is no clause text."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

PAGE = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title}-新华网</title></head><body>"
        "<div class='header'><a href='/'>新华网</a> | 时政</div>"
        "<div class='head-line'><h1><span class='title'>{title}</span></h1>"
        "<div class='header-time'>{stamp}</div><div class='source'>来源：新华社</div></div>"
        "<div id='detail'><p>　　{dateline}　国务院总理1月9日主持召开国务院常务会议，研究部署有关工作。</p>"
        "<p>　　会议指出，2025年，我国人工智能核心产业规模超过9000亿元，同比增长24%。</p>"
        "<p>　　会议还研究了其他事项。</p><div class='editor'>【责任编辑：王蕾】</div></div></body></html>")
TITLE = "国务院常务会议研究部署深入实施人工智能行动等工作"


def _page(stamp: str = "2026-01-09 19:42:15", dateline: str = "新华社北京1月9日电") -> str:
    return PAGE.format(title=TITLE, stamp=stamp, dateline=dateline)


def test_a_news_page_s_stamp_and_dateline_give_its_date_and_kind():
    # date "" and kind "" before: the stamp's <div class="header-time"> was dropped with the page's header
    doc = parse(_page(), "x.html")
    assert (doc.date_published, doc.date_written, doc.date) == ("2026-01-09",) * 3
    assert (doc.kind, doc.issuer, doc.meta["dateline"]) == ("news", "新华社", "新华社北京1月9日电")
    clauses = segment(doc)
    assert clauses[-1].text.endswith("会议还研究了其他事项。")  # its editor's credit was glued to it
    assert not any("2026-01-09" in c.text for c in clauses)


def test_a_dateline_without_a_year_takes_the_page_s_and_else_none():
    # a story filed on 31 December, stamped on 1 January, was filed last year
    doc = parse(_page("2026-01-01 00:10:00", "新华社北京12月31日电"), "x.html")
    assert (doc.date_written, doc.date_published) == ("2025-12-31", "2026-01-01")
    doc = parse(_page("发布时间待定", "新华社北京1月9日电"), "x.html")
    assert doc.date == "" and doc.kind == "news"


def test_a_page_printing_a_document_in_full_under_its_dateline_is_not_news():
    doc = parse(_page(dateline="新华社北京1月9日电 国务院办公厅印发《意见》，全文如下："), "x.html")
    assert doc.kind == "" and "dateline" not in doc.meta
