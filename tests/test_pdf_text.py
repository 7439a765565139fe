"""Plain text extracted from a PDF: page furniture, wrapped lines, the 红头 title block and a flattened table."""

from __future__ import annotations

from ingest.parse import parse
from ingest.pdf_notes import foot_notes
from ingest.pdf_text import is_pdf_text, read_pdf_text
from ingest.plaintext import parse_plaintext
from ingest.segment import segment
from ingest.tag import tag_clauses

HEADER = "某某省人工智能赋能制造业行动方案（2025—2027年）"

PLAN = f"""某某省工业和信息化厅文件

某工信数字〔2025〕12号

某某省工业和信息化厅 某某省发展和改革委员会
关于印发《某某省人工智能赋能制造业行动方案
（2025—2027年）》的通知

各地级以上市人民政府，省有关单位：
    经省人民政府同意，现将《某某省人工智能赋能制造业行动
方案（2025—2027年）》印发给你们，请认真组织实施。

某某省工业和信息化厅        某某省发展和改革委员会
2025年3月12日

— 1 —
{HEADER}

    一、总体目标
    到2025年底，全省规模以上工业企业数字化转型比例达到70%
以上。到2027年，全省制造业人工智能核心产业规模突破3000亿
元，工业机器人密度达到每万名工人600台，智能制造水平显著提
升。
    二、重点任务
    （一）夯实智能算力底座。统筹全省算力资源布局，支持广
州、深圳建设智能算力集群，到2027年全省智能算力规模达到
60 EFLOPS。（省发展改革委、省工业和信息化厅按职责分工负
责）
    （二）研发行业大模型。支持龙头企业联合高校、科研院所
面向电子信息、汽车、家电、纺织服装等行业研发行业大模型，
对通过国家备案的行业大模型按研发投入的20%给予最高1000万

— 2 —
{HEADER}

元奖励。（省工业和信息化厅、省科技厅负责）
    （三）培育专业人才队伍。实施制造业数字化人才培育工程，
到2027年培训人工智能应用技能人才10万人次。（省人力资源
社会保障厅、省教育厅负责）

- 3 -
{HEADER}

公开方式：主动公开
抄送：工业和信息化部，省委办公厅，省人大常委会办公厅，省政府办
公厅。
某某省工业和信息化厅办公室                2025年3月13日印发
"""


def _texts(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text, "plan.txt").blocks]


def test_pdf_text_page_furniture_goes_and_a_sentence_runs_on_over_the_page_break():
    texts = _texts(PLAN)
    assert not any("—" in t and t.strip("— 0123456789") == "" for t in texts)
    assert HEADER not in texts
    assert any(t.endswith("按研发投入的20%给予最高1000万元奖励。（省工业和信息化厅、省科技厅负责）") for t in texts)


def test_pdf_text_wrapped_lines_join_with_nothing_between_chinese_characters():
    texts = _texts(PLAN)
    assert ("（一）夯实智能算力底座。统筹全省算力资源布局，支持广州、深圳建设智能算力集群，到2027年全省智能算力规模"
            "达到60 EFLOPS。（省发展改革委、省工业和信息化厅按职责分工负责）") in texts
    assert any("比例达到70%以上。到2027年，全省制造业人工智能核心产业规模突破3000亿元，" in t for t in texts)
    assert any(t.endswith("（省人力资源社会保障厅、省教育厅负责）") for t in texts)
    # a break stays before a new item and a heading
    assert "一、总体目标" in texts and "二、重点任务" in texts
    assert any(t.startswith("（二）研发行业大模型。") for t in texts)


def test_pdf_text_title_is_the_notice_not_the_letterhead_and_the_imprint_is_metadata():
    doc = parse(PLAN, "plan.txt")
    # the issuers printed over 关于 are who issues it, no part of its title
    assert doc.title == "关于印发《某某省人工智能赋能制造业行动方案（2025—2027年）》的通知"
    assert doc.issuer == "某某省工业和信息化厅、某某省发展和改革委员会"
    assert doc.meta["letterhead"] == "某某省工业和信息化厅文件"
    assert doc.doc_number == "某工信数字〔2025〕12号"
    assert doc.meta["copied_to"] == "抄送：工业和信息化部，省委办公厅，省人大常委会办公厅，省政府办公厅。"
    assert doc.meta["publicity"] == "公开方式：主动公开"
    assert not any("抄送" in b.text or "公开方式" in b.text or "文件" == b.text[-2:] for b in doc.blocks)


def test_pdf_text_goal_agency_note_and_title_read_end_to_end():
    doc = parse(PLAN, "plan.txt")
    assert doc.title.endswith("关于印发《某某省人工智能赋能制造业行动方案（2025—2027年）》的通知")
    clauses = {c.path: c for c in tag_clauses(segment(doc), doc.date)}
    compute = clauses["二 > （一）"]
    assert [(t.value, t.unit, t.year) for t in compute.targets] == [(60.0, "EFLOPS", 2027)]
    assert compute.agencies.lead == ["某某省发展改革委", "某某省工业和信息化厅"]
    talent = clauses["二 > （三）"]
    assert talent.agencies.lead == ["某某省人力资源社会保障厅", "某某省教育厅"]
    goals = {(t.value, t.unit, t.comparator, t.metric) for t in clauses["一"].targets}
    assert (70.0, "%", ">=", "全省规模以上工业企业数字化转型比例") in goals
    assert (3000.0, "亿元", ">", "全省制造业人工智能核心产业规模") in goals


TABLE = """附件

重点任务分工表

序号
重点任务
牵头单位
完成时限
1
全省智能算力规模达到60 EFLOPS
省发展改革委
2027年
2
打造行业大模型30个
省工业和信息化厅
2027年

- 5 -
某某省人工智能赋能制造业行动方案

3
建成行业高质量数据集100个以上
省政务服务和数据管理局
2026年

- 6 -
某某省人工智能赋能制造业行动方案
"""


def test_pdf_text_a_table_flattened_one_cell_per_line_is_read_back_into_rows():
    paragraphs, _ = read_pdf_text(TABLE.split("\n"))
    assert paragraphs == ["附件", "重点任务分工表", "序号 | 重点任务 | 牵头单位 | 完成时限",
                          "1 | 全省智能算力规模达到60 EFLOPS | 省发展改革委 | 2027年",
                          "2 | 打造行业大模型30个 | 省工业和信息化厅 | 2027年",
                          "3 | 建成行业高质量数据集100个以上 | 省政务服务和数据管理局 | 2026年"]


def test_pdf_text_a_table_whose_cell_wrapped_is_left_as_lines():
    wrapped = TABLE.replace("建成行业高质量数据集100个以上\n", "建成行业高质量数据集100\n个以上\n")
    paragraphs, _ = read_pdf_text(wrapped.split("\n"))
    assert not any(" | " in p for p in paragraphs)  # no row glued from the wrong cells


def test_pdf_text_an_ordinary_text_is_not_read_as_a_pdf():
    lines = ["某某市促进人工智能产业发展若干措施", "",
             "一、支持算力基础设施建设。对新建智能算力中心的，给予最高1000万元补贴。",
             "二、支持大模型研发。对通过备案的本市企业，一次性给予200万元奖励。",
             "三、本措施自印发之日起施行，有效期3年。", "", "第 1 页"]
    assert not is_pdf_text(lines)  # one page-number line is no sign
    assert not is_pdf_text(["The plan sets out five goals for 2030 and the means to reach them.",
                            "- 1 -", "1. Build compute.", "2. Train people."])
    assert is_pdf_text(["正文一", "— 1 —", "正文二", "— 2 —"])


# a people's congress's inspection report saved from PDF: its title over three lines, a dateline over two, the
# speaker; lines cut at one width inside numbers ("于202" / "5年", "达到6" / ".9万亿元") and before a comma
INSPECTION = """某某省人民代表大会常务委员会执法检查组
关于检查《某某省数字经济促进条例》
实施情况的报告
——2025年11月25日在某某省第十四届人民代表大会
常务委员会第二十一次会议上
某某省人大常委会副主任　张三

主任、各位副主任、秘书长、各位委员：
　　根据省人大常委会2025年度监督工作计划，省人大常委会于202
5年6月至9月对《某某省数字经济促进条例》实施情况开展执法检查。
一、条例实施取得的主要成效
　　（一）数字经济规模持续壮大。2024年全省数字经济增加值达到6
.9万亿元，占地区生产总值比重约50%，规模连续8年居全国首位。截
至2025年6月底，全省累计建成5G基站34.6万个。

— 1 —

二、意见和建议
　　（一）优化算力基础设施布局。建议省发展改革委牵头，会同省工业和
信息化厅、省能源局编制全省算力基础设施布局规划，到2027年全省智
能算力规模达到60EFLOPS以上。
　　有观点认为全省智能算力规模应于2026年达到100EFLOPS
，检查组认为这一目标脱离实际，不宜作为工作目标。

— 2 —
"""


def test_pdf_text_a_number_cut_by_a_chinese_line_end_is_joined_whole():
    texts = _texts(INSPECTION)
    assert any("省人大常委会于2025年6月至9月对" in t for t in texts)  # was "于202 5年"
    assert any("数字经济增加值达到6.9万亿元，" in t for t in texts)  # was "6 .9万亿元"
    # a line opening with a comma goes on from the line before, however short that one is
    assert "有观点认为全省智能算力规模应于2026年达到100EFLOPS，检查组认为这一目标脱离实际，不宜作为工作目标。" in texts


def test_pdf_text_a_number_is_joined_only_inside_chinese_text():
    lines = ["The fund had spent its money on the projects the board had chosen, 12",
             "25 projects were approved in the year and the rest were left for later.",
             "It was a fair year for the fund and its board, all things considered.",
             "The board will meet again in the spring to choose the next round of them.", "— 1 —", "— 2 —"]
    paragraphs, _ = read_pdf_text(lines)
    assert any("chosen, 12 25 projects" in p for p in paragraphs)  # joined as words are, with a space


def test_pdf_text_a_title_over_three_lines_and_a_dateline_over_two_are_read_apart():
    doc = parse(INSPECTION, "inspection.txt")
    assert doc.title == "某某省人民代表大会常务委员会执法检查组关于检查《某某省数字经济促进条例》实施情况的报告"
    assert doc.meta["delivered"] == "2025年11月25日在某某省第十四届人民代表大会常务委员会第二十一次会议上"
    assert doc.meta["speaker"] == "某某省人大常委会副主任 张三"
    assert (doc.date, doc.issuer, doc.kind) == ("2025-11-25", "某某省人民代表大会常务委员会执法检查组", "report")
    clauses = segment(doc)
    assert not any("会议上" in c.text or "张三" in c.text or "会议上" in c.heading for c in clauses)


def test_pdf_text_a_dateline_on_one_line_does_not_run_on_into_the_speaker():
    one_line = INSPECTION.replace("人民代表大会\n常务委员会第二十一次", "人民代表大会常务委员会第二十一次")
    doc = parse(one_line, "inspection.txt")
    assert doc.meta["delivered"].endswith("第二十一次会议上")
    assert doc.meta["speaker"] == "某某省人大常委会副主任 张三"


def test_pdf_text_a_recommendation_s_agencies_lose_the_verb_and_take_the_province():
    doc = parse(INSPECTION, "inspection.txt")
    clauses = {c.path: c for c in tag_clauses(segment(doc), doc.date)}
    plan = clauses["二 > （一）"]
    assert plan.agencies.lead == ["某某省发展改革委"]
    assert plan.agencies.supporting == ["某某省工业和信息化厅", "某某省能源局"]


BULLETIN = """某某市2025年国民经济和社会发展统计公报

二、数字经济

　　全年数字经济核心产业增加值6128亿元，增长7.2%，占地区生产总值的
比重为27.6%，比上年提高0.8个百分点。其中，人工智能核心产业营业收入
突破3000亿元，增长18.5%；集成电路产业营业收入达到810亿元，增长
12.3%。
　　年末全市拥有国家级专精特新“小巨人”企业421家，比上年末增加58家；
高新技术企业1.72万家。全年通过国家生成式人工智能服务备案的大模型
达到31个。
　　全年新增数据中心机架1.2万个，年末在用数据中心机架达到8.6万个；
　　全年发放算力券3.2亿元，惠及企业615家，带动算力消费超过10亿元。

— 2 —

三、重点任务

①加快建设智能算力设施，到2027年全市智能算力规模达到60EFLOPS以上；
②推动行业大模型研发应用，到2027年建成行业大模型应用场景100个以上；
（一）夯实智能算力底座，统筹全市算力资源布局，建设智能算力集群；
（二）研发行业大模型，支持龙头企业联合高校面向制造业研发行业模型。

— 3 —
"""


def test_pdf_text_a_line_ending_in_a_semicolon_runs_on_into_the_next_figure():
    texts = _texts(BULLETIN)
    assert ("年末全市拥有国家级专精特新“小巨人”企业421家，比上年末增加58家；高新技术企业1.72万家。"
            "全年通过国家生成式人工智能服务备案的大模型达到31个。") in texts


def test_pdf_text_a_semicolon_line_end_before_an_item_or_an_indented_paragraph_stays_a_break():
    texts = _texts(BULLETIN)
    assert "全年新增数据中心机架1.2万个，年末在用数据中心机架达到8.6万个；" in texts  # the next is indented
    assert any(t.startswith("②推动行业大模型") for t in texts)
    assert any(t.startswith("（二）研发行业大模型") for t in texts)


def test_pdf_text_a_note_s_marker_after_a_sentence_s_stop_is_taken_out():
    # "accelerators.1", "(Figure 1.6).2": the notes were read into meta, their markers left glued to the words
    kept, notes = foot_notes(["Estimates rest on commercial data on installed accelerators.1",
                              "  and could exceed 5% in Ireland and the United States (Figure 1.6).2 The",
                              "share was about 1.6% of electricity.", "______________________",
                              "1. The survey was conducted between March and July 2025.",
                              "2. Projections are based on the IEA's Stated Policies Scenario."])
    assert kept == ["Estimates rest on commercial data on installed accelerators.",
                    "  and could exceed 5% in Ireland and the United States (Figure 1.6). The",
                    "share was about 1.6% of electricity."]
    assert len(notes) == 2


def test_pdf_text_a_figure_after_a_stop_stays_where_no_note_has_its_number():
    kept, _ = foot_notes(["The scheme covers small firms.3", "See Fig.1 for details.", "______________________",
                          "1. See Chapter 4 for a full inventory of national compute targets."])
    assert kept == ["The scheme covers small firms.3", "See Fig.1 for details."]


# a 专项债券 实施方案 from PDF: tables laid out with spaces, as `pdftotext -layout` gives them
BOND_PLAN = """二、项目投资估算及资金筹措方案
项目资本金26000万元，由市本级财政预算安排；拟申请发行专项债券100000万元，其中2026年发行60000万元，2027年发
行40000万元。专项债券期限15年，票面利率按3.0%测算，每年付息，到期一次还本，还本资金由项目收益归集。

表2 资金筹措计划表
  年度      项目资本金      专项债券      合计
  2026年    16000           60000         76000
  2027年    10000           40000         50000
  合计      26000           100000        126000

                                     — 1 —
某某计算中心项目专项债券资金使用实施方案

表4 项目绩效目标表
  序号    一级指标    二级指标        三级指标                    指标值
  3       产出指标    质量指标        年均电能利用效率（PUE）     ≤1.25
  4       产出指标    时效指标        项目建成投运时间            2027年9月底前
  5       效益指标    经济效益指标    年均营业收入                ≥1.8亿元

                                     — 2 —
"""


def test_pdf_text_rows_of_a_space_aligned_table_are_never_glued_into_one_another():
    texts = _texts(BOND_PLAN)
    assert "2026年 | 16000 | 60000 | 76000" in texts  # was "…| 760002027年 | …"
    assert "2027年 | 10000 | 40000 | 50000" in texts
    assert "3 | 产出指标 | 质量指标 | 年均电能利用效率（PUE） | ≤1.25" in texts  # was "≤1.254 | 产出指标 …"
    assert "4 | 产出指标 | 时效指标 | 项目建成投运时间 | 2027年9月底前" in texts
    assert not any("760002027" in t or "1.254" in t for t in texts)
    assert any("2027年发行40000万元。" in t for t in texts)  # a number cut at the page's width is still joined


def test_pdf_text_a_short_line_ending_in_a_figure_is_no_number_cut_in_two():
    lines = ["到2027年，全市智能算力规模达到1500PFLOPS，服务企业和科研机构不少于200家，支撑培育行业大模型20个以上。",
             "项目设计年均电能利用效率（PUE）不高于1.25，其中液冷区域不高于1.15，绿电使用比例力争达到30%以上。",
             "年均电能利用效率 ≤1.25", "4 项目建成投运时间 2027年9月底前", "— 1 —", "— 2 —"]
    paragraphs, _ = read_pdf_text(lines)
    assert not any("1.254" in p for p in paragraphs)  # a line's last figure, far short of the page's width


def test_pdf_text_a_unit_in_capitals_cut_by_a_chinese_line_end_is_joined_whole():
    lines = ["　　（一）关于发展目标的设定。《行动方案》提出的到2028年智能算力规模达到1.5万PFLOP",
             "S的目标，是在2025年底3100PFLOPS的基础上，综合考虑在建和拟建项目情况测算确定的，",
             "推动智能体在各行业落地应用，加快构建算力、算法、数据协同发展体系，算力规模达到20万P",
             "Flops级别，带动相关产业规模持续扩大，形成一批具有全国影响力的示范应用。",
             "— 1 —", "— 2 —"]
    paragraphs, _ = read_pdf_text(lines)
    text = "".join(paragraphs)
    assert "达到1.5万PFLOPS的目标" in text  # was "1.5万PFLOP S"
    # a word in mixed case goes on as words do, with a space ("P" over "Flops" is no unit in capitals)
    assert "20万P Flops级别" in text
