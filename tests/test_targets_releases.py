"""Goals of a Cabinet release, a district's 申报通知 and a bill's fiscal note: the bounds each item keeps, what is held
to a standard with no year, and the figures that are no goal: a denied report, the size of each thing, the size
class of the projects counted, a fiscal note's assumptions and estimates."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets


def _got(text: str, date: str = "2026-03-18") -> list[tuple]:
    return [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "want"), [
    # a denied report (was "= 300000 GPUs")
    ("Some media reports have stated that the Government intends to procure 2,00,000 GPUs under the scheme; no such "
     "decision has been taken.", []),
    # the size of each thing built is no goal (was ">= 100 acres")
    ("Develop eight industrial parks of not less than 50 acres each, with the first three operational by 2028.", []),
])
def test_no_goal_in_a_denied_report_or_the_size_of_each(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # what is expanded, past where it starts (was "onboarded under Phase-I"), and the part of it "of which" keeps its
    # unit (had none)
    ("The national facility will be expanded from the 12,500 GPUs onboarded under Phase-I to at least 50,000 GPUs by "
     "March 2029, of which not less than 10,000 will be reserved for start-ups.",
     [(50000, "GPUs", 2029, ">=", "national facility"), (10000, "GPUs", 2029, ">=", "reserved for start-ups")]),
    # "at least" binds the next things of the same verb too (was "="), and "host" is no metric
    ("The data platform will host at least 3,000 datasets and 200 models by December 2027.",
     [(3000, "datasets", 2027, ">=", "datasets"), (200, "models", 2027, ">=", "models")]),
    # a share something will make up, with no year (was none)
    ("Domestic accelerators will make up not less than 15 per cent of the capacity procured after April 2028.",
     [(15, "%", None, ">=", "capacity procured after April 2028")]),
    # a share "of it" is of the goal before's things (was "it powered")
    ("Add 2 GW of data centre capacity in the parks by 2030, at least 50 per cent of it powered by renewable energy.",
     [(2, "GW", 2030, "=", "data centre capacity"), (50, "%", 2030, ">=", "data centre capacity powered")]),
    # a standard a plan mandates, with no year (was none)
    ("Mandate water usage effectiveness (WUE) of not more than 1.5 litres per kWh in all parks.",
     [(1.5, "litres", None, "<=", "water usage effectiveness")]),
])
def test_a_cabinet_releases_goals(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "The fiscal note assumes that the office will receive about 100 applications in FY 2026-27.",
    "The bill increases state expenditures in the department by $3.2 million in FY 2026-27.",
    "Based on this fiscal note, the bill is expected to increase the General Fund reserve by $500,000 in FY 2026-27.",
    "Based on the assumed average grant, the appropriations are sufficient to serve about 120 grantees over FY 2026-27 "
    "and FY 2027-28 combined.",
])
def test_a_fiscal_notes_assumptions_and_estimates_set_no_goal(text):
    assert _got(text, "2026-03-09") == []


def test_a_fiscal_year_written_with_its_second_year_ends_in_it():
    # "FY 2026-27" ends in 2027 (was 2026); a span "FY 2025-30" is no one year
    assert _got("The bill requires that at least 300 small businesses receive grants by FY 2026-27.",
                "2026-03-09")[0][:4] == (300, "small businesses", 2027, ">=")
    assert _got("The department will train 2,000 workers by FY 2025-30.", "2026-03-09")[0][2] is None


@pytest.mark.parametrize(("text", "want"), [
    # the size class of the projects counted is no goal, and a precision in brackets does not hide 以上 (was "=")
    # (the projects counted keep their size class in their metric, 总投资5亿元以上重大项目)
    ("力争2026年全区新引进产业链项目20个以上，其中总投资5亿元以上重大项目不少于3个；全区智能算力规模达到2000PFLOPS（FP16）以上。",
     [(20, "个", 2026, ">=", "引进产业链项目"), (3, "个", 2026, ">=", "总投资5亿元以上重大项目"),
      (2000, "PFLOPS", 2026, ">=", "全区智能算力规模")]),
    # the agencies that act are no part of what is measured (was "区文化广电旅游体育局发布")
    ("2026年，区经济和信息化局将会同区卫生健康局、区交通运输局发布不少于15个应用场景需求清单。",
     [(15, "个", 2026, ">=", "发布应用场景需求清单")]),
])
def test_a_district_notices_goals(text, want):
    assert _got(text, "2026-03-20") == want


@pytest.mark.parametrize(("text", "want"), [
    # a statistic in the past tense is no goal, whatever source "according to" names and whatever is "allocated to"
    ("According to the ministry, the public sector held about 1,800 advanced GPUs at the end of 2025.", []),
    ("In 2025, SMEs and start-ups used about 28 percent of the GPU hours allocated to the national centres.", []),
    # a standing yearly share a rule sets, with no year (was none)
    ("At least 15 percent of the national computing resources shall be allocated to start-ups each year.",
     [(15, "%", None, ">=", "national computing resources")]),
    # what was so each year is none
    ("At least 20 percent of applicants were women each year.", []),
])
def test_a_review_reports_statistics_and_standing_shares(text, want):
    assert _got(text, "") == want


@pytest.mark.parametrize(("text", "want"), [
    # a yearly count of what is organised (开展…培训) (was none)
    ("每年开展算力产业职业技能培训不少于2万人次。", [(2, "万人次", None, ">=", "每年开展算力产业职业技能培训")]),
    # the cue's verb and what it makes, after the year, name the metric (was empty)
    ("到2027年，全省认定省级实训基地15个以上。", [(15, "个", 2027, ">=", "全省认定省级实训基地")]),
])
def test_a_provincial_rules_yearly_and_counted_goals(text, want):
    assert _got(text, "2026-05-08") == want


@pytest.mark.parametrize(("text", "want"), [
    # a deadline after a second modal is that clause's, not the first's (the PUE limit was dated 2030)
    ("The operator shall achieve an annual power usage effectiveness (PUE) of 1.25 or lower and shall procure at "
     "least 60 percent of its electricity from renewable sources by 2030.",
     [(1.25, "", None, "<=", "annual power usage effectiveness"),
      (60, "%", 2030, ">=", "electricity from renewable sources")]),
    # the provision cited after a goal is no part of what it measures (was "… area (new Article 5-3)")
    ("The Government shall secure at least 40,000 advanced GPUs by December 31, 2030, of which at least 25 percent "
     "shall be located outside the capital area (new Article 5-3).",
     [(40000, "GPUs", 2030, ">=", "advanced GPUs"),
      (25, "%", 2030, ">=", "located outside the capital area")]),
])
def test_a_bills_clauses_each_keep_their_deadline_and_metric(text, want):
    assert _got(text, "2026-04-14") == want
