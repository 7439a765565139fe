"""ingest.margins: the lines around a body read into metadata and kept out of the clauses."""

from __future__ import annotations

import pytest

from ingest.dedup import dedup
from ingest.parse import parse

GOVUK = ("<!DOCTYPE html><html lang='en'><head><title>Compute Plan - GOV.UK</title></head><body>"
         "<header class='govuk-header'><a href='/'>GOV.UK</a></header><main id='content'>"
         "<span class='govuk-caption-xl'>{kind}</span><h1>Compute Plan</h1>"
         "<p class='publication-header__last-changed'>From: Department for Science, Innovation and Technology</p>"
         "<p>{when}</p><h2>1. Introduction</h2>"
         "<p>1.1 The government will expand public compute capacity by 20 times by 2030.</p>"
         "<p>1.2 The next phase will be procured during 2026, with new systems within 12 months.</p>"
         "</main></body></html>")


def test_a_govuk_page_s_kind_from_and_published_lines_are_metadata_not_clauses():
    doc = parse(GOVUK.format(kind="Policy paper", when="Published 17 July 2025"), "plan.html")
    assert (doc.issuer, doc.date_published, doc.date) == (
        "Department for Science, Innovation and Technology", "2025-07-17", "2025-07-17")
    assert doc.meta["document_type"] == "Policy paper" and doc.kind == "notice"  # the government's plan
    assert [b.text[:3] for b in doc.blocks if b.kind == "para"] == ["1.1", "1.2"]


@pytest.mark.parametrize(("line", "kind"), [("Guidance", "guide"), ("Statutory guidance", "guide"),
                                            ("News story", "news"), ("Consultation outcome", "")])
def test_a_govuk_kind_line_gives_the_kind_where_one_of_ours_matches(line, kind):
    doc = parse(GOVUK.format(kind=line, when="Updated 3 March 2026"), "plan.html")
    assert (doc.kind, doc.meta["document_type"]) == (kind, line)
    assert (doc.date_published, doc.meta["date_updated"]) == ("2026-03-03", "2026-03-03")
    assert not any(b.text in (line, "Updated 3 March 2026") for b in doc.blocks)


def test_a_from_line_in_a_sentence_stays_text():
    text = ("# Notes\n\nFrom: the minutes of the meeting, the council agreed to act.\n\n"
            "Published figures show growth of 5% in 2024.\n")
    doc = parse(text, "notes.md")
    assert doc.issuer == "" and doc.date_published == "" and len(doc.blocks) == 2


BILL = ("# Engrossed Substitute Senate Bill 5838\n\n"
        "**State of Washington, 68th Legislature, 2024 Regular Session**\n\n"
        "**AN ACT Relating to establishing an artificial intelligence task force.**\n\n"
        "Passed by the Senate March 5, 2024. Approved by the Governor March 28, 2024.\n\n"
        "{formula}"
        "## NEW SECTION. Sec. 1. Findings.\n\nThe legislature finds that a task force is needed.\n\n"
        "## NEW SECTION. Sec. 2. Expiration.\n\nThis act expires July 1, 2026.\n")


def test_a_state_bill_s_passage_line_number_and_enacting_formula_are_metadata():
    doc = parse(BILL.format(formula="BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:\n\n"), "b.md")
    assert (doc.doc_number, doc.date_written, doc.date) == (
        "Engrossed Substitute Senate Bill 5838", "2024-03-28", "2024-03-28")
    assert doc.issuer == "Legislature of the State of Washington"  # as its enacting formula names it
    assert doc.meta["long_title"].startswith("AN ACT")
    assert doc.meta["passage"] == "Passed by the Senate March 5, 2024. Approved by the Governor March 28, 2024."
    assert doc.meta["失效日期"] == "2026-07-01"
    assert not any(b.text.startswith(("Passed by", "BE IT ENACTED")) for b in doc.blocks)


def test_a_bill_that_names_no_legislature_gets_no_invented_issuer():
    doc = parse(BILL.format(formula=""), "b.md")
    assert doc.issuer == "" and doc.date_written == "2024-03-28"


CA_BILL = ("Senate Bill No. 53\n\n{chapter}\n\n"
           "An act to add Section 11546.8 to the Government Code, relating to artificial intelligence.\n\n"
           "[ Approved by Governor September 29, 2025. Filed with Secretary of State September 29, 2025. ]\n\n"
           "The people of the State of California do enact as follows:\n\n"
           "SECTION 1. Section 11546.8 is added to the Government Code, to read:\n\n"
           "11546.8. (a) There is hereby established a consortium to develop a framework for CalCompute.\n")


def test_a_california_statute_s_chapter_passage_and_enacting_formula_are_metadata():
    # "CHAPTER 138" was the top of every clause's path, and the statute had no date nor issuer
    doc = parse(CA_BILL.format(chapter="CHAPTER 138"), "sb53.txt")
    assert (doc.doc_number, doc.date_written, doc.issuer) == ("Senate Bill No. 53", "2025-09-29", "State of California")
    assert doc.meta["chapter"] == "CHAPTER 138" and doc.meta["passage"].startswith("[ Approved by Governor")
    assert doc.meta["long_title"].startswith("An act to add")
    assert doc.meta["enacting_formula"] == "The people of the State of California do enact as follows:"
    assert [b.text[:8] for b in doc.blocks] == ["An act t", "SECTION ", "11546.8."]


def test_a_chapter_line_over_no_bill_is_no_statute_s_chapter():
    doc = parse(CA_BILL.format(chapter="CHAPTER 138").replace("Senate Bill No. 53", "Notes on compute"), "n.txt")
    assert "chapter" not in doc.meta and doc.blocks[0].text == "CHAPTER 138"


XXGK = ("<html><head><title>{title}_深圳市人民政府门户网站</title><meta name='ArticleTitle' content='{title}'></head>"
        "<body><div class='header'><a href='/'>首页</a></div><div class='xxgk-table'><table>"
        "<tr><td>索引号：</td><td>000000000/2024-00123</td><td>分类：</td><td>科技、教育</td></tr>"
        "<tr><td>发布机构：</td><td>深圳市人民政府办公厅</td><td>成文日期：</td><td>2024-03-12</td></tr>"
        "<tr><td>名称：</td><td>{title}</td></tr>"
        "<tr><td>文号：</td><td>深府办〔2024〕5号</td><td>发布日期：2024-03-15</td></tr>"
        "</table></div><div class='article'><h1>{title}</h1><p>深府办〔2024〕5号</p>"
        "<p>各区人民政府，市政府直属各单位：</p><p>《深圳市加快智能算力基础设施建设若干措施》已经市人民政府同意，"
        "现印发给你们，请认真组织实施。</p><p>一、到2025年，全市智能算力规模达到15EFLOPS。</p>"
        "<p>二、对新建的智算中心项目，单个项目最高补助5000万元。</p></div></body></html>")
SZ_TITLE = "深圳市人民政府办公厅关于印发深圳市加快智能算力基础设施建设若干措施的通知"


def test_a_government_page_s_metadata_table_is_metadata_not_clauses():
    doc = parse(XXGK.format(title=SZ_TITLE), "sz.html")
    assert (doc.doc_number, doc.issuer, doc.date_written, doc.date_published) == (
        "深府办〔2024〕5号", "深圳市人民政府办公厅", "2024-03-12", "2024-03-15")
    assert (doc.meta["索引号"], doc.meta["分类"]) == ("000000000/2024-00123", "科技、教育")
    assert doc.meta["addressee"].startswith("各区人民政府")  # the 主送 line: metadata, no clause
    assert not any("索引号" in b.text or "深府办〔2024〕5号" == b.text for b in doc.blocks)


def test_a_table_whose_cells_are_not_all_metadata_stays_text():
    page = XXGK.format(title=SZ_TITLE).replace("<td>分类：</td><td>科技、教育</td>", "<td>补助标准</td><td>20%</td>")
    doc = parse(page, "sz.html")
    assert any(b.text.startswith("索引号") for b in doc.blocks)


# a fact table as other sites lay it out: labels without their colon ("文号 | 深科技创新规〔2022〕3号"), 发文日期
BARE = ("<html><head><title>{title}-深圳市科技创新委员会网站</title></head><body>"
        "<div class='nav'>首页 &gt; 政务公开</div><div class='xxgk'><table>"
        "<tr><td>索引号</td><td>11440300007542867X/2022-00156</td><td>分类</td><td>科技、教育</td></tr>"
        "<tr><td>发布机构</td><td>深圳市科技创新委员会</td><td>发文日期</td><td>{written}</td></tr>"
        "<tr><td>名称</td><td colspan='3'>{title}</td></tr>"
        "<tr><td>文号</td><td>{number}</td><td>发布日期</td><td>2022-03-21</td></tr></table></div>"
        "<div class='content'><h1>{title}</h1><p style='text-align:center'>{number}</p><p>各有关单位：</p>"
        "<p>现将《深圳市算力券管理实施细则（试行）》印发给你们，请遵照执行。</p>"
        "<p>第一条 算力券按照算力服务合同金额的50%予以抵扣，单个企业每年抵扣金额最高不超过500万元。</p>"
        "<p>第二条 每年算力券发放总额不超过5亿元，其中用于支持芯片设计企业的比例不低于20%。</p>"
        "<p>第三条 到2023年底，通过算力券累计服务中小企业不少于1000家。</p></div></body></html>")
VOUCHERS = "深圳市科技创新委员会关于印发《深圳市算力券管理实施细则（试行）》的通知"


def test_a_fact_table_without_colons_is_metadata_not_clauses():
    doc = parse(BARE.format(title=VOUCHERS, written="2022-03-18", number="深科技创新规〔2022〕3号"), "sz.html")
    assert (doc.doc_number, doc.issuer, doc.date_written, doc.date_published) == (
        "深科技创新规〔2022〕3号", "深圳市科技创新委员会", "2022-03-18", "2022-03-21")
    assert doc.meta["索引号"] == "11440300007542867X/2022-00156"
    assert doc.blocks[0].text.startswith("现将《深圳市算力券")  # no row, number or 主送 line (metadata)
    # the same notice issued again with another number is another document, however alike the text
    again = parse(BARE.format(title=VOUCHERS, written="2024-03-18", number="深科技创新规〔2024〕5号"), "sz24.html")
    assert again.doc_id != doc.doc_id and len(dedup([doc, again])) == 2


def test_a_row_of_bare_labels_of_any_table_stays_text():
    # "名称 | 数量" heads a table of anything; only a label a table of facts alone has (文号, 索引号…), or a name
    # that is the document's title, makes a row of one
    page = BARE.format(title=VOUCHERS, written="2022-03-18", number="深科技创新规〔2022〕3号")
    header = parse(page.replace("<table>", "<table><tr><td>名称</td><td>数量</td></tr>", 1), "sz.html")
    assert header.blocks[0].text == "名称 | 数量"
    other = parse(page.replace(f"<td colspan='3'>{VOUCHERS}</td>", "<td>算力券</td>"), "sz.html")
    assert other.blocks[0].text == "名称 | 算力券"


def test_a_council_document_s_number_and_institution_under_its_title_are_metadata():
    # "9512/25" was a clause of its own, and the Council issued nothing
    text = ("# Council conclusions on the AI Continent Action Plan\n\nBrussels, 23 May 2025\n\n9512/25\n\n"
            "COUNCIL OF THE EUROPEAN UNION\n\nOutcome of proceedings. Delegations will find in the annex the "
            "Council conclusions.\n\n## ANNEX\n\n1. WELCOMES the Communication from the Commission.\n")
    doc = parse(text, "conclusions.md")
    assert (doc.doc_number, doc.issuer, doc.date) == ("9512/25", "Council of the European Union", "2025-05-23")
    assert not any(b.text in ("9512/25", "COUNCIL OF THE EUROPEAN UNION") for b in doc.blocks)
    # a number in the text is no number of the document
    assert parse("# Notes\n\nThe Council adopted 9512/25 yesterday.\n", "n.md").doc_number == ""


def test_a_contact_line_alone_is_no_clause_but_a_sentence_with_one_is():
    from ingest.margins import is_debris

    assert is_debris("Email: ai-ia@ised-isde.gc.ca") and is_debris("Telephone: +1 613-555-0100")
    assert not is_debris("Applicants may email questions to ai-ia@ised-isde.gc.ca before 31 March 2025.")


TRANSLATION = ("<!DOCTYPE html><html lang='en'><head><title>Several Measures of Testville on Chiplets</title></head>"
               "<body><div class='article'><h1>Several Measures of Testville on Chiplets</h1>"
               "<p class='info'>{facts}</p><p><i>(Ce Fa Gai Gui [2023] No. 12)</i></p>"
               "<p><i>Editor's note: This is an English translation for reference only. In case of any discrepancy, "
               "the Chinese version shall prevail.</i></p>"
               "<p>1. Enterprises that lead chiplet standards shall be given a reward of up to RMB 5 million.</p>"
               "<p>2. The city will build one advanced packaging pilot line by the end of 2025.</p>"
               "<p>3. These Measures shall come into effect on 1 January 2024.</p>{signature}</div></body></html>")
SIGNATURE = "<p>Testville Development and Reform Commission</p><p>December 25, 2023</p>"


def test_a_translated_documents_facts_number_note_and_signature_are_metadata_not_clauses():
    page = TRANSLATION.format(facts="Source: Testville Development and Reform Commission | Updated: 2023-12-28",
                              signature=SIGNATURE)
    doc = parse(page, "measures.html")
    assert (doc.issuer, doc.doc_number, doc.date_written, doc.date_published, doc.date) == (
        "Testville Development and Reform Commission", "Ce Fa Gai Gui [2023] No. 12", "2023-12-25",
        "2023-12-28", "2023-12-25")
    assert doc.meta["editors_note"].startswith("Editor's note: This is an English translation")
    assert doc.meta["signed"] == "Testville Development and Reform Commission December 25, 2023"
    assert [b.text[:2] for b in doc.blocks] == ["1.", "2.", "3."]


def test_a_signature_s_office_gives_the_issuer_and_its_day_the_date():
    doc = parse(TRANSLATION.format(facts="Testville, China", signature=SIGNATURE), "measures.html")
    assert (doc.issuer, doc.date) == ("Testville Development and Reform Commission", "2023-12-25")


JOINT_SIGNATURE = ("<p>Testville Development and Reform Commission<br>Ministry of Finance<br>Cyberspace "
                   "Administration of Testville</p><p>December 25, 2023</p>")


def test_a_joint_plan_s_signature_names_every_office_and_is_no_clause():
    # issuer was the "Source:" office alone, and the offices' lines were clauses (one with its section's bare id)
    page = TRANSLATION.format(facts="Source: Ministry of Finance | Updated: 2023-12-28", signature=JOINT_SIGNATURE)
    doc = parse(page, "measures.html")
    assert doc.issuer == ("Testville Development and Reform Commission; Ministry of Finance; "
                          "Cyberspace Administration of Testville")
    assert doc.meta["signed"] == ("Testville Development and Reform Commission; Ministry of Finance; Cyberspace "
                                  "Administration of Testville December 25, 2023")
    assert [b.text[:2] for b in doc.blocks] == ["1.", "2.", "3."] and doc.date == "2023-12-25"


def test_a_joint_signature_leaves_an_issuer_it_does_not_name():
    page = TRANSLATION.format(facts="Source: Testville People's Government | Updated: 2023-12-28",
                              signature=JOINT_SIGNATURE)
    assert parse(page, "measures.html").issuer == "Testville People's Government"


@pytest.mark.parametrize("facts", [
    "Source: the figures below | Updated: every quarter",  # no day: not a line of facts
    "Source: Testville Development and Reform Commission",  # no day either
])
def test_a_line_that_is_not_one_of_facts_stays_text(facts):
    doc = parse(TRANSLATION.format(facts=facts, signature=""), "measures.html")
    assert doc.blocks[0].text == facts and doc.issuer == ""


def test_an_office_s_name_without_a_signature_s_day_stays_text():
    doc = parse(TRANSLATION.format(facts="", signature="<p>Testville Development and Reform Commission</p>"),
                "measures.html")
    assert doc.blocks[-1].text == "Testville Development and Reform Commission" and doc.issuer == ""


UK_ACT = ("Artificial Intelligence (Testing) Act 2025\n\n2025 CHAPTER 17\n\nAn Act to make provision about the "
          "testing of artificial intelligence systems; and for connected purposes.\n\n[15th May 2025]\n\n"
          "BE IT ENACTED by the King's most Excellent Majesty, by and with the advice and consent of the Lords "
          "Spiritual and Temporal, and Commons, in this present Parliament assembled, and by the authority of the "
          "same, as follows:—\n\n1 Testing capacity\n\n(1) The Secretary of State must secure testing capacity "
          "of at least 5 exaflops by 31 March 2030.\n\n2 Short title\n\n(1) This Act may be cited as the "
          "Artificial Intelligence (Testing) Act 2025.\n")


def test_a_uk_act_s_chapter_number_royal_assent_and_enacting_formula_are_metadata():
    doc = parse(UK_ACT, "act.txt")
    assert (doc.doc_number, doc.date, doc.issuer, doc.kind) == (
        "2025 c. 17", "2025-05-15", "Parliament of the United Kingdom", "regulation")
    assert doc.meta["long_title"].startswith("An Act to make provision")
    assert doc.meta["enacting_formula"].startswith("BE IT ENACTED by the King's")
    assert not any(b.text in ("2025 CHAPTER 17", "[15th May 2025]") or b.text.startswith("BE IT ENACTED")
                   for b in doc.blocks)
    # a chapter of a text is no number of its document
    assert parse("Rules on Testing\n\nCHAPTER 17\n\nThe Agency shall test systems.\n", "r.txt").doc_number == ""


def test_a_byline_under_a_short_title_heading_is_metadata():
    text = ("---\ntitle: \"National AI Strategy 2.0: AI for the Public Good\"\n---\n\n# National AI Strategy 2.0\n\n"
            "Smart Nation and Digital Government Office, 4 December 2023\n\n## Foreword\n\n"
            "Artificial intelligence is now a general-purpose technology.\n")
    doc = parse(text, "nais.md")
    assert (doc.issuer, doc.date) == ("Smart Nation and Digital Government Office", "2023-12-04")
    assert [b.text for b in doc.blocks][:2] == ["National AI Strategy 2.0", "Foreword"]


FR_RULE = ("Federal Register / Vol. 90, No. 53 / Thursday, March 20, 2025 / Rules and Regulations\n\n"
           "DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\n15 CFR Part 748\n\n"
           "[Docket No. 250312-0045]\n\nRIN 0694-AJ99\n\n"
           "Data Center Validated End-User Program for Advanced Computing Items\n\n"
           "AGENCY: Bureau of Industry and Security, Commerce.\n\nACTION: Final rule.\n\n"
           "SUMMARY: BIS amends the Export Administration Regulations to establish a Data Center VEU.\n\n"
           "DATES: This rule is effective April 21, 2025.\n\n"
           "(c) Limits. A Data Center VEU may not hold more than 50,000 GPUs authorized under this section.\n\n"
           "Thea D. Rozman Kendler,\nAssistant Secretary for Export Administration.\n"
           "[FR Doc. 2025-04411 Filed 3-19-25; 8:45 am]\nBILLING CODE 3510-33-P\n")


def test_a_federal_register_rule_s_preamble_and_filing_lines_are_metadata():
    doc = parse(FR_RULE, "rule.txt")
    assert (doc.title, doc.issuer, doc.date, doc.kind) == (
        "Data Center Validated End-User Program for Advanced Computing Items", "Bureau of Industry and Security",
        "2025-03-20", "regulation")
    assert (doc.meta["docket"], doc.meta["rin"], doc.meta["cfr"], doc.meta["action"], doc.meta["agency"]) == (
        "Docket No. 250312-0045", "RIN 0694-AJ99", "15 CFR Part 748", "Final rule",
        "Bureau of Industry and Security, Commerce")
    assert doc.meta["signed"] == "Thea D. Rozman Kendler, Assistant Secretary for Export Administration."
    assert doc.meta["fr_doc"] == "FR Doc. 2025-04411 Filed 3-19-25; 8:45 am"
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("SUMMARY:") and texts[-1].startswith("(c) Limits.")


def test_a_header_with_lines_it_does_not_know_is_left_as_it_is():
    odd = FR_RULE.replace("ACTION: Final rule.\n\n", "ACTION: Final rule.\n\nThis rule was reviewed by OMB.\n\n")
    doc = parse(odd, "rule.txt")
    assert doc.title.startswith("Federal Register") and doc.issuer == ""
    assert doc.date == "2025-03-20"  # the running head's day still


def test_the_note_under_a_notice_s_signature_is_metadata_when_the_plan_it_issues_follows():
    text = ("江苏省政府办公厅关于印发算力发展规划的通知\n\n各市人民政府：\n\n"
            "《江苏省算力发展规划》已经省人民政府同意，现印发给你们。\n\n"
            "江苏省人民政府办公厅\n\n2021年8月16日\n\n（此件公开发布）\n\n江苏省算力发展规划\n\n"
            "一、到2025年，全省智能算力规模达到10EFLOPS。\n\n二、（此件公开发布）的文件由省政府办公厅汇编。\n")
    doc = parse(text, "plan.txt")
    assert doc.meta["publicity"] == "（此件公开发布）" and doc.meta["signed"] == "江苏省人民政府办公厅 2021年8月16日"
    assert "（此件公开发布）" not in [b.text for b in doc.blocks]


REPORT = ("<!DOCTYPE html><html lang='zh-CN'><head><title>政府工作报告（摘要）_中国政府网</title></head><body>"
          "<div class='article'><h1>政府工作报告（摘要）</h1>"
          "<p>——2025年3月5日在第十四届全国人民代表大会第三次会议上</p><p>国务院总理　李强</p>"
          "<p>2025-03-05 09:30　来源：新华社</p><div id='UCAP-CONTENT'><p>各位代表：</p>"
          "<p>现在，我代表国务院，向大会报告政府工作，请予审议。</p>"
          "<p>一、总体要求</p><p>今年发展的主要预期目标是：国内生产总值增长5%左右。</p></div></div></body></html>")


def test_a_report_s_dateline_speaker_and_source_line_are_metadata_not_clauses():
    # the dateline and "来源：新华社 各位代表：" were clauses, and the report had no date nor issuer
    doc = parse(REPORT, "report.html")
    assert (doc.date, doc.date_written, doc.date_published, doc.issuer) == (
        "2025-03-05", "2025-03-05", "2025-03-05", "国务院")
    assert doc.meta["speaker"] == "国务院总理 李强"
    assert doc.meta["delivered"] == "2025年3月5日在第十四届全国人民代表大会第三次会议上"
    assert doc.meta["来源"] == "新华社"
    assert doc.meta["addressee"] == "各位代表"  # the address under the speaker: no clause
    assert doc.meta["opening"] == "现在，我代表国务院，向大会报告政府工作，请予审议。"  # no clause either
    assert doc.blocks[0].text == "一、总体要求"


ITEMS = "一、市经济信息化委牵头负责政策实施和项目评审。\n二、市财政局负责资金保障。\n"


@pytest.mark.parametrize(("line", "issuer", "day"), [
    ("上海市经济和信息化委员会 2025年2月20日", "上海市经济和信息化委员会", "2025-02-20"),
    ("創新科技及工業局　2025年1月15日", "創新科技及工業局", "2025-01-15"),  # either script
    ("广州市财政局 广州市医疗保障局 2024-07-26", "广州市财政局、广州市医疗保障局", "2024-07-26"),
])
def test_an_issuer_and_a_day_on_one_line_under_the_title_are_metadata(line, issuer, day):
    text = f"上海市智能算力券政策分工\n\n{line}\n\n{ITEMS}"
    doc = parse(text, "a.txt")
    assert (doc.issuer, doc.date_written, doc.date) == (issuer, day, day)
    assert doc.blocks[0].text.startswith("一、")


@pytest.mark.parametrize("line", [
    "本市各区 2025年2月20日",  # no organisation's name
    "国务院总理李强同志指出，要加快发展。",  # a sentence, not an office and a name
    "——坚持创新驱动，加快发展新质生产力",  # a dash item, no occasion
    "2025-03-05 09:30 国内生产总值增长5%",  # a day, then no field
])
def test_a_line_that_is_no_byline_under_a_chinese_title_stays_text(line):
    text = f"上海市智能算力券政策分工\n\n{line}\n\n{ITEMS}"
    doc = parse(text, "a.txt")
    assert doc.blocks[0].text == line and (doc.issuer, doc.date) == ("", "")


def test_a_report_s_dateline_speaker_and_source_line_are_read_in_traditional_script_too():
    text = ("政府工作報告\n\n——2025年3月5日在第十四屆全國人民代表大會第三次會議上\n\n國務院總理　李強\n\n"
            "2025-03-05 09:30　來源：新華社\n\n各位代表：\n\n現在，我代表國務院，向大會報告政府工作。\n")
    doc = parse(text, "report.txt")
    assert (doc.issuer, doc.date, doc.meta["speaker"], doc.meta["来源"]) == (
        "國務院", "2025-03-05", "國務院總理 李強", "新華社")
    assert doc.meta["addressee"] == "各位代表" and doc.blocks[0].text.startswith("現在")


@pytest.mark.parametrize(("title", "issuer"), [
    # a deputy's office names the body without 副: gave 广东省人大常委会副主任 as the issuer
    ("关于检查《某某条例》实施情况的报告", "广东省人大常委会"),
    # the body the title names as its author before 关于 issued it; the speaker presents it
    ("广东省人民代表大会常务委员会执法检查组关于检查《某某条例》实施情况的报告",
     "广东省人民代表大会常务委员会执法检查组"),
])
def test_a_report_delivered_by_a_deputy_is_issued_by_its_author_or_the_speaker_s_body(title, issuer):
    text = (f"{title}\n\n——2025年11月25日在广东省第十四届人民代表大会常务委员会第二十一次会议上\n\n"
            "广东省人大常委会副主任　王学成\n\n主任、各位副主任、秘书长、各位委员：\n\n现将执法检查情况报告如下。\n")
    doc = parse(text, "report.txt")
    assert (doc.issuer, doc.date, doc.meta["speaker"]) == (issuer, "2025-11-25", "广东省人大常委会副主任 王学成")


JOINT = ("<html><head><title>{title}</title></head><body><div class='xxgk'><table>"
         "<tr><td>发布机构：</td><td>{issuer}</td><td>文号：</td><td>宁工信规〔2025〕4号</td></tr>"
         "<tr><td>成文日期：</td><td>2025-05-20</td></tr></table></div><div class='content'><h1>{title}</h1>"
         "<p>各区人民政府：</p><p>现将《若干政策措施》印发给你们，请认真贯彻执行。</p>{signature}"
         "<h2>若干政策措施</h2><p>一、对新建算力中心项目给予补助，单个项目最高不超过3000万元。</p></div></body></html>")
SIGNED_BY_FOUR = ("<p>南京市工业和信息化局　南京市发展和改革委员会</p><p>南京市科学技术局　南京市财政局</p>"
                  "<p>2025年5月20日</p>")
FOUR = "南京市工业和信息化局、南京市发展和改革委员会、南京市科学技术局、南京市财政局"


@pytest.mark.parametrize(("title", "signature"), [
    ("关于印发《若干政策措施》的通知", SIGNED_BY_FOUR),  # the signature names all four
    ("南京市工业和信息化局 南京市发展和改革委员会 南京市科学技术局 南京市财政局关于印发《若干政策措施》的通知", ""),
])
def test_a_joint_notice_s_issuer_names_every_department(title, signature):
    # the page's 发布机构 names the first; issuer=南京市财政局 found nothing
    doc = parse(JOINT.format(title=title, issuer="南京市工业和信息化局", signature=signature), "nj.html")
    assert doc.issuer == FOUR


@pytest.mark.parametrize(("title", "issuer", "signature"), [
    # the page names another issuer than its signatories: which is meant cannot be told
    ("关于印发《若干政策措施》的通知", "南京市人民政府办公厅", SIGNED_BY_FOUR),
    # the title's names run together: where one ends is not told
    ("南京市工业和信息化局南京市财政局关于印发《若干政策措施》的通知", "南京市工业和信息化局", ""),
])
def test_a_joint_issuer_only_where_the_known_issuer_is_one_of_them(title, issuer, signature):
    assert parse(JOINT.format(title=title, issuer=issuer, signature=signature), "nj.html").issuer == issuer


PLAN = ("<html lang='en'><head><title>Artificial Intelligence Basic Plan</title></head><body><div id='main'>"
        "<h1>Artificial Intelligence Basic Plan</h1><p>(Provisional Translation)</p>{lines}"
        "<p>This is a provisional translation of the Japanese original. Only the original Japanese text has legal "
        "effect.</p><h2>Chapter 1 Basic Policy</h2><p>1.1 The Government will invest more than ¥1 trillion in AI."
        "</p></div></body></html>")


@pytest.mark.parametrize(("lines", "issuer"), [
    ("<p>Decided by the Cabinet on 23 December 2025</p>"
     "<p>Artificial Intelligence Strategy Headquarters, Cabinet Office</p>",
     "Artificial Intelligence Strategy Headquarters, Cabinet Office"),
    ("<p>Cabinet Decision of 23 December 2025</p>", "Cabinet"),  # no office under it: the body that decided
])
def test_a_plan_s_decision_office_and_translation_notes_are_metadata_not_clauses(lines, issuer):
    # the plan had no date nor issuer, and its decision line was a clause whose id was the document's
    doc = parse(PLAN.format(lines=lines), "plan.html")
    assert (doc.date, doc.issuer) == ("2025-12-23", issuer)
    assert doc.meta["translation"].startswith("(Provisional Translation); This is a provisional translation")
    assert [b.text[:3] for b in doc.blocks if b.kind == "para"] == ["1.1"]


def test_a_sentence_that_tells_of_a_decision_stays_text():
    doc = parse(PLAN.format(lines="<p>Decided by the Cabinet on 23 December 2025, the plan sets three goals for "
                                  "the Government.</p>"), "plan.html")
    assert doc.date == "" and any(b.text.startswith("Decided by the Cabinet") for b in doc.blocks)


GOVUK_DL = ("<!DOCTYPE html><html lang='en'><head><title>Zones plan - GOV.UK</title></head><body><main id='content'>"
            "<span class='govuk-caption-xl'>Policy paper</span><h1>Zones plan</h1>"
            "<div class='gem-c-metadata'><dl><dt>From:</dt><dd><a href='/org'>Department for Science, Innovation and "
            "Technology</a></dd><dt>Published</dt><dd>15 January 2026</dd><dt>Updated</dt><dd>3 February 2026</dd>"
            "</dl></div><h2>1. Introduction</h2>"
            "<p>1.1 The government will designate five zones by 2027.</p></main></body></html>")


def test_a_govuk_header_written_as_a_dl_is_read_as_its_one_line_form_is():
    doc = parse(GOVUK_DL, "plan.html")
    assert (doc.issuer, doc.date_published, doc.meta["date_updated"], doc.date) == (
        "Department for Science, Innovation and Technology", "2026-01-15", "2026-02-03", "2026-01-15")
    assert [b.text[:3] for b in doc.blocks if b.kind == "para"] == ["1.1"]


def test_a_label_alone_over_a_sentence_is_no_header_fact():
    doc = parse(GOVUK_DL.replace("<dt>Published</dt><dd>15 January 2026</dd><dt>Updated</dt><dd>3 February 2026</dd>",
                                 "").replace("<div class='gem-c-metadata'><dl><dt>From:</dt><dd><a href='/org'>"
                                             "Department for Science, Innovation and Technology</a></dd></dl></div>",
                                             "<p>Updated</p><p>The rules were changed last year.</p>"), "plan.html")
    assert doc.date == "" and any(b.text == "The rules were changed last year." for b in doc.blocks)


RELEASE = ("<html><head><title>Press releases - Consilium</title></head><body><main>"
           "<p class='type'>Council of the EU</p><p class='type'>Press release</p><p class='date'>{when}</p>"
           "<h1>AI gigafactories: Council gives final green light</h1>"
           "<p>The Council today formally adopted an amendment to the regulation.</p>"
           "<h2>Next steps</h2><p>The regulation will now be published in the Official Journal.</p>"
           "</main></body></html>")


def test_a_release_s_date_line_with_its_hour_is_its_date_and_no_clause():
    from ingest.segment import segment

    doc = parse(RELEASE.format(when="16 January 2026 11:45"), "release.html")
    assert (doc.date, doc.kind, doc.issuer) == ("2026-01-16", "news", "Council of the EU")
    # the headline, first once the date line is read, heads no clause's path
    assert [c.path for c in segment(doc)] == ["¶1", "Next steps > ¶1"]


def test_a_time_alone_is_no_date_line():
    doc = parse(RELEASE.format(when="Updated at 11:45"), "release.html")
    assert doc.date == ""


LEGCO = ("<html><head><title>立法會CB(4)123/2025(03)號文件</title></head><body><p>立法會CB(4)123/2025(03)號文件</p>"
         "<h1>資訊科技及廣播事務委員會<br>有關人工智能發展的政策措施</h1><p>創新科技及工業局</p><p>2025年10月20日</p>"
         "<h2>目的</h2><p>1. 本文件旨在向委員簡介有關政策措施。</p><h2>徵詢意見</h2><p>2. 請委員備悉本文件的內容。</p>"
         "<p>創新科技及工業局<br>2025年10月</p></body></html>")


def test_a_legco_paper_s_number_line_and_closing_signature_are_metadata():
    doc = parse(LEGCO, "brief.html")
    assert doc.doc_number == "立法會CB(4)123/2025(03)號文件" and doc.date == "2025-10-20"
    assert doc.meta["signed"] == "創新科技及工業局 2025年10月"
    assert [b.text for b in doc.blocks if b.kind == "para"] == [
        "1. 本文件旨在向委員簡介有關政策措施。", "2. 請委員備悉本文件的內容。"]


def test_a_month_alone_closing_a_paragraph_is_no_signature_without_an_office_over_it():
    doc = parse(LEGCO.replace("<p>創新科技及工業局<br>2025年10月</p>", "<p>檢討將於</p><p>2026年3月</p>"), "brief.html")
    assert "2026年3月" not in doc.meta.get("signed", "") and doc.blocks[-1].text == "2026年3月"
