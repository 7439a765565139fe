"""A university's plan (round 28): the offices its prose sets to work lead and support as its 分工表's rows do;
a government's document that names a university or its offices keeps none."""

from ingest.bodies_zh import UNIVERSITY_OFFICE, university_document
from ingest.segment import segment
from ingest.types import Block, Document

_PLAN = [
    "二、重点任务",
    "（一）建设平台",
    "1.建设校级智能计算平台。由网络与信息化中心牵头，国有资产管理处、财务处配合，分两期建设校级智能计算平台。",
    "2.提升教师人工智能素养。由教师发展中心负责，每年组织全校教师人工智能应用能力培训。",
    "3.引育高层次人才。人事处会同人工智能学院制定专项引才办法。",
    "4.拓展国际合作网络。由国际合作与交流处牵头，与世界知名高校共建联合研究中心。",
    "5.营造良好氛围。党委宣传部负责宣传报道。各学院（部）、各部门要提高思想认识，主要负责同志亲自抓。",
    "附件：重点任务分工表",
    "序号 | 任务 | 牵头单位 | 配合单位 | 完成时间",
    "1 | 建设智能算力平台（一期） | 网络与信息化中心 | 国有资产管理处、财务处 | 2027年6月",
]


def _agencies(title: str, issuer: str, lines: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    doc = Document(doc_id="u", source_url="u.html", title=title, lang="zh", issuer=issuer,
                   blocks=[Block(text=t) for t in lines])
    return {c.text[:2]: (c.agencies.lead, c.agencies.supporting) for c in segment(doc) if " | " not in c.text}


def test_a_universitys_offices_lead_and_support_in_its_prose():
    found = _agencies("滨江大学关于印发《滨江大学人工智能学科建设行动方案》的通知", "学校办公室", _PLAN)
    assert found["1."] == (["网络与信息化中心"], ["国有资产管理处", "财务处"])
    assert found["2."] == (["教师发展中心"], [])
    assert found["3."] == (["人事处"], ["人工智能学院"])
    assert found["4."] == (["国际合作与交流处"], [])
    # 党委…部 leads; 各学院（部）, 各部门 and 负责同志 name none
    assert found["5."] == (["党委宣传部"], [])


def test_the_bodies_a_task_table_names_are_bodies_in_its_prose_whoever_issued_it():
    # no university's name: only the offices the 分工表 names are read from the prose
    found = _agencies("人工智能学科建设行动方案", "", _PLAN)
    assert found["1."] == (["网络与信息化中心"], ["国有资产管理处", "财务处"])
    assert found["2."] == ([], []) and found["3."] == ([], []) and found["4."] == ([], [])


def test_a_governments_document_naming_universities_gives_none():
    lines = ["二、重点任务",
             "1.支持高校建设。各高校要加强人工智能学科建设，滨江大学负责建设示范平台。",
             "2.加强培训。教师发展中心负责组织培训，人事处会同人工智能学院制定办法。"]
    found = _agencies("滨江市教育局关于支持高校人工智能学科建设的通知", "滨江市教育局", lines)
    assert found["1."] == ([], []) and found["2."] == ([], [])


def test_a_university_is_told_by_the_start_of_its_issuers_or_titles_name():
    assert university_document("", "滨江大学关于印发《行动方案》的通知")
    assert university_document("滨江理工学院", "")
    assert university_document("南京工程学院", "") and university_document("中共滨江大学委员会", "")
    assert not university_document("教育部", "教育部关于加快建设高水平大学的通知")
    assert not university_document("中国科学院", "中国科学院关于印发《行动计划》的通知")
    assert not university_document("", "关于支持滨江大学建设的通知")
    assert not university_document("滨江市人民政府", "滨江市人民政府与滨江大学战略合作协议")


def test_the_office_shape_takes_no_group_of_offices():
    import re
    for name in ("科技成果转化中心", "研究生院", "党委组织部", "学科建设办公室", "医学院"):
        assert re.fullmatch(UNIVERSITY_OFFICE, name), name
    for name in ("各学院", "相关学院", "二级学院", "本学院", "每个中心"):
        assert not re.fullmatch(UNIVERSITY_OFFICE, name), name
