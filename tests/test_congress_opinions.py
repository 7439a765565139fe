"""A people's congress standing committee's 审议意见 on a government report: its 主送 "市人民政府：", its section
titles over a lead-in and items, the remarks after its last suggestion, its closing request and the day it asks an
answer by, and the committee its title names as the issuer."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_ITEMS = "".join(f"<p>　　（{n}）{t}。建议市人民政府{t}，推动工作落到实处，切实提高工作实效。</p>\n" for n, t in
                 zip("一二三", ["强化算力统筹", "提升自主可控水平", "做强产业生态"], strict=True))
_REQUEST = "以上审议意见，请市人民政府认真研究处理，并于2027年2月28日前将研究处理情况向市人大常委会作出书面报告。"
_TITLE = "宁波市人大常委会关于市人民政府《关于全市算力发展情况的报告》的审议意见"
_OPINIONS = """<html><head><title>宁波市人大常委会关于市人民政府《关于全市算力发展情况的报告》的审议意见</title></head>
<body><h1>宁波市人大常委会关于市人民政府《关于全市算力发展情况的报告》的审议意见</h1>
<div class="content">
<p style="text-align:center">甬人常审〔2026〕11号</p>
<p>市人民政府：</p>
<p>　　2026年8月27日，市人大常委会第二十九次会议听取和审议了市人民政府所作的报告。
现将常委会组成人员的审议意见汇总如下：</p>
<p><strong>一、存在的主要问题</strong></p>
<p>　　常委会组成人员在充分肯定成绩的同时，也指出了当前工作中存在的一些困难和问题：</p>
<p>　　（一）算力布局统筹不够。个别智算中心上架率不足40%，供需错配问题比较突出。</p>
<p>　　（二）自主可控水平不高。全市在用智能算力中采用国产芯片的比例仅为31%。</p>
<p><strong>二、意见和建议</strong></p>
<p>　　为进一步推动全市算力高质量发展，常委会组成人员提出以下意见和建议：</p>
{items}<p>　　在审议中，常委会组成人员还对报告本身提出了改进意见：报告对问题的分析还不够深入，
建议在研究处理情况报告中予以补充完善。</p>
<p>　　此外，有的组成人员提出，个别媒体报道的目标与市政府报告所列目标明显不符，相关部门应当及时澄清。</p>
<p>　　{closing}</p>
<p style="text-align:right">宁波市人大常委会办公厅</p>
<p style="text-align:right">2026年9月1日</p>
</div></body></html>""".replace("{items}", _ITEMS).replace("{closing}", _REQUEST)


def _clauses():
    doc = parse(_OPINIONS, "opinions.html")
    return doc, {c.path: c for c in segment(doc)}


def test_the_closing_request_is_metadata_with_the_day_it_asks_an_answer_by():
    doc, clauses = _clauses()
    assert doc.meta["closing"].startswith("以上审议意见，请市人民政府认真研究处理")
    assert doc.meta["reply_due"] == "2027-02-28"
    assert not any("以上审议意见" in c.text for c in clauses.values())


def test_the_remarks_after_the_last_suggestion_are_paragraphs_of_their_own():
    _, clauses = _clauses()
    last = clauses["二 > （三）"]
    assert last.text.endswith("切实提高工作实效。")
    assert clauses["二 > ¶2"].text.startswith("在审议中")
    assert clauses["二 > ¶3"].text.startswith("此外")


def test_a_title_over_a_lead_in_and_items_heads_them():
    _, clauses = _clauses()
    assert clauses["一 > ¶1"].text.startswith("常委会组成人员在充分肯定成绩")
    assert clauses["一 > （一）"].heading == "一、存在的主要问题"
    assert clauses["二 > （一）"].heading == "二、意见和建议"
    assert not any(c.text.startswith("二、意见和建议") for c in clauses.values())


def test_a_one_body_addressee_is_metadata():
    doc, clauses = _clauses()
    assert doc.meta["addressee"] == "市人民政府"
    assert not any(c.text.startswith("市人民政府：") for c in clauses.values())


def test_the_committee_its_title_names_is_the_issuer_its_office_the_signer():
    doc, _ = _clauses()
    assert doc.issuer == "宁波市人大常委会"
    assert doc.meta["signed"].startswith("宁波市人大常委会办公厅")


def test_a_notice_keeps_its_own_closing_sentence_and_signer():
    # a government's notice ending "以上意见，请认真贯彻执行。" is no 审议意见's request; its office is its issuer
    text = (_OPINIONS.replace(_REQUEST, "以上意见，请认真贯彻执行。")
            .replace(_TITLE, "宁波市人民政府办公厅关于推进算力发展的意见")
            .replace("宁波市人大常委会办公厅</p>", "宁波市人民政府办公厅</p>"))
    doc = parse(text, "notice.html")
    assert "closing" not in doc.meta and "reply_due" not in doc.meta
    assert doc.issuer == "宁波市人民政府办公厅"
    assert segment(doc)[-1].text.endswith("以上意见，请认真贯彻执行。")


def test_a_label_over_its_value_is_no_addressee():
    # "联系单位：" names no body's kind alone, and a short line under a body's name is no text it is sent
    text = _OPINIONS.replace("<p>市人民政府：</p>", "<p>市人民政府：</p><p>联系电话：0574-1234567</p>")
    doc = parse(text, "opinions.html")
    assert "addressee" not in doc.meta


def test_a_title_over_a_lead_in_and_semicolon_items_stays_one_sentence_with_them():
    # "下列人员：" over "（一）…；" "（二）…。": one sentence, the items no clauses of their own under the title
    text = ("广州市城乡居民基本医疗保险办法\n一、参保范围\n未参加职工医保或未按照规定享有其他保障的下列人员：\n"
            "（一）本市行政区域内各类学校就读的全日制在校学生；\n（二）本市户籍人员；\n（三）持有本市居住证的人员。\n"
            "二、缴费标准\n城乡居民医保费按年度缴纳，具体标准由市医疗保障局会同市财政局另行公布。\n")
    paths = [c.path for c in segment(parse(text, "rules.txt"))]
    assert "一 > （一）" not in paths
