"""A Chinese department's reply to a 提案 or 建议: header lines, salutation and closing courtesy are metadata, and
the body's "X将联合…" names X as the lead."""

from __future__ import annotations

from ingest.agencies import subject_agencies
from ingest.parse import parse
from ingest.segment import segment

_REPLY = ("<html><head><title>合肥市数据资源局关于市政协十四届四次会议第0123号提案答复的函</title></head><body>"
          "<div class='article'><h1>合肥市数据资源局关于市政协十四届四次会议第0123号提案答复的函</h1>"
          "<p>提案人：王建国委员</p><p>办理类别：B类（所提问题正在解决或列入计划逐步解决）</p><p>王建国委员：</p>"
          "<p>您提出的《关于加快建设城市算力网的提案》收悉。经认真研究，现答复如下：</p>"
          "<p>一、关于算力人才培养</p><p>2026年，市人力资源社会保障局将联合高校院所，计划培训大模型应用人才2000人次以上。</p>"
          "<p>二、关于数据要素流通</p><p>我局将于2026年底前开放高价值数据集不少于100个。</p>"
          "<p>感谢您对我市数字经济发展的关心和支持，欢迎继续提出宝贵意见。</p>"
          "<p>合肥市数据资源局</p><p>2026年5月20日</p></div></body></html>")


def test_a_replys_header_salutation_and_courtesy_are_metadata():
    # the courtesy was glued to the last reply, and the header lines were the first clause
    doc = parse(_REPLY, "reply.html")
    assert doc.meta["提案人"] == "王建国委员"
    assert doc.meta["办理类别"].startswith("B类")
    assert doc.meta["addressee"] == "王建国委员"
    assert doc.meta["closing"].startswith("感谢您对我市数字经济发展的关心和支持")
    texts = [c.text for c in segment(doc)]
    assert texts[0].startswith("您提出的")
    assert texts[-1].endswith("开放高价值数据集不少于100个。")


def test_a_letter_that_is_no_reply_keeps_its_lines():
    page = _REPLY.replace("提案答复的函", "工作安排的通知").replace("现答复如下", "现通知如下")
    doc = parse(page, "notice.html")
    assert "提案人" not in doc.meta and "closing" not in doc.meta


def test_an_agency_that_works_together_with_others_leads():
    got = subject_agencies("2026年，市人力资源社会保障局将联合高校院所，计划培训大模型应用人才2000人次以上。")
    assert got.lead == ["市人力资源社会保障局"]
    got = subject_agencies("市科技局联合市财政局设立人工智能专项资金。")
    assert (got.lead, got.supporting) == (["市科技局"], ["市财政局"])
    # bodies that issued a plan together lead no task of it
    assert not subject_agencies("市卫生健康委、市财政局联合制定《实施方案》，现印发给你们，请贯彻执行。").lead
