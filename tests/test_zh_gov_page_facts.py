"""A Chinese government page's facts: a 公告's own number and kind, a bar and a 信息公开 table beside the
text, the imprint and download link after an annex."""

from ingest.kinds import guess_kind
from ingest.metadata import find_doc_number
from ingest.parse import parse

_GACC = """<html><head><title>海关总署公告2026年第58号（关于对某设备实施便利化监管措施的公告）</title></head><body>
<div class="easysite-news-title"><h2>海关总署公告2026年第58号（关于对某设备实施便利化监管措施的公告）</h2></div>
<div class="easysite-news-describe">发布时间：2026-04-29　信息来源：科技发展司【字体：<a>大</a> <a>中</a>
<a>小</a>】<a>打印</a></div>
<div id="easysiteText">
<p style="text-align:center;"><strong>海关总署公告2026年第58号</strong></p>
<p>为支持智能计算中心建设，提升算力设备进口通关效率，海关总署决定实施便利化监管措施。现将有关事项公告如下：</p>
<p>一、企业可在进口算力设备装载运输工具后提前向海关申报，海关在货物运抵后实施验放。</p>
<p>二、本公告自2026年6月1日起施行。</p>
<p style="text-align:right;">海关总署</p><p style="text-align:right;">2026年4月27日</p>
</div></body></html>"""

_GZ = """<html><head><title>关于印发《某省人才措施实施细则》的通知</title></head><body>
<div class="xxgk-table"><table>
<tr><td>索引号：</td><td>000014349/2026-00187</td><td>信息分类：</td><td>人才开发</td></tr>
<tr><td>文号：</td><td>黔人社发〔2026〕12号</td><td>发布日期：</td><td>2026-05-12</td></tr>
</table></div>
<div class="article"><h1>关于印发《某省人才措施实施细则》的通知</h1>
<div class="content" id="Zoom">
<p>各市（州）人力资源社会保障局：</p>
<p>现将《某省人才措施实施细则》印发给你们，请认真贯彻执行，确保各项人才支持政策落地见效。</p>
<p style="text-align:right;">某省人力资源和社会保障厅</p><p style="text-align:right;">2026年5月8日</p>
<p>第一条 为规范人才支持政策的申报和兑现，结合本省实际，制定本细则。</p>
<p>附件</p><p>人才支持申报表</p>
<table><tr><td>姓名</td><td></td><td>性别</td><td></td></tr></table>
<p>（信息公开形式：主动公开）</p>
<p>抄送：人力资源社会保障部办公厅，省委组织部。</p>
<p>某省人力资源和社会保障厅办公室　　2026年5月12日印发</p>
</div>
<div class="fj">附件下载：<a href="/a.docx">人才支持申报表.docx</a></div>
</div></body></html>"""


def test_notice_number_is_a_number():
    assert find_doc_number("海关总署公告2026年第58号") == "海关总署公告2026年第58号"
    assert find_doc_number("商务部公告 2023年第39号") == "商务部公告2023年第39号"
    assert find_doc_number("关于加强管理的公告") == ""


def test_numbered_notice_title_is_a_notice():
    assert guess_kind("海关总署公告2026年第58号（关于对某设备实施便利化监管措施的公告）") == "notice"
    assert guess_kind("海关总署公告2026年第58号") == "notice"
    assert guess_kind("关于印发《某办法》的通知") == "regulation"  # other titles as before


def test_customs_notice_page():
    doc = parse(_GACC, "gacc.html")
    assert doc.doc_number == "海关总署公告2026年第58号"
    assert doc.kind == "notice"
    assert doc.date_published == "2026-04-29"
    assert doc.meta.get("来源") == "科技发展司"
    assert not any("发布时间" in b.text or b.text == "海关总署公告2026年第58号" for b in doc.blocks)


def test_xxgk_table_with_info_category_and_imprint_after_annex():
    doc = parse(_GZ, "gz.html")
    assert doc.doc_number == "黔人社发〔2026〕12号"
    assert doc.meta.get("信息分类") == "人才开发"
    assert doc.meta.get("publicity") == "（信息公开形式：主动公开）"
    assert doc.meta.get("copied_to", "").startswith("抄送：")
    assert doc.meta.get("printed", "").endswith("印发")
    assert not any(b.text.startswith(("抄送", "某省人力资源和社会保障厅办公室", "附件下载", "（信息公开"))
                   for b in doc.blocks)


def test_page_without_bar_or_table_unchanged():
    page = _GACC.replace('<div class="easysite-news-describe">发布时间：2026-04-29　信息来源：科技发展司'
                         '【字体：<a>大</a> <a>中</a>\n<a>小</a>】<a>打印</a></div>', "")
    doc = parse(page, "gacc.html")
    assert doc.date_published == "" and "来源" not in doc.meta
    doc = parse(_GZ.replace('<div class="fj">附件下载：<a href="/a.docx">人才支持申报表.docx</a></div>', ""), "gz.html")
    assert doc.meta.get("printed", "").endswith("印发")
