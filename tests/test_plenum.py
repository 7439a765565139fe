"""A Party committee plenum's 公报 as a government site reprints it from a newspaper (ingest.plenum): the committee
its title names issued it, the paper is only its source, and the departments it names take its province."""

from __future__ import annotations

from ingest.parse import parse
from ingest.plenum import plenum_issuer
from ingest.segment import segment

_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_甲乙省人民政府</title></head>
<body><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/yw/">要闻动态</a></div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布时间：2026-07-30 07:15　来源：{source}　浏览次数：<span>128</span>　【字体：<a href="#">大</a>
<a href="#">中</a> <a href="#">小</a>】　<a href="javascript:window.print()">打印</a></div>
<div class="content">
<p style="text-align:center">（2026年7月29日{session}通过）</p>
<p>{session}，于2026年7月28日至29日在省会举行。</p>
<p>出席全会的有省委委员76名，候补委员9名。省纪委监委委员和有关方面负责同志列席会议。</p>
<p>全会指出，省委网信办、省发展改革委、省工业和信息化厅等部门要按照职责分工，细化工作举措，强化协同配合。</p>
<p>全会审议通过了关于递补省委委员的决定，递补省委候补委员王某、刘某为省委委员。</p>
</div></div></body></html>"""
_SESSION = "中国共产党甲乙省第十五届委员会第十次全体会议"


def _page(title: str = f"{_SESSION}公报", source: str = "甲乙日报", session: str = _SESSION):
    return parse(_PAGE.format(title=title, source=source, session=session), "plenum.html")


def test_a_plenums_communique_is_its_committees_not_the_papers():
    doc = _page()
    assert doc.issuer == "中共甲乙省委员会"
    assert "中共甲乙省委" in doc.issuer  # the short form the issuer filter (a part of the name) may be given
    assert doc.meta["来源"] == "甲乙日报"
    assert doc.kind == "report"
    assert doc.date_written == "2026-07-29" and doc.date_published == "2026-07-30"


def test_the_departments_a_plenum_names_take_its_province():
    clause = next(c for c in segment(_page()) if "省发展改革委" in c.text)
    assert clause.agencies.lead == ["甲乙省委网信办", "甲乙省发展改革委", "甲乙省工业和信息化厅"]


def test_plenum_titles_of_each_level_and_form_name_their_committee():
    assert plenum_issuer("中共南昌市委十三届七次全会公报") == "中共南昌市委员会"
    assert plenum_issuer("中国共产党南昌市东湖区第十届委员会第五次全体会议公报") == "中共南昌市东湖区委员会"
    assert plenum_issuer("中国共产党第二十届中央委员会第四次全体会议公报") == "中共中央委员会"
    assert plenum_issuer("中国共产党江西省第十五届委员会第十次全体会议关于加快建设数字江西的决议") == "中共江西省委员会"
    assert plenum_issuer("中共江西省委第十五届委员会第十次全体会议决定") == "中共江西省委员会"


def test_other_titles_about_a_plenum_are_none():
    for title in ("关于认真学习贯彻省委十五届十次全会精神的通知", "中共江西省委关于加快建设数字江西的决定",
                  "江西省第十五届委员会第十次全体会议公报解读",
                  "中国共产党江西省第十五届委员会第十次全体会议在南昌举行",
                  "2026年江西省国民经济和社会发展统计公报"):
        assert plenum_issuer(title) == "", title


def test_a_reprinted_page_of_another_kind_keeps_its_source_as_issuer():
    # a news story on the plenum, reprinted from the paper: the paper's, as before
    doc = _page(title="省委十五届十次全会在省会举行", session="省委十五届十次全会")
    assert doc.issuer == "甲乙日报" and doc.kind != "report"


def test_a_plenum_page_with_no_source_line_is_its_committees():
    doc = _page(source="本网")
    assert doc.issuer == "中共甲乙省委员会"  # "来源：本网" names no source
