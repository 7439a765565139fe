"""HTML: the block walker, the gkmlpt JSON reader, the gz.gov.cn template and the main-content heuristic."""

from __future__ import annotations

import lxml.html
import pytest

from ingest.errors import ParseError
from ingest.html import parse_html
from ingest.html_blocks import Walker
from ingest.html_gov import js_object
from ingest.parse import parse


def blocks(fragment: str) -> list[tuple[str, str, int]]:
    el = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return [(b.text, b.kind, b.level) for b in Walker().run(el)]


def test_walker_joins_spans_without_spaces_between_cjk():
    html = "<p><span>穗人社规字〔</span><span>2019</span><span>〕</span>\n<span>6</span><span>号</span></p>"
    assert blocks(html) == [("穗人社规字〔2019〕6号", "para", 0)]
    assert blocks("<p>广州市人民政府\n    办公厅</p>") == [("广州市人民政府办公厅", "para", 0)]
    assert blocks("<p>the <b>Act</b>\n  shall</p>") == [("the Act shall", "para", 0)]


def test_walker_one_block_per_paragraph_item_and_break():
    html = "<div><p>　　第一条　总则。</p><ul><li>一、甲</li><li>二、乙</li></ul>第二段<br/>第三段</div>"
    assert [t for t, _, _ in blocks(html)] == ["第一条 总则。", "一、甲", "二、乙", "第二段", "第三段"]


def test_walker_reads_a_superscript_after_a_digit_as_a_power():
    assert blocks("<p>greater than 10<sup>26</sup> operations</p>") == [("greater than 10^26 operations", "para", 0)]


def test_walker_leaves_out_a_footnote_mark():
    # "competitive.<sup>2</sup> The …" read "competitive.2 The …": one sentence to the readers, so the next
    # sentence's "not a government target" was lost to the goal before it
    assert blocks("<p>to remain competitive.<sup>2</sup> The Department noted it.</p>") == [
        ("to remain competitive. The Department noted it.", "para", 0)]
    assert blocks("<p>a forecast<sup><a href='#fn3'>3</a></sup> by AEMO</p>") == [("a forecast by AEMO", "para", 0)]
    assert blocks("<p>about 120 m<sup>2</sup> each</p>") == [("about 120 m2 each", "para", 0)]  # a unit's power


def test_walker_reads_a_definition_list_one_term_with_its_meaning():
    # the term and its meaning were two clauses, and a term read as a heading over the next definitions
    html = ("<dl><dt>GPU-equivalent</dt><dd>The processing capacity of one NVIDIA H100 accelerator, or its "
            "equivalent.</dd><dt>low-carbon compute</dt><dd>Compute hosted in a facility whose electricity is at "
            "least 90% from non-emitting sources.</dd></dl>")
    assert [t for t, _, _ in blocks(html)] == [
        "GPU-equivalent: The processing capacity of one NVIDIA H100 accelerator, or its equivalent.",
        "low-carbon compute: Compute hosted in a facility whose electricity is at least 90% from non-emitting sources."]
    facts = "<dl><dt>From:</dt><dd>Department for Science</dd><dt>Published</dt><dd>15 January 2026</dd></dl>"
    assert [t for t, _, _ in blocks(facts)] == ["From:", "Department for Science", "Published", "15 January 2026"]
    assert blocks('<p>than 10<span class="oj-super">25</span>.</p>') == [("than 10^25.", "para", 0)]
    assert blocks("<p>the 1<sup>st</sup> day, m<sup>2</sup></p>") == [("the 1st day, m2", "para", 0)]


def test_walker_headings_keep_their_level():
    assert blocks("<h2>Chapter</h2><h4>Article 5</h4><p>x</p>") == [
        ("Chapter", "heading", 2),
        ("Article 5", "heading", 4),
        ("x", "para", 0),
    ]


def test_walker_table_rows_and_point_labels():
    html = (
        "<table><tr><th>序号</th><th>人员类别</th></tr><tr><td>1</td><td>在校学生</td></tr></table>"
        "<table><tr><td><p>(a)</p></td><td><p>first point;</p>"
        "<table><tr><td>(i)</td><td>nested point</td></tr></table></td></tr></table>"
        "<table><tr><td></td><td>4.4.</td><td><span>three cells, one empty</span></td></tr></table>"
    )
    assert [t for t, _, _ in blocks(html)] == [
        "序号 | 人员类别",
        "1 | 在校学生",
        "(a) first point;",
        "(i) nested point",
        "4.4. three cells, one empty",
    ]


def test_walker_drops_hidden_scripts_and_furniture():
    html = (
        "<p>正文</p><div style='display:none'>隐藏的重复正文</div><script>var x='脚本';</script>"
        "<div class='share'>分享到微信</div><div class='content_extended'>扫一扫在手机打开当前页</div>"
    )
    assert [t for t, _, _ in blocks(html)] == ["正文"]


def test_walker_glues_stray_punctuation_to_the_block_before():
    assert [t for t, _, _ in blocks("<td><div><p>‘4. The text.’</p></div>;</td>")] == ["‘4. The text.’;"]


def test_js_object_reads_strict_and_loose_object_literals():
    page = 'x = {DETAIL: {"a": 1, "b": "}"}, TREE: []}'
    assert js_object(page, page.index('{"a"')) == {"a": 1, "b": "}"}
    loose = "cfg = { id: 7, title: 'It\\'s {x}', list: [1, 2,], none: undefined, }; after"
    assert js_object(loose, loose.index("{")) == {"id": 7, "title": "It's {x}", "list": [1, 2], "none": None}
    with pytest.raises(ParseError, match="unreadable"):
        js_object("{a: 1, b: }", 0, "p.html")


def test_parse_gkmlpt_page_from_its_embedded_json():
    page = (
        "<html><script>window._CONFIG = { ACTION: 'content', "
        'DETAIL: {"title": "（转载）关于印发测试办法的通知",'
        ' "content": "<p>粤府办〔2024〕3号</p><p><strong>关于印发测试办法的通知</strong></p>'
        '<p>各地：</p><p>广东省人民政府办公厅</p><p>2024年6月5日</p><p>第一条 为了测试，制定本办法。</p>",'
        ' "first_publish_time": 1717603200, "gkml_data": {"document_number": "", "date": 1717516800,'
        ' "publisher": "某街道办事处", "identifier": "123/2024-1"}}, TREE: []};</script>'
        "<body><div class='gkml'>长者助手 无障碍</div></body></html>"
    )
    doc = parse(page, "gd.html")
    assert (doc.title, doc.doc_number, doc.fmt) == ("关于印发测试办法的通知", "粤府办〔2024〕3号", "gkmlpt")
    assert (doc.date_written, doc.date_published, doc.date) == ("2024-06-05", "2024-06-06", "2024-06-05")
    assert doc.issuer == "广东省人民政府办公厅"  # a reprint: the signature, not the reposting office
    assert doc.meta["索引号"] == "123/2024-1" and doc.meta["转载"] == "是"
    assert [b.text for b in doc.blocks][0] == "各地："


def test_parse_gov_page_metadata_list_and_body():
    page = """<html><head><meta name="ArticleTitle" content="某某通知">
    <meta name="PubDate" content="2024-03-05 10:00"></head>
    <body><div class="crumb">当前位置：首页</div><h1 class="info_title">某某通知</h1>
    <div class="xxgkcontop"><ul><li><span>文　　号：</span>穗建规字〔2024〕5号</li>
    <li><span>实施日期：</span>2024年03月04日</li><li><span>发布机关：</span>广州市住房和城乡建设局</li></ul></div>
    <div class="info_cont" id="info_cont"><p>一、正文第一段。</p></div>
    <div class="info_bot">【关闭窗口】</div>
    </body></html>"""
    doc = parse(page, "p.html")
    assert (doc.doc_number, doc.issuer, doc.date) == (
        "穗建规字〔2024〕5号",
        "广州市住房和城乡建设局",
        "2024-03-05",
    )
    assert doc.meta["实施日期"] == "2024-03-04"
    assert [b.text for b in doc.blocks] == ["一、正文第一段。"]


def test_parse_unknown_page_finds_main_content():
    paragraph = "This paragraph is the article body and it is long enough to count as content. " * 3
    page = f"""<html><head><title>Budget Notice - City Portal</title></head><body>
    <header><a href="/">Home</a> <a href="/news">News</a></header>
    <nav class="menu"><ul><li><a href="/a">About us and our many departments</a></li></ul></nav>
    <div class="layout">
    <div class="sidebar"><p>Related: <a href="/x">Other notice with a long link text</a></p></div>
    <div class="story"><h1>Budget Notice</h1><p>{paragraph}</p><p>1. The first measure applies.</p>
    <p>{paragraph}</p></div></div>
    <footer>Copyright © 2024 City. All rights reserved.</footer>
    <div class="cookie-banner">We use cookies to improve your experience.</div></body></html>"""
    doc = parse(page, "https://example.org/notice")
    assert doc.title == "Budget Notice" and doc.fmt == "html"
    texts = [b.text for b in doc.blocks]
    assert texts[1] == "1. The first measure applies." and len(texts) == 3
    assert not any("Home" in t or "Related" in t or "Copyright" in t or "cookies" in t for t in texts)


COM = """<!DOCTYPE html><html lang="en"><head><title>EUR-Lex - 52025DC0165 - EN - EUR-Lex</title></head><body>
<div id="document1"><div class="contentWrapper">
<p class="Pagedecouverture">EUROPEAN COMMISSION</p><p class="Pagedecouverture">Brussels, 9.4.2025</p>
<p class="Pagedecouverture">COM(2025) 165 final</p>
<p class="Typedudocument_cp">COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL</p>
<p class="Titreobjet_cp">AI Continent Action Plan</p>
<p class="li ManualHeading1"><span class="num">1.</span>INTRODUCTION</p>
<p class="Normal">Artificial intelligence is at the heart of the EU's competitiveness agenda.</p>
<p class="Normal">This Action Plan sets out how the EU will become a global leader in AI.</p>
<p class="li ManualHeading1"><span class="num">2.</span>BUILDING AI COMPUTING INFRASTRUCTURE</p>
<p class="li ManualHeading2"><span class="num">2.2.</span>AI Gigafactories</p>
<p class="Normal">Through the InvestAI facility, the Commission will mobilise EUR 20 billion.</p>
<p class="Action"><b>Action 1:</b> The Commission will launch a call for AI Gigafactories in Q2 2025.</p>
</div></div></body></html>"""


def test_a_commission_document_s_cover_page_is_its_metadata_and_its_numbered_headings_head_it():
    # the title was the page's <title> ("EUR-Lex - 52025DC0165 - EN - EUR-Lex"), the cover page's lines were
    # clauses and "COM(2025) 165 final" headed every clause; "1.INTRODUCTION" opened a clause of its section's text
    doc = parse(COM, "com.html")
    assert (doc.title, doc.doc_number, doc.date, doc.issuer) == (
        "AI Continent Action Plan", "COM(2025) 165 final", "2025-04-09", "European Commission")
    assert doc.meta["document_type"].startswith("COMMUNICATION FROM THE COMMISSION")
    assert [(b.kind, b.text[:24]) for b in doc.blocks] == [
        ("heading", "1. INTRODUCTION"), ("para", "Artificial intelligence "), ("para", "This Action Plan sets ou"),
        ("heading", "2. BUILDING AI COMPUTING"), ("heading", "2.2. AI Gigafactories"),
        ("para", "Through the InvestAI fac"), ("para", "Action 1: The Commission")]


def test_parse_html_rejects_a_page_without_text():
    doc = parse_html("<html><body><script>x()</script></body></html>", "e.html")
    assert doc.blocks == []
    with pytest.raises(ParseError, match="no body text"):
        parse("<html><body><script>x()</script></body></html>", "e.html")


NAV_ONLY = """<html><head><title>政策文件 - 某市人民政府</title></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zcwj/">政策文件</a></li></ul></div>
<div class="list"><ul><li><a href="/a/1.html">关于印发某市数字经济发展规划的通知</a> 2025-01-02</li>
<li><a href="/a/2.html">关于加快人工智能产业发展的若干措施</a> 2024-12-20</li>
<li><a href="/a/3.html">关于支持集成电路产业发展的通知</a> 2024-11-11</li></ul>
<div class="page">首页 上一页 1 2 3 下一页 尾页</div></div></body></html>"""


def test_parse_html_refuses_a_page_of_links_saying_why():
    with pytest.raises(ParseError, match="a page of links"):
        parse(NAV_ONLY, "list.html")
    # a notice that links its annexes and the related notices is a document
    sentence = "<p>为加快人工智能产业发展，现将有关事项通知如下，请各单位认真贯彻执行。</p>"
    notice = NAV_ONLY.replace('<div class="page">', sentence + '<div class="page">')
    assert "认真贯彻执行" in parse(notice, "notice.html").text


def test_a_page_s_dublin_core_issued_date_is_its_date():
    # canada.ca gives its date only as dcterms.issued (and a footer's "Date modified"): the page had none
    html = ("<html><head><title>Canadian Sovereign AI Compute Strategy</title>"
            '<meta name="dcterms.creator" content="Innovation, Science and Economic Development Canada">'
            '<meta name="dcterms.issued" content="2024-12-05"></head><body><main>'
            "<h1>Canadian Sovereign AI Compute Strategy</h1>"
            "<p>The Government will invest $2 billion over five years in sovereign AI compute capacity.</p>"
            "</main></body></html>")
    doc = parse(html, "https://www.canada.ca/en/strategy.html")
    assert doc.date_published == "2024-12-05" and doc.date == "2024-12-05"


def test_a_table_s_caption_comes_before_its_rows():
    # the caption was dropped, so the rows were cited as the paragraph before them ("4 > 4.2")
    html = ("<html><body><h1>Compute for Growth</h1><p>The Government sets out its commitments below.</p><table>"
            "<caption>Table 1: Summary of commitments</caption><tr><th>Ref</th><th>Commitment</th><th>Owner</th>"
            "</tr><tr><td>C1</td><td>Build 100,000 GPU-equivalents by 2030</td><td>UKRI</td></tr></table>"
            "</body></html>")
    texts = [b.text for b in parse_html(html, "https://example.gov.uk/paper").blocks]
    at = texts.index("Table 1: Summary of commitments")
    assert texts[at + 1].startswith("Ref")


def test_walker_numbers_an_ordered_list_s_items_as_a_browser_shows_them():
    # a cabinet paper's recommendations are cited by these numbers ("recommendation 3"), which the page never writes
    html = ("<p>The Minister recommends that the Committee:</p>"
            "<ol><li>note that …;</li><li><p>agree that …;</p></li></ol>")
    assert [t for t, _, _ in blocks(html)] == ["The Minister recommends that the Committee:", "1. note that …;",
                                              "2. agree that …;"]
    assert [t for t, _, _ in blocks("<ol start='4'><li>a</li><li value='9'>b</li><li>c</li></ol>")] == [
        "4. a", "9. b", "10. c"]


@pytest.mark.parametrize("html", [
    "<ul><li>a</li><li>b</li></ul>",  # a bulleted list has no numbers
    "<ol type='a'><li>a</li><li>b</li></ol>",  # letters: not guessed
    "<ol style='list-style: none'><li>a</li><li>b</li></ol>",  # numbers hidden
    "<ol reversed><li>a</li><li>b</li></ol>",
    "<ul><li><ol><li>a</li><li>b</li></ol></li></ul>",  # nested: its 1, 2 would read as the outer list's
])
def test_walker_adds_no_number_a_page_does_not_show_plainly(html):
    assert [t for t, _, _ in blocks(html)] == ["a", "b"]


def test_walker_adds_no_number_to_an_item_that_writes_its_own_nor_to_what_follows_an_empty_one():
    assert [t for t, _, _ in blocks("<ol><li>1. a</li><li>(b) b</li></ol>")] == ["1. a", "(b) b"]
    assert [t for t, _, _ in blocks("<ol><li><img src='x'></li></ol><p>after</p>")] == ["after"]


_BUDGET = ("<html lang='en'><body><main><h1>National Artificial Intelligence Capability</h1><table>"
           "<caption>Payment ($m)</caption><thead><tr><th></th><th>2025–26</th><th>2026–27</th></tr></thead>"
           "<tbody><tr><td>Department of Industry, Science and Resources</td><td>38.6</td><td>45.2</td></tr>"
           "<tr><td>CSIRO</td><td>4.0</td><td>4.0</td></tr></tbody></table>"
           "<p>The Government will provide $209.2 million over four years from 2025–26 to build capability.</p>"
           "<p>The cost of this measure will be partially met from a reallocation of funding.</p>"
           "</main></body></html>")


def test_a_table_s_caption_that_names_no_table_heads_its_rows_not_the_prose_after_them():
    # "Payment ($m)" headed the measure's description under the table too
    from ingest.segment import segment
    clauses = segment(parse(_BUDGET, "https://budget.gov.au/measure.html"))
    rows = [c for c in clauses if c.text.startswith(("Department", "CSIRO"))]
    prose = [c for c in clauses if "|" not in c.text]
    assert [c.heading for c in rows] == ["Payment ($m)"] * 2
    assert prose and all("Payment" not in c.heading and "Payment ($m)" not in c.headings for c in prose)
    assert len({c.clause_id for c in clauses}) == len(clauses) and all("-p" in c.clause_id for c in prose)


def test_a_short_line_over_a_paragraph_still_heads_it():
    from ingest.segment import segment
    page = _BUDGET.replace("<table>", "<p>Funding details</p><p>The measure is funded from the Department's "
                           "existing resources over the forward estimates.</p><table>")
    clauses = segment(parse(page, "https://budget.gov.au/measure.html"))
    assert any(c.heading == "Funding details" and c.text.startswith("The measure is funded") for c in clauses)


def test_a_section_s_list_of_names_is_its_text_not_its_sub_headings():
    # "Financial Administration Act" was clause "8" with itself as its heading, "Policy on Service and Digital"
    # the heading of the two after it
    from ingest.segment import segment
    page = ("<html lang='en'><body><main><h1>Directive on Compute</h1><h2>7. Consequences</h2><p>7.1 Consequences "
            "of non-compliance can include any measure allowed by the Financial Administration Act.</p>"
            "<h2>8. References</h2><ul><li>Financial Administration Act</li><li>Policy on Service and Digital</li>"
            "<li>Directive on Automated Decision-Making</li><li>Greening Government Strategy</li></ul>"
            "<h2>9. Enquiries</h2><p>9.1 Members of the public may contact Public Enquiries about this directive.</p>"
            "</main></body></html>")
    refs = [c for c in segment(parse(page, "directive.html")) if c.path.startswith("8")]
    assert [(c.path, c.heading) for c in refs] == [(f"8 > ¶{k}", "8. References") for k in range(1, 5)]
    assert [c.text for c in refs][:2] == ["Financial Administration Act", "Policy on Service and Digital"]
