"""WeChat 公众号 articles: the text WeChat serves hidden, the script's facts, and the furniture around the text."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

# the shape mp.weixin.qq.com serves every article in (fetched by URL or saved raw): its text in #js_content,
# hidden until the page's script shows it; the account and the day in the script
_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="一图读懂丨某市出台8条措施加快人工智能产业发展">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA0&amp;mid=1&amp;idx=1&amp;sn=ab12">
<title>一图读懂丨某市出台8条措施加快人工智能产业发展</title></head>
<body id="activity-detail">
<div class="rich_media_wrp" id="js_article"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">一图读懂丨某市出台8条措施加快人工智能产业发展</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">某市工信</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">某市工信</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<span id="js_ip_wording_wrp" class="rich_media_meta_text">河南</span></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<p style="text-align:center"><span style="color:#2f6fd6">点击上方蓝字关注我们</span></p>
<p>🔥重磅！近日，某市人民政府办公厅印发《某市加快人工智能产业发展若干措施》，推出8条支持措施。</p>
<p style="text-align:center"><strong>📌 发展目标</strong></p>
<p>到2027年，全市智能算力规模达到10EFLOPS，人工智能核心产业规模突破300亿元。</p>
<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/a/640"></p>
<p style="text-align:center"><span style="font-size:12px">▲某市人工智能计算中心（资料图）</span></p>
<p style="text-align:center"><strong>📌 政策亮点</strong></p>
<p><strong>一、加大算力供给</strong></p>
<p>✅每年发放不超过5000万元“算力券”，单个企业每年最高100万元。</p>
<p>✅对新建智算中心给予最高2000万元补助。</p>
<p><strong>二、强化人才引育</strong></p>
<p>✅对引进的顶尖人才团队给予最高5000万元资助。</p>
<p>✅每年培养人工智能工程师2000人以上。</p>
<p style="text-align:center"><span>▲图为《若干措施》政策要点（来源：某市工业和信息化局）</span></p>
<p>💡划重点：2025年，某市人工智能核心产业规模约150亿元。</p>
<p>📞政策咨询：某市工业和信息化局人工智能产业处，0371-12345678。</p>
<p>来源：某市工业和信息化局、某市发布</p>
<p>编辑：王小雨</p><p>责任编辑：张明</p><p>审核：刘强</p>
<hr><p><strong>往期推荐</strong></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA0&amp;mid=2">某市这个智算中心正式投用！</a></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA0&amp;mid=3">@某市企业，这笔补贴速来申报！</a></p>
<p style="text-align:center">分享　收藏　点赞　在看</p>
</div>
<div id="js_tags_preview_toast">预览时标签不可点</div>
<div class="original_area_primary"><a id="js_view_source" href="https://gxj.example.gov.cn/zcjd/1.html">阅读原文</a></div>
</div></div>
<script type="text/javascript">
var nickname = htmlDecode("某市工信");
var ct = "1772524800";
var publish_time = "2026-03-03" || "";
var msg_source_url = 'https://gxj.example.gov.cn/zcjd/1.html';
</script></body></html>"""


def _doc(html: str = _PAGE):
    return parse(html, "wechat.html")


def test_wechat_article_reads_the_text_its_page_serves_hidden():
    # the whole article had been dropped with its hidden #js_content: one clause, the account's header line
    doc = _doc()
    text = doc.text
    assert "全市智能算力规模达到10EFLOPS" in text and "对新建智算中心给予最高2000万元补助。" in text
    assert "某市工信某市工信河南" not in text  # the account's header line, outside the text
    assert doc.title == "一图读懂丨某市出台8条措施加快人工智能产业发展"
    assert doc.kind == "news"


def test_wechat_article_day_account_source_and_original_link():
    doc = _doc()
    assert doc.date_published == "2026-03-03" and doc.date == "2026-03-03"
    assert doc.meta["account"] == "某市工信"
    assert doc.meta["来源"] == "某市工业和信息化局、某市发布"
    assert doc.issuer == "某市工业和信息化局、某市发布"  # its 来源, as a news page's
    assert doc.meta["阅读原文"] == "https://gxj.example.gov.cn/zcjd/1.html"
    assert (doc.meta["编辑"], doc.meta["责任编辑"], doc.meta["审核"]) == ("王小雨", "张明", "刘强")


def test_wechat_article_day_from_unix_time_and_account_as_issuer_without_source():
    html = _PAGE.replace('var publish_time = "2026-03-03" || "";', "")
    html = html.replace("<p>来源：某市工业和信息化局、某市发布</p>", "")
    html = html.replace('var ct = "1772524800";', 'var ct = "1772500000";')  # 2026-03-03 09:06 in China
    doc = _doc(html)
    assert doc.date_published == "2026-03-03"
    assert doc.issuer == "某市工信" and "来源" not in doc.meta


def test_wechat_article_furniture_is_no_clause():
    doc = _doc()
    texts = [b.text for b in doc.blocks]
    for furniture in ("点击上方蓝字关注我们", "往期推荐", "某市这个智算中心正式投用！", "@某市企业，这笔补贴速来申报！",
                      "分享 收藏 点赞 在看", "阅读原文", "预览时标签不可点", "编辑：王小雨", "审核：刘强",
                      "来源：某市工业和信息化局、某市发布"):
        assert not any(furniture in t for t in texts), furniture
    assert "某市人工智能计算中心（资料图）" in doc.meta["captions"]


def test_wechat_article_heads_and_notes_after_the_last_measure():
    # "📌 政策亮点" had been glued into the caption's clause, and the caption, 划重点 and 政策咨询 into measure 二
    clauses = segment(_doc())
    by_path = {c.path: c for c in clauses}
    assert by_path["政策亮点 > 二"].text == ("二、强化人才引育\n对引进的顶尖人才团队给予最高5000万元资助。\n"
                                       "每年培养人工智能工程师2000人以上。")
    assert by_path["发展目标 > ¶1"].text.startswith("到2027年")
    assert by_path["划重点 > ¶1"].text == "2025年，某市人工智能核心产业规模约150亿元。"
    assert by_path["政策咨询 > ¶1"].text.startswith("某市工业和信息化局人工智能产业处")


def test_wechat_article_paragraphs_lose_their_emoji_bullets():
    texts = [b.text for b in _doc().blocks]
    assert "每年培养人工智能工程师2000人以上。" in texts
    assert not any(t[:1] in "✅📌💡📞🔥" for t in texts)


def test_a_list_of_short_bulleted_lines_stays_text():
    # the same icon opening line after line marks a list's items, not section heads
    html = _PAGE.replace("<p>✅对新建智算中心给予最高2000万元补助。</p>",
                         "<p>✅人工智能</p><p>✅大数据</p><p>✅对新建智算中心给予最高2000万元补助。</p>")
    doc = _doc(html)
    assert [b.kind for b in doc.blocks if b.text in ("人工智能", "大数据")] == ["para", "para"]


def test_a_hidden_element_on_another_page_stays_dropped():
    # only WeChat's #js_content is read whatever its style: a bureau's hidden widget is no text
    html = """<html><head><title>某市关于加快人工智能产业发展的若干措施</title></head><body>
    <div class="content"><p>一、加大算力供给。每年发放不超过5000万元“算力券”，支持中小企业购买智能算力服务。</p>
    <div id="js_content" style="display:none">隐藏的弹窗文字：请扫码关注本网公众号获取更多服务信息。</div>
    <p>二、强化人才引育。对引进的顶尖人才团队给予最高5000万元资助，每年培养工程师2000人以上。</p></div>
    </body></html>"""
    doc = parse(html, "gov.html")
    assert "隐藏的弹窗文字" not in doc.text and "一、加大算力供给" in doc.text
    assert "account" not in doc.meta


def test_wechat_text_that_names_following_or_a_reporter_stays():
    # "重点关注" is no prompt to follow the account; a transcript's "记者：…" is its question, no sign-off
    html = _PAGE.replace("<p>✅对新建智算中心给予最高2000万元补助。</p>",
                         "<p>✅对新建智算中心给予最高2000万元补助。</p><p>重点关注算力券申报</p>"
                         "<p>记者：算力券怎样申领</p><p>答：企业登录平台提交申请，审核通过后即可领取。</p>")
    texts = [b.text for b in _doc(html).blocks]
    assert "重点关注算力券申报" in texts and "记者：算力券怎样申领" in texts
