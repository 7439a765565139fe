"""Agency notes: lead and supporting agencies, names normalised, 和 split only between names."""

import pytest

from ingest.agencies import (
    agency_filter,
    document_places,
    normalize_agency,
    parse_agency_note,
    place_agencies,
)
from ingest.table_agencies import share_task_agencies, table_agencies
from ingest.types import Agencies, Block, Clause


@pytest.mark.parametrize(("name", "canonical"), [
    ("省工信厅", "省工业和信息化厅"),
    ("省工业和信息化厅", "省工业和信息化厅"),
    ("省发改委", "省发展改革委"),
    ("省发展改革委", "省发展改革委"),
    (" 市人社局等 ", "市人力资源社会保障局"),
    ("省人力资源和社会保障厅", "省人力资源社会保障厅"),
    ("市卫健委，", "市卫生健康委"),
    ("市 人社局", "市人力资源社会保障局"),  # a space inside a Chinese name is layout
    ("市经信委", "市经济信息化委"),  # Shanghai's commission, in its short official form
    ("市经济和信息化委员会", "市经济信息化委"),
    ("市经信局", "市经济和信息化局"),  # Beijing's bureau, as it is named: 市经信局 found only Guangdong's 工信局
    ("北京市经信局", "北京市经济和信息化局"),
    ("省经信厅", "省经济和信息化厅"),
    (" Department of Commerce ", "Department of Commerce"),  # inside an English one it is a word break
])
def test_normalize_agency_expands_abbreviations_and_keeps_level(name, canonical):
    assert normalize_agency(name) == canonical


def test_parse_agency_note_lead_and_supporting():
    a = parse_agency_note("（省发展改革委、省工信厅牵头，省科技厅、省财政厅配合）")
    assert a.lead == ["省发展改革委", "省工业和信息化厅"]
    assert a.supporting == ["省科技厅", "省财政厅"]
    assert a.note.startswith("（省发展改革委")


def test_parse_agency_note_role_by_duty_is_supporting():
    a = parse_agency_note("（省工业和信息化厅牵头，省人力资源和社会保障厅、省教育厅等按职责分工负责）")
    assert a.lead == ["省工业和信息化厅"]
    assert a.supporting == ["省人力资源社会保障厅", "省教育厅"]


def test_parse_agency_note_labelled_units():
    a = parse_agency_note("责任单位：市卫生健康委；配合单位：市医保局、市财政局")
    assert a.lead == ["市卫生健康委"] and a.supporting == ["市医保局", "市财政局"]


@pytest.mark.parametrize(("note", "lead", "supporting"), [
    # the label was glued into the first name: lead ['负责部门：创新科技署', '教育局']
    ("（负责部门：创新科技署、教育局）", ["创新科技署", "教育局"], []),
    ("（負責部門：創新科技署、教育局）", ["创新科技署", "教育局"], []),
    ("（主责部门：市科技局；配合部门：市财政局）", ["市科技局"], ["市财政局"]),
    ("（牵头部门：市发展改革委；参与部门：市财政局）", ["市发展改革委"], ["市财政局"]),
    ("（责任部门：市教育局）", ["市教育局"], []),
    # Taiwan's 機關 labels: 主辦/主管 lead, 協辦 supports (the label was glued in: '主办机关：教育部')
    ("（主辦機關：教育部、國家科學及技術委員會；協辦機關：勞動部）", ["教育部", "国家科学及技术委员会"], ["劳动部"]),
    ("（主办机关：数字发展部；协办机关：国家发展委员会）", ["数字发展部"], ["国家发展委员会"]),
    ("（主管機關：數位發展部）", ["数位发展部"], []),
    ("（主辦單位：經濟部，協辦單位：勞動部、教育部）", ["经济部"], ["劳动部", "教育部"]),
])
def test_parse_agency_note_labels_name_no_agency(note, lead, supporting):
    a = parse_agency_note(note)
    assert (a.lead, a.supporting) == (lead, supporting)


def test_parse_agency_note_splits_he_only_between_names():
    assert parse_agency_note("（省科技厅和省财政厅负责）").lead == ["省科技厅", "省财政厅"]
    assert parse_agency_note("（省人力资源和社会保障厅负责）").lead == ["省人力资源社会保障厅"]


def test_parse_agency_note_participation_and_ascii_punctuation():
    a = parse_agency_note("(省发改委 牵头, 省人社厅参与)")
    assert a.lead == ["省发展改革委"] and a.supporting == ["省人力资源社会保障厅"]


def test_parse_agency_note_empty_note_is_falsy():
    assert not parse_agency_note("")


def test_share_task_agencies_gives_a_measure_its_row_by_title():
    row = Clause("d-annex2-1", "d", "附件2 > 1", "", "1 | 扩大家庭医生来源。 | 不低于4.66人。 | 各区政府 | 市卫健委",
                 0, 10, agencies=Agencies(["各区政府"], ["市卫生健康委"], "牵头单位：各区政府；配合单位：市卫健委"))
    measure = Clause("d-2-1", "d", "二 > 1", "", "1.扩大家庭医生来源。每万常住人口家庭医生数不低于4.66人。", 20, 40)
    other = Clause("d-2-2", "d", "二 > 2", "", "2.提升服务能力。各区要培育基层特色科室。", 40, 60)
    share_task_agencies([row, measure, other])
    assert (measure.agencies.lead, measure.agencies.supporting) == (["各区政府"], ["市卫生健康委"])
    assert measure.agencies.note.startswith("附件2 > 1: ") and measure.agencies.row == "d-annex2-1"
    assert not other.agencies  # no row has its title


def test_share_task_agencies_links_a_measure_with_its_own_note_to_its_row():
    # it keeps what its own note says, and counts of measures count it and its row once
    row = Clause("d-annex-1", "d", "附件 > 1", "", "1 | 推进政务数据共享 | 市政务服务数据管理局 | 各区政府", 0, 10,
                 agencies=Agencies(["市政务服务数据管理局"], ["各区政府"], "牵头单位：市政务服务数据管理局"))
    own = Agencies(["市政务服务数据管理局"], ["各区政府"], "（市政务服务数据管理局牵头，各区政府配合）")
    text = "（一）推进政务数据共享。建设全市统一的数据共享交换平台。"
    measure = Clause("d-2-1", "d", "二 > （一）", "", text, 20, 40, agencies=own)
    share_task_agencies([measure, row])
    assert measure.agencies.row == "d-annex-1" and measure.agencies.note == "（市政务服务数据管理局牵头，各区政府配合）"


def test_table_agencies_reads_the_lead_and_support_columns_of_a_table_of_tasks():
    rows = ["附件2 关于推进工作的任务分工表",
            "序号 | 工作事项 | 主要内容 | 牵头单位 | 配合单位 | 委内牵头处室",
            "1 | 扩大家庭医生来源。 | 到2025年不低于4.66人。 | 各区政府 | 市卫健委、市人社局 | 基层处",
            # a second line of task 1: 序号 and 工作事项 span both rows, so the row has the header's last cells
            "根据服务人口配置家庭医生。 | 各区政府、市医保局 | / | 医政处",
            "2 | 加强组织领导。 | 各区要落实责任。 | 各区政府 | / | /",
            "三、保障措施",  # the table has ended
            "1 | 2 | 3 | 市财政局 | 市税务局"]
    found = table_agencies([Block(r) for r in rows])
    assert sorted(found) == [2, 3, 4]
    assert (found[2].lead, found[2].supporting) == (["各区政府"], ["市卫生健康委", "市人力资源社会保障局"])
    assert (found[3].lead, found[3].supporting) == (["各区政府", "市医保局"], [])
    assert found[3].note == "牵头单位：各区政府、市医保局"
    assert (found[4].lead, found[4].supporting) == (["各区政府"], [])
    # the internal division column (委内牵头处室) names no agency
    assert not any("基层处" in a.lead for a in found.values())


@pytest.mark.parametrize(("value", "wanted"), [
    ("广州市卫生健康委员会", "广州市卫生健康委"),  # a document's issuer line, pasted: its place stays
    ("广州市人力资源和社会保障局", "广州市人力资源社会保障局"),
    ("广东省工信厅", "广东省工业和信息化厅"),
    ("市人社局", "市人力资源社会保障局"),
    # no place to drop: names that only look like one
    ("省市场监督管理局", "省市场监管局"),
    ("各区政府", "各区政府"),
    ("中国人民银行", "中国人民银行"),
    ("广州市", "广州市"),
    # a traditional name finds the simplified one the index holds: agency=創新科技署 was a 422
    ("創新科技署", "创新科技署"),
    ("廣州市衛生健康委員會", "广州市卫生健康委"),
])
def test_agency_filter_takes_full_official_names(value, wanted):
    assert agency_filter(value) == wanted


@pytest.mark.parametrize("rule", ["列第一位者为牵头单位", "排在第一位的为牵头单位", "第一个为牵头单位",
                                  "排名第一的为牵头单位", "列首位的为牵头单位", "排第一位的单位为牵头单位"])
def test_parse_agency_note_says_the_first_listed_unit_leads(rule):
    a = parse_agency_note(f"（责任单位：市发展改革委、市规划和自然资源局、各区人民政府，{rule}）")
    assert a.lead == ["市发展改革委"]
    assert a.supporting == ["市规划和自然资源局", "各区人民政府"]
    # the rule stated first, in a note of its own kind
    a = parse_agency_note(f"（{rule}：市科技局、市财政局）")
    assert (a.lead, a.supporting) == (["市科技局"], ["市财政局"])


def test_parse_agency_note_first_listed_rule_leaves_named_roles_alone():
    a = parse_agency_note("（市科技局、市工业和信息化局牵头，市财政局配合，列第一位者为牵头单位）")
    assert (a.lead, a.supporting) == (["市科技局", "市工业和信息化局"], ["市财政局"])


@pytest.mark.parametrize(("name", "canonical"), [
    ("广州市发展和改革委员会", "广州市发展改革委"),
    ("深圳市人社局", "深圳市人力资源社会保障局"),
    ("杭州市人力社保局", "杭州市人力资源社会保障局"),  # Zhejiang's short form: agency=市人社局 missed it
    ("省人力社保厅", "省人力资源社会保障厅"),
    ("广州市天河区人力资源和社会保障局", "广州市天河区人力资源社会保障局"),
    ("广东省工信厅", "广东省工业和信息化厅"),
    ("国家市场监督管理总局", "国家市场监督管理总局"),  # 国家 is no place, 市场 no 市
    ("省市场监督管理局", "省市场监管局"),
])
def test_normalize_agency_keeps_the_place_a_name_gives(name, canonical):
    assert normalize_agency(name) == canonical


@pytest.mark.parametrize(("issuer", "title", "places"), [
    ("深圳市人民政府办公厅", "", {"市": "深圳市"}),
    ("", "深圳市人民政府办公厅关于印发深圳市算力基础设施若干措施的通知", {"市": "深圳市"}),
    ("广州市天河区教育局", "", {"市": "广州市", "区": "广州市天河区"}),
    ("广东省人力资源社会保障厅（广州市人民政府门户发布）", "", {"省": "广东省"}),
    ("市人力资源社会保障局 市劳动就业服务管理中心", "创业担保贷款常见问题", {}),
    ("中共深圳市委办公厅", "", {"市": "深圳市"}),
    ("南方+", "2026年天河区义务教育阶段学校招生工作细则", {"区": "天河区"}),
])
def test_document_places_come_from_the_issuer_else_the_title(issuer, title, places):
    assert document_places(issuer, title) == places


def test_place_agencies_names_each_bare_short_form_with_its_place():
    places = {"市": "深圳市"}
    a = place_agencies(Agencies(["市发展改革委", "市委宣传部"], ["市财政局", "各区人民政府", "国家发展改革委",
                                                        "省科技厅"], "n"), places)
    assert a.lead == ["深圳市发展改革委", "深圳市委宣传部"]
    assert a.supporting == ["深圳市财政局", "各区人民政府", "国家发展改革委", "省科技厅"]  # no 省 place known
    assert a.note == "n"
    # the note's own full name tells the place of its bare ones, before the document
    a = place_agencies(Agencies(["广州市发展改革委"], ["市财政局"]), places)
    assert (a.lead, a.supporting) == (["广州市发展改革委"], ["广州市财政局"])
    # a document whose place cannot be told keeps the short forms
    assert place_agencies(Agencies(["市财政局"]), {}).lead == ["市财政局"]


def test_place_agencies_places_a_short_form_of_a_market_regulator():
    # （责任单位：省工业和信息化厅、省科技厅、省市场监管局）: the third, its 市 the start of 市场, stayed unplaced
    a = place_agencies(Agencies(["省工业和信息化厅", "省科技厅", "省市场监管局"], ["市市场监管局", "市场监管局"]),
                       {"省": "江苏省", "市": "南京市"})
    assert a.lead == ["江苏省工业和信息化厅", "江苏省科技厅", "江苏省市场监管局"]
    assert a.supporting == ["南京市市场监管局", "市场监管局"]  # no level, no place


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("各地各部门要按照职责分工，抓好规划实施。省工业和信息化厅会同省发展改革委加强规划实施情况的跟踪评估。",
     ["省工业和信息化厅"], ["省发展改革委"]),
    ("第三条 算力券的发放遵循公开透明的原则。市科技创新委负责算力券的总体管理，市财政局负责资金保障，"
     "市工业和信息化局负责算力服务机构的监督管理。", ["市科技创新委", "市财政局", "市工业和信息化局"], []),
    ("第七条市住房城乡建设局应会同发展改革、规划和自然资源等部门制定发展规划。", ["市住房城乡建设局"], []),
    ("（一）省工信厅、省科技厅会同省财政厅等部门制定实施细则。", ["省工业和信息化厅", "省科技厅"], ["省财政厅"]),
    ("深圳市发展改革委牵头制定方案。", ["深圳市发展改革委"], []),
    # an FAQ's answer: the agency right after "答：" was dropped, and the one that 配合 was no supporter
    ("问：由哪些部门负责？\n答：市经济信息化委牵头负责政策实施和项目评审，市财政局负责资金保障和监督，"
     "市通信管理局配合开展算力服务机构遴选。", ["市经济信息化委", "市财政局"], ["市通信管理局"]),
    ("答：市财政局负责资金兑付。", ["市财政局"], []),
    ("市财政局负责资金兑付，市科委协助做好审核，省通信管理局参与评审。", ["市财政局"], ["市科委", "省通信管理局"]),
    ("市科委参与评审。市科委牵头制定细则。", ["市科委"], []),  # leads one part: the lead
    # a State Council ministry names no level: gave none; 有关部门 is dropped
    ("（六）加强组织协调。工业和信息化部会同有关部门建立算力互联互通工作协调机制，统筹推进重大事项。",
     ["工业和信息化部"], []),
    ("教育部会同财政部、国家发展改革委制定实施方案。", ["教育部"], ["财政部", "国家发展改革委"]),
    # a statute names its agencies by function (…部门), each with its level: gave none
    ("第十二条 市人民政府应当统筹规划。 市政务服务数据管理部门应当会同市发展改革部门，依托公共算力平台建立调度机制。",
     ["市人民政府", "市政务服务数据管理部门"], ["市发展改革部门"]),
    # a statute's duty (应当) on a named agency: it leads; levels that share a name are each one
    ("第十八条 市、区人民政府应当建立与公共租赁住房保障需求相适应的资金保障机制。", ["市人民政府", "区人民政府"], []),
    ("经公示无异议的，区住房保障部门应当将申请家庭名单提交至市住房城乡建设局网站进行公告。", ["区住房保障部门"], []),
    ("省工业和信息化厅应在2025年底前完成评估。", ["省工业和信息化厅"], []),
    ("市政府负责统筹协调。", ["市政府"], []),
    ("第三十二条 市人力资源保障部门应当会同市教育部门将人工智能高层次人才纳入人才引进计划。",
     ["市人力资源保障部门"], ["市教育部门"]),
    ("市发展改革部门和市财政部门负责落实。", ["市发展改革部门", "市财政部门"], []),
    # the 主管部门 a statute names leads
    ("第五条 市工业和信息化部门是人工智能产业促进工作的主管部门，负责组织编制人工智能产业发展规划。",
     ["市工业和信息化部门"], []),
    ("第三条 市人力资源社会保障局是本市就业见习基地管理工作行政主管部门。", ["市人力资源社会保障局"], []),
    # a recommendation's or request's verb before the agency is no part of its name: gave lead 建议省发展改革委; and
    # X牵头，会同Y: Y supports
    ("（二）优化算力布局。建议省发展改革委牵头，会同省工业和信息化厅、省能源局编制全省算力基础设施布局规划。",
     ["省发展改革委"], ["省工业和信息化厅", "省能源局"]),
    ("建议省工业和信息化厅会同省财政厅优化算力券政策。", ["省工业和信息化厅"], ["省财政厅"]),
    ("请市科技局负责组织评审。", ["市科技局"], []),
    ("由市财政局牵头，会同市科技局制定细则。", ["市财政局"], ["市科技局"]),
])
def test_subject_agencies_reads_the_agency_a_sentence_names_as_its_subject(text, lead, supporting):
    from ingest.agencies import subject_agencies
    a = subject_agencies(text)
    assert (a.lead, a.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "第十三条 本细则由市科技创新委负责解释。",  # not the sentence's subject
    "有关部门负责落实各项措施。",  # no level, no place: no agency named
    "市场监管部门负责监督检查。",
    "区域中心负责统筹协调。",
    "市财政局负责同志介绍了有关情况。",  # an official, not the bureau's duty
    "市住房保障部门可会同民政部门开展工作。",  # what it may do
    "对市财政局负责的项目给予支持。",
    "1 | 加强统筹 | 省发展改革委负责 | 2025年",  # a row of a table: its columns say who
    "市通信管理局配合开展算力服务机构遴选。",  # supports whom? no lead named beside it
    "责任单位：市工业和信息化局负责。",  # a label's line, not an answer's
    "科技部门负责审核。",  # a kind of department, not 科技部
    "党员干部负责落实各项任务。",  # …部 that is no ministry
    "区有关部门负责落实各项措施。",  # a level, but no department named
    "市、区人民政府及其有关部门负责组织实施。",
    "市相关部门会同市财政局制定细则。",
    "市工业和信息化部门是本条例的执行机构。",  # no 主管部门: what it is, not what it leads
    "自然人、法人和非法人组织应当遵守本条例。",  # a duty on no agency
    "市科技局应急管理工作平台上线运行。",  # 应急, not 应
    "市政府应用场景清单发布。",  # 应用, not 应
    "由市科技创新委负责解释。",  # who interprets the rules, not who does a task
    # no 建议, 牵头, 负责 or 会同: what is done, none said to lead (after 建议 they lead: test_congress_report)
    "省人力资源社会保障厅、省教育厅加大数字技能人才培养力度。",
])
def test_subject_agencies_gives_none_without_a_named_subject(text):
    from ingest.agencies import subject_agencies
    assert not subject_agencies(text)


def test_segment_places_a_subject_agency_and_leaves_a_note_first():
    from ingest.segment import segment
    from ingest.types import Document

    doc = Document(doc_id="js", source_url="js.html", title="江苏省集成电路产业发展规划", lang="zh", blocks=[
        Block(text="五、保障措施"),
        Block(text="（一）加强组织实施。省工业和信息化厅会同省发展改革委加强规划实施情况的跟踪评估。"),
        Block(text="（二）加大财政支持。省财政厅负责统筹专项资金。（省财政厅、省科技厅牵头）"),
    ])
    clauses = {c.text[:4]: c.agencies for c in segment(doc)}
    first = clauses["（一）加"]
    assert (first.lead, first.supporting) == (["江苏省工业和信息化厅"], ["江苏省发展改革委"])
    assert clauses["（二）加"].lead == ["江苏省财政厅", "江苏省科技厅"]  # the note's, not the sentence's


def test_an_english_table_of_actions_names_its_owner_and_partners():
    # "| Milestone | Owner | Supporting agencies | Date |": the Owner column gave no lead, and "A; B" was one name
    from ingest.table_agencies import table_agencies
    from ingest.types import Block

    rows = ["Milestone | Owner | Supporting agencies | Date",
            "Triple AI practitioners to 15,000 | Ministry of Digital Development and Information | SkillsFuture "
            "Singapore; National Research Foundation | 2028",
            "Launch three AI Centres | Economic Development Board | / | 2026"]
    found = table_agencies([Block(r) for r in rows])
    assert found[1].lead == ["Ministry of Digital Development and Information"]
    assert found[1].supporting == ["SkillsFuture Singapore", "National Research Foundation"]
    assert found[1].note.startswith("Owner: Ministry of Digital Development and Information; Supporting")
    assert found[2].lead == ["Economic Development Board"] and found[2].supporting == []
    # a table whose columns name no one's role gives none
    assert table_agencies([Block(r) for r in ["Action | Budget | Date", "Build 3 centres | $5m | 2026"]]) == {}


def test_segment_reads_taiwans_agency_labels_apart_from_the_names():
    # "/agencies" listed '主办机关：教育部' and '协办机关：劳动部', and agency=主辦機關 matched the label
    from ingest.segment import segment
    from ingest.types import Document

    doc = Document(doc_id="tw", source_url="tw.html", title="人工智慧基本法草案", lang="zh", blocks=[
        Block(text="第一條　政府應培育人工智慧人才。（主辦機關：教育部、國家科學及技術委員會；協辦機關：勞動部）"),
    ])
    (clause,) = segment(doc)
    assert (clause.agencies.lead, clause.agencies.supporting) == (["教育部", "国家科学及技术委员会"], ["劳动部"])
    assert clause.agencies.note == "（主辦機關：教育部、國家科學及技術委員會；協辦機關：勞動部）"


def test_a_note_naming_only_the_competent_authority_gives_its_lead():
    # "（主管機關：數位發展部）" gave none: 主管 was no role word for the note at a clause's end
    from ingest.segment import segment
    from ingest.types import Block, Document

    doc = Document("tw", "人工智慧基本法草案", "zh", [Block("第九條 政府應開放資料。（主管機關：數位發展部）")])
    (clause,) = segment(doc)
    assert clause.agencies.lead == ["数位发展部"] and "主管" not in clause.text


def test_the_issuer_naming_itself_leads():
    # a reply's "下一步，我局将会同市发展改革委…" named no agency: 我局 is the document's issuer
    from ingest.agencies import subject_agencies
    found = subject_agencies("下一步，我局将会同市发展改革委，加快推进算力基础设施建设。", "合肥市数据资源局")
    assert (found.lead, found.supporting) == (["合肥市数据资源局"], ["市发展改革委"])
    assert not subject_agencies("下一步，我局将会同市发展改革委，加快推进。", "").lead  # no issuer known
    assert not subject_agencies("我局干部将参加培训。", "合肥市数据资源局").lead


def test_the_agency_a_text_says_leads_it_leads_those_that_do_their_part():
    from ingest.agencies import subject_agencies
    # "本办法由区人才服务局牵头实施，区科技创新局…按职责做好相关工作" made the three that do their part leads and
    # left out the one that leads
    found = subject_agencies("六、组织实施。本办法由区人才服务局牵头实施，区科技创新局、区教育局、区财政局按职责做好"
                             "相关工作。本办法自2025年10月1日起施行。")
    assert found.lead == ["区人才服务局"]
    assert found.supporting == ["区科技创新局", "区教育局", "区财政局"]
    assert not subject_agencies("本办法由区科技创新局负责解释。")  # who interprets it leads no measure
    assert not subject_agencies("本办法所称企业由区统计局认定的除外。")  # no 牵头: a text's 由 alone names none


def test_a_responsible_unit_beside_a_lead_unit_supports():
    # outside test round 32: with both a 牵头单位 and a 责任单位, the 责任单位 share the work the other leads (they were
    # read as leads too); alone, a 责任单位 still leads
    note = parse_agency_note("牵头单位：省住房城乡建设厅；责任单位：省市场监管局，各地级以上市人民政府")
    assert (note.lead, note.supporting) == (["省住房城乡建设厅"], ["省市场监管局", "各地级以上市人民政府"])
    assert parse_agency_note("（责任单位：省教育厅、省卫生健康委）").lead == ["省教育厅", "省卫生健康委"]
    rows = ["序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限",
            "1 | 摸清老旧小区底数。 | 省住房城乡建设厅 | 各地级以上市人民政府 | 2021年12月底前"]
    found = table_agencies([Block(r) for r in rows])
    assert (found[1].lead, found[1].supporting) == (["省住房城乡建设厅"], ["各地级以上市人民政府"])
