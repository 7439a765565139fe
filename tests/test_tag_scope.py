"""Tags a clause does not earn: an agency named, a sector a measure excepts, a standard's front matter, works cited."""

import pytest

from ingest.tag import tag_clauses, tag_text
from ingest.types import Clause


@pytest.mark.parametrize("text", [
    "HHS | 210 | 260 | 300",
    "We are making a total of four recommendations, one each to OSTP, DOE, NSF, and HHS:",
    "We provided a draft of this report to OSTP, DOE, NSF, and HHS for review and comment. HHS concurred.",
    "(viii) the Secretary of HHS;",
    "NIH, FDA and CDC officials stated that they intend to develop such a plan.",
])
def test_a_health_agency_named_is_not_healthcare(text):
    assert "sectors/healthcare" not in tag_text(text).tags


@pytest.mark.parametrize("text", [
    "Provide technical assistance to health and human services providers about their obligations.",
    "The Secretary of HHS shall establish an AI safety program with federally listed Patient Safety Organizations:",
    "HHS shall issue guidance on the use of AI in hospitals.",
])
def test_health_care_itself_is_still_healthcare(text):
    assert "sectors/healthcare" in tag_text(text).tags


@pytest.mark.parametrize("text", [
    "(b) This memorandum does not apply to AI used as a component of a national security system.",
    "(ii) Establish appropriate guidelines (except for AI used as a component of a national security system), "
    "including procedures to enable developers to conduct red-teaming tests.",
    "The guidance shall not apply to AI when it is used as a component of a national security system, which "
    "shall be addressed by a separate memorandum.",
    "本办法不适用于军事领域的人工智能研究开发活动。",
])
def test_a_sector_a_measure_excepts_from_its_scope_is_not_its_sector(text):
    assert "sectors/defence" not in tag_text(text).tags


def test_an_exception_ends_at_its_comma_and_other_tags_keep_their_terms():
    # the exception is "systems used in critical infrastructure"; the public services after the comma are what
    # the clause is about
    r = tag_text("Prior to deploying a high-risk AI system, with the exception of systems used in critical "
                 "infrastructure, deployers providing public services shall assess its impact.")
    assert "sectors/government" in r.tags
    assert "sectors/defence" in tag_text("The memorandum shall address the governance of AI used as a component "
                                         "of a national security system.").tags
    assert "sectors/defence" in tag_text("本办法不适用于科研活动，军事领域的人工智能应用另行规定。").tags
    # only sectors are read so: a red-teaming exception still names governance
    assert "governance" in tag_text("All models, except for those subject to red-teaming, shall be listed.").tags


@pytest.mark.parametrize("text", [
    "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
    "本文件由全国信息技术标准化技术委员会（SAC/TC 28）归口。",
    "本文件起草单位：中国电子技术标准化研究院、中国信息通信研究院、国家信息中心。",
])
def test_a_standards_foreword_is_no_governance(text):
    assert "governance" not in tag_text(text).tags


def test_standard_setting_is_still_governance():
    assert "governance" in tag_text("加快制定人工智能国家标准，推进算力标准化建设。").tags


def _clause(text: str, headings: list[str]) -> Clause:
    return Clause("d-1", "d", " > ".join(headings), headings[-1], text, 0, len(text), headings=headings)


@pytest.mark.parametrize("heading", ["参考文献", "References", "Bibliography"])
def test_works_cited_get_no_tags(heading):
    text = "[3] ISO/IEC 30134-2:2016 Information technology—Data centres—Part 2: Power usage effectiveness (PUE)"
    (c,) = tag_clauses([_clause(text, [heading])])
    assert (c.tags, c.evidence, c.targets) == ([], {}, [])


def test_the_same_entry_in_the_body_is_tagged():
    text = "[3] ISO/IEC 30134-2:2016 Information technology—Data centres—Part 2: Power usage effectiveness (PUE)"
    (c,) = tag_clauses([_clause(text, ["4 技术要求"])])
    assert {"compute", "sectors/energy"} <= set(c.tags)


@pytest.mark.parametrize(("text", "sector"), [
    ("全年共收到政府信息公开申请47件，全部在法定期限内答复。", "government"),
    ("将政务公开工作纳入年度绩效考核。", "government"),
    ("报告全文包括总体情况、主动公开政府信息情况等六部分。", "government"),
    ("完成门户网站集约化迁移，网站适老化和无障碍改造全面完成。", "elderly-care"),
    ("推进移动互联网应用适老化改造。", "elderly-care"),
])
def test_disclosure_of_government_information_and_a_websites_ageing_are_not_sectors(text, sector):
    assert f"sectors/{sector}" not in tag_text(text).tags


@pytest.mark.parametrize(("text", "sector"), [
    ("推动市场主体登记信息与其他政府信息的共享和运用。", "government"),
    ("推进居家适老化改造，为老年人提供助餐服务。", "elderly-care"),
])
def test_government_data_sharing_and_care_of_older_people_still_are(text, sector):
    assert f"sectors/{sector}" in tag_text(text).tags
