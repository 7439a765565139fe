"""A people's congress report (执法检查报告): its closing formula "以上报告，请予审议。" is metadata, not its last
item's words, and the agencies a recommendation names right after 建议 as the subject of what it asks lead."""

from __future__ import annotations

import pytest

from ingest.agencies import subject_agencies
from ingest.parse import parse
from ingest.segment import segment

_REPORT = """广东省人民代表大会常务委员会执法检查组关于检查《广东省数字经济促进条例》实施情况的报告

主任、各位副主任、秘书长、各位委员：
　　根据省人大常委会2025年度监督工作计划，省人大常委会对条例实施情况开展执法检查。现将执法检查情况报告如下：
一、意见和建议
　　（一）优化算力基础设施布局。建议省发展改革委牵头，会同省能源局编制全省算力基础设施布局规划。
　　（二）加强数字人才培养引进。建议省人力资源社会保障厅、省教育厅加大数字技能人才培养力度。
　　有观点认为全省智能算力规模应于2026年达到100EFLOPS，检查组认为这一目标脱离实际。
　　以上报告，请予审议。
"""


def test_a_reports_closing_formula_is_metadata_not_its_last_items_text():
    doc = parse(_REPORT, "report.txt")
    assert doc.meta["closing"] == "以上报告，请予审议。"
    last = segment(doc)[-1]
    assert "请予审议" not in last.text
    assert last.text.endswith("检查组认为这一目标脱离实际。")


@pytest.mark.parametrize("closing", ["特此报告。", "现予报告。", "以上报告，请审议。"])
def test_other_closing_formulas_are_metadata(closing):
    doc = parse(_REPORT.replace("以上报告，请予审议。", closing), "report.txt")
    assert doc.meta["closing"] == closing
    assert closing not in segment(doc)[-1].text


def test_a_request_for_review_that_goes_on_is_no_closing_formula():
    # the Premier's report opens so, and it goes on: no formula of its own paragraph
    text = _REPORT.replace("以上报告，请予审议。", "以上报告，请予审议，并请提出意见。")
    doc = parse(text, "report.txt")
    assert "closing" not in doc.meta
    assert segment(doc)[-1].text.endswith("以上报告，请予审议，并请提出意见。")


@pytest.mark.parametrize(("text", "lead"), [
    ("（四）加强数字人才培养引进。建议省人力资源社会保障厅、省教育厅加大数字技能人才培养力度，每年培训数字技能人才10万人次以上。",
     ["省人力资源社会保障厅", "省教育厅"]),
    ("（一）加大条例实施力度。建议省政府对照条例各项规定开展全面梳理。", ["省政府"]),
    ("建议市科技局加快出台算力券实施细则。", ["市科技局"]),
])
def test_the_agencies_a_recommendation_asks_to_act_lead(text, lead):
    found = subject_agencies(text)
    assert (found.lead, found.supporting) == (lead, [])


@pytest.mark.parametrize("text", [
    "建议省教育厅的意见得到采纳。",  # a noun after the name: no verb it asks
    "建议有关部门加大培养力度。",  # no agency named
    "省教育厅加大培养力度。",  # no 建议, no 负责/牵头: a statement, not a duty
    "请省教育厅加大培养力度。",  # only 建议 reads so
    "专家建议省教育厅加大培养力度。",  # whose recommendation: not the sentence's start
])
def test_no_lead_without_a_recommendation_naming_the_agency_before_its_verb(text):
    assert not subject_agencies(text)
