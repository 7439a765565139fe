"""Goal shapes read since set 21: where things stand and who proposes, a procedure's quota, deadlines written
"not later than", a deadline of each goal's own, a plan due before its goal, items that name what they
measure, income growth, and more verbs and densities."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str = "2025-06-01") -> list[tuple]:
    return [(t.value, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize("text", [
    # where things stand now, heading the sentence, then a figure after a comma (a goal word elsewhere in the text)
    "截至目前，全省已开通5G基站12万个，千兆光网覆盖率达到95%。下一步将继续推进，力争实现城乡全覆盖。",
    "截止当前，我区已建成充电桩3000个，公共充电桩车桩比达到2.5。全区将按照目标要求加快建设。",
    # a part of the year gone by, with its change on the year before: statistics
    "今年上半年，全市规模以上工业增加值达1250亿元，同比增长6.8%。",
    "1—10月，全省集成电路产量达到380亿块，比上年同期增长12%。",
    # a member's or an expert's suggestion, not the issuer's goal
    "全国人大代表张某建议，到2030年将职业院校人工智能课程覆盖率提高到80%。",
    "有专家在论坛上呼吁，到2028年全国算力规模达到500 EFLOPS。",
    # how many each may put forward: a quota of a procedure
    "请于2025年9月30日前报送材料，各地级市推荐的项目原则上不超过5个，每个单位限报不超过1项。",
])
def test_status_suggestions_and_quotas_are_no_goals(text):
    assert _got(text) == []


def test_a_goal_after_the_status_is_still_read():
    text = ("截至目前，全市已建成智算中心3个，智能算力规模达到2.5 EFLOPS。"
            "下一步，力争到2027年底全市智能算力规模突破20 EFLOPS。")
    assert _got(text) == [(20, 2027, ">")]
    # 力争 looking ahead in the same sentence keeps it a goal
    assert _got("今年一季度起，力争全年新增就业同比增长5%以上。") != []


def test_not_later_than_a_day_dates_the_goal():
    text = ("It shall be the goal of the State that, not later than June 30, 2029, not less than 90 percent of "
            "public schools have access to a connection of at least 1 gigabit per second.")
    assert _got(text)[:1] == [(90, 2029, ">=")]


def test_a_goal_with_its_own_deadline_before_the_next_goal_keeps_it():
    text = ("The plan sets a target of 80 per cent of rural premises having access to speeds of at least 100 "
            "Mbps by 2027, and 100 per cent by 2031.")
    assert [(v, y) for v, y, _ in _got(text)] == [(80, 2027), (100, 2031)]
    # with no deadline of its own, the goals still share the last one
    assert [y for _, y, _ in _got("The aim is to cut deaths by 40 percent and injuries by 25 percent by 2030.")] \
        == [2030, 2030]


def test_the_goal_of_a_plan_due_soon_has_no_year_of_that_deadline():
    text = ("Sec. 4. (a) Within 60 days of the date of this order, the Secretary of Energy shall develop a plan "
            "to deploy at least 5 gigawatts of new geothermal capacity on Federal lands.")
    assert _got(text) == [(5, None, ">=")]
    # what the order itself commits to within the deadline is dated by it
    assert _got("(b) Within 180 days of the date of this order, the Secretary shall establish at least 4 new "
                "test sites.") == [(4, 2025, ">=")]


def test_items_that_name_what_they_measure_under_at_least_the_following_targets():
    text = ("By 31 December 2030, Member States shall meet at least the following targets for collection: "
            "(a) collection of 80 % of portable batteries; (b) collection of 70 % of light vehicle batteries.")
    got = extract_targets(text, "2024-01-01")
    assert [(t.value, t.year, t.comparator) for t in got] == [(80, 2030, ">="), (70, 2030, ">=")]
    assert got[0].metric == "collection"


def test_income_growth_is_a_goal_an_income_limit_is_not():
    assert _got("到2027年，城乡居民人均可支配收入年均增长6%以上。") == [(6, 2027, ">=")]
    assert _got("申请家庭人均月收入低于当地最低工资标准的，可申请补助。") == []


def test_more_making_verbs_and_a_density_standard():
    assert _got("到2026年，全市开通定制公交线路50条，部署智能信号灯2000套。") == [(50, 2026, "="), (2000, 2026, "=")]
    assert _got("到2028年，城区公共充电桩密度不低于每平方公里8个。") == [(8, 2028, ">=")]
    # a benefit raised per person per month is a standard paid, no goal
    assert _got("2026年起，城乡低保标准提高至每人每月900元。") == []


def test_a_target_in_a_currency_code_over_the_next_years():
    text = ("The two governments set a new target of JPY 5 trillion in private investment over the next ten years, "
            "with AI among the priority sectors.")
    (t,) = extract_targets(text, "2026-08-28")
    assert (t.value, t.unit, t.year) == (5, "trillion JPY", 2036)


def test_the_goal_of_a_gerund_and_the_object_of_an_intent():
    got = _got("The two sides set the goal of exchanging 200,000 students between the two countries over the next "
               "five years.", "2026-08-28")
    assert got == [(200000, 2031, "=")]  # "the two countries" is no figure that ends the goal's reach
    got = _got("Japan intends to host 800 Indian researchers for joint projects in Japanese laboratories by 2029, and "
               "India intends to train 40,000 chip designers.", "2026-08-28")
    assert got == [(800, 2029, "="), (40000, None, "=")]
    # a day an event happens is no deadline, and a count of things already named is none
    assert _got("The Office will hold two virtual listening sessions in March 2026 and expects to deliver its report "
                "to the Minister by July 2026.", "2026-02-01") == []


@pytest.mark.parametrize("text", [
    "对企业购买算力服务按30%给予补贴，其中使用国产芯片算力的补贴比例提高至45%。",  # the rate a grant pays
    "14 | 作为主要负责人主持建设参数规模1000亿以上的大模型 | 30",  # a points table's criterion
    "高层次人才每年可安排1次免费健康体检。",  # how often a benefit is given
])
def test_grant_rates_scoring_criteria_and_benefits_are_no_goals(text):
    assert _got(text, "2026-04-03") == []


def test_a_pool_of_people_is_one_thing_sized_by_its_headcount():
    assert _got("到2028年，带动形成规模超过3万人的集成电路人才队伍。", "2026-04-03") == [(3, 2028, ">")]
    # firms picked by their size are still what is counted
    assert _got("到2027年，培育营收超百亿元的龙头企业20家。", "2026-04-03") == [(20, 2027, "=")]


def test_a_budget_drafts_year_dates_its_figures_and_its_execution_section_reports():
    from ingest.plan_period import plan_horizon, review_year

    title = "关于某市2025年预算执行情况与2026年预算草案的报告"
    assert plan_horizon(title) == 2026  # the draft's year, not the year executed
    assert review_year(["一、2025年预算执行情况"], "2026-01-13") == 2025
    got = [(t.value, t.year) for t in extract_targets("市级一般公共预算收入预期目标为300亿元，增长3%。", "2026-01-13",
                                                       horizon=plan_horizon(title))]
    assert got == [(300, 2026), (3, 2026)]


@pytest.mark.parametrize(("text", "metric"), [
    # what a change brings down to a bound, not the last words before "to"
    ("(b) lower the average cost of cloud compute for small firms to not more than $2 per GPU-hour by 2028.",
     "average cost of cloud compute for small firms"),
    # a level stated in a relative clause: the noun phrase it is of
    ("Setting a national target for the share of public buses running on electricity, which shall be no less than "
     "60% by 2030.", "share of public buses running on electricity"),
    # a share of what a verb sources or uses: what it is of
    ("New data centres shall source at least 70 per cent of their electricity from renewables by 2029.",
     "electricity from renewables"),
    # a row's imperative counts people or things: they, not the verb
    ("Skills programme: train and place 4,000 mid-career workers | $90 million | By 2028", "mid-career workers"),
])
def test_a_goals_metric_names_what_is_measured_not_a_verb(text, metric):
    (t,) = extract_targets(text, "2026-01-01")
    assert t.metric == metric


@pytest.mark.parametrize(("row", "want"), [
    ("1 | 产出指标 | 数量指标 | 支持建设数据中心数量 | ≥8个", [(8, None, ">=")]),
    ("6 | 产出指标 | 质量指标 | 新建数据中心PUE | ≤1.3", [(1.3, None, "<=")]),
    ("10 | 满意度指标 | 服务对象满意度指标 | 受益单位满意度 | ≥85%", [(85, None, ">=")]),
    # a deadline cell, a table of sums and a score are no standards
    ("7 | 产出指标 | 时效指标 | 资金下达时间 | 2026年10月31日前", []),
    ("1 | 成都市 | 9000 | 4800 | 6200", []),
])
def test_a_performance_goal_tables_rows_set_standards(row, want):
    assert _got(row, "2026-03-27") == want


def test_strive_governs_its_own_part_or_the_whole_sentence_from_its_opening():
    got = _got("到2030年，全市地区生产总值力争达到2万亿元，研发经费投入强度达到5%。", "2026-01-18")
    assert [c for *_, c in got] == ["~", "="]  # the next part's plain goal is plain
    got = _got("争取明年新增高技能人才3万人，培训农民工10万人次。", "2026-01-18")
    assert [c for *_, c in got] == ["~", "~"]  # 争取 opening the sentence governs it all


def test_more_making_verbs_and_a_share_pushed_for():
    got = _got("2026年，推动800家规模以上工业企业应用工业互联网，开放公共数据集150个以上。", "2026-01-18")
    assert got == [(800, 2026, "="), (150, 2026, ">=")]
    # a share a measure pushes for is still read as a share's goal, not a count made
    (t,) = extract_targets("推动二级以上医院预留20%的号源给基层医疗卫生机构。", "2026-01-18")
    assert (t.value, t.unit) == (20, "%")


def test_a_spec_of_the_things_counted_is_no_goal_and_does_not_cut_the_goals_reach():
    assert _got("At least 4 open models of more than 50 billion parameters trained in European languages by 2028.",
                "2026-03-01") == [(4, 2028, ">=")]
    # where the things are to be shares the deadline after it
    assert _got("At least 6 testing facilities operational in at least 10 Member States by 2027.", "2026-03-01") == [
        (6, 2027, ">="), (10, 2027, ">=")]


def test_what_a_relative_share_is_and_the_things_of_a_phrasal_verb():
    (_, share) = extract_targets("At least 10 000 teachers trained by 2029, of whom at least 50% women.", "2026-03-01")
    assert share.metric == "women"
    (t,) = extract_targets("At least 40 chip designs taped out by start-ups by the end of 2029.", "2026-03-01")
    assert t.metric == "chip designs" and t.unit.endswith("designs")


def test_a_figure_that_was_done_and_others_targets_in_a_survey_are_no_goals():
    assert _got("More than 80% of advanced memory chips were manufactured in two economies in 2025.",
                "2026-03-01") == []
    text = ("National targets vary widely: Japan aims to build up to three AI supercomputers, and Brazil has announced "
            "that it will secure 10 000 GPUs by 2030.")
    assert _got(text, "2026-03-01") == []
    # a government's own commitment stays one
    assert _got("The Government will secure 10 000 GPUs by 2030.", "2026-03-01") == [(10000, 2030, "=")]


def test_a_target_named_by_what_it_funds():
    (t,) = extract_targets("The Assembly decides to establish the Fund, with an initial funding target of 2 billion "
                           "United States dollars by 2030.", "2026-03-01")
    assert t.metric == "initial funding"


def test_access_to_a_measure_of_compute_is_measured_by_the_compute():
    got = extract_targets("The programme will secure access to at least 120 petaflops of AI-capable compute for "
                          "researchers by 30 June 2028.", "2026-03-01")
    assert [(t.value, t.metric) for t in got] == [(120, "AI-capable compute")]
    (t,) = extract_targets("Providing agencies with access to at least 1,500 GPU-equivalents of shared compute by "
                           "December 31, 2027.", "2026-03-01")
    assert t.metric == "shared compute"


def test_an_audit_of_a_years_budget_reports_results():
    from ingest.metadata import reported_year

    title = "关于某市2025年度市级预算执行和其他财政收支的审计工作报告"
    assert reported_year(title, "2026-06-25") == 2025
    period = reported_year(title, "2026-06-25")
    for text in ("全年安排科学技术支出40.2亿元，增长12.1%。",
                 "该措施提出，到2025年底全市智能算力规模达到4000PFLOPS。审计发现："):
        assert extract_targets(text, "2026-06-25", period=period) == [], text
    # what the report asks for next is still a goal
    assert [(t.value, t.year) for t in extract_targets("2026年底前完成整改资金拨付2亿元。", "2026-06-25",
                                                       period=period)] == [(2, 2026)]


@pytest.mark.parametrize("text", [
    # a past result with "had" and a participle, and its next figure
    "By the end of 2025 the Pilot had supported more than 400 projects, drawing on more than 20 private partners.",
    # what proposers of a track must commit to
    "(3) Track 2 proposers must commit at least 70 percent of the system's capacity to the national allocation.",
    # how a sum is split
    "Anticipated Funding Amount: $80,000,000, of which approximately $50,000,000 is for Track 1 awards and "
    "approximately $30,000,000 for Track 2.",
])
def test_results_proposers_conditions_and_a_sums_split_are_no_goals(text):
    assert _got(text, "2026-01-15") == []


def test_a_part_the_text_commits_to_after_of_which_is_a_goal():
    text = "By 2026, the city's chip industry will exceed RMB 200 billion, of which packaging will reach RMB 30 billion"
    assert _got(text, "2024-01-01") == [(200, 2026, ">"), (30, 2026, "=")]


def test_what_a_first_phase_built_in_a_year_gone_is_no_goal():
    assert _got("项目一期于2023年12月建成投运，建成智能算力80PFLOPS。", "2026-03-01") == []
    # a goal after it, under 目标, stays
    assert _got("一期已于2024年12月启用，目标于2025年底前整体算力达到2000 PFLOPS。", "2025-01-15") == [
        (2000, 2025, "=")]


def test_of_whom_names_where_the_share_is():
    got = extract_targets("NSF aims to serve at least 8,000 researchers each year by fiscal year 2028, of whom at "
                          "least 30 percent should be at minority-serving institutions.", "2026-01-15")
    assert got[-1].metric == "at minority-serving institutions"


def test_a_month_a_phase_is_to_be_completed_in_dates_its_goals():
    assert _got("二期计划于2027年6月建成投运，新增智能算力300PFLOPS。", "2026-03-01") == [(300, 2027, "=")]
    # a month gone by, the same words: what was built
    assert _got("一期于2024年6月建成投运，建成智能算力60PFLOPS。", "2026-03-01") == []
