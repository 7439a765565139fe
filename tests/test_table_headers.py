"""A table's header row that opens with its column of row numbers heads its rows however unusual its other names
(ingest.segment._share_columns)."""

from __future__ import annotations

from ingest.segment import segment
from ingest.types import Block, Document

_HEADER = "序号 | 地区（单位） | 智能算力中心奖补 | 算力券和模型券 | 合计"


def _clauses(header: str):
    lines = ["附件1", "2026年省级工业发展资金分配表", "单位：万元", header, "1 | 成都市 | 9000 | 4800 | 13800",
             "2 | 绵阳市 | 3000 | 900 | 3900"]
    return segment(Document(doc_id="d", title="t", lang="zh", blocks=[Block(line) for line in lines]))


def test_a_header_row_opening_with_row_numbers_heads_the_rows():
    rows = [c for c in _clauses(_HEADER) if c.path in ("附件1 > 1", "附件1 > 2")]
    assert len(rows) == 2 and all(c.headings[-1] == _HEADER for c in rows)


def test_a_row_of_content_after_the_unit_heads_no_rows():
    # "序号" with figures in its cells is no header: a row of its own
    first = "序号 | 地区 | 9000 | 4800 | 13800"
    rows = [c for c in _clauses(first) if c.path in ("附件1 > 1", "附件1 > 2")]
    assert rows and not any(first in c.headings for c in rows)
