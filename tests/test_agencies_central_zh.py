"""Chinese agencies of a central body's notice (a 国资委 notice to the central SOEs): central SOEs named in full lead
and support ("由X牵头，Y、Z参与", "X、Y会同有关中央企业…", "X牵头A，Y牵头B"), the issuer's internal bureaus are named
with its short name (国资委科技创新局), and an addressee group (各中央企业) is no agency."""

import pytest

from ingest.agencies import central_short, split_agencies, subject_agencies
from ingest.table_agencies import table_agencies
from ingest.types import CELL, Block

SASAC = "国务院国资委"


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("（七）建设中央企业算力协同平台。由中国电信集团有限公司牵头，中国移动通信集团有限公司、中国联合网络通信集团有限公司"
     "参与，建设中央企业算力协同平台。",
     ["中国电信集团有限公司"], ["中国移动通信集团有限公司", "中国联合网络通信集团有限公司"]),
    # 有关中央企业 names no one: the two lead, none supports
    ("（八）加快国产算力适配应用。中国电子信息产业集团有限公司、中国电子科技集团有限公司会同有关中央企业，组建验证中心。",
     ["中国电子信息产业集团有限公司", "中国电子科技集团有限公司"], []),
    # each leads its model; the 链长企业 of a 支持 sentence are none
    ("支持能源、电力等行业链长企业牵头，打造行业大模型。国家电网有限公司牵头电力大模型，中国石油天然气集团有限公司、"
     "中国石油化工集团有限公司牵头油气大模型。",
     ["国家电网有限公司", "中国石油天然气集团有限公司", "中国石油化工集团有限公司"], []),
    ("国资委成立工作专班，由科技创新局牵头，规划发展局、考核分配局、企业领导人员管理一局等参加，统筹推进各项工作。",
     ["国资委科技创新局"], ["国资委规划发展局", "国资委考核分配局", "国资委企业领导人员管理一局"]),
])
def test_a_central_notice_names_its_soes_and_its_bureaus(text, lead, supporting):
    # each gave no agency: a firm's name holds no level, a bureau's neither, and 参加 was no helper's verb
    found = subject_agencies(text, SASAC)
    assert (found.lead, found.supporting) == (lead, supporting)


def test_a_ministry_s_bureaus_take_its_name_and_a_named_one_stays():
    found = subject_agencies("由科技司牵头，国资委规划发展局参加，统筹推进。", "工业和信息化部")
    assert (found.lead, found.supporting) == (["工业和信息化部科技司"], ["国资委规划发展局"])
    found = subject_agencies("由国资委科技创新局牵头，规划发展局参加。", "国务院国有资产监督管理委员会")
    assert (found.lead, found.supporting) == (["国资委科技创新局"], ["国资委规划发展局"])


@pytest.mark.parametrize(("text", "issuer"), [
    # a bare bureau in a province's document: whose bureau it is, the text does not say
    ("由科技创新局牵头，规划发展局参加。", "广东省人民政府"),
    ("由科技创新局牵头，规划发展局参加。", ""),
    # a firm with no 中国…/国家… name, and a firm's 公司 is no bureau's 司
    ("由某某科技有限公司负责项目建设。", "深圳市人民政府"),
    ("由某某科技有限公司负责项目建设。", SASAC),
    # the addressees are no agency
    ("各中央企业要明确主要负责同志为第一责任人。", SASAC),
])
def test_no_agency_where_none_is_named(text, issuer):
    assert not subject_agencies(text, issuer)


def test_a_local_lead_gains_its_helpers_that_participate():
    found = subject_agencies("市科技局牵头，市财政局参加。")
    assert (found.lead, found.supporting) == (["市科技局"], ["市财政局"])


@pytest.mark.parametrize(("issuer", "short"), [
    ("国务院国资委", "国资委"), ("国务院国有资产监督管理委员会", "国资委"), ("工业和信息化部", "工业和信息化部"),
    ("国家发展和改革委员会", "国家发展改革委"), ("广东省人民政府", ""), ("深圳市发展改革委", ""),
    ("中共江西省委员会", ""),
    ("国务院办公厅", ""), ("教育部、财政部", ""),
])
def test_central_short(issuer, short):
    assert central_short(issuer) == short


def test_an_addressee_group_is_no_agency_but_each_district_s_government_is():
    assert split_agencies("各中央企业") == []
    assert split_agencies("各有关单位、各省级有关部门") == []
    assert split_agencies("各区人民政府、市财政局") == ["各区人民政府", "市财政局"]
    header = Block(CELL.join(["序号", "任务", "牵头单位", "配合单位", "时限"]))
    row = Block(CELL.join(["1", "完成清单报送", "各中央企业", "国资委科技创新局", "2026年底前"]))
    found = table_agencies([header, row])[1]
    assert (found.lead, found.supporting) == ([], ["国资委科技创新局"])
