"""A 规划纲要 chapter as a provincial portal prints it: the approval note and info bar under its title, its boxes
(专栏) of projects and the indicator table after them."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Document

_FACTS = """<table class="xxgk-info">
<tr><td>发布机构：</td><td>某省人民政府</td><td>成文日期：</td><td>2026年02月06日</td></tr>
<tr><td>发文字号：</td><td>某政发〔2026〕3号</td><td>发布日期：</td><td>2026年02月10日</td></tr></table>"""
_HEAD = """<html><head><meta charset="utf-8">
<title>某省国民经济和社会发展第十五个五年规划纲要（节选）_规划计划</title></head>
<body><div class="article">{facts}
<h1 class="article-title">某省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要（节选）</h1>
<div class="article-sub">（2026年1月28日某省第十四届人民代表大会第五次会议批准）</div>
<div class="article-info">发布时间：2026-02-10 16:30　来源：某省发展和改革委员会
　【字体：<a>大</a> <a>中</a> <a>小</a>】<a href="javascript:window.print()">打印</a></div>
<div class="article-content">
<p style="text-align:center"><strong>第五章　加快建设数字经济</strong></p>
<p>　　把握数字化发展的新特征，到2030年，数字经济核心产业增加值占地区生产总值比重达到13%。</p>
<p style="text-align:center"><strong>第一节　建设算力基础设施</strong></p>
<p>　　统筹全省算力布局，到2030年，全省智能算力规模达到50EFLOPS以上。</p>
{box}
<p style="text-align:center"><strong>表5　数字经济主要指标</strong></p>
<table border="1"><tr><td>指标</td><td>2025年</td><td>2030年</td><td>属性</td></tr>
<tr><td>智能算力规模（EFLOPS）</td><td>12</td><td>50</td><td>预期性</td></tr></table>
<p>　　注：2025年数据为预计数。</p></div></div></body></html>"""
_ITEMS = """<p><strong>专栏1　算力重大工程</strong></p>
<p>　　01　某市人工智能计算中心三期：新增智能算力10EFLOPS，2027年建成投用。</p>
<p>　　02　区域算力节点：各建设不少于5000个标准机架，PUE不高于1.25。</p>"""


def _page(box: str = f'<div class="zhuanlan">{_ITEMS}</div>', facts: str = _FACTS) -> Document:
    return parse(_HEAD.format(facts=facts, box=box), "plan.html")


def _paths(doc: Document) -> dict[str, str]:
    return {c.path: c.text for c in segment(doc)}


def test_a_plan_s_approval_note_and_info_bar_are_metadata_not_clauses():
    doc = _page()
    assert doc.meta["adopted"] == "（2026年1月28日某省第十四届人民代表大会第五次会议批准）"
    assert doc.meta["来源"] == "某省发展和改革委员会" and doc.issuer == "某省人民政府"
    assert (doc.date_written, doc.date_published) == ("2026-02-06", "2026-02-10")  # the page's 成文日期 first
    texts = " ".join(_paths(doc).values())
    assert "批准" not in texts and "发布时间" not in texts and "打印" not in texts
    # a page with no facts table: the day approved is the day written, the bar's day the day published
    bare = _page(facts="")
    assert (bare.date_written, bare.date_published) == ("2026-01-28", "2026-02-10")


def test_a_note_that_names_no_day_is_the_text_s_own():
    doc = Document("d", "t", "zh", [Block("第一章 总则", "heading", 2), Block("（经省人民政府批准）"),
                                    Block("本规划期限为2026年至2030年。")])
    from ingest.promulgation import promulgation
    assert [b.text for b in promulgation(doc, list(doc.blocks))][1] == "（经省人民政府批准）"
    assert "adopted" not in doc.meta


def test_a_table_after_a_box_is_the_section_s_and_the_box_s_projects_are_its_items():
    paths = _paths(_page())
    assert paths["第五章 > 第一节 > 专栏1 > 01"].endswith("新增智能算力10EFLOPS，2027年建成投用。")
    assert paths["第五章 > 第一节 > 专栏1 > 02"].startswith("02 区域算力节点")
    assert paths["第五章 > 第一节 > 表5 > row 1"].startswith("智能算力规模")
    assert "第五章 > 第一节 > 表5 > 注" in paths
    assert not any("专栏1 > 表5" in p for p in paths)


def test_a_box_framed_in_a_one_cell_table_gives_each_project_its_clause():
    framed = f'<table border="1"><tr><td>{_ITEMS}</td></tr></table>'
    paths = _paths(_page(box=framed))
    assert paths["第五章 > 第一节 > 专栏1 > 01"].startswith("01 某市人工智能计算中心三期")
    assert paths["第五章 > 第一节 > 专栏1 > 02"].startswith("02 区域算力节点")
    assert "第五章 > 第一节 > 表5 > row 1" in paths


def test_a_table_under_a_box_s_title_is_the_box_s():
    blocks = [Block("第一节 主要目标", "heading", 3), Block("到2030年，智能算力规模达到50EFLOPS以上。"),
              Block("专栏1 主要指标"), Block("表1 主要指标"), Block("指标 | 2025年 | 2030年"),
              Block("智能算力规模（EFLOPS） | 12 | 50")]
    paths = {c.path for c in segment(Document("d", "t", "zh", blocks))}
    assert "第一节 > 专栏1 > 表1 > row 1" in paths


def test_two_digits_number_items_only_in_a_box():
    blocks = [Block("第一节 主要任务", "heading", 3), Block("01 推进算力设施建设，到2030年建成智算中心5个。"),
              Block("02 推进数据开放，到2030年开放数据集100个。")]
    paths = {c.path for c in segment(Document("d", "t", "zh", blocks))}
    assert not any(p.endswith(("> 01", "> 02")) for p in paths)


def test_an_info_bar_s_widgets_glued_to_its_facts_are_dropped():
    from ingest.page_facts import meta_line
    for bar in ("发布时间：2026-02-10 16:30 来源：某省发展和改革委员会 【字体：大 中 小】 打印",
                "发布时间：2026-02-10 16:30 来源：某省发展和改革委员会【字体：大 中 小】打印"):
        doc = Document("d", "t", "zh", [])
        assert meta_line(doc, bar) and doc.meta["来源"] == "某省发展和改革委员会", bar
        assert doc.date_published == "2026-02-10"
    doc = Document("d", "t", "zh", [])  # 打印 glued to a word, no bracket before it: part of the value
    assert meta_line(doc, "来源：某省印刷厂负责打印") and doc.meta["来源"] == "某省印刷厂负责打印"
