"""A Chinese bureau's notice page (a 申报通知 on a 政务公开 site): its table or list of facts beside the text,
its line of page facts and widgets, its contacts and its lists of materials and attachments (with
ingest.parse and ingest.segment)."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment

TITLE = "北京市某局关于组织开展2026年度专项资金项目申报工作的通知"
FACTS = ("<div class='xxgk'><table><tr><td>索引号：</td><td>11110000000126135R/2026-00087</td><td>发文机构：</td>"
         "<td>北京市某局</td></tr><tr><td>发文字号：</td><td>京某发〔2026〕12号</td><td>主题分类：</td><td>工业</td></tr>"
         "<tr><td>成文日期：</td><td>2026年03月02日</td><td>发布日期：</td><td>2026年03月05日</td></tr></table></div>")
INFO = ("<div class='article-info'>发布时间：2026-03-05 10:12　来源：北京市某局　<span>【字体：大 中 小】</span> "
        "<a href='javascript:window.print()'>打印</a></div>")
BODY = ("<p>各区主管部门，各有关单位：</p><p>为加快培育产业集群，现组织开展2026年度项目申报工作。有关事项通知如下：</p>"
        "<p><strong>一、申报条件</strong></p><p>1.在本市行政区域内注册，具有独立法人资格；</p>"
        "<p>2.近三年内无严重失信行为。</p>")


def page(facts: str = FACTS, info: str = INFO, under_title: str = "", body: str = BODY) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}_通知公告</title></head><body>"
            f"<div class='location'>当前位置：<a href='/'>首页</a></div>{facts}<div class='article'><h1>{TITLE}</h1>"
            f"{under_title}{info}<div class='TRS_Editor'>{body}</div></div></body></html>")


@pytest.mark.parametrize("facts", [
    FACTS,
    FACTS.replace("发文字号", "文号"),
    "<table><tr><td>索引号：</td><td>11110000000126135R/2026-00087</td></tr><tr><td>发文字号：</td>"
    "<td>京某发〔2026〕12号</td></tr><tr><td>成文日期：</td><td>2026年03月02日</td></tr></table>",
    "<ul class='xxgk'><li>索引号：11110000000126135R/2026-00087</li><li>发文字号：京某发〔2026〕12号</li>"
    "<li>成文日期：2026年03月02日</li></ul>",
])
def test_a_table_or_list_of_facts_beside_the_article_gives_the_number(facts):
    # the facts stand outside the article's container: 发文字号 was never read, and the notice could not be cited
    doc = parse(page(facts=facts), "notice.html")
    assert (doc.doc_number, doc.date_written) == ("京某发〔2026〕12号", "2026-03-02")
    assert doc.meta["索引号"] == "11110000000126135R/2026-00087"
    assert not any("索引号" in b.text for b in doc.blocks)


def test_the_number_alone_under_the_title_is_read():
    doc = parse(page(facts="", under_title="<p style='text-align:center'>京某发〔2026〕12号</p>"), "notice.html")
    assert doc.doc_number == "京某发〔2026〕12号"
    assert segment(doc)[0].text.startswith("为加快培育产业集群")  # (the 主送 line before it is metadata)


def test_a_list_beside_the_article_that_gives_no_facts_is_not_read():
    links = "<ul class='nav'><li>名称：首页</li><li>来源：本站</li></ul>"
    doc = parse(page(facts=links), "notice.html")
    assert doc.doc_number == "" and "索引号" not in doc.meta


def test_the_line_of_page_facts_and_widgets_is_metadata():
    # "发布时间：… 来源：… 【字体：大 中 小】 打印" was clause ¶1
    doc = parse(page(facts=""), "notice.html")
    assert doc.date_published == "2026-03-05" and doc.meta["来源"] == "北京市某局"
    assert not any("字体" in c.text for c in segment(doc))


def test_contact_lines_after_what_to_call_about_are_the_contact_not_a_clause():
    # "七、联系方式" and its two lines were clause 七, and meta had no contact
    contacts = ("<p><strong>二、联系方式</strong></p><p>项目申报咨询：联系人：张女士，联系电话：010-55579012</p>"
                "<p>系统技术支持：联系人：刘工，联系电话：010-55579233</p>")
    doc = parse(page(body=BODY + contacts), "notice.html")
    assert doc.meta["contact"] == ("项目申报咨询：联系人：张女士，联系电话：010-55579012; "
                                   "系统技术支持：联系人：刘工，联系电话：010-55579233")
    assert not any("联系" in c.text for c in segment(doc))


def test_a_sentence_that_names_a_contact_stays_text():
    line = "<p>申报单位应于截止日前联系：联系人：张女士，联系电话：010-55579012，逾期不予受理。</p>"
    doc = parse(page(body=BODY + line), "notice.html")
    assert "contact" not in doc.meta


def test_a_lists_short_first_item_under_a_heading_and_an_attachment_named_by_its_year():
    # "1.项目申报书（附件1）；" was carried into item 2 (path 四 > 2 held both); "附件：1.2026年度…申报书" read "1.2026"
    # as a decimal, so the list of attachments lost its first
    from ingest.segment import segment
    from ingest.types import Block, Document

    blocks = [Block("北京市经济和信息化局关于组织申报专项资金项目的通知", "heading", 1), Block("四、申报材料"),
              Block("1.项目申报书（附件1）；"), Block("2.营业执照复印件、2025年度财务审计报告；"),
              Block("3.算力服务合同、发票及支付凭证（申报算力券的提供）；"),
              Block("附件：1.2026年度北京市人工智能产业高质量发展专项资金项目申报书"), Block("2.申报单位信用承诺书")]
    clauses = segment(Document(doc_id="d", title="t", lang="zh", blocks=blocks))
    assert [c.path for c in clauses] == ["四 > 1", "四 > 2", "四 > 3", "附件"]
    assert clauses[0].text == "1.项目申报书（附件1）；"
