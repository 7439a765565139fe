"""Tests for a 政府信息公开工作年度报告 in the State Council template: its tables cite the 条例's articles
("第二十条第（一）项", ingest.numbering) and head their figures with rows of labels (ingest.outline_tables,
ingest.columns)."""

from __future__ import annotations

from ingest.numbering import read_number


def test_an_article_cited_with_its_item_is_no_heading() -> None:
    assert read_number("第二十条第（一）项") is None
    assert read_number("第十二条第二款规定的情形", heading=True) is None
    num = read_number("第二十条　行政机关应当主动公开本行政机关的下列政府信息：")  # the 条例's own article
    assert num is not None and num.label == "第二十条"
    assert read_number("第五条第一项") is None
