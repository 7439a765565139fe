"""A table in plain text written with tabs between its cells: its rows' cells joined by CELL, as other parsers do."""

from __future__ import annotations

import re

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


_GAP = re.compile(r"[^ ](?: ?[^ ])*")  # a cell: text with single spaces inside, two or more (ASCII) around it
_MIN_ROWS = 3  # a header and two rows: fewer lines with gaps are as likely text with two spaces after a full stop
_MAX_CELL = 40  # a cell's most characters: a line of text cut by two spaces after a full stop runs longer


def space_rows(lines: list[str]) -> list[str]:
    """lines with each run of three or more consecutive lines laid out in the same columns by runs of two or more
    spaces written as table rows ("Advanced computing      12      310" -> "Advanced computing | 12 | 310"): each
    column's cells, left- or right-aligned, overlap one another down the run; a line of text stays."""
    spans = [_cells(line) for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k + 1
        while end < len(lines) and len(spans[end]) == len(spans[k]) and _aligned(spans[k:end + 1]):
            end += 1
        if len(spans[k]) >= 2 and end - k >= _MIN_ROWS:
            for j in range(k, end):
                out[j] = CELL.join(lines[j][a:b] for a, b in spans[j])
        k = end
    return out


def _cells(line: str) -> list[tuple[int, int]]:
    """Where a line's cells start and end, cells parted by two or more spaces (one cell for a line of text)."""
    spans = [m.span() for m in _GAP.finditer(line)] if "\t" not in line else []
    return spans if len(spans) >= 2 and all(b - a <= _MAX_CELL for a, b in spans) else spans[:1]


def _aligned(rows: list[list[tuple[int, int]]]) -> bool:
    """Whether every column after the first has a place its cells all cover (a number right-aligned under its
    header covers part of it)."""
    return all(max(r[c][0] for r in rows) < min(r[c][1] for r in rows) for c in range(1, len(rows[0])))
