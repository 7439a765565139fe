"""A target's standard reading: its value in one canonical unit per dimension ("4 billion EUR": 4e9 EUR).

A target keeps its value and unit as written ("100 亿元" is 100 with unit 亿元); standard() gives the same
quantity beside it, so that goals of different documents compare and sort. A unit is a scale, then a base:
English scale words before it, set off by a space (thousand 1e3, lakh 1e5, million 1e6, crore 1e7, billion
1e9, trillion 1e12), or Chinese scale characters run into it, multiplied (十 百 千 万 亿: 万亿 1e12, 千万 1e7).
The bases and their canonical units:

- money, in the currency's units with its ISO code: 元, yuan, RMB CNY; euros, 欧元 EUR; pounds, 英镑 GBP;
  yen, 日元 JPY; won KRW; rupees, INR (₹ crore); 美元, USD USD; 港元 HKD; SGD, AUD, CAD, NZD as written.
  A "$" the knowledge base writes "dollars": USD where its words say US$, USD or US dollars, or its source
  is a US government host (.gov, .mil); otherwise none (a Singapore or Australian "$" is its own dollar).
  A 元 is the yuan's but in a text in traditional characters (Hong Kong's, Taiwan's or Macau's dollar) or
  beside a 台币, 港币 or 澳门元: none there. "pounds" and "won" with no scale count only after £ or ₩.
- computing power: EFLOPS (PFLOPS /1e3, TFLOPS /1e6, spelled out too; 万PFLOPS is 10 EFLOPS).
- power: GW (MW /1e3, kW and 千瓦 /1e6, 兆瓦 /1e3: 万千瓦 is 0.01 GW, 亿千瓦 100 GW); energy: TWh (GWh
  /1e3, MWh /1e6, kWh and 千瓦时 /1e9: 亿千瓦时 is 0.1 TWh).
- time: ms for a latency (毫秒, milliseconds; 微秒 /1e3; seconds, 秒 x1e3); hours (小时; minutes, 分钟
  /60); days (天, 日; weeks x7); working days (个工作日, business days), months (个月) and years (岁) stay
  apart: none is a fixed number of days.
- shares: % (％, percent); percentage points (个百分点, 百分点); multiples: times (倍).
- a Chinese count, in its measure word (人, 名, 人次, 家, 个, 项, 台…): "1.2 万名" is 12000 名. An English
  count's unit is the noun the sentence counts ("workers", "SMEs"), read from its words, not a measure:
  it has no standard reading, nor has anything else (an unknown unit, "微克/立方米", "enterprises").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ingest.simplified import to_simplified

# a base unit: (its factor to the canonical unit, the canonical unit). Keys that are lower case words match
# in any case ("Gigawatts"); acronyms and Chinese as written ("MW" is no "mW")
_BASES: dict[str, tuple[float, str]] = {
    **dict.fromkeys(("元", "人民币", "yuan", "RMB", "CNY"), (1, "CNY")),
    **dict.fromkeys(("euros", "euro", "EUR", "欧元"), (1, "EUR")),
    **dict.fromkeys(("pounds", "GBP", "英镑"), (1, "GBP")),
    **dict.fromkeys(("yen", "JPY", "日元"), (1, "JPY")),
    **dict.fromkeys(("won", "KRW"), (1, "KRW")),
    **dict.fromkeys(("rupees", "INR"), (1, "INR")),
    **dict.fromkeys(("dollars", "USD", "美元"), (1, "USD")),
    **dict.fromkeys(("HKD", "港元", "港币"), (1, "HKD")),
    **{code: (1, code) for code in ("SGD", "AUD", "CAD", "NZD")},
    **dict.fromkeys(("EFLOPS", "exaflops", "exaflop"), (1, "EFLOPS")),
    **dict.fromkeys(("PFLOPS", "petaflops", "petaflop"), (1e-3, "EFLOPS")),
    **dict.fromkeys(("TFLOPS", "teraflops", "teraflop"), (1e-6, "EFLOPS")),
    **dict.fromkeys(("GW", "gigawatts", "gigawatt"), (1, "GW")),
    **dict.fromkeys(("MW", "megawatts", "megawatt", "兆瓦"), (1e-3, "GW")),
    **dict.fromkeys(("kW", "kilowatts", "kilowatt", "千瓦"), (1e-6, "GW")),
    **dict.fromkeys(("TWh", "terawatt-hours", "terawatt hours"), (1, "TWh")),
    **dict.fromkeys(("GWh", "gigawatt-hours", "gigawatt hours"), (1e-3, "TWh")),
    "MWh": (1e-6, "TWh"), **dict.fromkeys(("kWh", "千瓦时"), (1e-9, "TWh")),
    **dict.fromkeys(("ms", "毫秒", "milliseconds", "millisecond"), (1, "ms")),
    **dict.fromkeys(("微秒", "microseconds", "microsecond"), (1e-3, "ms")),
    **dict.fromkeys(("秒", "seconds", "second"), (1e3, "ms")),
    **dict.fromkeys(("小时", "hours", "hour"), (1, "hours")),
    **dict.fromkeys(("分钟", "minutes", "minute"), (1 / 60, "hours")),
    **dict.fromkeys(("天", "日", "days", "day", "calendar days"), (1, "days")),
    **dict.fromkeys(("weeks", "week"), (7, "days")),
    **dict.fromkeys(("个工作日", "工作日", "working days", "working day", "business days", "business day"),
                    (1, "working days")),
    **dict.fromkeys(("个月", "months", "month"), (1, "months")),
    **dict.fromkeys(("years", "year", "岁", "周岁"), (1, "years")),
    **dict.fromkeys(("%", "％", "percent", "per cent"), (1, "%")),
    **dict.fromkeys(("个百分点", "百分点", "percentage points", "percentage point"), (1, "percentage points")),
    **dict.fromkeys(("倍", "times"), (1, "times")),
    # a Chinese count's measure word, the things it counts: its own canonical unit
    **{word: (1, word) for word in ("人", "名", "人次", "户", "次", "家", "笔", "台", "架", "片", "颗", "枚", "套",
                                    "个", "所", "座", "张", "项", "件", "间", "辆", "床", "款", "条", "类", "批",
                                    "场次", "场", "门")},
}
_WORDS = {k: v for k, v in _BASES.items() if k.islower()}  # "Gigawatts", "Milliseconds" match too
_EN_SCALES = {"thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7, "crores": 1e7,
              "billion": 1e9, "trillion": 1e12}
_ZH_SCALES = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "亿": 1e8}
# the words that make a bare 元 another currency's: Taiwan's, Hong Kong's, Macau's dollar
_OTHER_YUAN = re.compile(r"台币|臺幣|台幣|港币|港幣|港元|澳门元|澳門元|澳门币|澳門幣|澳門元|葡币|NT\$|New Taiwan")
_US_DOLLAR = re.compile(r"US\$|U\.S\.\s?\$|\bUSD\b|\b(?:U\.?S\.?|United States) dollars?\b", re.I)
_SIGN = {"pounds": re.compile(r"£|\bGBP\b"), "won": re.compile(r"₩|\bKRW\b")}
_HAN = re.compile(r"[\u4e00-\u9fff]")


def standard(value: float, unit: str, span: str = "", clause: str = "",
             source: str = "") -> tuple[float, str] | None:
    """(value, unit) in the canonical unit of its dimension, or None where none applies. span: the words the
    target was read from, which tell a "$"'s country and a bare "pounds"; clause: its clause's text, which
    tells a 元's (traditional characters, another dollar named); source: its document's address."""
    read = _read(unit.strip())
    if read is None:
        return None
    scale, base, scaled = read
    factor, canonical = _BASES.get(base) or _WORDS[base.lower()]
    if canonical in ("CNY", "USD", "GBP", "KRW") and not _currency_holds(base, canonical, scaled, span,
                                                                          f"{span}\n{clause}", source):
        return None
    return float(f"{value * scale * factor:.12g}"), canonical  # 1.2 x 1e4 is 12000, not 12000.000000000002


def standard_fields(value: float, unit: str, span: str = "", clause: str = "",
                    source: str = "") -> dict[str, float | str | None]:
    """The standard reading as a target's JSON and CSV write it: {"value_std", "unit_std"}, null where
    standard() gives none."""
    found = standard(value, unit, span, clause, source)
    return {"value_std": found[0] if found else None, "unit_std": found[1] if found else None}


def _read(unit: str) -> tuple[float, str, bool] | None:
    """The unit's scale, its base and whether a scale was written: "billion EUR" (1e9, "EUR", True),
    "万千瓦" (1e4, "千瓦", True), "GW" (1, "GW", False); None for a unit that is none of the table's."""
    if _known(unit):
        return 1.0, unit, False
    word, _, rest = unit.partition(" ")
    if word.lower() in _EN_SCALES and _known(rest):
        return _EN_SCALES[word.lower()], rest, True
    for at in range(1, len(unit)):  # 千瓦 is a base before it is 千 x 瓦: the whole is tried first
        prefix, rest = unit[:at], unit[at:]
        if prefix.strip(" ") and all(ch in _ZH_SCALES for ch in prefix) and _known(rest.strip()):
            scale = 1.0
            for ch in prefix:
                scale *= _ZH_SCALES[ch]
            return scale, rest.strip(), True
    return None


def _known(base: str) -> bool:
    return base in _BASES or (base.lower() in _WORDS and not base.isupper())


def _currency_holds(base: str, canonical: str, scaled: bool, span: str, written: str, source: str) -> bool:
    """Whether a sum's currency is what its unit's word says, where the word alone may not tell."""
    if base in ("元", "人民币"):
        return not _OTHER_YUAN.search(written) and not _traditional(written)
    if base == "yuan":
        return not _OTHER_YUAN.search(written)
    if base == "dollars":
        return bool(_US_DOLLAR.search(span)) or _us_government(source)
    if base in _SIGN:  # "500 pounds" may be a weight; "£500", "5 billion pounds" are money
        return scaled or bool(_SIGN[base].search(span))
    return True


def _traditional(text: str) -> bool:
    """Whether the text is written in traditional characters: a tenth or more of its Chinese characters
    change in the simplified copy (a simplified text changes none; a Hong Kong or Taiwan one a quarter or
    more; a stray 著 or 乾 is not enough)."""
    han = _HAN.findall(text)
    changed = sum(a != b for a, b in zip(text, to_simplified(text), strict=True) if _HAN.match(a))
    return changed >= 2 and changed * 10 >= len(han)


def _us_government(source: str) -> bool:
    """Whether the address is a US government host (.gov, .mil: other governments' sit under a country's
    domain, gov.uk, gov.sg, gov.au)."""
    host = (urlsplit(source).hostname or "") if "://" in source else ""
    return host.endswith((".gov", ".mil"))
