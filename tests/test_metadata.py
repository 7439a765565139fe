"""Metadata read out of text: dates, document numbers, language, kind, signatures, title case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.kinds import guess_kind, is_draft
from ingest.metadata import (
    detect_lang,
    epoch_date,
    eu_issuer,
    find_doc_number,
    find_signature,
    iso_date,
    smart_title,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024年7月26日", "2024-07-26"),
        ("成文日期：2024 年 03 月 04 日", "2024-03-04"),
        ("2021-07-30 16:43", "2021-07-30"),
        ("2024/7/5", "2024-07-05"),
        ("of 13 June 2024", "2024-06-13"),
        ("CEO Insights Asia Team | Monday 10 June, 2024", "2024-06-10"),
        ("THE WHITE HOUSE, October 30, 2023.", "2023-10-30"),
        ("12.7.2024", "2024-07-12"),
        ("Sept. 3, 2022", "2022-09-03"),
        # as India writes a day: "New Delhi, the 11th March, 2026", "until the 31st March, 2029"
        ("New Delhi, the 11th March, 2026", "2026-03-11"),
        ("shall remain in force until the 31st March, 2029.", "2029-03-31"),
        ("2024年13月40日", ""),
        ("no date here", ""),
    ],
)
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_iso_date_takes_the_first_date_written():
    assert iso_date("Done on 2 May 2025, amended 2024-01-01") == "2025-05-02"


def test_epoch_date_is_china_time():
    assert epoch_date(1721923200) == "2024-07-26"  # 2024-07-25T16:00Z
    assert epoch_date("1697644800") == "2023-10-19"
    assert epoch_date(0) == "" and epoch_date("") == "" and epoch_date(None) == ""


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("穗府办规〔2024〕13号", "穗府办规〔2024〕13号"),
        ("穗人社规字〔 2019 〕 6 号", "穗人社规字〔2019〕6号"),
        ("（2021年7月27日中华人民共和国国务院令第746号公布）", "国务院令第746号"),
        ("REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT", "Regulation (EU) 2024/1689"),
        ("Regulation (EC) No 765/2008 of the European Parliament", "Regulation (EC) 765/2008"),
        ("Executive Order 14110 of October 30, 2023", "Executive Order 14110"),
        ("Executive Order on the Safe, Secure, and Trustworthy Development", ""),
        # a Gazette of India notification's number: its series, its number and an extraordinary issue's "(E)"
        ("G.S.R. 176(E).—In exercise of the powers conferred by section 87", "G.S.R. 176(E)"),
        ("S.O. 1234(E).—In exercise of", "S.O. 1234(E)"),
        ("vide notification number G.S.R.176 (E), dated", "G.S.R. 176(E)"),
        ("S.O. 12 of the order", ""),  # "S.O." with a figure alone is too loose to be one
    ],
)
def test_find_doc_number(text, number):
    assert find_doc_number(text) == number


def test_detect_lang_by_share_of_cjk():
    assert detect_lang("第一条 为了规范市场主体登记管理行为，推进法治化市场建设。") == "zh"
    assert detect_lang("Guangdong plans 40 exaflops of computing power by 2025.") == "en"
    assert detect_lang("本办法所称AI系统，是指 artificial intelligence system，下同。") == "zh"
    assert detect_lang("12345 !!!") == ""


def test_detect_lang_tells_french_german_and_spanish_from_english_by_their_commonest_words():
    # a French communiqué was read as English, tagged with nothing, and counted among English clauses
    fr = ("L'objectif est de former 100 000 personnes par an aux métiers de l'IA d'ici 2030, et la France "
          "soutiendra la construction de centres de données dans les régions pour les entreprises et les "
          "chercheurs qui en ont besoin, avec une capacité de 1 gigawatt sur le territoire.")
    assert detect_lang(fr) == "fr"
    assert detect_lang("Der Bund und die Länder fördern die künstliche Intelligenz mit 5 Milliarden Euro für die "
                       "Forschung, und die Unternehmen sollen von der Förderung in den Regionen mit den "
                       "Hochschulen profitieren, die das Programm auf den Weg bringen.") == "de"
    assert detect_lang("El Gobierno destinará 600 millones de euros para la inteligencia artificial y los datos, "
                       "con el objetivo de que el 25% de las empresas usen la IA por el impulso del plan, que se "
                       "presenta al Consejo con los agentes del sector y las comunidades.") == "es"
    # English with a French name or a quoted French phrase stays English
    assert detect_lang("The Commission will fund the Jean Zay supercomputer and la French Tech programme, and "
                       "it is expected that the plan will be adopted by the Council in 2026 for the Union.") == "en"


def test_find_signature_reads_issuers_above_the_date():
    lines = [
        "各区：",
        "现印发给你们。",
        "广州市卫生健康委员会 广州市财政局",
        "广州市医疗保障局",
        "2023年10月19日",
        "正文",
    ]
    assert find_signature(lines) == ("广州市卫生健康委员会、广州市财政局、广州市医疗保障局", "2023-10-19")
    assert find_signature(["现印发给你们。", "2023年10月19日"]) == ("", "2023-10-19")
    assert find_signature(["没有落款"]) == ("", "")


@pytest.mark.parametrize(
    ("title", "hint", "kind"),
    [
        ("广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知", "", "regulation"),
        ("中华人民共和国市场主体登记管理条例", "工作动态", "regulation"),
        ("广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知", "工作动态", "notice"),
        ("创业担保贷款常见问题", "问答（常见问题）", "faq"),
        ("小学招生5月7日起网上报名！天河区义务教育阶段学校招生工作细则公布", "工作动态 媒体聚焦", "news"),
        ("Regulation (EU) 2024/1689 of the European Parliament", "", "regulation"),
        ("Memorandum on Advancing the United States’ Leadership", "presidential-actions", "notice"),
        (
            "Removing Barriers to American Leadership in Artificial Intelligence",
            "presidential-actions",
            "regulation",
        ),
        ("A walk in the park", "", ""),
        # a catalogue row's title says what it is when its note does not
        ("2026年天河区来穗人员随迁子女积分制入学工作指引", "", "guide"),
        ("灵活就业人员参加养老保险简介", "", "guide"),
        ("房屋租赁登记备案可以网办吗？您想了解的在这里！", "", "faq"),
        ("电子居住证如何申领？一文说清", "", "guide"),
        ("一图读懂2025年政府工作报告", "", "news"),
        ("广州市残疾人两项补贴2025年发放情况", "", ""),
        # a government's publicity piece says so in its title
        ("Press release: Commission launches AI Continent Action Plan", "", "news"),
        ("Press statement by the Minister on the AI Safety Summit", "", "news"),
        ("广州市人工智能产业发展新闻稿", "", "news"),
        # an explainer of a plan restates its figures: news, so /targets can tell them from the plan's
        ("《北京市推动“人工智能+”行动实施方案（2025—2027年）》政策解读", "", "news"),
        ("关于《广州市公共租赁住房管理办法》的解读", "", "news"),
        ("市发展改革委负责人就《若干措施》答记者问", "", "news"),
        # a press conference's transcript: its answers are the spokesman's, not the plan's
        ("国家发展改革委举行新闻发布会 介绍《关于深入实施“人工智能+”行动的意见》有关情况", "", "news"),
        ("国务院政策例行吹风会：解读《算力基础设施行动计划》", "", "news"),
        ("关于召开2025年新闻发布会的通知", "", "notice"),
        ("Media release: Government invests in AI skills", "", "news"),
        # a law or a bill by its title, not a piece about one
        ("Engrossed Substitute Senate Bill 5838", "", "regulation"),
        ("CHIPS and Science Act of 2022", "", "regulation"),
        ("Online Safety Act 2023", "", "regulation"),  # a UK Act's title
        ("Guidance: how the Online Safety Act 2023", "", ""),
        ("Fact Sheet: President Biden Signs the CHIPS and Science Act of 2022", "", ""),
        ("Guidance on the Act", "", ""),
        # a people's congress's inspection report, opinions or committee report: its 建议 are no government's
        # commitment; the government's own report to it, or its answer to the opinions, is no such report
        ("广东省人民代表大会常务委员会执法检查组关于检查《广东省数字经济促进条例》实施情况的报告", "", "report"),
        ("全国人大常委会执法检查组关于检查科学技术进步法实施情况的报告", "", "report"),
        ("某某市人民代表大会常务委员会关于市人民政府2024年度国有资产管理情况综合报告的审议意见", "", "report"),
        ("省人大财政经济委员会关于全省数字经济发展情况的调研报告", "", "report"),
        ("某某省人民政府关于省人大常委会国有资产管理情况综合报告审议意见研究处理情况的报告", "", ""),
        ("某某省人民政府关于2024年度国有资产管理情况的综合报告", "", ""),
        ("某某市人民代表大会常务委员会关于加快推进人工智能产业发展的决定", "", "notice"),
        # a speech: its goals are the speaker's claims, as a GOV.UK "Speech" is news; not a notice on one
        ("在全市人工智能和算力产业高质量发展推进会上的讲话", "", "news"),
        ("某某同志在全省数字经济工作会议上的讲话（摘要）", "", "news"),
        ("Remarks by the Secretary of Commerce on AI Compute", "", "news"),
        ("关于认真学习贯彻全市推进会重要讲话精神的通知", "", "notice"),
        # a 政策汇编 reprints policies for reference (以正式文本为准): a guide to them, none of them itself
        ("东湖高新区人工智能与算力产业政策汇编（2026年版）", "", "guide"),
        ("惠企政策文件汇编", "", "guide"),
        ("2025年统计资料汇编", "", ""),
        # a funding programme's work programme, what it will fund; not a report on one
        ("Digital Europe Programme (DIGITAL) Work Programme 2026-2027", "", "notice"),
        ("Horizon Europe Work Programme 2025", "", "notice"),
        ("Report on the implementation of the Work Programme 2025", "", ""),
    ],
)
def test_guess_kind(title, hint, kind):
    assert guess_kind(title, hint) == kind


def test_smart_title_fixes_capitals_only():
    assert smart_title("REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL") == (
        "Regulation (EU) 2024/1689 of the European Parliament and of the Council"
    )
    assert smart_title("laying down harmonised rules (Artificial Intelligence Act)") == (
        "laying down harmonised rules (Artificial Intelligence Act)"
    )
    assert smart_title("广州市人民政府") == "广州市人民政府"


@given(st.text(max_size=200))
def test_metadata_readers_never_fail(text):
    assert isinstance(iso_date(text), str) and isinstance(find_doc_number(text), str)
    assert detect_lang(text) in ("zh", "en", "")


def test_a_plan_s_kind_is_read_past_the_years_it_runs():
    assert guess_kind("江苏省“人工智能+制造”行动方案（2024—2026年）") == "notice"
    assert guess_kind("广州市促进就业实施办法(2024-2026年)") == "regulation"


def test_a_bill_s_number_is_read_from_its_title_only():
    from ingest.metadata import bill_number

    assert bill_number("Engrossed Substitute Senate Bill 5838") == "Engrossed Substitute Senate Bill 5838"
    assert bill_number("House Bill No. 1234 - AI disclosure") == "House Bill No. 1234"
    assert bill_number("Report on Senate Bill 5838") == ""


@pytest.mark.parametrize(("title", "opening", "draft"), [
    ("关于公开征求《杭州市加快推进人工智能大模型产业发展若干措施（征求意见稿）》意见的公告", [], True),
    ("某市数据条例（草案）", [], True),
    ("行政院会通过「人工智慧基本法」草案", [], True),
    ("关于某市促进低空经济发展若干措施的公告", ["现向社会公开征求意见。"], True),
    ("人工智慧基本法", ["行政院会今日通过…草案，将函请立法院审议。"], True),
    ("Draft Online Safety Bill", [], True),
    ("AI Assurance Code (consultation draft)", [], True),
    ("Data Sharing Code: draft for consultation", [], True),
    # issued documents: a 指导意见 is no 征求意见; a text made after consultation is final
    ("关于加快人工智能产业发展的指导意见", ["本意见经公开征求意见后制定。"], False),
    ("杭州市加快推进人工智能大模型产业发展若干措施", [], False),
    ("Drafting guidance for policy officials", [], False),
    ("Government publishes draft AI bill", [], False),  # news of a draft, titled as news
    # a report on the budget or plan submitted to the people's congress: the 草案 is what it votes on
    ("关于无锡市2025年预算执行情况与2026年预算草案的报告", ["各位代表："], False),
    ("关于2025年国民经济和社会发展计划执行情况与2026年计划（草案）的报告", [], False),
    ("关于2026年市级预算草案的报告（征求意见稿）", [], True),
    ("某市预算审查监督条例（草案）", [], True),  # a bill on budgets is a bill
])
def test_is_draft_tells_a_draft_by_its_title_or_its_call_for_comment(title, opening, draft):
    assert is_draft(title, opening) is draft


@pytest.mark.parametrize(
    ("title", "issuer"),
    [  # the act's own makers, not those of the act it is adopted under or amends, named after its date
        ("Commission Implementing Regulation (EU) 2026/1187 of 18 June 2026 laying down detailed arrangements for AI "
         "regulatory sandboxes pursuant to Regulation (EU) 2024/1689 of the European Parliament and of the Council",
         "European Commission"),
        ("Commission Delegated Regulation (EU) 2026/12 of 2 March 2026 supplementing Directive (EU) 2022/2555 of the "
         "European Parliament and of the Council", "European Commission"),
        ("Council Regulation (EU) 2021/1173 of 13 July 2021 on establishing the European High Performance Computing "
         "Joint Undertaking", "Council of the European Union"),
        ("Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down "
         "harmonised rules on artificial intelligence and amending Council Regulation (EC) No 300/2008",
         "European Parliament and Council of the European Union"),
        ("Implementing Regulation (EU) 2026/1 of 1 July 2026 on sandboxes pursuant to Regulation (EU) 2024/1689 of "
         "the European Parliament and of the Council", ""),
    ],
)
def test_eu_issuer_names_the_act_s_own_makers(title, issuer):
    assert eu_issuer(title) == issuer
