"""Taiwan's calendar (民國紀年): a year counted from 1912, the Republic's first, as Taiwan's government writes its
dates ("114-08-28", 民國116年, 中華民國一百十八年, 115年度) read as the Western year or day."""

from __future__ import annotations

import re
from datetime import date

from ingest.numerals import zh_number

ROC_OFFSET = 1911  # 民國1年 is 1912
# a year named as the Republic's, in either script: 民國116年, 中華民國一百十八年, 民国115年
ROC_YEAR = re.compile(r"(?:中華民國|中华民国|民國|民国)\s*(?P<year>\d{2,3}|[一二三四五六七八九十百零〇]{1,6})\s*年")
# a day written in it, as a page's facts give it: "114-08-28", "114/8/28", "114.08.28" (a year of three digits,
# 2011 on: "12-08-28" may as well be a Western day written short)
_ROC_DAY = re.compile(r"(?P<y>1\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")


def western_year(roc_year: int) -> int:
    """The Western year of a year of the Republic: 114 -> 2025, 118 -> 2029."""
    return roc_year + ROC_OFFSET


def roc_years(text: str) -> list[tuple[int, int, int]]:
    """Each year named as the Republic's in text, as (start, end, Western year): 民國116年 -> 2027, 中華民國一百十八年
    -> 2029; a bare "115年" is not read (it could be any count of years)."""
    out = []
    for m in ROC_YEAR.finditer(text):
        raw = m.group("year")
        value = int(raw) if raw.isdigit() else int(zh_number(raw))
        if 1 <= value <= 200:
            out.append((m.start(), m.end(), western_year(value)))
    return out


def roc_iso_date(text: str) -> str:
    """A day written in the Republic's years ("114-08-28", "114/8/28") as ISO yyyy-mm-dd; "" when text is
    not one or the day does not exist."""
    m = _ROC_DAY.fullmatch(text.strip())
    if not m:
        return ""
    try:
        return date(western_year(int(m.group("y"))), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return ""
