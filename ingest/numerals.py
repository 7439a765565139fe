"""Numerals: Chinese numerals read as values (三千五百 -> 3500) and English number words (four -> 4)."""

from __future__ import annotations

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}


def zh_number(s: str) -> float:
    """The value of a Chinese numeral: 三千五百 -> 3500, 两万 -> 20000, 十二 -> 12, 一二三 -> 123."""
    if all(ch in _ZH_DIGIT for ch in s):  # digit by digit, as in years: 二〇二五
        return float("".join(str(_ZH_DIGIT[ch]) for ch in s))
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_SMALL:
            section += (digit or 1) * _ZH_SMALL[ch]
            digit = 0
        elif ch in _ZH_BIG:
            total = (total + section + digit) * _ZH_BIG[ch]
            section = digit = 0
    return float(total + section + digit)
