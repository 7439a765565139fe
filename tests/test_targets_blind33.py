"""Shapes of goals a blind set of sentences (bench/targets-text-33.jsonl) found missed or misread: a target "that",
by a date, a share; a modal after "A&E"; a target of "up to"; a rate "an average of" between two years and the
part of it "including"; a plan's years in brackets; research income; a company's "commits that"; a name's
number ("Level 2"); a body that "expects" a figure."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str) -> list[tuple]:
    return [(t.value, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "date", "want"), [
    # a target "that", its deadline after a comma (was none)
    ("The strategy sets the target that, by 2030, 75% of adults will have basic digital skills.", "2022-02-01",
     [(75, 2030, "=")]),
    # a modal after a word with "&" (was none)
    ("By March 2027, 80% of patients attending A&E should be seen within four hours.", "2025-01-30",
     [(80, 2027, "=")]),
    # "a target of up to" is a goal's ceiling, not what one may get (was none); the parts "including" it
    ("The plan sets a target of up to 70% of electricity from renewables by 2030, including 5 GW of offshore wind.",
     "2023-12-20", [(70, 2030, "<="), (5, 2030, "=")]),
    ("Firms may receive a grant of up to $50,000.", "2023-12-20", []),
    # a rate "an average of" over years "between", and a part of it "including" (were none)
    ("The plan aims to deliver an average of 30,000 homes per year between 2022 and 2030, including 80,000 social "
     "homes over the period.", "2021-09-02", [(30000, 2030, "="), (80000, 2030, "=")]),
    # a plan's years in brackets after its name date its goals (were none)
    ("Over the life of this strategy (2025–2030), the trust will reduce its average length of stay to 4.5 days.",
     "2024-03-28", [(4.5, 2030, "=")]),
    ("Between 2015 and 2020, emissions fell by 12 percent.", "2024-03-28", []),
    # research income is a university's goal, a household's income a means test
    ("By 2030, the University will increase research income to £300 million a year.", "2023-09-18",
     [(300, 2030, "=")]),
    ("Households with an income below £30,000 a year qualify.", "2023-09-18", []),
    # a company's "commits that" names the share it commits to (was none)
    ("The company commits that 70% of its suppliers will have science-based targets by 2027.", "2023-07-11",
     [(70, 2027, "=")]),
    # a name's number is no count, and does not cut the goal from its year ("Level 2": was dated 2050)
    ("The City will reach net zero by 2050, install 800 public Level 2 charging ports by 2027, and plant 5,000 trees "
     "by 2030.", "2023-11-14", [(800, 2027, "="), (5000, 2030, "=")]),
    # what a named body expects is its forecast (was a goal)
    ("The IEA expects global electricity demand to grow by close to 4% a year through 2027.", "2025-02-14", []),
    ("The Government expects to train 5,000 nurses by 2027.", "2025-02-14", [(5000, 2027, "=")]),
])
def test_english_shapes(text, date, want):
    assert _got(text, date) == want


def test_a_work_report_s_rationale_restates_its_goals():
    # outside test round 31: the rationale under a work report's goals counted its 5% a second time
    assert extract_targets("提出上述预期目标，主要考虑是：经济增长5%左右的目标，与全国目标相衔接。", "2025-01-19") == []
    found = extract_targets("2025年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。", "2025-01-19")
    assert [(t.value, t.year, t.comparator) for t in found] == [(5, 2025, "~")]
    # a share cut before a metric leaves no 的 on it
    found = extract_targets("年内实现80%以上的县城污水处理率达到95%。", "2025-01-19")
    assert [(t.value, t.metric) for t in found] == [(95, "县城污水处理率")]


@pytest.mark.parametrize(("text", "want"), [
    # a range with its scale twice and its unit once: both ends (was the low end, in 亿)
    ("到2028年，园区集成电路产业规模达到600亿—800亿元。", [(600, "亿元", 2028, ">="), (800, "亿元", 2028, "<=")]),
    # the size of the projects counted keeps the count's 其中 (was none)
    ("今年全区招商引资工作目标为：引进亿元以上项目50个，其中10亿元以上项目6个。",
     [(50, "个", 2025, "="), (6, "个", 2025, "=")]),
    # a share a plan covers is its goal, not which units (was none)
    ("到2030年，运输机场100公里半径覆盖全省95%以上的县级行政单元。", [(95, "%", 2030, ">=")]),
    # a year's level a goal is measured against is no deadline (were dated 2019, a past year: none)
    ("到2027年，入境游客人次恢复并超过2019年水平，打造国际精品旅游线路20条以上。", [(20, "条", 2027, ">=")]),
    # a sum's class of firms counted right after it: the count (was the sum)
    ("三年内培育年产值超10亿元企业30家。", [(30, "家", 2028, "=")]),
])
def test_chinese_shapes(text, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, "2025-03-01")] == want


def test_a_press_release_s_past_announcement_and_work_under_way():
    # outside test round 31: the day of an announcement dated its goal, a consultation under way was a goal, and a
    # fund's preposition was its metric
    text = ("In February 2025, at the AI Action Summit, the President announced InvestAI, an initiative to mobilise "
            "€200 billion for investment in AI, including a new European fund of €20 billion for AI gigafactories.")
    assert [(t.value, t.year, t.metric) for t in extract_targets(text, "2025-04-09")] == [
        (200, None, "investment"), (20, None, "for AI gigafactories")]
    assert extract_targets("The Commission is launching two public consultations, open until 4 June 2025.",
                           "2025-04-09") == []
    assert [(t.value, t.year) for t in extract_targets("We are training 5,000 nurses by 2027.", "2025-04-09")] == [
        (5000, 2027)]
    assert [(t.value, t.year) for t in extract_targets("In 2026, we will train 5,000 nurses.", "2025-04-09")] == [
        (5000, 2026)]
