"""Target extraction: goal forms (imperatives, that-clauses), ranks, currencies, units and paragraph numbers."""

import pytest

from ingest.tag import tag_text
from ingest.targets import extract_targets

DATE = "2025-03-01"


def _goals(text, date=DATE):
    return [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "unit"), [
    ("The government will invest KRW 494 billion in AI computing in 2025.", "billion KRW"),
    ("The government will invest 494 billion won in AI computing in 2025.", "billion won"),
    ("The government will invest ₩494 billion in AI computing in 2025.", "billion KRW"),
])
def test_the_korean_won_is_a_currency_and_its_sum_is_funding(text, unit):
    result = tag_text(text, date=DATE)
    assert [(t.value, t.unit, t.year) for t in result.targets] == [(494, unit, 2025)]
    assert "funding" in result.tags


def test_a_sum_in_yen_or_crore_is_funding():
    assert "funding" in tag_text("METI will invest 100 billion yen through GENIAC by FY2026.").tags
    assert "funding" in tag_text("The Cabinet allocated ₹10,372 crore to the IndiaAI Mission.").tags


def test_won_the_verb_is_no_currency():
    assert _goals("The team won 3 awards by 2025.") == []


def test_a_paragraph_number_opening_its_line_is_no_quantity():
    assert _goals("3.2 This Plan shall be reviewed by the end of FY2028.") == []
    assert _goals("1.5 GW of solar capacity will be built by 2030.") == [(1.5, "GW", 2030, "=")]


@pytest.mark.parametrize(("text", "want"), [
    ("Secure 10,000 GPUs by 2025.", [(10000, "GPUs", 2025, "=")]),
    ("The Ministry will reskill 100,000 workers by 2027.", [(100000, "workers", 2027, "=")]),
    # an object of more than eight words before "to"
    ("Increase the share of domestic AI semiconductors in public data centres to 50% by 2030.",
     [(50, "%", 2030, "=")]),
])
def test_imperatives_and_long_objects(text, want):
    assert _goals(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Harnessing Digital sets the target that 75% of enterprises will have adopted cloud computing by 2030.",
     [(75, "%", 2030, "=")]),
    ("Our ambition is that 50 per cent of all journeys in towns and cities are cycled or walked by 2030.",
     [(50, "%", 2030, "=")]),
])
def test_a_share_a_goal_names_in_a_that_clause(text, want):
    assert _goals(text) == want


@pytest.mark.parametrize("text", [
    "Korea will join the top three AI powers (AI G3) by 2027.",
    "Korea aims to rank among the world's top three AI powers by 2027.",
])
def test_a_rank_is_no_count(text):
    assert _goals(text) == []


def test_top_the_verb_still_surpasses():
    assert _goals("Investment will top 100 billion dollars by 2027.") == [(100, "billion dollars", 2027, ">")]


def test_a_latency_cut_in_milliseconds():
    assert _goals("到2025年，算力中心间网络时延降至20毫秒以内。") == [(20, "毫秒", 2025, "<=")]
    # a latency bound with no verb of cutting ("低于 1 ms") is a goal; a wait for a procedure is none
    assert _goals("到2026年，节点间单向网络时延低于1毫秒。") == [(1, "毫秒", 2026, "<")]
    assert _goals("申请人应在30天内提交材料。") == []


def test_a_multiplier_after_a_modal_measures_its_object_not_the_subject():
    (t,) = extract_targets("Ireland will triple its available GPU capacity by 2026.", DATE)
    assert (t.value, t.year, t.metric) == (3, 2026, "available GPU capacity")
    (t,) = extract_targets("Ireland's compute capacity will double by 2026.", DATE)
    assert t.metric == "Ireland's compute capacity"


def test_a_cue_far_before_its_figure_with_a_bracketed_aside_in_its_object():
    text = ("Raise the share of domestic AI semiconductors (NPUs) in public-sector AI data centres to 50% by 2030.")
    assert _goals(text) == [(50, "%", 2030, "=")]


def test_a_baseline_of_a_goal_is_no_goal():
    text = ("Strategic Objective 2.3: By September 30, 2026, increase the number of health centers offering integrated "
            "behavioral health services to 1,450, from a baseline of 1,120 in FY 2022.")
    assert [(v, y) for v, _, y, _ in _goals(text, "2022-03-28")] == [(1450, 2026)]


def test_a_claim_given_to_others_and_denied_is_no_goal():
    assert _goals("有观点认为，到2030年我国人工智能核心产业规模将突破10万亿元，这不是政策目标。") == []
    assert _goals("到2030年，我国人工智能核心产业规模将突破10万亿元。") == [(10, "万亿元", 2030, ">")]


def test_a_year_opening_the_next_clause_does_not_date_a_yearly_goal():
    assert _goals("每年培养人工智能相关专业毕业生20万人以上，到2030年实现中小学人工智能教育全覆盖。") == [
        (20, "万人", None, ">=")]


def test_an_eligibility_rule_closing_with_de_is_no_goal():
    assert _goals("申请家庭人均住房建筑面积低于15平方米，且家庭人均年可支配收入低于上年度本市平均水平的，"
                  "可申请公共租赁住房。") == []


@pytest.mark.parametrize(("text", "want"), [
    ("每年发布应用场景清单，面向社会开放不少于一百个应用场景。", [(100, "个", None, ">=")]),
    ("设立规模不低于一百亿元的人工智能产业子基金。", [(100, "亿元", None, ">=")]),
])
def test_a_statutes_standing_commitment_with_no_year(text, want):
    assert _goals(text) == want


def test_what_a_firm_must_spend_is_no_standing_commitment():
    assert _goals("企业研发投入不低于500万元。") == []


def test_the_next_item_of_what_one_verb_makes_in_its_own_unit():
    found = _goals("到2027年，全市智能算力规模由2024年的5000P提升至2万P，国产芯片占比达到60%，"
                   "培育企业200家、人才1万名。")
    assert found[-2:] == [(200, "家", 2027, "="), (1, "万名", 2027, "=")]


def test_a_cap_on_what_may_be_spent_is_no_goal():
    assert _goals("No more than 5% of the fund may be used for administrative costs by 2027.") == []
    assert _goals("By 2030, emissions will be no more than 50 Mt.") == [(50, "Mt", 2030, "<=")]


def test_translated_plan_goal_forms():
    (t,) = extract_targets("By 2027, the PUE of new large data centres will be reduced to below 1.25.", DATE)
    assert (t.value, t.year, t.comparator, t.metric) == (1.25, 2027, "<", "PUE of new large data centres")
    (t,) = extract_targets("By the end of 2026, the network latency between hub nodes will be kept within 20 "
                           "milliseconds.", DATE)
    assert (t.value, t.unit, t.year, t.comparator) == (20, "milliseconds", 2026, "<=")
    (t,) = extract_targets("By 2027, the scale of computing power will double compared with 2024.", DATE)
    assert (t.value, t.year, t.metric) == (2, 2027, "scale of computing power")
    (t,) = extract_targets("The Government will invest more than $1 billion over the next five years in AI compute.",
                           DATE)
    assert t.metric == "invest in AI compute"


@pytest.mark.parametrize("text", [
    "有评论预计人工智能可令本港生产总值增加10%，这并非政府目标。",
    "有評論預計人工智能可令本港生產總值增加10%，這並非政府目標。",
    "Some commentators have claimed the Commonwealth will spend $1 billion on AI by 2027; no such commitment is "
    "made by this Order.",
    "Reports that the ministry will build 50 data centres by 2030 are inaccurate.",
    "The target of 1 million AI-skilled workers by 2030 set by the previous government has been abandoned.",
    "WHEREAS, more than 40 percent of Virginia employers report plans to adopt AI tools by 2027; and",
    "Agencies shall not spend more than $5 million in total on AI pilot programs in fiscal year 2026 without the "
    "approval of the Secretary.",
])
def test_claims_denials_recitals_and_spending_caps_set_no_goal(text):
    assert [t.value for t in tag_text(text, date="2026-02-10").targets] == []


def test_a_plain_commitment_beside_those_is_still_a_goal():
    assert _goals("The ministry will build 50 data centres by 2030.", "2026-02-10") == [(50, "centres", 2030, "=")]


def test_a_share_that_adopts_and_a_count_implemented_this_year():
    assert _goals("目标是在2027年年底前，80%的政府部门采用生成式人工智能工具。", "2026-02-10") == [(80, "%", 2027, "=")]
    assert _goals("全年实施省级人工智能重大科技专项30项。", "2026-02-10") == [(30, "项", 2026, "=")]
    # a number inside a quoted programme name is part of the name
    assert _goals("深化合作，实施“千人百家”淬炼提升工程。", "2026-02-10") == []


def test_set_15_shapes_fiscal_year_a_span_of_years_and_a_density():
    assert _goals("Japan aims to reduce its greenhouse gas emissions by 46 percent in fiscal year 2030 from its "
                  "fiscal 2013 levels.", "2021-04-22") == [(46, "%", 2030, "=")]
    assert [(v, y) for v, _, y, _ in _goals("The government will supply 2.7 million homes nationwide over five years "
                                            "from 2023 to 2027.", "2023-05-01")] == [(2.7, 2027)]
    # a density's denominator is no goal
    assert [v for v, *_ in _goals("The state health policy targets 10 doctors per 10,000 population in rural "
                                  "districts by 2028, up from 6.2 today.")] == []
