"""Goals in the shapes a rule, a response or a comparison gives them: a standard's required level and the day it
holds from, a Chinese day as a deadline, a response's own figure after the recommendation it quotes inline, and
what only counts or compares (how many goals a plan has, another country's goal set beside ours)."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str) -> list[tuple]:
    return [(t.value, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize("text, want", [
    # 不得高于 is at most (it was read as 高于, more than), and the day a standard holds from dates it
    ("自2026年1月1日起，新建数据中心电能利用效率（PUE）不得高于1.25，改扩建数据中心PUE不得高于1.4。",
     [(1.25, 2026, "<="), (1.4, 2026, "<=")]),
    ("2027年起，新建数据中心PUE不得高于1.25。", [(1.25, 2027, "<=")]),
    ("到2026年底，全市可再生能源电力消纳比重不得低于30%。", [(30, 2026, ">=")]),
    # a yearly sum from when it starts has no deadline
    ("自2025年起，每年安排资金不少于5亿元。", [(5, None, ">=")]),
    # a performance standard a rule sets is a goal with or without a year; what an applicant must have is none
    ("本办法施行后新建的数据中心，电能利用效率不得高于1.25。", [(1.25, None, "<=")]),
    ("4.1.2 新建智能算力中心的PUE应不高于1.25。", [(1.25, None, "<=")]),
    ("New data centres must achieve a PUE of 1.3 or lower.", [(1.3, None, "<=")]),
    ("申报企业研发投入不得低于500万元。", []),
    # a Chinese day as a deadline, not a day named in passing or one a statistic stands at
    ("2026年12月31日前，建成智算中心3个。", [(3, 2026, "=")]),
    ("到2026年6月30日，建成智算中心3个。", [(3, 2026, "=")]),
    ("截至2025年12月31日，已建成智算中心3个。", []),
    ("根据2025年11月3日印发的方案，建成智算中心3个。", []),
])
def test_a_standards_level_and_the_day_it_holds_from(text, want):
    assert _got(text, "2025-11-03") == want


def test_a_standards_metric_is_no_part_of_its_number():
    (target, _) = extract_targets("4.1.2 新建智能算力中心的PUE应不高于1.25，改造的既有智能算力中心PUE应不高于1.4。",
                                  "2025-06-01")
    assert target.metric == "新建智能算力中心的PUE"


@pytest.mark.parametrize("text, date, want", [
    # the committee's figure before an inline "Response:" is not the Government's
    ("Recommendation 7: The Government should set a target of 50,000 apprenticeship starts in digital occupations "
     "by 2028. Response: Partially agreed. The Government will aim for 30,000 digital apprenticeship starts by "
     "2028.", "2025-03-27", [(30000, 2028, "=")]),
    # another country's goals, said to be for comparison, are none of ours
    ("相比之下，欧盟《芯片法案》提出到2030年将其在全球半导体产量中的份额提升至20%，韩国则计划在2047年前新建16座晶圆厂。",
     "2025-03-11", []),
    ("欧盟提出到2030年可再生能源占比达到42.5%。", "2025-03-11", [(42.5, 2030, "=")]),
    # how many goals a plan sets is no goal; the level a change goes to, "the equivalent of", is
    ("The plan sets out three goals to be achieved by 2030: first, expanding national AI computing capacity to the "
     "equivalent of 50,000 GPUs; second, training 200,000 AI professionals.", "2025-02-20",
     [(50000, 2030, "="), (200000, 2030, "=")]),
    ("The scheme will deliver 2 GW of solar by 2030, the equivalent of 350,000 homes.", "2025-02-20",
     [(2, 2030, "=")]),
    # where a share rises to, between financial years
    ("Designated consumers shall meet a minimum share of energy consumption from non-fossil sources rising from "
     "29.91 per cent in 2024-25 to 43.33 per cent in 2029-30.", "2023-10-20", [(43.33, 2030, "=")]),
    # the size of what the text commits to build; not which firms a rule covers
    ("The Government will establish a common compute facility with more than 18,000 GPUs.", "2025-01-30",
     [(18000, None, ">")]),
    ("Firms with more than 50 employees must report.", "2025-01-30", []),
    # parts of a goal, in units of their own, after ", including"
    ("The plan commits to increasing the share of renewable electricity to 80% by 2030, including 9 GW of onshore "
     "wind, 8 GW of solar and at least 5 GW of offshore wind.", "2022-12-21",
     [(80, 2030, "="), (9, 2030, "="), (8, 2030, "="), (5, 2030, ">=")]),
])
def test_responses_comparisons_counts_and_parts(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize("text, date, want", [
    # a resolution's preamble recites; estimates and others' targets are none of its goals
    ("Noting with concern also that estimates suggest the electricity consumption of data centres could more than "
     "double by 2030, to around 945 terawatt hours,", "2025-12-19", []),
    ("6. Encourages Member States to improve the energy efficiency of data centres, and notes that some Member "
     "States have set targets of power usage effectiveness of 1.3 or lower;", "2025-12-19", []),
    # its operative commitments are goals: a target the cue names after "with", and "the training of"
    ("3. Decides to establish the Global Fund for Artificial Intelligence Capacity-Building, to be financed through "
     "voluntary contributions, with an initial funding target of 1 billion United States dollars by 2030;",
     "2025-12-19", [(1, 2030, "=")]),
    ("5. Calls upon Member States to support the training of 1 million artificial intelligence practitioners in "
     "developing countries by 2030;", "2025-12-19", [(1, 2030, "=")]),
    # what a bill authorizes to be appropriated, by its last fiscal year; its standing requirement
    ("(a) National Artificial Intelligence Research Resource.--There is authorized to be appropriated to the "
     "National Science Foundation to carry out section 5106(c), $2,600,000,000 for each of fiscal years 2027 "
     "through 2031.", "2026-02-12", [(2600000000, 2031, "=")]),
    ("There are authorized to be appropriated $50,000,000 for fiscal year 2027.", "2026-02-12",
     [(50000000, 2027, "=")]),
    ("(c) Availability.--Amounts appropriated pursuant to this section shall remain available until expended.",
     "2026-02-12", []),
    ("(a) Standard.--Any data center constructed after the date of enactment of this Act with funds made available "
     "under this Act shall achieve an annual power usage effectiveness of not more than 1.2.", "2026-02-12",
     [(1.2, None, "<=")]),
    # a plan's box item: the year that closes it with its completion dates its goal
    ("1.国家级智算枢纽节点。在武汉新增智能算力10EFLOPS，2027年建成投用。", "2026-02-06", [(10, 2027, "=")]),
    ("新增智能算力10EFLOPS，2023年建成投用。", "2026-02-06", []),
])
def test_resolutions_bills_and_plan_boxes(text, date, want):
    assert _got(text, date) == want


def test_a_bills_findings_are_no_goals():
    text = "(2) In 2025, fewer than 15 percent of researchers reported access to more than 100 GPUs by 2030."
    assert extract_targets(text, "2026-02-12", leads=["Congress finds the following:"]) == []
    assert extract_targets(text, "2026-02-12") != []  # the same words outside the findings


def test_an_appropriation_names_what_it_is_for():
    (target,) = extract_targets("There is authorized to be appropriated to the National Science Foundation to carry "
                                "out this section, $2,600,000,000 for each of fiscal years 2027 through 2031.",
                                "2026-02-12")
    assert target.metric == "appropriations to the National Science Foundation"


@pytest.mark.parametrize("text, date, want", [
    # a model year a level is required for dates it
    ("The standard requires that zero-emission vehicles make up at least 20% of new light-duty vehicles offered "
     "for sale for the 2026 model year, at least 60% by 2030.", "2023-12-19", [(20, 2026, ">="), (60, 2030, ">=")]),
    # the next object of one verb, in words, with its own deadline ("and forty" was read as the year's unit)
    ("The Government remains committed to delivering fifty thousand more nurses in the NHS by March 2024 and forty "
     "new hospitals by 2030.", "2021-10-27", [(50000, 2024, "="), (40, 2030, "=")]),
    # a subject after an opening purpose, with its deadline later in the sentence
    ("To expand capacity for medical education, 10,000 additional seats will be added in medical colleges and "
     "hospitals in the next year.", "2025-02-01", [(10000, 2026, "=")]),
    # what is already done in its clause part, and a count in 部
    ("今年1—11月全国已开工改造城镇老旧小区5.1万个；明年将再新开工改造城镇老旧小区2.5万个左右，同步推进加装电梯1万部以上。",
     "2024-12-20", [(2.5, 2025, "~"), (1, 2025, ">=")]),
    ("工业和信息化部等2部门联合印发通知。", "2024-12-20", []),
])
def test_model_years_objects_in_words_subjects_and_what_is_done(text, date, want):
    assert _got(text, date) == want


def test_a_bills_items_under_shall_and_a_name_with_an_initial():
    # the items of a lead-in that ends "shall--" go on its verb
    got = extract_targets("``(A) reserve not less than 20 percent for researchers at eligible institutions; and",
                          "2026-02-12", leads=["``(2) Allocation.--Of the computing capacity made available under "
                                               "paragraph (1), the Director shall--"])
    assert [(t.value, t.comparator) for t in got] == [(20, ">=")]
    # "William M. (Mac) Thornberry" does not end the sentence before the sum
    text = ("(b) Workforce Grants.--There is authorized to be appropriated to the Secretary of Commerce to carry out "
            "section 9906(j) of the William M. (Mac) Thornberry National Defense Authorization Act for Fiscal Year "
            "2021, as added by section 5, $450,000,000 for each of fiscal years 2027 through 2031.")
    assert _got(text, "2026-02-12") == [(450000000, 2031, "=")]


@pytest.mark.parametrize("text, date, want", [
    # a rate in each of two financial years, by the second's end; a sum over a span of financial years
    ("166. The Government will continue with the Productivity Enhancement Programme, reducing recurrent government "
     "expenditure by 2 per cent in each of 2026-27 and 2027-28.", "2026-02-25", [(2, 2028, "=")]),
    ("2.2 We will invest £2 billion in public compute over the Spending Review period (2026-27 to 2029-30).",
     "2026-02-25", [(2, 2030, "=")]),
    # what an inspection found, and what a union now accounts for, are no goals
    ("（一）部分条款落实不到位。检查发现，粤东粤西粤北地区部分地市尚未出台算力设施布局规划，珠三角地区占全省比重超过85%。",
     "2025-11-20", []),
    ("(4) The Union currently accounts for less than 5% of global AI compute capacity.", "2025-11-20", []),
    # an ambition the government sets out commits it
    ("The government set out its ambition to make 100,000 GPU-equivalents available to researchers by 2030.",
     "2026-03-04", [(100000, 2030, "=")]),
])
def test_financial_years_findings_and_ambitions(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize("text, metric", [
    ("New data centres should use 100% renewable electricity by 2030.", "renewable electricity"),
    ("Agree with UKRI a target of at least 75% average utilisation of AIRR compute.",
     "average utilisation of AIRR compute"),
    ("Australia has legislated a 43% cut in emissions below 2005 levels by 2030.", "cut in emissions"),
])
def test_a_shares_metric_is_what_it_is_of(text, metric):
    (target,) = extract_targets(text, "2025-01-01")
    assert target.metric == metric


def test_lead_ins_that_end_in_a_dash_lead_their_items():
    from ingest.leads import list_leads
    from ingest.parse import parse
    from ingest.segment import segment
    from ingest.tag import tag_clauses

    text = ("G.S.R. 176(E).—In exercise of the powers conferred by section 87 of the Information Technology Act, 2000, "
            "the Central Government hereby makes the following scheme, namely:—\n\n"
            "3. Objectives.—The objectives of the scheme are to—\n\n"
            "(a) make available not less than 40,000 GPUs through the IndiaAI Compute Portal by the 31st March, "
            "2028;\n\n(b) support not less than 5,000 eligible users each year; and\n\n"
            "(c) reduce the effective cost of compute to not more than ₹100 per GPU-hour by the 31st March, 2027.\n")
    clauses = segment(parse(text, "gazette.txt"))
    leads = dict(zip([c.clause_id for c in clauses], list_leads(clauses), strict=True))
    item = next(c for c in clauses if c.text.startswith("(b)"))
    assert leads[item.clause_id][0].endswith("are to—")
    tagged = {c.text[:3]: c for c in tag_clauses(clauses, "2026-02-20")}
    assert [(t.value, t.year, t.comparator, t.metric) for t in tagged["(b)"].targets] == [
        (5000, None, ">=", "eligible users")]


@pytest.mark.parametrize("text, metric", [
    ("``(A) reserve not less than 20 percent for researchers at eligible institutions; and",
     "reserve for researchers at eligible institutions"),
    ("The Council will support at least 4,000 apprenticeship starts next year.", "apprenticeship starts"),
])
def test_an_acts_metric_is_what_it_acts_on(text, metric):
    leads = ["``(2) Allocation.--Of the computing capacity made available under paragraph (1), the Director shall--"]
    (target,) = extract_targets(text, "2026-02-12", leads=leads if text.startswith("``") else ())
    assert target.metric == metric


@pytest.mark.parametrize("text, date, want", [
    # "20x" multiplies as twentyfold does
    ("The Government will expand the capacity of the AI Research Resource by at least 20x by 2030.", "2025-01-13",
     [(20, 2030, ">=")]),
    # "less than or equal to" is at most; which data centres a rule binds is no goal
    ("Data centres that began operating before 1 July 2026 and have a connected load of 300 kilowatts or more shall "
     "achieve a power usage effectiveness of less than or equal to 1.5 from 1 July 2027 and less than or equal to "
     "1.3 from 1 July 2030.", "2023-11-13", [(1.5, 2027, "<="), (1.3, 2030, "<=")]),
    ("By the end of next year, the agency will keep the average power usage effectiveness of its data centers at or "
     "below 1.4.", "2024-06-10", [(1.4, 2025, "<=")]),
    # (a complementizer is no qualifier: "proposes that by 2030 at least 80% of all adults should …")
    ("The Commission proposes that by 2030 at least 80% of all adults should have basic digital skills.",
     "2021-03-09", [(80, 2030, ">=")]),
    # a year's end gone by is when a figure stood; 若干 ("several") in a title is no "if"
    ("2024年末全国在用算力中心标准机架超过880万架，其中智能算力占比32%。", "2025-02-28", []),
    ("一图读懂｜《关于加快推进算力基础设施高质量发展的若干措施》 发展目标：2025年底 ▶ 算力总规模达到15 EFLOPS",
     "2025-05-12", [(15, 2025, "=")]),
    # a budget's proposal to provide a sum over years; not what a law already provides
    ("Budget 2024 proposes to provide $2 billion over five years to build computing capabilities.", "2024-04-16",
     [(2, 2029, "=")]),
    ("President Biden has set a goal of building 500,000 EV chargers by 2030, and the Bipartisan Infrastructure Law "
     "provides $7.5 billion toward that goal.", "2021-11-15", [(500000, 2030, "=")]),
])
def test_multiples_bounds_scopes_and_year_ends(text, date, want):
    assert _got(text, date) == want


def test_lines_after_an_inline_lead_in_go_on_its_verb():
    # a press release's list kept in one clause: each line's verb goes on "will:"
    text = ("The amendment introduces a new pillar of activity dedicated to AI. Under it, the Joint Undertaking will:\n"
            "launch a call for expressions of interest for AI gigafactories by the end of the first quarter of 2026;\n"
            "reserve at least 20% of the capacity of each AI gigafactory for start-ups, SMEs and research;\n"
            "ensure that each new facility uses 100% renewable electricity by 2030.")
    got = [(t.value, t.year, t.comparator, t.metric) for t in extract_targets(text, "2026-01-16")]
    assert got == [(20, None, ">=", "capacity of each AI gigafactory"), (100, 2030, "=", "renewable electricity")]
    # (lines after a lead-in with no verb to go on are not made goals by it)
    assert extract_targets(text.replace("will:", "has three parts:"), "2026-01-16") == []


def test_a_yearly_count_from_the_year_it_begins_has_no_deadline():
    text = ("``(2) Goal.--The Secretary shall carry out this subsection with the goal of training not fewer than "
            "25,000 individuals each year through programs supported under this subsection, beginning in fiscal year "
            "2028.")
    assert _got(text, "2026-02-12") == [(25000, None, ">=")]
    assert _got("The programme will train 5,000 teachers by 2028, beginning in 2026.", "2026-02-12") == [
        (5000, 2028, "=")]
