"""Tagging: bilingual terms with evidence, ambiguous words in context, parents, targets."""

import pytest

from ingest.leads import list_leads
from ingest.tag import tag_clauses, tag_text
from ingest.types import Clause


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("We are fostering an ecosystem for chips, exploring brain-inspired computing, chiplets and "
     "instruction sets.",
     {"chips"}, {"talent"}),
    ("The province will ensure implementation, including talent cultivation and policy support.",
     {"talent"}, {"chips"}),
    ("Washington banned Nvidia and Advanced Micro Devices from exporting cutting-edge products to China.",
     {"chips"}, {"talent"}),
    ("The CHIPS Implementation Steering Council shall coordinate the work of agencies.", {"chips"}, set()),
    ("Agencies shall expedite visa petitions for highly skilled applicants.", {"talent"}, {"chips"}),
    ("They aim to apply the technology in sectors ranging from manufacturing to education and senior care.",
     {"sectors", "sectors/manufacturing", "sectors/education", "sectors/elderly-care"}, set()),
    ("The placing on the market of AI systems that create facial recognition databases through the "
     "untargeted scraping of facial images from the internet is prohibited.",
     set(), {"chips", "talent", "targets"}),
    ("本条例所称市场主体，是指在中华人民共和国境内以营利为目的从事经营活动的自然人、法人及非法人组织。",
     set(), {"chips", "talent", "targets"}),
    ("支持企业研发存算一体、类脑芯片和芯粒技术。", {"chips"}, {"talent"}),
    ("加强人工智能人才培养和引进。", {"talent"}, set()),
    ("统筹建设智能计算中心，发放算力券。", {"compute", "funding"}, set()),
    # rules on AI in English as in Chinese: obligations on high-risk systems, compliance, risk assessment
    ("Providers of high-risk AI systems shall keep the documentation for ten years.", {"governance"}, set()),
    ("Agencies shall conduct a risk assessment before buying an AI service.", {"governance"}, {"funding"}),
    ("Firms shall ensure compliance with the rules on automated decisions.", {"governance"}, set()),
    # the police using AI is not the governance of AI
    ("Remote biometric identification for law enforcement purposes in public spaces.", set(), {"governance"}),
    # government's own use of AI, and its workforce
    ("The Director shall issue guidance on agency use of generative AI tools.",
     {"sectors", "sectors/government"}, set()),
    ("Courses shall help train the Federal workforce on AI issues.", {"sectors/government", "talent"}, set()),
    ("Firms shall offer mentorship to young engineers.", {"talent"}, set()),
    ("推进政府服务事项网上办理。", {"sectors", "sectors/government"}, set()),
    # a trained model is a model; data centres for AI are compute
    ("Reports shall cover models trained on personal data.", {"models", "data"}, {"talent"}),
    ("Agencies shall identify federal sites for AI infrastructure.", {"compute"}, set()),
    # a training-compute threshold is a rule's trigger, in either word order
    ("(i) any model trained using more than 10^26 integer or floating-point operations; and",
     {"compute", "governance"}, {"targets"}),
    ("when the cumulative amount of computation used for its training measured in floating point "
     "operations is greater than 10^25.", {"governance"}, {"targets"}),
    # the power use of data centres is the energy sector's business
    ("bringing the power usage effectiveness ratio of AI data centers below 1.1",
     {"compute", "sectors/energy"}, set()),
    ("新建数据中心电能利用效率不高于1.3。", {"compute", "sectors/energy"}, set()),
    # government departments linking their data, or writing the specifications of a system
    ("医保、教育及税务等部门将通过数据联动，协同开展学籍数据确认工作。",
     {"data", "sectors", "sectors/government"}, {"sectors/education"}),
    ("制定统一的登记数据和系统建设规范。", {"governance"}, set()),
    ("宿舍建设应执行国家宿舍建筑设计规范。", {"governance"}, set()),
    ("推行规范化服务，实现安全规范化管理。", set(), {"governance"}),  # 规范化 is no written norm
    # pension insurance is social insurance, not the care of older people; the employment of graduates
    # is the labour market, not the education sector
    ("参保人可申请办理基本养老保险关系转入接续。", set(), {"sectors/elderly-care"}),
    ("本市中等职业学校、技工学校的学历教育毕业生就业见习，参照本办法执行。", {"talent"}, {"sectors/education"}),
    ("小学毕业生申请回天河区就读公办初中，由区教育局统筹安排公办学校学位。", {"sectors/education"}, set()),
    ("签约居民在签约机构就诊率较上一年增加。", {"sectors/healthcare"}, set()),
    ("Lenders shall evaluate their underwriting models for bias.", {"sectors/finance", "governance"}, set()),
    ("被取消见习基地资格的单位，应当停止就业见习活动。", {"governance"}, set()),
    ("Committees shall advise on the safe and responsible use of AI in transportation.",
     {"governance", "sectors/transport"}, set()),
    ("对直接负责的主管人员依法给予处分。", {"governance"}, set()),  # a disciplinary sanction
    ("Providers shall perform model evaluation with standardised protocols.", {"models"}, set()),
    ("Agencies shall conduct a security review of all data assets.", {"data"}, set()),
    ("AI used to evaluate eligibility for public assistance benefits.", {"sectors/government"}, set()),
    # but one department named alone, with no data to share, is no digital government
    ("市卫生健康部门负责组织实施本办法。", set(), {"sectors/government", "data"}),
    # immigration beside asylum is migration control, not skilled workers; examining permits is a service
    ("Law enforcement, border control, immigration or asylum authorities may carry out identity checks.",
     set(), {"talent"}),
    ("AI systems to assist authorities in the examination of applications for asylum, visa or residence "
     "permits.", {"sectors/government"}, {"talent"}),
    ("来穗人员可以通过线上、线下两种渠道申领电子居住证。", {"sectors/government"}, set()),
    ("Agencies shall report on the Department of Defense's ability to hire certain noncitizens.", {"talent"}, set()),
    ("Agencies shall expand education and training opportunities for displaced workers.", {"talent"}, set()),
    ("AI-enabled technologies used in the health and human services sector.", {"sectors/healthcare"}, set()),
    ("The plan covers chips and computational infrastructure.", {"compute"}, set()),
    ("Providers shall publish a summary about the content used for training of the model.", {"data"}, set()),
    # privacy-enhancing technologies are about data; managing risks and guidance on using AI are governance
    ("Guidelines to evaluate the efficacy of differential-privacy protections and PETs.", {"data"}, set()),
    ("The Chief AI Officer is responsible for managing risks from the agency's use of AI.", {"governance"}, set()),
    ("The Director shall issue guidance regarding the use of AI in transportation.", {"governance"}, set()),
    ("Agencies shall streamline permitting while managing climate risks.", set(), {"governance"}),
    ("Agencies constructing computational facilities shall consider AI.", {"compute"}, set()),
    ("Regulations shall require United States IaaS Providers to verify the identity of foreign persons.",
     {"compute"}, set()),
    ("Authorities supervising credit institutions shall report to the ECB.", {"sectors/finance"}, set()),
    # what a random audit of the tags found wrong: a term of office, a boilerplate, a mechanism, insurance
    # a body takes out, a degree required of an applicant, a neighbourhood's facilities
    ("The term of office of the co-chairs shall be two years, renewable once.", set(), {"sectors/energy"}),
    ("This order shall be implemented subject to the availability of appropriations.", set(), {"funding"}),
    ("(D) Proposed classification-appropriate testing vehicles for co-developed AI capabilities; and",
     set(), {"sectors/transport"}),
    ("Notified bodies shall take out appropriate liability insurance for their activities.", set(),
     {"sectors/finance"}),
    ("见习单位应当为见习人员购买人身意外伤害保险。", set(), {"sectors/finance"}),
    ("申请人应具有大学本科及以上学历。", set(), {"sectors/education"}),
    ("项目设计必须按规划要求配置足够的配套公共服务设施。", set(), {"sectors/government"}),
    ("Agencies shall invest in renewable energy for data centres.", {"sectors/energy"}, set()),
    # a bank account is no bank; 身心健康 is wellbeing, not health care
    ("登记机关可以依法查询涉嫌违法的市场主体的银行账户。", set(), {"sectors/finance"}),
    ("见习单位不得有影响见习人员人身安全、身心健康的行为。", set(), {"sectors/healthcare"}),
    # a bank's name is no transport: 交通银行 is the Bank of Communications
    ("可向中国银行、交通银行申请创业担保贷款。", {"funding"}, {"sectors/transport"}),
    # "grant" as a verb of permission is no money; a grant as money still is
    ("The authority shall grant the authorisation only where the use is necessary.", set(), {"funding"}),
    ("Compliance with harmonised standards grants providers the presumption of conformity.", set(), {"funding"}),
    ("The Secretary shall prioritize the allocation of grants to such projects.", {"funding"}, set()),
    # the English of 智能计算中心, which the compute tag's description names
    ("By next year, the province will build 20 intelligent computing centres.", {"compute"}, set()),
    ("Build an AI computing center in each district.", {"compute"}, set()),
    # GPU servers and clusters are compute as well as chips; a GPU alone is a chip
    ("Deploy 10,000 GPU servers for AI training.", {"compute", "chips"}, set()),
    ("建设万卡GPU集群。", {"compute", "chips"}, set()),
    ("Exports of advanced GPUs to the country are restricted.", {"chips"}, {"compute"}),
    # the EU's AI factories are supercomputing centres, not a factory floor
    ("The plan will set up at least 13 AI factories across Europe by 2026.", {"compute"}, {"sectors/manufacturing"}),
    ("The factory will make batteries.", {"sectors/manufacturing"}, {"compute"}),
    # health education (健康教育) and publicity campaigns (宣传教育) are no education sector; schools are
    ("家庭医生团队承担健康教育和促进、健康生活方式提倡等工作。", set(), {"sectors/education"}),
    ("加强安全生产宣传教育。", set(), {"sectors/education"}),
    ("在中小学开展健康教育课程。", {"sectors/education"}, set()),
    # the industries a measure names are manufacturing's, where it says 制造 nowhere
    ("在钢铁、石化、纺织等行业推广基于机器视觉的智能质检系统。", {"sectors/manufacturing", "sectors"}, set()),
    ("规模以上工业企业关键工序数控化率达到68%。", {"sectors/manufacturing"}, set()),
    # researchers who use compute are no talent measure; recruiting or training them is
    ("Researchers wait weeks for access to GPUs.", set(), {"talent"}),
    ("The programme will attract 500 international researchers.", {"talent"}, set()),
    # to fine-tune a model is no fine, as fine-tuning was not
    ("Processing capacity used to train, fine-tune or run artificial intelligence models.", set(), {"governance"}),
    ("Breaches are punishable by a fine of up to EUR 15 million.", {"governance"}, set()),
])
def test_tag_text_rules(text, want, not_want):
    tags = set(tag_text(text).tags)
    assert want <= tags, tags
    assert not (not_want & tags), tags


@pytest.mark.parametrize("text", [
    "The model is trained on training data curated for the purpose.",
    "Providers shall document the training compute used for model training.",
])
def test_tag_text_training_of_models_is_not_talent(text):
    assert "talent" not in tag_text(text).tags


def test_tag_text_training_of_people_is_talent():
    assert "talent" in tag_text("The agency shall train employees in the use of AI tools.").tags
    assert "talent" in tag_text("A workforce training program for manufacturing technicians.").tags


def test_tag_text_potato_chips_are_not_chips():
    assert "chips" not in tag_text("The snack aisle sells potato chips and chocolate chip cookies.").tags
    assert "chips" in tag_text("Export controls on advanced chips were tightened.").tags


def test_tag_text_every_tag_has_evidence_and_sub_tag_implies_parent():
    r = tag_text("支持人工智能在智能制造、医疗、养老、交通和能源领域的应用，培养专业人才。"
                 "到2025年，算力达到40 EFLOPS。", date="2024-06-10")
    assert set(r.evidence) == set(r.tags) and all(r.evidence.values())
    assert r.tags == sorted(r.tags)
    for sub in ("sectors/manufacturing", "sectors/healthcare", "sectors/elderly-care", "sectors/transport",
                "sectors/energy"):
        assert sub in r.tags
    assert "sectors" in r.tags and r.evidence["sectors"].startswith("via ")
    assert "targets" in r.tags and "40" in r.evidence["targets"]


def test_tag_text_targets_from_goal_not_from_any_number():
    assert "targets" in tag_text("到2023年，每万常住人口家庭医生数不低于4人。").tags
    assert "targets" not in tag_text("第五条 申请人应当缴纳费用200元。").tags
    r = tag_text("Computing power is to surpass 40 exaflops by next year.", date="2024-06-10")
    assert [(t.value, t.year) for t in r.targets] == [(40, 2025)]


def test_tag_text_proper_names_do_not_make_a_sector():
    assert "sectors/education" not in tag_text("The Defense Acquisition University shall report.").tags
    assert "sectors/education" in tag_text("Grants for schools to teach AI to students.").tags


@pytest.mark.parametrize(("text", "sector"), [
    ("The DoD shall report on its use of AI.", "defence"),
    ("DOD and ODNI shall establish a working group on procurement of AI by DOD and IC elements.", "defence"),
    ("The Department of Defense shall report.", "defence"),
    ("Federally listed Patient Safety Organizations shall track errors of AI tools.", "healthcare"),
])
def test_tag_text_a_term_that_is_a_name_counts_inside_a_name(text, sector):
    # skip_names keeps "defense" out of "Defense Acquisition University", not the names a tag lists
    r = tag_text(text)
    assert f"sectors/{sector}" in r.tags
    assert r.evidence[f"sectors/{sector}"]


@pytest.mark.parametrize(("text", "sector"), [
    ("推进“人工智能+制造”，建设智能工厂和智能生产线。", "manufacturing"),
    ("发展智慧教育，推动人工智能进课堂、进校园。", "education"),
    ("发展智慧养老，为老年人提供居家照护服务。", "elderly-care"),
    ("推广智慧医疗，支持医院应用人工智能辅助诊断。", "healthcare"),
    ("加快智能网联汽车道路测试与示范应用。", "transport"),
    ("建设智慧交通，优化城市信号灯配时。", "transport"),
    ("推动人工智能在能源、电网调度中的应用。", "energy"),
    ("AI tutors help K-12 students and their teachers in public schools.", "education"),
    ("Autonomous vehicles shall be tested on public roads before deployment.", "transport"),
    ("Utilities shall use AI to forecast load on the power grid.", "energy"),
    ("New data centres need electric transmission capacity.", "energy"),
    ("Hospitals may use AI to help clinicians diagnose patients.", "healthcare"),
    ("Grants support industrial automation on factory production lines.", "manufacturing"),
])
def test_tag_text_sector_of_application(text, sector):
    assert f"sectors/{sector}" in tag_text(text).tags


@pytest.mark.parametrize(("text", "sector"), [
    ("The Secretary of Transportation shall submit the report to the Department of Education.", "transport"),
    ("The Secretary of Transportation shall submit the report to the Department of Education.", "education"),
    ("The report goes to the Committees on Commerce, Science, and Transportation and on Energy and "
     "Commerce.", "transport"),
    ("The report goes to the Committees on Commerce, Science, and Transportation and on Energy and "
     "Commerce.", "energy"),
    ("The Secretary of Energy shall fund research on privacy-preserving statistics.", "energy"),
    ("The Navy shall certify unmanned surface vessels and vehicles before arming them.", "transport"),
    ("The Army shall report on its strategy for autonomous vehicles.", "transport"),
    ("The agency shall fund the education of its personnel in the use of AI.", "education"),
    ("The Defense Acquisition University shall update its curricula on software acquisition.", "education"),
    ("加强专业技术人员继续教育，提升职业技能。", "education"),
    ("医保、教育及税务等部门将通过数据联动开展参保登记。", "education"),
    ("整合房屋管理、不动产登记、公安、教育、民政、社保和社区等的信息资源。", "education"),
])
def test_tag_text_agency_names_staff_training_and_military_platforms_are_not_sectors(text, sector):
    assert f"sectors/{sector}" not in tag_text(text).tags


# a long text about something else: a sector's weak word in it must be framed, listed or repeated
_LONG = ("The Director shall establish a program to evaluate AI systems for safety and reliability, "
         "with testbeds, benchmarks and red-teaming exercises, and shall report to Congress on the "
         "program's findings, costs and milestones within one year and every year thereafter. The "
         "Director shall coordinate with other agencies and may enter into cooperative agreements with "
         "private entities to carry out the program. ")


def test_tag_text_passing_weak_mention_in_long_text_is_not_a_sector():
    tags = tag_text(_LONG + "Findings shall be shared with educational institutions.").tags
    assert "sectors/education" not in tags


def test_tag_text_a_sector_given_as_one_example_in_a_long_text_is_not_a_sector():
    example = "For example, machinery or medical devices incorporating an AI system might present risks."
    assert "sectors/healthcare" not in tag_text(_LONG + example).tags
    # in a short text, or named twice, it is what the text is about
    assert "sectors/healthcare" in tag_text(example).tags
    assert "sectors/healthcare" in tag_text(_LONG + example + " Hospitals shall assess such devices.").tags
    # the list of examples ends where the sentence goes on
    faa = "The program assesses technologies such as AI to modernize training for air traffic controllers."
    assert "sectors/transport" in tag_text(_LONG + faa).tags


def test_tag_text_weak_mention_counts_when_framed_listed_or_repeated():
    assert "sectors/transport" in tag_text(_LONG + "It shall study the use of AI in transportation.").tags
    listed = tag_text(_LONG + "It shall study health care, education, transportation and energy.").tags
    assert {"sectors/healthcare", "sectors/education", "sectors/transport", "sectors/energy"} <= set(listed)
    repeated = tag_text(_LONG + "Universities shall offer AI courses. Education grants shall follow.").tags
    assert "sectors/education" in repeated
    assert "sectors/education" in tag_text("Findings shall be shared with educational institutions.").tags


def test_tag_clauses_fills_clauses_in_place():
    c = Clause(clause_id="c1", doc_id="d", path="1", heading="", text="Guangdong plans computing power to "
               "reach 60 exaflops by 2027 with new data centres.", start=0, end=10)
    out = tag_clauses([c], "2024-06-10")
    assert out == [c]
    assert "compute" in c.tags and "targets" in c.tags and c.targets[0].value == 60
    assert Clause.from_dict(c.to_dict()) == c


def test_tag_text_a_list_of_departments_keeps_what_the_clause_is_about():
    got = tag_text("整合房屋管理、不动产登记、公安、教育、民政、社保和社区等的信息资源，完善住房保障档案。")
    assert got.tags == ["data"] and "信息资源" in got.evidence["data"]
    # a list of fields, not of departments, still names sectors
    fields = tag_text("推进智慧教育、智慧医疗、智能制造等领域应用。").tags
    assert {"sectors/education", "sectors/healthcare"} <= set(fields)


def test_tag_clauses_a_table_row_takes_the_sectors_of_its_tables_title():
    title = "附件1 广州市家庭医生签约服务质量监测指标体系"
    row = Clause("d#1", "d", "附件1 > 10", title, "10.签约居民续约率 | 较上一年增加，力争2023年达到80%。 | 统计", 0, 10)
    para = Clause("d#2", "d", "附件1 > ¶2", title, "各区每年报送一次签约居民续约率。", 10, 20)
    tag_clauses([row, para], "2023-05-01")
    assert {"sectors", "sectors/healthcare", "targets"} <= set(row.tags)
    assert row.evidence["sectors/healthcare"] == "table title: 家庭医生"
    assert row.tags == sorted(row.evidence)
    assert "sectors/healthcare" not in para.tags  # a paragraph says its own subject
    # only sectors pass down: a title's other tags would spread to every row below it
    funds = Clause("d#3", "d", "附件2 > 1", "附件2 专项资金监管任务分工表", "1 | 做好统计。 | 各区政府", 20, 30)
    tag_clauses([funds])
    assert funds.tags == []


def test_tag_clauses_a_title_naming_a_portfolio_of_fields_gives_rows_no_sector():
    title = "Table 2.3: Main science, technology and energy commitments"
    rows = [Clause("d#1", "d", "Table 2.3 > row 1", title,
                   "Designate at least five AI Growth Zones | DSIT | – | 2027", 0, 10),
            Clause("d#2", "d", "Table 2.3 > row 2", title,
                   "At least 70% clean electricity for data centres | DESNZ | – | 2030", 10, 20)]
    tag_clauses(rows, "2026-06-01")
    assert "sectors/energy" not in rows[0].tags
    assert rows[1].evidence["sectors/energy"] == "electricity"  # a row's own words still count
    # a title whose fields are all sectors still says the rows' sector
    both = Clause("e#1", "e", "Table 1 > row 1", "Table 1: Health care and energy commitments",
                  "Designate at least five AI Growth Zones | DSIT | – | 2027", 0, 10)
    tag_clauses([both])
    assert {"sectors/energy", "sectors/healthcare"} <= set(both.tags)


PLAN = """某市推动人工智能产业高质量发展行动方案

一、总体目标
到2026年，全市人工智能产业发展取得明显成效，具体目标如下：
（一）产业规模。人工智能核心产业规模突破1000亿元，带动相关产业规模超过5000亿元。
（二）算力供给。全市智能算力规模达到20 EFLOPS，建成3个以上公共算力服务平台。
二、发展成效
2023年，全市人工智能产业取得以下成效：
（一）产业规模。人工智能核心产业规模达到500亿元，较上年增长百分之二十。
"""

TARGETS_EN = """# Digital Decade

By 2030, the Union aims to achieve the following:

1. at least 20 million ICT specialists are employed in the Union, with convergence between women and men;
2. the production of cutting-edge semiconductors reaches 20% of world production in value.

## Reporting

The Commission shall report on progress every year, covering at least 10 indicators.
"""


def _segmented(text, source, content_type):
    from ingest.parse import parse
    from ingest.pipeline import segment_and_tag
    return segment_and_tag([parse(text, source, content_type=content_type)])


def test_tag_clauses_an_items_goals_take_the_deadline_of_its_lists_lead_in():
    clauses = {c.path: c for c in _segmented(PLAN, "plan.txt", "text/plain")}
    scale, compute = clauses["一 > （一）"], clauses["一 > （二）"]
    assert [(t.value, t.unit, t.year, t.metric) for t in scale.targets] == [
        (1000, "亿元", 2026, "人工智能核心产业规模"), (5000, "亿元", 2026, "带动相关产业规模")]
    assert [(t.value, t.year) for t in compute.targets] == [(20, 2026), (3, 2026)]
    assert "targets" in scale.tags and "targets" in compute.tags
    # a list that reports what a past year achieved sets no goals
    assert clauses["二 > （一）"].targets == []


def test_tag_clauses_numbered_items_after_an_unnumbered_lead_in_paragraph():
    clauses = _segmented(TARGETS_EN, "decade.md", "text/markdown")
    by_text = {c.text.split()[0]: c for c in clauses}
    assert [(t.value, t.unit, t.year) for t in by_text["1."].targets] == [(20, "million ICT specialists", 2030)]
    assert [(t.value, t.year) for t in by_text["2."].targets] == [(20, 2030)]
    # a paragraph after the list is no item of it
    assert by_text["The"].targets == []


def test_list_leads_lead_the_outline_below_and_the_items_right_after():
    def c(path, text):
        return Clause(path, "d", path, "", text, 0, 0)
    clauses = [c("¶1", "Targets:"), c("1", "one"), c("2", "two"), c("¶2", "Next."), c("3", "three"),
               c("Sec. 1", "(a) The Secretary shall:"), c("Sec. 1 > (i)", "report:"), c("Sec. 1 > (i) > (A)", "x"),
               c("Sec. 1 > (ii)", "y"), c("Sec. 2", "z")]
    assert list_leads(clauses) == [[], ["Targets:"], ["Targets:"], [], [], [], ["(a) The Secretary shall:"],
                                   ["report:", "(a) The Secretary shall:"], ["(a) The Secretary shall:"], []]


SHORT_LEAD = """# 某市行动方案

## 一、总体目标

到2026年，具体目标如下：

（一）全市人工智能核心产业规模突破1500亿元；

（二）培育10家以上具有国际竞争力的人工智能龙头企业；

（三）建设智能算力中心3个，智能算力规模达到5000PFLOPS。
"""

LIST_OF_TARGETS = """# Strategy

## Targets

By 2030, the Government will meet the following targets:

(a) 20 exaflops of public AI compute capacity;

(b) at least 50,000 people trained in advanced AI skills;

(c) a national network of research data centres.
"""


def test_tag_clauses_a_short_lead_in_joined_to_the_first_item_still_dates_the_others():
    # the lead-in alone is too short to be a clause: it opens the first item's, and leads the rest
    clauses = {c.path: c for c in _segmented(SHORT_LEAD, "plan.md", "text/markdown")}
    assert clauses["一 > （一）"].text.startswith("到2026年，具体目标如下：")
    assert [(t.value, t.year) for t in clauses["一 > （二）"].targets] == [(10, 2026)]
    assert clauses["一 > （二）"].targets[0].metric == "培育具有国际竞争力的人工智能龙头企业"
    assert [(t.value, t.year) for t in clauses["一 > （三）"].targets] == [(3, 2026), (5000, 2026)]


def test_tag_clauses_an_item_of_a_list_of_targets_that_opens_with_its_quantity():
    by_text = {c.text[:3]: c for c in _segmented(LIST_OF_TARGETS, "strategy.md", "text/markdown")}
    assert [(t.value, t.unit, t.year, t.comparator) for t in by_text["(a)"].targets] == [(20, "EFLOPS", 2030, "=")]
    assert [(t.value, t.year) for t in by_text["(b)"].targets] == [(50000, 2030)]
    assert by_text["(c)"].targets == []  # no number, no goal


@pytest.mark.parametrize(("text", "tag", "present"), [
    # training workers, engineers or technicians, attracting scientists, PhD studentships: talent
    ("The plan aims to train 500,000 new semiconductor and data center technicians by 2030.", "talent", True),
    ("By 2030, train 10,000 AI engineers and attract 500 top AI scientists.", "talent", True),
    ("Fund 1,000 new AI PhD studentships.", "talent", True),
    ("Providers shall train the model on 500 curated datasets for medical engineers.", "talent", False),
    ("Developers train large models on data centre clusters.", "talent", False),
    ("The classifier was trained by staff at the agency.", "talent", False),
    # money committed to a measure: funding
    ("We will invest £2 billion over five years, including £500 million for chips design.", "funding", True),
    ("1) Mobilise EUR 20 billion for up to five AI gigafactories by 2028.", "funding", True),
    ("The budget shall be no less than EUR 5 million by 2026.", "funding", True),
    ("The Office of Management and Budget shall issue guidance by 2026.", "funding", False),
    ("Firms that invest in AI shall report their energy use.", "funding", False),
    ("Fines shall be no less than EUR 5 million.", "funding", False),
    # a Latin term written inside Chinese text is still that term
    ("EDA工具采购支持。", "chips", True),
    ("支持GPU芯片研发。", "chips", True),
    ("推进MEDA项目建设。", "chips", False),
])
def test_tag_text_talent_funding_and_latin_terms_in_chinese(text, tag, present):
    assert (tag in tag_text(text, date="2025-03-01").tags) is present


@pytest.mark.parametrize(("text", "sector"), [
    # an agency's name is no evidence for its sector, in Chinese as in English
    ("5 | 建设省级人工智能公共算力平台。 | 省发展改革委 | 省能源局、省通信管理局", "energy"),
    ("由国家能源局会同有关部门制定算力设施管理办法。", "energy"),
    ("市卫生健康委负责组织实施。", "healthcare"),
    ("省教育厅、省科技厅按职责分工负责。", "education"),
])
def test_tag_text_a_chinese_agency_name_is_not_its_sector(text, sector):
    assert f"sectors/{sector}" not in tag_text(text).tags


@pytest.mark.parametrize(("text", "sector"), [
    ("省能源局牵头推进光伏发电与储能建设。", "energy"),  # the measure itself names the sector
    ("推动能源领域人工智能应用，市能源消费总量得到控制。", "energy"),
    ("推进市卫生健康信息平台建设，提升医疗服务水平。", "healthcare"),
    ("全市各医院成立伦理委员会。", "healthcare"),  # a sentence, not an agency's name
])
def test_tag_text_a_sector_named_beside_an_agency_still_counts(text, sector):
    assert f"sectors/{sector}" in tag_text(text).tags


def test_tag_clauses_a_table_rows_agency_cell_names_no_sector():
    row = Clause("d#1", "d", "附件 > 5", "附件 重点任务分工表",
                 "5 | 建设省级人工智能公共算力平台。 | 省发展改革委 | 省能源局、省通信管理局", 0, 10)
    tag_clauses([row])
    assert "sectors/energy" not in row.tags and "compute" in row.tags


def test_an_act_s_short_title_and_an_office_s_name_give_no_topic():
    # "This Act may be cited as the … (Compute and Skills) Act 2025" was tagged compute and talent, and "Office
    # of Strategic Industries" sectors
    assert tag_text("This Act may be cited as the Artificial Intelligence (Compute and Skills) Act 2025.").tags == []
    assert tag_text("FOR FURTHER INFORMATION CONTACT: Office of Strategic Industries and Economic Security.").tags == []
    across = tag_text("AI will be applied across industries and in hospitals.")
    assert across.tags == ["sectors", "sectors/healthcare"] and across.evidence["sectors"] == "industries"
    assert "talent" in tag_text("Triple the number of AI practitioners to 15,000 by 2028.").tags


def test_a_unit_s_definition_is_no_compute_threshold_of_a_rule():
    # '"exaflop" means 10^18 floating-point operations per second' was tagged governance, as a threshold is
    assert "governance" not in tag_text('"exaflop" means 10^18 floating-point operations per second.').tags
    for text in ("a computing cluster with a capacity of 10^20 integer or floating-point operations per second",
                 "any model trained using greater than 10^26 integer or floating-point operations"):
        assert "governance" in tag_text(text).tags, text


def test_an_industry_s_public_service_platform_is_no_government_service():
    assert "sectors/government" not in tag_text("建设集成电路设计公共服务平台，服务企业200家以上。").tags
    assert "sectors/government" in tag_text("推进政务服务一网通办。").tags


def test_tag_text_reads_traditional_chinese_as_simplified():
    # a Hong Kong measure had no target and no talent tag; its simplified form had both
    text = "（一）透過「科技培訓計劃」，於2027年前培訓不少於10,000名人工智能及數據科學專業人員。"
    result = tag_text(text, date="2025-01-15")
    assert "talent" in result.tags and "targets" in result.tags
    (target,) = result.targets
    assert (target.value, target.year, target.comparator) == (10000, 2027, ">=")
    # the span is the clause's own words, at the offsets the clause has
    assert target.text == text[target.start:target.end].strip() == "不少於10,000名"
    simplified = tag_text("（一）透过「科技培训计划」，于2027年前培训不少于10,000名人工智能及数据科学专业人员。",
                          date="2025-01-15")
    assert result.tags == simplified.tags
    assert [(t.value, t.unit, t.year, t.comparator) for t in simplified.targets] == \
        [(t.value, t.unit, t.year, t.comparator) for t in result.targets]


def test_tag_clauses_read_a_traditional_list_item_under_its_lead_in():
    # the lead-in's year dates the item, read in simplified characters too; 晶片 is Hong Kong's and Taiwan's 芯片
    lead = Clause("hk#1", "hk", "二", "二", "二、到2027年，主要目標如下：", 0, 15)
    item = Clause("hk#2", "hk", "二 > 1", "二", "1. 培訓不少於5,000名晶片設計人員。", 16, 36)
    tag_clauses([lead, item], "2025-01-15")
    assert [(t.value, t.year, t.comparator, t.text) for t in item.targets] == [(5000, 2027, ">=", "不少於5,000名")]
    assert {"chips", "talent", "targets"} <= set(item.tags)


def test_taiwan_s_years_and_word_for_data():
    # a Taiwan draft's goals dated 民國/中華民國 years had no year or no target, and 資料 (data) no tag
    result = tag_text("政府應於中華民國一百十八年前使國家整體算力達到1,000 PFLOPS以上。", date="2025-08-28")
    assert [(t.value, t.year, t.comparator) for t in result.targets] == [(1000, 2029, ">=")]
    assert "年" not in result.targets[0].metric
    result = tag_text("至民國116年前開放政府資料集達3萬筆以上。", date="2025-08-28")
    assert [(t.value, t.unit, t.year, t.comparator) for t in result.targets] == [(3, "万笔", 2027, ">=")]
    assert "data" in tag_text("政府應開放高品質資料，並建立資料流通制度。").tags
    assert "data" not in tag_text("申请人应提交申请资料。").tags  # the mainland's 资料: a file of papers


@pytest.mark.parametrize(("text", "funded"), [
    # a budget's allocation over its years, and a sum a government provides, are funding (were untagged)
    ("$96.4 million over four years from 2025–26 to expand the National AI Centre", True),
    ("The Government will provide $209.2 million to build Australia's capability in AI.", True),
    # what is provided that is no money, and a count over years, are not
    ("The service will provide 5,000 GPU-equivalents to agencies.", False),
    ("The Commission will provide guidance within 6 months.", False),
    ("The programme will train 500 graduates over four years.", False),
])
def test_a_sum_allocated_over_years_or_provided_is_funding(text, funded):
    assert ("funding" in tag_text(text).tags) is funded


@pytest.mark.parametrize("text", [
    # a rule on labelling AI-generated content is governance (a wire story's 条例 had no tag)
    "会议审议通过《人工智能生成合成内容标识管理条例（草案）》，对人工智能生成合成内容进行标识。",
    "Within 240 days, the Secretary shall identify standards for labelling synthetic content and watermarking.",
])
def test_labelling_synthetic_content_is_governance(text):
    assert "governance" in tag_text(text).tags


@pytest.mark.parametrize("text", ["预算金额：38,600.00万元", "最高限价（元）：386,000,000.00",
                                  "项目预算：人民币3.86亿元"])
def test_a_procurement_s_budget_is_funding(text):
    # a tender's 预算金额 had no tag
    assert "funding" in tag_text(text).tags


def test_old_infrastructure_is_no_elderly_care():
    # "ageing watermains" gave sectors/elderly-care; ageing people still do
    assert "sectors/elderly-care" not in tag_text("The plan replaces 45 kilometres of ageing watermains.").tags
    assert "sectors/elderly-care" in tag_text("The plan expands care for ageing people.").tags
