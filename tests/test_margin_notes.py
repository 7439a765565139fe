"""ingest.margin_notes (with ingest.parse): the notes beside a text (posted on, contacts, a comment deadline, a
foreword's signer, a press release's sign-off) read into metadata and kept out of the clauses; drafts."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

PRESS = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Press Release: Press Information Bureau"
         "</title></head><body><div class='header'><a href='/'>Press Information Bureau</a></div>"
         "<div class='ReleaseContent'><h3>Ministry of Ports &amp; Shipping</h3>"
         "<h2>Green Ports Mission: Twelve Major Ports to Run on Renewable Power by 2030</h2>"
         "<p>Shore power at every major port for visiting ships</p>"
         "<p>Posted On: 12 MAR 2025 4:10PM by PIB Delhi</p>"
         "<p>The Union Minister announced today that the twelve major ports will draw all their power from "
         "renewable sources by 2030, with an outlay of ₹3,200 crore over five years.</p>"
         "<p>The Mission will be implemented by the Indian Ports Association with the port trusts.</p>"
         "<p>***</p><p>Asha Menon/Rahul Verma</p><p>(Release ID: 2101234) Visitor Counter : 512</p>"
         "<p>Read this release in: Hindi , Tamil</p></div><div class='footer'>Hosted by NIC</div></body></html>")


def test_a_press_release_s_headline_ministry_and_posted_day_are_its_metadata():
    doc = parse(PRESS, "pib.html")
    assert doc.title == "Green Ports Mission: Twelve Major Ports to Run on Renewable Power by 2030"
    assert doc.issuer == "Ministry of Ports & Shipping, Government of India"  # a PIB release: India's
    assert doc.date == "2025-03-12" and doc.kind == "news"
    assert doc.meta["posted"].startswith("Posted On: 12 MAR 2025")
    assert doc.meta["signed_off"] == "Asha Menon/Rahul Verma"
    text = "\n".join(c.text for c in segment(doc))
    for debris in ("Posted On", "Asha Menon", "Release ID", "Visitor Counter", "Read this release in", "Ministry of"):
        assert debris not in text
    assert text.rstrip().endswith("with the port trusts.")


def test_a_page_title_that_names_its_own_words_is_kept():
    page = PRESS.replace("Press Release: Press Information Bureau", "Press release: Ports go green by 2030")
    assert parse(page, "pib.html").title == "Press release: Ports go green by 2030"


DRAFT = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>x</title></head><body>"
         "<div class='article'><h1>关于公开征求《某市促进低空经济发展若干措施（征求意见稿）》意见的公告</h1>"
         "<p>为促进低空经济发展，我局起草了《某市促进低空经济发展若干措施（征求意见稿）》，现向社会公开征求意见。</p>"
         "<p>1.电子邮箱：dkjj@example.gov.cn；</p>"
         "<p>2.信函：某市人民路1号市发展改革委（邮编100000），以邮戳日期为准。</p>"
         "<p>反馈截止日期：2025年8月31日。</p><p>联系人：李女士，联系电话：010-12345678。</p>"
         "<p>附件：某市促进低空经济发展若干措施（征求意见稿）</p>"
         "<h2>某市促进低空经济发展若干措施（征求意见稿）</h2>"
         "<p>第一条 到2027年，全市低空经济规模达到500亿元。</p>"
         "<p>第二条 本措施自2025年10月1日起施行，有效期至2027年12月31日。</p></div></body></html>")


def test_a_consultation_draft_is_a_draft_whose_validity_clause_is_not_its_end():
    doc = parse(DRAFT, "draft.html")
    assert doc.kind == "draft"
    assert "失效日期" not in doc.meta  # 有效期至2027年12月31日 is what the measures would say once issued
    assert doc.meta["反馈截止日期"] == "2025-08-31"
    assert doc.meta["contact"] == "联系人：李女士，联系电话：010-12345678。"
    post = next(c for c in segment(doc) if "信函" in c.text)
    assert post.text.endswith("以邮戳日期为准。")  # the deadline and the contact were glued under the address


def test_the_same_measures_issued_are_no_draft_and_their_validity_clause_counts():
    issued = (DRAFT.replace("关于公开征求《某市促进低空经济发展若干措施（征求意见稿）》意见的公告",
                            "某市促进低空经济发展若干措施")
              .replace("（征求意见稿）", "").replace("，现向社会公开征求意见", "")
              .replace("反馈截止日期：2025年8月31日。", ""))
    doc = parse(issued, "issued.html")
    assert doc.kind != "draft" and doc.meta["失效日期"] == "2027-12-31"


TAIWAN = ("<!DOCTYPE html><html lang='zh-Hant-TW'><head><meta charset='utf-8'><title>x - 行政院</title></head><body>"
          "<main><h1>行政院會通過「數位韌性法」草案</h1>"
          "<p>發布日期：114-09-04　　資料來源：數位發展部</p>"
          "<p>行政院會今（4）日通過數位發展部擬具之「數位韌性法」草案，將函請立法院審議。</p>"
          "<p>第一條　為強化國家數位韌性，特制定本法。</p>"
          "<p>第二條　本法自公布日施行。</p>"
          "<p>新聞聯絡人：數位發展部資源管理司　王科長　電話：02-2380-0001</p></main></body></html>")


def test_a_taiwan_bill_s_roc_date_and_source_are_metadata_and_its_press_contact_no_clause():
    doc = parse(TAIWAN, "tw.html")
    assert doc.date == "2025-09-04" and doc.issuer == "數位發展部"
    assert doc.kind == "draft"  # a 草案 the cabinet sends to the legislature
    clauses = segment(doc)
    assert clauses[-1].text == "第二條 本法自公布日施行。"
    assert not any("發布日期" in c.text or "聯絡人" in c.text for c in clauses)
    assert doc.meta["contact"].startswith("新聞聯絡人：")


FOREWORD = ("<!DOCTYPE html><html lang='en'><head><title>Skills Plan - GOV.UK</title></head><body><main>"
            "<h1>Skills Plan</h1><h2>Ministerial foreword</h2>"
            "<p>Skills decide whether the country can use what it builds. This plan sets out how.</p>"
            "<p>Jane Doe, Secretary of State for Education</p>"
            "<h2>1. Introduction</h2><p>1.1 The government will train 10,000 teachers in AI by 2028.</p>"
            "<p>1.2 Delivery will be overseen by the department and reported yearly.</p></main></body></html>")


def test_a_foreword_s_signer_is_metadata():
    doc = parse(FOREWORD, "plan.html")
    assert doc.meta["foreword_signed"] == "Jane Doe, Secretary of State for Education"
    assert not any("Jane Doe" in c.text for c in segment(doc))


def test_a_line_naming_an_office_inside_a_foreword_s_text_stays():
    page = FOREWORD.replace("<p>Jane Doe, Secretary of State for Education</p>",
                            "<p>As the Secretary of State said, skills come first.</p>")
    doc = parse(page, "plan.html")
    assert "foreword_signed" not in doc.meta
    assert any("skills come first" in c.text for c in segment(doc))


STRATEGY = ("Department of Digital Affairs\n\n"
            "Data for Good: National Data Strategy for Ireland\nRefresh 2025\n\n"
            "Published: 4 March 2025\n\n"
            "Foreword\n\n"
            "Data is changing how we live and work. This refresh sets out what we will do next.\n\n"
            "Mary Byrne TD, Minister for Digital Affairs\n"
            "Sean Kelly TD, Minister of State for Data Regulation\n\n"
            "1. Context\n\n"
            "1.1 The Government will invest €5 million in open data by 2027.\n\n"
            "2. Actions\n\n"
            "2.1 Publish a data-sharing code by the end of 2025.\n")


def test_a_plain_text_strategy_s_department_date_and_foreword_signers_are_metadata():
    # the department line was the title, the date a clause, and the first signer the heading of every clause
    doc = parse(STRATEGY, "strategy.txt")
    assert doc.title == "Data for Good: National Data Strategy for Ireland"
    assert (doc.issuer, doc.date) == ("Department of Digital Affairs", "2025-03-04")
    assert doc.meta["foreword_signed"] == ("Mary Byrne TD, Minister for Digital Affairs; "
                                           "Sean Kelly TD, Minister of State for Data Regulation")
    clauses = segment(doc)
    assert not any("Mary Byrne" in c.text or "Sean Kelly" in c.text or "Published" in c.text for c in clauses)
    assert not any("Mary Byrne" in c.path for c in clauses)


def test_a_plain_text_whose_first_line_is_its_title_keeps_it():
    doc = parse(STRATEGY.replace("Department of Digital Affairs\n\n", ""), "strategy.txt")
    assert doc.title == "Data for Good: National Data Strategy for Ireland" and doc.issuer == ""


def test_a_department_line_over_a_sentence_is_no_title_s_issuer():
    text = STRATEGY.replace("Data for Good: National Data Strategy for Ireland\nRefresh 2025",
                            "We publish this strategy today.")
    assert parse(text, "strategy.txt").title == "Department of Digital Affairs"


BUDGET = ("<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'><title>Budget Paper No. 2 | Budget 2025–26"
          "</title></head><body><main><p>Budget Paper No. 2: Budget Measures 2025–26</p>"
          "<p>Part 2: Payment Measures</p><h2>Industry, Science and Resources</h2>"
          "<h1>National Artificial Intelligence Capability</h1>"
          "<p>The Government will provide $209.2 million over four years from 2025–26 to build AI capability.</p>"
          "<p>The cost of this measure will be met from a reallocation of funding.</p>"
          "<p>Released 25 March 2025</p></main></body></html>")


def test_a_budget_measure_s_series_and_released_line_are_metadata():
    # no date before, and "Budget Paper No. 2: …" was ¶1, "Released 25 March 2025" the last clause
    doc = parse(BUDGET, "bp2.html")
    assert doc.date == "2025-03-25" and doc.meta["released"] == "Released 25 March 2025"
    assert doc.meta["series"] == "Budget Paper No. 2: Budget Measures 2025–26; Part 2: Payment Measures"
    texts = [c.text for c in segment(doc)]
    assert texts[-1] == "The cost of this measure will be met from a reallocation of funding."
    assert not any(t.startswith(("Budget Paper", "Part 2", "Released")) for t in texts)


def test_a_released_sentence_stays_text():
    doc = parse(BUDGET.replace("Released 25 March 2025", "Released 25 March 2025, the plan sets out the "
                                                         "Government's approach"), "bp2.html")
    assert "released" not in doc.meta and segment(doc)[-1].text.startswith("Released 25 March 2025, the plan")


# a procurement notice (the 财政部 template): its section of whom to ask is three blocks of contact fields
TENDER = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>x</title></head><body>"
          "<div class='content'><h1>某市数据资源局智算中心设备采购项目公开招标公告</h1>"
          "<h2>一、项目基本情况</h2><p>项目编号：XX-2026-ZB-0001</p><p>预算金额：3,860.00万元</p>"
          "<h2>七、对本次招标提出询问，请按以下方式联系</h2>"
          "<p>1.采购人信息</p><p>名称：某市数据资源局</p><p>地址：某市人民路100号</p>"
          "<p>联系人：陈工　联系方式：0551-63538821</p>"
          "<p>2.采购代理机构信息</p><p>名称：某招标有限公司</p><p>地址：某市花园大道986号</p>"
          "<p>联系方式：0551-62219366</p>"
          "<p>3.项目联系方式</p><p>项目联系人：李工、王工</p><p>电话：0551-62219366转8012</p>"
          "<p>某市数据资源局</p><p>2026年2月27日</p></div></body></html>")


def test_a_procurement_notice_s_contact_blocks_are_its_metadata():
    doc = parse(TENDER, "tender.html")
    contact = doc.meta["contact"]
    assert contact.startswith("1.采购人信息: 名称：某市数据资源局; 地址：某市人民路100号; 联系人：陈工")
    assert "2.采购代理机构信息: 名称：某招标有限公司" in contact and "3.项目联系方式: 项目联系人：李工、王工" in contact
    text = "\n".join(c.text for c in segment(doc))
    assert "联系" not in text and "采购人信息" not in text
    assert "预算金额：3,860.00万元" in text


def test_a_contact_line_gives_its_number_after_its_label():
    line = "联系人：陈工　联系方式：0551-63538821"
    doc = parse(DRAFT.replace("联系人：李女士，联系电话：010-12345678。", line), "d.html")
    assert doc.meta["contact"] == "联系人：陈工 联系方式：0551-63538821"  # its spaces collapsed


def test_a_title_over_fields_that_reach_no_one_stays_text():
    """"项目信息" over a name and an address, no number: no contact block."""
    page = TENDER.replace("<p>1.采购人信息</p>", "<p>1.项目信息</p>")
    page = page.replace("<p>联系人：陈工　联系方式：0551-63538821</p>", "")
    text = "\n".join(c.text for c in segment(parse(page, "t.html")))
    assert "地址：某市人民路100号" in text
