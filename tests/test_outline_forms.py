"""Tests for ingest.outline_forms: a table's caption over its rows, and a list's title over its items (and where
ingest.outline ends a list)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Clause, Document


def _doc(blocks: list[Block | str], lang: str = "en") -> Document:
    return Document(doc_id="doc1", title="t", lang=lang,
                    blocks=[b if isinstance(b, Block) else Block(b) for b in blocks])


def _paths(clauses: list[Clause]) -> dict[str, str]:
    return {c.path: c.text for c in clauses}


# a white paper's summary table: "Table 1: Summary of commitments" over rows C1, C2, C3
_COMMITMENTS = [
    Block("4. Delivery", "heading", 2),
    "4.1 DSIT will publish an annual progress report to Parliament, the first in spring 2027.",
    "4.2 The commitments in this white paper, their owners and their dates are summarised below.",
    "Table 1: Summary of commitments",
    "Ref | Commitment | Owner | Date",
    "C1 | Expand AIRR public compute to at least 100,000 GPU-equivalents | UKRI | 2030",
    "C2 | Procure a national supercomputer at the University of Edinburgh | UKRI, DSIT | 2027",
    "C3 | Designate the first AI Growth Zone at Culham | DSIT | 2028",
    "The government will review these commitments each year.",
]


def test_caption_heads_rows_by_their_ids() -> None:
    clauses = segment(_doc(_COMMITMENTS))
    paths = _paths(clauses)
    assert paths["4 > Table 1 > C2"].startswith("C2 | Procure")
    assert paths["4 > 4.2"].startswith("4.2 The commitments")  # the paragraph before keeps its own text only
    row = next(c for c in clauses if c.path == "4 > Table 1 > C3")
    assert row.clause_id == "doc1-4-table1-c3"
    assert row.heading == "Table 1: Summary of commitments"
    assert "Ref | Commitment | Owner | Date" in row.headings  # the header row still heads the rows
    assert not any(c.text.startswith("Ref |") for c in clauses)  # and is no clause
    assert paths["4 > ¶1"].startswith("The government will review")  # after the table: the section's again


def test_caption_rows_without_ids_are_cited_by_place() -> None:
    blocks = ["Table 2: Milestones", "Milestone | Owner | Date",
              "Open the first AI Growth Zone | DSIT | 2028", "Train 7.5 million workers | DSIT | 2030"]
    paths = _paths(segment(_doc(blocks)))
    assert paths["Table 2 > row 2"].startswith("Train 7.5 million")
    assert paths["Table 2 > row 1"].startswith("Open the first")


def test_caption_rows_numbered_in_chinese() -> None:
    blocks = ["三、重点任务", "表1 重点任务分工", "序号 | 重点任务 | 牵头单位",
              "（一） | 建设智能算力中心，新增算力1000PFLOPS。 | 市发展改革委",
              "（二） | 培育人工智能企业100家。 | 市科技局"]
    paths = _paths(segment(_doc(blocks, lang="zh")))
    assert paths["三 > 表1 > （二）"].startswith("（二） | 培育")


def test_no_caption_no_table_node() -> None:
    """A line that names a table in a sentence, or a caption with no rows after it, heads nothing."""
    blocks = ["4.2 The commitments are summarised below.", "Table 1 sets out who leads each commitment.",
              "C1 | Expand AIRR public compute | UKRI | 2030", "C2 | Procure a supercomputer | UKRI | 2027"]
    assert not any("Table 1 >" in c.path for c in segment(_doc(blocks)))


def test_caption_in_markdown() -> None:
    md = ("# Compute for Growth\n\n## 4. Delivery\n\n4.2 The commitments are summarised below.\n\n"
          "Table 1: Summary of commitments\n\n| Ref | Commitment | Owner | Date |\n|---|---|---|---|\n"
          "| C1 | Expand AIRR public compute | UKRI | 2030 |\n"
          "| C2 | Procure a national supercomputer | UKRI | 2027 |\n")
    paths = _paths(segment(parse(md, "paper.md")))
    assert paths["4 > Table 1 > C2"].startswith("C2 | Procure")


# a press release's list of components under its bold title, and the release's paragraphs after the list
_RELEASE = [
    "The Union Cabinet had approved the IndiaAI Mission in March 2024 with a budget outlay of ₹10,371.92 crore.",
    "Key components of the IndiaAI Mission",
    "1. IndiaAI Compute Capacity: An AI compute infrastructure of 10,000 or more GPUs.",
    "2. IndiaAI Innovation Centre: Development of indigenous Large Multimodal Models.",
    "3. IndiaAI Datasets Platform: A unified data platform providing access to non-personal datasets.",
    "The Mission will be implemented by the IndiaAI Independent Business Division under Digital India Corporation.",
    "The Ministry of Electronics and Information Technology will issue a second tender for 15,000 GPUs.",
]


def test_list_title_heads_its_items() -> None:
    clauses = segment(_doc(_RELEASE))
    paths = _paths(clauses)
    assert paths["Key components of the IndiaAI Mission > 3"].startswith("3. IndiaAI Datasets")
    assert not any(c.text == "Key components of the IndiaAI Mission" for c in clauses)  # no clause of its own
    item = next(c for c in clauses if c.path.endswith("> 2"))
    assert item.heading == "Key components of the IndiaAI Mission"


def test_paragraph_after_last_item_is_the_parents() -> None:
    paths = _paths(segment(_doc(_RELEASE)))
    assert paths["Key components of the IndiaAI Mission > 3"].endswith("non-personal datasets.")
    assert paths["¶2"].startswith("The Mission will be implemented")  # not under the list's title either
    assert paths["¶3"].startswith("The Ministry of Electronics")


def test_paragraph_after_untitled_list_is_the_parents() -> None:
    paths = _paths(segment(_doc([_RELEASE[0], *_RELEASE[2:]])))
    assert paths["3"].endswith("non-personal datasets.")
    assert paths["¶2"].startswith("The Mission will be implemented")


def test_subparagraph_after_articles_last_paragraph_stays() -> None:
    """Within an article, an unnumbered paragraph after its last numbered one is that paragraph's subparagraph."""
    blocks = [Block("Article 5", "heading", 3), "1. Providers shall register the system.",
              "2. Deployers shall keep logs.", "3. Importers shall verify the conformity.",
              "The Commission shall adopt implementing acts laying down the procedure."]
    assert "The Commission shall" in _paths(segment(_doc(blocks)))["Article 5 > 3"]


def test_item_continuation_stays_with_the_item() -> None:
    """A lower-case continuation, a paragraph before the list's next item, and the last item of a list whose
    items run to several paragraphs stay with their item."""
    lower = segment(_doc([*_RELEASE[:5], "with an outlay of ₹199.55 crore, to be spent by 2029."]))
    assert _paths(lower)["Key components of the IndiaAI Mission > 3"].endswith("spent by 2029.")
    between = [*_RELEASE[:4], "It will be ready by the end of 2025.", *_RELEASE[4:6]]
    assert _paths(segment(_doc(between)))["Key components of the IndiaAI Mission > 2"].endswith("end of 2025.")
    long_items = [_RELEASE[2], "It is built through public-private partnership.", *_RELEASE[3:6]]
    assert _paths(segment(_doc(long_items)))["3"].endswith("Digital India Corporation.")


def test_short_line_before_a_paragraph_is_no_list_title() -> None:
    blocks = ["Key components of the IndiaAI Mission",
              "The Mission has seven components, each with its own outlay, approved by the Cabinet in March 2024."]
    assert not any(" > " in c.path for c in segment(_doc(blocks)))


def test_numbered_clause_under_its_numbered_title() -> None:
    clauses = segment(_doc([Block("4 评价指标", "heading", 1), Block("4.1 一般要求", "heading", 2),
                            "4.1.1 评价应覆盖供配电、制冷和运行管理等环节。", "4.1.2 新建算力中心的PUE应不高于1.25。",
                            Block("5 评价方法", "heading", 1), "5.1 PUE应按规定的方法测量，测量周期不少于12个月。"],
                           lang="zh"))
    assert [c.path for c in clauses] == ["4 评价指标 > 4.1 一般要求 > 4.1.1", "4 评价指标 > 4.1 一般要求 > 4.1.2",
                                         "5 评价方法 > 5.1"]


def test_decimal_figure_or_other_section_number_is_no_clause_number() -> None:
    clauses = segment(_doc([Block("3 Results", "heading", 1),
                            "3.1 million people were trained in the first year of the programme, ahead of plan.",
                            "4.2 The second phase is set out in the next section of this paper, with its costs."]))
    assert [c.path for c in clauses] == ["3 Results > ¶1", "3 Results > ¶2"]


def test_appendix_heading_numbers_its_clauses() -> None:
    clauses = segment(_doc([Block("附录A（资料性） 评价示例", "heading", 1),
                            "A.1 某算力中心2024年总耗电量为1.2亿千瓦时，PUE为1.32。",
                            "A.2 该中心计划到2026年将PUE降至1.22。",
                            Block("参考文献", "heading", 1), "[1] GB/T 1.1—2020 标准化工作导则"], lang="zh"))
    assert [c.path for c in clauses] == ["附录A（资料性） > A.1", "附录A（资料性） > A.2", "参考文献 > ¶1"]


def test_header_of_names_over_figures_heads_the_rows() -> None:
    clauses = segment(_doc([Block("Budget measures", "heading", 1), Block("Investment targets", "heading", 2),
                            "Table 1: Key performance indicators",
                            "Indicator | Baseline (2024–25) | Target | Target year",
                            "Share of SMEs using AI | 35% | 60% | 2028–29",
                            "Sovereign AI compute (petaflops) | 12 | 100 | 2027–28"]))
    assert [c.path for c in clauses] == ["Investment targets > Table 1 > row 1", "Investment targets > Table 1 > row 2"]
    assert clauses[0].text.startswith("Share of SMEs")
    assert clauses[0].heading == "Table 1: Key performance indicators"
    assert clauses[0].headings[-1] == "Indicator | Baseline (2024–25) | Target | Target year"


def test_header_of_fiscal_years_with_their_unit_is_no_row() -> None:
    # an audit report's table of obligations: "FY2023 ($M)" names a year's column, as "2025年执行数（亿元）" does
    clauses = segment(_doc([Block("Obligations", "heading", 1),
                            "Table 1: Obligations for AI Computing Resources, Fiscal Years 2023-2025",
                            "Agency | FY2023 ($M) | FY2024 ($M) | FY2025 ($M)", "DOE | 420 | 610 | 780",
                            "NSF | 150 | 240 | 330"]))
    assert [c.text for c in clauses] == ["DOE | 420 | 610 | 780", "NSF | 150 | 240 | 330"]
    assert clauses[0].path.endswith("Table 1 > row 1")
    assert clauses[0].headings[-1] == "Agency | FY2023 ($M) | FY2024 ($M) | FY2025 ($M)"


def test_first_row_of_figures_is_a_row() -> None:
    clauses = segment(_doc([Block("Targets", "heading", 2), "The plan sets these milestones for its first years.",
                            "Table 2: Milestones", "GPUs | 5000 | 2027", "People | 200 | 2028"]))
    assert [c.text for c in clauses[1:]] == ["GPUs | 5000 | 2027", "People | 200 | 2028"]


# a budget report's table: the header names years with their unit in brackets, the rows have their 序号, a row of
# totals closes them
_BUDGET_TABLE = [Block("（二）一般公共预算收支安排", "heading", 3), "市级一般公共预算支出安排392亿元，增长1.3%。",
                 "表1 2026年市级一般公共预算重点支出安排表",
                 "序号 | 项目 | 2025年执行数（亿元） | 2026年预算数（亿元） | 增长%",
                 "1 | 科学技术支出 | 32.6 | 36.0 | 10.4",
                 "2 | 其中：人工智能和集成电路产业专项资金 | 10.0 | 12.0 | 20.0",
                 "3 | 算力券专项 | 2.3 | 3.0 | 30.4", "合计 | 187.0 | 199.0 | 6.4"]


def test_budget_header_of_years_with_units_heads_the_rows() -> None:
    clauses = segment(_doc(_BUDGET_TABLE, lang="zh"))
    rows = [c for c in clauses if "表1" in c.path]
    assert [c.path for c in rows] == ["（二） > 表1 > 1", "（二） > 表1 > 2", "（二） > 表1 > 3", "（二） > 表1 > 合计"]
    assert rows[2].text == "3 | 算力券专项 | 2.3 | 3.0 | 30.4"  # the header is no row: 3 is the third
    assert rows[0].headings[-1] == _BUDGET_TABLE[3]  # the header heads them
    assert not any(c.text.startswith("序号") for c in clauses)
    assert rows[-1].text.startswith("合计") and rows[-1].clause_id.endswith("table1-total")


def test_row_without_id_under_rows_with_ids_goes_on_the_row_above() -> None:
    """A row with no id of its own under rows that have them is a cell spanning rows; a total is not."""
    blocks = ["表2 重点任务分工", "序号 | 任务 | 牵头单位", "1 | 建设智算中心 | 市发展改革委",
              "2 | 培育企业 | 市科技局", "引进人才 | 市人社局"]
    rows = [c for c in segment(_doc(blocks, lang="zh")) if "表2" in c.path]
    assert [c.path for c in rows] == ["表2 > 1", "表2 > 2"]
    assert rows[1].text.endswith("引进人才 | 市人社局")


def test_paragraph_after_a_table_without_caption_is_the_section_s() -> None:
    """A procurement notice's terms after its table of lots are no part of the last lot."""
    blocks = [Block("一、项目基本情况", "heading", 2), "预算金额：38,600.00万元", "采购需求：",
              "包号 | 标的名称 | 数量 | 预算金额（万元）", "1 | AI训练服务器 | 256台 | 29,800.00",
              "2 | 运维及算力运营服务 | 3年 | 1,400.00",
              "合同履行期限：第1、2、3包自合同签订之日起120日内完成交付并通过验收；第4包服务期3年。"]
    clauses = segment(_doc(blocks, lang="zh"))
    last = next(c for c in clauses if c.path == "一 > 2")
    assert last.text == "2 | 运维及算力运营服务 | 3年 | 1,400.00"
    assert any(c.text.startswith("合同履行期限") and c.path.startswith("一 > ¶") for c in clauses)


def test_a_date_and_time_alone_is_no_sub_heading() -> None:
    blocks = [Block("四、提交投标文件截止时间、开标时间和地点", "heading", 2), "2026年3月24日09点30分（北京时间）",
              "地点：合肥市公共资源交易中心（合肥市滨湖新区南京路2588号要素大市场）开标五室"]
    clauses = segment(_doc(blocks, lang="zh"))
    assert [c.path for c in clauses] == ["四 > ¶1", "四 > ¶2"]
    assert clauses[0].text == "2026年3月24日09点30分（北京时间）"
    assert clauses[1].headings == ["四、提交投标文件截止时间、开标时间和地点"]


_RESULTS = [Block("（三）落实市人大决议和重点财政工作情况", "heading", 3),
            "1.支持科技创新和产业升级。全市科学技术支出98.7亿元，增长12.5%。",
            "2.加强人才支撑。拨付“太湖人才计划”资金8.6亿元，新引进顶尖人才团队27个。",
            "3.兜牢基层“三保”底线。全市“三保”支出312.2亿元，足额保障。"]
_REMARK = "需要说明的是，部分媒体报道我市2025年人工智能产业专项资金达到50亿元，与实际不符。"


def test_a_remark_after_the_last_item_is_the_part_s() -> None:
    paths = _paths(segment(_doc([*_RESULTS, _REMARK], lang="zh")))
    assert paths["（三） > 3"].endswith("足额保障。")
    assert paths["（三） > ¶1"] == _REMARK


def test_an_item_s_next_paragraph_stays_with_it() -> None:
    """No turn, or a later item after it: the paragraph goes on its item."""
    plain = "全市“三保”支出占一般公共预算支出的比重为22.3%。"
    assert _paths(segment(_doc([*_RESULTS, plain], lang="zh")))["（三） > 3"].endswith(plain)
    between = [*_RESULTS[:3], "同时，全市新增算力券兑付2.3亿元，惠及企业416家。", _RESULTS[3]]
    assert "惠及企业416家" in _paths(segment(_doc(between, lang="zh")))["（三） > 2"]


def test_paragraph_after_rows_within_an_article_stays_with_them() -> None:
    """An article's paragraphs go on its text: a line after its uncaptioned rows is no paragraph of its own."""
    blocks = [Block("Article 1", "heading", 2), "1 | Text proposed by the Commission | Amendment",
              "2 | The objective is to triple capacity. | The objective is to triple capacity by 2032.",
              "A fixed date gives investors legal certainty."]
    clauses = segment(_doc(blocks))
    assert any(c.text.endswith("legal certainty.") and "|" in c.text for c in clauses)


def test_a_directive_s_sub_provisions_under_a_lead_in_are_clauses_of_their_own():
    # "4.1.1 …", "4.1.2 …" were merged into "4.1 … is responsible for:", so 4.1.2 (a 75 % goal) could not be cited
    from ingest.segment import segment
    from ingest.types import Block, Document

    blocks = [Block("Directive on Compute", "heading", 1), Block("4. Requirements", "heading", 2),
              Block("4.1 The Chief Information Officer of Canada is responsible for:"),
              Block("4.1.1 Establishing and maintaining a government-wide inventory of compute resources;"),
              Block("4.1.2 Publishing a target for low-carbon compute of no less than 75% by fiscal year 2029–30; and"),
              Block("4.1.3 Approving exceptions under subsection 4.4 in consultation with Shared Services Canada."),
              Block("4.2 Shared Services Canada provides departments with access to shared compute."),
              Block("4.2.1 Departments that use it report their use each quarter.")]  # no lead-in: 4.2's text

    clauses = segment(Document(doc_id="d", title="t", lang="en", blocks=blocks))
    assert [c.path for c in clauses] == ["4 > 4.1", "4 > 4.1 > 4.1.1", "4 > 4.1 > 4.1.2", "4 > 4.1 > 4.1.3", "4 > 4.2"]
    assert clauses[2].text.startswith("4.1.2 Publishing") and "4.2.1 Departments" in clauses[4].text


def test_an_appendix_numbers_its_provisions_by_its_letter():
    # "B.1 Effective date" over "B.1.1 …" in "Appendix B: Standard on …" were ¶7 to ¶10, so B.2.1 could not be cited
    from ingest.segment import segment
    from ingest.types import Block, Document

    blocks = [Block("Directive on Compute", "heading", 1), Block("4. Requirements", "heading", 2),
              Block("4.4 Exceptions"), Block("4.4.1 A department may request an exception to 4.3.3."),
              Block("Appendix B: Standard on Measuring Energy Use", "heading", 2), Block("B.1 Effective date"),
              Block("B.1.1 This standard takes effect on April 1, 2026."), Block("B.2 Requirements"),
              Block("B.2.1 Energy consumption is measured in kilowatt-hours per fiscal year."),
              Block("B.2.2 Departments use a PUE of 1.5 for facilities that do not report one.")]
    clauses = segment(Document(doc_id="d", title="t", lang="en", blocks=blocks))
    assert [c.path.split(" > ", 1)[-1] for c in clauses] == ["4.4 > 4.4.1", "B.1 > B.1.1", "B.2 > B.2.1", "B.2 > B.2.2"]
    assert clauses[2].text.startswith("B.2.1 Energy")


def test_a_part_spelled_out_numbers_its_paragraphs():
    # a UK audit report's "Part One" over "1.1 …", "1.2 …": the paragraphs were ¶29 … under no part
    from ingest.numbering import read_number
    from ingest.segment import segment
    from ingest.types import Block, Document

    blocks = [Block("Investigation into the AI Research Resource", "heading", 1), Block("Part One", "heading", 2),
              Block("1.1 The government announced the AIRR in the Spring Budget 2023."),
              Block("1.2 The Compute Roadmap committed the government to expand it twentyfold by 2030."),
              Block("Part Two", "heading", 2), Block("2.1 Isambard-AI phase 1 entered service in July 2024.")]
    clauses = segment(Document(doc_id="d", title="t", lang="en", blocks=blocks))
    assert [c.path for c in clauses] == ["Part One > 1.1", "Part One > 1.2", "Part Two > 2.1"]
    assert read_number("Part One of the plan", heading=True) is None  # a part cited, no heading


def test_a_caption_over_its_unit_line_heads_its_rows_and_its_total() -> None:
    # "表1 项目投资估算表" over "单位：万元": both were glued into the paragraph before, and 合计 into row 5
    blocks = ["二、资金安排", "（一）投资估算", "项目总投资12000万元，构成如下。", "表1 项目投资估算表", "单位：万元",
              "序号 | 费用名称 | 金额 | 占比", "1 | 建筑工程费 | 2000 | 16.7%", "2 | 设备购置费 | 10000 | 83.3%",
              "合计 | 12000 | 100.00%"]
    clauses = segment(_doc(blocks, lang="zh"))
    paths = _paths(clauses)
    assert paths["二 > 表1 > 2"].startswith("2 | 设备购置费")
    assert paths["二 > 表1 > 合计"].startswith("合计 | 12000")
    assert paths["二 > （一）"].endswith("构成如下。")  # the paragraph keeps its own text only
    row = next(c for c in clauses if c.path == "二 > 表1 > 1")
    assert row.heading == "表1 项目投资估算表 单位：万元"
