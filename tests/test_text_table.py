"""Tests for ingest.text_table: rows a plain text writes with tabs between its cells."""

from __future__ import annotations

from ingest.parse import parse
from ingest.text_table import tab_rows


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
