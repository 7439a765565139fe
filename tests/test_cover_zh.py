"""Tests for ingest.cover_zh: a Chinese plan's cover from PDF text (bond series, cover facts, 目录) as metadata."""

from __future__ import annotations

from ingest.cover_zh import zh_cover
from ingest.plaintext import parse_plaintext

BODY = """一、项目概况
（一）项目名称
某某人工智能计算中心（二期）项目，新增智能算力300PFLOPS，建设标准机柜800个，项目建设期18个月，计划于2026年4
月开工，2027年9月建成投运，运营期按20年测算，项目收益能够覆盖专项债券本息。

                                     — 1 —
某某人工智能计算中心（二期）项目专项债券资金使用实施方案

二、项目投资估算及资金筹措方案
项目总投资126000万元，其中工程费用108200万元，工程建设其他费用7400万元，预备费3500万元，建设期利息6900万元，资
本金由市本级财政预算安排。

                                     — 2 —
"""

COVER = """2026年某某省政府专项债券（十二期）

某某人工智能计算中心（二期）项目
专项债券资金使用实施方案

项目单位：某某市数据局
项目实施单位：某某数字城市建设运营有限公司
编制单位：某某工程咨询有限公司
2026年3月


                                   目    录

一、项目概况 ..................................................... 1
二、项目投资估算及资金筹措方案 ................................... 3


"""


def test_a_bond_plan_s_cover_is_metadata_and_its_title_is_its_own():
    doc = parse_plaintext(COVER + BODY, "plan.txt")
    assert doc.title == "某某人工智能计算中心（二期）项目专项债券资金使用实施方案"  # was the series line
    assert doc.meta["series"] == "2026年某某省政府专项债券（十二期）"
    assert doc.meta["项目单位"] == "某某市数据局"
    assert doc.meta["项目实施单位"] == "某某数字城市建设运营有限公司"
    assert doc.meta["编制单位"] == "某某工程咨询有限公司"
    assert doc.meta["cover_date"] == "2026年3月"
    assert doc.meta["contents"] == "一、项目概况 1; 二、项目投资估算及资金筹措方案 3"
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "一、项目概况"  # no cover line, no 目录 entry, before the body
    assert not any("......" in t or "编制单位" in t for t in texts)


def test_a_body_s_facts_and_a_table_s_unit_line_stay_text():
    lines = ["关于某项目的报告", "", "一、项目概况", "项目单位：某某市数据局", "编制单位：某某公司", "单位：万元"]
    assert zh_cover(lines) == (lines, {})  # under the body's first heading: text
    lone = ["关于某项目的报告", "", "项目单位：某某市数据局", "", "一、项目概况"]
    assert zh_cover(lone) == (lone, {})  # one fact alone is too few to tell a cover
    plain = "2026年某某省政府专项债券（十二期）\n\n项目单位：某某市数据局\n编制单位：某某公司\n\n一、项目概况\n正文。\n"
    assert parse_plaintext(plain, "x.txt").meta.get("series") is None  # no PDF's text: read as before


def test_a_plan_with_no_issuer_places_its_bodies_by_its_cover_s_project_unit():
    from ingest.segment import segment
    body = BODY.replace("资\n本金由市本级财政预算安排。", "资\n本金由市本级财政预算安排。\n\n三、风险防控\n"
                        "（一）债务偿还风险。防控措施：设立专项债券偿债账户，由市财政局会同市数据局实施监管。")
    cover = COVER.replace("某某市数据局", "南昌市数据局").replace("某某人工智能计算中心", "南昌人工智能计算中心")
    doc = parse_plaintext(cover + body.replace("某某人工智能计算中心", "南昌人工智能计算中心"), "plan.txt")
    assert doc.issuer == ""  # the title says 南昌 with no 市: its 项目单位 says which city's 市财政局 it is
    measure = next(c for c in segment(doc) if "偿债账户" in c.text)
    assert (measure.agencies.lead, measure.agencies.supporting) == (["南昌市财政局"], ["南昌市数据局"])
