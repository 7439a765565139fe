"""A Chinese notice's 主送 line, the bodies it is sent to over its text ("各区人民政府，市政府各部门："): metadata,
no clause; a lead-in ending in a colon stays text."""

from __future__ import annotations

from ingest.byline_zh import addressees
from ingest.parse import parse
from ingest.segment import segment

TITLE = "关于印发《某某市人工智能和算力产业人才分类认定及积分支持办法（试行）》的通知"
ADDRESSEE = ("各区县（市）党委人才工作领导小组办公室、人力资源和社会保障局、工业和信息化局，湖南湘江新区、"
             "某某经开区、某某高新区有关部门，市直有关单位：")


def page(first: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='article'>"
            f"<h1>{TITLE}</h1><div class='TRS_Editor'><p>{first}</p>"
            "<p>《某某市人工智能和算力产业人才分类认定及积分支持办法（试行）》已经市委人才工作领导小组会议审议通过，"
            "现印发给你们，请结合实际认真贯彻落实。</p></div></div></body></html>")


def test_a_notice_s_addressee_line_is_metadata_not_a_clause():
    doc = parse(page(ADDRESSEE), "notice.html")
    clauses = segment(doc)
    assert doc.meta["addressee"] == ADDRESSEE.rstrip("：")
    assert clauses[0].text.startswith("《某某市人工智能") and clauses[0].clause_id.endswith("-p1")


def test_a_lead_in_or_a_sentence_ending_in_a_colon_stays_text():
    lead = "各地要结合实际，重点做好以下工作："
    doc = parse(page(lead), "notice.html")
    assert "addressee" not in doc.meta
    assert segment(doc)[0].text == lead


def test_addressee_groups_each_end_in_a_body():
    assert addressees("各区人民政府，市政府各部门、各直属机构：")
    assert addressees("各省、自治区、直辖市及计划单列市科技厅（委、局），新疆生产建设兵团科技局，各有关单位：")
    assert not addressees("现将有关事项通知如下：")
    assert not addressees("各区人民政府，市政府各部门。")  # no colon: a sentence
    assert not addressees("各单位：请于3月31日前报送材料：")


def test_the_addressee_under_a_heading_of_the_issuers_and_the_title_is_metadata_too():
    # a city's page of policy files: its title (ArticleTitle) is without the issuers its heading holds
    issuers = "中共某某市委人才工作领导小组办公室 某某市人力资源和社会保障局 某某市工业和信息化局"
    html = (f"<html><head><meta charset='utf-8'><title>{issuers}{TITLE}_政策文件_某某市人民政府</title>"
            f"<meta name='ArticleTitle' content='{TITLE}'></head><body>"
            "<table class='xxgk-info'><tr><td>索 引 号：</td><td>000014349/2026-06517</td><td>主题分类：</td>"
            f"<td>人才</td></tr><tr><td>发文机关：</td><td>{issuers}</td><td>成文日期：</td><td>2026-04-03</td></tr>"
            f"<tr><td>标　　题：</td><td colspan='3'>{TITLE}</td></tr><tr><td>发文字号：</td><td>某人才办发〔2026〕3号"
            "</td><td>发布日期：</td><td>2026-04-08</td></tr></table>"
            f"<div class='article'><h1>{issuers}{TITLE}</h1><div class='TRS_Editor'><p>{ADDRESSEE}</p>"
            "<p>《某某市人工智能和算力产业人才分类认定及积分支持办法（试行）》已经市委人才工作领导小组会议审议通过，"
            "现印发给你们，请结合实际认真贯彻落实。</p></div></div></body></html>")
    doc = parse(html, "notice.html")
    assert doc.title == TITLE
    assert doc.meta["addressee"] == ADDRESSEE.rstrip("：")  # was the first clause, under that heading
    assert segment(doc)[0].text.startswith("《某某市人工智能")
