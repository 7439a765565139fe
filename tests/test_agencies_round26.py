"""Agencies the 26th round found lost: a bare bureau closing a 会同 list, 会同同级…, 由X拨付, 各直属海关负责, and the
partners a paragraph's later sentence gives the same lead."""

from ingest.agencies import subject_agencies
from ingest.agencies_en import english_agencies


def test_bureau_with_he_in_its_name_closes_a_partner_list():
    found = subject_agencies("由海关总署科技发展司牵头，会同综合业务司、商品检验司、企业管理和稽查司，负责制定细则。",
                             "海关总署")
    assert found.lead == ["海关总署科技发展司"]
    assert found.supporting == ["海关总署综合业务司", "海关总署商品检验司", "海关总署企业管理和稽查司"]


def test_bare_bureau_list_in_a_local_document_gives_none():
    found = subject_agencies("省财政厅会同综合业务司、稽查司，负责审核。", "贵州省人民政府")
    assert found.lead == ["省财政厅"] and found.supporting == []


def test_peers_of_the_same_level_take_the_subjects_level():
    found = subject_agencies("各市（州）人力资源社会保障部门会同同级党委人才办、大数据局进行初审。")
    assert found.supporting == ["各市（州）党委人才办", "各市（州）大数据局"]


def test_peers_of_a_subject_with_no_level_give_none():
    found = subject_agencies("海关总署会同同级有关部门进行审核。", "海关总署")
    assert found.lead == ["海关总署"] and found.supporting == []


def test_by_x_with_a_duty_verb_leads():
    assert subject_agencies("公示无异议的，由省财政厅按规定拨付资金。").lead == ["省财政厅"]
    assert subject_agencies("骗取补贴的，由省人力资源社会保障厅追回已拨付资金。").lead == ["省人力资源社会保障厅"]


def test_by_x_with_no_duty_verb_gives_none():
    assert not subject_agencies("由省财政厅资金支持的项目，应当按期完成。")


def test_each_customs_office_leads():
    assert subject_agencies("（三）各直属海关负责本关区适用企业的审核、日常监管。", "海关总署").lead == ["各直属海关"]


def test_customs_as_a_place_gives_none():
    assert not subject_agencies("进口设备经海关负责查验后放行。")


_PARAGRAPH = ("The scheme will be implemented by the IndiaAI Independent Business Division (IBD) under the Digital "
              "India Corporation. Procurement will be carried out through open tenders. The IndiaAI IBD, in "
              "consultation with the Ministry of Power and the Central Electricity Authority, will notify the norms "
              "within 90 days.")


def test_later_sentence_of_the_same_lead_gives_its_partners():
    found = english_agencies(_PARAGRAPH)
    assert found.lead == ["IndiaAI Independent Business Division (IBD)"]
    assert found.supporting == ["Ministry of Power", "Central Electricity Authority"]


def test_later_sentence_of_another_lead_gives_that_body_not_its_partners():
    found = english_agencies("The Department of Energy will build the facility. The Department of Commerce, in "
                             "consultation with the Department of State, will set export rules.")
    assert found.lead == ["Department of Energy"] and found.supporting == ["Department of Commerce"]
