"""Chinese bodies the 27th round found lost: an association's committee named by the short name its document
defines (专委会), a research institute beside it, and customs offices named one by one (上海海关、南京海关…要…);
and the 协会, 联盟 or 海关 a text merely mentions, which lead nothing."""

from ingest.agencies import defined_short_names, share_subject_agencies, subject_agencies
from ingest.types import Clause

_COMMITTEE = "中国通信企业协会算力服务专业委员会"


def _clause(i: int, text: str) -> Clause:
    return Clause(f"d-{i}", "d", f"第{i}条", "", text, 0, len(text))


def test_committee_of_an_association_leads_under_its_defined_short_name():
    clauses = [_clause(1, f"第四条 {_COMMITTEE}（以下简称“专委会”）负责本公约的组织实施。"),
               _clause(2, "第十三条 签约单位应当每年向专委会报送能源消耗数据。"),
               _clause(3, "第十九条 专委会会同中国信息通信研究院建立签约单位自律评估机制。"),
               _clause(4, "第二十五条 本公约由专委会负责解释。")]
    share_subject_agencies(clauses, {})
    assert clauses[0].agencies.lead == [_COMMITTEE]
    assert not clauses[1].agencies  # the committee an addressee of the members' reports
    assert clauses[2].agencies.lead == [_COMMITTEE]
    assert clauses[2].agencies.supporting == ["中国信息通信研究院"]
    assert not clauses[3].agencies


def test_short_name_of_no_body_names_none():
    texts = ["（二）智能计算中心建设运营企业（以下简称“企业”）为自用而进口的设备。", "企业要如实申报。"]
    assert defined_short_names(texts) == {}
    assert not subject_agencies(texts[1], "海关总署", defined_short_names(texts))


def test_short_name_with_no_definition_names_none():
    assert not subject_agencies("专委会会同有关单位建立评估机制。")


def test_research_institute_and_association_named_in_full_lead():
    found = subject_agencies("下一步，中国信息通信研究院将会同广东省软件行业协会制定示范文本。")
    assert found.lead == ["中国信息通信研究院"] and found.supporting == ["广东省软件行业协会"]


def test_association_merely_mentioned_is_no_agency():
    assert not subject_agencies("情节严重的，提请中国通信企业协会取消其会员资格。")
    assert not subject_agencies("中国还深度参与国际电信联盟、国际标准化组织等国际组织相关标准制定。")
    assert not subject_agencies("行业协会要加强行业自律。")  # no one association named
    assert not subject_agencies("起草单位：中国电子技术标准化研究院、中国信息通信研究院。")


def test_customs_offices_named_one_by_one_lead():
    found = subject_agencies("（四）上海海关、南京海关、广州海关、呼和浩特海关要结合枢纽节点建设，率先开展试点。",
                             "海关总署")
    assert found.lead == ["上海海关", "南京海关", "广州海关", "呼和浩特海关"]


def test_customs_office_named_by_its_role_is_none():
    assert not subject_agencies("企业可申请在智能计算中心所在地海关实施属地查验。", "海关总署")
    assert not subject_agencies("口岸海关要加快放行。", "海关总署")
