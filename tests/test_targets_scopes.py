"""Goals of a state budget message, an OECD instrument and a 国资委 notice: a calendar year's deadline, what new builds
are held to, the measure a later goal shares; and the figures that say which things a rule covers, what a study
found, or what a preamble recognises, which set none."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str = "2026-01-21") -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]


def test_the_end_of_a_calendar_year_is_a_deadline():
    # (was None; the pilot's result stays none)
    text = ("The Department will receive $3 million to train 5,000 State employees in data skills by the end of "
            "calendar year 2027, building on the pilot that trained 900 employees in 2025.")
    assert [t[:4] for t in _got(text)] == [(5000, "employees", 2027, "=")]


@pytest.mark.parametrize(("text", "want"), [
    # which facilities a proposed rule covers, by their size, is no goal (was "> 100 megawatts")
    ("The Administration will propose legislation requiring that new facilities of more than 50 megawatts source "
     "at least 40% of their electricity from clean energy resources by 2030.",
     [(40, "%", 2030, ">=", "electricity from clean energy resources")]),
    ("Data centres of more than 1 MW must report their energy use by 2027.", []),
    # the total of what is built, with its deadline after it, is still one
    ("The plan will deliver solar installations of at least 5 GW by 2030.",
     [(5, "GW", 2030, ">=", "deliver solar installations")]),
])
def test_things_sized_before_what_a_rule_asks_of_them(text, want):
    assert _got(text) == want


def test_a_later_goal_of_the_same_measure_shares_its_metric():
    # (was "reach")
    text = ("The centre will deliver approximately 20 petaflops of AI computing capacity, and the goal is to reach at "
            "least 80 petaflops by the end of fiscal 2029.")
    assert _got(text)[-1] == (80, "PFLOPS", 2029, ">=", "AI computing capacity")


@pytest.mark.parametrize(("text", "date"), [
    # what a study found (was "> 70 %")
    ("OECD analysis published in 2025 found that fewer than 30 countries host public cloud regions, and that the ten "
     "economies with the largest installed capacity account for more than 70% of measured AI compute.", "2026-05-14"),
    # an OECD instrument's preamble, in capitals, ending in a semicolon, on a page with no date (was "~ 2 % 2024")
    ("RECOGNISING that AI compute infrastructure consumes significant amounts of energy and water, that data centres "
     "accounted for around 2% of global electricity consumption in 2024, and that the planning of such "
     "infrastructure has implications for energy systems;", ""),
])
def test_findings_and_preambles_set_no_goal(text, date):
    assert _got(text, date) == []


@pytest.mark.parametrize(("text", "want"), [
    # what new builds are held to, with no modal and no year (was none)
    ("新建智算中心PUE不高于1.2，可再生能源使用比例不低于60%。",
     [(1.2, "", None, "<=", "新建智算中心PUE"), (60, "%", None, ">=", "可再生能源使用比例")]),
    # "全部" says how many reach the level, no part of what is measured
    ("到2030年，存量数据中心PUE全部降至1.3以下。", [(1.3, "", 2030, "<=", "存量数据中心PUE")]),
    # which old ones a rule stops is no goal, nor a statistic of new ones
    ("对PUE高于1.5的存量数据中心，不得新增IT负载。", []),
    ("2025年新建数据中心PUE平均为1.35。", []),
])
def test_what_new_builds_are_held_to(text, want):
    assert _got(text, "2026-06-05") == want


@pytest.mark.parametrize(("text", "want"), [
    # a time cut to a bound, what is cut named at length and past where it starts (was none)
    ("The grid operator will reduce the average time to connect a large battery project to the distribution network "
     "from over four years to no more than 18 months by 2029.",
     [(18, "months", 2029, "<=", "average time to connect a large battery project to the distribution network")]),
    # what a review asks every department to deliver (was none)
    ("The Spending Review asks every department to deliver efficiency savings of 4% of administrative budgets by "
     "2028-29.", [(4, "%", 2029, "=", "deliver efficiency savings")]),
    # a rank between a goal and its deadline is no goal that ends its reach (the halving was undated); "all" is no
    # metric
    ("The fund will help departments to: deploy AI tools to all 300,000 staff by the end of 2027; halve the time "
     "taken to process claims for the top 20 services by 2029.",
     [(300000, "staff", 2027, "=", "deploy AI tools"), (50, "%", 2029, "=", "time taken")]),
    # what a share is of, before "to reach" (was "reach")
    ("The government expects average occupancy of the new systems to reach at least 75% by 2028-29.",
     [(75, "%", 2029, ">=", "average occupancy of the new systems")]),
])
def test_spending_review_goals(text, want):
    assert _got(text, "2026-06-11") == want


def test_a_yearly_count_from_a_year_is_not_due_by_the_deadline_before_it():
    text = ("The department will expand capacity tenfold by 2030, and will make at least 50,000 GPU-hours a year "
            "available to start-ups from 2027-28.")
    assert [t[:4] for t in _got(text, "2026-06-11")] == [(10, "times", 2030, "="), (50000, "GPU-hours", None, ">=")]


@pytest.mark.parametrize(("text", "want"), [
    # which data centres a rule covers (was "> 100 megawatts")
    ("The department will require new data centres above 50 megawatts that receive public support to source at "
     "least 60% of their electricity from clean sources by 2030.",
     [(60, "%", 2030, ">=", "electricity from clean sources")]),
    ("At least 60% clean electricity for publicly supported data centres above 50MW.", []),
])
def test_which_data_centres_a_rule_covers(text, want):
    assert _got(text, "2026-06-11") == want


@pytest.mark.parametrize(("text", "want"), [
    # what a plan requires new systems to be powered by and achieve, with no year (were none)
    ("The plan requires that new national systems are powered by at least 70 per cent renewable electricity from "
     "their first year and achieve a power usage effectiveness of no more than 1.25.",
     [(70, "%", None, ">=", "renewable electricity"), (1.25, "", None, "<=", "power usage effectiveness")]),
    # what powers them now sets none
    ("Our data centres are powered by at least 60 per cent renewable electricity today.", []),
])
def test_what_a_plan_requires_new_systems_to_run_on(text, want):
    assert _got(text, "2026-06-11") == want


@pytest.mark.parametrize(("text", "want"), [
    # a target of a bare count counts the things counted before it (had no unit or metric), up to "as at"
    ("Mr Smith: Thirty staff as at 30 April, with a target of 60 by 30 June 2027.",
     [(60, "staff", 2027, "=", "staff")]),
    ("The office has 22 analysts, with a target of 40 by June 2027.", [(40, "analysts", 2027, "=", "analysts")]),
])
def test_a_target_of_a_bare_count_counts_the_things_before_it(text, want):
    assert _got(text, "2026-06-03") == want
