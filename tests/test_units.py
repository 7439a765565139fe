"""A target's standard reading: the same quantity in one canonical unit per dimension, or none."""

from __future__ import annotations

import pytest

from ingest.units import standard, standard_fields


@pytest.mark.parametrize(("value", "unit", "reading"), [
    # money: the currency's units, its ISO code
    (4, "billion EUR", (4e9, "EUR")),
    (500, "million euros", (5e8, "EUR")),
    (100, "亿元", (1e10, "CNY")),
    (2, "万亿元", (2e12, "CNY")),
    (5000, "万元", (5e7, "CNY")),
    (12, "billion yuan", (1.2e10, "CNY")),
    (250, "billion RMB", (2.5e11, "CNY")),
    (30, "billion pounds", (3e10, "GBP")),
    (882.94, "crore INR", (8.8294e9, "INR")),
    (1, "trillion yen", (1e12, "JPY")),
    (494, "billion won", (4.94e11, "KRW")),
    (1, "billion SGD", (1e9, "SGD")),
    (10, "亿港元", (1e9, "HKD")),
    (3, "亿美元", (3e8, "USD")),
    # computing power: EFLOPS
    (300, "EFLOPS", (300, "EFLOPS")),
    (500, "PFLOPS", (0.5, "EFLOPS")),
    (1, "万PFLOPS", (10, "EFLOPS")),
    (100, "TFLOPS", (1e-4, "EFLOPS")),
    (20, "exaflops", (20, "EFLOPS")),
    # power GW, energy TWh
    (6, "gigawatts", (6, "GW")),
    (500, "MW", (0.5, "GW")),
    (500, "kW", (5e-4, "GW")),
    (1, "万千瓦", (0.01, "GW")),
    (1, "亿千瓦", (100, "GW")),
    (1, "亿千瓦时", (0.1, "TWh")),
    (5, "GWh", (5e-3, "TWh")),
    # time: a latency in ms; days, working days and months apart
    (20, "毫秒", (20, "ms")),
    (20, "milliseconds", (20, "ms")),
    (2, "weeks", (14, "days")),
    (30, "天", (30, "days")),
    (1, "个工作日", (1, "working days")),
    (3, "个月", (3, "months")),
    # shares, points and multiples
    (60, "％", (60, "%")),
    (2, "个百分点", (2, "percentage points")),
    (1.5, "percentage points", (1.5, "percentage points")),
    (2, "倍", (2, "times")),
    # a Chinese count, in its measure word
    (1.2, "万名", (12000, "名")),
    (3, "万人次", (30000, "人次")),
    (200, "家", (200, "家")),
])
def test_standard_reads_each_dimension_in_its_canonical_unit(value, unit, reading):
    found = standard(value, unit)
    assert found is not None, unit
    assert found[1] == reading[1] and found[0] == pytest.approx(reading[0], rel=1e-12)


def test_standard_values_are_exact_where_the_arithmetic_is_not():
    # 1.2 x 1e4 is 12000.000000000002 in floating point: a sort or an equality test would see it
    assert standard(1.2, "万名") == (12000.0, "名")
    assert standard(1, "万千瓦") == (0.01, "GW")


@pytest.mark.parametrize(("value", "unit"), [
    (3000, "enterprises"),  # an English count's noun, read from the sentence: no measure
    (7.5, "million workers"),
    (10, "lakh youth"),
    (30, "微克/立方米"),  # a unit per unit
    (5, "亩"),
    (1, ""),
    (5, "MS"),  # no "ms"
    (23, "today"),
])
def test_standard_gives_none_where_no_standard_applies(value, unit):
    assert standard(value, unit) is None
    assert standard_fields(value, unit) == {"value_std": None, "unit_std": None}


def test_a_dollar_is_usd_only_where_its_words_or_its_source_say_so():
    # the product writes "$" and "US$" alike as "dollars": a Singapore release's "$1 billion" is S$
    assert standard(1, "billion dollars", "more than $1 billion", source="https://www.mddi.gov.sg/x") is None
    assert standard(1, "billion dollars", "US$1 billion") == (1e9, "USD")
    assert standard(1, "billion dollars", "USD 1 billion") == (1e9, "USD")
    assert standard(1, "billion dollars", "$1 billion", source="https://www.whitehouse.gov/briefing") == (1e9, "USD")
    assert standard(1, "billion dollars", "$1 billion", source="/data/us-order.md") is None


def test_a_yuan_of_hong_kong_taiwan_or_macau_is_no_cny():
    # a Taiwan bill's 新臺幣1,000億元 was read as 1000 亿元: in traditional characters 元 is the local dollar
    assert standard(1000, "亿元", "投入新臺幣1,000億元以上", "政府將投入新臺幣1,000億元以上，推動產業發展。") is None
    assert standard(50, "亿元", "50億元", "特區政府預留50億元，推動人工智能發展，並設立基金。") is None
    assert standard(50, "亿元", "50亿元", "深圳与香港合作，投入50亿元（约55亿港元）。") is None
    # a simplified clause with a character the table maps (乾县's 乾, which simplified text keeps) is the mainland's
    assert standard(50, "亿元", "50亿元", "乾县设立规模50亿元的产业母基金。") == (5e9, "CNY")


def test_pounds_and_won_are_money_only_with_a_sign_or_a_scale():
    assert standard(500, "pounds", "500 pounds") is None  # a weight, for all the unit says
    assert standard(5, "pounds", "£5") == (5.0, "GBP")
    assert standard(5, "million pounds", "5 million pounds") == (5e6, "GBP")
    assert standard(5, "won", "5 won") is None
