"""A table flattened one cell per line under 序号 (a plan's 主要指标 table saved from a PDF) read back into rows."""

from __future__ import annotations

from ingest.parse import parse
from ingest.pdf_text import read_pdf_text
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.text_table import flattened_rows

RUNNING = "某某市“十五五”数字经济发展规划"

# seven columns, two page lines (a PDF's text), the page's end and its running header inside the table, a note
# under it in the same group of lines
INDICATORS = f"""某某市人民政府文件

某府发〔2026〕4号

二、发展目标
　　到2030年，数字经济核心产业增加值占地区生产总值比重达到16%左右。

表1　某某市“十五五”数字经济发展主要指标
序号
类别
指标名称
单位
2025年（基期）
2030年
属性
1
产业规模
数字经济核心产业增加值占GDP比重
%
13.2
16
预期性
2
基础设施
智能算力规模
EFLOPS
12
50
预期性

— 3 —
{RUNNING}

3
基础设施
数据中心可再生能源使用比例
%
35
≥60
约束性
注：数据中心电能利用效率为年均值。

三、重点任务
　　（一）建设算力枢纽。推动智算中心三期建设。

— 4 —
{RUNNING}
"""

# five columns in text not told as from a PDF (one page line only), a note under the table
FIVE = """某某市“十五五”数字经济发展规划

二、发展目标
到2030年，建成具有全国影响力的人工智能创新高地。

表1　主要指标
序号
指标名称
单位
2030年
属性
1
人工智能核心产业规模
亿元
2000
预期性
2
公共数据开放数据集数量
个
15000
预期性
3
人工智能领域从业人员
万人
40
约束性
注：从业人员为年末数。

三、重点任务
推动智算中心三期建设。

— 4 —
"""

ROWS7 = ["序号 | 类别 | 指标名称 | 单位 | 2025年（基期） | 2030年 | 属性",
         "1 | 产业规模 | 数字经济核心产业增加值占GDP比重 | % | 13.2 | 16 | 预期性",
         "2 | 基础设施 | 智能算力规模 | EFLOPS | 12 | 50 | 预期性",
         "3 | 基础设施 | 数据中心可再生能源使用比例 | % | 35 | ≥60 | 约束性"]


def test_a_pdf_table_with_a_note_under_it_and_a_page_break_inside_is_read_into_rows():
    paragraphs, _ = read_pdf_text(INDICATORS.split("\n"))
    at = paragraphs.index(ROWS7[0])
    assert paragraphs[at:at + 4] == ROWS7
    assert paragraphs[at + 4] == "注：数据中心电能利用效率为年均值。"
    assert RUNNING not in paragraphs


def test_a_table_in_text_not_from_a_pdf_is_read_into_rows():
    texts = [b.text for b in parse(FIVE, "plan.txt").blocks]
    at = texts.index("序号 | 指标名称 | 单位 | 2030年 | 属性")
    assert texts[at + 1:at + 5] == ["1 | 人工智能核心产业规模 | 亿元 | 2000 | 预期性",
                                    "2 | 公共数据开放数据集数量 | 个 | 15000 | 预期性",
                                    "3 | 人工智能领域从业人员 | 万人 | 40 | 约束性",
                                    "注：从业人员为年末数。"]


def _rows(text: str) -> dict:
    doc = parse(text, "plan.txt")
    return {c.path: c for c in tag_clauses(segment(doc), doc.date) if c.path.startswith("表1 > ")}


def test_the_rows_are_clauses_with_their_goals_for_the_year_ahead_not_the_base_year():
    rows = _rows(INDICATORS)
    assert sorted(rows) == ["表1 > 1", "表1 > 2", "表1 > 3", "表1 > 注"]  # the table's note is a clause of its own
    assert "注：" not in rows["表1 > 3"].text and not rows["表1 > 注"].targets
    assert [(t.value, t.unit, t.year) for t in rows["表1 > 2"].targets] == [(50.0, "EFLOPS", 2030)]
    assert [(t.value, t.comparator, t.year) for t in rows["表1 > 3"].targets] == [(60.0, ">=", 2030)]
    assert rows["表1 > 3"].text.endswith("约束性")
    five = _rows(FIVE)
    assert [(t.value, t.unit, t.year) for t in five["表1 > 3"].targets] == [(40.0, "万人", 2030)]


def test_a_last_row_followed_by_a_line_that_may_be_its_wrapped_cell_is_left_as_lines():
    wrapped = INDICATORS.replace("约束性\n注：", "约束\n性\n注：")
    paragraphs, _ = read_pdf_text(wrapped.split("\n"))
    assert not any(" | " in p for p in paragraphs)  # no row cut short of its last cell's end
    texts = [b.text for b in parse(FIVE.replace("约束性\n注：", "约束\n性\n注："), "plan.txt").blocks]
    assert not any(" | " in t for t in texts)


def test_rows_whose_count_of_cells_differs_are_left_as_lines():
    # a 类别 cell written once for two rows (merged in the PDF): the second row is short of a cell
    lines = ["序号", "类别", "指标", "2030年", "1", "产业", "规模", "16",
             "2", "算力", "50", "3", "人才", "人数", "40", ""]
    assert flattened_rows(lines, lambda t: not t) == lines
    # a list numbered 1, 2, 3 under a 序号 line but with no header of column names
    listed = ["序号", "1", "一", "二", "2", "三", "四", "3", "五", "六"]
    assert flattened_rows(listed, lambda t: not t) == listed
