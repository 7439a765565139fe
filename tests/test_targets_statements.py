"""Goals as reports, frameworks and standards state them: a figure named as the goal, a results framework's dated
label, a goal stated as what it is, a rule's effective day, and the figures that are not goals beside them (a part
of a year gone by, an industry body's forecast, a report the text denies)."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str) -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "date", "want"), [
    # a figure the text names as the goal after it (was read as a size class, "…以上的龙头企业")
    ("下半年将继续落实稳就业政策，确保完成全年城镇新增就业1200万人以上的目标任务。", "2025-07-21",
     [(1200, "万人", 2025, ">=")]),
    # a results framework's label dates its figures (were undated, or none)
    ("Baseline (2023): 12,500. End target (June 2029): 180,000, of which at least 40 percent are women.",
     "2024-06-18", [(180000, "", 2029, "="), (40, "%", 2029, ">=")]),
    ("Target (2027): 95 per cent of schools connected.", "2024-06-18", [(95, "%", 2027, "=")]),
    # a goal stated as what it is, with or without a year
    ("The Government's long-term ambition is an 80 per cent employment rate.", "2024-11-26", [(80, "%", None, "=")]),
    ("Our goal is 1 million trained workers by 2030.", "2024-11-26", [(1, "million trained workers", 2030, "=")]),
    # a rule's day of effect dates what it requires, not a metric's own 全年 (annual performance factor)
    ("自2026年1月1日起，单冷式空调器全年能源消耗效率（APF）不应低于5.00，热泵型空调器不应低于4.50。", "2024-12-20",
     [(5.0, "", 2026, ">="), (4.5, "", 2026, ">=")]),
    # years of schooling are a level, as a life expectancy's years are
    ("到2030年，全省劳动年龄人口平均受教育年限提高到11.8年。", "2026-01-25", [(11.8, "年", 2030, "=")]),
    # a processing time cut to a bound, its verb far before it
    ("By FY2027, SSA will reduce the average processing time for initial disability claims to no more than 215 "
     "days.", "2024-03-11", [(215, "days", 2027, "<=")]),
    # installing and laying make what they count
    ("今年将再开工改造城镇老旧小区2.5万个以上，加装电梯2万部。", "2025-03-09",
     [(2.5, "万个", 2025, ">="), (2, "万部", 2025, "=")]),
])
def test_goals_as_reports_and_frameworks_state_them(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date"), [
    # a part of a year gone by, reported (a plan's deadline in a part of a year keeps its cue, below)
    ("人力资源社会保障部新闻发言人介绍，上半年全国城镇新增就业695万人。", "2025-07-21"),
    ("今年前三季度全市跨境电商进出口额达到760亿元。", "2024-11-28"),
    # an industry body's forecast
    ("中国汽车工业协会预计，2025年我国新能源汽车销量有望达到1600万辆左右，同比增长约24%。", "2025-01-13"),
    # a report the text says officials denied
    ("Officials denied media reports that the goal would be raised to 1.5 million units by 2030.", "2025-09-08"),
    # a goal gone by
    ("The goal was 500 firms in 2020.", "2024-11-26"),
    # a questioner recalling a witness's goal, and a population's projected state
    ("Dr. Caldwell, you said DOE will deploy 15 exaflops by the end of fiscal year 2028. What does that cost?",
     "2026-03-04"),
    ("Meanwhile, about 30 percent of the scientific staff at the laboratories will be eligible to retire within five "
     "years.", "2026-03-04"),
    ("By 2030, around one in four Singaporeans will be aged 65 and above.", "2025-03-06"),
])
def test_reported_forecast_and_denied_figures_are_no_goals(text, date):
    assert _got(text, date) == []


@pytest.mark.parametrize(("text", "date", "want"), [
    ("2026年上半年将新增智算中心3个。", "2026-01-10", [(3, "个", 2026, "=")]),
    ("预计到2027年，全市算力规模达到20EFLOPS。", "2025-01-13", [(20, "EFLOPS", 2027, "=")]),  # the issuer's own
])
def test_a_plans_part_year_and_own_expectation_stay_goals(text, date, want):
    assert _got(text, date) == want


def test_an_adverb_after_the_things_counted_is_no_unit():
    got = extract_targets("We aim to deploy 60,000 EV charging points nationwide by 2030.", "2021-02-10")
    assert [(t.unit, t.metric) for t in got] == [("points", "EV charging points")]


@pytest.mark.parametrize(("text", "date"), [
    # a goal due in a year gone by when the text was issued: a result, or a goal recalled
    ("到2025年底，全市算力总规模达到8.6EFLOPS，其中智能算力规模达到2300PFLOPS。", "2026-03-17"),
    # projects under way, counted "incompletely"
    ("据不完全统计，全市在建智算项目算力规模约4200PFLOPS，已签约拟建项目约6500PFLOPS。", "2025-04-10"),
    # a suggestion some departments and firms made, turned down
    ("部分部门和企业建议将目标提高至2万PFLOPS，考虑到能耗指标和资金约束，经研究未予采纳。", "2026-04-10"),
    # other places' goals, set beside for reference, and another city's
    ("作为参照，北京市提出到2027年智能算力规模达到4.5万PFLOPS，上海市提出到2028年达到3万PFLOPS以上。", "2026-04-10"),
    ("各地都在抢抓机遇，有的城市提出三年内智能算力规模翻两番。", "2026-03-17"),
    # how many tasks a plan lays out
    ("《行动方案》围绕六个方面部署了18项重点任务。", "2026-04-10"),
])
def test_results_suggestions_others_goals_and_task_counts_are_no_goals(text, date):
    assert _got(text, date) == []


def test_a_city_of_ours_is_no_other_place_unless_set_beside():
    # the issuer's own city naming itself sets its goal (only "作为参照" and the like set a city's goal beside)
    assert _got("广州市提出到2027年智能算力规模达到5000PFLOPS。", "2026-04-10") == [(5000, "PFLOPS", 2027, "=")]


def test_a_yearly_count_takes_no_year_from_an_earlier_sentence():
    got = _got("到2027年建成万卡级智算集群3个。鼓励国产芯片企业开展适配攻关，每年完成适配迁移的模型和应用不少于100个。",
               "2026-04-10")
    assert got == [(3, "个", 2027, "="), (100, "个", None, ">=")]  # was 2027 for the yearly count


def test_an_orders_deadline_counted_from_its_date_dates_the_act_it_orders():
    # "this Order" with a capital (was read only in lower case): 180 days after 2025-09-15 is in 2026
    got = _got("2. Within 180 days of the date of this Order, VITA shall launch an AI pilot program in at least 10 "
               "executive branch agencies, with the goal of reducing average permit processing times by 50 percent by "
               "June 30, 2027.", "2025-09-15")
    assert got == [(10, "executive branch agencies", 2026, ">="), (50, "%", 2027, "=")]


def test_what_a_change_multiplies_ends_before_but():
    got = extract_targets("Your rapporteur supports the general objective of tripling the Union's data centre capacity "
                          "but considers that a fixed deadline is needed.", "2025-10-01")
    assert [(t.value, t.metric) for t in got] == [(3, "Union's data centre capacity")]  # was no metric


@pytest.mark.parametrize(("text", "want"), [
    # a performance standard a text says will hold, undated
    ("The Borrower will prepare a framework, and the facility's power usage effectiveness (PUE) will not exceed 1.3.",
     [(1.3, "", None, "<=")]),
    # a share of the goal's things, as the goal stands (its deadline, the project's end, has no year in the text)
    ("The component will train 120,000 young people in AI skills by project closing, of whom at least 40 percent "
     "will be women.", [(120000, "people", None, "="), (40, "%", None, ">=")]),
    # the size of what a project finances, by its end
    ("This component will finance a national shared AI compute facility at Konza Technopolis, with at least 5 "
     "petaflops of GPU capacity by the end of the Project.", [(5, "PFLOPS", None, ">=")]),
])
def test_a_projects_goals_without_a_year(text, want):
    assert _got(text, "2026-05-14") == want


def test_a_share_of_things_already_there_is_no_goal():
    got = _got("The Government will establish a common compute facility with more than 18,000 GPUs, of which nearly "
               "10,000 are already available to startups.", "2025-01-30")
    assert got == [(18000, "GPUs", None, ">")]


def test_a_verbs_object_before_its_count_is_the_metric_and_a_share_paid_is_no_goal():
    got = extract_targets("到2028年，培育估值超10亿元的人工智能独角兽企业10家以上。", "2026-04-15")
    assert [(t.value, t.metric) for t in got] == [(10, "培育估值超10亿元的人工智能独角兽企业")]  # was no metric
    assert _got("对通过验收的企业，按照项目实际投入的20%给予补助，单个项目最高不超过200万元。", "2026-04-15") == []


def test_a_projects_closing_dates_what_is_due_by_it():
    text = ("The component will train 120,000 young people in AI skills by project closing, of whom at least 40 "
            "percent will be women.")
    got = [(t.value, t.year) for t in extract_targets(text, "2026-05-14", project_end=2031)]
    assert got == [(120000, 2031), (40, 2031)]  # a PAD's closing date, 30-Jun-2031 (with none: no year)


def test_a_sum_in_another_currencys_code_is_read_with_its_cue():
    # (KES was no currency: "at least KES 1.2 billion" lost its "at least")
    assert _got("The Ministry will invest at least KES 5 billion in the facility by 2028.", "2026-05-14") == [
        (5, "billion KES", 2028, ">=")]


@pytest.mark.parametrize(("text", "want"), [
    # a count in two parts, its figures after 万 (was 1万, the rest and the unit lost)
    ("目标是到2029年把人工智能从业人员增加到1万5000人。", [(15000, "人", 2029, "=")]),
    ("到2027年，算力规模达到3万5千PFLOPS。", [(35000, "PFLOPS", 2027, "=")]),
    ("到2027年，总投资达到3亿5000万元。", [(35000, "万元", 2027, "=")]),
    ("到2027年，新增就业1万人，培训5000人。", [(1, "万人", 2027, "="), (5000, "人", 2027, "=")]),  # two numbers
    # the year a document came out is no deadline
    ("The Green Data Centre Roadmap published in 2024 set out our ambition to add at least 300 megawatts of new "
     "data centre capacity.", [(300, "megawatts", None, ">=")]),
])
def test_mixed_chinese_numerals_and_a_publications_year(text, want):
    assert _got(text, "2026-07-07") == want


@pytest.mark.parametrize("text", [
    "In his speech, the Minister mentioned the target of 15,000 AI practitioners by 2029.",
    "The Workers' Party has previously called for a target that at least two-thirds of AI jobs go to locals.",
])
def test_a_debates_recalled_and_proposed_targets_are_no_goals(text):
    assert _got(text, "2026-07-07") == []


def test_what_years_of_building_brought_is_no_goal():
    text = ("经过四年建设，8个枢纽节点新开工数据中心项目超过200个，带动各方面投资超过6000亿元，西部枢纽节点数据中心"
            "平均上架率由2022年的不足40%提升到2025年的65%以上。")
    assert _got(text, "2026-04-28") == []
    assert _got("经过三年建设，力争到2028年新增智算中心10个。", "2026-04-28") == [(10, "个", 2028, "~")]  # ahead of it


@pytest.mark.parametrize(("text", "date", "want"), [
    # 力争 strives, a trailing 以上 bounds: at least (was about, "~")
    ("今后三年，力争新增市场主体5万户以上，实际使用外资年均增长10%。", "2025-09-26",
     [(5, "万户", 2028, ">="), (10, "%", 2028, "=")]),
    # what was done since a past event is a result (416 and 38 were goals)
    ("自挂牌以来，自贸试验区累计形成制度创新成果416项，其中38项在全国复制推广。今后三年，外贸进出口总额突破1万亿元。",
     "2025-09-26", [(1, "万亿元", 2028, ">")]),
    # a 建设点 is a place counted, no building to be done (58 was a goal)
    ("学校现有博士学位授权一级学科36个、国家级一流本科专业建设点58个，2024年科研经费到账28.6亿元。", "2025-09-26", []),
    # a level to be held (保持100%) and a share of things pushed to some state (推动90%以上的…实现…): goals
    ("年内，政务服务差评整改率保持100%。", "2025-09-26", [(100, "%", 2025, "=")]),
    ("到2027年，推动90%以上的高频政务服务事项实现“免证办”。", "2025-09-26", [(90, "%", 2027, ">=")]),
    # …not which firms are counted by their growth
    ("支持营业收入增长20%以上的企业实现上市。", "2025-09-26", []),
    # a body's projection of the economy, and what something now does, are no goals
    ("The OECD projects global GDP growth to slow from 3.3% in 2024 to 2.9% in 2025 and 2026.", "2025-06-03", []),
    ("Businesses currently perform about two-thirds of Singapore's research spending. Under RIE2030, the Government "
     "will aim to grow the number of research scientists and engineers to 45,000 by the end of the decade.",
     "2025-11-20", [(45000, "", 2030, "=")]),
    # a span of calendar years a goal is reached over, and the end of the period a policy is named for
    ("The Strategy aims to train 5,000 workers during 2022-2027.", "2022-07-27", [(5000, "workers", 2027, "=")]),
    ("The policy aims to create 10,000 jobs over the period 2025-2030.", "2025-08-22", [(10000, "jobs", 2030, "=")]),
    ("The State IT Policy 2025-2030 aims to create 100,000 new jobs by the end of the policy period.", "2025-08-22",
     [(100000, "jobs", 2030, "=")]),
])
def test_plan_wordings_bound_date_and_rule_out_goals(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want


def test_a_goal_after_and_names_its_own_metric_before_of():
    # "and attract investment of $1 billion" measures investment, not the jobs before it
    got = [(t.value, t.metric) for t in extract_targets(
        "The Policy aims to create 10,000 new jobs and attract investment of $1 billion by 2030.", "2025-08-22")]
    assert got == [(10000, "jobs"), (1, "investment")]
    got = [(t.value, t.metric) for t in extract_targets(
        "到2027年，推动90%以上的高频政务服务事项实现“免证办”。", "2025-09-26")]
    assert got == [(90, "高频政务服务事项实现“免证办”")]


@pytest.mark.parametrize(("text", "date", "want"), [
    # an evaluation's results: a sentence that scores a goal's outcome, or a change on the year before that sets
    # nothing (all were goals)
    ("据项目单位填报并经抽查核实，专项资金带动社会投资52.3亿元，完成年度目标的87.2%；全省人工智能核心产业规模"
     "达到1130亿元，同比增长21.4%。", "2026-05-20", []),
    ("全部11个智算中心的平均算力利用率为57.3%，未达到60%的年度目标。", "2026-05-20", []),
    ("新增智能算力2350PFLOPS，完成年度目标的117.5%，全省智能算力规模达到6800PFLOPS。", "2026-05-20", []),
    # …but a change on the year before that a plan strives for is its goal
    ("今年力争规模以上工业增加值同比增长6%。", "2026-05-20", [(6, "%", 2026, "~")]),
    # which centres a rule picks out by a figure is no goal; the bound it sets is
    ("到2027年，智算中心平均算力利用率不低于65%，利用率低于50%的智算中心全部完成整改。", "2026-05-20",
     [(65, "%", 2027, ">=")]),
    # a claim the text calls not accurate, and a population there already is, are no goals
    ("Media reports that the update commits the UAE to building 10 gigawatts of AI capacity by 2030 are not "
     "accurate: the target approved by the Cabinet is 5 gigawatts by 2030.", "2026-03-18",
     [(5, "gigawatts", 2030, "=")]),
    ("The UAE intends to build models that serve the more than 400 million Arabic speakers worldwide.",
     "2026-03-18", []),
])
def test_results_claims_and_populations_are_no_goals(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want


def test_a_change_on_the_year_before_keeps_its_words_in_the_metric():
    got = [t.metric for t in extract_targets("今年力争规模以上工业增加值同比增长6%。", "2026-05-20")]
    assert got == ["规模以上工业增加值同比增长"]  # was "…同增长"


@pytest.mark.parametrize(("text", "want"), [
    # a range written with its unit twice, or in words, gives both its ends (was the low end as "=", or none)
    ("到2030年，研发经费投入强度达到3.6%—3.8%。", [(3.6, "%", 2030, ">="), (3.8, "%", 2030, "<=")]),
    ("到2027年，全市GDP年均增长5%至6%。", [(5, "%", 2027, ">="), (6, "%", 2027, "<=")]),
    ("The Government aims to raise the sector's share of business R&D to between 35 and 40 per cent by 2035.",
     [(35, "%", 2035, ">="), (40, "%", 2035, "<=")]),
    # not a change from one share to another, nor how long projects last
    ("到2030年，研发经费投入强度由2.6%提高到3.3%。", [(3.3, "%", 2030, "=")]),
    ("Projects must last between 12 and 36 months.", []),
])
def test_a_range_gives_both_its_ends(text, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, "2025-06-03")] == want


def test_what_a_budget_provides_it_commits_to():
    # a budget's present tense commits (was none); the law's "provides" says what is, and stays none
    got = extract_targets("The Budget provides $466.4 million over four years from 2024–25 to establish a National "
                          "AI Capability Centre.", "2024-05-14")
    assert [(t.value, t.unit, t.year, t.metric) for t in got] == [(466.4, "million dollars", 2028, "")]
    assert extract_targets("The Law provides $7.5 billion for charging stations.", "2024-05-14") == []


@pytest.mark.parametrize(("text", "date", "want"), [
    # where things stood on a day of this year, and a figure said to fall short, are results (both were goals)
    ("经督查，截至9月30日，全省82个县（市、区）中有67个完成年度农村公路建设任务，完成率81.7%；排名后5位的县"
     "（市、区）平均完成进度仅为52.4%，相关负责同志已被约谈。", "2025-10-15", []),
    # 年底前 with no year is this year's end (was no year); a named year's and next year's are theirs
    ("下一步，将深入实施专项行动，确保年底前高校毕业生去向落实率不低于90%。", "2025-09-18", [(90, "%", 2025, ">=")]),
    ("明年底前，全市5G基站达到6万个。", "2025-09-18", [(6, "万个", 2026, "=")]),
])
def test_status_on_a_day_falling_short_and_this_years_end(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # each phase dated by the deadline that closes its own part (phase two took phase one's 2027)
    ("项目分两期建设：一期部署智能算力3000PFLOPS，计划于2027年6月30日前建成投运；二期新增智能算力5000PFLOPS，"
     "计划于2028年12月31日前建成投运。", "2026-07-16", [(3000, "PFLOPS", 2027, "="), (5000, "PFLOPS", 2028, "=")]),
    # what is planned right before the cue is a goal (was none)
    ("公司将采用国产与进口算力芯片相结合的配置方案，项目国产算力芯片占比计划不低于50%。", "2026-07-16",
     [(50, "%", None, ">=")]),
    # a province's plan quoted in a company's announcement, and what the company expects its accounts to show, are
    # none of its goals
    ("江苏省人民政府办公厅印发的《江苏省算力基础设施高质量发展行动方案（2025—2027年）》提出，到2027年全省算力规模"
     "超过50EFLOPS。", "2026-07-16", []),
    ("短期内将增加公司资本性支出，预计公司资产负债率将由2026年6月30日的41.3%上升至55%左右。", "2026-07-16", []),
    # a lead time cut to so many years (years were no unit of a time cut)
    ("The aim is to cut the standard lead time for connecting data centers of 100 MW or more to 5 years or less by "
     "FY2030.", "2026-06-30", [(5, "years", 2030, "<=")]),
    # what a group may use is an allowance; courses (门) are counted, 共建 builds
    ("到2030年，平台算力规模不低于1000PFLOPS，科研课题组每年可免费使用不超过2万卡时，超出部分按成本价收费。",
     "2026-04-21", [(1000, "PFLOPS", 2030, ">=")]),
    ("到2030年，建设全英文授课课程不少于20门，共建联合实验室10个以上。", "2026-04-21",
     [(20, "门", 2030, ">="), (10, "个", 2030, ">=")]),
])
def test_an_announcements_and_a_university_plans_goals(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # where a company stood on a day gone by, whatever year the sentence before named (both were 2030 goals)
    ("根据第三方机构测算，2030年有望超过6000亿元。公司现有智算中心平均上架率保持在85%以上，截至2026年6月30日，"
     "公司已签约但尚未交付的算力服务订单对应算力规模约1200PFLOPS。", "2026-07-16", []),
    ("截至2025年6月底，全市已建成5G基站3万个，到2027年将达到6万个。", "2026-07-16", [(6, "万个", 2027, "=")]),
    # what an existing framework provides, said in a relative clause, is no goal; a goal's part after "which
    # includes" still is
    ("Support under the Framework, which provides public support of more than 10 trillion yen through FY2030, will be "
     "prioritized for projects that are consistent with the Basic Policy.", "2026-06-30", []),
    ("The plan will unlock 3.87 million new homes by 2031, which includes a minimum of 2 million new homes.",
     "2024-04-16", [(3.87, "million new homes", 2031, "="), (2, "million new homes", 2031, ">=")]),
])
def test_where_things_stood_and_what_a_framework_provides(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want
