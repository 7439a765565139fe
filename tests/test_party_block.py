"""An administrative decision's party lines and publication note are metadata, not clauses."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_DECISION = ("<html><head><title>厦门市市场监督管理局行政处罚决定书</title></head><body><div class='article'>"
             "<h1>厦门市市场监督管理局行政处罚决定书</h1><p>厦市监处罚〔2026〕12号</p>"
             "<p>当事人：厦门星算智联科技有限公司</p><p>统一社会信用代码：91350200MA8XXXXX7K</p>"
             "<p>法定代表人（负责人、经营者）：林某某</p><p>身份证件号码：3502**********1234</p>"
             "<p>联系电话：0592-5XXXXXX</p>"
             "<p>2025年10月22日，我局根据投诉举报线索，对当事人的宣传行为进行检查。</p>"
             "<p>一、违法事实</p><p>经查，当事人在其官方网站发布的推文中宣称其算力“100%国产”。</p>"
             "<p>（市场监督管理部门将依法向社会公示本行政处罚决定信息）</p></div></body></html>")


def test_a_decisions_party_lines_are_metadata():
    # they were seven clauses, an ID number and a phone number among them, and a 文号 query cited the first
    doc = parse(_DECISION, "decision.html")
    assert doc.meta["当事人"] == "厦门星算智联科技有限公司"
    assert doc.meta["身份证件号码"].startswith("3502")
    assert doc.meta["publicity"].startswith("（市场监督管理部门将依法向社会公示")
    texts = [c.text for c in segment(doc)]
    assert texts[0].startswith("2025年10月22日") and not any("身份证件号码" in t or "联系电话" in t for t in texts)
    assert not any(t.startswith("（市场监督管理部门") for t in texts)


def test_a_single_party_line_in_a_text_is_left_alone():
    page = _DECISION.replace("<p>统一社会信用代码：91350200MA8XXXXX7K</p><p>法定代表人（负责人、经营者）：林某某</p>"
                             "<p>身份证件号码：3502**********1234</p><p>联系电话：0592-5XXXXXX</p>", "")
    doc = parse(page, "decision.html")
    assert "当事人" not in doc.meta
