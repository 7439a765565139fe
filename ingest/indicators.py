"""Goals in a table of indicators whose header row names the years, the way most Chinese plans set them:

    序号 | 指标名称 | 单位 | 2024年（基期） | 2025年 | 2026年 | 2027年
    1 | 数字经济核心产业增加值 | 亿元 | 6305 | 6900 | 7400 | 8000

sets 6900 亿元 for 2025, 7400 for 2026 and 8000 for 2027; the base year's 6305 is where it starts. A column
of a year before the document's, or marked 基期 (base), 现状 or 实际, holds no goal; "2027年目标值" does.
The segmenter gives each row its table's header row as its last heading (segment._share_columns).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.cues import CUE_ZH
from ingest.goal_signs import MEASURE
from ingest.quantities import normalise_unit, quantities
from ingest.targets import extract_targets
from ingest.text import HAN_CHAR
from ingest.types import CELL, Target

_YEAR_COLUMN = re.compile(r"^((?:19|20)\d{2})\s*年?\s*(?:度|底|末)?\s*(.*)$")
_PAST_COLUMN = re.compile(r"基期|基准|基数|现状|现值|实际|完成|已|上年|baseline|actual", re.I)
# a results framework's column labelled with its year in brackets: "End Target (2031)", "Baseline (2025)"
_LABELLED_YEAR = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{2,30}?)\s*[(（]\s*(?:[A-Z][a-z]+\.?\s+)?"
                            r"(?P<year>(?:19|20)\d{2})\s*[)）]$")
_GOAL_LABEL = re.compile(r"target|goal|year\s*\d|end|mid-?term|interim|baseline|actual", re.I)
# an English indicator's unit in its brackets: "(percentage)" is %, "(number)" a plain count, "(PF)" petaflops
_EN_NAMED_UNIT = {"percentage": "%", "percent": "%", "per cent": "%", "share": "%", "number": "", "count": "",
                  "no.": "", "pf": "PFLOPS", "ef": "EFLOPS"}
_METRIC_COLUMN = re.compile(r"^(?:(?:主要)?(?:指标|指标名称|名称|指标内容|项目|内容)|indicators?(?: names?)?|metrics?|"
                            r"kpis?)$",
                            re.I)
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")
_NAMED_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?(%|％|[万亿千百]?[\u3400-\u9fff]{1,3}|[A-Za-z]{1,8})\s*[）)]$")
_VALUE = re.compile(r"^(?P<cmp>≥|>=|＞|>|≤|<=|＜|<|约|不低于|不少于|超过|不高于|不超过)?\s*"
                    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|％|[\u3400-\u9fffA-Za-z]{0,6})$")
_COMPARATOR = {"≥": ">=", ">=": ">=", "不低于": ">=", "不少于": ">=", "＞": ">", ">": ">", "超过": ">",
               "≤": "<=", "<=": "<=", "不高于": "<=", "不超过": "<=", "＜": "<", "<": "<", "约": "~"}


def indicator_targets(row: str, header: str, date: str = "") -> list[Target]:
    """The goals a row of a table of indicators sets, one per year column that looks ahead; [] when the
    header names no year or the row does not line up with it."""
    cells = _cells(row, header)
    if not cells:
        return []
    texts, heads = [c[0] for c in cells], [c[1] for c in cells]
    doc_year = int(date[:4]) if re.match(r"(?:19|20)\d{2}", date or "") else None
    metric = re.sub(r"^其中[：:]\s*", "", _metric(texts, heads))  # "其中：人工智能…专项资金": a part of the row before
    unit_at = next((k for k, h in enumerate(heads) if _UNIT_COLUMN.match(h)), None)
    column_unit = texts[unit_at] if unit_at is not None else ""
    column_unit = "" if re.fullmatch(r"[—–\-/／]+|无", column_unit.strip()) else column_unit  # "—": no unit (a PUE)
    named_unit = _NAMED_UNIT.search(metric) or _UNIT_NAMED.search(metric)  # "注册量（亿个）", "(percentage)"
    if named_unit and not column_unit:
        words = named_unit.group(1).strip()
        unit = _EN_NAMED_UNIT.get(words.lower(), None) if not HAN_CHAR.search(words) else words
        unit = unit if unit is not None else (_unit_named(words) or words)
        metric, column_unit = metric[:named_unit.start()].strip(), unit
    out = []
    for text, head, begin in cells:
        column = _YEAR_COLUMN.match(head)
        labelled = None if column else _LABELLED_YEAR.match(head)
        if labelled and _GOAL_LABEL.search(labelled.group("label")):
            year, note = int(labelled.group("year")), labelled.group("label")  # "End Target (2031)": 2031
        elif column:
            year, note = int(column.group(1)), column.group(2)
        else:
            continue
        if _PAST_COLUMN.search(note) or doc_year is not None and year < doc_year and "目标" not in note:
            continue
        value = _VALUE.match(text)
        if not value or not metric:
            continue
        in_head = _NAMED_UNIT.search(note)  # "2026年预算数（亿元）": the year column's own unit
        unit = "%" if value.group("unit") in ("%", "％") else value.group("unit") or (
            in_head.group(1).strip() if in_head else column_unit)
        out.append(Target(value=float(value.group("num").replace(",", "")), unit=unit, year=year, metric=metric,
                          text=text, comparator=_COMPARATOR.get(value.group("cmp") or "", "="),
                          start=begin, end=begin + len(text)))
    return out


# a column that says by when a row is to be done: a plan's annex of milestones or table of tasks
_WHEN_COLUMN = re.compile(r"^(?:(?:target\s+)?(?:dates?|years?)|deadlines?|timelines?|timing|due|by when|"
                          r"完成时限|时限|完成时间|时间节点|完成时间节点|目标年份?)$", re.I)
# a column that holds the goal's value itself, beside its year and its baseline: "Indicator | Baseline (FY2024) |
# Target | Target year" (the baseline is where it starts)
_TARGET_COLUMN = re.compile(r"^(?:target(?:\s+value)?|goal|目标值?)$", re.I)
_EN_VALUE = re.compile(r"^(?P<cmp>≥|>=|>|≤|<=|<|at least|more than|over|up to|at most|about)?\s*"
                       r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|(?!or\b)[A-Za-z]{1,12}(?:\s(?!or\b)[A-Za-z]{1,12})?)?"
                       # …or its bound after it: "50% or more", "5 years or less"
                       r"(?:\s+or\s+(?P<after>more|higher|above|greater|less|lower|below|fewer))?$", re.I)
_AFTER_BOUND = {"more": ">=", "higher": ">=", "above": ">=", "greater": ">=", "less": "<=", "lower": "<=",
                "below": "<=", "fewer": "<="}
_EN_COMPARATOR = {"at least": ">=", "more than": ">", "over": ">", "up to": "<=", "at most": "<=", "about": "~"}
# the unit an indicator's name gives its figures in brackets at its end: "Sovereign AI compute (petaflops)",
# "算力规模（EFLOPS）", "新建基站（个）"
_UNIT_NAMED = re.compile(r"[(（]\s*(%|[A-Za-z][A-Za-z ]{0,14}|[\u4e00-\u9fff]{1,4})\s*[)）]\s*$")
_OF_WHAT = re.compile(r"\s+of\s+([\w' -]{3,80})")
_WHEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?:[–/-](\d{2})(?!\d))?")
_NAMED_ITEM = re.compile(r"[^:：]{2,60}[:：]\s+(?=[a-z])")


def milestone_targets(row: str, header: str, date: str = "") -> list[Target]:
    """The goals of a row of milestones, dated by its column of when: "AIRR public compute reaches 20,000
    GPU-equivalents | UKRI | 2027" under "Milestone | Owner | Date" is 20,000 by 2027. Each other cell is read
    as if its year opened it ("By 2027, …", "到2027年，…"); [] when no such column gives a year."""
    cells = _cells(row, header)
    when = next((k for k, (_, head, _) in enumerate(cells) if _WHEN_COLUMN.match(head)), None)
    # a span's end is when the row is to be done by: "FY2024 – FY2028", "2024 – 2027"
    found = ([*_WHEN_YEAR.finditer(cells[when][0])] or [None])[-1] if when is not None else None
    if found is None:
        return []
    year = _when(found)
    target = next((k for k, (_, head, _) in enumerate(cells) if _TARGET_COLUMN.match(head)), None)
    if target is not None:  # the goal is that cell's value, of the row's indicator; no other cell sets one
        return _target_cell(cells, target, year)
    out = []
    for k, (text, _, begin) in enumerate(cells):
        if k == when or not re.search(r"\d", text):
            continue
        # an initiative's name before what it does is no part of the goal: "TeSA for AI: train and place 5,000 …"
        named = _NAMED_ITEM.match(text)
        text, begin = (text[named.end():], begin + named.end()) if named else (text, begin)
        opening = f"到{year}年，" if HAN_CHAR.search(text) else f"By {year}, "
        found = [t for t in extract_targets(f"{opening}{text}", date) if t.start >= len(opening)]
        shift = begin - len(opening)
        out += [replace(t, start=shift + t.start, end=shift + t.end) for t in found]
        if not found and (level := _level_cell(text, year, begin)):
            out.append(level)
    return out


def _when(found: re.Match) -> int:
    """The year a cell of when names: "2027", and a financial year "2027–28" by the year it ends in."""
    first, second = int(found.group(1)), found.group(2)
    return first + 1 if second is not None and int(second) == (first + 1) % 100 else first


def _level_cell(text: str, year: int, begin: int) -> Target | None:
    """A cell that is only the level to reach, a measure of something: "6 GW of AI-capable data centre capacity"
    under a Date column of 2030 (its words, read as a sentence, hold no cue)."""
    first = next(iter(quantities(text, CUE_ZH)), None)
    if first is None or not MEASURE.match(first["unit"]):
        return None
    cue = text[:first["start"]].strip().lower()  # "at least 6 GW of …"
    of = _OF_WHAT.fullmatch(text, first["end"])
    if of is None or cue and cue not in _EN_COMPARATOR:
        return None
    return Target(value=first["value"], unit=first["unit"], year=year, metric=of.group(1), text=text,
                  comparator=_EN_COMPARATOR.get(cue, "="), start=begin, end=begin + len(text))


def _target_cell(cells: list[tuple[str, str, int]], at: int, year: int) -> list[Target]:
    """The goal a table's target column sets for its row: "50%" under Target, by the Target year column."""
    text, _, begin = cells[at]
    value = _VALUE.match(text) or _EN_VALUE.match(text)
    metric = _metric([c[0] for c in cells], [c[1] for c in cells]) or cells[0][0]
    if not value:  # a sum with its currency, the cell's only figure: "AED 335 billion", "$5 billion"
        found = quantities(text, CUE_ZH)
        if len(found) != 1 or text[:found[0]["start"]].strip() or text[found[0]["end"]:].strip():
            return []
        return [Target(value=found[0]["value"], unit=found[0]["unit"], year=year, metric=metric, text=text,
                       comparator="=", start=begin, end=begin + len(text))]
    cmp = (value.group("cmp") or "").lower()
    after = value.groupdict().get("after")
    unit = normalise_unit(value.group("unit") or "")  # "3 exaflops": EFLOPS, as a sentence's
    if not unit and (named := _UNIT_NAMED.search(metric)):  # "Sovereign AI compute (petaflops) | 12 | 100"
        unit = _unit_named(named.group(1))
    return [Target(value=float(value.group("num").replace(",", "")), unit=unit, year=year, metric=metric,
                   text=text, comparator=(_COMPARATOR.get(cmp) or _EN_COMPARATOR.get(cmp)
                                          or _AFTER_BOUND.get((after or "").lower(), "=")),
                   start=begin, end=begin + len(text))]


def _unit_named(words: str) -> str:
    """The unit words in an indicator's brackets name, as the quantity reader reads it after a figure: one that
    measures ("petaflops": PFLOPS, "%") or a Chinese unit ("个", "亿元"); "" for a name ("Acme Corp", "省级")."""
    read = next(iter(quantities(f"1{words}" if HAN_CHAR.search(words) else f"1 {words}", CUE_ZH)), None)
    unit = normalise_unit(read["unit"]) if read and read["end"] == len(words) + 1 + (not HAN_CHAR.search(words)) else ""
    return unit if unit and (HAN_CHAR.search(unit) or MEASURE.match(unit)) else ""


def _cells(row: str, header: str) -> list[tuple[str, str, int]]:
    """Each cell of a row's first line as (its text, stripped; its column's head; where the text starts in
    the row); [] when the row does not line up with its header."""
    line = row.strip().split("\n", 1)[0]
    cells, heads = line.split(CELL), [h.strip() for h in header.split(CELL)]
    if len(cells) != len(heads):
        return []
    out, pos = [], 0
    for cell, head in zip(cells, heads, strict=True):
        start = line.index(cell, pos) if cell else pos
        pos = start + len(cell)
        text = cell.strip()
        out.append((text, head, start + (cell.index(text) if text else 0)))
    return out


def _metric(cells: list[str], heads: list[str]) -> str:
    """The indicator's name: the cell under 指标 (指标名称, 名称…), else the first cell in words."""
    named = next((cells[k].strip() for k, h in enumerate(heads) if _METRIC_COLUMN.match(h)), "")
    if named:
        return named
    return next((c.strip() for c, h in zip(cells, heads, strict=True)
                 if HAN_CHAR.search(c) and not _UNIT_COLUMN.match(h) and not _YEAR_COLUMN.match(h)), "")
