"""Goals in a governor's order after its recitals, an IMF programme's criteria, a regulation's minimum shares and a
strategy's longer-term aims; and what an economic outlook, a projection or unnamed sources say, which sets none."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str = "2025-04-22") -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]


@pytest.mark.parametrize("text", [
    # after a semicolon ("NOW," was read as "now, …", how things stand)…
    "WHEREAS, state fleets produced 12 percent of the state's transport emissions in 2022; NOW, THEREFORE, I hereby "
    "direct that agencies cut emissions from state fleets by 40 percent by 2030.",
    # …or a comma (the recital's WHEREAS governed the whole sentence)
    "WHEREAS, state fleets produced 12 percent of the state's transport emissions in 2022, NOW, THEREFORE, I hereby "
    "direct that agencies cut emissions from state fleets by 40 percent by 2030.",
])
def test_an_order_s_operative_part_after_its_recital(text):
    assert _got(text) == [(40, "%", 2030, "=", "emissions from state fleets")]


def test_a_recital_alone_sets_no_goal():
    assert _got("WHEREAS, state fleets produced 12 percent of the state's transport emissions in 2022;") == []


@pytest.mark.parametrize(("text", "want"), [
    # an IMF programme's test dates "at end-June 2026" and its floor "no lower than" (both were unread)
    ("Performance criteria: net international reserves shall be no lower than US$3.1 billion at end-June 2026, and "
     "the primary deficit shall not exceed 1.8 percent of GDP at end-December 2025.",
     [(3.1, "billion dollars", 2026, ">=", "net international reserves"), (1.8, "%", 2025, "<=", "primary deficit")]),
    ("Structural benchmark: clear at least 40 percent of the stock of domestic arrears by end-March 2027.",
     [(40, "%", 2027, ">=", "clear")]),
    # a price ceiling "no higher than"
    ("The tariff shall be no higher than 0.40 yuan per kWh by end-2027.", [(0.4, "yuan", 2027, "<=", "tariff")]),
])
def test_an_imf_programme_s_criteria(text, want):
    assert _got(text, "2025-06-20") == want


def test_a_regulation_s_minimum_shares_from_each_year():
    # "a minimum share of X of 2 % from 2025, …" (none was read)
    text = ("Fuel suppliers shall ensure that the fuel supplied at each port contains a minimum share of renewable "
            "fuels of 1.2 % from 2025, 5.5 % from 2030 and 14 % from 2035.")
    assert _got(text, "2023-10-31") == [(1.2, "%", 2025, ">=", "share of renewable fuels"),
                                        (5.5, "%", 2030, ">=", "share of renewable fuels"),
                                        (14, "%", 2035, ">=", "share of renewable fuels")]


@pytest.mark.parametrize(("text", "want"), [
    # the longer term has no year: the deadline before it no longer dates the goals after it (was FY2027), and the
    # next things the same verb counts are a goal too (were none)
    ("The plan aims to raise venture investment to more than 2 trillion yen by FY2027 and, in the longer term, to "
     "create 50 unicorns and 20,000 startups.",
     [(2, "trillion yen", 2027, ">", "venture investment"), (50, "unicorns", None, "=", "unicorns"),
      (20000, "startups", None, "=", "startups")]),
    ("We will cut emissions by 40% by 2030 and by 90% in the long run.",
     [(40, "%", 2030, "=", "emissions"), (90, "%", None, "=", "emissions")]),
    # a doubling before "and to train N": the next goal's count is no level the doubling reaches (was none)
    ("We aim to double the number of data scientists in the civil service over the next two years and to train "
     "5,000 officers in AI skills by 2026.",
     [(2, "times", 2027, "=", "number of data scientists"),
      (5000, "officers", 2026, "=", "officers")]),
    # a second share aimed for, in the same form, however long the words between (was none); what the first is of,
    # not who aims (was "the national strategy")
    ("By 2030, the national strategy aims for 80% of adults to have at least basic digital skills and for 60% of "
     "small firms to sell online.",
     [(80, "%", 2030, "=", "adults"), (60, "%", 2030, "=", "small firms")]),
    # "a target of a 30% relative reduction" (none was read), its kind no metric
    ("The framework includes a voluntary target of a 20% relative reduction in harmful alcohol use by 2025.",
     [(20, "%", 2025, "=", "relative reduction")]),
    # a top-up by another sum this year (was none)
    ("This year, we will top up the National Research Fund by another $2 billion.",
     [(2, "billion dollars", 2025, "=", "the National Research Fund")]),
])
def test_longer_term_aims_and_the_next_goals_of_one_verb(text, want):
    assert _got(text, "2025-02-18") == want


def test_things_after_and_without_a_unit_of_their_own_are_no_goal():
    assert _got("The city will build 20 parks by 2028 and 3 of them will be in the north.", "2025-02-18") == [
        (20, "parks", 2028, "=", "parks")]


@pytest.mark.parametrize("text", [
    # a projection whose cue reads from what is projected ("growth is projected to moderate to")
    "Real GDP growth is projected to slow to 2.8 percent in 2026 from 3.5 percent in 2025.",
    # an economy's outlook
    "Inflation is expected to decline to 4 percent by end-2026.",
    # what unnamed sources say a government weighs
    "Reuters reported, citing people familiar with the matter, that the cabinet is considering setting this year's "
    "growth target at around 5 percent.",
    "The ministry is considering raising the subsidy to 30 percent by 2027.",
])
def test_outlooks_projections_and_hearsay_set_no_goal(text):
    assert _got(text, "2025-06-20") == []


def test_a_programme_expected_to_mobilise_a_sum_is_still_a_goal():
    # "is expected to" alone stays a goal's cue where no economy's outlook is meant
    assert _got("The programme is expected to mobilise €8 billion of investment by 2027.", "2025-06-20") == [
        (8, "billion euros", 2027, "=", "investment")]
