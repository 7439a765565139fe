"""An explainer page's layout (ingest/infographic.py): a goal written in fragments read as one paragraph, a
numbered task's title a heading; and the credit lines at a news page's foot (ingest/page_credits.py)."""

from __future__ import annotations

from ingest.infographic import join_fragments
from ingest.parse import parse
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.types import Block

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>一图读懂《某市算力行动方案》_政策解读_某市经济和信息化委员会</title>
<meta name="ArticleTitle" content="一图读懂《某市算力行动方案》">
<meta name="PubDate" content="2026-02-12 16:05"><meta name="ContentSource" content="某市经济和信息化委员会">
<meta name="ColumnName" content="政策解读"></head><body>
<div class="article"><h1>一图读懂《某市算力行动方案》</h1>
<div class="article-content">
<p>近日，某市人民政府办公厅印发《某市算力行动方案》。一起来看↓↓↓</p>
<h3>总体目标</h3>
<p>到2028年</p>
<p>智能算力规模</p>
<p><strong>突破100EFLOPS</strong></p>
<p>新建数据中心电能利用效率（PUE）</p>
<p><strong>不高于1.25</strong></p>
<p>到2028年，建成3个以上城市级算力调度平台节点，服务中小企业2000家以上。</p>
<h3>重点任务</h3>
<p><strong>任务一　优化算力空间布局</strong></p>
<p>推动重点区域集聚发展，2026年新增智能算力20EFLOPS。</p>
<p><strong>任务二　降低算力使用成本</strong></p>
<p>每年安排不超过3亿元算力券，对中小企业租用智能算力给予支持。</p>
<p>相关链接：<a href="/a.html">某市人民政府办公厅关于印发《某市算力行动方案》的通知</a></p>
<p>（本文图片及文字由市经济信息化委提供）</p>
</div><div class="editor">【责任编辑：张三】</div></div></body></html>"""


def _clauses():
    doc = parse(PAGE, "yitu.html")
    return doc, tag_clauses(segment(doc), doc.date)


def test_an_explainer_s_goal_in_fragments_is_one_paragraph_and_its_goals_are_read():
    # "到2028年" was a clause alone, "智能算力规模 突破100EFLOPS" and "不高于1.25" headings, and no target had them
    _, clauses = _clauses()
    goal = next(c for c in clauses if c.text.startswith("到2028年 "))
    assert goal.text == "到2028年 智能算力规模突破100EFLOPS 新建数据中心电能利用效率（PUE）不高于1.25"
    assert goal.path == "总体目标 > ¶1" and goal.heading == "总体目标"
    assert {(t.value, t.unit, t.year) for t in goal.targets} == {(100.0, "EFLOPS", 2028), (1.25, "", 2028)}
    assert not any(c.heading.startswith(("智能算力规模", "不高于")) for c in clauses)


def test_fragments_join_only_as_a_measure_and_its_figure():
    paras = [Block(t) for t in ("发展目标", "智能算力规模", "突破100EFLOPS")]
    assert [b.text for b in join_fragments(paras)] == ["发展目标", "智能算力规模突破100EFLOPS"]
    # a title over sentences, short lines with no figure, a figure with nothing measured before it: as they were
    for texts in (["一、总体要求", "到2028年，智能算力规模突破100EFLOPS。"],
                  ["联系人", "张三", "联系电话", "020-12345678"], ["到2028年", "突破100EFLOPS"],
                  ["工作目标", "智能算力规模突破100EFLOPS，达到全国领先水平。"]):
        assert [b.text for b in join_fragments([Block(t) for t in texts])] == texts
    heading = [Block("总体目标", "heading", 3), Block("突破100EFLOPS")]
    assert join_fragments(heading) == heading


def test_an_explainer_s_numbered_tasks_head_their_text_in_its_path():
    # the paths were "重点任务 > ¶4"… under the heading "任务一 优化算力空间布局": a cite line could not say 任务一
    _, clauses = _clauses()
    first = next(c for c in clauses if c.text.startswith("推动重点区域"))
    assert first.path == "重点任务 > 任务一 > ¶1" and first.heading == "任务一 优化算力空间布局"
    assert [t.value for t in first.targets] == [20.0]
    second = next(c for c in clauses if c.text.startswith("每年安排"))
    assert second.path.startswith("重点任务 > 任务二")
    assert second.targets == []  # the cap on vouchers is a rule of the scheme, as it was


def test_a_news_page_s_related_link_and_credit_line_are_metadata():
    # "相关链接：…的通知" and "（本文图片及文字由市经济信息化委提供）" were clauses of the last section
    doc, clauses = _clauses()
    assert doc.meta["相关链接"] == "某市人民政府办公厅关于印发《某市算力行动方案》的通知"
    assert doc.meta["供稿"] == "本文图片及文字由市经济信息化委提供"
    assert not any(c.text.startswith(("相关链接", "（本文")) for c in clauses)
