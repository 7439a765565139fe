"""What around a number in a clause bears on whether it is a goal: its sentence, a statistic's year, an
opening deadline, an indicator table's standard, the things counted before, a year shared along a list.

Helpers of targets.py, which reads the goals themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest import goal_signs as sign
from ingest.deadlines import is_deadline
from ingest.metrics import counted_things
from ingest.numbering import read_number
from ingest.reported import NOW_WORDS
from ingest.text import HAN_CHAR
from ingest.types import CELL, Target
from ingest.years import SPLIT_YEAR, YearPhrase


def statistic(text: str, year: YearPhrase, date: str, zh: bool,
               sentence: tuple[int, int], start: int) -> bool:
    """Whether the year that dates a number makes it a statement of fact, not a goal: a year before the
    document's; 截至 (as of) that year; in English, a sentence in the past tense ("In 2023, … was worth").
    A bare Chinese year is a plan's year as often as a past one ("2023年达到80%，力争2035年达到95%")."""
    doc_year = re.match(r"(?:19|20)\d{2}", date or "")
    if (year.year is not None and not year.counted and not is_deadline(text, year) and doc_year
            and (year.year < int(doc_year.group()) or _year_ended(text, year, date))):
        return True  # "2022年，全市新增…" in a text of 2024; not "到2023年，培养…", a deadline however late
    if zh:
        # a year's end gone by the document's date, with no 到 before it, is when a figure stood: "2024年末全国在用
        # 算力中心标准机架超过880万架" in a text of 2025 (not "到2024年底", a deadline however late)
        if (year.year is not None and doc_year and year.year < int(doc_year.group())
                and re.match(r"年(?:末|底)(?!前)", text[year.start + 4:year.end + 2])
                and not re.search(r"(?:到|至|于|在|前)\s*$", text[max(0, year.start - 2):year.start])):
            return True
        return bool(re.search(r"(?:截至|截止)(?:到|至)?\s*$", text[max(0, year.start - 4):year.start])
                    or doc_year and _sum_so_far(text, year, int(doc_year.group())))
    s0, s1 = sentence
    if (year.year is not None and doc_year and year.year < int(doc_year.group())
            and _DONE_EN.search(text, s0, s1) and not sign.GOAL_EN.search(text, s0, s1)
            and not re.search(r"\b(?:will|shall|must|should)\b", text[s0:s1])):
        return True  # "… had been approved by the end of 2025", "… reached 3 000 PFLOPS by the end of 2025" in 2026
    return bool(sign.PAST_EN.search(text, s0, start)) and not sign.GOAL_EN.search(text, s0, s1)


# a sum over years that began before the document's and end in its year at the latest: "2023年至2025年累计安排资金
# 48.5亿元" in a report of 2025 is what was spent (not "2024年至2027年累计培训…", a plan's)
_SUM_SO_FAR_ZH = re.compile(r"((?:19|20)\d{2})年?\s*(?:至|到|—|-|～)\s*$")


def _sum_so_far(text: str, year: YearPhrase, doc_year: int) -> bool:
    """Whether the year closes a span begun before the document's year, in it at the latest, whose sum follows."""
    began = _SUM_SO_FAR_ZH.search(text, max(0, year.start - 8), year.start)
    return (began is not None and year.year is not None and int(began.group(1)) < doc_year and year.year <= doc_year
            and bool(re.match(r"年?[^，,。；;]{0,4}累计", text[year.end:])))
# what was done, in a past tense: "had been approved", "reached", "exceeded" (a closed list: read across a whole
# sentence, any word in -ed, as reported.py reads one right at a cue, would take "proposed" and "planned")
_DONE_EN = re.compile(r"\b(?:had|was|were|reached|exceeded|surpassed|achieved|attained|topped|hit|rose|fell|grew|"
                      r"increased|decreased|doubled|tripled|completed|delivered|trained|approved|installed)\b", re.I)


def _year_ended(text: str, year: YearPhrase, date: str) -> bool:
    """Whether a financial year, "In 2022-23, the scheme disbursed …", had ended by the document's date: by the
    middle of the year it ends in (March in India and the UK, June in Australia)."""
    return bool(SPLIT_YEAR.fullmatch(text, year.start, year.end)) and (date or "")[:10] >= f"{year.year}-07-01"


def opening_year(text: str, years: Sequence[YearPhrase], s0: int, start: int) -> YearPhrase | None:
    """The year phrase that opens the sentence at s0, before start: "(a) By 2025", "Within 12 months"."""
    first = next((y for y in years if s0 <= y.start < start), None)
    return first if first and sign.BEFORE_OPENING_YEAR.fullmatch(text, s0, first.start) else None



def earlier_things(text: str, earlier: Sequence[dict]) -> str:
    """The things the nearest earlier count in the clause counts: "3,000 GPU servers" -> "GPU servers"."""
    for q in reversed(earlier):
        if q["num_end"] >= 0 and not sign.MEASURE.match(q["unit"]) and (things := counted_things(text, q["num_end"])):
            return things[0]
        if q["unit"]:
            return ""
    return ""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of text starts and ends (a line break ends one too)."""
    spans, start = [], 0
    for m in sign.SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def indicator_standard(text: str, start: int) -> bool:
    """Whether the quantity is an indicator table's standard: its cell follows a numbered indicator's
    name and says little else ("15.签约高血压患者血压控制率 | ≥50%", "8.家庭医生签约服务种类 | 支持签约
    模式的种类大于3类。"), or a 绩效目标表's row under its levels of indicators ("1 | 产出指标 | 数量指标 | 支持智能
    算力中心数量 | ≥12个"). A table of indicators sets its standards as goals, with or without a year."""
    cells = text[:start].split(CELL)
    levels = len(cells) >= 4 and cells[0].strip().isdigit() and any(
        _INDICATOR_LEVEL.fullmatch(c.strip()) for c in cells[1:-2])
    return (len(cells) >= 2 and (read_number(cells[-2].strip()) is not None or len(cells) == 2 or levels)
            and HAN_CHAR.search(cells[-2]) is not None and len(cells[-1].strip()) <= 20
            and not _GRADE.fullmatch(cells[0].strip()))


# a level of a 绩效目标表's indicators: 一级指标 "产出指标", 二级指标 "数量指标", "社会效益指标", "满意度指标"
_INDICATOR_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,8}指标")


# a row of a table of grades names its grade first: its figures are where each grade starts, no one's goal
# ("一级 | ≤1.20 | ≥1.5 | ≥50%" under "能效等级 | PUE | …", a standard's 表1)
_GRADE = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2}|[A-E]|[IVX]{1,4})\s*(?:级|等|档|星级?)(?:能效)?")


def same_unit(a: str, b: str, zh: bool) -> bool:
    """Whether two units count the same things: equal, or in Chinese the same measure word at another scale."""
    return a == b or zh and bool(a) and a.lstrip("十百千万亿") == b.lstrip("十百千万亿") != ""


# a deadline's words right before its year: "by", "no later than", "before the end of", "by June 30,"
DEADLINE_BEFORE_EN = re.compile(r"\b(?:by|until|before|than)\s+(?:the\s+end\s+of\s+)?"
                                 r"(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?$")


_OWN_MODAL = re.compile(r"\band\s+(?:shall|will|must|should)\s+(?:also\s+)?[a-z]+", re.I)
_OWN_SUBJECT = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:[\w'’-]+\s+){1,4}?"
                          r"(?:will|shall|should|must|are|is|has|have|can|may)\b")


def share_trailing_year(text: str, targets: list[Target], years: Sequence[YearPhrase] = ()) -> list[Target]:
    """An English goal with no year takes the year of the next goal of its sentence when only "and" and
    their own words stand between: "reduce road deaths by 50 percent and serious injuries by 30 percent
    by 2030" sets both for 2030; so do the goals of a list whose last is joined by "and" ("double onshore wind,
    triple solar power and quadruple offshore wind by 2030"). But a deadline of its own before the next goal
    dates it, past what describes it: "95 per cent … having access to speeds of at least 50/10 Mbps by 2026,
    and 100 per cent by 2030" (years: the text's year phrases)."""
    shared = False  # whether the goal after took its year from the one after it
    for a, b in reversed(list(zip(targets, targets[1:], strict=False))):
        between = text[a.end:b.start]
        own = a.year is None and not HAN_CHAR.search(between) and not re.search(r"[.;:]", between) and next(
            (y for y in years if a.end <= y.start < b.start and not y.counted and y.year is not None
             and DEADLINE_BEFORE_EN.search(text, a.end, y.start)), None)
        if own:
            a.year, shared = own.year, False
            continue
        # (or in where it is to be: "At least 5 testing facilities operational in at least 8 Member States by 2027")
        joined = re.search(r"\b(?:and|for|in|across)\b", between) or shared and "," in between
        if _OWN_SUBJECT.search(between) or _OWN_MODAL.search(between):
            joined = None  # "allocate at least KES 1.2 billion a year …, and user fees are expected to cover 40
            # percent … by 2031": the year is the next clause's, which has a subject of its own (or a modal of its
            # own: "shall achieve a PUE of 1.3 or lower and shall procure at least 50 percent … by 2030")
        shared = bool(a.year is None and b.year is not None and not HAN_CHAR.search(between)
                      and joined and not re.search(r"[.;:]", between))
        if shared:
            a.year = b.year
    return targets


NOW_EN = re.compile(rf"\b{NOW_WORDS}\b", re.I)
_BY_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*(?:[Bb]y|[Nn]o later than)\s+(?:the\s+end\s+of\s+)?$")


def paragraph_deadline(text: str, years: Sequence[YearPhrase], sentences: Sequence[tuple[int, int]],
                       date: str) -> tuple[int, int] | None:
    """Where an English sentence that opens with a deadline to come ("By 2027, …") starts, and its year: the
    sentences after it in the paragraph state their goals under it (None in Chinese, whose paragraph years
    goal_year reads, and where no such sentence opens the paragraph's goals)."""
    if HAN_CHAR.search(text):
        return None
    for s0, s1 in sentences:
        first = next((y for y in years if s0 <= y.start < s1), None)
        if first is not None and first.year and _BY_OPENING.fullmatch(text, s0, first.start) and (
                not date or first.year >= int(date[:4])):
            return s0, first.year
    return None
