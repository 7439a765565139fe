"""ingest.roc: Taiwan's years of the Republic read as Western years and days."""

from __future__ import annotations

import pytest

from ingest.roc import roc_iso_date, roc_years, western_year


def test_western_year_counts_from_1912():
    assert western_year(1) == 1912 and western_year(114) == 2025


@pytest.mark.parametrize(("text", "year"), [
    ("至民國116年前開放政府資料集達3萬筆以上", 2027),
    ("並於中華民國一百十八年前使國家整體算力達到1,000 PFLOPS以上", 2029),
    ("预计至民国115年投入新台币1,000亿元", 2026),
    ("115年度至118年度每年不得少於新臺幣150億元", None),  # a bare 115年 may be any count of years
    ("到2027年，培育人才5万人", None),
])
def test_roc_years_read_a_year_named_as_the_republic_s(text, year):
    assert [y for _, _, y in roc_years(text)] == ([year] if year else [])


@pytest.mark.parametrize(("text", "day"), [
    ("114-08-28", "2025-08-28"),
    ("114/8/28", "2025-08-28"),
    ("2025-08-28", ""),  # a Western day is iso_date's
    ("114-02-30", ""),  # no such day
    ("12-08-28", ""),  # two digits may be a Western year written short
])
def test_roc_iso_date_reads_a_day_in_the_republic_s_years(text, day):
    assert roc_iso_date(text) == day
