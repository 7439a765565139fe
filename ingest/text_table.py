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
