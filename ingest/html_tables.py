"""An HTML table's rows as a reader sees them: a cell that spans rows (rowspan) stands in each row of figures it
spans, so a row says what its category is ("三、年度薪酬（基础分）" over rows 8 to 11) and not only its own cells. Not
in a row of labels: a header's rows under a tall corner cell would each repeat it."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

_FIGURE = re.compile(r"\d")  # a row with a figure in a cell of its own is a row of content
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,3}|[（(]?[一二三四五六七八九十]{1,3}[)）]?)[.．、]?\s*")  # "1", "（一）"
_MAX_SPAN = 1000  # a span beyond the rows of any real table is a typo: read as the rest of the table


def spread_rows(rows: list[etree._Element], skipped: Callable[[etree._Element], bool]) -> list[list[etree._Element]]:
    """Each row's cells (td, th; those not skipped) in column order, with the cells that span down into it from the
    rows above in their columns (a cell's columns counted by its colspan)."""
    pending: dict[int, list] = {}  # column -> [cell, rows it still spans]
    out: list[list[etree._Element]] = []
    for row in rows:
        mine = [c for c in row if c.tag in ("td", "th") and not skipped(c)]
        # a row of figures, not of a header's labels; and a row of its own, not one whose number spans it (a
        # task's further lines under "1 | 有序扩大家庭医生来源。", which go on that row)
        carried = any(_FIGURE.search(c.text_content()) for c in mine) and not any(
            _ROW_NUMBER.fullmatch(cell.text_content()) for cell, _ in pending.values())
        own = iter(mine)
        cells: list[etree._Element] = []
        col = 0
        while True:
            if col in pending:
                cell = _take(pending, col)
                if not carried:
                    col += _span(cell, "colspan")
                    continue
            else:
                cell = next(own, None)
                if cell is None:
                    break
                if (rows_spanned := _span(cell, "rowspan")) > 1:
                    pending[col] = [cell, rows_spanned - 1]
            cells.append(cell)
            col += _span(cell, "colspan")
        for col in sorted(k for k in pending if k > col):  # spanned columns after the row's own last cell
            cell = _take(pending, col)
            if carried:
                cells.append(cell)
        out.append(cells)
    return out


def kept_cells(rows: list[list[etree._Element]], header: list[etree._Element]) -> list[list[etree._Element]]:
    """Each row's cells with text, and in a row of figures as wide as the table's header row (<th> cells naming
    its columns) the empty cells between them too: "Total DEL | … | 18.9 | | 4.1%" under "… | 2028-29 | 2029-30 |
    Average annual real growth" keeps its empty 2029-30, so each figure stays under its column's name."""
    width = sum(_span(c, "colspan") for c in header) if header and all(c.tag == "th" for c in header) else 0
    out = []
    for cells in rows:
        full = [k for k, c in enumerate(cells) if c.text_content().strip()]
        grid = bool(full) and width > 1 and sum(_span(c, "colspan") for c in cells) == width and any(
            _FIGURE.search(cells[k].text_content()) for k in full[1:])
        out.append(cells[full[0]:full[-1] + 1] if grid else [cells[k] for k in full])
    return out


def _take(pending: dict[int, list], col: int) -> etree._Element:
    cell, left = pending[col]
    if left > 1:
        pending[col][1] = left - 1
    else:
        del pending[col]
    return cell


def _span(cell: etree._Element, name: str) -> int:
    value = (cell.get(name) or "").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1
