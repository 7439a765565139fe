"""Tests for ingest.text_table: rows a plain text writes with tabs between its cells."""

from __future__ import annotations

from ingest.parse import parse
from ingest.text_table import space_rows, tab_rows


def test_tab_rows_joins_the_cells_of_a_run_of_rows() -> None:
    lines = ["表1　能效等级", "", "能效等级\tPUE\t可再生能源利用率", "一级\t≤1.20\t≥50%", "二级\t≤1.30\t≥30%", ""]
    assert tab_rows(lines)[2:5] == ["能效等级 | PUE | 可再生能源利用率", "一级 | ≤1.20 | ≥50%", "二级 | ≤1.30 | ≥30%"]
    assert tab_rows(lines)[0] == "表1　能效等级"


def test_tab_rows_leaves_a_lone_tab_and_an_indent() -> None:
    lines = ["第一条\t为了规范管理，制定本办法。", "", "\t本办法适用于全市。", "\t第二行。"]
    assert tab_rows(lines) == lines


def test_plain_text_table_rows_are_rows() -> None:
    doc = parse("Indicators\n\nTable 1: Targets\n\nIndicator\tTarget\tYear\nGPUs\t5000\t2027\nPeople\t200\t2028\n",
                "t.txt")
    rows = ["Indicator | Target | Year", "GPUs | 5000 | 2027", "People | 200 | 2028"]
    assert [b.text for b in doc.blocks][-3:] == rows


# a 实施方案's table as `pdftotext -layout` prints it: columns aligned as printed, a Chinese character two wide
COST_TABLE = """表1 项目投资估算表
                                                           单位：万元
  序号    费用名称              金额        占总投资比例
  1       建筑工程费            21600       17.14%
  2       设备购置及安装费      86600       68.73%
  3       工程建设其他费用       7400        5.87%
  4       预备费                 3500        2.78%
  5       建设期利息             6900        5.48%
          合计                 126000      100.00%
""".split("\n")


def test_space_rows_align_chinese_cells_by_printed_width() -> None:
    out = space_rows(COST_TABLE)
    assert out[2] == "序号 | 费用名称 | 金额 | 占总投资比例"
    assert out[6] == "4 | 预备费 | 3500 | 2.78%"  # was left as text: 预备费 is three characters, six columns
    assert out[:2] == COST_TABLE[:2]  # the caption and the unit line are no rows


def test_space_rows_read_a_row_with_an_empty_cell_under_its_columns() -> None:
    assert space_rows(COST_TABLE)[8] == "合计 | 126000 | 100.00%"  # its 序号 cell empty
    # a line whose cells straddle the columns is no row of theirs
    straddling = COST_TABLE[2:8] + ["  合计 126000 元               100.00%"]
    assert space_rows(straddling)[-1] == straddling[-1]
