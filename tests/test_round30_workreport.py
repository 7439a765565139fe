"""Round 31 (outside test, findings 6 and 12): a 政府工作报告 as a provincial portal serves it is kind report, as a
budget speech is; a section's title over two paragraphs heads them as its siblings head theirs; the formula that
puts the report before the congress and the call that closes it are metadata, no clauses."""

from __future__ import annotations

import pytest

from ingest.kinds import guess_kind, is_speech
from ingest.parse import parse
from ingest.segment import segment

REPORT = """<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="2025年广东省政府工作报告">
<meta name="PubDate" content="2025-01-21 09:15">
<title>2025年广东省政府工作报告 - 广东省人民政府门户网站</title></head><body>
<div class="article"><h1 class="zw-title">2025年广东省政府工作报告</h1>
<div class="zw-info"><span>来源：南方日报</span><span>发布时间：2025-01-21 09:15:02</span></div>
<div class="zw">
<p style="text-align:center">——2025年1月19日在广东省第十四届人民代表大会第三次会议上</p>
<p style="text-align:center">广东省省长　王伟中</p>
<p>各位代表：</p>
<p>现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。</p>
<p><strong>一、2024年工作回顾</strong></p>
<p>过去一年，全省经济运行总体平稳、稳中有进。初步核算，全省地区生产总值达14.16万亿元、增长3.5%。</p>
<p>（一）坚持制造业当家，现代化产业体系加快构建。新建5G基站3.2万座，累计达到38万座。</p>
<p>（二）坚持科技创新引领，创新驱动发展成效明显。全省研发经费支出超过5100亿元。</p>
<p><strong>二、2025年经济社会发展总体要求和主要预期目标</strong></p>
<p>今年是“十四五”规划收官之年。今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业110万人以上。</p>
<p>提出上述预期目标，主要考虑是：经济增长5%左右的目标，与全国目标相衔接。</p>
<p><strong>三、2025年重点工作</strong></p>
<p>（一）大力提振消费、扩大有效投资，全方位扩大国内需求。全年安排消费品以旧换新资金100亿元以上。</p>
<p>（二）坚持制造业当家，加快建设现代化产业体系。新建5G基站2.5万座，算力规模达到60EFLOPS以上。</p>
<p>各位代表！新征程上，让我们更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取、担当作为，为广东在推进中国式现代化建设中走在前列作出新的更大贡献！</p>
</div></div></body></html>"""


@pytest.mark.parametrize("title", ["2025年广东省政府工作报告", "政府工作报告", "政府工作报告（全文）",
                                   "政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上"])
def test_a_work_report_s_title_makes_it_a_report(title):
    assert guess_kind(title) == "report"


def test_a_work_report_is_kind_report_and_a_piece_on_one_is_not():
    doc = parse(REPORT, "zfgzbg.html")
    assert (doc.title, doc.kind) == ("2025年广东省政府工作报告", "report")
    assert guess_kind("一图读懂2025年省政府工作报告") == "news"
    assert guess_kind("关于2025年政府工作报告的决议") == ""


@pytest.mark.parametrize("title", ["BUDGET SPEECH 2024", "2024-25 Budget Statement"])
def test_a_budget_speech_is_kind_report_read_as_delivered(title):
    assert (guess_kind(title), is_speech(title)) == ("report", True)


def test_a_work_report_s_section_over_two_paragraphs_heads_them():
    clauses = segment(parse(REPORT, "zfgzbg.html"))
    section = [c for c in clauses if c.path.startswith("二")]
    assert [c.path for c in section] == ["二 > ¶1", "二 > ¶2"]
    assert {c.heading for c in section} == {"二、2025年经济社会发展总体要求和主要预期目标"}
    assert section[0].text.startswith("今年是“十四五”规划收官之年。")  # the title is no part of its text


def test_a_work_report_s_opening_formula_and_closing_call_are_metadata():
    doc = parse(REPORT, "zfgzbg.html")
    assert doc.meta["opening"] == ("现在，我代表省人民政府，向大会报告工作，请予审议，"
                                   "并请省政协委员和其他列席人员提出意见。")
    assert doc.meta["closing"].startswith("各位代表！新征程上，让我们更加紧密地团结")
    assert doc.meta["addressee"] == "各位代表"
    texts = [c.text for c in segment(doc)]
    assert not any("向大会报告工作" in t or "让我们更加紧密地团结" in t for t in texts)
    assert texts[0].startswith("过去一年") and texts[-1].startswith("（二）坚持制造业当家，加快建设")


def test_a_call_to_the_hall_within_the_text_stays():
    text = REPORT.replace("<p>各位代表！新征程上", "<p>各位代表！我们要坚持稳中求进。</p>\n<p>各位代表！新征程上")
    call = "<p>各位代表！让我们以更加奋发有为的精神状态推进各项工作。</p>\n"
    text = text.replace("<p><strong>三、", call + "<p><strong>三、")
    doc = parse(text, "zfgzbg.html")
    assert doc.meta["closing"].startswith("各位代表！新征程上")
    assert any(c.text.startswith("各位代表！让我们以更加奋发有为") for c in segment(doc))



def test_a_first_section_over_a_paragraph_heads_it_before_a_section_over_items():
    text = REPORT.replace("<p>（一）坚持制造业当家，现代化产业体系加快构建。新建5G基站3.2万座，累计达到38万座。</p>\n"
                          "<p>（二）坚持科技创新引领，创新驱动发展成效明显。全省研发经费支出超过5100亿元。</p>\n", "")
    text = text.replace("<p>今年是“十四五”规划收官之年。", "<p>（一）总体要求。今年是“十四五”规划收官之年。")
    text = text.replace("<p>提出上述预期目标", "<p>（二）提出上述预期目标")
    clauses = segment(parse(text, "zfgzbg.html"))
    assert [(c.path, c.heading) for c in clauses if c.path.startswith("一")] == [("一 > ¶1", "一、2024年工作回顾")]
    assert [c.path for c in clauses if c.path.startswith("二")] == ["二 > （一）", "二 > （二）"]
