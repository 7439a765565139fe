"""ingest.page_facts and ingest.margins (with ingest.parse): the facts a page prints over and under a text (a
gov.cn table with spaced labels, a session law's number, sponsors and approval, a release's embargo, an
edition line) read into metadata and kept out of the clauses."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.segment import segment

GOV_CN = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
          "<title>国务院关于推进某项行动的意见_中国政府网</title></head><body><table class='bd1'>"
          "<tr><td><b>标　　题：</b></td><td colspan='3'>国务院关于推进某项行动的意见</td></tr>"
          "<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>发文字号：</b></td><td>国发〔2025〕9号</td></tr>"
          "<tr><td><b>来　　源：</b></td><td>国务院公报2025年第20号</td>"
          "<td><b>主题分类：</b></td><td>科技、教育\\科技</td></tr>"
          "<tr><td><b>成文日期：</b></td><td>2025年07月01日</td><td><b>发布日期：</b></td><td>2025年07月03日</td></tr>"
          "</table><div class='pages_content'><h1>国务院关于推进某项行动的意见</h1><p>国发〔2025〕9号</p>"
          "<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>"
          "<p>一、到2027年，相关应用普及率超过70%。</p><p>二、到2030年，相关应用普及率超过90%。</p>"
          "</div></body></html>")


def test_a_gov_cn_fact_table_with_spaced_labels_is_metadata_not_clauses():
    # "标　　题：" and "来　　源：" are spaced to the width of 发文机关: the rows were clauses, and no number was read
    doc = parse(GOV_CN, "gov.html")
    assert (doc.doc_number, doc.issuer, doc.date_written, doc.date_published) == (
        "国发〔2025〕9号", "国务院", "2025-07-01", "2025-07-03")
    assert doc.meta["来源"] == "国务院公报2025年第20号"
    assert doc.meta["addressee"].startswith("各省、自治区")  # the 主送 line: meta, no clause
    assert segment(doc)[0].text.startswith("一、到2027年")
    assert not any("发文字号" in b.text or "标 题" in b.text for b in doc.blocks)


def test_a_value_cell_spaced_like_a_label_is_no_label():
    page = GOV_CN.replace("<td>国务院</td><td><b>发文字号", "<td>国 务</td><td><b>发文字号")
    assert parse(page, "gov.html").issuer == "国 务"  # kept as written: no label's spacing to take out


XXGK_EMPTY_NUMBER = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                     "<title>某某市数据局2025年政府信息公开工作年度报告</title></head><body><table class='xxgk-info'>"
                     "<tr><td>索引号</td><td>014012345/2026-00003</td><td>发布机构</td><td>某某市数据局</td></tr>"
                     "<tr><td>文号</td><td></td><td>成文日期</td><td>2026-01-18</td></tr>"
                     "<tr><td>发布日期</td><td>2026-01-20</td><td>主题分类</td><td>政府信息公开年报</td></tr>"
                     "</table><div class='article'><h1>某某市数据局2025年政府信息公开工作年度报告</h1>"
                     "<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p><h2>一、总体情况</h2>"
                     "<p>2025年，市数据局持续加大政府信息公开力度。</p></div></body></html>")


def test_a_fact_table_row_whose_number_cell_is_empty_is_still_metadata():
    # "文号 | | 成文日期 | 2026-01-18": the empty 文号 cell made the row, and the row under it, clauses
    doc = parse(XXGK_EMPTY_NUMBER, "report.html")
    assert (doc.doc_number, doc.issuer, doc.date_written, doc.date_published) == (
        "", "某某市数据局", "2026-01-18", "2026-01-20")
    assert doc.meta["主题分类"] == "政府信息公开年报"
    assert segment(doc)[0].text.startswith("本报告根据")


PENALTY = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
           "<title>某市市场监督管理局行政处罚决定书</title></head><body>"
           "<div class='xxgk_table'><table>"
           "<tr><td>索引号：</td><td>XM00107-0502-2026-00031</td><td>发布机构：</td><td>某市市场监督管理局</td></tr>"
           "<tr><td>生成日期：</td><td>2026-03-16</td><td>文号：</td><td>某市监处罚〔2026〕12号</td></tr>"
           "</table></div><div class='article'><h1>某市市场监督管理局行政处罚决定书</h1>"
           "<p>2025年10月22日，我局根据投诉举报线索对当事人进行检查，经批准于2025年10月24日立案调查。</p>"
           "<p style='text-align:right'>某市市场监督管理局</p><p style='text-align:right'>2026年3月12日</p>"
           "</div></body></html>")


def test_a_generation_day_is_the_day_published_where_no_publication_day_is_given():
    # 生成日期 2026-03-16 was only meta: the decision (signed 2026-03-12) had no day published
    doc = parse(PENALTY, "penalty.html")
    assert (doc.date_written, doc.date_published, doc.meta["生成日期"]) == ("2026-03-12", "2026-03-16", "2026-03-16")


def test_a_publication_day_goes_before_a_generation_day():
    row = "<tr><td>发布日期：</td><td>2026-03-18</td><td>主题分类：</td><td>行政执法</td></tr>"
    doc = parse(PENALTY.replace("</table>", row + "</table>"), "penalty.html")
    assert doc.date_published == "2026-03-18"


def test_a_table_header_of_labels_with_no_value_stays_text():
    page = XXGK_EMPTY_NUMBER.replace("<p>2025年，市数据局", "<table><tr><td>名称</td><td>文号</td></tr>"
                                     "<tr><td>某某办法</td><td>某数规〔2025〕1号</td></tr></table><p>2025年，市数据局")
    clauses = segment(parse(page, "report.html"))
    assert any("某数规〔2025〕1号" in c.text for c in clauses)


SESSION_LAW = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>SB24-100 | General Assembly</title>"
               "</head><body><main><p>SENATE BILL 24-100</p>"
               "<p>BY SENATOR(S) Alvarez, Baker;<br>also REPRESENTATIVE(S) Chen and Diaz, Evans.</p>"
               "<h1>CONCERNING THE USE OF AUTOMATED DECISION SYSTEMS BY STATE AGENCIES.</h1>"
               "<p><i>Be it enacted by the General Assembly of the State of Colorado:</i></p>"
               "<p><b>SECTION 1.</b> In Colorado Revised Statutes, add 24-37.5-120 as follows:</p>"
               "<p><b>24-37.5-120. Inventory.</b> (1) On or before July 1, 2025, each state agency shall list "
               "its automated decision systems.</p>"
               "<p><b>SECTION 2. Effective date.</b> This act takes effect upon passage.</p>"
               "<p>Jane Roe<br>PRESIDENT OF THE SENATE</p><p>John Doe<br>SPEAKER OF THE HOUSE OF REPRESENTATIVES</p>"
               "<p>APPROVED Tuesday, June 4, 2024 at 2:15 p.m.</p>"
               "<p>Maria T. Lopez<br>GOVERNOR OF THE STATE OF COLORADO</p>"
               "</main></body></html>")


def test_a_session_law_s_number_sponsors_and_governor_s_approval_are_metadata():
    # no number, no date, and the sponsors' lines were the first hits for the bill's number
    doc = parse(SESSION_LAW, "co.html")
    assert (doc.doc_number, doc.date) == ("Senate Bill 24-100", "2024-06-04")
    assert doc.meta["sponsors"] == ("BY SENATOR(S) Alvarez, Baker; also REPRESENTATIVE(S) Chen and Diaz, Evans.")
    assert "Maria T. Lopez GOVERNOR OF THE STATE OF COLORADO" in doc.meta["signed"]
    text = "\n".join(c.text for c in segment(doc))
    for meta in ("SENATE BILL", "SENATOR(S)", "REPRESENTATIVE(S)", "APPROVED", "Maria T. Lopez", "Jane Roe"):
        assert meta not in text
    assert text.rstrip().endswith("This act takes effect upon passage.")


def test_a_name_closing_a_text_with_no_office_under_it_stays_text():
    page = SESSION_LAW.replace("<p>Maria T. Lopez<br>GOVERNOR OF THE STATE OF COLORADO</p>", "<p>Maria T. Lopez</p>")
    doc = parse(page, "co.html")
    assert doc.blocks[-1].text == "Maria T. Lopez"


def test_a_sentence_naming_a_bill_and_its_sponsors_stays_text():
    page = (SESSION_LAW.replace("<p>SENATE BILL 24-100</p>", "")
            .replace("BY SENATOR(S) Alvarez, Baker;<br>also REPRESENTATIVE(S) Chen and Diaz, Evans.",
                     "Senate Bill 24-100 was carried by Senator Alvarez."))
    doc = parse(page, "co.html")
    assert doc.doc_number == "" and "sponsors" not in doc.meta
    assert doc.blocks[0].text == "Senate Bill 24-100 was carried by Senator Alvarez."


@pytest.mark.parametrize("line, key, value, published", [
    ("Embargoed until 00:01 Tuesday 3 June 2025", "release", "Embargoed until 00:01 Tuesday 3 June 2025", "2025-06-03"),
    ("FOR IMMEDIATE RELEASE", "release", "FOR IMMEDIATE RELEASE", ""),
    ("Date: 2025-06-03 | Views: 512", None, None, "2025-06-03"),
    ("Refresh 2024", "edition", "Refresh 2024", ""),
])
def test_a_release_s_or_an_edition_s_line_under_the_title_is_metadata(line, key, value, published):
    text = f"# Compute for all\n\n{line}\n\nThe Ministry will fund 300 start-ups a year with GPU vouchers.\n"
    doc = parse(text, "r.md")
    assert doc.blocks[0].text.startswith("The Ministry will fund")
    assert doc.date_published == published and (key is None or doc.meta[key] == value)


@pytest.mark.parametrize("line", ["Update", "Release the funds by 2026.", "Hit: 1,482"])
def test_a_line_that_is_no_release_or_edition_line_stays_text(line):
    doc = parse(f"# Compute for all\n\n{line}\n\nThe Ministry will fund 300 start-ups a year.\n", "r.md")
    assert doc.blocks[0].text == line


WORK_PROGRAMME = ("<html><head><title>Digital Europe Programme Work Programme 2026-2027</title></head><body><main>"
                  "<h1>Digital Europe Programme (DIGITAL) Work Programme 2026-2027</h1><p>EUROPEAN COMMISSION</p>"
                  "<p>Commission Implementing Decision C(2026) 1840 final of 24.3.2026 on the financing of the Digital "
                  "Europe Programme and the adoption of the work programme for 2026-2027</p>"
                  "<h2>2. Artificial Intelligence</h2><p>The total indicative budget for Section 2 is EUR 187 million "
                  "for 2026 and EUR 164 million for 2027.</p></main></body></html>")


def test_the_commission_decision_adopting_a_text_gives_its_number_and_day():
    # C(2026) 1840 was the text's first clause, and its number and day were ""
    doc = parse(WORK_PROGRAMME, "wp.html")
    assert (doc.doc_number, doc.date_written) == ("C(2026) 1840 final", "2026-03-24")
    assert doc.meta["adopted_by"].startswith("Commission Implementing Decision C(2026) 1840")
    assert segment(doc)[0].text.startswith("The total indicative budget")


def test_a_sentence_citing_a_commission_decision_stays_text():
    page = WORK_PROGRAMME.replace("<p>Commission Implementing Decision C(2026) 1840",
                                  "<p>This programme follows Commission Implementing Decision C(2026) 1840")
    doc = parse(page, "wp.html")
    assert doc.doc_number == "" and segment(doc)[0].text.startswith("This programme follows")
