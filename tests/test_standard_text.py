"""Tests for ingest.standard_text: a Chinese standard's cover and 目次 read as metadata, its clauses, terms,
table and appendix in their outline, and an informative appendix's worked example no goal."""

from __future__ import annotations

from ingest.parse import doc_id_for, parse
from ingest.pipeline import segment_and_tag
from ingest.segment import segment
from ingest.standard_text import drop_example_targets
from ingest.types import Clause, Target

# a GB/T draft as text: its cover, 目次, 前言, terms, clauses, a tab-separated table, an informative appendix
_DRAFT = """ICS 35.240.01
CCS L 70

中华人民共和国国家标准

GB/T XXXXX—202X

信息技术　人工智能　算力中心能效指南

Information technology—Artificial intelligence—Guidelines for energy efficiency of computing centers

（征求意见稿）

（本稿完成日期：2025-11-20）

202X-XX-XX发布　　　　　　　　　　202X-XX-XX实施

国家市场监督管理总局
国家标准化管理委员会　　发布

目　　次

前言
1　范围
2　术语和定义
3　评价指标
附录A（资料性）　能效评价示例
参考文献

前　　言

本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

本文件由全国信息技术标准化技术委员会归口。

信息技术　人工智能　算力中心能效指南

1　范围

本文件给出了算力中心能效评价的指标体系和评价方法。

2　术语和定义

2.1
算力中心　computing center
为人工智能模型训练和推理提供算力服务的数据中心。

2.2
电能利用效率　power usage effectiveness；PUE
数据中心总耗电量与信息设备耗电量的比值。
注：PUE越接近1，表示数据中心的能效水平越高。

3　评价指标

3.1　一般要求

3.1.1　评价应覆盖算力中心的供配电、制冷和运行管理等环节。

3.1.2　新建算力中心的PUE应不高于1.25，改造的既有算力中心PUE应不高于1.4。

3.2　能效等级

3.2.1　能效等级应符合表1的规定。

表1　算力中心能效等级

能效等级\tPUE\t算力能效（TFLOPS/W）
一级\t≤1.20\t≥1.5
二级\t≤1.30\t≥1.0

附　录　A
（资料性）
能效评价示例

A.1　某算力中心2024年总耗电量为1.2亿千瓦时，PUE为1.32，评价为三级。

A.2　该中心计划通过液冷改造，到2026年将PUE降至1.22，达到二级。

参　考　文　献

[1]　GB/T 1.1—2020　标准化工作导则　第1部分：标准化文件的结构和起草规则
"""


def _draft():
    return parse(_DRAFT, "gbt-draft.txt")


def test_standard_cover_gives_title_number_kind_issuer_and_date() -> None:
    doc = _draft()
    assert doc.title == "信息技术 人工智能 算力中心能效指南"
    assert doc.doc_number == "GB/T XXXXX—202X"
    assert doc.kind == "draft"
    assert doc.issuer == "国家市场监督管理总局、国家标准化管理委员会"
    assert doc.date == "2025-11-20"
    assert doc.meta["ICS"] == "35.240.01" and doc.meta["CCS"] == "L 70"
    assert doc.meta["title_en"].startswith("Information technology—Artificial intelligence")
    assert doc.meta["目次"].splitlines()[:2] == ["前言", "1 范围"]


def test_standard_cover_and_contents_are_no_clauses() -> None:
    text = "\n".join(c.text for c in segment(_draft()))
    for line in ("ICS", "CCS", "中华人民共和国国家标准", "202X-XX-XX发布", "国家标准化管理委员会", "目 次",
                 "附录A（资料性） 能效评价示例\n参考文献"):
        assert line not in text


def test_standard_clauses_have_their_outline() -> None:
    paths = {c.path: c for c in segment(_draft())}
    assert paths["前言 > ¶1"].text.startswith("本文件按照GB/T 1.1")
    assert paths["1 范围 > ¶1"].text.startswith("本文件给出了")
    clause = paths["3 评价指标 > 3.1 一般要求 > 3.1.2"]
    assert clause.text.startswith("3.1.2 新建算力中心的PUE")
    assert clause.headings == ["3 评价指标", "3.1 一般要求"]  # two headings, not one joined
    assert paths["附录A（资料性） > A.2"].text.startswith("A.2 该中心计划")
    assert paths["附录A（资料性） > A.2"].heading == "附录A（资料性） 能效评价示例"
    assert paths["参考文献 > ¶1"].text.startswith("[1] GB/T 1.1")
    assert all(not c.text.startswith("附") for c in paths.values())


def test_standard_term_is_one_clause_with_its_number_names_and_definition() -> None:
    paths = {c.path: c.text for c in segment(_draft())}
    assert paths["2 术语和定义 > 2.2"].splitlines() == [
        "2.2", "电能利用效率 power usage effectiveness；PUE", "数据中心总耗电量与信息设备耗电量的比值。",
        "注：PUE越接近1，表示数据中心的能效水平越高。"]
    assert not paths["2 术语和定义 > 2.1"].endswith("2.2")  # the next term's number is no end of this one


def test_standard_table_caption_heads_rows_and_header_is_no_clause() -> None:
    clauses = segment(_draft())
    rows = [c for c in clauses if "表1" in c.path]
    assert [c.path for c in rows] == ["3 评价指标 > 3.2 能效等级 > 表1 > row 1",
                                      "3 评价指标 > 3.2 能效等级 > 表1 > row 2"]
    assert rows[0].text == "一级 | ≤1.20 | ≥1.5"
    assert rows[0].heading == "表1 算力中心能效等级"
    assert rows[0].headings[-1] == "能效等级 | PUE | 算力能效（TFLOPS/W）"
    assert not any(c.text.startswith("能效等级 | PUE") for c in clauses)


def test_informative_appendix_example_sets_no_goal() -> None:
    doc = _draft()
    clauses = {c.path: c for c in segment_and_tag([doc])}
    example = clauses["附录A（资料性） > A.2"]
    assert example.targets == [] and "targets" not in example.tags


def test_normative_clauses_and_appendix_keep_their_goals() -> None:
    def clause(path: str, heading: str) -> Clause:
        return Clause(clause_id="c", doc_id="d", path=path, heading=heading, text="…", start=0, end=1, lang="zh",
                      headings=[heading], tags=["targets"], evidence={"targets": "1.22"},
                      targets=[Target(value=1.22, unit="", year=2026, metric="PUE", text="1.22")])
    normative = clause("附录B（规范性） > B.1", "附录B（规范性） 测量方法")
    informative = clause("Annex C (informative) > ¶1", "Annex C (informative) Examples")
    drop_example_targets([normative, informative])
    assert normative.targets and normative.tags == ["targets"]
    assert informative.targets == [] and informative.tags == [] and "targets" not in informative.evidence


def test_a_placeholder_number_identifies_no_document() -> None:
    draft = "GB/T XXXXX—202X"
    assert doc_id_for("指南一", draft, "2025-11-20") != doc_id_for("指南二", draft, "2025-11-20")
    assert doc_id_for("指南一", "GB/T 45654—2025") == doc_id_for("指南二", "GB/T 45654—2025")


def test_text_without_a_standards_cover_is_read_as_before() -> None:
    doc = parse("关于推进算力发展的通知\n\n1 范围\n\n本通知适用于全市。\n\n目　　次\n\n前言\n", "notice.txt")
    assert doc.title == "关于推进算力发展的通知" and doc.kind != "draft" and not doc.meta
    assert all(b.kind == "para" for b in doc.blocks)


def test_standard_terms_lead_in_is_the_section_s_own_not_the_first_term_s() -> None:
    # "下列术语和定义适用于本文件。" is said of all the terms: it opened 2.1's text
    lead = "下列术语和定义适用于本文件。"
    paths = {c.path: c.text for c in segment(parse(_DRAFT.replace("2　术语和定义\n\n", f"2　术语和定义\n\n{lead}\n\n"),
                                                     "gbt-draft.txt"))}
    assert paths["2 术语和定义 > ¶1"] == lead
    assert paths["2 术语和定义 > 2.1"].startswith("2.1\n算力中心")


def test_a_short_lead_in_ending_in_a_colon_still_goes_with_the_first_item() -> None:
    text = _DRAFT.replace("2　术语和定义\n\n", "2　术语和定义\n\n定义如下：\n\n")
    paths = {c.path: c.text for c in segment(parse(text, "gbt-draft.txt"))}
    assert paths["2 术语和定义 > 2.1"].startswith("定义如下：\n2.1")
