"""The subjects of a Chinese measure's duties that a 资金下达 notice and a 人才政策's 职责 article name: a short
name in brackets after the agency, 按职责做好 (its part) and 等部门按职责做好相关工作 (a helper), 会同 after 、 or
经, 各市（州）…, and a state-owned firm that 配合."""

import pytest

from ingest.agencies import subject_agencies
from ingest.types import Block, Document


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # the coordinator a statute names with its short name in brackets, and the helpers of its last part
    ("第五条 市委人才工作领导小组办公室（以下简称“市委人才办”）负责统筹协调，市人力资源和社会保障局负责认定受理，"
     "市财政局负责资金保障，市科技局、市发展和改革委员会、市数据资源局等部门按职责做好相关工作。",
     ["市委人才工作领导小组办公室", "市人力资源社会保障局", "市财政局"],
     ["市科技局", "市发展改革委", "市数据资源局"]),
    # 会同 after 经 …、: the subject of 会同 all the same
    ("项目资金按项目法分配，经第三方机构评审、省经济和信息化厅会同省财政厅审核确定支持项目和金额；",
     ["省经济和信息化厅"], ["省财政厅"]),
    ("经省科技厅会同省财政厅审核后下达。", ["省科技厅"], ["省财政厅"]),
    # 按职责做好 a task of its own leads it; a firm that 配合 supports; 各市（州）… leads what it 牵头
    ("（六）强化部门协同。省发展改革委、省数据局按职责做好能耗指标保障工作，国网四川省电力公司配合做好绿电直供服务；"
     "各市（州）经济和信息化部门牵头做好项目调度。",
     ["省发展改革委", "省数据局", "各市（州）经济和信息化部门"], ["国网四川省电力公司"]),
    ("各市（州）财政部门要会同同级经济和信息化部门，在收到资金之日起30日内将资金分解下达。",
     ["各市（州）财政部门"], []),
])
def test_duties_of_a_funding_notice_and_a_talent_policy(text, lead, supporting):
    found = subject_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "市科技局、市教育局等部门按职责做好相关工作。",  # helpers with no lead beside them: no roles to tell
    "加强统筹，经济社会发展、市发展改革委负责。",  # after 、 only 会同 makes a subject
    "国网四川省电力公司负责电网建设。",  # a firm doing its own business is no agency of the measure
    "各有关部门要按职责做好相关工作。",  # names none
])
def test_no_duties_read_where_no_named_agency_does_one(text):
    assert not subject_agencies(text)


def test_a_helping_firm_gives_no_place_to_the_bare_short_forms():
    from ingest.segment import segment

    doc = Document(doc_id="sc", source_url="sc.txt", title="关于下达2026年省级工业发展资金的通知", lang="zh",
                   issuer="四川省财政厅", blocks=[
                       Block(text="四、工作要求"),
                       Block(text="（一）强化部门协同。省发展改革委按职责做好能耗指标保障工作，国网四川省电力公司配合做好绿电直供。"),
                   ])
    found = next(c.agencies for c in segment(doc) if c.text.startswith("（一）"))
    assert (found.lead, found.supporting) == (["四川省发展改革委"], ["国网四川省电力公司"])
