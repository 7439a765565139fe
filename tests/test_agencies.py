"""Agency notes: lead and supporting agencies, names normalised, 和 split only between names."""

import pytest

from ingest.agencies import agency_filter, normalize_agency, parse_agency_note, share_task_agencies, table_agencies
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
    ("广州市卫生健康委员会", "市卫生健康委"),  # a document's issuer line, pasted
    ("广州市人力资源和社会保障局", "市人力资源社会保障局"),
    ("广东省工信厅", "省工业和信息化厅"),
    ("市人社局", "市人力资源社会保障局"),
    # no place to drop: names that only look like one
    ("省市场监督管理局", "省市场监管局"),
    ("各区政府", "各区政府"),
    ("中国人民银行", "中国人民银行"),
    ("广州市", "广州市"),
])
def test_agency_filter_takes_full_official_names(value, wanted):
    assert agency_filter(value) == wanted
