"""A blank form laid out as an HTML table (an annex's 申请表 or 申报表): its rows of field names beside empty
cells ("企业名称 | ␣ | 统一社会信用代码 | ␣", "用人单位意见 | （盖章） 年 月 日") are no clause, whatever words
name the fields; its rows with text of their own (a commitment, the measures to tick) stay."""

from __future__ import annotations

import re

from lxml import etree

# a field's name: short, no sentence, no figure but in brackets ("设计智能算力规模（PFLOPS）", "职称/技能等级")
_FIELD = re.compile(r"[^\d。；;！？!?：:□☐■]{1,20}[:：]?")  # (options to tick, "□提前申报 □属地查验", say what)
# where a signatory stamps, signs or dates the form: "（盖章）", "法定代表人（签字）：", "年 月 日"
_STAMP = re.compile(r"(?:[（(][^（）()]{0,6}(?:盖章|签字|签章|签名)[）)][:：]?"
                    r"|[^（）()。；\d]{0,10}(?:签字|签名|签章|盖章)[:：]?|年月日|日期[:：])+")
FORM_ROWS = 2  # a table is a form with at least this many rows of fields to fill in, half its rows or more


def field_rows(rows: list[list[etree._Element]]) -> set[int]:
    """The rows (indexes into rows, each its cells with the empty ones) of a blank form that only name fields,
    where the table is one: in a table of figures an empty cell is a blank value, and its rows are kept."""
    fields = {k for k, cells in enumerate(rows) if _field_row(cells)}
    filled = [k for k, cells in enumerate(rows) if any(_text(c) for c in cells)]
    # a form opens with its fields; a table whose first row names its columns ("单位名称 | 备注") is a list, its
    # blank cells values not given
    form = bool(filled) and filled[0] in fields and len(fields) >= FORM_ROWS and 2 * len(fields) >= len(filled)
    # in a form a row of names alone names the columns of blank rows under it ("岗位名称 | 岗位职责 | 见习时间")
    return {k for k in filled if _names(rows[k])} if form else set()


def _field_row(cells: list[etree._Element]) -> bool:
    """Names of fields and, beside them, something to fill in: an empty cell or a place to stamp and date."""
    texts = [_text(c) for c in cells]
    return _names(cells) and any(not t or _STAMP.fullmatch(t) for t in texts)


def _names(cells: list[etree._Element]) -> bool:
    """Whether a row's cells with text name fields, or are where one stamps and dates, and one at least names."""
    names = [t for t in map(_text, cells) if t and not _STAMP.fullmatch(t)]
    return bool(names) and all(_FIELD.fullmatch(re.sub(r"[（(][^（）()]*[)）]", "", t)) for t in names)


def _text(cell: etree._Element) -> str:
    return re.sub(r"\s+", "", cell.text_content())
