"""Goals in a budget measure's list, a memorandum's orders and a wire story: whom a programme helps, what a sum
funds each year, a time cut to so long, and a price cut."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str) -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "want"), [
    # whom a programme helps is counted, and what they are helped to do is the metric (was unit "small", or
    # "solutions" with metric "IMDA")
    ("The Government will help 12,000 small and medium businesses adopt AI by 30 June 2029.",
     [(12000, "businesses", 2029, "=", "small and medium businesses")]),
    ("Enterprise Singapore will work with IMDA to help 3,000 SMEs adopt AI solutions by 2027.",
     [(3000, "SMEs", 2027, "=", "SMEs adopt AI solutions")]),
    ("$96.4 million over four years from 2025–26 to establish four AI Adopt Centres to help 12,000 small and medium "
     "businesses adopt AI by 30 June 2029",
     [(4, "Centres", 2029, "=", "AI Adopt Centres"), (12000, "businesses", 2029, "=", "small and medium businesses")]),
    # what was helped is done, no goal
    ("The scheme helped 500 firms adopt AI in 2024.", []),
])
def test_whom_a_programme_helps(text, want):
    assert _got(text, "2025-03-25") == want


@pytest.mark.parametrize(("text", "want"), [
    # what a sum is given to make each year, after where the things go ("fee-free" was read as a fee, a veto)
    ("$32.8 million over four years from 2025–26 for the Department to fund 5,000 fee-free TAFE places in AI and "
     "data courses each year", [(5000, "places", 2029, "=", "fee-free TAFE places")]),
    ("The agreement will deliver 480,000 fee-free vocational training places over the next three years.",
     [(480000, "places", 2028, "=", "fee-free vocational training places")]),
    # what a sum is given to a body to support each year, with others counted beside them (was none, and the
    # sum's metric empty); the year is its five years', not the year it starts in
    ("Budget 2026 proposes to provide $60 million over five years, starting in 2026-27, to the Natural Sciences and "
     "Engineering Research Council to support 1,000 additional graduate students and postdoctoral fellows in AI "
     "each year, in collaboration with the Canadian Institute for Advanced Research.",
     [(60, "million dollars", 2030, "=", "support additional graduate students and postdoctoral fellows"),
      (1000, "students", 2030, "=", "graduate students")]),
    # what a body will support or serve each year is its standing goal (was none)
    ("The Department will support 1,000 additional graduate students each year.",
     [(1000, "students", None, "=", "graduate students")]),
    ("The centre will serve 5,000 small businesses a year.", [(5000, "businesses", None, "=", "small businesses")]),
    # what each one does is none, nor what one may do each year, nor a fee
    ("Each grant will support 2 doctoral students a year.", []),
    ("Eligible firms may apply to hire 2 interns each year.", []),
    ("The application fee is 500 dollars.", []),
])
def test_what_a_sum_funds_each_year(text, want):
    assert _got(text, "2025-03-25") == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a time cut to so long, its thing named in more than eight words (was none)
    ("Agencies must reduce the median time to complete an AI impact assessment to no more than 90 days by the end "
     "of fiscal year 2027.", "2026-03-12",
     [(90, "days", 2027, "<=", "median time to complete an AI impact assessment")]),
    # the price a plan cuts (a price was a veto), its horizon no part of what it measures
    ("力争两年内将中小企业使用智能算力的平均价格降低30%。", "2026-01-09",
     [(30, "%", 2028, "~", "中小企业使用智能算力的平均价格降低")]),
    ("The plan will cut the average price of compute by 30% by 2027.", "2026-01-09",
     [(30, "%", 2027, "=", "the average price of compute")]),
    # a price someone pays stays none
    ("企业使用算力价格不超过每卡时10元的，可申请补贴。", "2026-01-09", []),
    ("The price of a voucher is 500 yuan.", "2026-01-09", []),
])
def test_a_time_or_price_cut_is_a_goal(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "want"), [
    # the life of a programme counts from the notice's date (the goal was dated by the next part's deadline, 2028),
    # and what is made available is what the measure counts (was "make")
    ("Over the five-year life of the program, SC intends to support the training of at least 12 open scientific "
     "foundation models of more than 10 billion parameters each, and to make at least 2 million GPU-hours per year "
     "available to partnership teams by fiscal year 2028.",
     [(12, "models", 2031, ">=", "open scientific foundation models"),
      (2, "million GPU-hours", 2028, ">=", "GPU-hours available to partnership teams")]),
    # a life that is no programme's is no horizon
    ("Over the five-year life of the battery, its capacity should stay above 80 per cent.", []),
])
def test_a_programme_s_life_and_what_it_makes_available(text, want):
    assert _got(text, "2026-03-12") == want


def test_a_measure_after_a_verb_of_making_names_what_it_measures():
    # "delivering at least 100 petaflops of sovereign AI compute": the compute, not "delivering"
    [t] = extract_targets("$40.0 million to establish a national AI compute facility, delivering at least 100 "
                          "petaflops of sovereign AI compute by 2027–28", "2025-03-25")
    assert (t.value, t.unit, t.year, t.metric) == (100, "PFLOPS", 2028, "sovereign AI compute")  # by 2027–28's end


def test_a_statute_s_share_it_allocates_is_a_standing_commitment():
    # "安排不低于百分之三十的比例": 百分之三十 before 的 was read as no quantity at all
    [t] = extract_targets("第八条 市人民政府应当加大对人工智能基础研究的投入，在市级科技研发资金中安排"
                          "不低于百分之三十的比例，支持人工智能基础研究。", "2022-09-06")
    assert (t.value, t.unit, t.year, t.comparator, t.metric) == (30, "%", None, ">=", "市级科技研发资金")
    # what a firm's figure must reach to qualify stays none
    assert extract_targets("企业研发投入占营业收入百分之五的，给予奖励。", "2022-09-06") == []


def test_a_paragraph_s_opening_deadline_dates_the_goals_of_its_later_sentences():
    # "(2) Main goals. By 2027, …. The average PUE … will be reduced to below 1.25. …": the later sentences'
    # goals were missed or had no year
    text = ("(2) Main goals. By 2027, the scale of intelligent computing power will exceed 300 EFLOPS. The average "
            "power usage effectiveness (PUE) of newly built large data centers will be reduced to below 1.25. The "
            "share of domestic AI chips will reach 60 percent, up from about 30 percent in 2024. More than 100 "
            "demonstration projects will be cultivated, and the number of professionals will double compared with "
            "2024.")
    got = [(t.value, t.year) for t in extract_targets(text, "2025-08-20")]
    assert got == [(300, 2027), (1.25, 2027), (60, 2027), (100, 2027), (2, 2027)]
    # what is so now, what was, and what is no commitment are not dated by it
    text = ("By 2027, the province will reach 50 EFLOPS. Last year it reached 20 EFLOPS. Currently about 30 percent "
            "of firms use AI. Firms with more than 250 employees are not eligible.")
    assert [(t.value, t.year) for t in extract_targets(text, "2025-08-20")] == [(50, 2027)]
    # …nor after a later sentence that commits: each sentence is dated by the opening deadline on its own merits
    text = ("By 2027, the province will reach 50 EFLOPS. Data centres will reach 40 EFLOPS. Currently about 30 percent "
            "of firms use AI.")
    assert [(t.value, t.year) for t in extract_targets(text, "2025-08-20")] == [(50, 2027), (40, 2027)]


@pytest.mark.parametrize(("text", "want"), [
    # "-fold" multiples and "at least triple" (were none), "or lower" (was none)
    ("The Government is committed to expanding the AI Research Resource (AIRR) by at least twentyfold by 2030.",
     [(20, "times", 2030, ">=", "AI Research Resource (AIRR)")]),
    ("The plan targets a tenfold increase in compute by 2030.", [(10, "times", 2030, "=", "compute")]),
    ("The general objective of this Regulation is to at least triple the Union's data centre capacity by 31 "
     "December 2032.", [(3, "times", 2032, ">=", "Union's data centre capacity")]),
    ("By 2030, new data centres of strategic importance shall achieve a PUE of 1.2 or lower.",
     [(1.2, "", 2030, "<=", "PUE")]),
    # "or better" bounds the way the measure improves: down for a PUE, up for a rate (was none)
    ("New data centres must reach a PUE of 1.2 or better by 2027.", [(1.2, "", 2027, "<=", "PUE")]),
    ("Schools should reach an attendance rate of 95 per cent or better by 2028.",
     [(95, "%", 2028, ">=", "attendance rate")]),
    # a figure restating the goal's in an aside leaves it its year, and names no metric "or" (was no year)
    ("The Government will invest S$25 billion, or around 1 per cent of GDP, in research and innovation by 2030.",
     [(25, "billion SGD", 2030, "=", ""), (1, "%", 2030, "~", "GDP")]),
    ("In June 2025 the Government announced a partnership with industry to equip 7.5 million workers with essential "
     "AI skills by 2030.", [(7.5, "million workers", 2030, "=", "workers")]),
    # a change to a figure gives the figure, not the multiple too
    ("Compute capacity will grow twentyfold by 2030, from roughly 1 exaflop today to at least 20 exaflops.",
     [(20, "EFLOPS", 2030, ">=", "")]),
    # what stands now, what others expect, what a rule covers and a twofold purpose are none
    ("Together with Dawn in Cambridge, it gives the AIRR about 23 AI exaflops today.", []),
    ("Industry analysts expect demand for AI computing in the Union to grow by 40% a year until 2030.", []),
    ("Data centres with an installed IT power of at least 500 kW shall report their PUE annually.", []),
    ("This serves a twofold purpose by 2030.", []),
    # a sentence that opens with how things stand now and commits to nothing ("within five years" is no deadline)
    ("Currently, about 30 percent of the agency's workforce is eligible to retire within five years.", []),
    ("Currently, 40 percent of schools have broadband; by 2030 we will reach 100 percent.",
     [(100, "%", 2030, "=", "")]),
    # what was done by a deadline already past is a result ("by the end of 2025" in a text of 2026)
    ("Under the Top Talent Pass Scheme, over 110 000 applications had been approved by the end of 2025.", []),
    ("Its computing power reached 3 000 petaflops by the end of 2025, and the utilisation rate exceeded 90 per cent.",
     []),
    # what an applicant or a firm must have, with no date, is a condition of taking part, not a goal
    ("Applicants must employ at least 50 staff in the state.", []),
    ("Firms must employ at least 500 engineers.", []),
    # a figure the sentence turns down
    ("A target of 50,000 GPUs is not affordable within the current Spending Review period.", []),
    # another country's goal, given for comparison
    ("By comparison, France has set a national goal of training 100,000 AI specialists a year by 2030.", []),
    ("美国提出到2030年将本土先进芯片产能占全球比重提高至20%，这对我国集成电路产业发展带来新的挑战。", []),
])
def test_multiples_bounds_and_what_is_no_goal_in_eu_and_uk_texts(text, want):
    got = [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, "2026-01-13")]
    assert got == want


def test_a_goal_reported_met_makes_no_other_figure_of_its_year_a_goal():
    # "…提前完成年初确定的3EFLOPS目标": the 目标 of a goal met turned the year's results into goals
    text = ("1.支持科技创新和产业升级。全市科学技术支出98.7亿元，增长12.5%。安排人工智能和集成电路产业专项资金10亿元，"
            "全市新增算力券兑付2.3亿元。无锡智算中心一期投运，智能算力规模达到3.2EFLOPS，提前完成年初确定的3EFLOPS目标。")
    assert extract_targets(text, "2026-01-13") == []


def test_whom_a_programme_helps_named_with_an_acronym_after_them():
    # "small and medium enterprises (SMEs)": the unit was "small", the bracket stopping the shared head
    [t] = extract_targets("Enterprise Singapore (EnterpriseSG) will work with IMDA to help 3,000 small and medium "
                          "enterprises (SMEs) adopt AI solutions by 2027.", "2024-03-01")
    assert (t.value, t.unit, t.year, t.metric) == (3000, "enterprises", 2027, "small and medium enterprises")


@pytest.mark.parametrize(("text", "date"), [
    # what a bill would require if enacted, and a figure the next sentence says is nobody's target (round 10)
    ("The DOE AI for Science Act (S. 3012) would require DOE, in consultation with NSF, to reserve at least 10% of "
     "the NAIRR's compute for academic researchers by 2028.", "2026-01-14"),
    ("3.2 The Tech Council of Australia submitted that Australia will need 200,000 additional AI workers by 2030 to "
     "remain competitive. The Department noted that this figure is an industry estimate and not a government "
     "target.", "2025-11-20"),
    # a year's results that its sentence dates, though 全年 would be the document's year
    ("2025年，全年累计发放算力券1.2亿元，服务企业436家。", "2026-01-18"),
])
def test_a_bill_s_effect_a_denied_estimate_and_a_dated_year_s_results_are_no_goals(text, date):
    assert extract_targets(text, date) == []


def test_this_year_s_goal_stays_the_document_s_year_beside_a_compared_year():
    got = [(t.value, t.year) for t in extract_targets("比2025年增长10%，全年新增就业岗位12万个。", "2026-01-18")]
    assert (12, 2026) in got


@pytest.mark.parametrize(("text", "date", "want"), [
    # a make-verb with its object before the count (突破, 完成, 压减, 淘汰), as 培育 has
    ("到2027年，建成省级以上人工智能创新平台30个，突破关键核心技术50项。", "2025-01-01", [(30, 2027), (50, 2027)]),
    ("今年全市计划压减燃煤消费总量50万吨，淘汰国三及以下排放标准柴油货车3000辆。", "2025-03-01",
     [(50, 2025), (3000, 2025)]),
    ("今年计划完成交通投资1200亿元。", "2024-02-01", [(1200, 2024)]),
    # …but right before its figure, or before 至, it is the level's cue, and the metric what is measured
    ("到2027年，集装箱吞吐量力争突破3000万标准箱。", "2024-04-12", [(3000, 2027)]),
    # "自2025年起": when a yearly allocation starts, no deadline
    ("自2025年起，市财政每年安排不少于3亿元专项资金，用于支持人工智能产业发展。", "2024-12-01", [(3, None)]),
    # a deadline counted from the notification; a law that mandates; a rule that requires a share
    ("The State Nodal Agency will install 750 MW of rooftop solar on government buildings within two years of this "
     "notification.", "2024-06-01", [(750, 2026)]),
    ("California will require that 100 percent of new passenger cars sold in the state be zero-emission by 2035.",
     "2024-01-10", [(100, 2035)]),
    # what a government denies is no goal
    ("The Treasury has denied reports that it plans to cut departmental budgets by £3 billion next year.",
     "2024-05-01", []),
])
def test_goal_shapes_of_set_16(text, date, want):
    got = [(t.value, t.year) for t in extract_targets(text, date)]
    assert got == want
    if "突破3000" in text:
        assert extract_targets(text, date)[0].metric == "集装箱吞吐量"


def test_a_result_by_a_past_deadline_beside_a_goal_ahead():
    got = extract_targets("The programme trained 5,000 workers by 2025 and will train 10,000 more by 2028.",
                          "2026-01-13")
    assert [(t.value, t.year) for t in got] == [(10000, 2028)]


@pytest.mark.parametrize(("text", "want"), [
    # a yearly count to its last year, and an acronym with its ampersand as the things counted
    ("We will continue to attract talent, aiming to admit 35 000 I&T talents each year from 2026 to 2028.",
     [(35000, "I&T talents", 2028)]),
    ("We aim to admit 35,000 talents a year until 2028.", [(35000, "talents", 2028)]),
])
def test_a_yearly_count_to_its_last_year(text, want):
    assert [(t.value, t.unit, t.year) for t in extract_targets(text, "2026-02-25")] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a share that is the subject after an opening deadline, a relative one too, and several words before its modal
    ("By next year, 95 per cent of public secondary schools in the state will have a dedicated mental health "
     "clinician.", "2025-05-20", [(95, 2026)]),
    # the semicolon parts of one sentence that opens with its deadline, each with its own modal "should"
    ("By 2030, at least 20 million ICT specialists should be employed in the EU; at least 80% of all adults should "
     "have basic digital skills; and 75% of EU enterprises should have taken up cloud computing services.",
     "2021-03-09", [(20, 2030), (80, 2030), (75, 2030)]),
])
def test_a_share_after_an_opening_deadline(text, date, want):
    assert [(t.value, t.year) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # what a sentence that opens with its deadline aims to do, and the aim after "and to"
    ("By 2033, the Government of Japan aims to accept 400,000 international students and to send 500,000 Japanese "
     "students to study abroad.", "2023-04-27", [(400000, 2033), (500000, 2033)]),
    ("By the end of next year, we aim to have 100,000 workers trained under the programme.", "2025-02-18",
     [(100000, 2026)]),
])
def test_what_an_opening_deadline_aims_at(text, date, want):
    assert [(t.value, t.year) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # "by the same year" after a goal of its own, and a multiple after what it multiplies
    ("The Climate Change Act legislates a target to reduce emissions by 43 per cent below 2005 levels by 2030, and the "
     "Government has committed to 82 per cent renewable electricity in the national grid by the same year.",
     "2022-09-08", [(43, 2030), (82, 2030)]),
    ("The Department aims to deploy 500,000 chargers by 2030 and to increase domestic battery manufacturing capacity "
     "tenfold from 2021 levels by the same year.", "2023-09-12", [(500000, 2030), (10, 2030)]),
    # another count between a figure and the deadline: the deadline is the later one's ("Scope 1 and 2" are names)
    ("Agencies shall use 100 percent carbon pollution-free electricity by 2030 and shall reduce Scope 1 and 2 "
     "greenhouse gas emissions by 65 percent from 2008 levels by the same year.", "2021-12-08",
     [(100, 2030), (65, 2030)]),
])
def test_by_the_same_year(text, date, want):
    assert [(t.value, t.year) for t in extract_targets(text, date)] == want


def test_a_part_of_a_goal_after_including():
    # "…100 percent … by 2030, including 50 percent 24/7 …": a part of the goal, by its year, as 其中 is in Chinese
    text = ("It is the policy of my Administration to achieve 100 percent carbon pollution-free electricity on a net "
            "annual basis by 2030, including 50 percent 24/7 carbon pollution-free electricity.")
    assert [(t.value, t.year) for t in extract_targets(text, "2021-12-08")] == [(100, 2030), (50, 2030)]
    assert [(t.value, t.year) for t in extract_targets(
        "The fund will invest $2 billion by 2030, including 40 companies in Ohio.", "2021-12-08")] == [(2, 2030)]


def test_an_agency_s_dated_duty_is_still_a_goal():
    got = extract_targets("Each agency must train at least 100 staff by 2026.", "2025-01-01")
    assert [(t.value, t.year) for t in got] == [(100, 2026)]


@pytest.mark.parametrize(("text", "date", "want"), [
    # what a Council notes from reports and says it has not endorsed is none; what it invites members to do is
    ("TAKES NOTE of reports that the Commission intends to mobilise EUR 200 billion for AI; RECALLS that the Council "
     "has not endorsed any such figure.", "2025-11-21", []),
    ("INVITES the Member States to reserve at least 20% of the AI computing capacity they co-fund for start-ups.",
     "2025-11-21", [(20, None)]),
    # a year quoted in a rumour the text denies dates nothing after it
    ("网传“2026年本市将发放10亿元算力券”的说法不实。本市算力券年度安排规模以市财政预算为准，不超过5亿元。",
     "2026-02-12", []),
])
def test_council_notes_and_a_denied_rumour(text, date, want):
    assert [(t.value, t.year) for t in extract_targets(text, date)] == want
