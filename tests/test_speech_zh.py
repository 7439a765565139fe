"""A Chinese leader's speech (讲话) as a city's site prints it, and a draft's explanation (起草说明) saved from PDF:
their metadata, the places and subjects of their agencies, and their closing formula."""

import pytest

from ingest.agencies import document_places, subject_agencies
from ingest.parse import parse
from ingest.segment import segment

TITLE = "在全市人工智能和算力产业高质量发展推进会上的讲话"
SPEECH = (f"<html lang='zh-CN'><head><title>{TITLE}_领导讲话_青岛政务网</title>"
          "<meta name='ContentSource' content='青岛日报'></head><body><div class='article'>"
          f"<h1>{TITLE}</h1>"
          "<div class='bar'>发布时间：2026-03-20 09:15　来源：青岛日报　【字体：大 中 小】 打印</div>"
          "<div class='content'>{byline}"
          "<p>今天，市委、市政府召开全市人工智能和算力产业高质量发展推进会。下面，我再讲三点意见。</p>"
          "<h2>一、聚焦重点任务</h2>"
          "<p>（一）要加快建设算力基础设施。到2028年，智能算力规模达到1.2万PFLOPS。市发展改革委要牵头，"
          "会同市工业和信息化局、市数据局，抓紧研究制定算力设施用电保障方案。</p>"
          "<h2>二、强化组织保障</h2>"
          "<p>二要加强要素保障。市自然资源和规划局要优先保障重大算力项目用地，市生态环境局要加快环评审批，"
          "国网青岛供电公司要配合做好电力接入保障。</p>"
          "</div></div></body></html>")
CENTRED = ("<p style='text-align:center'>（2026年3月17日）</p><p style='text-align:center'>青岛市市长　陈立群</p>"
           "<p>同志们：</p>")


@pytest.mark.parametrize("byline", [
    CENTRED,
    # the same lines as one paragraph's lines
    "<p style='text-align:center'>（2026年3月17日）<br>青岛市市长　陈立群<br>同志们：</p>",
])
def test_a_mayor_s_speech_is_the_city_government_s_with_its_speaker_and_day(byline):
    # the issuer was the paper that printed it (青岛日报), and the day, speaker and "同志们：" were the first clause
    doc = parse(SPEECH.format(byline=byline), "speech.html")
    assert (doc.issuer, doc.date, doc.date_written, doc.date_published) == (
        "青岛市人民政府", "2026-03-17", "2026-03-17", "2026-03-20")
    assert (doc.meta["speaker"], doc.meta["delivered"], doc.meta["addressee"]) == (
        "青岛市市长 陈立群", "2026年3月17日", "同志们")
    assert doc.meta["来源"] == "青岛日报"
    assert doc.blocks[0].text.startswith("今天，市委、市政府")


def test_a_speech_s_agencies_take_the_speaker_s_city_and_its_yao_directives_assign_work():
    # "在全市" (the title's start) was each short form's place: lead 在全市发展改革委; and the 要 directives gave none
    clauses = {c.text[:4]: c.agencies for c in segment(parse(SPEECH.format(byline=CENTRED), "speech.html"))}
    first, second = clauses["（一）要"], clauses["二要加强"]
    assert (first.lead, first.supporting) == (["青岛市发展改革委"], ["青岛市工业和信息化局", "青岛市数据局"])
    assert (second.lead, second.supporting) == (["青岛市自然资源和规划局", "青岛市生态环境局"], ["国网青岛供电公司"])


@pytest.mark.parametrize("title", [
    "关于加快发展的通知",  # no speech: its bracketed day alone says not who spoke
    "某某工作方案",
])
def test_a_bracketed_day_under_a_title_that_is_no_speech_stays_text(title):
    doc = parse(f"{title}\n\n（2026年3月17日）\n\n一、市财政局负责资金保障。\n\n二、市科技局负责评审。\n", "a.txt")
    assert doc.blocks[0].text == "（2026年3月17日）" and "delivered" not in doc.meta


def test_a_bracketed_day_under_a_speech_s_title_is_the_day_it_was_delivered():
    doc = parse("在全市科技创新大会上的讲话\n\n（2026年3月17日）\n\n同志们，今天我们召开大会。\n\n"
                "一、市科技局要加快推进重大专项。\n", "a.txt")
    assert (doc.date, doc.meta["delivered"]) == ("2026-03-17", "2026年3月17日")


@pytest.mark.parametrize(("title", "places"), [
    (TITLE, {}),  # 在全市: every part of the city, no place (gave 在全市)
    ("关于加快全市算力发展的意见", {}),  # gave 关于加快全市
    ("全市人工智能产业发展情况", {}),
    ("在青岛市人工智能推进会上的讲话", {"市": "青岛市"}),  # a speech's title: the place after 在
    ("深圳市人民政府办公厅关于印发若干措施的通知", {"市": "深圳市"}),
])
def test_a_title_s_start_that_names_no_place_gives_none(title, places):
    assert document_places("", title) == places


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # the adverb before 由 was glued into each name: lead 明确由市工业和信息化局, 明确由市财政局
    ("其中，明确由市工业和信息化局牵头，会同市发展改革委、市数据局建立工作推进机制；市财政局负责统筹相关专项资金。",
     ["市工业和信息化局", "市财政局"], ["市发展改革委", "市数据局"]),
    ("并请市科技局负责组织评审。", ["市科技局"], []),
    # a speech's X要…: X's task, as X负责 is (gave none)
    ("市自然资源和规划局要优先保障重大算力项目用地，市生态环境局要加快环评审批，国网青岛供电公司要配合做好电力接入保障。",
     ["市自然资源和规划局", "市生态环境局"], ["国网青岛供电公司"]),
    ("三要强化督导考核。市政府督查室要会同市工业和信息化局，将产业发展情况纳入综合绩效考核。",
     ["市政府督查室"], ["市工业和信息化局"]),
    # doing their part with no other named: theirs
    ("（四）要加快培育壮大市场主体。市投资促进局、市财政局要按职责做好相关工作。", ["市投资促进局", "市财政局"], []),
])
def test_a_speech_s_and_an_explanation_s_subjects_lead(text, lead, supporting):
    found = subject_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "各区（市）要落实属地责任，主要负责同志要亲自抓、负总责。",  # no agency named
    "企业要加快数字化转型。",
    "市发展改革委要求各区加快项目建设。",  # 要求: what it asks of others
    "本办法由市工业和信息化局会同市财政局负责解释。",  # who interprets it, after no adverb
    "国网青岛供电公司要加快电网建设。",  # a firm's own business
])
def test_a_yao_or_you_without_a_named_agency_doing_the_work_gives_none(text):
    assert not subject_agencies(text)


EXPLANATION = """附件2


         关于《天津市智能算力基础设施高质量发展
          三年行动方案（2026—2028年）
               （征求意见稿）》的起草说明

　　为加快构建布局合理、绿色低碳、安全可靠的智能算力基础
设施体系，市工业和信息化局会同市发展改革委、市数据局起草
了《行动方案》。现将有关情况说明如下。
　　一、起草背景
　　算力是数字经济时代的核心生产力。党中央、国务院高度重
视算力基础设施建设，国家先后出台了一批文件，对算力发展作
出系统部署。
　　二、主要内容
　　《行动方案》提出，到2028年，全市智能算力规模达到1.5
万PFLOPS。具体实施细则由市工业和信息化局另行制定。
　　特此说明。

                            天津市工业和信息化局
                            2026年4月10日
"""


def test_an_explanation_from_pdf_is_titled_by_its_centred_lines_under_its_annex_label():
    # the title was "附件2", the real title a clause; "特此说明。" stayed a clause
    doc = parse(EXPLANATION, "explanation.txt")
    assert doc.title == "关于《天津市智能算力基础设施高质量发展三年行动方案（2026—2028年）（征求意见稿）》的起草说明"
    assert (doc.meta["annex"], doc.meta["closing"], doc.issuer, doc.date) == (
        "附件2", "特此说明。", "天津市工业和信息化局", "2026-04-10")
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("为加快构建") and "特此说明。" not in texts


def test_a_sentence_that_goes_on_after_te_ci_shuo_ming_is_text():
    doc = parse(EXPLANATION.replace("特此说明。", "特此说明，本方案自印发之日起施行。"), "explanation.txt")
    assert "closing" not in doc.meta and doc.blocks[-1].text.endswith("自印发之日起施行。")
