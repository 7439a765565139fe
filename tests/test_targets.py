"""Target extraction: goals in Chinese and English, relative years, numerals, units, non-targets."""

import pytest

from ingest.deadlines import lead_year
from ingest.numerals import zh_number
from ingest.targets import extract_targets
from ingest.years import find_years

PRESS_DATE = "2024-06-10"


def one(text, date="", **want):
    found = extract_targets(text, date)
    assert len(found) == 1, found
    t = found[0]
    for key, value in want.items():
        assert getattr(t, key) == value, (key, t)
    return t


def test_extract_targets_relative_year_resolves_against_document_date():
    text = ("Guangdong province has announced plans for its computing power to surpass 40 exaflops by "
            "next year and reach 60 exaflops by 2027.")
    first, second = extract_targets(text, PRESS_DATE)
    assert (first.value, first.unit, first.year, first.comparator) == (40, "EFLOPS", 2025, ">")
    assert (second.value, second.year, second.comparator) == (60, 2027, "=")
    assert first.metric == second.metric == "computing power"


def test_extract_targets_coordinated_value_inherits_goal():
    text = ("These measures set targets for the artificial intelligence sector to achieve a value of "
            "300 billion yuan (US41.4 billion) by next year and 440 billion yuan by 2027.")
    found = extract_targets(text, PRESS_DATE)
    assert [(t.value, t.unit, t.year) for t in found] == [(300, "billion yuan", 2025),
                                                          (440, "billion yuan", 2027)]
    assert found[0].metric == "artificial intelligence sector"


def test_extract_targets_span_offsets_point_into_text():
    text = "China set an objective for its national computing performance to achieve 300 exaflops by 2025."
    t = one(text, value=300, year=2025, unit="EFLOPS")
    assert text[t.start:t.end] == t.text and "300 exaflops" in t.text


def test_extract_targets_chinese_year_from_earlier_in_clause():
    t = one("到2023年，全市每万常住人口家庭医生数不低于4人。", value=4, unit="人", year=2023, comparator=">=")
    assert t.metric == "全市每万常住人口家庭医生数"


def test_extract_targets_chinese_each_goal_with_its_own_year():
    found = extract_targets("家庭医生签约服务覆盖率2023年达到80%、力争2035年达到95%。")
    got = [(t.value, t.unit, t.year, t.comparator) for t in found]
    assert got == [(80, "%", 2023, "="), (95, "%", 2035, "~")]
    assert found[0].metric == "家庭医生签约服务覆盖率"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("明年全省人工智能核心产业规模突破三千亿元。", 3000, "亿元"),
    ("到2025年，力争培养两万名技能人才。", 2, "万名"),
    ("到2025年，新增就业岗位1.5万个。", 1.5, "万个"),
    ("到2027年，培养不少于3500名基层医生。", 3500, "名"),  # (a year after the text's: one gone by is no goal)
    ("到2025年，全省算力规模达到50 EFLOPS。", 50, "EFLOPS"),  # a Latin unit set off by a space
    ("到2025年，智能算力达到20 PFLOPS以上。", 20, "PFLOPS"),
])
def test_extract_targets_chinese_numerals_and_units(text, value, unit):
    t = one(text, "2024-01-01", value=value, unit=unit)
    assert t.year in (2025, 2027)


def test_extract_targets_a_plan_quota_for_a_year_and_not_its_breakdown():
    found = extract_targets("2026年，天河区港澳居民随迁子女积分制入学计划总数为135个（小学45个、初中90个）。")
    assert [(t.value, t.unit, t.year) for t in found] == [(135, "个", 2026)]


def test_extract_targets_a_chinese_goal_with_its_own_time_frame_takes_no_earlier_year():
    found = extract_targets("到2025年，为各区至少培育1家示范基地，及时更新知识技能。深化健康合作，利用3-5年时间，"
                            "力争培训约1000名达到国际服务标准的家庭医生。", "2023-05-01")
    # a range of years is dated by its end, the latest the text allows: 3-5 years from 2023 is 2028
    assert [(t.value, t.year) for t in found] == [(1, 2025), (1000, 2028)]
    assert found[1].metric == "培训达到国际服务标准的家庭医生"


def test_extract_targets_relative_chinese_years():
    assert one("明年全市算力规模达到10 EFLOPS。", "2024-06-10").year == 2025
    assert one("今年全市新增5G基站达到2万个。", "2024-06-10").year == 2024


def test_extract_targets_trailing_yishang_after_goal_verb():
    one("到2025年，培育10家以上龙头企业。", value=10, unit="家", comparator=">=")


@pytest.mark.parametrize(("text", "value", "unit", "year", "comparator"), [
    ("Member States shall ensure that at least 50 percent of public buses are zero-emission by 2030.",
     50, "%", 2030, ">="),
    ("The plan aims to reduce greenhouse gas emissions by 40% by 2030.", 40, "%", 2030, "="),
    # "below" and "less than" are strict; "no more than" and "up to" allow the figure itself
    ("By 2030, the power usage effectiveness of new data centres shall be below 1.3.", 1.3, "", 2030, "<"),
    ("By 2030, emissions shall be no more than 18 million tonnes.", 18, "million tonnes", 2030, "<="),
    ("By 2030, unemployment shall be less than 5%.", 5, "%", 2030, "<"),
])
def test_extract_targets_english_policy_forms(text, value, unit, year, comparator):
    one(text, value=value, unit=unit, year=year, comparator=comparator)


@pytest.mark.parametrize("text", [
    "Article 5 of Regulation (EU) 2024/1689 applies from 2 August 2025.",
    "Non-compliance shall be subject to administrative fines of up to EUR 35 000 000 or up to 7 % of "
    "its total worldwide annual turnover.",
    "申请人家庭人均可支配收入低于49952元，2024年起执行。",
    "见习期限不少于3个月，最长不超过12个月。",
    "对违反规定的，处5万元以上10万元以下罚款。",
    "本条例所称市场主体，是指以营利为目的从事经营活动的自然人、法人及非法人组织。本条例自2022年3月1日起施行。",
    "These goals correspond to 2.3 percent and 3.3 percent, respectively, of the province's GDP in 2023.",
    "If these objectives are met, Guangdong will contribute approximately 13 percent to the total.",
    "More than 200 people attended the meeting.",
    # an order of magnitude is a threshold, and its base is no count of ten
    "(i) any model trained using more than 10^26 integer or floating-point operations; and",
])
def test_extract_targets_ignores_numbers_that_are_not_goals(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize("text", [
    # what was done, not what is to be
    "The 2020 target of 20% renewables was exceeded, with the EU reaching 22.1% in 2020.",
    "In 2023, the province reached 50 EFLOPS of computing power.",
    "By 2024 the programme had trained 3,000 engineers.",
    "2023年，全省算力规模已达到50 EFLOPS。",
    "到2023年底，全市已建成5G基站8万个。",
    # a goal reported as met however it is said, and a forecast no one commits to
    "Germany had aimed to put 1 million electric vehicles on its roads by 2020, a goal that was only reached in 2023.",
    "The IEA projects that global data centre electricity demand could reach 945 TWh by 2030.",
])
def test_extract_targets_ignores_what_was_achieved(text):
    assert extract_targets(text, "2024-06-01") == []


@pytest.mark.parametrize("text", [
    "The province will have reached 50 EFLOPS by 2025.",
    "Computing power is expected to exceed 40 EFLOPS by 2025.",
    "The target is that installed capacity reached 60 GW by 2030.",
    "到2025年，全省算力规模达到50 EFLOPS。",
])
def test_extract_targets_past_forms_ahead_of_their_time_are_goals(text):
    assert len(extract_targets(text, "2024-06-01")) == 1


@pytest.mark.parametrize(("text", "value", "year", "comparator"), [
    # a change from a figure it starts at: the figure it goes to is the goal, the start's "last year" no past
    ("Public AI compute capacity will grow from 20 EFLOPS last year to 40 EFLOPS by 2025.", 40, 2025, "="),
    ("We will triple apprenticeship starts in green industries, from 4,000 in 2023 to 12,000 by 2028.",
     12000, 2028, "="),
    ("By the end of the decade, the region will generate at least 70% of its electricity from renewables.",
     70, 2030, ">="),
    ("The Government's ambition is for at least 75% of the adult workforce to hold a Level 3 qualification.",
     75, None, ">="),
    ("到2025年，全市万元地区生产总值用水量控制在28立方米以内。", 28, 2025, "<="),
])
def test_extract_targets_changes_horizons_and_ambitions(text, value, year, comparator):
    found = [t for t in extract_targets(text, "2023-05-01") if t.value == value]
    assert len(found) == 1 and (found[0].year, found[0].comparator) == (year, comparator)
    assert not [t for t in extract_targets(text, "2023-05-01") if t.value in (20, 4000)]


def test_extract_targets_without_date_leaves_relative_year_unknown():
    t = one("Computing power is to surpass 40 exaflops by next year.")
    assert t.year is None and t.value == 40


@pytest.mark.parametrize(("numeral", "value"), [
    ("三千五百", 3500), ("两万", 20000), ("十二", 12), ("一万二千", 12000), ("三亿", 300_000_000),
    ("二〇二五", 2025),
])
def test_zh_number_reads_chinese_numerals(numeral, value):
    assert zh_number(numeral) == value


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("By 2026, train at least five hundred teachers.", 500, "teachers"),
    ("The goal is to reach two hundred and fifty sites by 2027.", 250, "sites"),
    ("The plan aims to establish twenty-five new testbeds by 2028.", 25, "testbeds"),
    # a thousand is a number, as a hundred is (30 "thousand engineers" before; million and billion stay scales)
    ("By 2030, the state aims to employ at least thirty thousand engineers.", 30000, "engineers"),
])
def test_extract_targets_reads_english_number_words(text, value, unit):
    # "five hundred" was read as five (of "hundred teachers"), and "twenty-five" not at all
    one(text, value=value, unit=unit)


def test_extract_targets_dates_a_deadline_counted_in_words():
    one("(b) Within ninety days of the date of this order, the Secretary shall establish at least three testbeds.",
        "2023-10-30", value=3, year=2024)


def test_extract_targets_reads_dates_in_both_english_orders():
    one("By March 15, 2025, the Secretary shall designate at least five regions composed of federal lands.",
        value=5, unit="regions", year=2025, comparator=">=")
    one("The province aims to reach 60 exaflops by 15 March 2027.", value=60, unit="EFLOPS", year=2027)


def test_extract_targets_skip_a_condition():
    text = ("(ii) within 180 days of the date of this order, coordinate to publish a joint list of ten high-priority "
            "sites — or, if fewer than ten appropriate sites exist, as many sites as possible — which may overlap")
    # the list to publish is a goal; "fewer than ten" is its condition, not a second one
    assert [(t.value, t.comparator, t.metric, t.year) for t in extract_targets(text, "2025-01-14")] == [
        (10, "=", "high-priority sites", 2025)]
    # a list with no date to publish it by is no goal
    assert extract_targets("Agencies may publish a list of ten sites.") == []


def test_extract_targets_share_of_units_that_are_to_act_is_a_goal():
    text = "实施基层中医药服务能力提升工程，100%的社区卫生服务中心和镇卫生院完成中医馆设置，加强15%的中医馆内涵建设。"
    found = extract_targets(text)
    assert [(t.value, t.unit, t.metric) for t in found] == [
        (100, "%", "社区卫生服务中心和镇卫生院完成中医馆设置"), (15, "%", "中医馆内涵建设")]
    assert found[0].text == "100%的社区卫生服务中心和镇卫生院完成中医馆设置"
    # a share that nobody is to reach: no goal verb
    assert extract_targets("个人负担30%的费用，其余由医保基金支付。") == []
    # an aside in brackets is not part of what the share is of
    [t] = extract_targets("推动医疗机构预留30%的号源（其中专家号源不低于30%）给基层的家庭医生（团队）。")
    assert (t.value, t.metric) == (30, "号源给基层的家庭医生")


@pytest.mark.parametrize(("text", "value", "unit", "metric", "year"), [
    ("(iii) Within 540 days of the date of this order, establish at least four new National AI Research "
     "Institutes, in addition to the 25 currently funded.", 4, "Institutes", "National AI Research Institutes", None),
    ("AISI shall pursue voluntary preliminary testing of at least two frontier AI models prior to their "
     "public deployment.", 2, "models", "frontier AI models", None),
    ("with the goal of training 500 new researchers by 2025 capable of meeting the rising demand for AI "
     "talent.", 500, "researchers", "researchers", 2025),
    # a metric that would be only the act names the things it counts
    ("(a) By February 28, 2025, the Secretary of Defense and the Secretary of Energy shall, if possible, each "
     "identify a minimum of 3 sites on Federal land", 3, "sites", "identify sites", 2025),
    ("(c) By March 15, 2025, the Secretary shall designate at least five regions composed of lands", 5,
     "regions", "designate regions", 2025),
    # what is measured runs on through "of", "on" and "in" while its words are nouns
    ("with a goal of bringing the power usage effectiveness ratio of AI data centers on Federal sites below "
     "1.1;", 1.1, "", "power usage effectiveness ratio of AI data centers on Federal sites", None),
])
def test_extract_targets_what_an_order_commits_to_bring_about(text, value, unit, metric, year):
    one(text, value=value, unit=unit, metric=metric, year=year)


def test_extract_targets_a_count_with_a_deadline_names_what_is_counted():
    # "AI regulatory sandbox": the things counted open with a two-letter acronym
    one("Each Member State shall set up at least one AI testing facility, which shall be operational by "
        "1 March 2027.", value=1, unit="facility", metric="AI testing facility", year=2027, comparator=">=")
    # without a date to reach it by, "at least one" still only says that some exist
    assert extract_targets("Each Member State shall set up at least one AI testing facility.") == []
    # a deadline counted from the order's date is such a date
    one("(ii) Within 150 days of the date of this order, fund and launch at least one NSF Regional Innovation "
        "Engine that prioritizes AI-related work.", "2023-10-30", value=1, year=2024,
        metric="NSF Regional Innovation Engine", comparator=">=")


@pytest.mark.parametrize("text", [
    "Each Member State shall designate at least one notifying authority.",  # one: that some exist
    "which shall be presumed when it has been made available to at least 10 000 registered business users",
])
def test_extract_targets_a_minimum_nobody_is_to_bring_about_is_not_a_goal(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize(("text", "date", "year"), [
    ("(iii) Within 540 days of the date of this order, establish at least four new National AI Research "
     "Institutes.", "2023-10-30", 2025),
    ("(i) Within 180 days of the date of this memorandum, AISI shall pursue testing of at least two frontier "
     "AI models.", "2024-10-24", 2025),
    ("Within one year of the date of this order, the Secretary shall establish at least three testbeds.",
     "2023-10-30", 2024),
    ("Within 2 months of the date of this order, the Secretary shall establish at least five sites.",
     "2024-11-15", 2025),
    ("Within 540 days of the date of this order, establish at least four new institutes.", "", None),
])
def test_extract_targets_a_deadline_counted_from_the_document_date(text, date, year):
    [t] = extract_targets(text, date)
    assert t.year == year


def test_extract_targets_a_deadline_from_the_document_date_makes_no_goal_of_a_duration():
    assert extract_targets("(A) Within 180 days of the date of this memorandum, DOE shall complete initial "
                           "evaluations, and shall report no more than 30 days after each evaluation.",
                           "2024-10-24") == []


def test_extract_targets_a_deadline_that_opens_the_sentence_dates_its_verb():
    one("(a) By February 28, 2025, the Secretary of Defense shall identify a minimum of 3 sites on Federal "
        "land for the construction of a frontier AI data center by the end of 2027.",
        value=3, unit="sites", year=2025, comparator=">=")
    found = extract_targets("By 2025, the province will reach 40 EFLOPS of computing power, and by 2027 reach "
                            "60 EFLOPS.")
    assert [(t.value, t.year) for t in found] == [(40, 2025), (60, 2027)]
    # a counted deadline opening the sentence dates it too, unless the goal carries its own year
    one("(ii) Within 180 days of the date of this order, the Secretary shall establish at least ten sites that "
        "can serve the demand of data centers by December 31, 2035.", "2025-01-14", value=10, year=2025)
    one("(b) Within 120 days of the date of this order, the Secretary shall establish a pilot program with the "
        "goal of training 500 new researchers by 2025.", "2023-10-30", value=500, year=2025)


@pytest.mark.parametrize("row, metrics", [
    # the indicator table of the Guangzhou family-doctor plan (附件1): the goal's cell says only how
    # the figure changes and what it reaches by when; the cell before it names the figure
    ("签约数量指标 | 1.重点人群签约服务覆盖率 | 较上一年增加。2023年达到80%，力争2035年达到95%。 | 重点人群",
     ["重点人群签约服务覆盖率", "重点人群签约服务覆盖率"]),
    ("11.签约居民满意率 | 较上一年增加，2035年达到90%。 | 签约居民对签约服务基本满意", ["签约居民满意率"]),
    ("2.签约服务覆盖率 | 每年增加1-3个百分点。2035年达到75%。 | 家庭医生签约服务覆盖率=", ["签约服务覆盖率"]),
    # a goal cell that names its own figure keeps it
    ("增加服务供给 | 4.家庭医生人数 | 2023年力争每万常住人口家庭医生达到4名。 | 考察", ["每万常住人口家庭医生"]),
])
def test_extract_targets_a_table_row_goal_measures_the_indicator_in_the_cell_before(row, metrics):
    assert [t.metric for t in extract_targets(row, "2023-05-01")] == metrics


@pytest.mark.parametrize("row, value, comparator, metric", [
    # an indicator table's standard is a goal with or without a year: the cell after a numbered
    # indicator's name, holding little but the standard
    ("15.签约高血压患者血压控制率 | ≥50% | 核查签约居民健康状况的改善情况。 | 系统随机抽。", 50, ">=",
     "签约高血压患者血压控制率"),
    ("优化服务模式 | 8.家庭医生签约服务种类 | 支持签约模式的种类大于3类。 | 考察服务模式是否多样化。", 3, ">",
     "支持签约模式的种类"),
    ("3.数据中心电能利用效率 | ≤1.3 | 年度平均值。", 1.3, "<=", "数据中心电能利用效率"),
])
def test_extract_targets_an_indicator_tables_standard_is_a_goal(row, value, comparator, metric):
    [t] = extract_targets(row, "2023-05-01")
    assert (t.value, t.year, t.comparator, t.metric) == (value, None, comparator, metric)


@pytest.mark.parametrize("text", [
    "12.就诊率 | 力争达到60%。 | 就诊人数指在签约机构就诊≥1 次的签约基本包居民。",  # ≥ in a definition
    "5.入户条件 | 积分满150分，年龄不大于45周岁。",  # an age limit, not a standard
])
def test_extract_targets_a_comparison_outside_a_standard_is_no_goal(text):
    assert all(t.value not in (1, 45) for t in extract_targets(text, "2023-05-01"))


def test_extract_targets_bu_chaoguo_is_at_most():
    [t] = extract_targets("到2025年，全市数据中心PUE不超过1.3。", "2023-05-01")
    assert (t.value, t.comparator, t.year) == (1.3, "<=", 2025)


@pytest.mark.parametrize(("text", "metrics"), [
    # the goal after a trailing 以上 names its own metric, not "以上"
    ("到2026年，培育人工智能领军企业10家以上，专精特新企业100家以上。", ["培育人工智能领军企业", "专精特新企业"]),
    # a goal that shares the cue of the one before still has its own metric in Chinese
    ("到2026年，培育领军企业10家、专精特新企业100家。", ["培育领军企业", "专精特新企业"]),
    ("到2025年，签约率达到40%和50%。", ["签约率", "签约率"]),
    # an item's number is not part of the metric; a Latin word inside the object is
    ("1.数字经济核心产业增加值占地区生产总值比重达到12%。2.到2025年建成5G基站15万个。",
     ["数字经济核心产业增加值占地区生产总值比重", "建成5G基站"]),
])
def test_extract_targets_metric_of_each_goal_in_a_chinese_sentence(text, metrics):
    assert [t.metric for t in extract_targets(text, "2024-01-01", ["到2025年，具体包括："])] == metrics


def test_extract_targets_a_time_limit_in_days_is_no_goal():
    text = ("(A) Within 180 days of the date of this memorandum, DOE shall complete initial evaluations of a "
            "frontier AI model no more than 30 days after the model has been made available.")
    assert extract_targets(text, "2024-10-24", ["(iii) DOE shall seek to develop the capability. As part of it:"]) == []


@pytest.mark.parametrize(("lead", "year"), [
    ("一、总体目标\n到2026年，全市人工智能产业发展取得明显成效，具体目标如下：", 2026),
    ("主要目标：到2025年，全省数字经济发展水平显著提升，具体包括：", 2025),
    ("2025年底前，完成以下任务：", 2025),
    ("By 2030, the Union aims to achieve the following:", 2030),
    ("Member States shall, by 2 August 2026, ensure the following:", 2026),
    ("2023年，全市取得以下成效：", None),  # a past year, not a deadline
    ("In 2023, the following were achieved:", None),
    ("到2025年，目标如下：到2027年，实现：", None),  # two deadlines: the items must say which
    # a deadline counted from the order is for the lead's own act, not for the goals its items name
    ("(k) Within 60 days of the date of this order, the Secretary shall establish a grand challenge for the "
     "purpose of:", None),
    ("By 2027, the province will grow. In 2023 it did the following:", None),  # the colon's sentence only
])
def test_lead_year_is_the_deadline_of_the_sentence_ending_in_the_colon(lead, year):
    assert lead_year(lead, "2025-01-14") == year


@pytest.mark.parametrize(("text", "date", "want"), [
    # cues and verbs: 降到…以下 binds a bare ratio; 稳定在/保持在; 新建, 筹建, 培训; 至少 before a verb
    ("到2027年，新建数据中心PUE降到1.3以下。", "", [(1.3, 2027, "<=")]),
    ("明年全市蔬菜种植面积稳定在50万亩以上，水产品产量保持在30万吨左右。", "2024-03-01",
     [(50, 2025, ">="), (30, 2025, "~")]),
    ("到2026年，全区新建和改扩建公办幼儿园20所，筹建人才公寓3000套。", "", [(20, 2026, "="), (3000, 2026, "=")]),
    ("到2025年，完成新型职业农民培训2万人次，为每个镇至少培育1家“专精特新”示范企业。", "",
     [(2, 2025, "="), (1, 2025, ">=")]),
    ("到2025年，单位工业增加值用水量比2020年下降16%以上，每万人口高价值发明专利拥有量达到15件。", "",
     [(16, 2025, ">="), (15, 2025, "=")]),
    ("到2026年，城市绿色出行比例提高8个百分点，建设约200间社区食堂。", "", [(8, 2026, "="), (200, 2026, "~")]),
    # the second goal of a sentence says its own how with 以上 or 左右
    ("今年的预期目标是：新增就业80万人以上，城镇调查失业率5.5%左右。", "2024-03-05",
     [(80, 2024, ">="), (5.5, 2024, "~")]),
    # ≥ in a row whose first cell names the indicator
    ("空气质量优良天数比率 | ≥92%", "", [(92, None, ">=")]),
    # a horizon counted from the document's date
    ("自本方案印发之日起三年内，全市新增托育服务机构40家。", "2024-05-01", [(40, 2027, "=")]),
    ("The agency will deploy more than 3,000 sensors along the river within two years.", "2024-05-01",
     [(3000, 2026, ">")]),
    ("The programme will train 200,000 nurses over the next four years.", "2023-09-01", [(200000, 2027, "=")]),
    ("The department plans to secure approximately 40,000 additional childcare places by fiscal 2027.", "",
     [(40000, 2027, "~")]),
    # a quantity with its own deadline in a sentence that commits to it; per cent is %
    ("The utility must connect 120 GW of new storage capacity to the grid by 2035.", "", [(120, 2035, "=")]),
    ("The plan sets a target of screening 80 per cent of adults over 50 for diabetes by 2028.", "",
     [(80, 2028, "=")]),
    ("The ministry will open five hundred new youth centres by June 2027.", "", [(500, 2027, "=")]),
    ("We will hire 2,000 additional food-safety inspectors.", "", [(2000, None, "=")]),
])
def test_extract_targets_more_shapes_of_goals(text, date, want):
    assert [(t.value, t.year, t.comparator) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "date"), [
    ("截至2023年底，全省累计建成充电桩12万个，新能源汽车保有量超过80万辆。", "2024-02-01"),  # as of: a statistic
    ("2022年，全市新增市场主体达到15万户。", "2024-02-01"),  # a year before the document's
    ("In 2022, the sector was worth 80 billion dollars, more than 40 percent of the regional total.", ""),
    ("Wind capacity should reach 60 GW by 2030, up from 30 GW in 2022.", ""),  # the start, not a second goal
    ("By 2027, the programme will fund training for firms with fewer than 100 employees.", ""),
    ("If the pilots succeed, the programme will reach 500 schools by 2027.", ""),
    ("By 2030, emissions are to fall at least 40% below 2005 levels.", ""),
    ("By 2028, the clinics will vaccinate children under five against measles.", ""),
    ("到2025年，每千人口拥有养老床位达到40张。", ""),
])
def test_extract_targets_leaves_out_statistics_baselines_and_attributes(text, date):
    got = [(t.value, t.year) for t in extract_targets(text, date)]
    goals = {"Wind capacity should reach 60 GW by 2030, up from 30 GW in 2022.": [(60, 2030)],
             "By 2030, emissions are to fall at least 40% below 2005 levels.": [(40, 2030)],
             "到2025年，每千人口拥有养老床位达到40张。": [(40, 2025)]}
    assert got == goals.get(text, [])


def test_extract_targets_metric_keeps_a_short_bracketed_aside():
    t = one("到2025年，每千人口执业（助理）医师数达到3.5人。", value=3.5, year=2025)
    assert t.metric == "每千人口执业医师数"


@pytest.mark.parametrize(("text", "want"), [
    # a verb's count after a threshold of the things counted, which is no goal itself
    ("到2027年，累计培育年产值5亿元以上的软件企业30家。", [(30, 2027, "=")]),
    # a second goal named as "X of N", in another unit
    ("By 2028, the region aims for a digital economy worth more than 90 billion euros and a data-centre "
     "capacity of 800 MW.", [(90, 2028, ">"), (800, 2028, "=")]),
    ("By 2029, the agency will nurture 400 start-ups in rural areas.", [(400, 2029, "=")]),
    # a deadline after the last of two goals joined by "and" dates both
    ("The plan aims to cut hospital infections by 40 percent and waiting lists by 25 percent by 2030.",
     [(40, 2030, "="), (25, 2030, "=")]),
    # what was done last year is no goal beside what is to be done
    ("Last year the province built 120 schools, and it plans to build more than 200 by 2027.",
     [(200, 2027, ">")]),
])
def test_extract_targets_shapes_of_a_third_blind_set(text, want):
    assert [(t.value, t.year, t.comparator) for t in extract_targets(text)] == want


def test_extract_targets_each_year_is_no_unit_and_a_comma_after_last_year_still_reports_the_past():
    t = one("The Department shall fund no fewer than 30 AI teaching fellowships each year.", value=30)
    assert t.unit == "fellowships" and t.metric == "AI teaching fellowships"
    assert extract_targets("Last year, the country installed 15 GW of solar capacity, up from 10 GW in 2022.",
                           "2025-04-01") == []


@pytest.mark.parametrize(("text", "want"), [
    # what a change is measured against is not part of the metric; a count may change by so much too
    ("到2025年，单位地区生产总值能耗比2020年下降14%。", [(14, 2025, "单位地区生产总值能耗")]),
    ("到2026年，全市高新技术企业数量比2023年增加500家。", [(500, 2026, "全市高新技术企业数量")]),
    # what is to be built, not who builds it
    ("The Government intends to build 1.5 million homes by 2029.", [(1.5, 2029, "homes")]),
])
def test_extract_targets_metric_of_a_change_and_of_what_is_built(text, want):
    assert [(t.value, t.year, t.metric) for t in extract_targets(text, "2024-01-01")] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a five-year plan's period ends in its last year; 全年 and 年内 are the document's year
    ("“十四五”期间，全省新增城镇就业累计达到600万人。", "2021-06-01", [(600, 2025, "=")]),
    ("到“十五五”末，全市研发经费投入强度达到4%。", "2026-03-01", [(4, 2030, "=")]),
    ("全年新增城镇就业不少于30万人，城镇调查失业率控制在5.5%以内。", "2024-03-01",
     [(30, 2024, ">="), (5.5, 2024, "<=")]),
    ("年内新增“一件事”集成服务30项。", "2024-03-01", [(30, 2024, "=")]),
    ("三年内，新增托位2000个。", "2024-03-01", [(2000, 2027, "=")]),  # 年内 inside 三年内 is no "this year"
    ("力争用3年时间，建成产业园区5个。", "2024-03-01", [(5, 2027, "~")]),
    # 超, 每年 after a cue, 新开工
    ("到2027年，带动相关产业规模超2000亿元。", "", [(2000, 2027, ">")]),
    ("到2025年，引进人才要达到每年5万人。", "", [(5, 2025, "=")]),
    ("今年，全市计划新开工保障性住房1万套。", "2024-03-01", [(1, 2024, "=")]),
    # English: the quantity as the subject after its deadline, "add", and a list of targets in one text
    ("By 2030, 10 million adults should hold basic digital skills.", "", [(10, 2030, "=")]),
    ("No later than December 31, 2027, 95 percent of public services will be available online.", "",
     [(95, 2027, "=")]),
    ("Next year, the city will add 300 MW of storage.", "2025-04-01", [(300, 2026, "=")]),
    ("The plan sets the following targets for 2028: (a) 60 percent of schools using AI tutors; "
     "(b) thirty new training centres.", "", [(60, 2028, "="), (30, 2028, "=")]),
])
def test_extract_targets_plan_periods_this_year_subjects_and_inline_lists(text, date, want):
    assert [(t.value, t.year, t.comparator) for t in extract_targets(text, date)] == want


def test_extract_targets_striving_governs_its_own_goal_not_the_next_years():
    found = extract_targets("家庭医生人数比上一年增加，2023年力争每万常住人口达到4名，2025年达到4.66名。")
    assert [(t.value, t.year, t.comparator) for t in found] == [(4, 2023, "~"), (4.66, 2025, "=")]


@pytest.mark.parametrize(("text", "want"), [
    # a share in words, and a doubling, are quantities
    ("By 2030, at least three quarters of EU enterprises should use cloud computing services.",
     [(75, "%", 2030, ">=")]),
    ("By 2028, two-thirds of adults should have basic digital skills.", [(66.7, "%", 2028, "=")]),
    ("到2025年底前，全市公共充电桩数量翻一番。", [(2, "倍", 2025, "=")]),
    ("到2030年，经济总量翻两番。", [(4, "倍", 2030, "=")]),
    ("Half of the respondents agreed in 2023.", []),  # no goal
])
def test_extract_targets_shares_in_words_and_doublings(text, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text)] == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # where a change starts is no goal: "from X to Y", a past year's figure before this year's goal
    ("Compute capacity will grow twentyfold by 2030, from roughly 1 exaflop today to at least 20 exaflops.",
     "2025-03-01", [(20, "EFLOPS", 2030, ">=")]),
    ("Installed capacity will go from about 10 GW to 25 GW by 2030.", "", [(25, "GW", 2030, "=")]),
    ("去年全省集成电路产业营收增长18%，今年力争突破3000亿元。", "2025-02-01", [(3000, "亿元", 2025, ">")]),
    ("Up from 20 EFLOPS last year, the province will reach 40 EFLOPS in 2025.", "2025-03-01",
     [(40, "EFLOPS", 2025, "=")]),
    # what a goal is compared with, or builds on, is no statistic of the past
    ("到2027年，全省营收在去年基础上翻一番。", "2025-02-01", [(2, "倍", 2027, "=")]),
    ("到2027年，全省营收比去年增长20%。", "2025-02-01", [(20, "%", 2027, "=")]),
    ("明年全市营收比上年增长10%。", "2025-02-01", [(10, "%", 2026, "=")]),
    # a past statistic stays one; a year before 基础设施 or after 在 is still a deadline
    ("去年全市新增企业500家。", "2025-02-01", []),
    ("到2025年基础设施投资达到100亿元。", "2024-01-01", [(100, "亿元", 2025, "=")]),
    ("在2025年底前建成5个平台。", "2024-01-01", [(5, "个", 2025, "=")]),
])
def test_extract_targets_a_starting_point_is_no_goal(text, date, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)] == want


def test_extract_targets_a_goal_after_last_years_figure_measures_the_same_thing():
    [t] = extract_targets("去年全省集成电路产业营收增长18%，今年力争突破3000亿元。", "2025-02-01")
    assert t.metric == "全省集成电路产业营收"
    # what a change is compared with is not part of what it measures
    [t] = extract_targets("今年全省营收较去年同期增长20%。", "2025-02-01")
    assert (t.value, t.year, t.metric) == (20, 2025, "全省营收")


@pytest.mark.parametrize(("text", "want"), [
    # who is to reach a goal is no metric; what is measured is
    ("The province will reach 40 EFLOPS in 2025, up from 20 EFLOPS last year.", (40, "EFLOPS", 2025, "")),
    ("We will invest £2 billion in AI research by 2030.", (2, "billion pounds", 2030, "invest in AI research")),
    # a sum spread over a horizon is no duration: "£2 billion over five years" is to be spent by 2030
    ("We will invest £2 billion over five years, including £500 million for chips design.",
     (2, "billion pounds", 2030, "")),
    ("The province's computing power will reach 40 EFLOPS in 2025.",
     (40, "EFLOPS", 2025, "province's computing power")),
    ("Installed solar capacity will reach 40 GW by 2030.", (40, "GW", 2030, "Installed solar capacity")),
])
def test_extract_targets_the_actor_of_a_goal_is_no_metric(text, want):
    [t] = extract_targets(text, "2025-03-01")
    assert (t.value, t.unit, t.year, t.metric) == want


@pytest.mark.parametrize(("text", "want"), [
    # 引育 (引进培育) and 推出 bring about what they count
    ("到2027年引育集成电路设计企业50家。", [(50, "家", 2027, "=", "引育集成电路设计企业")]),
    ("到2026年推出10款以上量产人形机器人产品。", [(10, "款", 2026, ">=", "推出量产人形机器人产品")]),
    # a range is at least its low end and at most its high end, of the things after it
    ("到2027年，培育智能终端产业集群2个，打造3—5家具有全球竞争力的智能终端品牌企业。",
     [(2, "个", 2027, "=", "培育智能终端产业集群"), (3, "家", 2027, ">=", "打造具有全球竞争力的智能终端品牌企业"),
      (5, "家", 2027, "<=", "打造具有全球竞争力的智能终端品牌企业")]),
    # a yearly rate of growth measures what grows, not the year
    ("到2027年，全省软件业务收入突破5000亿元，年均增长10%左右。",
     [(5000, "亿元", 2027, ">", "全省软件业务收入"), (10, "%", 2027, "~", "全省软件业务收入")]),
])
def test_extract_targets_chinese_verbs_ranges_and_yearly_growth(text, want):
    got = [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, "2025-03-01")]
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    # an imperative in a plan's list is a commitment; "up to" is a cap; triple is 3 times
    ("1) Mobilise EUR 20 billion for up to five AI gigafactories by 2028.",
     [(20, "billion EUR", 2028, "="), (5, "gigafactories", 2028, "<=")]),
    ("Triple the EU's AI compute capacity by 2030.", [(3, "times", 2030, "=")]),
    ("Mobilise EUR 20 billion for up to five gigafactories by 2028.",
     [(20, "billion EUR", 2028, "="), (5, "gigafactories", 2028, "<=")]),
    ("The Commission plans to set up up to five gigafactories.", [(5, "gigafactories", None, "<=")]),
    ("By 2030, train 10,000 AI engineers and attract 500 top AI scientists.",
     [(10000, "engineers", 2030, "="), (500, "scientists", 2030, "=")]),
    ("- Fund 1,000 new AI PhD studentships.", [(1000, "studentships", None, "=")]),
    ("2. Fund 1,000 new AI PhD studentships.", [(1000, "studentships", None, "=")]),
    ("The plan aims to train 500,000 new semiconductor and data center technicians by 2030.",
     [(500000, "technicians", 2030, "=")]),
    ("Capacity will double by 2030.", [(2, "times", 2030, "=")]),
    # decoys: a doubling "to" a figure is that figure; a cap on an award, an instruction outside a list,
    # a past doubling, a plural before "and" that ends what is counted
    ("The Chips Act seeks to double the EU's share of global production to 20% by 2030.", [(20, "%", 2030, "=")]),
    ("Eligible firms can receive a grant of up to $500,000 per project by 2027.", []),
    ("Applicants may request up to 5 licences by 2026.", []),
    ("The programme will support up to 300 start-ups by 2027.", [(300, "start-ups", 2027, "<=")]),
    ("Add 2 members to the board.", []),
    ("Capacity doubled in 2023.", []),
    ("Double taxation shall be avoided by 2026.", []),
    ("By 2030, train 500 engineers and open 20 labs.", [(500, "engineers", 2030, "="), (20, "labs", 2030, "=")]),
])
def test_extract_targets_imperatives_caps_and_multiples(text, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, "2025-03-01")] == want


def test_extract_targets_a_multiple_measures_its_object():
    [t] = extract_targets("Triple the EU's AI compute capacity by 2030.")
    assert t.metric == "EU's AI compute capacity"
    [t] = extract_targets("The plan aims to train 500,000 new semiconductor and data center technicians by 2030.")
    assert t.metric == "semiconductor and data center technicians"


@pytest.mark.parametrize(("text", "date", "want"), [
    # a class of size is no count: the count of the clusters comes after it
    ("到2028年，打造千亿级产业集群2个，万亿级产业集群1个。", "2025-01-01", [(2, 2028), (1, 2028)]),
    # what comes on top of what there is: "a further", "another"
    ("Having installed 1,200 public chargers in 2023, the council will install a further 3,000 by 2026.", "2024-01-01",
     [(3000, 2026)]),
    ("The agency will hire another 200 inspectors by 2027.", "2025-01-01", [(200, 2027)]),
    # 改造 counts what it renovates; a plan's 期末 is its last year
    ("到“十四五”期末，全省累计改造城镇老旧小区8000个。", "2023-01-01", [(8000, 2025)]),
])
def test_extract_targets_counts_after_a_class_of_size_a_further_and_renovation(text, date, want):
    assert [(t.value, t.year) for t in extract_targets(text, date)] == want


@pytest.mark.parametrize(("text", "want"), [
    # the object of what a deadline that opens the sentence commits to: a share, or a count of things
    ("By 2028, Harbor City will convert 40 percent of port drayage trucks to zero-emission vehicles.",
     [(40, "%", 2028, "port drayage trucks")]),
    ("By 2030, the agency will electrify 500 buses in the city fleet.", [(500, "buses", 2030, "buses")]),
    # a sum the sentence says is paid is no goal
    ("By 2027, the scheme will pay 500 pounds to each apprentice.", []),
])
def test_extract_targets_the_object_of_a_deadline_s_commitment(text, want):
    assert [(t.value, t.unit, t.year, t.metric) for t in extract_targets(text, "2025-05-12")] == want


def test_extract_targets_a_lead_in_on_its_own_line_dates_the_verb_items_under_it():
    # a Markdown list loses its bullets: the lead-in and its items are lines of one clause
    text = ("By 2030, the Council aims to:\ntrain 20,000 residents in basic digital skills;\n"
            "place 1,500 graduates in paid data apprenticeships;\nconnect every public library to gigabit broadband.")
    assert [(t.value, t.unit, t.year) for t in extract_targets(text, "2025-05-12")] == [
        (20000, "residents", 2030), (1500, "graduates", 2030)]
    # items that do not go on a lead-in's verb are no goals for opening with a word: a budget's shares
    assert extract_targets("By 2026, the budget will be split as follows:\nstaff 40 percent;\nequipment 35 percent;\n"
                           "rent 25 percent.", "2025-05-12") == []


def test_extract_targets_a_trailing_yishang_in_a_coordinated_list_is_its_goal_s_own():
    text = "到2027年，全市建成通用机场3个、垂直起降点150个以上，实现主城区15分钟起降服务圈全覆盖。"
    first, second = extract_targets(text, "2025-03-18")
    assert (first.value, first.comparator) == (3, "=")
    assert (second.value, second.comparator, second.metric, second.text) == (150, ">=", "垂直起降点", "150个以上")


def test_extract_targets_a_share_of_things_that_a_verb_follows_measures_those_things():
    [t] = extract_targets("(c) By December 31, 2026, each agency shall ensure that at least 50 percent of its "
                          "contracting officers have completed training on acquiring AI systems.", "2025-02-03")
    assert (t.value, t.comparator, t.year, t.metric) == (50, ">=", 2026, "contracting officers")


@pytest.mark.parametrize(("text", "want"), [
    # a deadline after the goal, or "at the latest" after the one that opens the sentence
    ("80% of adults should have basic digital skills by 2030.", [(80, "%", 2030, "=")]),
    ("by 2030 at the latest, 80% of adults should have basic digital skills", [(80, "%", 2030, "=")]),
    # decoys: no deadline, or a past share
    ("80% of adults should have basic digital skills.", []),
    ("In 2023, 56% of adults had basic digital skills.", []),
])
def test_extract_targets_a_subject_share_with_its_deadline_after_it(text, want):
    assert [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, PRESS_DATE)] == want


@pytest.mark.parametrize(("text", "want"), [
    # a horizon in months from the document's date (2024-06-10), rounded to the year it ends in
    ("Within 12 months, build 12 laboratories.", [(12, "laboratories", 2025)]),
    ("Over the next 30 months, the agency will build at least 12 laboratories.", [(12, "laboratories", 2026)]),
    ("未来6个月，新建5G基站100个。", [(100, "个", 2024)]),
    ("用18个月时间，建成示范社区20个。", [(20, "个", 2025)]),
    # decoys: a time limit of a procedure is no horizon
    ("Applicants who hire 12 apprentices must report within 12 months.", []),
    ("申请日前12个月内新增就业岗位不少于20个的企业可申请补贴。", []),
])
def test_extract_targets_a_horizon_in_months(text, want):
    assert [(t.value, t.unit, t.year) for t in extract_targets(text, PRESS_DATE)] == want


@pytest.mark.parametrize(("text", "want"), [
    # any verb ordered right after an opening deadline makes what it counts
    ("By 2025, certify 12 laboratories.", [(12, "laboratories", 2025, "laboratories")]),
    ("(b) By the end of 2026, digitise 300 archives.", [(300, "archives", 2026, "archives")]),
    ("Within 18 months of the date of this order, certify 12 laboratories.",
     [(12, "laboratories", 2025, "laboratories")]),
    # 完成 binds what it completes, as 实现 does
    ("2025年底前完成100%覆盖。", [(100, "%", 2025, "覆盖")]),
    # decoys: a sum, what each may get, an adverb, a past act
    ("By 2025, pay 500 euros to each apprentice.", []),
    ("By 2025, each applicant may receive 3 grants.", []),
    ("By 2025, only 12 laboratories remained open.", []),
    ("By 2024, certified 12 laboratories.", []),
    ("2023年已完成100%覆盖。", []),
])
def test_extract_targets_an_order_after_an_opening_deadline(text, want):
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets(text, PRESS_DATE)]
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    # "a further" count: more of the things named before
    ("Last year the province installed 3,000 GPU servers; it will install a further 5,000 by 2026.",
     [(5000, "servers", 2026, "GPU servers")]),
    # what a sum goes to, or the form it takes, not the verb that moves it
    ("Over the next three years, invest EUR 2 billion in AI factories.",
     [(2, "billion EUR", 2027, "invest in AI factories")]),
    ("Semiconductor fabs will receive USD 5 billion in grants by 2026.", [(5, "billion USD", 2026, "grants")]),
    # 占比 is a share, not a comparison
    ("力争到2027年，智能算力占比达到50%以上。", [(50, "%", 2027, "智能算力占比")]),
    ("到2027年，能耗比2020年下降14%。", [(14, "%", 2027, "能耗")]),
    # decoys: a count without "a further" names no earlier things; a sum's metric stays its own noun
    ("Last year the province installed 3,000 GPU servers; by 2026 it will hire 200.", [(200, "", 2026, "")]),
    ("The budget will reach EUR 5 billion in 2026.", [(5, "billion EUR", 2026, "budget")]),
])
def test_extract_targets_units_and_metrics_named_elsewhere(text, want):
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets(text, PRESS_DATE)]
    assert got == want


def _got(text, date=PRESS_DATE):
    return [(t.value, t.unit, t.year, t.comparator) for t in extract_targets(text, date)]


@pytest.mark.parametrize(("text", "want"), [
    # years and values in Chinese numerals: 二〇三〇年, 三十, 百分之七十, 三亿, 一万 (before 万 or 亿 only)
    ("到二〇三〇年，全市数据中心算力达到三十EFLOPS。", [(30, "EFLOPS", 2030, "=")]),
    ("到2027年，绿色电力占比超过百分之七十。", [(70, "%", 2027, ">")]),
    ("明年，全市接待游客突破三亿人次。", [(3, "亿人次", 2025, ">")]),
    ("到2026年，培育专精特新企业一万家。", [(1, "万家", 2026, "=")]),
    # decoys: 一 as an article; a past year in Chinese numerals
    ("到2026年，培育一批龙头企业。", []),
    ("二〇二三年，全市接待游客达到两亿人次。", []),
])
def test_extract_targets_chinese_numerals(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # the middle of the century, and a part of a year
    ("到本世纪中叶，森林覆盖率稳定在30%以上。", "2023-06-30", [(30, "%", 2050, ">=")]),
    ("The country aims to reach 100 GW of offshore wind by the middle of the century.", "2023-06-30",
     [(100, "GW", 2050, "=")]),
    ("Under the plan, more than 500 MW of storage will be connected to the grid by mid-2027.", PRESS_DATE,
     [(500, "MW", 2027, ">")]),
    # horizons counted from the document's issuance or from a date it names; a range of years by its end
    ("自本方案印发之日起两年内，全市新增充电桩不少于5000个。", PRESS_DATE, [(5000, "个", 2026, ">=")]),
    ("自本通知印发之日起18个月内，全市污水处理率达到95%以上。", "2024-09-01", [(95, "%", 2026, ">=")]),
    ("The agency has committed to planting 2 million trees over three years from 1 April 2025.", PRESS_DATE,
     [(2, "million trees", 2028, "=")]),
    ("The ministry will raise the number of nurses to 40,000 within two to four years.", PRESS_DATE,
     [(40000, "", 2028, "=")]),
    # decoys: a procedure's time limit counted from another act; a past part of a year
    ("企业应自取得许可之日起30日内，报送不少于3份材料。", PRESS_DATE, []),
    ("In mid-2023 the grid connected 500 MW of storage.", PRESS_DATE, []),
])
def test_extract_targets_deadlines_in_other_forms(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "want"), [
    # a goal reported as met, a statistic of now, a forecast given to others, what a rule covers, a restatement
    ("“十四五”规划确定的森林覆盖率达到25%的目标已全面实现。", []),
    ("据有关机构测算，到2030年全国算力规模将超过300 EFLOPS。", []),
    ("Fibre now reaches 60% of rural homes, up from 10% in 2019.", []),
    ("Analysts forecast that battery demand could more than double to around 500 GWh by 2030.", []),
    ("The consultancy estimates that data centres will use more than 8% of electricity by 2030.", []),
    ("Developers must report any model expected to exceed 10 million users by 2026.", []),
    ("By 2026, the rules will apply to platforms that exceed 45 million monthly users.", []),
    ("The city will install 500 MW of solar by 2028, enough to supply about 150,000 homes.",
     [(500, "MW", 2028, "=")]),
    # decoys that stay goals: 已 in another clause part; a plan's own 预计; "should now reach" with a deadline;
    # the government's own "around"; "ensure that at least"
    ("到2027年，森林覆盖率达到25%，已完成造林的地块全部验收。", [(25, "%", 2027, "=")]),
    ("到2030年，全国算力规模预计超过300 EFLOPS。", [(300, "EFLOPS", 2030, ">")]),
    ("Fibre should now reach 80% of rural homes by 2027.", [(80, "%", 2027, "=")]),
    ("The Ministry will increase storage to around 500 GWh by 2030.", [(500, "GWh", 2030, "~")]),
    ("The regulator will ensure that at least 95% of platforms comply by 2027.", [(95, "%", 2027, ">=")]),
])
def test_extract_targets_figures_that_report_rather_than_set(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # two goals with their own deadlines; a change to a figure after triple/quadruple; strive is "~"
    ("The province aims to lift data centre capacity above 20 EFLOPS by next year, and to more than 35 EFLOPS "
     "by 2028.", [(20, "EFLOPS", 2025, ">"), (35, "EFLOPS", 2028, ">")]),
    ("The city will quadruple its fleet of electric buses to 2,000 by 2027.", [(2000, "", 2027, "=")]),
    ("The Authority will strive to deploy 3 GW of wind capacity by 2030.", [(3, "GW", 2030, "~")]),
    # decoys: "above" after its number; "over" inside a word ("recover", "cover")
    ("Temperatures reached 40 degrees above normal in 2023.", []),
    ("Forests now cover 31 percent of the land, up from 27 percent in 2000.", []),
])
def test_extract_targets_changes_and_comparisons_in_english(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a bare value 以内, a daily amount 控制在每日…以下
    ("到2026年，新建数据中心PUE控制在1.3以内。", [(1.3, "", 2026, "<=")]),
    ("到2025年，全市垃圾填埋量控制在每日300吨以下。", [(300, "吨", 2025, "<=")]),
    # 翻一番 that the figure after restates; a doubling alone is still the goal (2倍)
    ("到2027年，全市数字经济规模实现翻一番，达到8000亿元。", [(8000, "亿元", 2027, "=")]),
    ("到2027年，全市数字经济规模翻一番。", [(2, "倍", 2027, "=")]),
    ("We will double the number of apprentices, from 5,000 in 2023 to 10,000 by 2028.",
     [(10000, "", 2028, "=")]),
    ("The city will triple the length of cycle lanes within three years, reaching a total of 450 kilometres.",
     [(3, "times", 2027, "="), (450, "kilometres", 2027, "=")]),
    # 收入 in the next clause part does not veto a goal; a household's income and a firm's size still do
    ("到2026年，接待游客突破5亿人次，旅游总收入达到8000亿元。", [(5, "亿人次", 2026, ">"), (8000, "亿元", 2026, "=")]),
    ("到2026年，申请家庭人均月收入低于3000元的，可享受补贴。", []),
    ("到2026年，年营业收入超50亿元的企业达到100家。", [(100, "家", 2026, "=")]),
    # decoy: no cue before a bare value
    ("数据中心PUE在1.3以内的，给予奖励。", []),
])
def test_extract_targets_chinese_limits_doublings_and_vetoes(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a clause that looks back over a period reports what was done in it; a time ahead after it sets goals
    ("过去五年，全市累计新增城镇就业62万人，城镇调查失业率控制在5%以内。", "2026-01-15", []),
    ("五年来，全市累计培育高新技术企业3000家。", "2026-01-15", []),
    ("过去五年，全市累计新增城镇就业62万人；今后五年，力争新增就业70万人。", "2026-01-15",
     [(70, "万人", 2031, "~")]),
    ("Over the past five years, the city has created more than 60,000 jobs.", "2026-01-15", []),
    ("Over the next five years, the city will create at least 80,000 jobs.", "2026-01-15",
     [(80000, "jobs", 2031, ">=")]),
    # a life expectancy is a goal in years of age; an age group's limit is not
    ("到2035年，全市人均预期寿命达到82岁，到本世纪中叶达到85岁左右。", "2022-06-10",
     [(82, "岁", 2035, "="), (85, "岁", 2050, "~")]),
    ("到2035年，人均预期寿命达到82岁，60岁以上老年人健康管理率达到70%。", "2022-06-10",
     [(82, "岁", 2035, "="), (70, "%", 2035, "=")]),
    ("The plan aims to raise life expectancy to 80 years by 2030.", "2022-06-10", [(80, "years", 2030, "=")]),
    ("到2025年，参保人员年满60岁可领取。", "2022-06-10", []),
    # a quoted name is one word of what a verb makes, so a long name still binds its count
    ("到2027年，全省培育人工智能领域专精特新“小巨人”企业50家、上市企业10家以上。", "2025-03-20",
     [(50, "家", 2027, "="), (10, "家", 2027, ">=")]),
    ("对首次认定的国家级专精特新“小巨人”企业，一次性给予100万元奖励。", "2024-03-12", []),
    # a unit per unit: 微克/立方米, 吨标准煤/万元 (PM2.5 is a name)
    ("到2027年，全市PM2.5年均浓度控制在30微克/立方米以下。", "2024-02-26", [(30, "微克/立方米", 2027, "<=")]),
    ("到2025年，单位GDP能耗降至0.45吨标准煤/万元。", "2024-02-26", [(0.45, "吨标准煤/万元", 2025, "<=")]),
    ("PM2.5年均浓度为35微克/立方米的，列入重点管控区。", "2024-02-26", []),
])
def test_extract_targets_looking_back_ages_names_and_compound_units(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a lead-in whose items run on after its colon, parted by semicolons, dates and binds them all
    ("The Digital Decade targets for 2030 are: at least 80% of adults with basic digital skills; 20 million "
     "ICT specialists; and 75% of EU enterprises using cloud.", "2021-03-09",
     [(80, "%", 2030, ">="), (20, "million ICT specialists", 2030, "="), (75, "%", 2030, "=")]),
    ("The fund supports: firms with 50 employees; 20 million residents.", "2021-03-09", []),
    # a modal's act before the cue commits to the count, with a deadline or in a measure of capacity
    ("Within 18 months of the date of this order, the Department of Energy shall bring at least 1 GW of new "
     "clean generation online.", "2025-01-14", [(1, "GW", 2026, ">=")]),
    ("Singapore will allocate at least 300 MW of additional data centre capacity.", "2024-05-30",
     [(300, "MW", None, ">=")]),
    ("Participants will attend at least 20 sessions.", "2024-05-30", []),
    ("Applicants must have at least 50 employees.", "2024-05-30", []),
    # -ing forms of a change to a figure
    ("The strategy commits to doubling the number of AI graduates to 3,000 a year by 2027.", "2022-06-22",
     [(3000, "", 2027, "=")]),
    ("The doubling of capacity since 2020 was welcome.", "2022-06-22", []),
    # a cut below a year's levels names a baseline; "a target of" is a goal, "by the same year" the year before
    ("Australia has legislated a 43% cut in emissions below 2005 levels by 2030, alongside a target of 82% "
     "renewable electricity by the same year.", "2022-09-08", [(43, "%", 2030, "="), (82, "%", 2030, "=")]),
    ("The programme has trained 12,400 teachers, exceeding its original target of 10,000 teachers.",
     "2024-10-01", []),
    # an English range is at least its low end and at most its high end, as 3—5家 is; not a change from one figure
    # to another
    ("By 2030, recycling shall cover 25 to 30 percent of raw materials.", "2024-04-11",
     [(25, "%", 2030, ">="), (30, "%", 2030, "<=")]),
    ("The UK will capture and store 20 to 30 million tonnes of carbon dioxide a year by 2030.", "2023-12-20",
     [(20, "million tonnes", 2030, ">="), (30, "million tonnes", 2030, "<=")]),
    ("The plan will raise capacity from 20 to 40 EFLOPS by 2030.", "2023-12-20", [(40, "EFLOPS", 2030, "=")]),
    # the year a required change applies from; a baseline year is not one
    ("Average CO2 emissions of new trucks must fall by 45% from 2030, 65% from 2035 and 90% from 2040, "
     "relative to 2019.", "2024-05-13", [(45, "%", 2030, "="), (65, "%", 2035, "="), (90, "%", 2040, "=")]),
    ("Emissions fell by 45% from 2019.", "2024-05-13", []),
    # within a decade: ten years on
    ("The Hydrogen Shot seeks to cut the cost of clean hydrogen to about USD 1 per kilogram within one decade.",
     "2021-06-07", [(1, "USD", 2031, "~")]),
    ("In the past decade, emissions fell by 40%.", "2021-06-07", []),
    # a standing yearly goal of what a place makes; not what each one does or pays
    ("全市每年培训数字技能人才不少于两万人次。", "2024-10-12", [(2, "万人次", None, ">=")]),
    ("每名医生每年培训不少于20人次。", "2024-10-12", []),
    ("参保人每年缴费不少于12个月。", "2024-10-12", []),
])
def test_extract_targets_lists_acts_ranges_and_effective_years(text, date, want):
    assert _got(text, date) == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # computing power in a bare P or E where the sentence speaks of computing power; not a letter elsewhere
    ("到2026年，全市智能算力规模达到5000P。", "2024-05-02", [(5000, "PFLOPS", 2026, "=", "全市智能算力规模")]),
    ("到2026年，智能算力达到1000P以上", "2024-05-02", [(1000, "PFLOPS", 2026, ">=", "智能算力")]),
    ("到2025年，全省算力规模达到20E以上。", "2024-05-02", [(20, "EFLOPS", 2025, ">=", "全省算力规模")]),
    ("到2026年，推广5P服务模式，覆盖企业达到100家。", "2024-05-02", [(100, "家", 2026, "=", "覆盖企业")]),
    # a sum capped for each applicant or project is what each may get, not a goal
    ("到2026年，全市智能算力规模达到5000P以上，对新建智算中心给予最高3000万元补助。", "2024-05-02",
     [(5000, "PFLOPS", 2026, ">=", "全市智能算力规模")]),
    ("到2026年，每个项目补助不超过500万元。", "2024-05-02", []),
    ("到2026年，全市智能算力规模达到5000P以上，新建智算中心3个。", "2024-05-02",
     [(5000, "PFLOPS", 2026, ">=", "全市智能算力规模"), (3, "个", 2026, "=", "新建智算中心")]),
    # the size of one thing built before 的 is the goal; a threshold that picks what is counted is not
    ("1. 到2025年，建成智能算力规模不低于500PFLOPS的公共算力平台。", "2024-05-02",
     [(500, "PFLOPS", 2025, ">=", "公共算力平台智能算力规模")]),
    ("到2025年，建设床位不少于500张的区域医疗中心。", "2024-05-02", [(500, "张", 2025, ">=", "区域医疗中心床位")]),
    ("到2025年，培育营业收入超百亿元的龙头企业。", "2024-05-02", []),
    ("到2025年，建成一批算力不低于100P的智算中心。", "2024-05-02", []),
    ("到2025年，新建总投资超过10亿元的项目3个。", "2024-05-02", [(3, "个", 2025, "=", "新建总投资超过10亿元的项目")]),
    # 举办 makes what it counts, as 培训 does, in a standing yearly goal; not what each one does
    ("全市每年举办人工智能培训不少于50场。", "2024-05-02", [(50, "场", None, ">=", "全市每年举办人工智能培训")]),
    ("每名教师每年举办讲座不少于2场。", "2024-05-02", []),
])
def test_extract_targets_compute_units_caps_sizes_and_yearly_events(text, date, want):
    got = [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]
    assert got == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a trailing horizon in months dates an order to make something; a procedure's time limit does not
    ("Set up a curriculum in at least 20 colleges within 18 months.", "2024-05-02",
     [(20, "colleges", 2025, ">=", "colleges")]),
    ("Within 18 months, set up a semiconductor curriculum in at least 20 colleges.", "2024-05-02",
     [(20, "colleges", 2025, ">=", "colleges")]),
    ("Applicants must open at least 2 accounts within 6 months.", "2024-05-02",
     [(2, "accounts", None, ">=", "accounts")]),
    ("Build the portal in 3 sites within 6 months of receiving funds.", "2024-05-02", []),
    # an order of a yearly count; not a sum, nor a subject's habit
    ("Offer 200 scholarships every year.", "2024-05-02", [(200, "scholarships", None, "=", "scholarships")]),
    ("Train 500 teachers a year.", "2024-05-02", [(500, "teachers", None, "=", "teachers")]),
    ("Pay EUR 20 every year.", "2024-05-02", []),
    ("Members attend 20 sessions every year.", "2024-05-02", []),
    # a size in nm or mm before a noun says what kind, not how many
    ("Build two 28 nm production lines by 2027.", "2024-05-02", [(2, "lines", 2027, "=", "28 nm production lines")]),
    ("By 2027, build 300 mm lines.", "2024-05-02", []),
    ("By 2027, build at least 3 new 300-mm fabs.", "2024-05-02", [(3, "fabs", 2027, ">=", "300-mm fabs")]),
    ("The 28 nm node will reach 30% yield by 2027.", "2024-05-02", [(30, "%", 2027, "=", "28 nm node")]),
    # what a sum goes to, past the cap on a count of them
    ("The EU will mobilise EUR 20 billion for up to five AI gigafactories by 2028.", "2025-02-11",
     [(20, "billion EUR", 2028, "=", "mobilise for AI gigafactories"),
      (5, "gigafactories", 2028, "<=", "AI gigafactories")]),
    ("1) Mobilise EUR 20 billion for up to five AI gigafactories.", "2025-02-11",
     [(20, "billion EUR", None, "=", "mobilise for AI gigafactories")]),
])
def test_extract_targets_trailing_horizons_yearly_orders_sizes_and_sums(text, date, want):
    got = [(t.value, t.unit, t.year, t.comparator, t.metric) for t in extract_targets(text, date)]
    assert got == want


def test_a_goal_in_a_clause_of_its_own_keeps_its_own_year_after_an_opening_deadline():
    # the 180 days date the establishing; the 100,000 workers are the Initiative's, by 2028 (was 2025)
    one("(i) within 180 days of the date of this order, establish a National AI Apprenticeship Initiative that "
        "trains at least 100,000 workers in AI skills programs by 2028;", "2025-06-12",
        value=100000, year=2028, comparator=">=")
    one("(a) Within 90 days of the date of this order, the Secretary shall launch a program with the goal of "
        "placing at least 2,000 fellows in state agencies by 2027.", "2025-06-12", value=2000, year=2027)
    # the count the opening deadline's own verb governs keeps that deadline
    one("(a) Within 90 days of the date of this order, identify at least 3 sites suitable for a data centre that "
        "operates by 2030.", "2025-06-12", value=3, year=2025)


def test_a_yearly_selection_is_a_standing_goal():
    one("在钢铁、石化、纺织等行业推广基于机器视觉的智能质检系统，每年遴选100个以上典型应用案例。", "2024-01-20",
        value=100, unit="个", year=None, comparator=">=", metric="典型应用案例")
    one("每年评选20家以上省级数字化转型标杆企业。", "2024-01-20", value=20, comparator=">=")
    # what each one does yearly is no goal of the place's
    assert extract_targets("每家企业每年遴选1名以上联络员。", "2024-01-20") == []


def test_a_school_year_ends_in_its_second_year_and_projects_that_is_a_noun_there():
    # "projects that …" read as a forecast ("The IEA projects that …") hid the goal; the school year gave no year
    one("(b) The Secretary of Education shall prioritize, in discretionary grant programs, projects that integrate "
        "AI literacy into K-12 computer science instruction, with the goal of reaching 1 million students by the "
        "end of the 2027-2028 school year.", "2025-06-12", value=1, unit="million students", year=2028)
    one("The program will reach 1 million students by the end of the 2027-28 school year.", "2025-06-12", year=2028)
    # a forecast another gives is still no goal, whatever stands between its name and its verb
    for text in ("The IEA projects that demand will reach 945 TWh by 2030.",
                 "The IEA, in its latest report, projects that demand will reach 945 TWh by 2030."):
        assert extract_targets(text, "2025-06-12") == [], text


def test_certifying_so_many_is_a_goal_and_its_things_stop_before_into():
    # "certify >= 500 new" (unit "new", metric "certify"); "2,500 … service" (unit "service")
    one("(iii) by next year, certify no fewer than 500 new registered apprenticeship programs in AI-related "
        "occupations.", "2025-06-12", value=500, unit="programs", year=2026, comparator=">=",
        metric="registered apprenticeship programs")
    one("(a) The Director shall, within 120 days of the date of this order, establish an AI hiring surge with the "
        "aim of hiring 2,500 AI professionals into Federal service by the end of fiscal year 2026.", "2025-06-12",
        value=2500, unit="professionals", year=2026)
    # what was done, the second verb too
    assert extract_targets("By 2024 the programme had trained 3,000 engineers and certified 450 training "
                           "providers.", "2025-06-12") == []


def test_what_a_sum_is_for_is_read_past_the_time_it_is_spent_over():
    # the metric was empty: "over the Spending Review period" stood between the sum and its purpose
    one("2.1 The government will invest £2 billion over the Spending Review period in the AI Research Resource.",
        "2025-07-17", value=2, unit="billion pounds", metric="invest in AI Research Resource")
    one("The government will invest £2 billion over five years in the AI Research Resource.", "2025-07-17",
        year=2030, metric="invest in AI Research Resource")


def test_a_year_in_a_bracketed_aside_dates_the_aside_not_the_goal_after_it():
    # "（2024年为2.9%）" dated the 8% goal 2024, and then read it as a statistic of that year
    text = "到2027年，全市研究与试验发展经费投入强度达到3.5%（2024年为2.9%），基础研究经费占比不低于8%。"
    found = extract_targets(text, "2025-01-20")
    assert [(t.value, t.year, t.comparator) for t in found] == [(3.5, 2027, "="), (8, 2027, ">=")]


def test_a_price_rise_is_a_plan_s_macro_goal_and_a_price_no_goal():
    found = extract_targets("到2025年，国内生产总值增长5%左右，居民消费价格涨幅2%左右。", "2025-01-20")
    assert [(t.value, t.year, t.comparator) for t in found] == [(5, 2025, "~"), (2, 2025, "~")]
    assert extract_targets("到2025年，保障性住房租金不超过市场价格的60%。", "2025-01-20") == []


def test_what_has_been_done_since_a_year_is_no_goal():
    for text in ("Since 2021, the programme has helped more than 1.2 million households connect to gigabit broadband.",
                 "Since its launch, the fund has trained 3,000 engineers."):
        assert extract_targets(text, "2025-01-01") == [], text
    # a goal set since then still is one
    one("Since 2021 the programme has aimed to reach 2 million households by 2030.", "2025-01-01", value=2, year=2030)


def test_the_share_a_plan_ensures_is_its_goal():
    one("The Union will strive to ensure that 75% of European enterprises have taken up cloud computing services, "
        "big data or AI by 2030.", "2023-01-01", value=75, unit="%", year=2030, comparator="~",
        metric="European enterprises")
    assert extract_targets("The audit found that 40% of agencies ensure that 30% of staff are trained.",
                           "2023-01-01") == []


def test_a_deadline_at_a_month_s_end_is_a_deadline():
    # "2025年6月底前" named no year: 2025年 followed by a month was read as a date, not a deadline
    one("2025年6月底前，全市政务服务事项网办率达到95%以上。", "2025-01-10", value=95, year=2025, comparator=">=")
    one("2026年3月前，建成5个算力中心。", "2025-01-10", value=5, year=2026)
    # a month that is a date stays one: what was done then, when a rule applies
    assert extract_targets("2024年6月，全市建成5个算力中心。", "2025-01-10") == []


def test_leveraging_or_investing_so_much_is_a_goal_s_act_and_a_sum_spent_none():
    one("力争三年内撬动社会资本投入500亿元。", "2024-06-01", value=500, unit="亿元", year=2027, comparator="~")
    for text in ("2023年，市财政投入500亿元用于基础设施建设。", "对年度研发投入超过1000万元的企业给予奖励。"):
        assert extract_targets(text, "2025-01-10") == [], text


def test_a_part_of_the_goal_before_it_is_a_goal_as_that_one_stands():
    found = extract_targets("每年培训数字技能人才不少于2万人次，其中高技能人才占比不低于30%。", "2025-01-10")
    assert [(t.value, t.unit, t.year, t.comparator) for t in found] == [
        (2, "万人次", None, ">="), (30, "%", None, ">=")]
    found = extract_targets("到2027年，培育专精特新企业500家，其中国家级“小巨人”企业不少于50家。", "2025-01-10")
    assert [(t.value, t.year) for t in found] == [(500, 2027), (50, 2027)]
    # a part of a statistic is none
    assert extract_targets("2023年全市新增企业2万家，其中科技型企业占比35%。", "2025-01-10") == []


def test_the_value_a_target_names_is_a_goal_of_the_indicator_its_line_names():
    one("指标：规模以上工业企业数字化改造覆盖率；2024年基础值：62%；2027年目标值：90%；属性：预期性。", "2025-01-10",
        value=90, unit="%", year=2027, metric="规模以上工业企业数字化改造覆盖率")
    one("到2026年，新增专精特新企业目标为300家。", "2025-01-10", value=300, year=2026, metric="新增专精特新企业")
    # an item's number after 目标： is none; a year's target met is a statistic
    found = extract_targets("到2026年底，全市养老服务体系建设目标：1.每个街道至少建成1个综合性养老服务中心；"
                            "2.护理型床位占养老机构床位比例提高到65%。", "2025-01-10")
    assert [(t.value, t.unit) for t in found] == [(1, "个"), (65, "%")]
    assert extract_targets("2023年目标为50家，实际完成62家。", "2025-01-10") == []


def test_a_negated_cue_binds_the_other_way_and_a_cap_on_each_is_no_goal():
    # "will not exceed $300 million" was a goal of more than $300 million, its metric "not"
    one("Total emissions will not exceed 40 million tonnes by 2030.", "2024-12-05", value=40, year=2030,
        comparator="<=", metric="Total emissions")
    one("By 2027, the share of renewables shall not be less than 45%.", "2024-12-05", value=45, comparator=">=")
    assert extract_targets("Funding for a single project will not exceed $300 million.", "2024-12-05") == []


def test_a_chinese_goal_s_metric_is_what_it_makes_and_gathering_or_forming_so_many_counts():
    # the metric was the verb: "打造 >= 500个", "年内上线 >= 50个"; 集聚 and 形成 were no acts a goal counts with
    text = "到2027年，打造不少于500个“人工智能+”标杆应用场景，规模以上工业企业人工智能应用普及率达到50%。"
    found = extract_targets(text, "2025-04-18")
    assert found[0].metric == "打造“人工智能+”标杆应用场景" and (found[0].value, found[0].comparator) == (500, ">=")
    one("年内上线不少于50个政务智能体。", "2025-04-18", value=50, year=2025, metric="政务智能体")
    one("到2027年，集聚人工智能领域高端人才5000名以上。", "2025-04-18", value=5000, year=2027, comparator=">=")
    found = extract_targets("到2027年，形成3—5个具有国际竞争力的通用大模型。", "2025-04-18")
    assert [(t.value, t.year, t.comparator) for t in found] == [(3, 2027, ">="), (5, 2027, "<=")]
    for text in ("2023年，全市已形成12个产业集群。", "形成了以3家龙头企业为核心的产业链。"):
        assert extract_targets(text, "2025-04-18") == [], text


def test_a_wait_or_procedure_cut_to_so_long_is_a_goal_and_a_time_limit_none():
    # "cut … to no more than 12 months", "压减至1个工作日以内": a duration was always read as a time limit
    one("The department will cut average permit decision times to no more than 12 months by 2026.", "2025-03-01",
        value=12, unit="months", year=2026, comparator="<=")
    one("By 2026, reduce average waiting times to 18 weeks.", "2025-03-01", value=18, unit="weeks", comparator="=",
        metric="average waiting times")
    one("到2026年，企业开办时间压减至1个工作日以内。", "2025-03-01", value=1, unit="个工作日", year=2026,
        comparator="<=", metric="企业开办时间")
    one("到2025年，工程建设项目审批时限缩短至60天。", "2025-03-01", value=60, unit="天", comparator="<=")
    for text in ("Providers shall respond within 30 days of the request.",
                 "By 2026, applicants must have lived in the state for at least 12 months.",
                 "到2026年，实习时间不少于3个月。"):
        assert extract_targets(text, "2025-03-01") == [], text


def test_a_halving_is_a_cut_by_half_of_what_it_cuts():
    t = one("By 2027, the agency will reduce the processing backlog by half.", "2025-03-01", value=50, unit="%",
            year=2027, comparator="=", metric="the processing backlog")
    assert t.text == "reduce the processing backlog by half"
    one("We will cut child poverty in half by 2030.", "2025-03-01", value=50, year=2030, metric="child poverty")
    one("The plan will halve the backlog by 2027.", "2025-03-01", value=50, year=2027)
    one("到2030年，交通事故死亡人数减少一半。", "2025-03-01", value=50, unit="%", year=2030, metric="交通事故死亡人数")
    for text in ("Half of the funds went to schools in 2023.", "The budget was cut by half in 2023.",
                 "Reduce half of the fees by 2026."):
        assert extract_targets(text, "2025-03-01") == [], text


def test_under_after_to_is_a_cap_and_elsewhere_no_cue():
    one("The agency will reduce the backlog to under 5,000 cases by 2026.", "2025-03-01", value=5000, year=2026,
        comparator="<")
    assert extract_targets("Children under 5 years will receive free meals by 2026.", "2025-03-01") == []


def test_what_a_modal_commits_to_change_by_so_much_is_a_goal_with_a_counted_deadline():
    # "each agency shall reduce its footprint by at least 10 percent" within 18 months of the order gave nothing
    one("Within 18 months of the date of this order, each agency shall reduce its real property footprint by at "
        "least 10 percent.", "2025-03-01", value=10, year=2026, comparator=">=", metric="real property footprint")
    assert extract_targets("Applicants shall increase their staff by at least 5 people.", "2025-03-01") == []


def test_a_fiscal_year_dates_a_goal_and_by_is_no_counted_thing():
    one("The agency will reduce the backlog of pending disability claims to fewer than 100,000 by FY2027.",
        "2025-03-01", value=100000, unit="", year=2027, comparator="<", metric="backlog of pending disability claims")


def test_below_in_chinese_is_a_cap_and_not_below_a_floor():
    one("到2025年，新建数据中心PUE低于1.3。", "2024-03-01", value=1.3, year=2025, comparator="<")
    one("到2025年，新建数据中心PUE不低于1.3。", "2024-03-01", comparator=">=")
    assert extract_targets("对年营业收入低于5000万元的企业给予补贴。", "2024-03-01") == []


def test_a_yearly_goal_may_name_its_act_before_the_verb_that_counts():
    found = extract_targets("每年新增城镇就业不少于8万人，每年开展职业技能培训20万人次以上。", "2024-03-01")
    assert [(t.value, t.year, t.comparator) for t in found] == [(8, None, ">="), (20, None, ">=")]


def test_aiming_for_a_figure_is_a_goal():
    found = extract_targets("The EU should reach at least 42.5% renewable energy by 2030, aiming for 45%.",
                            "2024-03-01")
    assert [(t.value, t.year, t.comparator) for t in found] == [(42.5, 2030, ">="), (45, 2030, "=")]


def test_a_count_in_thousands_is_the_number_and_one_in_three_a_share():
    one("By the end of 2026, the initiative will place ten thousand apprentices in registered programs.",
        "2024-03-01", value=10000, unit="apprentices", year=2026)
    one("By 2025, one in three pounds of central government procurement spend should go to small firms.",
        "2024-03-01", value=33.3, unit="%", year=2025, metric="pounds of central government procurement spend")
    assert extract_targets("One in five adults lacked basic skills in 2023.", "2024-03-01") == []


def test_a_year_of_another_subject_s_clause_does_not_date_a_goal():
    # the membership goal took the framework update's "by mid-2024"
    t = one("IMDA will update the Model AI Governance Framework by mid-2024, and AI Verify Foundation will grow its "
            "membership to 200 organisations.", "2023-12-04", value=200)
    assert t.year is None
    one("By 2030, IMDA will update the framework, and AI Verify Foundation will grow its membership to 200 "
        "organisations.", "2023-12-04", value=200, year=2030)  # an opening deadline governs both


def test_a_size_that_says_which_firms_is_no_goal():
    one("By 2026, the city will cultivate at least 10 chiplet design enterprises with annual revenue of more than "
        "RMB 1 billion.", "2023-12-25", value=10, comparator=">=")
    one("By 2027, the sector's revenue will exceed RMB 1 billion.", "2023-12-25", value=1, comparator=">")


def test_units_and_metrics_the_tester_found_wrong():
    one("到2025年，标准机架规模达到60万架。", "2023-12-25", value=60, unit="万架")
    one("By 2030, at least 7.5 million workers have been provided with training.", "2023-12-25",
        unit="million workers")
    one("力争用三年时间，将数据中心平均PUE降至1.3以下。", "2023-12-25", metric="数据中心平均PUE")
    one("The government will invest more than S$1 billion over the next five years into AI compute.", "2023-12-04",
        value=1, unit="billion SGD", year=2028, comparator=">")


def test_a_fund_set_up_at_a_size_and_funding_allocated_over_a_plan_period_are_goals():
    one("By 2025, set up a RMB 10 billion chiplet and advanced packaging industry fund.", "2023-12-25", value=10,
        unit="billion RMB", year=2025, metric="chiplet and advanced packaging industry fund")
    one("省级财政“十四五”期间统筹安排专项资金100亿元。", "2021-12-25", value=100, unit="亿元", year=2025)
    one("每年安排算力券资金不少于2亿元。", "2024-03-01", value=2, year=None, comparator=">=")
    one("“十四五”期间培养集成电路专业硕士、博士1.5万人。", "2021-12-25", value=1.5, unit="万人", year=2025)
    for text in ("2023年省财政安排专项资金10亿元。", "对符合条件的项目安排资金最高100万元。",
                 "Firms may apply for a $5 million grant from the fund."):
        assert extract_targets(text, "2024-03-01") == [], text


def test_a_yearly_count_a_plan_will_raise_is_a_standing_goal():
    one("Scholarships under the AI Singapore PhD Fellowship Programme will be expanded to 100 places a year.",
        "2023-12-04", value=100, unit="places", year=None, comparator="=")
    assert extract_targets("Fees will be raised to 100 dollars a year.", "2023-12-04") == []


def test_an_indicator_s_level_in_a_list_of_goals_or_under_its_year_is_a_goal():
    # a work report's "城镇调查失业率5.5%左右；居民消费价格涨幅2%左右" after "主要预期目标是：" were missed
    found = extract_targets("2025年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，"
                            "城镇新增就业1200万人以上；居民消费价格涨幅2%左右。", "2025-03-05")
    assert [(t.value, t.comparator, t.metric) for t in found] == [
        (5, "~", "国内生产总值增长"), (5.5, "~", "城镇调查失业率"), (1200, ">=", "新增就业"),
        (2, "~", "居民消费价格涨幅")]
    assert {t.year for t in found} == {2025}
    one("今年粮食产量1.4万亿斤左右。", "2025-03-05", value=1.4, unit="万亿斤", year=2025, comparator="~",
        metric="粮食产量")
    one("今年城镇调查失业率控制在5.5%左右。", "2025-03-05", comparator="~")  # about, not at most
    for text in ("2023年全市失业率5.1%左右。", "去年粮食产量1.4万亿斤以上。"):
        assert extract_targets(text, "2025-03-05") == [], text


def test_english_goals_of_an_eu_plan():
    one("In line with the Digital Decade targets, 75% of EU enterprises should use AI, cloud or big data by 2030.",
        "2025-04-09", value=75, year=2030)
    one("The Commission will propose an Act with the aim of at least tripling the EU's data centre capacity within "
        "the next five to seven years.", "2025-04-09", value=3, unit="times", year=2032, comparator=">=")
    assert extract_targets("The ambition is for the EU to become a global leader in AI by 2030, around five pillars.",
                           "2025-04-09") == []
    # a yearly goal is not dated by the sentence before it
    found = extract_targets("By 2030, 20 million ICT specialists should be employed in the EU. Action 2: Fund at least "
                            "1 000 AI PhD fellowships per year from 2026.", "2025-04-09")
    assert [(t.value, t.year) for t in found] == [(20, 2030), (1000, None)]


def test_counted_things_take_an_adjective_in_ed_and_stop_at_a_verb():
    # unit "high-level" (integrated read as a participle) and "operational" (read past "are")
    one("The city will introduce 500 high-level integrated circuit professionals every year.", "2023-12-25",
        unit="professionals", metric="high-level integrated circuit professionals")
    one("By 2026, at least 13 AI Factories are operational.", "2025-04-09", unit="Factories", metric="AI Factories")
    one("By 2027, train 500 teachers trained in AI.", "2025-04-09", unit="teachers")


def test_a_goal_met_ahead_of_time_and_a_change_on_last_year_are_no_goals():
    # a work report's review: "…算力总规模达到280EFLOPS，提前完成“十四五”规划确定的目标" (no 已) gave two goals
    review = "全国在用算力中心标准机架超过880万架，算力总规模达到280EFLOPS，提前完成“十四五”规划确定的目标。"
    assert extract_targets(review, "2025-03-05") == []
    one("力争到2024年底算力规模达到300EFLOPS，提前一年完成规划目标。", "2023-03-05", value=300, year=2024)
    # a budget's figure beside its change on last year: the figure is the plan, the change only compares
    budget = "今年赤字率拟按4%左右安排，比上年提高1个百分点。拟发行超长期特别国债1.3万亿元，比上年增加3000亿元。"
    found = extract_targets(budget, "2025-03-05")
    assert [(t.value, t.comparator, t.metric) for t in found] == [(4, "~", "赤字率")]
    one("到2025年，能耗比上年下降3%。", "2025-03-05", value=3)  # a change on its own is the goal


def test_yearly_attraction_and_land_and_foreign_currency_units():
    # Hong Kong's measures: "每年吸引不少于500名…人才" and 公顷, 港元, 美元 were no units
    one("每年吸引不少于500名人工智能及半导体人才来港工作。", "2025-01-15", value=500, year=None, comparator=">=",
        metric="人工智能及半导体人才来港工作")
    one("到2027年，预留不少于20公顷土地作微电子产业用途。", "2025-01-15", value=20, unit="公顷", year=2027)
    one("到2025年，吸引投资超过10亿美元。", "2025-01-15", value=10, unit="亿美元", comparator=">")


def test_a_sum_s_metric_is_what_it_is_for_and_a_scaled_count_s_its_things():
    one("By 2030, 20 million ICT specialists should be employed in the EU.", "2025-04-09", metric="ICT specialists")
    t = one("The InvestAI initiative aims to mobilise EUR 20 billion for AI gigafactories by 2027.", "2025-04-09",
            value=20, year=2027)
    assert "AI gigafactories" in t.metric  # not the initiative that mobilises it


def test_indian_units_and_a_market_projection():
    # "10 lakh youth" was 10 youth, "1,00,000 students" 1, "₹10,000 crore" a crore of no currency and no "at least"
    one("The Government will train 10 lakh youth in AI skills by 2027.", "2025-01-30", value=10, unit="lakh youth",
        year=2027, metric="youth")
    one("Target to train 1,00,000 students in AI by 2026.", "2025-01-30", value=100000, unit="students")
    one("The scheme will mobilise at least ₹10,000 crore of private investment by 2029.", "2025-01-30",
        value=10000, unit="crore INR", comparator=">=")
    one("The Centre will invest Rs 2,000 crore in semiconductor fabs by 2026.", "2025-01-30", unit="crore INR")
    # a market's projection is no goal; a programme's expected output still is
    assert extract_targets("India's AI market is projected to reach USD 17 billion by 2027.", "2025-01-30") == []
    one("The programme is expected to train 5,000 people by 2027.", "2025-01-30", value=5000)


def test_a_fund_s_size_a_density_per_so_many_and_a_coordinated_count_at_another_scale():
    fund = "到2027年，设立规模50亿元的人工智能与机器人产业母基金，撬动社会资本投资200亿元以上。"
    found = extract_targets(fund, "2025-04-18")
    assert [(t.value, t.comparator, t.metric) for t in found] == [
        (50, "=", "人工智能与机器人产业母基金"), (200, ">=", "撬动社会资本投资")]
    one("到2027年全市工业机器人密度达到每万名工人500台。", "2025-04-18", value=500, unit="台", year=2027)
    found = extract_targets("到2027年，引进培育高层次人才500名、高技能人才2万名。", "2025-04-18")
    assert [(t.value, t.unit, t.year) for t in found] == [(500, "名", 2027), (2, "万名", 2027)]
    # a firm's size before 的 still says which firms, and what each person gets is no density
    one("到2025年，培育营业收入超百亿元的龙头企业20家。", "2025-04-18", value=20)
    assert extract_targets("2026年1月起，全市困难残疾人生活补贴标准提高至每人每月217元。", "2025-04-18") == []


def test_yen_and_japanese_fiscal_years():
    # "¥1 trillion" in Japan's plan was 1 trillion yuan, dated by the span's start; "100 billion yen" gave nothing
    one("The Government will invest more than ¥1 trillion in AI from FY2025 to the end of FY2030.", "2025-12-23",
        value=1, unit="trillion yen", year=2030, comparator=">")
    one("METI will provide 100 billion yen through the GENIAC project by the end of FY2026.", "2025-12-23",
        value=100, unit="billion yen", year=2026)
    one("Guangdong will invest ¥10 billion in computing by 2025.", "2024-06-10", unit="billion yuan")
    found = extract_targets("The plan aims to raise the rate of generative AI use to 50% by the end of FY2027 and to "
                            "80% thereafter.", "2025-12-23")
    assert [(t.value, t.year) for t in found] == [(50, 2027), (80, None)]  # after 2027: by no year
    assert [y.year for y in find_years("over five years from FY2025", "2025-12-23")] == [2030]
