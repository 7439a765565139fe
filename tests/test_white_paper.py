"""A Chinese government white paper's page (ingest.white_paper): its cover lines are its issuer and month, its
numbered titles head one clause a paragraph, and its info bar and pager are no clauses."""

from __future__ import annotations

from ingest.margins import is_debris
from ingest.parse import parse
from ingest.segment import segment

_PARAS = {
    "一": ["甲地算力规模持续扩大。截至2025年底，甲地算力总规模达到100EFLOPS，其中智能算力占比达到一半左右。",
           "甲地算力服务不断丰富。各地推出算力券，惠及中小企业上千家，降低了创新门槛。",
           "甲地算力应用场景不断拓展。一批行业大模型训练平台建成投用，推动技术从实验室走向生产线。"],
    "二": ["中国高度重视算力设施绿色低碳发展。有关部门联合印发专项行动计划，相关目标已如期实现。",
           "“算电协同”模式在西部地区加快推广。一些地方探索利用数据中心余热为周边社区供暖。"],
}
_BODY = "".join(f"<p><strong>（{n}）小节标题{n}</strong></p>" + "".join(f"<p>　　{p}</p>" for p in paras)
                for n, paras in _PARAS.items())
_PAGE = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{{title}}"><meta name="PubDate" content="2026-04-28 10:00">
<title>{{title}}_国务院新闻办公室</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zfbps/">白皮书</a> <a href="/xwfb/">新闻发布</a></div>
<div class="main"><div class="article">
  <h1 class="title">{{title}}</h1>
  <div class="info">
    <span>发布时间：2026-04-28 10:00</span>
    <span>来源：国务院新闻办公室网站</span>
    <span class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
    <span><a href="javascript:window.print()">打印</a></span>
  </div>
  <div class="content" id="content">
    {{cover}}
    <p style="text-align:center"><strong>二、夯实算力底座</strong></p>
    <p>　　算力是人工智能发展的核心生产力。中国统筹通用算力、智能算力和超级算力协同发展，为技术创新提供了坚实支撑。</p>
    {_BODY}
  </div>
  <div class="pager">
    <p>上一篇：<a href="/a.html">《甲乙丙丁的发展》白皮书（一）</a></p>
    <p>下一篇：<a href="/c.html">《甲乙丙丁的发展》白皮书（三）</a></p>
  </div>
  <div class="editor">【责任编辑：李晓】</div>
</div></div></body></html>"""
_COVER = """<p style="text-align:center"><strong>甲乙丙丁的发展</strong></p>
    <p style="text-align:center">中华人民共和国<br>国务院新闻办公室</p>
    <p style="text-align:center">（2026年4月）</p>"""


def _white_paper(cover: str = _COVER, title: str = "《甲乙丙丁的发展》白皮书（二）"):
    return parse(_PAGE.replace("{title}", title).replace("{cover}", cover), "white-paper.html")


def test_a_white_papers_cover_is_its_issuer_and_month_not_a_clause():
    doc = _white_paper()
    assert doc.issuer == "国务院新闻办公室"
    assert doc.kind == "report"
    assert doc.meta["cover_date"] == "2026年4月" and doc.meta["white_paper"] == "甲乙丙丁的发展"
    assert doc.meta["document_type"] == "白皮书"
    clauses = segment(doc)
    for line in ("甲乙丙丁的发展", "中华人民共和国", "国务院新闻办公室", "2026年4月"):
        assert not any(line in c.text for c in clauses)
        assert not any(line in h for c in clauses for h in c.headings)


def test_the_info_bar_glued_by_its_spans_gives_the_source():
    doc = _white_paper()
    assert doc.meta["来源"] == "国务院新闻办公室网站"
    assert doc.date_published == "2026-04-28"
    assert not any("发布时间" in b.text or "打印" in b.text for b in doc.blocks)


def test_each_paragraph_of_a_white_papers_section_is_a_clause_under_its_titles():
    clauses = {c.clause_id.split("-", 1)[1]: c for c in segment(_white_paper())}
    # a section of two paragraphs is cut as one of three is: its title heads each
    assert [k for k in clauses if k.startswith("2-2")] == ["2-2-p1", "2-2-p2"]
    assert clauses["2-2-p2"].text.startswith("“算电协同”")
    assert clauses["2-2-p1"].headings == ["二、夯实算力底座", "（二）小节标题二"]
    assert clauses["2-p1"].text.startswith("算力是人工智能发展的核心生产力")


def test_the_pager_under_the_text_is_no_clause():
    clauses = segment(_white_paper())
    assert not any("上一篇" in c.text or "下一篇" in c.text for c in clauses)
    assert clauses[-1].text.startswith("“算电协同”")


def test_pager_lines_are_debris_and_sentences_about_steps_are_not():
    for line in ("上一篇：《甲乙丙丁的发展》白皮书（一）", "下一页", "返回目录", "首页", "« Previous article",
                 "Next page ›"):
        assert is_debris(line), line
    for line in ("下一步，我们将加快推进算力网络建设。", "上一条规定所述情形除外", "Next steps", "Previous guidance"):
        assert not is_debris(line), line


def test_a_page_without_the_cover_or_of_another_kind_is_left_alone():
    # no cover: no issuer read from it (its sections are read as any text's; since a numbered title beside a sibling
    # heading heads its paragraphs in any text, they are cut as the white paper's are)
    doc = _white_paper(cover="")
    assert doc.issuer != "国务院新闻办公室" and "cover_date" not in doc.meta
    # a bureau's notice over a bracketed month is no white paper: its lines stay as they were
    cover = '<p style="text-align:center">甲市数据局</p><p style="text-align:center">（2026年4月）</p>'
    doc = _white_paper(cover=cover, title="甲市数据局关于算力发展情况的通报")
    assert doc.kind != "report" and "cover_date" not in doc.meta
    assert any(b.text == "（2026年4月）" for b in doc.blocks)
