"""A table's column names: which of its rows are labels over the others, not content."""

from __future__ import annotations

import re

from ingest.types import CELL

# A table's header row or a blank form's field names ("序号 | 工作事项 | 主要内容 | 牵头单位 | 配合单位",
# "联 系 人 | 联系电话"): labels with nothing filled in, no clause a reader asks for or cites, and a row
# whose rare words (配合单位) matched questions it cannot answer.
# (English names run longer, and may name their year: "Baseline (FY2024)")
_LABEL_CELL = re.compile(r"[^\d。；;！？!?]{1,14}|[A-Za-z][A-Za-z /&'’()-]{0,29}"
                         r"(?:\s*\((?:FY\s?)?(?:19|20)\d{2}(?:[–/-]\d{2})?\))?")  # "Baseline (2024–25)" too
# a column of a year: "2025年", "2024年（基期）", "2027年目标值", "2025", a financial year "2025–26", "2025–2026" or
# "FY2025", a budget's stage after it ("FY 2026 Working", "FY 2027 Allowance"), and a budget's with its unit in
# brackets, "2025年执行数（亿元）", "2026年预算数（亿元）", "FY2025 ($M)"; a UK budget's stage before it, "Outturn
# 2024-25", "Plans 2025-26" (a Spending Review's table); a US state fiscal note's, "Budget Year FY 2026-27", "Out Year
# FY 2027-28"
_YEAR_LABEL = re.compile(r"(?:(?:Outturn|Plans?|Estimated?|Estimates?|Forecasts?|Projected|Projections?|Provisional"
                         r"|Actuals?|Budgeted|Revised|(?:Budget|Out|Current|Prior)\s+Year)\s+)?(?:FY\s?)?(?:19|20)\d{2}(?:[–/-](?:(?:19|20)\d{2}|\d{2})(?!\d))?\s*年?(?:度|底|末)?\s*"
                         r"(?:[^\d。；;！？!?|（）()]{0,6}|\s[A-Z][a-z]{2,11})(?:[（(][^（）()\d]{1,6}[）)])?")
_STAGED_YEAR = re.compile(r"(?:Budget|Out|Current|Prior)\s+Year\s+FY\s?(?:19|20)\d{2}")  # no figure: a column's name
# what column and field names say: 序号, 名称, 牵头单位, 联系电话, 时间, 金额, 完成时限; Name, Date, No., Owner,
# Milestone (a plan's annex of milestones: "Milestone | Owner | Date"); a count's, 件数 ("本年制发件数", an annual
# report's), 个数, 次数
_LABEL_WORD = re.compile(r"序号|编号|名称|单位|部门|处室|联系|电话|邮箱|姓名|职务|时间|日期|数量|[人件个次]数|"
                         r"金额|备注|事项|内容|指标|标准|来源|类别|性质|代码|牵头|配合|责任|时限|目标|任务|措施|举措|意见|理由|建议|"
                         r"\b(?:No\.|Name|Date|Title|Type|Remarks?|Notes?|Owner|Lead|Responsib\w*|Milestones?|"
                         r"Deadlines?|Timelines?|Timing|Targets?|Indicators?|Measures?|Actions?|Status|Descriptions?|"
                         r"Amount|Budget|Year|Deliverables?|Agency|Agencies|Department|Units?|Items?|Tasks?|"
                         r"Baseline|Initiatives?|Funding|Programmes?|Programs?|Schemes?|Activities|"
                         r"Commitments?)\b", re.I)


def labels_only(text: str) -> bool:
    """Every line a row of short cells with no number and no sentence, at least half of them names of
    columns or fields ("养老 | 建设社区食堂 | 民政局", a row of content, is kept)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or not all(CELL in line for line in lines):
        return False
    cells = [cell.strip() for line in lines for cell in line.split(CELL)]
    years = sum(bool(_YEAR_LABEL.fullmatch(cell)) for cell in cells)
    return (all(_LABEL_CELL.fullmatch(cell) or _YEAR_LABEL.fullmatch(cell) for cell in cells)
            and 2 * (sum(bool(_LABEL_WORD.search(cell)) for cell in cells) + years) >= len(cells)
            and (years < len(cells) or len(cells) >= 3  # "2024–25 | 2025–26 | 2026–27": a budget's years
                 or all(_STAGED_YEAR.match(cell) for cell in cells)))  # "Budget Year FY 2026-27 | Out Year …"


# the unit a table's figures are in, on a line of its own over its header row ("单位：万元", "（单位：亿元）"), after
# the blank fields of a form to fill in where there are some ("填报单位（盖章）：　　　单位：万元")
_UNIT_OVER_HEADER = re.compile(r"(?:[^\s:：|]{2,12}[:：]\s*)*"
                               r"(?P<unit>[（(]?单位\s*[:：]\s*[^\s，。；,;:：|]{1,10}[）)]?)")


def unit_over(text: str, header: str) -> str:
    """The unit of the table whose header row (header) closes text, where the lines over it say only that
    (a PDF's "单位：万元" glued to "序号 | 地区（单位） | …"), else ""."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 2 or lines[-1] != header:
        return ""
    units = [m.group("unit") for line in lines[:-1] if (m := _UNIT_OVER_HEADER.fullmatch(line))]
    return units[0] if len(units) == len(lines) - 1 == 1 else ""
