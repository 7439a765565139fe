"""A 科技部 notice that publishes a 重点专项 项目申报指南 as its annex, as text from its PDF.

The guide's 二级 directions ("1.1 …（基础前沿技术类）") head their labelled paragraphs, its title on two lines is one
heading, its own annexes ("附件1-1") are parts of their own, and the notice's imprint ("…印发") goes to meta."""

from __future__ import annotations

from ingest.guide_outline import decimal_title
from ingest.parse import parse
from ingest.pdf_text import read_pdf_text
from ingest.segment import segment

WIDTH = 36  # characters a line, as the PDF's text cuts Chinese lines


def _wrapped(paragraph: str) -> list[str]:
    """A paragraph as the PDF sets it: its first line indented "　　", every line cut at WIDTH characters."""
    text = "　　" + paragraph
    return [text[k:k + WIDTH] for k in range(0, len(text), WIDTH)]


def _pdf(*parts: str | list[str]) -> str:
    """Lines of text: a str is a paragraph to wrap, a list lines as they stand, PAGE a page's end."""
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, list) else _wrapped(part))
    pages = iter(range(1, 100))
    return "\n".join(f"\n                         — {next(pages)} —\n" if ln == PAGE else ln for ln in lines) + "\n"


PAGE = "<page>"
NOTICE = [
    ["          科学技术部文件", "", "          国科发资〔2026〕12号", "",
     "          科技部关于发布国家重点研发计划“智能传感器”", "          重点专项2026年度项目申报指南的通知", "",
     "各省、自治区、直辖市科技厅（委、局），国务院各有关部门："],
    "现将“智能传感器”重点专项2026年度项目申报指南予以发布，请根据指南要求组织项目申报工作。有关事项通知如下。",
    "一、申报单位根据指南支持方向，组织开展产学研联合申报，预申报书受理截止时间为2026年5月13日16:00。",
    [PAGE],
    ["附件：1．“智能传感器”重点专项2026年度项目申报指南", "　　　2．国家重点研发计划项目申报书（预申报）格式", "",
     "                                        科技部", "                                        2026年2月10日",
     "", "（此件主动公开）", "", "科技部办公厅　　　　　　　　　　　　2026年2月12日印发", PAGE],
]
GUIDE = [
    ["附件1", "          国家重点研发计划“智能传感器”", "          重点专项2026年度项目申报指南"],
    "为落实国家科技创新规划的部署，国家重点研发计划启动实施“智能传感器”重点专项，现发布2026年度项目申报指南。",
    "项目统一按指南二级标题（如1.1）的研究方向申报，每个项目拟支持数为1～2项，实施周期不超过3年。",
    ["　　1. 智能传感器芯片"],
    ["　　1.1 高精度MEMS惯性传感器芯片设计与制造（共性关键技术类）"],
    "研究内容：研究高精度MEMS惯性传感器芯片的结构设计方法与圆片级制造工艺，研制原型芯片并开展应用验证。",
    # a line of Latin text is narrower than the page in columns: its sentence goes on in the next line
    ["　　考核指标：陀螺零偏稳定性优于0.01°/h，加速度计", "分辨率优于1 μg，带宽不低于200 Hz；在千", "个以上的"
     "终端开展应用验证；申请发明专利不少于10项。"],
    "关键词：MEMS，惯性传感器，圆片级制造",
    [PAGE],
    ["　　1.2 柔性触觉传感器（青年科学家项目）"],
    "研究内容：研究柔性触觉传感材料与阵列集成方法，研制柔性触觉传感器原型。",
    "有关说明：拟部署不超过3个项目，每个项目国拨经费300万元。",
    ["　　2. 传感器系统集成"],
    ["　　2.1 工业互联网多模态传感系统（示范应用类）"],
    "研究内容：面向工业互联网需求，研究多模态传感数据融合技术，开展示范应用。",
    "考核指标：在不少于5家企业开展示范应用，传感节点部署不少于1万个。",
    ["　　附件1-1", "　　形式审查条件要求"],
    "申报项目须符合以下形式审查条件要求。",
    ["　　1．推荐程序和填写要求"],
    "（1）由指南规定的推荐单位在规定时间内出具推荐函。",
    "（2）申报单位同一项目须通过单个推荐单位申报。",
    ["　　附件1-2", "　　专项咨询联系方式"],
    "技术咨询电话：010-68100000",
    [PAGE],
]


def _segmented(text: str):
    doc = parse(text, "guide.txt")
    return doc, segment(doc)


def test_a_guides_second_level_directions_head_their_labelled_paragraphs():
    _, clauses = _segmented(_pdf(*NOTICE, *GUIDE))
    by_path = {c.path: c for c in clauses}
    assert by_path["附件1 > 1 > 1.1 > ¶1"].text.startswith("研究内容：研究高精度MEMS")
    assessed = by_path["附件1 > 1 > 1.1 > ¶2"]
    assert assessed.text.startswith("考核指标：") and assessed.text.endswith("申请发明专利不少于10项。")
    assert assessed.heading == "1.1 高精度MEMS惯性传感器芯片设计与制造（共性关键技术类）"
    assert by_path["附件1 > 1 > 1.1 > ¶3"].text == "关键词：MEMS，惯性传感器，圆片级制造"
    assert by_path["附件1 > 1 > 1.2 > ¶2"].text.startswith("有关说明：")
    assert by_path["附件1 > 2 > 2.1 > ¶2"].text.startswith("考核指标：")
    assert not any(c.text.startswith(("1. 智能传感器芯片", "1.1 ")) for c in clauses)  # headings, no clause text


def test_an_annex_title_on_two_lines_is_one_heading_and_no_clause():
    _, clauses = _segmented(_pdf(*NOTICE, *GUIDE))
    first = next(c for c in clauses if c.path == "附件1 > ¶1")
    assert first.heading == "附件1 国家重点研发计划“智能传感器”重点专项2026年度项目申报指南"
    assert not any("重点专项2026年度项目申报指南" == c.text.splitlines()[-1] for c in clauses)


def test_an_annexs_own_annexes_are_parts_of_their_own():
    _, clauses = _segmented(_pdf(*NOTICE, *GUIDE))
    by_path = {c.path: c for c in clauses}
    assert by_path["附件1-1 > 1 > （2）"].text.startswith("（2）申报单位")
    assert by_path["附件1-2 > ¶1"].text == "技术咨询电话：010-68100000"
    assert by_path["附件1-1 > ¶1"].heading == "附件1-1 形式审查条件要求"
    assert not any("附件1-1" in c.text or "附件1-2" in c.text for c in clauses)
    assert len({c.clause_id for c in clauses}) == len(clauses)
    assert not any(c.clause_id.rsplit("-", 1)[-1].isalnum() and len(c.clause_id.rsplit("-", 1)[-1]) == 6
                   and not c.clause_id.rsplit("-", 1)[-1].isdigit() for c in clauses)  # no hash suffix


def test_the_imprint_under_a_notices_signature_goes_to_meta_before_its_annex():
    doc, clauses = _segmented(_pdf(*NOTICE, *GUIDE))
    assert doc.meta["printed"] == "科技部办公厅 2026年2月12日印发"
    assert doc.meta["publicity"] == "（此件主动公开）"
    assert not any("印发" in c.text for c in clauses if c.path == "附件")


def test_a_chinese_decimal_title_is_a_title_line_only():
    assert decimal_title("1.1 面向大模型训练的芯片体系结构（基础前沿技术类）") == (1, 1, 4)
    assert decimal_title("1.5 亿元用于支持…。") is None  # a sentence
    assert decimal_title("3.1 AI Growth Zones are areas") is None  # an English paragraph, read as before
    assert decimal_title("1.1. 总体要求") is None  # its dot after: a decimal heading, read as before


def test_a_decimal_line_with_no_holder_open_stays_text():
    text = _pdf(["某市关于推进传感器产业发展的通知", ""], "一、为加快产业发展，现将有关事项通知如下。",
                ["　　1.1 高精度MEMS惯性传感器芯片"], "研究高精度MEMS惯性传感器芯片的结构设计方法。")
    _, clauses = _segmented(text)
    assert any("\n1.1 高精度MEMS惯性传感器芯片\n" in c.text for c in clauses)  # text of 一, as before


def test_an_unindented_line_that_opens_an_item_is_no_run_on():
    lines = ["　　一、总体要求，推进产业发展，加快技术攻关，提升创新能力，形成", "1．加快技术攻关，提升创新能力。",
             "　　二、保障措施。"]
    paragraphs, _ = read_pdf_text(lines)
    assert paragraphs[1] == "1．加快技术攻关，提升创新能力。"
