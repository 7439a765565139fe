"""A 统计公报 saved from PDF as text: its issuers over its day, its table's note and its closing notes (with
ingest.parse and ingest.segment)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

BULLETIN = ("2025年某市国民经济和社会发展统计公报\n\n某市统计局\n国家统计局某市调查队\n2026年3月18日\n\n"
            "　　2025年，全市经济运行总体平稳，高质量发展取得新成效。\n\n一、综　　合\n\n"
            "　　初步核算，全年全市地区生产总值22186亿元，比上年增长5.6%。\n　　年末全市常住人口1267.4万人。\n"
            "　　全年居民消费价格比上年上涨0.4%。\n\n二、工　　业\n\n"
            "　　全年规模以上工业增加值4735亿元，比上年增长6.3%。\n"
            "　　全年规模以上工业企业实现利润总额1426亿元，比上年增长4.8%。\n　　全年工业投资增长3.2%。\n")


def test_the_issuers_over_the_day_are_the_issuers_and_date_not_a_heading():
    # "某市统计局" over the survey team over the day was clause ¶2 and the heading of the clauses after it
    doc = parse(BULLETIN, "bulletin.txt")
    assert (doc.issuer, doc.date_written) == ("某市统计局、国家统计局某市调查队", "2026-03-18")
    clauses = segment(doc)
    assert clauses[0].text.startswith("2025年，全市")
    assert not any("统计局" in c.heading for c in clauses)


def test_a_line_of_names_over_no_day_stays_text():
    doc = parse(BULLETIN.replace("2026年3月18日\n", "全市上下\n"), "bulletin.txt")
    assert doc.date_written == ""


TABLE = ("\n\n三、数字经济\n\n　　全年数字经济核心产业增加值6128亿元，增长7.2%。\n\n表1　2025年数字经济主要指标\n"
         "序号\n指标\n单位\n绝对数\n1\n数字经济核心产业增加值\n亿元\n6128\n2\n5G基站数\n万个\n6.8\n注：增长速度按可比价格计算。\n")


def test_a_table_s_note_is_its_own_not_the_last_row_s():
    # the note was glued to row 2's text
    clauses = {c.path: c.text for c in segment(parse(BULLETIN + TABLE, "bulletin.txt"))}
    assert clauses["表1 > 2"] == "2 | 5G基站数 | 万个 | 6.8"
    assert clauses["表1 > 注"] == "注：增长速度按可比价格计算。"


CLOSING = ("\n注释：\n　　1.本公报中部分数据为初步统计数。\n"
           "　　2.地区生产总值绝对数按现价计算，增长速度按不变价格计算。\n\n"
           "资料来源：本公报中数字经济数据来自市经信局；其他数据来自市统计局。\n")


def test_the_closing_notes_and_sources_are_metadata_not_the_last_section_s_text():
    doc = parse(BULLETIN + CLOSING, "bulletin.txt")
    assert doc.meta["资料来源"] == "本公报中数字经济数据来自市经信局；其他数据来自市统计局。"
    assert doc.meta["注释"].startswith("1.本公报中部分数据为初步统计数。 2.")
    assert not any("注释" in c.text or "资料来源" in c.text for c in segment(doc))


def test_notes_over_more_than_notes_stay_text():
    tail = "\n注：\n　　1.本公报中部分数据为初步统计数。\n　　全年工业投资增长3.2%，高于上年。\n"
    doc = parse(BULLETIN + tail, "bulletin.txt")
    assert "注释" not in doc.meta and any("初步统计数" in c.text for c in segment(doc))
