"""Numbers with their units in Chinese and English text: "300 billion yuan", "1.5万人", "three new institutes".

Values stay in the unit as written: "300 billion yuan" is 300 with unit "billion yuan", "1.5万人" is 1.5
with unit "万人". Years, dates, article numbers, durations and ages are not quantities here. Reading
Chinese numerals and English number words is numerals.py's part; which quantity is a goal, targets.py's.
"""

from __future__ import annotations

import bisect
import re

from ingest.numerals import EN_NUMBER, en_number, zh_number
from ingest.text import HAN_CHAR
from ingest.years import MONTHS

# (Indian grouping too, lakhs and crores: "1,00,000", "10,00,00,000")
_ARABIC = (r"\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f]\d{3})+(?![\d.])"
           r"|\d+(?:\.\d+)?")
# (一 alone is an article, "一批", "一体化"; before 万 or 亿 it counts: "一万家")
_ZH_NUM = r"[零〇一二两三四五六七八九十百千]*[二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*|一(?=[万亿])"
_EN_SCALE = r"thousand|million|billion|trillion|lakhs?|crores?"  # a lakh is 100,000, a crore 10 million
_EN_UNIT = (r"percentage points?|percent|per cent|%|exaflops?|EFLOPS|petaflops?|PFLOPS|EFLOP/s|"
            r"(?:billion |million |trillion )?(?:yuan|RMB|(?:United States |US |U\.S\. )?dollars|euros|pounds|yen|won|"
            r"USD|EUR|GBP|JPY|KRW)|"
            r"(?:giga|mega)watts?(?:-peak|[- ]hours?)?|GW|"
            # (one kind of firm, its "and" no end: "1,500 small and medium-sized enterprises")
            r"small(?:\s+and\s+|-?\s*(?:and|to)\s*-?)medium(?:-sized)?\s+(?:enterprises|businesses|firms|companies)|"

            r"MW|TWh|GWh|kilometers|kilometres|km|hectares|tonnes|tons|times|"
            r"[A-Za-z][A-Za-z-]{2,}(?: [a-z][a-z-]{2,})?|(?P<acronym>(?-i:[A-Z]{2}|[A-Z]{1,2}&[A-Z]{1,2}))"
            r"(?: [a-z][a-z-]{2,})?")  # "35 000 I&T talents", "500 R&D staff": an acronym with its ampersand
# a unit per unit: "30微克/立方米", "0.45吨标准煤/万元"
_PER_UNIT_ZH = r"(?:微克|毫克|克|千克|公斤|吨标准煤|吨|千瓦时)/(?:立方米|升|千克|公斤|吨|平方米|千瓦时|万元|人)"
_ZH_UNIT = (rf"{_PER_UNIT_ZH}|个百分点|百分点|%|％|EFLOPS|PFLOPS|E?FLOPS|亿元|万元|千元|元|港元|美元|欧元|英镑|日元|"
            r"万人次|人次|万人|人|名|万户|户|万次|次|"
            r"万家|家|万笔|笔|万台|台|万架|架|万亿斤|亿斤|万斤|斤|万片|片|万颗|颗|枚|万套|套|万个|个|所|座|张|项|万件|件|间|万辆|辆|万部|部(?![门署分委长件级])|倍|万千瓦|千瓦|兆瓦|公里|立方米|平方米|亩|公顷|平方公里|吨|床|款|条|类|批|场次|场(?![景所地馆])|门(?![类槛户店诊])")
# a Latin unit that a Chinese text may set off with a space: "算力规模达到50 EFLOPS"
# (and a chip's: "1000 TOPS", "2 TFLOPS/W", a ratio of computing to power, no computing power; "1.6 TB/s", "800 Gbps")
_ZH_LATIN_UNIT = r"[EPT]FLOPS/W|TOPS/W|EFLOPS|PFLOPS|TFLOPS|TOPS|TB/s|GB/s|Tbps|Gbps|GWh|TWh|GW|MW"
# computing power in a bare P or E ("智能算力规模达到5000P", "算力规模达到20E以上"): PFLOPS or EFLOPS, but
# only where the sentence speaks of computing power (P2P, "5P" plans, page P are no units)
_FLOPS_LETTER = r"(?P<flops>[PE])(?![A-Za-z0-9])"
_COMPUTE_ZH = re.compile(r"算力|智算|超算|计算")
# units that are durations or ages: "不少于3个月" is a condition, not a goal
_NOT_UNITS = re.compile(r"^(?:decades?|years?|months?|days?|weeks?|hours?|minutes?|seconds?|"
                        r"of|by|in|into|onto|and|or|to|the|per|from|for|on|at|as|with|than|is|are|was|were|"
                        r"over|under|within|across|during|after|before|until|through|"
                        r"should|will|shall|must|would|could|can|may|have|has|had|been|be)$", re.I)
# a word after a count's noun that opens what follows it, not a second word of its unit ("500,000 people between
# the two countries", "500,000 people who work in AI", "300 students annually")
_NOT_SECOND = re.compile(r"^(?:between|among|amongst|via|who|whom|whose|which|that|each|every|annually|yearly|"
                         r"a|an|their|its|this|these|those|not|also|already|now)$", re.I)
# the plural noun that heads two words read as a count's unit when they are not its things themselves ("10
# executive branch agencies", "five state university campuses"); not a word that ends a noun phrase
_THIRD_HEAD = re.compile(r"\s+(?!(?:is|was|has|does|as|its|this|thus|across|unless|plus|versus|always|towards|"
                         r"afterwards|besides|less|yes|us|his|hers|ours|theirs|whereas)\b)([a-z][a-z-]*[a-z]s)\b")
# a unit that is a time: "no more than 30 days after…" is a time limit
_DURATION = re.compile(r"(?:decades?|years?|months?|days?|weeks?|hours?|minutes?|seconds?)$", re.I)
# a size before a noun says what kind, not how many: "300 mm wafers", "28 nm chips", "12-inch lines"; a count
# may stand before it ("two 28 nm production lines": two lines)
SIZE = r"\d+(?:\.\d+)?(?:\s?|-)(?:nm|mm|cm|[µμ]m|inch(?:es)?)\b"
_SIZE_BEFORE_NOUN = re.compile(rf"{SIZE}(?=\s+[A-Za-z])")
_COUNT_BEFORE_SIZE = re.compile(rf"\s+{SIZE}\s+[A-Za-z]")
_CURRENCY = (r"(?:US\$|S\$|A\$|C\$|HK\$|NZ\$|\$|USD|EUR|GBP|SGD|AUD|CAD|HKD|NZD|INR|KRW|JPY|CNY|€|£|₹|₩|Rs\.?|RMB|¥|￥"
             r"|KES|NGN|ZAR|BRL|MXN|IDR|MYR|THB|VND|EGP|PKR|BDT|SAR|AED|CHF|SEK|NOK|DKK|PLN|SDR)")
_CURRENCY_NAME = {"$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds", "¥": "yuan", "￥": "yuan",
                  "S$": "SGD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "₹": "INR", "Rs": "INR",
                  "Rs.": "INR", "₩": "KRW"}
# a paragraph's number that opens a line, before its first word: "3.2 This Plan…", "1.4.2 The Government…"
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
_NAMED_AFTER = re.compile(r"\.?[ \t]+[A-Z][a-z]")  # a word, not a unit: "1.5 GW of solar capacity"
_MONTH = re.compile(rf"(?:{MONTHS})")
_AFTER_MONTH = re.compile(rf"\b(?:{MONTHS})\s*$")

# …and in English, "25 to 30 percent", "20-30 million tonnes" (not "from 20 to 30", a change; nor years)
_RANGE_LOW_EN = r"(?<!from )(?<!between )(?!(?:19|20)\d{2}\b)\d+(?:\.\d+)?\s*(?:to|[-—–])\s*(?=\d)"
_SME = re.compile(r"small\b.*\bmedium", re.I)  # "small and medium-sized enterprises", one unit
_QTY_EN = re.compile(
    rf"(?<![A-Za-z0-9_.,/-])(?P<cur>{_CURRENCY}\s?)?(?:(?P<low>{_RANGE_LOW_EN}))?(?P<num>{_ARABIC}|{EN_NUMBER})"
    # (a unit opens with no joining word, which would take the number after it: "by 2024 and forty new hospitals")
    rf"(?:\s?(?P<scale>{_EN_SCALE})\b)?(?:\s?(?!(?:and|or|to|of|by|in|the|for)\b)(?P<unit>{_EN_UNIT}))?", re.I)
# a Chinese count written in two parts, the part after 万 (or 亿) in its own figures: "1万5000人", "3万5千PFLOPS",
# "3亿5000万元" (not "1万" alone, nor "1万 5000人", two numbers)
_MIXED_ZH = re.compile(rf"(?<![\d.])(?P<a>\d{{1,4}})(?P<big>[万亿])(?P<b>\d{{1,4}})(?P<small>千)?"
                       rf"(?P<unit>{_ZH_UNIT}|\s?(?:{_ZH_LATIN_UNIT})(?![A-Za-z]))")
# a range's low end, "3—5家": the goal is at least the low end, in the unit after the high one
_RANGE_LOW = r"\d+(?:\.\d+)?\s*[-—–－~～〜至]\s*(?=\d)"
_QTY_ZH = re.compile(
    rf"(?P<pct>百分之)?(?:(?P<low>{_RANGE_LOW}))?(?P<num>{_ARABIC}|{_ZH_NUM})(?P<scale>[万亿]|千万|百万)?"
    rf"(?P<unit>(?:{_ZH_LATIN_UNIT})(?![A-Za-z/])|{_ZH_UNIT}|\s(?:{_ZH_LATIN_UNIT})(?![A-Za-z/])|{_FLOPS_LETTER})?")
# a share in words before "of": "three quarters of", "two-thirds of", "half of"
_SHARE_WORDS = re.compile(r"\b(?:(?P<n>one|a|two|three|four)[\s-](?P<part>quarters?|thirds?|fifths?)|(?P<half>half))"
                          r"(?=\s+of\b)", re.I)
# …or "one in three": "one in three pounds of procurement spend", "one in five adults"
_ONE_IN = re.compile(r"\bone\s+in\s+(?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?=\s+[a-z])"
                     r"(?:\s+(?P<obj>(?:[\w-]+\s+){0,6}?[\w-]+)(?=\s+(?:should|will|shall|must|are|is|have|has)\b))?",
                     re.I)
# a share in tenths: "九成左右" (90 %), "三成半" (35 %); not "形成", "一成不变", "二十三成员国"
_TENTHS_ZH = re.compile(r"(?<![\d十百千万第个分之])(?P<n>[一二两三四五六七八九])成(?P<half>半)?"
                        r"(?![为员立功本果就效绩熟长年型交品都人团组家片体套不])")
# a doubling: 翻一番 (twice), 翻两番 (four times)
_TIMES_ZH = re.compile(r"翻(?P<n>一|两|二|三)?番")
# …which only restates the figure said next: "翻一番，达到1600亿元" (the figure is the goal)
_TIMES_ZH_TO = re.compile(r"[，,]?\s*(?:达到|达|至|突破|超过|增至|增加到|增加至|提高到|提高至)\s*(?:约|超过)?"
                          r"[\d一二两三四五六七八九十百千]")
# the same in English, as a verb in the base form that a plan commits to: "Triple the EU's compute capacity",
# "will double by 2030"; not "double-digit", "doubled in 2023", nor "double its share to 20%", where the
# figure it reaches is the goal
_TIMES_EN = re.compile(r"\b(?P<word>doubl|tripl|quadrupl)(?:e|ing)\b(?![-\w])(?!\s+down\b)", re.I)
_TIMES_EN_VALUE = {"doubl": 2, "tripl": 3, "quadrupl": 4}  # "double", "doubling" ("committed to doubling …")
# (or after "the aim of": "with the aim of at least tripling the EU's data centre capacity")
_TIMES_EN_MODAL = re.compile(r"\b(?:will|shall|must|should|to)\s+(?:\w+ly\s+)?(?:at\s+least\s+)?$"
                             r"|\b(?:aim|goal|objective|ambition|target)\s+of\s+(?:at\s+least\s+)?$")
# …or that opens a sentence or an item, before what it multiplies ("Triple the…", not "Double taxation…")
_TIMES_EN_OPENING = re.compile(r"(?:^|[.;:!?]\s*|\n\s*|\(\w{1,4}\)\s*|\d{1,2}[.)]\s*|(?:^|\s)[—–•-]\s*|,\s*)$")
_TIMES_EN_OBJECT = re.compile(r"\s+(?:the|its|their|our|this|these|[A-Z]|[\w-]+['’]s\b|(?:by|in|within|over)\b)")
# a multiple written "-fold" that a change reaches: "expanding the AIRR by at least twentyfold by 2030", "a tenfold
# increase in …", "grow 5-fold" (not "twofold purpose", "a threefold approach"); its own list of number words,
# since EN_NUMBER ends at a word boundary and "twentyfold" has none after "twenty"
_FOLD_EN = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
                      r"fifty|hundred|\d{1,4})[- ]?fold\b"
                      r"|(?<![\w.,])(?P<x>\d{1,4})\s?[x×](?![\w-])", re.I)  # …or "by at least 20x by 2030"
_FOLD_BEFORE = re.compile(r"(?:\b(?:by|grow|grows|increase|increases|rise|rises|expand|expands)\s+(?:at\s+least\s+|"
                          r"more\s+than\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+)?)$"
                          # …or after what a change verb multiplies: "increase domestic battery capacity tenfold"
                          r"|\b(?:increas|grow|expand|rais|boost|scal)\w*\s+(?:up\s+)?(?:[\w'’-]+\s+){1,6}$", re.I)
_FOLD_AFTER = re.compile(r"\s+(?:increase|rise|expansion|growth|jump)\b", re.I)
# …or that follows another in a list of them, each with its object: ", triple solar power and quadruple"
_NEXT_IN_LIST_EN = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# a halving, a cut by 50 %: "halve the backlog by 2027", "reduce road deaths by half", "cut … in half", "碳排放
# 强度减半", "减少一半" (as the verb "halve" goes, where a plan commits to it; "half of" is a share, read above)
_HALVE_EN = re.compile(r"\bhalv(?:e|ing)\b(?=\s+(?:the|its|their|our|this|these|[A-Z]|[\w-]+['’]s\b))", re.I)
_BY_HALF_EN = re.compile(r"\b(?:by|in)\s+half\b(?!\s+of\b)", re.I)
_CUT_BEFORE_EN = re.compile(r"\b(?:reduc|cut|lower|decreas|slash)\w*\s+(?P<obj>(?:[\w'’-]+\s+){0,8}?)$", re.I)
_HALF_ZH = re.compile(r"减半|减少一半|降低一半|下降一半")
# (…or from one figure to another after a comma: "triple apprenticeship starts, from 4,000 in 2023 to 12,000")
# (not past "and to", which opens the next goal: "double the number of AI practitioners … and to train 100,000 …")
_TIMES_EN_TO = re.compile(r"(?:(?!\band\s+to\b)[^.;:,])*?(?:,\s*from\s+(?:[^.;:,]|,(?=\d))*?)?"
                          r"\b(?:to|by)\s+(?:[a-z]+\s+){0,2}?"
                          rf"(?!(?:19|20)\d{{2}}\b|\d{{1,2}}\s+(?:{MONTHS})\b)(?:\d|[$€£])")  # not "by 31 December"
# an age that is a life expectancy's goal, not an age group's limit: "人均预期寿命达到82岁", "raise life expectancy
# to 80 years" (or years of schooling,
# "平均受教育年限提高到11.8年") (the figure right after a cue, near the words; not "预期寿命…，60岁以上老年人")
_LIFESPAN = re.compile(r"(?:预期寿命|健康寿命|受教育年限|life expectancy|healthy life years|years of schooling)"
                       r"[^。；;.!?]{0,20}?"
                       r"(?:达到|达|提高到|提高至|提升到|提升至|增至|为|超过|(?<![\w-])(?:to|of|reach(?:es)?|at least|"
                       r"about|around)\s)(?:约|超过)?\s*$", re.I)
_AGE_UNIT = re.compile(r"\s*(?P<unit>周?岁|年(?![份度])|years?)(?![A-Za-z-])", re.I)  # (受教育年限…11.8年)
# a time that is the goal, not a time limit on something else: a wait or a procedure cut to so long
# ("企业开办时间压减至1个工作日以内", "审批时限缩短至3天", "cut average permit decision times to no more than 12
# months"); "不少于3个月", "within 30 days of the order" stay durations, read as no quantity
_TIME_CUT = re.compile(r"(?:(?:时间|时限|周期|时长|用时|天数|时延|延时|延迟)[^。；;，,]{0,8}?"
                       r"(?:压缩|压减|缩短|减少|降低|降|减|控制)(?:至|到|在)"
                       # a latency bound is its goal too: "网络时延低于1毫秒"
                       r"|(?:时延|延时|延迟)[^。；;，,]{0,8}?(?:低于|小于|不高于|不大于|不超过)"
                       # (what is cut may be long: "reduce the average time to connect a large demand project to the
                       # transmission network from over five years to no more than 24 months")
                       r"|\b(?:reduc|cut|shorten|lower|decreas|improv|bring|bringing|brought)\w*\s+(?:[\w'’-]+\s+){0,20}?"
                       r"(?:down\s+)?to\s+(?:(?:no|not)\s+more\s+than|under|below|less\s+than|at\s+most)?"
                       r"|\b(?:kept|held|controlled|maintained|limited)\s+(?:within|below|under))\s*$",
                       re.I)
_TIME_UNIT = re.compile(r"\s*(?P<unit>个工作日|工作日|个月|天|小时|分钟|毫秒|微秒"
                        r"|(?:(?:working|business|calendar)\s+)?days?|weeks?|months?|years?|hours?|minutes?|milliseconds?|ms)"
                        r"(?![A-Za-z-])", re.I)
_REFERENCE = re.compile(r"(?:Article|Art\.|No\.|paragraph|point|Annex|Section|Sec\.|第|附件|\bEU\)|§"
                        # …or a named grade or group: "Level 2 charging ports", "Category 2 calls", "Scope 1 and 2"
                        r"|(?-i:\b(?:Level|Category|Scope|Phase|Tier|Stage|Type|Class|Grade|Band|Key Stage|Pillar)))"
                        r"\s*$", re.I)


def quantities(text: str, binds_bare: re.Pattern[str]) -> list[dict]:
    """Number-with-unit candidates, Chinese and English, in order, years and references left out.

    A Chinese number without a unit counts only where binds_bare matches the text just before it (a goal
    cue: "PUE降到1.25以下"); each candidate is {"start", "end", "value", "unit", "lang", "num_end",
    "acronym"}, num_end >= 0 for a bare English count whose unit may be read again as the things counted."""
    found: list[dict] = []
    for m in _SHARE_WORDS.finditer(text):  # "three quarters of EU enterprises": 75 %
        parts = 2 if m.group("half") else {"quarter": 4, "third": 3, "fifth": 5}[m.group("part").rstrip("s")]
        count = 1 if m.group("half") or m.group("n") in ("one", "a") else en_number(m.group("n"))
        found.append({"start": m.start(), "end": m.end(), "value": round(100 * count / parts, 1), "unit": "%",
                      "lang": "en", "num_end": -1, "acronym": False})
    for m in _ONE_IN.finditer(text):  # "one in three": 33.3 %
        den = m.group("den")
        found.append({"start": m.start(), "end": m.end(), "value": round(100 / (int(den) if den.isdigit() else
                      en_number(den)), 1), "unit": "%", "lang": "en", "num_end": -1, "acronym": False,
                      "object": m.group("obj") or ""})  # of what: "pounds of central government procurement spend"
    for m in _TENTHS_ZH.finditer(text):  # "占比稳定在九成左右": 90 %
        tenths = 10.0 * zh_number(m.group("n")) + 5 * bool(m.group("half"))
        found.append({"start": m.start(), "end": m.end(), "value": tenths, "unit": "%", "lang": "zh", "num_end": -1,
                      "acronym": False})
    for m in _TIMES_ZH.finditer(text):  # "数量翻一番": twice as many
        if _TIMES_ZH_TO.match(text, m.end()):
            continue
        found.append({"start": m.start(), "end": m.end(), "value": 2.0 ** (int(zh_number(m.group("n") or "一"))),
                      "unit": "倍", "lang": "zh", "num_end": -1, "acronym": False, "change": True})
    last = -1  # where the last multiplier read ends: "double onshore wind, triple solar power and quadruple…"
    for m in _TIMES_EN.finditer(text):  # "Triple the EU's AI compute capacity by 2030": three times
        before = (max(0, m.start() - 40), m.start())
        if (_TIMES_EN_MODAL.search(text, *before) or _TIMES_EN_OPENING.search(text, *before)
                and _TIMES_EN_OBJECT.match(text, m.end())
                or last >= 0 and _NEXT_IN_LIST_EN.fullmatch(text, last, m.start())) \
                and not _TIMES_EN_TO.match(text, m.end()):
            listed = last >= 0 and bool(_NEXT_IN_LIST_EN.fullmatch(text, last, m.start()))
            last = m.end()
            found.append({"start": m.start(), "end": m.end(), "value": float(_TIMES_EN_VALUE[m.group("word").lower()]),
                          "unit": "times", "lang": "en", "num_end": -1, "acronym": False, "change": True,
                          "listed": listed})
    for m in _FOLD_EN.finditer(text):  # "by at least twentyfold": twenty times
        if (_FOLD_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _FOLD_AFTER.match(text, m.end())) \
                and not _TIMES_EN_TO.match(text, m.end()):  # "grow twentyfold …, to at least 20 exaflops": the level
            n = m.group("n") or m.group("x")
            value = int(n) if n.isdigit() else 100 if n.lower() == "hundred" else en_number(n)
            found.append({"start": m.start(), "end": m.end(), "value": float(value),
                          "unit": "times", "lang": "en", "num_end": -1, "acronym": False, "change": True})
    halves = [m for m in _HALVE_EN.finditer(text) if _TIMES_EN_MODAL.search(text, max(0, m.start() - 40), m.start())
              or _TIMES_EN_OPENING.search(text, max(0, m.start() - 40), m.start())]
    halvings = [(m.start(), m.end(), "") for m in halves]
    for m in _BY_HALF_EN.finditer(text):  # from the verb, what it cuts: "reduce the processing backlog by half"
        if cut := _CUT_BEFORE_EN.search(text, max(0, m.start() - 120), m.start()):
            halvings.append((cut.start(), m.end(), cut.group("obj").strip()))
    halvings += [(m.start(), m.end(), "") for m in _HALF_ZH.finditer(text)]
    for start, end, obj in halvings:  # "halve the backlog", "reduce … by half", "减半": a cut by 50 %
        found.append({"start": start, "end": end, "value": 50.0, "unit": "%", "lang": "zh" if
                      HAN_CHAR.match(text, start) else "en", "num_end": -1, "acronym": False, "change": True,
                      "object": obj})
    for m in _MIXED_ZH.finditer(text):  # "1万5000人": 15000 人; "3万5千PFLOPS"; "3亿5000万元": 35000 万元
        a, b = int(m.group("a")), int(m.group("b")) * (1000 if m.group("small") else 1)
        unit = m.group("unit").strip()
        if m.group("big") == "万" and b < 10000:
            value = a * 10000 + b
        elif m.group("big") == "亿" and unit.startswith("万") and b < 10000:
            value = a * 10000 + b
        else:
            continue
        found.append({"start": m.start(), "end": m.end(), "value": float(value), "unit": unit, "lang": "zh",
                      "num_end": -1, "acronym": False, "range": False})
    # the spans taken, sorted and apart, to tell an overlap by bisection: a scan of them all made a text of
    # 100,000 characters take over a minute
    spans = sorted((q["start"], q["end"]) for q in found)
    for rx, lang in ((_QTY_ZH, "zh"), (_QTY_EN, "en")):
        for m in rx.finditer(text):
            at = bisect.bisect_right(spans, (m.start(), float("inf")))
            if at and spans[at - 1][1] > m.start() or at < len(spans) and spans[at][0] < m.end():
                continue
            if lang == "zh" and m.group("low") and not HAN_CHAR.search(text, max(0, m.start() - 20), m.end() + 20):
                continue  # an English range, "accounting for 40–50% of": English reads it (at least its low end)
            q = _read_quantity(m, lang, text, binds_bare)
            if q:
                found.append(q)
                bisect.insort(spans, (q["start"], q["end"]))
    return _ranges(text, sorted(found, key=lambda q: q["start"]))


# a range written with its unit twice, "3.6%—3.8%", "5%至6%", or in words, "between 35 and 40 per cent": one figure,
# its low end, with its high end beside (not "from 20 to 30", a change)
_RANGE_JOIN = re.compile(r"\s*(?:[-—–－~～〜至到]|to)\s*$")
_BETWEEN = re.compile(r"\bbetween\s+(?P<low>\d+(?:\.\d+)?)\s+and\s+$", re.I)


def _ranges(text: str, found: list[dict]) -> list[dict]:
    """The quantities found, a range written with its unit twice or in words made one, its high end in "high"."""
    out: list[dict] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev and prev.get("high") is None and not prev.get("range") and q.get("high") is None and q["unit"]
                and prev["unit"] == q["unit"] and prev["unit"] in ("%", "％", "个百分点", "百分点")
                and _RANGE_JOIN.fullmatch(text, prev["end"], q["start"])
                and not re.search(r"\bfrom\s+$|[由从]\s*$", text[max(0, prev["start"] - 6):prev["start"]])):
            prev.update(high=q["value"], end=q["end"])  # "3.6%—3.8%": the second is the first's high end
            continue
        if (prev and prev.get("high") is None and not prev.get("range") and q.get("high") is None
                and q["lang"] == "zh" and prev["unit"] in ("万", "亿", "千万", "百万")
                and q["unit"].startswith(prev["unit"]) and _RANGE_JOIN.fullmatch(text, prev["end"], q["start"])):
            # "800亿—1000亿元": the scale twice, the unit once, after the high end
            prev.update(high=q["value"], end=q["end"], unit=q["unit"])
            continue
        if (q["lang"] == "en" and q.get("high") is None and q["unit"]
                and (between := _BETWEEN.search(text, max(0, q["start"] - 30), q["start"]))):
            while out and out[-1]["start"] >= between.start():
                out.pop()  # "between 35 and": its low end, read as a figure of its own
            q = {**q, "start": between.start(), "value": float(between.group("low")), "high": q["value"]}
        out.append(q)
    return out


def _read_quantity(m: re.Match, lang: str, text: str, binds_bare: re.Pattern[str]) -> dict | None:
    num, after = m.group("num"), text[m.end():m.end() + 2] or " "
    if _LIFESPAN.search(text, max(0, m.start() - 40), m.start()) and (age := _AGE_UNIT.match(text, m.end("num"))):
        value = (float(num.replace(",", "")) if num[:1].isdigit()
                 else zh_number(num) if lang == "zh" else float(en_number(num)))
        unit = "years" if age.group("unit")[:1] in "yY" else age.group("unit")
        return {"start": m.start(), "end": age.end(), "value": value, "unit": unit,
                "lang": lang, "num_end": -1, "acronym": False, "range": False}
    if _TIME_CUT.search(text, max(0, m.start() - 160), m.start()) and (span := _TIME_UNIT.match(text, m.end("num"))):
        value = (float(num.replace(",", "")) if num[:1].isdigit()
                 else zh_number(num) if lang == "zh" else float(en_number(num)))
        return {"start": m.start(), "end": span.end(), "value": value, "unit": span.group("unit"),
                "lang": lang, "num_end": -1, "acronym": False, "range": False}
    before = text[max(0, m.start() - 12):m.start()]
    if (_SECTION_NUMBER.fullmatch(num) and _NAMED_AFTER.match(text, m.end("num"))
            and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()):
        return None  # "3.2 This Plan shall be reviewed by FY2028": the number of a paragraph, opening its line
    if re.fullmatch(r"(?:19|20)\d{2}", num) and (after[:1] in "年/-" or not m.group("unit")):
        return None  # a year, or a reference such as 2024/1689
    if lang == "en" and re.fullmatch(r"(?:19|20)\d{2}", num) and (
            re.search(r"\b(?:by|in|until|before|through|since|from|to|of|year|fiscal)\s+$", before, re.I)
            or re.match(r"levels?\b", m.group("unit") or "")):
        return None  # "500 new researchers by 2025 capable of…", "below 1990 levels": a year, whatever follows
    if _REFERENCE.search(before):
        return None
    if lang == "en" and _SIZE_BEFORE_NOUN.match(text, m.start("num")):
        return None  # "300 mm wafers": a size of the things, not a count
    if after[:1] == "^" or before[-1:] == "^":
        return None  # "greater than 10^26 operations": an order of magnitude, a threshold, never a count of 10
    if after[:1] in "年月日号条款章节" or (lang == "zh" and before[-1:] == "每"):
        return None  # a date, a reference; "每千人口": the population a rate is per
    if lang == "zh" and text[m.end():m.end() + 1] == "级":
        return None  # "千亿级产业集群", "万亿级": a class of size, not a count; the count comes after
    if lang == "zh" and m.group("unit") is None and not m.group("scale") and not m.group("pct") and not (
            binds_bare.search(before) and (not HAN_CHAR.match(after) or after in ("以下", "以上", "以内", "左右"))):
        return None  # a bare number counts in Chinese only as what a cue binds: "PUE降到1.25以下"
    if lang == "zh" and m.group("flops"):
        sentence = re.split(r"[。；;！？!?\n]", text[max(0, m.start() - 40):m.start()])[-1]
        if not _COMPUTE_ZH.search(sentence + text[m.end():m.end() + 6]):
            return None  # "P2P", "5P": a letter, not a unit, where no computing power is spoken of
    unit = (m.group("unit") or "").strip()
    percent = bool(m.groupdict().get("pct"))  # 百分之三十 (the English pattern has no such group)
    if not unit and re.match(r"[A-Za-z0-9\u3400-\u9fff]", after) and not m.group("scale") and not percent \
            and not (lang == "zh" and after in ("以下", "以上", "以内", "左右")):
        return None  # "5G", "3D", a number run into a word: not a quantity (百分之三十的比例 is one)
    if lang == "en" and _DURATION.match(unit.split(" ")[0]):
        return None  # a duration: "no more than 30 days after the model is made available" is a time limit
    if lang == "en" and re.match(r"per cent\b", unit, re.I):
        unit = "%"  # before "per" is read as no unit
    end = m.end()  # where the quantity ends: before a word read as its unit that is not
    if lang == "en" and unit and _NOT_UNITS.match(unit.split()[0]):
        unit, end = "", m.end("scale") if m.group("scale") else m.end("num")
    second = unit.split()[1] if lang == "en" and " " in unit and not _SME.match(unit) else ""
    if second and (_NOT_UNITS.match(second) or _NOT_SECOND.match(second) or re.search(r"(?:ed|ing)$", second)):
        unit = unit.split()[0]  # "five regions composed of lands": the unit is "regions"
        end = m.start("unit") + len(unit)
    elif lang == "en" and unit and " " in unit and not unit.endswith("s") and (
            head := _THIRD_HEAD.match(text, m.end("unit"))):
        unit, end = f"{unit} {head.group(1)}", head.end(1)  # "10 executive branch agencies": their plural head
    if lang == "en" and re.match(r"(?:years?|months?|days?|weeks?|hours?)\b", text[end:].lstrip(), re.I) \
            and not unit:
        return None
    if lang == "en" and (_MONTH.fullmatch(unit.split()[0] if unit else "") or _AFTER_MONTH.search(before)):
        return None  # a date: "15 March 2027", "March 15, 2025"
    if unit and re.match(r"(?:years?|months?|days?|weeks?|hours?|岁|周岁|个月|天|日|小时)$", unit, re.I):
        return None
    # "3—5家": at least 3 of them; a range of rates, "每年增加1-3个百分点", is the rate's span, read as before
    # (in English the same, but for a change in points: "raise … by 1 to 3 percentage points")
    ranged = bool(m.group("low")) and (unit not in ("", "%", "％", "个百分点", "百分点", "倍") if lang == "zh"
                                       else not re.match(r"percentage", unit, re.I))
    high = None  # a range's high end, a bound of its own (targets.py): "3—5家" is at least 3 and at most 5
    if ranged:
        value = float(re.match(r"\d+(?:\.\d+)?", m.group("low")).group())
        high = float(re.sub(r"[,\s\u202f]", "", num)) if re.match(r"\d", num) else None
    elif num[:1].isascii() and num[:1].isalpha():
        value = float(en_number(num))
    elif re.match(r"\d", num):
        value = float(re.sub(r"[,\s\u202f]", "", num))
    else:
        value = zh_number(num)
    if lang == "zh":
        unit = (m.group("scale") or "") + unit
        if m.group("pct"):
            unit = "%"
    else:
        scale = (m.group("scale") or "").lower()
        if scale == "thousand":  # "ten thousand apprentices": a number, in words; no one counts in thousands
            value, scale = value * 1000, ""
        cur = (m.group("cur") or "").strip()
        if cur and not re.search(r"yuan|dollar|euro|pound|rupee|yen|\bwon\b|USD|EUR|GBP|RMB|CNY|INR|JPY|KRW", unit,
                                 re.I):
            if unit and scale:  # "$500 million AI venture fund": the sum, not a sum of "AI"s
                unit, end = "", m.end("scale")
            name = _yen_or_yuan(text) if cur in ("¥", "￥") else _CURRENCY_NAME.get(cur, cur)
            unit = name + (" " + unit if unit else "")
        unit = f"{scale} {unit}".strip() if scale else unit
    unit = normalise_unit(unit)
    if lang == "zh" and m.group("flops"):
        unit = (m.group("scale") or "") + m.group("flops") + "FLOPS"
    if not unit and not re.match(r"\d", num) and not _COUNT_BEFORE_SIZE.match(text, m.end("num")):
        return None
    # counted: a bare number ("four new institutes"), whose unit may be read again as the things counted
    thousand = lang == "en" and (m.group("scale") or "").lower() == "thousand"
    counted = lang == "en" and not m.group("cur") and (not m.group("scale") or thousand)
    start = m.start("num") if m.group("low") and not ranged else m.start()
    return {"start": start, "end": end, "value": value, "unit": unit, "lang": lang,
            "num_end": (m.end("scale") if thousand else m.end("num")) if counted else -1,
            "acronym": lang == "en" and bool(m.group("acronym")), "range": ranged, "high": high}


# ¥ in English is the yen or the yuan: what the text says around it tells which ("¥1 trillion" in Japan's plan
# is yen, in a report on Guangdong yuan: yuan unless the text speaks of yen, Japan or fiscal years)
_YEN_CONTEXT = re.compile(r"\byen\b|\bJPY\b|\bJapan(?:ese)?\b|\bFY\s?20\d{2}\b", re.I)


def _yen_or_yuan(text: str) -> str:
    return "yen" if _YEN_CONTEXT.search(text) else "yuan"


def normalise_unit(unit: str) -> str:
    """A unit as the knowledge base writes it: % for ％ and percent, EFLOPS and PFLOPS for their spellings."""
    unit = unit.replace("％", "%")
    unit = re.sub(r"\b(?:exaflops?|eflop/s|eflops)\b", "EFLOPS", unit, flags=re.I)
    unit = re.sub(r"\b(?:petaflops?|pflops)\b", "PFLOPS", unit, flags=re.I)
    return re.sub(r"\b(?:per cent|percent)\b", "%", unit, flags=re.I)
