"""A news page that prints a code of conduct in full (ingest.printed_text), the attachment line after its last
article, its closing 信息来源 line, and a government page's 相关链接 box (ingest.page_credits)."""

from ingest.kinds import guess_kind
from ingest.parse import parse
from ingest.segment import segment


def _convention(lead_in: str = "《公约》全文如下：", title: str = "某某服务行业自律公约") -> str:
    return f"""<html><head><title>《某某服务行业自律公约》全文发布 首批30家单位签约_行业自律_某某协会</title></head>
<body><div class="article"><h1 class="article-title">《某某服务行业自律公约》全文发布 首批30家单位签约</h1>
<div class="article-info">发布时间：2026-06-19 09:30　　来源：某某专业委员会</div>
<div class="article-content">
<p>　　6月18日，某某协会某某专业委员会在北京召开签约仪式，正式发布《某某服务行业自律公约》，首批30家单位现场签约。</p>
<p>　　有媒体报道称，《公约》要求所有签约单位立即将服务价格统一下调30%。经核实，该说法不准确。</p>
<p>　　{lead_in}</p>
<p style="text-align:center"><strong>{title}</strong></p>
<p style="text-align:center"><strong>第一章　总　则</strong></p>
<p>　　<strong>第一条</strong>　为规范某某服务市场秩序，维护公平竞争，保障用户合法权益，制定本公约。</p>
<p>　　<strong>第二条</strong>　某某协会某某专业委员会负责本公约的组织实施，在有关主管部门的指导下开展工作。</p>
<p style="text-align:center"><strong>第二章　附　则</strong></p>
<p>　　<strong>第三条</strong>　本公约经专委会全体委员会议审议通过，自发布之日起施行。</p>
<p>　　<strong>第四条</strong>　本公约由专委会负责解释。</p>
<p>　　附件：首批签约单位名单</p>
<p style="text-align:right">某某协会某某专业委员会</p>
<p style="text-align:right">2026年6月18日</p>
<p><strong>附件</strong></p>
<p style="text-align:center"><strong>首批签约单位名单</strong></p>
<table border="1"><tr><td>序号</td><td>单位名称</td></tr><tr><td>1</td><td>甲数据有限公司</td></tr>
<tr><td>2</td><td>乙云计算有限公司</td></tr></table>
<p>　　（信息来源：某某专业委员会秘书处　联系电话：010-66028888）</p>
</div></div></body></html>"""


def _by_path(html: str) -> dict:
    return {c.path: c for c in segment(parse(html, "convention.html"))}


def test_printed_title_heads_the_text_and_gives_the_kind() -> None:
    doc = parse(_convention(), "convention.html")
    clauses = _by_path(_convention())
    # the centred title had been the last line of the news paragraph before it
    assert not any(line == "某某服务行业自律公约" for c in clauses.values() for line in c.text.splitlines())
    assert "第一章 > 第一条" in clauses
    assert doc.kind == "regulation"
    assert doc.meta["document_type"] == "自律公约"
    assert doc.meta["printed_title"] == "某某服务行业自律公约"


def test_no_printed_title_without_its_lead_in() -> None:
    # a centred line with no "全文如下：" before it is no printed document's title: the page's kind stays its own
    doc = parse(_convention(lead_in="签约单位代表表示，将把《公约》要求纳入企业内部管理制度。"), "convention.html")
    assert doc.kind == ""
    assert "printed_title" not in doc.meta


def test_code_of_conduct_kind_by_title() -> None:
    assert guess_kind("某某行业自律公约") == "regulation"
    assert guess_kind("某某协会章程（试行）") == "regulation"
    assert guess_kind("关于发布某某行业自律公约的新闻") == ""


def test_attachment_line_is_no_part_of_the_last_article() -> None:
    clauses = _by_path(_convention())
    last = clauses["第二章 > 第四条"]
    assert last.text == "第四条 本公约由专委会负责解释。"
    assert last.heading == "第二章 附 则"  # its heading had been its own text
    assert clauses["附件"].text == "附件：首批签约单位名单"
    assert "附件 > 1" in clauses


def test_closing_source_line_is_metadata() -> None:
    doc = parse(_convention(), "convention.html")
    clauses = segment(doc)
    assert not any("信息来源" in c.text for c in clauses)
    assert doc.meta["contact"] == "某某专业委员会秘书处 联系电话：010-66028888"
    assert doc.meta["来源"]


_NOTICE = """<html><head><title>某某总署公告2026年第58号</title>
<link rel="canonical" href="http://www.example.gov.cn/a/b/index.html"></head><body>
<div class="content"><h1>某某总署公告2026年第58号</h1>
<p>为支持智能计算中心建设，某某总署决定对进口算力设备实施便利化监管措施。现将有关事项公告如下：</p>
<p>一、本公告自2026年6月1日起施行，有效期至2028年12月31日。</p>
<p>二、各直属海关负责本关区适用企业的审核、日常监管和政策宣传。</p>
</div>
<div class="easysite-news-related">相关链接：<a href="/c/d/index.html">《关于某某的公告》政策解读</a></div>
{more}
<div class="footer"><p>版权所有：某某总署</p></div></body></html>"""


def test_related_link_box_outside_the_text_is_metadata() -> None:
    doc = parse(_NOTICE.format(more=""), "notice.html")
    assert doc.meta["相关链接"] == "《关于某某的公告》政策解读"
    assert doc.meta["相关链接_url"] == "http://www.example.gov.cn/c/d/index.html"


def test_a_box_of_many_links_is_no_related_link() -> None:
    # a sidebar of the site's latest news under the same label is a list of other pages, not the one this reports
    links = "".join(f'<li><a href="/n/{k}.html">某某新闻第{k}条</a></li>' for k in range(8))
    box = '<div class="easysite-news-related">相关链接：<a href="/c/d/index.html">《关于某某的公告》政策解读</a></div>'
    page = _NOTICE.replace(box, "").format(more=f'<div class="side"><p>相关阅读：</p><ul>{links}</ul></div>')
    assert "相关链接" not in parse(page, "notice.html").meta
