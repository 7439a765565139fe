"""Target extraction: a change from a baseline to a goal, deadlines written several ways, yearly counts."""

import pytest

from ingest.targets import extract_targets


def _goals(text, date="2024-05-09"):
    return [(t.value, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "want", "metric"), [
    # the baseline's approximation ("about") does not hide where the change goes
    ("The goal is to grow the national network of public EV chargers from about 130,000 in 2023 to 500,000 "
     "by 2030.", [(500000, 2030, "=")], "national network of public EV chargers"),
    ("The plan will raise the share of renewables from roughly 20% in 2020 to 45% by 2030.",
     [(45, 2030, "=")], "share of renewables"),
    # Chinese: the goal's year between the verb and the figure; the base year and level are no goal
    ("全市森林覆盖率由2023年的41.2%提高到2027年的43%。", [(43, 2027, "=")], "全市森林覆盖率"),
    ("研发投入强度由2020年的2.4%提高到2025年底的3%。", [(3, 2025, "=")], "研发投入强度"),
    ("到2025年，数字经济核心产业增加值占GDP比重由2020年的7.8%提升至10%以上。", [(10, 2025, ">=")],
     "数字经济核心产业增加值占GDP比重"),
])
def test_change_from_a_baseline_gives_the_level_it_goes_to(text, want, metric):
    found = extract_targets(text, "2022-05-09")
    assert [(t.value, t.year, t.comparator) for t in found] == want
    assert found[0].metric == metric


def test_a_year_whose_level_is_multiplied_is_no_deadline():
    # "达到2022年的1.1倍": 1.1 times 2022's level, reached in 2023, a past year for a text of 2024
    assert _goals("2023年全省森林覆盖率达到2022年的1.1倍。") == []
    # a multiple in Chinese numerals, 三倍, was dated by its base year, 2025
    assert _goals("到2030年，全省数字贸易进出口额较2025年翻一番，跨境电商交易额达到2025年的三倍。", "2025-08-20") == [
        (2, 2030, "="), (3, 2030, "=")]


@pytest.mark.parametrize(("text", "year"), [
    ("HM Land Registry aims to reduce the average time to complete an application to 12 days by end-2027.", 2027),
    # a financial year is due by its end, in its second year, as a school year is (it was named by its first)
    ("The Government aims to increase apprenticeship starts in England to 400,000 a year by 2030/31.", 2031),
    ("The Government aims to increase apprenticeship starts in England to 400,000 a year by 2030-31.", 2031),
    ("Ministers have pledged to double the number of digital apprenticeship starts by 2029–30.", 2030),
    # an Indian notification's day: "by the 31st March, 2028"
    ("The objectives of the scheme are to make available not less than 40,000 GPUs by the 31st March, 2028.", 2028),
])
def test_end_of_year_and_financial_year_date_a_goal(text, year):
    assert [g[1] for g in _goals(text)] == [year]


@pytest.mark.parametrize("text", [
    "The Government aims to increase apprenticeship starts to 400,000 by 2025-30.",  # a span, not one year
    "The Government aims to increase apprenticeship starts to 400,000 by 2030/05.",  # a date's month
])
def test_a_span_or_a_date_is_no_financial_year(text):
    assert [g[1] for g in _goals(text) if g[1] in (2025, 2030)] == []


def test_a_closing_deadline_dates_every_goal_of_its_sentence():
    text = "企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至80个工作日以内，2024年底前全面实现。"
    found = extract_targets(text, "2024-02-20")
    assert [(t.value, t.year, t.comparator) for t in found] == [(1, 2024, "<="), (80, 2024, "<=")]
    assert found[0].text == "压缩至1个工作日"  # its span does not run over the next goal to the year


def test_a_result_already_met_is_no_closing_deadline():
    assert _goals("企业开办时间压缩至1个工作日以内，2023年已全面实现。", "2024-02-20") == []


def test_a_count_of_times_is_a_quantity():
    assert _goals("2025年底前，企业和群众办事平均跑动次数不超过0.3次。", "2024-02-20") == [(0.3, 2025, "<=")]


def test_a_yearly_count_a_plan_makes_is_a_goal_but_not_a_yearly_sum():
    assert _goals("每年新增城镇就业岗位10万个以上，每年培训农村转移劳动力2万人次。", "2024-02-20") == [
        (10, None, ">="), (2, None, "=")]
    assert _goals("企业每年投入研发经费500万元。", "2024-02-20") == []
    # whom a plan supports each year is counted as whom it trains ("每年支持中小企业不少于2000家")
    assert _goals("每年支持中小企业不少于2000家。", "2024-02-20") == [(2000, None, ">=")]
    assert _goals("每年支持每家企业不超过100万元。", "2024-02-20") == []


def test_a_list_of_multipliers_shares_its_deadline_each_with_its_own_object():
    found = extract_targets("Our plan will double onshore wind, triple solar power and quadruple offshore wind "
                            "by 2030.", "2024-07-18")
    assert [(t.value, t.year, t.metric) for t in found] == [
        (2, 2030, "onshore wind"), (3, 2030, "solar power"), (4, 2030, "offshore wind")]


def test_multiplier_words_that_are_no_verbs_of_a_plan_give_nothing():
    assert _goals("Double taxation and triple counting are avoided.") == []


@pytest.mark.parametrize("text", [
    "For the purposes of this Regulation, 'large undertaking' means an undertaking which employs more than 250 "
    "persons and has an annual turnover exceeding EUR 50 million.",
    "'Frontier model' means a model trained using more than 10^26 operations.",
])
def test_a_definitions_threshold_is_no_goal(text):
    assert _goals(text) == []


def test_by_means_of_is_no_definition():
    assert _goals("By 2030, by means of public investment, the country will build at least 500 data centres.") == [
        (500, 2030, ">=")]


@pytest.mark.parametrize(("text", "year"), [
    # a horizon whose years are spelled out after it ends in the last of them, not the document's year plus three
    ("用三年时间（2025—2027年），培育国家级专精特新“小巨人”企业不少于100家。", 2027),
    ("Within three years (2025-2027), the city will train 10,000 AI engineers.", 2027),
    ("用三年时间，培育国家级专精特新“小巨人”企业不少于100家。", 2028),
])
def test_a_horizon_ends_in_the_years_it_spells_out(text, year):
    assert [g[1] for g in _goals(text, "2025-03-01")] == [year]


def test_a_closing_part_that_names_the_goals_year_dates_them():
    # "…达到92%、…达到65%，是我省2025年…的主要目标": the year after the goals, in the part that calls them that year's
    text = "农村自来水普及率达到92%、规模化供水工程覆盖农村人口比例达到65%，是我省2025年农村供水保障工作的主要目标。"
    assert _goals(text, "2024-12-25") == [(92, 2025, "="), (65, 2025, "=")]
    assert _goals("农村自来水普及率达到92%，比2020年提高5个百分点。", "2024-12-25") == []  # a base year dates none



def test_a_sum_over_years_that_end_in_the_documents_is_what_was_spent():
    # "2023年至2025年累计安排资金48.5亿元" in a people's congress report of November 2025 was a 2025 goal
    assert _goals("2023年至2025年累计安排资金48.5亿元，支持项目326个。", "2025-11-25") == []
    assert _goals("2024年至2027年累计培训数字技能人才10万人次。", "2025-11-25") == [(10, 2027, "=")]


def test_a_ceiling_on_what_is_allocated_is_no_goal():
    # "2026年，市财政拟安排算力券资金不超过1.5亿元" in a reply to a proposal was a 2026 goal of "at most 1.5亿元"
    assert _goals("2026年，市财政拟安排算力券资金不超过1.5亿元。", "2026-05-20") == []
    assert _goals("到2027年，政府债务余额控制在500亿元以内。", "2026-05-20") == [(500, 2027, "<=")]

