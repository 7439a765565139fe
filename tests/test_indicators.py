"""Goals in a table of indicators whose header row names the years (ingest/indicators.py)."""

from __future__ import annotations

from ingest.indicators import indicator_targets, milestone_targets
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.types import Block, Clause, Document

HEADER = "序号 | 指标名称 | 单位 | 2024年（基期） | 2025年 | 2026年 | 2027年"


def _goals(row: str, header: str = HEADER, date: str = "2025-01-06") -> list[tuple]:
    return [(t.value, t.unit, t.year, t.metric, t.comparator) for t in indicator_targets(row, header, date)]


def test_each_year_column_ahead_sets_a_goal_and_the_base_year_none():
    assert _goals("1 | 数字经济核心产业增加值 | 亿元 | 6305 | 6900 | 7400 | 8000") == [
        (6900, "亿元", 2025, "数字经济核心产业增加值", "="), (7400, "亿元", 2026, "数字经济核心产业增加值", "="),
        (8000, "亿元", 2027, "数字经济核心产业增加值", "=")]
    assert _goals("4 | 规上工业企业数字化改造覆盖率 | % | 85 | 90 | 95 | ≥98")[-1] == (
        98, "%", 2027, "规上工业企业数字化改造覆盖率", ">=")


def test_a_unit_in_the_indicator_s_brackets_is_its_unit():
    # "工业互联网标识解析注册量（亿个）| 45 | 60 | 100" gave 100 with no unit: a hundredth of the goal to a reader
    header = "指标 | 2023年（基期） | 2024年 | 2026年"
    assert _goals("工业互联网标识解析注册量（亿个） | 45 | 60 | 100", header, "2024-01-20") == [
        (60, "亿个", 2024, "工业互联网标识解析注册量", "="), (100, "亿个", 2026, "工业互联网标识解析注册量", "=")]
    assert _goals("算力规模(EFLOPS) | 2 | 3 | 5", header, "2024-01-20")[-1] == (5, "EFLOPS", 2026, "算力规模", "=")
    # brackets that qualify the name, and a unit column, leave the name as it is
    qualified = _goals("两化融合（贯标）企业 | 45 | 60 | 100", header, "2024-01-20")
    assert qualified[-1][1:4] == ("", 2026, "两化融合（贯标）企业")
    assert _goals("1 | 智能工厂（家） | 个 | 6305 | 6900 | 7400 | 8000")[-1][1:4] == ("个", 2027, "智能工厂（家）")


def test_a_target_column_counts_and_a_past_year_does_not():
    header = "指标 | 单位 | 2024年 | 2027年目标值 | 指标属性"
    assert _goals("端侧AI芯片自给率 | % | 15 | ≥40 | 预期性", header) == [(40, "%", 2027, "端侧AI芯片自给率", ">=")]
    talent = _goals("新增智能终端专业人才 | 万人 | — | 3 | 预期性", header)
    assert talent == [(3, "万人", 2027, "新增智能终端专业人才", "=")]
    # without the document's date, only a column marked as the base is passed over
    assert [g[2] for g in _goals("智能终端产业规模 | 亿元 | 900 | 1500 | 预期性", header, "")] == [2024, 2027]


def test_a_row_that_does_not_line_up_with_its_header_or_a_header_of_no_years_gives_nothing():
    assert _goals("1 | 数字经济核心产业增加值 | 亿元 | 6305 | 6900") == []
    assert _goals("1 | 建设算力平台 | 省科技厅 | 2025年底", "序号 | 重点任务 | 牵头单位 | 完成时限") == []
    assert _goals("2 | 说明 | 项 | 待定 | — | 见附件 | 定性") == []


def test_a_plans_table_of_indicators_gives_its_rows_their_goals_and_the_targets_tag():
    doc = Document(doc_id="hz", title="杭州市数字经济实施方案（2025—2027年）", lang="zh", date="2025-01-06", blocks=[
        Block("二、主要指标"), Block(HEADER), Block("1 | 数字经济核心产业增加值 | 亿元 | 6305 | 6900 | 7400 | 8000"),
        Block("2 | 集成电路产业营业收入 | 亿元 | 900 | 1000 | 1100 | 1200"),
        Block("三、重点任务"), Block("（一）打造通用大模型，支持龙头企业研发具有国际竞争力的通用大模型。")])
    clauses = tag_clauses(segment(doc), doc.date)
    rows = {c.path: c for c in clauses if c.targets}
    assert set(rows) == {"二 > 1", "二 > 2"}
    chips = rows["二 > 2"]
    assert "targets" in chips.tags and [(t.value, t.year) for t in chips.targets] == [(1000, 2025), (1100, 2026),
                                                                                      (1200, 2027)]
    assert chips.text[chips.targets[-1].start:chips.targets[-1].end] == "1200"


def test_a_row_of_milestones_is_dated_by_its_column_of_when():
    # "AIRR public compute reaches 20,000 GPU-equivalents | UKRI | 2027" under "Milestone | Owner | Date" gave nothing
    from ingest.indicators import milestone_targets

    header = "Milestone | Owner | Date"
    row = "AIRR public compute reaches 20,000 GPU-equivalents | UKRI | 2027"
    (goal,) = milestone_targets(row, header, "2025-07-17")
    assert (goal.value, goal.unit, goal.year, goal.metric) == (20000, "GPU-equivalents", 2027, "AIRR public compute")
    assert row[goal.start:goal.end] == goal.text == "reaches 20,000 GPU-equivalents"
    zh = milestone_targets("建成智算中心5个 | 市发展改革委 | 2026年底前", "任务 | 牵头单位 | 完成时限", "2025-01-01")
    assert [(t.value, t.year) for t in zh] == [(5, 2026)]
    # no column of when, or no year in it: nothing
    assert milestone_targets(row, "Milestone | Owner | Status", "2025-07-17") == []
    assert milestone_targets("Designate first AI Growth Zone | DSIT | Q4 2025", header, "2025-07-17") == []
    assert milestone_targets("Reach 5 sites | DSIT | ongoing", header, "2025-07-17") == []


def test_a_plans_annex_of_milestones_gives_its_rows_their_goals():
    doc = Document(doc_id="uk", title="Compute Roadmap", lang="en", date="2025-07-17", blocks=[
        Block("Annex A: Delivery milestones", kind="heading", level=2), Block("Milestone | Owner | Date"),
        Block("AIRR public compute reaches 20,000 GPU-equivalents | UKRI | 2027"),
        Block("AIRR public compute reaches 100,000 GPU-equivalents | UKRI | 2030")])
    clauses = tag_clauses(segment(doc), doc.date)
    assert [[(t.value, t.year) for t in c.targets] for c in clauses] == [[(20000, 2027)], [(100000, 2030)]]
    assert all("targets" in c.tags and c.headings[-1] == "Milestone | Owner | Date" for c in clauses)


def test_a_kpi_table_s_target_column_is_the_goal_by_its_target_year():
    # "Indicator | Baseline (FY2024) | Target | Target year": no goal was read; the baseline is none
    from ingest.indicators import milestone_targets

    header = "Indicator | Baseline (FY2024) | Target | Target year | Lead ministry"
    (t,) = milestone_targets("Generative AI use rate among individuals | 26.7% | 50% | FY2027 | Digital Agency",
                             header, "2025-12-23")
    assert (t.value, t.unit, t.year, t.metric) == (50, "%", 2027, "Generative AI use rate among individuals")
    (t,) = milestone_targets("Domestic compute capacity (ABCI) | 0.85 exaflops | 3 exaflops | FY2026 | METI", header,
                             "2025-12-23")
    assert (t.value, t.unit, t.year) == (3, "EFLOPS", 2026)
    assert milestone_targets("Trained professionals | 120,000 | - | FY2027 | MEXT", header, "2025-12-23") == []


def test_a_kpi_table_whose_header_names_a_baseline_year_sets_goals_through_segmenting():
    # "Baseline (FY2024)" kept the header row from being read as labels: it was a clause, and no row had a goal
    doc = Document(doc_id="kpi", title="AI Basic Plan", lang="en", date="2025-12-23", blocks=[
        Block("Table 1: Key Performance Indicators", kind="heading", level=2),
        Block("Indicator | Baseline (FY2024) | Target | Target year | Lead ministry"),
        Block("Generative AI use rate among individuals | 26.7% | 50% | FY2027 | Digital Agency"),
        Block("Domestic compute capacity (ABCI) | 0.85 exaflops | 3 exaflops | FY2026 | METI")])
    clauses = tag_clauses(segment(doc), doc.date)
    assert [[(t.value, t.year) for t in c.targets] for c in clauses] == [[(50, 2027)], [(3, 2026)]]


def test_a_factsheet_s_timeline_column_dates_each_initiative_by_its_end():
    doc = Document(doc_id="sg", title="Singapore to Invest", lang="en", date="2024-03-01", blocks=[
        Block("Annex A: Factsheet", kind="heading", level=2),
        Block("Initiative | Funding | Timeline"),
        Block("TeSA for AI: train and place 5,000 mid-career workers | $120 million | By 2028"),
        Block("AI Centres of Excellence: attract at least 10 new CoEs | $70 million | By 2029"),
        Block("Secure access to advanced compute for researchers | Up to $500 million | FY2024 – FY2028")])
    clauses = tag_clauses(segment(doc), doc.date)
    assert [[(t.value, t.year) for t in c.targets] for c in clauses] == [[(5000, 2028)], [(10, 2029)], [(500, 2028)]]


def test_a_summary_of_commitments_table_and_a_cell_that_is_only_a_level():
    doc = Document(doc_id="uk", title="AI Growth Zones", lang="en", date="2026-02-03", blocks=[
        Block("Table 1: Summary of commitments", kind="heading", level=2),
        Block("Commitment | Lead | Date"),
        Block("Train 10,000 technicians and engineers | Skills England | 2029"),
        Block("6 GW of AI-capable data centre capacity | DSIT | 2030")])
    clauses = tag_clauses(segment(doc), doc.date)
    assert [[(t.value, t.unit, t.year) for t in c.targets] for c in clauses] == [
        [(10000, "technicians", 2029)], [(6, "GW", 2030)]]
    assert clauses[1].targets[0].metric == "AI-capable data centre capacity"


def test_a_budget_s_financial_years_name_columns_and_a_kpi_s_unit_is_in_its_indicator_s_brackets():
    # "Baseline (2024–25)" and a header row of financial years were clauses, and the KPI table set no goal
    doc = Document(doc_id="au", title="Budget measure", lang="en", date="2025-03-25", blocks=[
        Block("Payment ($m)", kind="heading", level=3),
        Block("2024–25 | 2025–26 | 2026–27 | 2027–28 | 2028–29"),
        Block("CSIRO | - | 4.0 | 4.0 | 4.0 | 4.0"),
        Block("Table 1: Key performance indicators", kind="heading", level=3),
        Block("Indicator | Baseline (2024–25) | Target | Target year"),
        Block("Share of SMEs using AI | 35% | 60% | 2028–29"),
        Block("Sovereign AI compute (petaflops) | 12 | 100 | 2027–28"),
        Block("Compute (Acme Corp) | 1 | 5 | 2028")])
    clauses = tag_clauses(segment(doc), doc.date)
    assert [c.text.split(" | ")[0] for c in clauses] == [
        "CSIRO", "Share of SMEs using AI", "Sovereign AI compute (petaflops)", "Compute (Acme Corp)"]
    assert clauses[0].headings[-1] == "2024–25 | 2025–26 | 2026–27 | 2027–28 | 2028–29"
    # a target year that is a financial year is due by its end, in its second year, as "2030/31" is
    assert [[(t.value, t.unit, t.year) for t in c.targets] for c in clauses[1:]] == [
        [(60, "%", 2029)], [(100, "PFLOPS", 2028)], [(5, "", 2028)]]  # a name in brackets is no unit


def test_a_table_of_grades_sets_no_goal_but_an_indicator_s_standard_does():
    # "一级 | ≤1.20 | …" under "能效等级 | PUE | …": where a grade starts (was PUE ≤ 1.20 as a goal)
    from ingest.tag import tag_text

    header = "能效等级 | PUE | 算力能效 | 可再生能源利用率"
    assert not tag_text("一级 | ≤1.20 | ≥1.5 | ≥50%", columns=header).targets
    assert not tag_text("B级 | ≤1.30 | ≥1.0 | ≥30%", columns=header).targets
    [t] = tag_text("15.签约高血压患者血压控制率 | ≥50%").targets
    assert (t.value, t.comparator) == (50, ">=")


def test_a_budget_table_s_year_column_gives_its_unit_in_brackets():
    # "2026年预算数（亿元）": its rows' 2026 figures had no unit, and "其中：" stayed in the metric
    from ingest.indicators import indicator_targets

    header = "序号 | 项目 | 2025年执行数（亿元） | 2026年预算数（亿元） | 增长%"
    rows = ("1 | 科学技术支出 | 98.7 | 106.2 | 7.6", "2 | 其中：人工智能和集成电路产业专项资金 | 10 | 12 | 20.0")
    got = [(t.value, t.unit, t.year, t.metric) for row in rows for t in indicator_targets(row, header, "2026-01-13")]
    assert got == [(106.2, "亿元", 2026, "科学技术支出"), (12, "亿元", 2026, "人工智能和集成电路产业专项资金")]


def test_a_dash_in_the_unit_column_is_no_unit():
    # the PUE row's 单位 cell "—" was the goal's unit
    from ingest.indicators import indicator_targets

    header = "序号 | 指标 | 单位 | 2025年 | 2030年 | 属性"
    [t] = indicator_targets("4 | 新建数据中心电能利用效率 | — | 1.3 | ≤1.2 | 约束性", header, "2026-02-01")
    assert (t.value, t.unit, t.year, t.comparator) == (1.2, "", 2030, "<=")


def test_a_results_frameworks_columns_labelled_with_their_years():
    # a World Bank results framework: "End Target (2031)" is a goal for 2031, "Baseline (2025)" where it starts;
    # the indicator's unit in its brackets: "(PF)" petaflops, "(percentage)" %, "(number)" a plain count
    from ingest.indicators import indicator_targets

    header = "Indicator Name | Baseline (2025) | 2027 | 2028 | 2029 | End Target (2031)"

    def got(row):
        return [(t.value, t.unit, t.year, t.metric) for t in indicator_targets(row, header, "2026-05-14")]

    assert got("Shared GPU compute capacity available (PF) | 0.2 | 0.5 | 2.0 | 4.0 | 5.0") == [
        (0.5, "PFLOPS", 2027, "Shared GPU compute capacity available"),
        (2.0, "PFLOPS", 2028, "Shared GPU compute capacity available"),
        (4.0, "PFLOPS", 2029, "Shared GPU compute capacity available"),
        (5.0, "PFLOPS", 2031, "Shared GPU compute capacity available")]
    assert got("Trainees employed within 6 months (percentage) | 0 | 40 | 50 | 55 | 60")[-1] == (
        60, "%", 2031, "Trainees employed within 6 months")
    assert got("People completing AI skills programs (number) | 0 | 10,000 | 40,000 | 80,000 | 120,000")[0] == (
        10000, "", 2027, "People completing AI skills programs")
    # a column labelled with a year that sets no goal
    assert indicator_targets("Users (number) | 0 | 300", "Indicator Name | Baseline (2025) | Actual (2026)",
                             "2026-05-14") == []


def test_a_target_column_holds_a_sum_with_its_currency():
    # "AED 335 billion" under Target was no goal (only bare figures and units were read)
    header = "Indicator | Baseline (2025) | Target | Target year | Lead entity"
    row = "Contribution of AI to GDP | AED 64 billion | AED 335 billion | 2031 | Ministry of Economy"
    got = [(t.value, t.unit, t.year, t.metric) for t in milestone_targets(row, header, "2026-03-18")]
    assert got == [(335, "billion AED", 2031, "Contribution of AI to GDP")]
    # a cell with words beside its sum sets none
    assert milestone_targets("Budget | $1 billion | about $5 billion and more | 2030 | X", header, "2026-03-18") == []


def test_a_goal_cell_with_its_bound_after_it_and_the_rows_indicator_as_metric():
    # "50% or more" under Goal was no reading of the table's (the text's reading named "Osaka areas")
    header = "Item | Goal | Target year | Ministry responsible"
    row = ("Share of new large-scale data center capacity located outside the Tokyo and Osaka areas | 50% or more | "
           "FY2030 | METI, MIC")
    got = [(t.value, t.unit, t.year, t.comparator) for t in milestone_targets(row, header, "2026-06-30")]
    assert got == [(50, "%", 2030, ">=")]
    clause = Clause("m-1", "m", "Table", "Table", row, 0, len(row), lang="en", headings=["Table", header])
    tag_clauses([clause], "2026-06-30")
    assert [t.metric for t in clause.targets] == [row.split(" | ")[0]]
    assert [(t.value, t.unit, t.comparator) for t in milestone_targets(
        "Standard lead time for grid connection | 5 years or less | FY2030 | METI", header, "2026-06-30")] == [
        (5, "years", "<=")]
