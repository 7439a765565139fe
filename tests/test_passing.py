"""A sector named in passing (a kind of party among others, a perk, a name's short form) is no sector tag."""

import pytest

from ingest.passing import passing_spans
from ingest.tag import tag_text


@pytest.mark.parametrize(("text", "sector"), [
    # an applicant type beside others, in a funding notice
    ("Cost sharing is not required for institutions of higher education and nonprofit organizations. "
     "For-profit entities must provide a cost share of at least 20 percent of the total allowable costs.",
     "sectors/education"),
    # who reviews
    ("Applications will be reviewed by at least three reviewers, who may include federal employees and "
     "experts from outside the federal government.", "sectors/government"),
    # a list of stakeholders to involve
    ("Involve relevant stakeholders, including the research community, industry, energy system operators, "
     "trade unions and civil society, in the development of national AI compute plans.", "sectors/energy"),
    # co-funders
    ("We will mobilise, together with multilateral development banks and the private sector, at least "
     "USD 5 billion by 2030 for AI infrastructure and skills projects.", "sectors/finance"),
    # eligible applicants in Chinese: a list of kinds of legal entity
    ("申报单位应为在中国大陆境内登记注册的科研院所、高等学校和企业等法人单位。", "sectors/education"),
    # universities and research institutes as research partners
    ("支持龙头企业联合高校院所研发工业大模型。", "sectors/education"),
    # perks offered to recruited talent
    ("要完善人才住房、子女入学、医疗保障等配套服务，对引进的领军人才和团队给予长期稳定支持。", "sectors/healthcare"),
    ("要完善人才住房、子女入学、医疗保障等配套服务，对引进的领军人才和团队给予长期稳定支持。", "sectors/education"),
    # perks joined by 和, and what talent named earlier in the sentence are given: schooling, hospital visits
    ("第十二条 做好子女入学和配偶就业服务。顶尖人才、领军人才的子女申请就读义务教育阶段学校的，由人才工作地教育"
     "行政部门按照就近就便原则统筹安排。", "sectors/education"),
    ("第十三条 提供医疗和出入境便利。为顶尖人才、领军人才发放“人才服务卡”，持卡人在省内三级公立医院享受预约诊疗、"
     "优先就诊等服务。", "sectors/healthcare"),
    # documents an applicant submits: a degree certificate, a bank's slip
    ("申报人才安居补贴的，提供学历学位证书、劳动合同；实际到位资金证明材料（验资报告或银行进账单）。",
     "sectors/education"),
    ("申报人才安居补贴的，提供学历学位证书、劳动合同；实际到位资金证明材料（验资报告或银行进账单）。",
     "sectors/finance"),
    # kinds of firm that sign, one of them a maker of equipment
    ("本公约的签约单位包括基础电信企业、第三方数据中心企业、云服务企业和算力设备制造企业。", "sectors/manufacturing"),
    # the broadcasting network's firm holds 电网; a slogan on supply chains; a customs conveyance
    ("4 | 中国广电网络股份有限公司 | 基础电信企业", "sectors/energy"),
    ("提升算力设备进口通关效率，保障产业链供应链安全稳定。", "sectors/manufacturing"),
    ("企业可在进口算力设备装载运输工具后、运抵海关监管作业场所前提前向海关申报。", "sectors/transport"),
    # a name's last word standing for it
    ("The Canada Infrastructure Bank investment is not included, as it is made from the Bank's existing capital.",
     "sectors/finance"),
    # energy efficiency as a property of a chip
    ("We will deepen cooperation on next-generation semiconductors, including chiplets and energy-efficient AI "
     "accelerators.", "sectors/energy"),
    # a project's pending approvals, one of them its grid connection (a listed company's risk items)
    ("（一）审批风险\n本项目的节能审查、环境影响评价、电力接入及土地出让等事项尚需取得有关部门批准，能否取得及取得时间"
     "存在不确定性。", "sectors/energy"),
    ("●相关风险提示：本项目建设周期较长，项目能评、环评、电力接入等事项尚需取得有关部门批复；项目所需高端算力芯片存在"
     "供应不确定性。", "sectors/energy"),
    # the exchange's listing rules a board's vote follows, and a stock code
    ("公司召开董事会会议审议通过了该议案。根据《上海证券交易所科创板股票上市规则》及《公司章程》的有关规定，本次投资"
     "尚需提交公司股东大会审议。", "sectors/finance"),
    ("证券代码：688472 证券简称：华芯数智 公告编号：2026-037", "sectors/finance"),
    # a data centre's campus
    ("Will operators be able to split a campus into smaller facilities to stay below the threshold?",
     "sectors/education"),
])
def test_a_sector_named_in_passing_is_not_a_sector(text, sector):
    assert sector not in tag_text(text).tags


@pytest.mark.parametrize(("text", "sector"), [
    # the only kinds of applicant are schools: a school programme
    ("Eligible applicants include schools and school districts.", "sectors/education"),
    # the only partner is a health care body
    ("The Secretary shall establish an AI safety program that, in partnership with voluntary federally listed "
     "Patient Safety Organizations, analyses incidents.", "sectors/healthcare"),
    # what the clause is about, beside a list of parties
    ("The program funds AI tutoring for students in schools, together with nonprofit organizations.",
     "sectors/education"),
    ("支持学校开设人工智能课程。", "sectors/education"),
    ("支持高校增设人工智能相关专业。", "sectors/education"),
    # public services listed as fields, not perks
    ("完善教育、医疗、养老等公共服务。", "sectors/healthcare"),
    ("Banks must assess the credit risk of AI models they use.", "sectors/finance"),
    ("We will promote the energy efficiency of data centres and their electricity supply.", "sectors/energy"),
    ("Every school campus shall have a safety plan.", "sectors/education"),
    # the sector of the talent themselves, before what they are given; migrant workers' children's schooling
    ("对引进的医疗卫生人才，享受安家补贴。", "sectors/healthcare"),
    ("保障进城务工人员随迁子女入学。", "sectors/education"),
    # firms all of one sector, and a degree as education
    ("支持汽车制造企业、钢铁企业和纺织企业开展智能化改造。", "sectors/manufacturing"),
    ("扩大学位供给，新增公办学位1万个。", "sectors/education"),
    ("建设智能电网，提升电网调度能力。", "sectors/energy"),
    # a list of one sector's approvals alone; a power supply risk of its own; a rule on securities firms
    ("电力接入、电网接入等手续正在办理中。", "sectors/energy"),
    ("项目所在地电力供应紧张，存在限电风险。", "sectors/energy"),
    ("支持证券公司开展人工智能应用试点。", "sectors/finance"),
])
def test_a_sector_the_clause_is_about_stays(text, sector):
    assert sector in tag_text(text).tags


def test_a_merit_criterion_on_the_applicants_personnel_is_not_talent():
    criteria = "Criterion 3: Competency of the Applicant's Personnel and Adequacy of Proposed Resources (20 percent)"
    assert "talent" not in tag_text(criteria).tags
    assert "talent" in tag_text("Agencies shall recruit and retain AI personnel and build competency.").tags


def test_passing_spans_need_another_party():
    assert passing_spans("Eligible applicants include schools and school districts.") == []
    assert passing_spans("Cost sharing is not required for universities and nonprofit organizations.")


def test_a_national_bank_s_ai_governance_framework_is_governance():
    assert "governance" in tag_text("到2027年底，全国性银行普遍建立人工智能治理框架。").tags
    assert "governance" not in tag_text("推进城市治理现代化。").tags


def test_a_listed_company_s_standard_statement_is_no_governance():
    statement = ("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                 "准确性和完整性依法承担法律责任。")
    assert "governance" not in tag_text(statement).tags
    assert "governance" in tag_text("违反本办法规定的，依法承担法律责任。").tags
