"""ingest.promulgation (with ingest.parse): the announcement that promulgates a Chinese law, the note of the day it
was passed and its table of contents are metadata, not clauses; a 人大 page's line of facts is page debris."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

LAW = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>测试市数据产业促进条例_法规库_测试人大网"
       "</title></head><body><div class='article'><h1>测试市数据产业促进条例</h1>"
       "<div class='info'>发布时间：2023-07-06　来源：测试市人大常委会办公厅　字号：[大 中 小]</div>"
       "<div class='content'>"
       "<p>测试市第七届人民代表大会常务委员会公告</p><p>第二十一号</p>"
       "<p>《测试市数据产业促进条例》经测试市第七届人民代表大会常务委员会第五次会议于2023年6月28日通过，现予公布，"
       "自2023年9月1日起施行。</p>"
       "<p>测试市人民代表大会常务委员会</p><p>2023年7月5日</p>"
       "<p>测试市数据产业促进条例</p>"
       "<p>（2023年6月28日测试市第七届人民代表大会常务委员会第五次会议通过）</p>"
       "<p>目　　录</p><p>第一章　总　　则</p><p>第二章　附　　则</p>"
       "<p>第一章　总　　则</p>"
       "<p>第一条　为了促进数据产业发展，制定本条例。</p>"
       "<p>第二条　市工业和信息化部门是数据产业促进工作的主管部门。</p>"
       "<p>第二章　附　　则</p>"
       "<p>第三条　本条例自2023年9月1日起施行。</p></div></div></body></html>")


def test_a_law_s_announcement_passing_note_and_contents_are_metadata():
    # the page's facts line, the announcement's lines and "（…通过） 目 录" were clauses ¶1-¶4, ranked above articles
    doc = parse(LAW, "law.html")
    assert (doc.issuer, doc.date_written, doc.date_published, doc.date) == (
        "测试市人民代表大会常务委员会", "2023-06-28", "2023-07-06", "2023-06-28")
    assert doc.meta["公告"] == "测试市第七届人民代表大会常务委员会公告 第二十一号"
    assert doc.meta["promulgation"].startswith("《测试市数据产业促进条例》经")
    assert doc.meta["adopted"].startswith("（2023年6月28日")
    assert doc.meta["signed"] == "测试市人民代表大会常务委员会 2023年7月5日"
    assert doc.meta["实施日期"] == "2023-09-01"  # from 本条例自2023年9月1日起施行
    assert [c.text[:3] for c in segment(doc)] == ["第一条", "第二条", "第三条"]


def test_an_announcement_without_its_promulgating_text_stays():
    # a notice that happens to open with a 公告 head, not followed by "现予公布": nothing read
    page = LAW.replace("现予公布，", "")
    doc = parse(page, "law.html")
    assert "公告" not in doc.meta and doc.blocks[0].text == "测试市第七届人民代表大会常务委员会公告"
