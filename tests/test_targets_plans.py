"""A Chinese plan's period, read from its title, dates its undated counts; what a grant is for is no goal; a
growth rate's metric says it grows."""

from __future__ import annotations

import pytest

from ingest.plan_period import plan_horizon
from ingest.targets import extract_targets


@pytest.mark.parametrize("title, want", [
    ("湖北省国民经济和社会发展第十五个五年规划纲要", 2030),
    ("“十五五”数字经济发展规划", 2030),
    ("上海市加快智能算力基础设施建设行动方案（2026—2028年）", 2028),
    ("关于印发《2026年浙江省人工智能产业发展工作要点》的通知", 2026),
    ("广州市推进家庭医生签约服务高质量发展实施方案", None),  # no period
    ("2025年杭州市国民经济和社会发展统计公报", None),  # a report, no plan
    ("广州市天河区2026年小学招生工作通知", None),
])
def test_a_plans_period_from_its_title(title, want):
    assert plan_horizon(title) == want


def _got(text: str, horizon: int | None = None) -> list[tuple]:
    return [(t.value, t.year, t.comparator) for t in extract_targets(text, "2026-02-06", horizon=horizon)]


def test_a_plans_undated_counts_are_due_by_its_end():
    text = "01　“人工智能+制造”：建设智能工厂200家，打造行业大模型应用标杆场景100个。"
    assert _got(text) == []  # undated, outside a plan: nothing says by when
    assert _got(text, 2030) == [(200, 2030, "="), (100, 2030, "=")]
    # its own year still dates it, and what is done or capped is still none
    assert _got("新增智能算力10EFLOPS，2027年建成投用。", 2030) == [(10, 2027, "=")]
    assert _got("“十四五”时期，全省建成5G基站16.8万个。", 2030) == []
    assert _got("目前全市已建成智算中心5个。", 2030) == []
    assert _got("对单个项目给予最高500万元补助。", 2030) == []


def test_what_a_grant_is_for_is_no_goal():
    text = "对新建智能算力规模达到500PFLOPS以上且PUE不高于1.25的智算中心，按设备投资的10%给予最高5000万元补助。"
    assert _got(text) == [] and _got(text, 2028) == []
    assert _got("到2027年，新建智能算力规模达到500PFLOPS以上。") == [(500, 2027, ">=")]


def test_a_growth_rates_metric_says_it_grows():
    (target,) = extract_targets("“十五五”期间，全省数字经济核心产业增加值年均增长10%以上。", "2026-02-06")
    assert target.metric == "全省数字经济核心产业增加值年均增长"


def _section_years(texts: list[tuple[str, str]]) -> list[list]:
    from ingest.tag import tag_clauses
    from ingest.types import Clause

    clauses = [Clause(f"d-{i}", "d", heading, heading, text, 0, 1, headings=[heading])
               for i, (heading, text) in enumerate(texts)]
    tag_clauses(clauses, "2026-03-31")
    return [[t.year for t in c.targets] for c in clauses]


def test_a_sections_stated_term_dates_its_undated_goals():
    # a 绩效目标表 under an annex that states its term: its rows are due by the term's end (were undated)
    got = _section_years([
        ("附件2", "专项名称：省级工业发展资金 实施期限：2026年1月1日至2026年12月31日"),
        ("附件2", "年度总体目标：支持建设智能算力中心12个，新增智能算力规模8000PFLOPS。"),
        ("附件2", "1 | 产出指标 | 数量指标 | 支持智能算力中心数量 | ≥12个"),
        # another section is no part of that term
        ("二、支持方向", "本批资金预计支持企业和机构480家以上。"),
    ])
    assert got == [[], [2026, 2026], [2026], [None]]


def test_a_stated_term_does_not_date_what_comes_before_it():
    got = _section_years([("附件1", "年度总体目标：支持建设智能算力中心12个。"),
                          ("附件1", "项目周期：2025—2027年")])
    assert got == [[None], []]


def test_a_speechs_part_that_praises_last_years_work_reports_results():
    # a 讲话's "一、充分肯定成绩" of March 2026 looks back on 2025: its 全年 figures are results (were dated 2026)
    got = _section_years([
        ("一、充分肯定成绩，进一步坚定发展信心", "全年人工智能核心产业规模达到512亿元，人工智能企业达到486家。"),
        ("三、聚焦重点任务，奋力实现全年目标", "全年人工智能核心产业规模突破700亿元。"),
    ])
    assert got == [[], [2026]]


def test_a_plans_yearly_counts_and_voucher_caps_are_not_due_by_its_end():
    # a yearly count is each year's, no one year's (was the plan's last year)
    assert _got("每年完成适配迁移的模型和应用不少于100个。", 2028) == [(100, None, ">=")]
    # a voucher budget's ceiling and a cap raised are no goals
    assert _got("单个企业年度补贴最高300万元，年度算力券总额不超过1.5亿元。", 2028) == []
    assert _got("与现行政策相比，补贴比例由15%提高至20%，单个企业上限由200万元提高至300万元。", 2028) == []
    # what the plan spends on vouchers is still its goal
    assert _got("今年市级财政安排算力券2亿元。", 2028) == [(2, 2026, "=")]


def test_a_plan_a_compilations_heading_names_dates_its_undated_counts():
    got = _section_years([
        ("四、某区大模型应用场景开放三年行动方案（2026—2028年）", "推动龙头企业开放质量检测等场景不少于30个。"),
        ("一、某区促进人工智能产业发展若干措施", "推动龙头企业开放质量检测等场景不少于30个。"),
    ])
    assert got == [[2028], [None]]
