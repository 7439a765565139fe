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
