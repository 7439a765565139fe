"""What a goal counts and measures: a count's whole plural head as its unit, a physical measure's "of" phrase,
a sum's "of" phrase, and a Chinese change's subject before the year it is compared with."""

from __future__ import annotations

import pytest

from ingest.targets import extract_targets

DATE = "2026-01-16"


def _got(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.year, t.metric) for t in extract_targets(text, DATE)]


@pytest.mark.parametrize(("text", "want"), [
    # a count's unit is its noun phrase up to the plural that heads it (was "executive branch")
    ("By 2027, VITA shall launch an AI pilot program in at least 10 executive branch agencies.",
     [(10, "executive branch agencies", 2027, "executive branch agencies")]),
    ("The ministry plans to secure approximately 250,000 additional care workers by 2026.",
     [(250000, "additional care workers", 2026, "care workers")]),  # the things, not the verb "secure"
    # an aside on whom the verb acts with is no break before it (was "")
    ("We will mobilise, together with development banks and the private sector, at least USD 3 billion by 2030.",
     [(3, "billion USD", 2030, "mobilise")]),
    # what a count of clusters is of is no metric of its own: the clusters are counted
    ("The goal is to have at least two new large-scale clusters of leading-edge logic fabs operating in the "
     "United States by 2030.", [(2, "new large-scale clusters", 2030, "large-scale clusters")]),
])
def test_a_count_is_of_its_whole_plural_head(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a power measure names what it measures after "of" (was "gigawatt", then "deploy gigawatt-peak")
    ("By 2030, Singapore aims to deploy at least 2 gigawatt-peak of solar energy.",
     [(2, "gigawatt-peak", 2030, "solar energy")]),
    ("By 2030, the state will permit at least 3 gigawatts of new clean generation capacity on Federal sites.",
     [(3, "gigawatts", 2030, "new clean generation capacity")]),
    # the next goal's verb ends the phrase: "and train at least 4,000"
    ("By 2030, the state will add 6 GW of battery storage and train at least 4,000 clean-energy apprentices.",
     [(6, "GW", 2030, "battery storage"), (4000, "apprentices", 2030, "clean-energy apprentices")]),
])
def test_a_measure_names_what_it_measures_after_of(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a sum "of private investment": what the sum is, not who expects it (was "We expect AI Growth Zones")
    ("We expect AI Growth Zones to attract £30 billion of private investment and to create 15,000 jobs by 2030.",
     [(30, "billion pounds", 2030, "private investment"), (15000, "jobs", 2030, "jobs")]),
    # a sum mobilised through a named initiative (was "contribute", the sentence's other sum's verb)
    ("By 2028 the EU will contribute up to EUR 4 billion from existing programmes, with the aim of mobilising "
     "EUR 20 billion through the InvestAI initiative.",
     [(4, "billion EUR", 2028, "contribute"), (20, "billion EUR", 2028, "mobilising through InvestAI initiative")]),
])
def test_a_sum_names_what_it_is_of_or_goes_through(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # what grows is named before the year it is compared with (was the goal before's 建成行业高质量数据集)
    ("年内建成行业高质量数据集100个，数据交易额较2025年增长30%。",
     [(100, "个", 2026, "建成行业高质量数据集"), (30, "%", 2026, "数据交易额")]),
    # 改造 in a rate's name makes nothing (was metric "改造覆盖率较2023年提高")
    ("到2027年，全省规上工业企业数字化改造覆盖率较2023年提高20个百分点。",
     [(20, "个百分点", 2027, "全省规上工业企业数字化改造覆盖率")]),
    ("2026年新建5G基站2万个。", [(2, "万个", 2026, "新建5G基站")]),
])
def test_a_chinese_change_measures_what_is_compared(text, want):
    assert _got(text) == want


_WILL = ["The amendment introduces a new pillar of activity dedicated to AI. Under it, the Joint Undertaking will:"]


@pytest.mark.parametrize(("item", "want"), [
    # an item's verb goes on its lead-in's "will:": it commits as "The Joint Undertaking will reserve …" does
    ("reserve at least 20% of the capacity of each AI gigafactory for start-ups, SMEs and research;",
     [(20, "%", None, "capacity of each AI gigafactory")]),
    ("ensure that each new facility uses 100% renewable electricity by 2030.",
     [(100, "%", 2030, "renewable electricity")]),
    # what an item may pay, or a count with neither a deadline nor a measure, is none
    ("pay up to EUR 5 million per project;", []),
    ("report on at least 5 indicators;", []),
])
def test_an_item_goes_on_its_lead_ins_will(item, want):
    from ingest.tag import tag_text

    got = [(t.value, t.unit, t.year, t.metric) for t in tag_text(item, date=DATE, leads=_WILL).targets]
    assert got == want


def test_an_item_under_a_lead_in_that_commits_nothing_sets_no_goal():
    from ingest.tag import tag_text

    lead = ["Under the previous regulation, the Joint Undertaking could:"]
    assert not tag_text("reserve at least 20% of the capacity for start-ups;", date=DATE, leads=lead).targets


@pytest.mark.parametrize(("text", "metric"), [
    # a goal after a comma with its own trailing 以上/左右 measures the words of its own clause part, not the goal
    # before
    ("2026年，全年智能算力券发放规模达到5亿元，服务中小企业1000家以上。", "服务中小企业"),
    ("今年发展主要预期目标是：城镇新增就业1200万人以上，城镇调查失业率5.5%左右。", "城镇调查失业率"),
])
def test_a_chinese_goal_with_its_own_bound_names_its_own_metric(text, metric):
    assert _got(text)[-1][3] == metric


@pytest.mark.parametrize(("text", "want"), [
    # a word that opens what follows a count's things is no second word of its unit (was "people between")
    ("The two Prime Ministers set the goal of exchanging 500,000 people between the two countries by 2031.",
     [(500000, "people", 2031, "exchanging people")]),
    ("By 2030 we will train 500,000 people who work in AI.", [(500000, "people", 2030, "people")]),
    ("We will recruit 5,000 teachers whose training is funded by 2027.", [(5000, "teachers", 2027, "teachers")]),
    ("The goal is to move 1,000 researchers among member states by 2029.",
     [(1000, "researchers", 2029, "move")]),
    # a participle still ends them, as before
    ("By 2028 the Government will hire 1,000 data scientists trained in AI.",
     [(1000, "scientists", 2028, "data scientists")]),
])
def test_a_count_ends_before_the_words_that_say_where_or_who(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "metric"), [
    # grades that share their noun are one metric (was "B类人才")
    ("到2028年，全市累计认定各类人才1万名以上，其中A类、B类人才300名以上。", "A类、B类人才"),
    ("到2027年，新增国家级、省级专精特新企业200家。", "新增国家级、省级专精特新企业"),
    # a goal listed before with its own count is no grade of the next: each names its own
    ("到2027年，培育领军企业10家、专精特新企业100家。", "专精特新企业"),
])
def test_grades_before_a_shared_noun_name_the_metric_together(text, metric):
    assert _got(text)[-1][3] == metric


@pytest.mark.parametrize(("text", "want"), [
    # what a change cuts by a share, a list inside it (was "passport applications", the list's last item)
    ("The government will aim to reduce average processing times for immigration, employment insurance and passport "
     "applications by 20 per cent by 2028 through the use of AI tools.",
     [(20, "%", 2028, "average processing times for immigration, employment insurance and passport applications")]),
    # a clause after a comma is no part of what grows
    ("Compute capacity will grow twentyfold by 2030, from roughly 1 exaflop today to at least 20 exaflops.",
     [(20, "EFLOPS", 2030, "")]),
])
def test_what_a_change_by_a_share_changes(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # what an objective names before its level (was "innovation", the last word before it)
    ("UNDERLINES the objective of public and private investment in research and development of 2.5% of GDP by 2030;",
     [(2.5, "%", 2030, "public and private investment in research and development")]),
    # what a sum is for, past its deadline, not the cue's "least" (was "mobilise")
    ("We will mobilise, together with development banks, at least USD 3 billion by 2030 for digital infrastructure "
     "projects.", [(3, "billion USD", 2030, "for digital infrastructure projects")]),
    # what a share supplies, a choice of kinds and all (was "supplied")
    ("New data centres are to be supplied by at least 70 per cent clean or low-carbon electricity by 2030.",
     [(70, "%", 2030, "clean or low-carbon electricity")]),
    # "or more" still ends it
    ("By 2030, 60% renewable electricity or more should power the grid.", [(60, "%", 2030, "renewable electricity")]),
])
def test_what_an_objective_a_sum_or_a_supplied_share_names(text, want):
    assert _got(text) == want


def test_an_items_letter_is_no_metric():
    # a review report's lettered item: the metric was "E"
    got = extract_targets("E. At least 20 percent of the national AI computing resources shall be allocated to small "
                          "and medium enterprises and start-ups each year (new Article 5-5).", "2026-04-14")
    assert [(t.value, t.metric) for t in got] == [(20, "national AI computing resources")]
