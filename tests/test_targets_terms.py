"""Goals dated by a term the text names (a UK Parliament, a funded project's term, an opening horizon) or set out in
a project's assessment indicators, and the figures beside them that are none (hearsay about a firm, a gap that still
stands, the years a supplier's record looks back on, an analyst's forecast)."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str) -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "date", "want"), [
    # "this Parliament" ends five years after the general election that opened it (were undated, so none)
    ("The Government will build 300,000 new homes a year over this Parliament.", "2025-02-10",
     [(300000, "homes", 2029, "=")]),
    ("By the end of this Parliament, 75 per cent of children will be school-ready.", "2024-12-05",
     [(75, "%", 2029, "=")]),
    # an opening horizon dates its own clause; a later clause with its own subject and year keeps that year
    ("Within two years, the Authority will certify 40 laboratories, and it aims to attract up to £5 billion of "
     "investment by 2032.", "2025-03-01", [(40, "laboratories", 2027, "="), (5, "billion pounds", 2032, "<=")]),
    ("Within three years, we will recruit 6,000 new nurses, and by the end of this Parliament 90 per cent of "
     "patients will be seen within four hours.", "2024-12-05", [(6000, "nurses", 2027, "=")]),
    # a goal stated after the colon that names it
    ("The strategy sets one clear target: by 2030, 60 percent of adults will hold a digital skills credential.",
     "2025-01-15", [(60, "%", 2030, "=")]),
    # a "low-income" group is whom a goal serves, no income threshold
    ("By 2028 we will raise broadband take-up among low-income households by 15 percentage points.", "2025-01-15",
     [(15, "percentage points", 2028, "=")]),
    # the share of renewable power a facility is to run on is a standard, with no year
    ("The campus data centre will be powered by at least 70 percent renewable electricity.", "2025-05-01",
     [(70, "%", None, ">=")]),
    ("新建数据中心可再生能源利用率应不低于60%。", "2025-05-01", [(60, "%", None, ">=")]),
    # capacity sized to meet a share is the goal when nothing before it is restated
    ("It shall be the goal of the State to develop, not later than 2031, storage capacity sufficient to meet not "
     "less than 20 percent of peak demand.", "2025-04-09", [(20, "%", 2031, ">=")]),
])
def test_goals_dated_by_a_term_or_stated_after_their_label(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a funding guide's 考核指标 are what the project must reach, by the end of the term the guide states
    ("实施周期至2028年6月。考核指标：项目完成时，研制的推理芯片算力不低于800 TOPS，片间互联带宽达到400 GB/s，"
     "在不少于5家用户单位完成示范应用。", "2025-04-01",
     [(800, "TOPS", 2028, ">="), (400, "GB/s", 2028, "="), (5, "家", 2028, ">=")]),
    # …and no year where the guide states no term; the guide's quota on projects stays none
    ("考核指标：研制的存算一体芯片能效比不低于10 TOPS/W。有关说明：拟支持项目数不超过3项。", "2025-04-01",
     [(10, "TOPS/W", None, ">=")]),
    # a verb's object with a short aside, and what a plan restores, are counted
    ("到2027年底，建成各类停机坪（点）300个，治理水土流失面积1200平方公里。", "2025-03-01",
     [(300, "个", 2027, "="), (1200, "平方公里", 2027, "=")]),
])
def test_a_projects_indicators_and_a_plans_counts(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date"), [
    # what the media say a firm plans is no goal of the text's issuer
    ("据媒体报道，某互联网企业计划未来三年投入300亿元建设数据中心。", "2025-03-20"),
    # a gap that still stands is where things are
    ("审议意见指出，目前仍有8个县城区学位缺口超过3000个，建议统筹研究解决。", "2025-09-26"),
    # the years a supplier's record looks back on are no deadline
    ("供应商须具有近三年内不少于3个同类项目业绩。", "2025-08-13"),
    # an analyst's forecast, wherever the analysts work
    ("Analysts at Moody's expect only about 15 GW to be operational by 2032.", "2025-02-04"),
])
def test_figures_beside_goals_that_are_none(text, date):
    assert _got(text, date) == []


def test_a_government_plan_the_media_report_is_still_a_goal():
    got = _got("据当地媒体报道，该市计划两年内建成3个人工智能算力中心。", "2024-06-01")
    assert got == [(3, "个", 2026, "=")]


def test_an_assessment_label_holds_all_its_indicators_up_to_the_next_label():
    text = ("考核指标：统一编译系统支持不少于6款国产芯片。自动生成算子不少于400个，迁移成功率不低于90%。"
            "关键词：编程模型。有关说明：拟部署不超过3个项目，每个项目国拨经费500万元。")
    assert _got(text, "2026-03-24") == [(6, "款", None, ">="), (400, "个", None, ">="), (90, "%", None, ">=")]


@pytest.mark.parametrize(("text", "want"), [
    # a chip's figures keep their units; a ratio of computing to power is no computing power
    ("考核指标：芯片FP8算力不低于800 TFLOPS，能效比不低于3 TFLOPS/W，片间互连带宽不低于1.2 TB/s，"
     "端口速率不低于400 Gbps。",
     [(800, "TFLOPS"), (3, "TFLOPS/W"), (1.2, "TB/s"), (400, "Gbps")]),
    # Latin units set close to a Chinese number
    ("到2027年，全省新增风电装机12GW，建成智能算力规模25EFLOPS。", [(12, "GW"), (25, "EFLOPS")]),
    # a model's size is no count made; the sum each project gets and how many a guide funds are no goals
    ("考核指标：完成不少于3个行业千亿参数大模型训练。", [(3, "个")]),
    ("拟部署6个青年科学家项目，拟安排国拨经费概算3000万元，每个项目500万元。有关说明：拟支持不超过2个项目。", []),
])
def test_a_guides_indicators_and_units(text, want):
    assert [(v, u) for v, u, _, _ in _got(text, "2026-03-24")] == want


def test_a_part_of_the_year_that_opens_a_sentence_reports_it():
    text = "全会强调，目标是建设数字江西。上半年，全省在用算力规模达到11.2EFLOPS，其中智能算力占比达到55%。"
    assert _got(text, "2026-07-29") == []
    assert _got("上半年，要确保新增就业8万人以上。", "2026-03-01") == [(8, "万人", None, ">=")]


@pytest.mark.parametrize(("text", "date", "want"), [
    # a higher body's goals a speech or a city's plan cites are that body's
    ("从国家层面看，国务院印发《关于实施“数据要素×”行动的意见》，提出到2027年数据产业规模年均增长超过20%，到2030年超过25%。",
     "2026-02-20", []),
    # the year's 《政府工作报告》 quoted in a central bank's report (were three goals of its own)
    ("今年《政府工作报告》提出的主要预期目标是：国内生产总值增长4.5%—5%，居民消费价格涨幅2%左右，城镇新增就业1200万人以上。",
     "2026-05-12", []),
    # a city's own goals for the year stay
    ("今年全市生产总值增长5.5%左右，城镇新增就业12万人以上。", "2026-02-20",
     [(5.5, "%", 2026, "~"), (12, "万人", 2026, ">=")]),
    # a voucher scheme's total is what it issues (a payment to each person is none)
    ("年内继续发放数据券1亿元，服务中小企业不少于300家。", "2026-02-20",
     [(1, "亿元", 2026, "="), (300, "家", 2026, ">=")]),
    ("向困难群众发放消费券每人200元。", "2026-02-20", []),
    # the capacity of what the goal before builds, by its year
    ("到2028年，建设8英寸化合物半导体中试线1条，年流片能力5万片。", "2026-02-20",
     [(1, "条", 2028, "="), (5, "万片", 2028, "=")]),
    # a yearly sum from a year on has no due year; the next clause's own subject keeps its year
    ("The Government will allocate at least KES 2 billion a year from FY2028/29 to the facility, and user fees will "
     "cover 30 percent of its costs by 2030.", "2026-05-14", [(2, "billion KES", None, ">="), (30, "%", 2030, "=")]),
])
def test_cited_goals_vouchers_capacities_and_clauses_of_their_own(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a performance plan's "FY 2026 target:" dates its figure; the year's result beside it is none
    ("Performance Goal 3.2: By September 30, 2028, raise to 85 percent the share of claims decided within 90 days. "
     "FY 2025 result: 71 percent; FY 2026 target: 76 percent.", "2026-02-10",
     [(85, "%", 2028, "="), (76, "%", 2026, "=")]),
    # a multiplier with a baseline "from today's level" is no statement of today
    ("By 2030, the Authority will increase its battery storage deployment fourfold from today's level.",
     "2026-03-04", [(4, "times", 2030, "=")]),
    # an English range of shares, at least its low end and at most its high end (the Chinese reading took only its
    # high end)
    ("The plan sets the goal of nuclear power accounting for 20–22% of electricity generation in FY2040.",
     "2025-02-18", [(20, "%", 2040, ">="), (22, "%", 2040, "<=")]),
    # the object of a second verb of the same commitment
    ("Within the next five years, the Mission will auction more than 60 mineral blocks and undertake 800 "
     "exploration projects.", "2025-01-29",
     [(60, "mineral blocks", 2030, ">"), (800, "exploration projects", 2030, "=")]),
])
def test_labels_multipliers_ranges_and_second_verbs(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a measure of the things counted is which ones, no goal of its own
    ("RECOMMENDS that Adherents aim to reduce, by at least 40 per cent by 2032, the number of households with "
     "indoor radon levels at or above 300 Bq/m3.", "2025-06-07", [(40, "%", 2032, ">=")]),
    # what would be built anyway, on top of which a goal is set, is its baseline
    ("Budget 2025 lays out the government's plan to unlock 2.5 million new homes by 2031, which includes a minimum "
     "of 1 million net new homes on top of the 1.5 million homes expected to be built anyway by 2031.", "2025-04-16",
     [(2.5, "million new homes", 2031, "="), (1, "million net new homes", 2031, ">=")]),
])
def test_what_the_counted_things_measure_and_a_baseline_are_no_goals(text, date, want):
    assert _got(text, date) == want


def test_a_part_of_the_year_governs_the_parts_of_its_sentence_after_a_semicolon():
    text = ("上半年，全省地区生产总值同比增长5.3%；全省在用算力规模达到11.4EFLOPS，其中智能算力占比达到55%；"
            "新增国家级专精特新“小巨人”企业60家。")
    assert _got(text, "2026-07-29") == []


@pytest.mark.parametrize(("text", "date", "want"), [
    # a figure the next sentence says the government does not propose is turned down
    ("Some commentators have suggested that the country should build 50,000 GPUs of public compute by 2029. The "
     "government does not propose such a target.", "2026-04-16", []),
    # a budget's sum is for what it gives a body to do; small and medium-sized enterprises are one kind of firm
    ("Budget 2026 proposes to provide $300 million over four years, starting in 2026-27, to Innovation, Science and "
     "Economic Development Canada to expand the AI Compute Access Fund, with the goal of supporting 2,000 small and "
     "medium-sized enterprises by 2030.", "2026-04-16",
     [(300, "million dollars", 2030, "expand the AI Compute Access Fund"),
      (2000, "small and medium-sized enterprises", 2030, "supporting small and medium-sized enterprises")]),
    # which places a measure applies to is no goal
    ("到2027年，对上架率低于50%的地区原则上暂停新增项目审批。", "2026-09-01", []),
])
def test_a_declined_figure_a_budgets_sums_and_which_places_a_rule_applies_to(text, date, want):
    assert [(t.value, t.unit, t.year, t.metric) for t in extract_targets(text, date)] == want


def test_the_money_a_funding_notice_expects_to_have_is_no_goal():
    text = ("Approximately $60 million is expected to be available for new awards under this NOFO, of which about "
            "$20 million is expected to be available in fiscal year 2027. By 2028, the program aims to support at "
            "least 10 new partnerships.")
    assert [(t.value, t.year) for t in extract_targets(text, "2026-03-12")] == [(10, 2028)]
