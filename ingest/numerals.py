"""Numerals: Chinese numerals read as values (三千五百 -> 3500) and English number words (four -> 4,
"two hundred and fifty" -> 250)."""

from __future__ import annotations

import re

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_EN_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split()) if i}
_EN_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_ONES, _TENS = "|".join(sorted(_EN_ONES, key=len, reverse=True)), "|".join(_EN_TENS)
_BELOW_HUNDRED = rf"(?:{_TENS})(?:[- ](?:{_ONES}))?|(?:{_ONES})"
# an English cardinal up to 999 in words: "four", "twenty-five", "five hundred", "two hundred and fifty"
# (thousand, million and billion stay the scale of the number before them, as after digits: "300 billion")
EN_NUMBER = rf"\b(?:(?:{_ONES})\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED}))?|{_BELOW_HUNDRED})\b"


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


def en_number(words: str) -> int:
    """The value of an English cardinal that EN_NUMBER matched: "twenty-five" -> 25, "five hundred" -> 500."""
    total = 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += _EN_ONES.get(word) or _EN_TENS[word]
    return total
