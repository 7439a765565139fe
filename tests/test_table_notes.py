"""A table's note under its rows is a clause of its own, under what holds the table, not the last row's text
(ingest.outline_tables.TableReader._table_note), with a caption or without one."""

from __future__ import annotations

from ingest.segment import segment
from ingest.types import Block, Document

_ANNEX = ["附件1", "甲市人工智能和算力产业人才积分指标表", "序号 | 指标内容 | 分值",
          "1 | 博士研究生学历或正高级职称 | 40", "2 | 硕士研究生学历或副高级职称 | 30",
          "3 | 全日制本科学历或中级职称 | 20"]
_NOTE = "注：1．积分指标以申请时的有效证明材料为准；2．基础分最高100分。"


def _clauses(lines: list[str]):
    blocks = [Block(line) for line in lines]  # " | ": the CELL the parsers join a row's cells with
    return {c.path: c for c in segment(Document(doc_id="d", title="t", lang="zh", blocks=blocks))}


def test_a_note_under_rows_with_no_caption_is_its_own_clause():
    clauses = _clauses(["第一条 为加快集聚人工智能紧缺人才，制定本办法。", *_ANNEX, _NOTE])
    assert clauses["附件1 > 注"].text == _NOTE
    assert "注：" not in clauses["附件1 > 3"].text


def test_a_note_not_under_rows_stays_where_it_is():
    # after prose, "注：" is the section's paragraph as before; no table is open
    clauses = _clauses(["附件1", "甲市人工智能和算力产业人才积分指标说明",
                        "积分指标按申请人提交的材料逐项核定，按年度更新。", _NOTE])
    assert not any(path.endswith("注") for path in clauses)
    assert any(c.text == _NOTE for c in clauses.values())
