"""A table in plain text written with tabs between its cells: its rows' cells joined by CELL, as other parsers do."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from ingest.types import CELL

_INNER_TAB = re.compile(r"(?<=\S)[ \u3000]*\t+[ \u3000]*(?=\S)")


def tab_rows(lines: list[str]) -> list[str]:
    """lines with each run of two or more consecutive lines that have the same number (two or more) of cells
    between tabs written as table rows ("能效等级\tPUE" -> "能效等级 | PUE"); a lone tab in a line of text stays."""
    counts = [len(_INNER_TAB.findall(line.strip())) + 1 for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k + 1
        while end < len(lines) and counts[end] == counts[k]:
            end += 1
        if counts[k] >= 2 and end - k >= 2:
            for j in range(k, end):
                out[j] = _INNER_TAB.sub(CELL, lines[j].strip())
        k = end
    return out


_WIDE_GAP = re.compile(r"(?<=\S)[ \u3000]*\u3000[ \u3000]*\u3000[ \u3000]*(?=\S)")  # two full-width spaces or more


def fullwidth_rows(lines: list[str]) -> list[str]:
    """lines with a table whose cells a PDF's text parts by runs of full-width spaces (no Chinese sentence holds
    two) written as rows: three lines or more of as many cells (two or more), each after the first short labels
    then figures ("住户贷款　　　　12450　　　3180", "决策（20分）　　项目立项　　立项依据充分性　　4　　4.0"), the
    first its header ("项目　　　2026年第一季度新增　　同比多增"), and a 合计 row of fewer cells under them
    ("合计　　　　　　100　　84.6"); the cells need not align, the gaps being unambiguous. A line of one cell
    (单位：亿元, 注：…) stays."""
    cells = [_WIDE_GAP.split(line.strip()) for line in lines]
    counts = [len(c) for c in cells]
    figures = [_figure_row(c) for c in cells]
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k + 1
        while end < len(lines) and counts[end] == counts[k] and figures[end]:
            end += 1
        if counts[k] >= 2 and end - k >= _MIN_ROWS and (figures[k] or end - k - 1 >= 2):
            if end < len(lines) and 2 <= counts[end] < counts[k] and figures[end] and _TOTAL.match(cells[end][0]):
                end += 1
            for j in range(k, end):
                out[j] = _WIDE_GAP.sub(CELL, lines[j].strip())
        k = end
    return out


def _figure_row(cells: list[str]) -> bool:
    """Whether a line's cells are a row of figures: after its first, short labels (no sentence) then one figure
    or more."""
    figure = [bool(_FIGURE_CELL.match(c.replace("％", "%"))) for c in cells[1:]]
    labels = figure.index(True) if True in figure else len(figure)
    return (len(cells) >= 2 and figure[-1] and all(figure[labels:])
            and all(len(c) <= _MAX_HEAD_CELL and not _SENTENCE.search(c) for c in cells[1:labels + 1]))


_SENTENCE = re.compile(r"[，。；！？,;]")  # a cell holding one is text cut by a gap, no label


_GAP = re.compile(r"[^ ](?: ?[^ ])*")  # a cell: text with single spaces inside, two or more (ASCII) around it
_MIN_ROWS = 3  # a header and two rows: fewer lines with gaps are as likely text with two spaces after a full stop
_MAX_CELL = 40  # a cell's most characters: a line of text cut by two spaces after a full stop runs longer
_MAX_LOOSE_CELL = 80  # a cell's most characters in a line as many cells as a run's rows and aligned with them
_FIGURE_CELL = re.compile(r"^[-+$£€(]?\d[\d.,]*\)?%?$")  # a row's figure, no header's label ("FY 2025" is one)


@dataclass(frozen=True)
class _Cell:
    """A cell of a line laid out in columns: where it starts and ends in the line's characters, and in the
    columns it is printed over (a Chinese character takes two: pdftotext -layout aligns what is printed)."""

    start: int
    end: int
    left: int
    right: int


def space_rows(lines: list[str]) -> list[str]:
    """lines with each run of three or more consecutive lines laid out in the same columns by runs of two or more
    spaces written as table rows ("Advanced computing      12      310" -> "Advanced computing | 12 | 310"): each
    column's cells, left- or right-aligned, overlap one another down the run, as printed (a Chinese character
    two columns wide); a row with empty cells (合计 under the 序号 column's numbers) is one of them where each
    of its cells lies under one column of the run's, in order; a line of text stays."""
    spans = [_cells(line) for line in lines]
    loose = [_cells(line, _MAX_LOOSE_CELL) for line in lines]
    out: list[str | None] = list(lines)
    k = 0
    while k < len(lines):
        end = k + 1
        while end < len(lines) and len(spans[end]) == len(spans[k]) and _aligned(spans[k:end + 1]):
            end += 1
        if len(spans[k]) >= 2 and end - k >= _MIN_ROWS:
            run = spans[k:end]
            start = k
            while start > 0 and out[start - 1] == lines[start - 1] and (
                    _partial_row(spans[start - 1], run) or _long_row(loose[start - 1], run)):
                start -= 1
                spans[start] = spans[start] if _partial_row(spans[start], run) else loose[start]
            while end < len(lines) and (_partial_row(spans[end], run) or len(spans[end]) == len(spans[k])
                                        and _aligned(spans[k:end + 1]) or _long_row(loose[end], run)):
                spans[end] = spans[end] if _partial_row(spans[end], run) else loose[end]
                end += 1
            for j in range(start, end):
                out[j] = CELL.join(lines[j][c.start:c.end] for c in spans[j])
            _header_under(lines, spans, out, start, run)
        k = end
    return [line for line in out if line is not None]


def _long_row(cells: list[_Cell], run: list[list[_Cell]]) -> bool:
    """Whether a line is one of the run's rows but for a first cell too long to tell from text ("AI Compute
    Collaborative (capital, GO bonds)   USM   0.0 …"): its cells as many as theirs and aligned with them."""
    return len(cells) == len(run[0]) and _aligned([*run, cells])


def _header_under(lines: list[str], spans: list[list[_Cell]], out: list[str | None], start: int,
                  run: list[list[_Cell]]) -> None:
    """A header set on two lines, the second's labels under some of the first's ("FY 2025" over "Actual"), one
    header row: "Program | Agency | FY 2025 Actual | …"; only where both lines hold no figure alone."""
    if start + 1 >= len(lines) or not _partial_row(spans[start + 1], run) or len(spans[start]) != len(run[0]):
        return
    head = [lines[start][c.start:c.end] for c in spans[start]]
    under = [(c, lines[start + 1][c.start:c.end]) for c in spans[start + 1]]
    if any(_FIGURE_CELL.match(t) for t in head + [t for _, t in under]):
        return
    for cell, text in under:
        col = min(range(len(head)), key=lambda i: abs(spans[start][i].left + spans[start][i].right
                                                      - cell.left - cell.right))  # the label it is centred under
        head[col] += " " + text
    out[start], out[start + 1] = CELL.join(head), None


def _cells(line: str, longest: int = _MAX_CELL) -> list[_Cell]:
    """A line's cells, parted by two or more spaces (one cell for a line of text, or one with a cell over longest)."""
    if "\t" in line:
        return []
    left = list(accumulate((2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line), initial=0))
    spans = [_Cell(m.start(), m.end(), left[m.start()], left[m.end()]) for m in _GAP.finditer(line)]
    return spans if len(spans) >= 2 and all(c.end - c.start <= longest for c in spans) else spans[:1]


def _aligned(rows: list[list[_Cell]]) -> bool:
    """Whether every column after the first has a place its cells all cover (a number right-aligned under its
    header covers part of it)."""
    return all(max(r[c].left for r in rows) < min(r[c].right for r in rows) for c in range(1, len(rows[0])))


def _partial_row(cells: list[_Cell], rows: list[list[_Cell]]) -> bool:
    """Whether a line of two cells or more, fewer than the rows', is a row of theirs with cells left empty: each
    of its cells overlaps the extent of one of their columns only, and no two the same one."""
    if not 2 <= len(cells) < len(rows[0]):
        return False
    extents = [(min(r[c].left for r in rows), max(r[c].right for r in rows)) for c in range(len(rows[0]))]
    taken = []
    for cell in cells:
        under = [c for c, (a, b) in enumerate(extents) if cell.left < b and a < cell.right]
        if len(under) != 1 or taken and under[0] <= taken[-1]:
            return False
        taken.append(under[0])
    return True


PAGE_BREAK = "\f"  # where a page ended in a PDF's text, once its furniture is out
# the first cell of a table's header row that numbers its rows
SERIAL_HEAD = re.compile(r"^(?:序号|编号|序|No\.?)$", re.I)
# a last column for remarks, which a table's rows may all leave blank
_REMARKS = re.compile(r"^(?:备注|说明|Remarks?|Notes?)$", re.I)
# the row that totals the numbered rows above it
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|Total)$", re.I)
_MAX_HEAD_CELL = 20  # a column's name: a longer line is text, not a header cell
# what may follow a flattened table's last row in its group, a line no cell wrapped from that row would be: a note
# under the table ("注：…", "资料来源：…"), the next table's or box's caption, a heading ("四、", "（二）", "第五条")
_AFTER_TABLE = re.compile(
    r"^(?:(?:注|备注|说明|资料来源|数据来源)\s*\d{0,2}\s*[:：]|(?:附?表|专栏|图)\s*\d{1,2}(?!\d)"
    r"|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百零〇\d]+[编章节条])"
)


def _page_break(text: str) -> bool:
    return text == PAGE_BREAK


def flattened_table(texts: list[str], is_break=_page_break) -> tuple[int, list[str], int]:
    """A table flattened one cell per line ("序号", "指标名称", …, then "1", its cells, "2", …) in stripped lines:
    where it starts, its rows (cells joined by CELL, the header's first) and where it ends. No rows unless the
    header is two to nine short names, each row has as many cells, the numbers run 1, 2, 3…, and the table ends
    at the lines' end, a break (is_break: a page's end, which a row may also run on over) or a line no cell of
    the last row would be (a note, a caption, a heading)."""
    head = next((i for i, t in enumerate(texts) if SERIAL_HEAD.match(t)), None)
    if head is None or "1" not in texts[head:head + 10]:
        return 0, [], 0
    k = texts.index("1", head) - head
    if not 2 <= k <= 9 or any(t.isdigit() or not t or len(t) > _MAX_HEAD_CELL or is_break(t)
                              for t in texts[head:head + k]):
        return 0, [], 0
    header = texts[head:head + k]
    # a last column of remarks left blank in every row, its cells gone with the PDF's blank lines ("备注"): rows
    # one cell short, all of them
    for width in (k, k - 1) if _REMARKS.match(header[-1]) and k > 2 else (k,):
        rows, end = _rows(texts, head + k, width, is_break)
        if rows:
            return head, [CELL.join(header), *rows], end
    return 0, [], 0


def _rows(texts: list[str], i: int, width: int, is_break) -> tuple[list[str], int]:
    """The rows of width cells numbered 1, 2, 3… from line i, and a total row after them ("合计", its empty
    cells "—"), with where they end; none if a row is short or runs on (no reading is safe), or fewer than two."""
    rows: list[str] = []
    while True:
        j = i
        while j < len(texts) and is_break(texts[j]):
            j += 1
        total = bool(rows) and j < len(texts) and bool(_TOTAL.match(texts[j]))
        if j == len(texts) or texts[j] != str(len(rows) + 1) and not total:
            break
        cells, i = [], j
        while i < len(texts) and len(cells) < width:
            if not is_break(texts[i]):
                cells.append(texts[i])
            i += 1
        if len(cells) < width or not _row_ends(texts, i, -1 if total else len(rows) + 2, is_break):
            return [], 0  # a cell wrapped over two lines, or a row short of cells: no reading is safe
        rows.append(CELL.join(cells))
        if total:
            break
    return (rows, i) if len(rows) >= 2 else ([], 0)


def _row_ends(texts: list[str], i: int, following: int, is_break) -> bool:
    """Whether a row's cells end before line i: the lines end there, or it is a break, the next row's number,
    the total row's or a line after a table."""
    return i == len(texts) or is_break(texts[i]) or texts[i] == str(following) or bool(_AFTER_TABLE.match(texts[i])) \
        or following > 0 and bool(_TOTAL.match(texts[i]))


def tables_read(texts: list[str], is_break) -> list[tuple[int, int, int]]:
    """Where each table flattened one cell per line under a 序号 header in stripped lines starts and ends, and how
    many rows it reads back (its header's too)."""
    tables: list[tuple[int, int, int]] = []
    at = 0
    while (head := next((i for i in range(at, len(texts)) if SERIAL_HEAD.match(texts[i])), None)) is not None:
        _, rows, end = flattened_table(texts[head:], is_break)
        if rows:
            tables.append((head, head + end, len(rows)))
        at = head + (end if rows else 1)
    return tables


def flattened_rows(lines: list[str], is_break) -> list[str]:
    """lines with each table flattened one cell per line under a 序号 header read back into rows, a row a line
    between blank lines (so that no reader joins two rows as a wrapped paragraph); the breaks inside it gone."""
    texts = [ln.strip() for ln in lines]
    out: list[str] = []
    at = 0
    while True:
        head = next((i for i in range(at, len(texts)) if SERIAL_HEAD.match(texts[i])), None)
        if head is None:
            return out + lines[at:]
        _, rows, end = flattened_table(texts[head:], is_break)
        if not rows:
            out.extend(lines[at:head + 1])
            at = head + 1
            continue
        out.extend(lines[at:head])
        for row in rows:
            out.extend(["", row])
        out.append("")
        at = head + end
