"""When a goal is to be reached: year phrases in Chinese and English ("到2025年", "by 15 March 2027"),
relative years ("明年", "by next year"), deadlines counted from the document's date ("within 540 days of
the date of this order"). Which of a sentence's year phrases dates a goal in it is deadlines.py's."""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from ingest.cues import opens_imperative
from ingest.metadata import MONTHS
from ingest.numerals import EN_NUMBER, en_number, zh_number
from ingest.roc import roc_years


class YearPhrase(NamedTuple):
    """A year phrase's offsets and year (None where a relative one has no document date to count from);
    counted: a deadline counted from the document's date, which dates a goal but does not make a
    number in its sentence one ("Within 180 days …, report no more than 30 days after each evaluation")."""

    start: int
    end: int
    year: int | None
    counted: bool


# a part of a year before it, which the year still dates: "by mid-2026", "by early 2027", "by end-2027", "by summer
# 2025", "by the autumn of 2026"
PART_OF_YEAR = r"(?:(?:mid|early|late|end)[- ]|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
_REL_YEAR = {"明年": 1, "今年": 0, "本年": 0, "后年": 2, "去年": -1, "上年": -1, "上一年": -1, "去年同期": -1,
             "上年同期": -1, "上一年同期": -1, "next year": 1, "this year": 0, "the following year": 1,
             "the current year": 0}
YEAR = re.compile(
    r"(?P<zh>(?<![\d/])(?:19|20)\d{2}|(?<![〇零一二两三四五六七八九十])[一二][〇零九][〇零一二三四五六七八九]{2})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:(?:底|末|中旬|下旬)?前?(?<=[底末前旬])|(?=(?:全面)?(?:建成|投运|投产|竣工|上线|开通|启用)))|(?!度?\d)(?:底|末|前|内)?)|(?P<zhrel>明年|今年|本年|后年|(?<!过)去年(?:同期)?|(?<!以)上一?年(?:同期)?(?![龄纪级]))"
    r"|(?<![\w/(])(?P<en>(?:19|20)\d{2})(?![\w/-]|\.\d)|(?P<enrel>next year|this year|the following year|"
    r"the current year)", re.I)
# a span of years a goal is reached over: "from FY2025 to the end of FY2030" (dated by its end)
_YEAR_RANGE_EN = re.compile(r"\bfrom\s+(?:FY\s?)?(?:19|20)\d{2}\s+(?:to|through|until)\s+(?:the\s+end\s+of\s+)?"
                            r"(?:FY\s?)?(?P<end>(?:19|20)\d{2})\b"
                            # …or written with a dash between fiscal years: "FY2024 – FY2028"
                            r"|\bFY\s?(?:19|20)\d{2}\s*[–—-]\s*FY\s?(?P<fy_end>(?:19|20)\d{2})\b"
                            # …or a bill's: "for each of fiscal years 2027 through 2031"
                            r"|\bfiscal\s+years\s+(?:19|20)\d{2}\s+(?:through|to|until)\s+(?P<fys_end>(?:19|20)\d{2})\b"
                            # …or financial years, by the second's end: "(2026-27 to 2029-30)", "2026–27 and 2027–28"
                            r"|(?<![\w/])(?:19|20)\d{2}[/–-]\d{2}\s+(?:to|through|until|and|[–-])\s+"
                            r"(?P<split_end>(?:19|20)\d{2})[/–-]\d{2}\b"
                            # …or calendar years a goal is reached over: "during the policy period of 2022-2027",
                            # "over the period 2025-2030", "in 2026–2028"
                            r"|\b(?:during|over|in|throughout|across)\s+(?:the\s+(?:[\w-]+\s+)?(?:period|years)\s+"
                            r"(?:of\s+)?)?(?:19|20)\d{2}\s*[–—-]\s*(?P<cal_end>(?:19|20)\d{2})\b"
                            # …or "between 2021 and 2030" ("33,000 homes per year between 2021 and 2030"), or a
                            # plan's years in brackets after its name ("Over the life of this strategy (2024–2029)")
                            r"|\bbetween\s+(?:19|20)\d{2}\s+and\s+(?P<btw_end>(?:19|20)\d{2})\b"
                            r"|\b(?:strategy|plan|programme|program|period)\s*\(\s*(?:19|20)\d{2}\s*[–—-]\s*"
                            r"(?P<par_end>(?:19|20)\d{2})\s*\)")
# the end of the period a plan is named for, earlier in the text: "The Karnataka IT Policy 2025-2030 aims to … by the
# end of the policy period" (2030)
_PERIOD_END_EN = re.compile(r"\b(?:by|before|until)\s+the\s+end\s+of\s+the\s+(?:policy|plan|programme|program|"
                            r"strategy|mission|scheme)\s+period\b", re.I)
_NAMED_SPAN = re.compile(r"(?<![\w/])(?:19|20)\d{2}\s*[–—-]\s*(?P<end>(?:19|20)\d{2})\b")
# (not a span's start, "from FY2025"; a year written with its second, "FY 2026-27", ends in that second: 2027)
_FISCAL_YEAR = re.compile(r"(?<!from )\bFY\s?(?P<year>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<next>\d{2})(?!\d))?\b")
# a financial year written as its two calendar years, "by 2030/31", "in 2029-30": due by its end, in its second
# year, as a school year is and as FY2030 names the year it ends in (only where the second is the next year:
# "2024/25", not a date "2024/05" nor a span "2025-30")
SPLIT_YEAR = re.compile(r"(?<![\w/(])(?P<year>(?:19|20)\d{2})[/–-](?P<next>\d{2})\b(?![/–-]\d)")
# a deadline counted from the document's own date: "Within 540 days of the date of this order"
_WITHIN_DATE = re.compile(rf"\b[Ww]ithin\s+(?P<n>\d{{1,4}}|{EN_NUMBER})\s+(?:calendar\s+)?"
                          r"(?P<unit>day|month|year)s?\s+(?:of|after|from)\s+the\s+date\s+of\s+this\s+"
                          r"(?:[Oo]rder|[Mm]emorandum|[Pp]roclamation|[Dd]irective)\b"
                          # …or of this notification, notice, policy or plan: "within two years of this notification"
                          rf"|\b[Ww]ithin\s+(?P<n2>\d{{1,4}}|{EN_NUMBER})\s+(?P<unit2>day|month|year)s?\s+(?:of|after|from)\s+"
                          r"(?:the\s+(?:issuance|publication|notification)\s+of\s+)?this\s+"
                          r"(?:[Nn]otification|[Nn]otice|[Pp]olicy|[Pp]lan|[Ss]cheme|[Ss]trategy|[Pp]rogramm?e|"
                          r"[Gg]uidelines?|[Cc]ircular|[Aa]ct|[Rr]egulation)\b")
_EN_BY_YEAR = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Bb]efore|[Tt]hrough|[Ii]n|[Nn]ot? later than|[Oo]n or before"
                         r"|(?:[Tt]he )?[Ee]nd of"
                         r"|(?:targets?|goals?|objectives?) for"
                         # a sum for a fiscal year: "$50,000,000 for fiscal year 2027", "for each of fiscal years 2027"
                         r"|[Ff]or(?:\s+each\s+of)?(?=\s+(?:the\s+)?fiscal\s+years?\s)"
                         # …or each of the years a rate holds in: "by 2 per cent in each of 2026-27 and 2027-28"
                         r"|[Ii]n\s+each\s+of)\s+"
                         r"(?:the end of\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?"
                         r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+)?"  # "by the 31st March, 2028"
                         rf"(?:(?:the\s+)?(?:fiscal|calendar)(?:\s+years?)?\s+)?{PART_OF_YEAR}$")
# a horizon counted in years from the document's date: "within two years", "over the next three years",
# "三年内", "未来5年" (not "within 3 years of entry into force", counted from something else)
# A range of years ("利用3-5年时间", "3至5年内", "within three to five years") is dated by its end, the latest
# the text allows: what is to be done in 3 to 5 years is due within 5, and its start is a year the text
# says the goal may not yet be reached by. Months count as the text's date plus so many months, rounded to
# the year they end in, as "within 18 months of the date of this order" is; but only a horizon a plan sets
# ("Within 12 months, build…", "over the next 18 months", "未来6个月", "用6个月时间"): a trailing "within 6
# months" and "申请日前12个月内" are time limits of a procedure.
_N_EN = rf"(?:\d{{1,2}}|{EN_NUMBER})"
_N_ZH = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})"
_TO = r"\s*(?:[-—–～~至到]|\bto\b)\s*"
_HORIZON = re.compile(rf"\b(?:[Ww]ithin|[Ii]n|[Oo]ver)\s+(?:the\s+)?(?:next\s+)?(?:{_N_EN}{_TO})?(?P<en>{_N_EN}|a)"
                      r"\s+(?P<enunit>year|month|decade)s?\b(?!\s+(?:of|after|from|following)\b)"
                      # (one, uncounted: "Over the next decade, the plan aims to double …")
                      r"|\b(?:[Ww]ithin|[Ii]n|[Oo]ver)\s+the\s+next\s+(?P<one>decade)\b(?!\s+(?:of|after|from|following)\b)"
                      rf"|(?:未来|今后)(?:{_N_ZH}{_TO})?(?P<zh>{_N_ZH})(?P<zhunit>年|个月)(?!\d)"
                      # (not the years looked back on: "供应商须具有近三年内…业绩", "过去五年内")
                      rf"|(?<![\d\-—～~至到一二两三四五六七八九十近去往])(?:{_N_ZH}{_TO})?(?P<zhin>{_N_ZH})(?P<zhinunit>年)内"
                      rf"|(?:用|利用)(?:{_N_ZH}{_TO})?(?P<zhuse>{_N_ZH})(?P<zhuseunit>年|个月)(?:时间|左右)")
# a horizon counted from the document's issuance ("自本方案印发之日起18个月内") or from a date it names ("over
# five years from 1 July 2024": that date's year and five); not "自取得许可之日起30日内", a procedure's limit
_FROM_ISSUE_ZH = re.compile(r"自本(?:方案|办法|通知|意见|计划|规划|条例|细则|措施|决定|规定)"
                            rf"(?:印发|发布|公布|实施|施行)之日起(?:{_N_ZH}{_TO})?(?P<n>{_N_ZH})(?P<unit>年|个月)(?:内|之内|时间)")
_FROM_DATE_EN = re.compile(rf"\b(?:[Ww]ithin|[Oo]ver|[Ii]n)\s+(?:the\s+)?(?:next\s+)?(?:{_N_EN}{_TO})?(?P<n>{_N_EN})\s+"
                           r"(?P<unit>year|month)s?\s+(?:from|after|starting(?:\s+on)?|beginning(?:\s+on)?)\s+"
                           rf"(?:\d{{1,2}}\s+(?:{MONTHS})\s+|(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?|FY\s?)?"
                           r"(?P<year>(?:19|20)\d{2})\b")
# the life of what the document sets up, counted from its date: "Over the five-year life of the program, SC intends
# to support …" in a notice of 2026 runs to 2031, as "over the next five years" does
_LIFE_EN = re.compile(rf"\b(?:[Ww]ithin|[Ii]n|[Oo]ver|[Dd]uring)\s+(?:the|its)\s+(?P<n>{_N_EN})-year\s+"
                      r"(?:life|lifetime|lifespan|duration|term)\s+of\s+(?:the|this|its)\s+"
                      r"(?:program|programme|plan|strategy|project|initiative|partnership|scheme|mission|fund)\b")
# an IMF programme's test dates: "at end-December 2025", "by end-March 2026", "by end-2026"
_END_DASH_EN = re.compile(rf"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]hrough|[Bb]efore)\s+end-(?:(?:{MONTHS})\s+)?"
                          r"(?P<year>(?:19|20)\d{2})\b")
# a horizon with no year, which ends the reach of a deadline before it: "… by FY2027 and, in the longer term, to create
# 100 unicorns" (no year of the goals after it)
_LONG_TERM_EN = re.compile(r"\b(?:in|over)\s+the\s+(?:longer|long|very\s+long)\s+(?:term|run)\b", re.I)
# the middle of the century the document is in: "到本世纪中叶", "by the middle of the century", "by mid-century"
_MID_CENTURY = re.compile(r"本世纪中叶|\b(?:the\s+)?middle\s+of\s+(?:the|this)\s+century\b|\bmid-century\b", re.I)
# a horizon's years spelled out in brackets after it: "用三年时间（2025—2027年）", "within three years (2025-2027)"
_SPELLED_SPAN = re.compile(r"\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:[-—–～~至到]|\bto\b)\s*((?:19|20)\d{2})"
                           r"\s*年?\s*[）)]")
_HORIZON_OPENS = re.compile(r"(?:^|[.;:!?\n])\s*(?:\(\w{1,4}\)\s*)*$")
# a model or compliance year a level is required for: "at least 20% … for the 2026 model year"
_MODEL_YEAR = re.compile(r"\bfor the\s+(?P<year>(?:19|20)\d{2})\s+(?:model|compliance)\s+year\b", re.I)
_SAME_YEAR = re.compile(r"\b(?:by|in)\s+the\s+same\s+year\b", re.I)
# a school or academic year ends in its second year: "by the end of the 2027-2028 school year" is 2028
_SCHOOL_YEAR = re.compile(r"\b(?:by|until|before|end\s+of)\s+the\s+(?:end\s+of\s+the\s+)?"
                          r"(?P<first>(?:19|20)\d{2})\s*[-–/]\s*(?P<second>(?:19|20)?\d{2})\s+(?:school|academic)\s+year\b",
                          re.I)
# the decade the document is in ends in the next year ending in 0: "by the end of the decade" in 2023 is 2030
_DECADE_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+decade\b", re.I)
# the UK Parliament the document is in, which sits five years at most from its first meeting: "by the end of this
# Parliament", "over this Parliament" (the general elections that opened them: July 2024 opens the one ending in 2029)
_THIS_PARLIAMENT = re.compile(r"\b(?:[Bb]y|[Oo]ver|[Dd]uring|[Ww]ithin|[Ii]n\s+the\s+course\s+of)\s+"
                              r"(?P<phrase>(?:the\s+end\s+of\s+)?(?:this|the\s+current)\s+Parliament)\b")
# …or the next one, whose end no date fixes: "an ambition to reach 3% in the next Parliament" (no year, not the
# sentence's other one)
_NEXT_PARLIAMENT = re.compile(r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Bb]y\s+the\s+end\s+of)\s+"
                              r"(?P<phrase>the\s+next\s+Parliament)\b")
_UK_ELECTIONS = ("2015-05-07", "2017-06-08", "2019-12-12", "2024-07-04")


def _parliament_end(date: str) -> int | None:
    """The year the UK Parliament sitting on date (ISO) must end: five years after the election that opened it."""
    opened = [e for e in _UK_ELECTIONS if e <= date[:10]]
    return int(opened[-1][:4]) + 5 if opened and date[:4].isdigit() else None


# this year's goals in a plan or a government work report: "全年新增就业岗位不少于12万个", "年内新增30项", "确保年底前
# 高校毕业生去向落实率不低于90%" (not a named year's 2027年底前, nor 明年底前)
_THIS_YEAR_ZH = re.compile(r"全年|(?<![\d一二两三四五六七八九十])年内"
                           r"|(?<![\d〇零一二两三四五六七八九十明今去后上本])年底(?:前|之前)")
# (or the day a rule takes effect: "自2026年1月1日起，…全年能源消耗效率（APF）不应低于5.00")
_NAMED_BEFORE_ZH = re.compile(r"(?<![\d比较由从])((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?起|(?![\d月]|底|末|前))"
                              r"[^。；;！？\n]*$")
# …or the year heading its whole sentence, past a "；": "2025年，省级一般公共预算支出…；全年发行新增…债券1420亿元"
_NAMED_OPENING_ZH = re.compile(r"(?:^|(?<=[。！？\n]))\s*((?:19|20)\d{2})年[，,][^。！？\n]*$")
# a five-year plan's period: "十四五"期间, 到"十四五"末 end in its last year (十四五: 2021-2025)
_PLAN_PERIOD = re.compile(r"[“\"「]?十(?P<n>[一二三四五六七八九])五[”\"」]?(?:期间|期末|末|时期|规划期)")


# the year a required change applies from: "must fall by 45% from 2030, 65% from 2035" (a year not before the
# document's, and not a baseline: "45% from 2019 levels", "from 2020 to 2030")
_APPLIES_FROM = re.compile(r"\d\s*(?:%|percent|per cent)?\s+(?:from|as of|as from|starting(?: in)?)\s+$"
                           # …or the year a rule or standard starts to hold: "From 1 January 2028, new data centres
                           # must …", "facilities commissioned from 2027 will be designed to a PUE of 1.3 or lower"
                           r"|\b(?P<rule>from|as from|starting(?: in| from)?|beginning(?: in)?|with effect from)\s+"
                           rf"(?:\d{{1,2}}\s+(?:{MONTHS})\s+|(?:{MONTHS})\s+(?:\d{{1,2}},\s*)?)?$", re.I)
# …but not a rate that changes from then: "must pay apprentices at least £7.55 an hour from April 2025", "£500m a
# year from 2027", "Fund at least 1 000 fellowships per year … from 2026" (a wage, a fee, a yearly sum or count
# from when it starts, not a level to reach by then, as "自2025年起，每年…" is not)
# the year a yearly count starts in: "beginning in fiscal year 2028" (with _RATE, no deadline)
_STARTS_IN = re.compile(r"\b(?:beginning|starting|commencing)\s+(?:in|with)\s+(?:(?:the\s+)?fiscal\s+year\s+)?$", re.I)
_RATE = re.compile(r"[£$€¥]\s?\d[\d,.]*\s*(?:[mb]n?|million|billion)?\s+(?:an?|per)\s+(?:hour|day|week|month)\b"
                   r"|\b(?:an?|per|each|every)\s+year\b|\b(?:annually|yearly)\b", re.I)
_BASELINE_AFTER = re.compile(r"\s*(?:(?:levels?|baselines?|figures|values|emissions|to)\b|[-–])", re.I)
# what a year is compared with, or a goal builds on, is no deadline: "比2020年", "较上年", "在去年基础上"
_COMPARED = re.compile(r"(?:比|较|相比|相较|同比)\s*$")
_SINCE_ZH = re.compile(r"年?(?:度)?(?:起|开始|以来)")  # "自2025年起，每年安排…": when it starts, no deadline
# …unless what starts then is a level to hold, not a yearly sum or count: "2027年起，新建数据中心PUE不得高于1.25"
_YEARLY_ZH = re.compile(r"每年|年均|每年度|逐年|以来")
# a Chinese day as a deadline: "2026年12月31日前", "到2026年6月30日", or the day a standard holds from:
# "自2026年1月1日起，新建数据中心PUE不得高于1.25" (not a day the text names in passing: "2025年11月3日印发的方案")
_DAY_ZH = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?P<when>前|之前|以前|起|开始)?")
_FROM_LEVEL = re.compile(r"(?:由|从)\s*$")  # …and the year a change starts from, before its level: "由2020年的7.8%"
# "达到2022年的1.1倍", "达到2025年的三倍", "恢复并超过2019年水平": that year's level
_BASE = re.compile(r"的?(?:基础上|基础(?!设施)|同期|水平)|的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})倍")


def _doc_year(date: str) -> int | None:
    m = re.search(r"(?:19|20)\d{2}", date or "")
    return int(m.group()) if m else None


def _after(date: str, n: int, unit: str) -> int | None:
    """The year n days, months or years after an ISO date (a year alone will do for years)."""
    try:
        day = datetime.date.fromisoformat(date[:10])
    except ValueError:
        base = _doc_year(date)
        return base + n if base and unit == "year" else None
    if unit == "day":
        try:
            return (day + datetime.timedelta(days=n)).year
        except OverflowError:  # past 9999-12-31, where dates end: the year it would be
            return day.year + (day.timetuple().tm_yday - 1 + n) // 365
    return day.year + (day.month - 1 + n) // 12 if unit == "month" else day.year + n


def five_year_plan_end(numeral: str) -> int:
    """The last year of a five-year plan named by the numeral of 十X五: 四 (十四五, the 14th, 2021-2025) -> 2025."""
    return 1955 + 5 * (10 + int(zh_number(numeral)))


_CAME_OUT_IN = re.compile(r"(?<!will be )(?<!to be )(?<!shall be )(?<!would be )\b(?:published|issued|released|"
                          r"unveiled|adopted|enacted)\s+in\s+$")
# a project's own end, a deadline whose year the text does not give: "by project closing", "by the end of the Project"
_PROJECT_END = re.compile(r"\bby\s+(?:the\s+)?(?:project\s+(?:closing|completion|close)|closing\s+date|"
                          r"end\s+of\s+the\s+[Pp]roject)\b")
# …and in a Chinese funding guide, the end of the project's term it states: "实施周期至2027年12月。…项目完成时，…"
_PROJECT_DONE_ZH = re.compile(r"项目(?:完成|结束|验收|执行期满|实施期满)时")
_PROJECT_TERM_ZH = re.compile(r"(?:实施|执行|建设)(?:周期|期限|期)(?:为)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?"
                              r"(?:至|到|—|-)(?P<year>(?:19|20)\d{2})年")
# a results framework's dated label: "End target (June 2029): 180,000", "Target (2027): 95%"
_TARGET_LABEL_EN = re.compile(r"(?<![\w-])target\s*\((?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d{2})\)\s*:"
                              r"|(?<![\w-])(?:FY\s?)?(?P<year2>(?:19|20)\d{2})\s+target:", re.I)


def find_years(text: str, date: str, period: int | None = None, project_end: int | None = None) -> list[YearPhrase]:
    """Every year phrase, in order; relative years ("next year", "within 180 days of the date of this
    order") resolve against the document date (ISO). period: the year a report reports on, where it is
    published after it ("2025年…统计公报" of 2026-03-18), which its 全年 and 年内 name. project_end: the year a
    project closes (a World Bank PAD's closing date), which "by project closing" names."""
    base = _doc_year(date)
    out = []
    for m in _WITHIN_DATE.finditer(text):
        n, unit = m.group("n") or m.group("n2"), m.group("unit") or m.group("unit2")
        year = _after(date or "", int(n) if n.isdigit() else en_number(n), unit)
        out.append(YearPhrase(m.start(), m.end(), year, True))
    for m in _PLAN_PERIOD.finditer(text):
        out.append(YearPhrase(m.start(), m.end(), five_year_plan_end(m.group("n")), False))
    for m in _DECADE_END.finditer(text) if base else ():
        out.append(YearPhrase(m.start(), m.end(), base // 10 * 10 + 10, False))
    for m in _THIS_PARLIAMENT.finditer(text) if base else ():
        out.append(YearPhrase(m.start("phrase"), m.end(), _parliament_end(date), False))
    for m in _NEXT_PARLIAMENT.finditer(text) if base else ():
        out.append(YearPhrase(m.start("phrase"), m.end(), None, False))
    for m in _MID_CENTURY.finditer(text) if base else ():
        out.append(YearPhrase(m.start(), m.end(), base // 100 * 100 + 50, False))
    for m in _FROM_ISSUE_ZH.finditer(text) if date else ():
        n = m.group("n")
        count = int(n) if n.isdigit() else int(zh_number(n))
        out.append(YearPhrase(m.start(), m.end(), _after(date, count, "year" if m.group("unit") == "年" else "month"),
                              False))
    for m in _END_DASH_EN.finditer(text):
        out.append(YearPhrase(m.start(), m.end(), int(m.group("year")), False))
    for m in _LONG_TERM_EN.finditer(text):
        out.append(YearPhrase(m.start(), m.end(), None, False))
    for m in _LIFE_EN.finditer(text) if base else ():
        n = m.group("n")
        out.append(YearPhrase(m.start(), m.end(), base + (int(n) if n.isdigit() else en_number(n)), False))
    for m in _FROM_DATE_EN.finditer(text):
        n = m.group("n")
        count = int(n) if n.isdigit() else en_number(n)
        month = next((i for i, name in enumerate(MONTHS.split("|"), 1) if name in m.group()), 1)
        start = f"{m.group('year')}-{month:02d}-01"
        out.append(YearPhrase(m.start(), m.end(), _after(start, count, m.group("unit")), False))
    for m in _THIS_YEAR_ZH.finditer(text) if base else ():
        # the year its sentence names before it, if any: "2025年，全年累计发放…" is 2025's, not the document's
        named = (_NAMED_BEFORE_ZH.search(text, max(0, m.start() - 60), m.start())
                 or _NAMED_OPENING_ZH.search(text, max(0, m.start() - 120), m.start()))
        out.append(YearPhrase(m.start(), m.end(), int(named.group(1)) if named else period or base, False))
    for m in _HORIZON.finditer(text) if base else ():
        n = m.group("en") or m.group("zh") or m.group("zhin") or m.group("zhuse") or "1"
        count = int(n) if n.isdigit() else 1 if n.lower() == "a" else en_number(n) if n.isascii() else int(zh_number(n))
        unit = m.group("enunit") or m.group("zhunit") or m.group("zhinunit") or m.group("zhuseunit") or m.group("one")
        count *= 10 if unit.lower() == "decade" else 1  # "within one decade", "within a decade": ten years
        months = unit.lower().startswith("month") or unit == "个月"
        if months and m.group("en") and "next" not in m.group() and not _HORIZON_OPENS.search(text, 0, m.start()) \
                and not _ends_order(text, m.start(), m.end()):
            continue
        year = _after(date, count, "month") if months else base + count
        if spelled := _SPELLED_SPAN.match(text, m.end()):  # "用三年时间（2025—2027年）": the years it spells out
            year = int(spelled.group(1))
        out.append(YearPhrase(m.start(), m.end(), year, False))
    for m in YEAR.finditer(text):
        if (m.group("zh") or m.group("zhrel")) and (_COMPARED.search(text, max(0, m.start() - 3), m.start())
                                                   or _BASE.match(text, m.end())
                                                   or _FROM_LEVEL.search(text, max(0, m.start() - 2), m.start())
                                                   and text.startswith("的", m.end())
                                                   or _SINCE_ZH.match(text, m.end())
                                                   and _YEARLY_ZH.search(_sentence(text, m.start()))):
            continue  # "能耗比2020年下降14%", "在去年基础上翻一番", "由2020年的7.8%": a year compared with
        if m.group("zh") or m.group("en"):
            applies = m.group("en") and _APPLIES_FROM.search(text, max(0, m.start() - 40), m.start())
            if m.group("en") and not _EN_BY_YEAR.search(text[max(0, m.start() - 40):m.start()]) and not (
                    applies and not _BASELINE_AFTER.match(text, m.end())
                    and (base is None or int(m.group("en")) >= base)
                    and not (applies.group("rule") and _RATE.search(_sentence(text, m.start())))):
                continue  # a bare four-digit number in English is a year only after by/in/until
            if m.group("en") and _STARTS_IN.search(text, max(0, m.start() - 40), m.start()) \
                    and _RATE.search(_sentence(text, m.start())):
                continue  # "training … 25,000 individuals each year …, beginning in fiscal year 2028": when it starts
            written = m.group("zh") or m.group("en")
            out.append(YearPhrase(m.start(), m.end(), int(written if written.isascii() else zh_number(written)), False))
        else:
            rel = _REL_YEAR[m.group().lower()]
            out.append(YearPhrase(m.start(), m.end(), base + rel if base else None, False))
    for m in _DAY_ZH.finditer(text):
        by = text[max(0, m.start() - 2):m.start()]
        starts = m.group("when") in ("起", "开始")
        if (m.group("when") and not (starts and _YEARLY_ZH.search(_sentence(text, m.start())))
                or by.endswith(("到", "至")) and not by.endswith("截至")):
            out.append(YearPhrase(m.start(), m.end(), int(m.group("year")), False))
    for start, end, year in roc_years(text):  # "至民国116年前": the Republic of China's year 116, 2027
        out.append(YearPhrase(start, end, year, False))
    for m in SPLIT_YEAR.finditer(text):
        first = int(m.group("year"))
        if int(m.group("next")) == (first + 1) % 100 and _EN_BY_YEAR.search(text[max(0, m.start() - 40):m.start()]):
            out = [y for y in out if y.end <= m.start() or y.start >= m.end()]  # its "2027" of "2027–28"
            starts = _STARTS_IN.search(text, max(0, m.start() - 40), m.start())
            if not (starts and _RATE.search(_sentence(text, m.start()))):
                # (not when a yearly count starts: "…, starting in 2026-27, to … support 1,000 … each year")
                out.append(YearPhrase(m.start(), m.end(), first + 1, False))
    for m in _FISCAL_YEAR.finditer(text):  # "by FY2027": the fiscal year, named by the year it ends in
        first, second = int(m.group("year")), m.group("next")
        if second is not None and int(second) != (first + 1) % 100:
            continue  # "FY 2025-30": a span, not one year
        out = [y for y in out if y.end <= m.start() or y.start >= m.end()]  # its own "2026-27" read as a split year
        out.append(YearPhrase(m.start(), m.end(), first + 1 if second is not None else first, False))
    for m in _PROJECT_END.finditer(text):
        out.append(YearPhrase(m.start(), m.end(), project_end, False))
    term = _PROJECT_TERM_ZH.search(text)
    for m in _PROJECT_DONE_ZH.finditer(text) if term else ():
        out.append(YearPhrase(m.start(), m.end(), int(term.group("year")), False))
    for m in _TARGET_LABEL_EN.finditer(text):
        out = [y for y in out if y.end <= m.start() or y.start >= m.end()]
        out.append(YearPhrase(m.start(), m.end(), int(m.group("year") or m.group("year2")), False))
    for m in _PERIOD_END_EN.finditer(text):  # "by the end of the policy period": the end of the span it is named for
        spans = list(_NAMED_SPAN.finditer(text, 0, m.start()))
        if spans:
            out.append(YearPhrase(m.start(), m.end(), int(spans[-1].group("end")), False))
    for m in _YEAR_RANGE_EN.finditer(text):  # "from FY2025 to the end of FY2030": by its end, its start none
        out = [y for y in out if y.end <= m.start() or y.start >= m.end()]  # "over five years from 2023 to …"
        year = (int(m.group("split_end")) + 1 if m.group("split_end")
                else int(m.group("end") or m.group("fy_end") or m.group("fys_end") or m.group("cal_end")
                         or m.group("btw_end") or m.group("par_end")))
        out.append(YearPhrase(m.start(), m.end(), year, False))
    for m in _SCHOOL_YEAR.finditer(text):
        first, second = m.group("first"), m.group("second")
        out.append(YearPhrase(m.start("first"), m.end(), int(first[:2] + second[-2:]), False))
    for m in _MODEL_YEAR.finditer(text):
        out.append(YearPhrase(m.start(), m.end(), int(m.group("year")), False))
    for m in _SAME_YEAR.finditer(text):  # "… by 2030, … by the same year": the year named before it
        named = [y for y in out if y.end <= m.start() and y.year is not None and not y.counted]
        if named:
            out.append(YearPhrase(m.start(), m.end(), max(named, key=lambda y: y.end).year, False))
    # the year a document came out is no deadline: "the Green Data Centre Roadmap published in 2024 set out our
    # ambition to add at least 300 megawatts" (not "will be launched in 2027")
    out = [y for y in out if not _CAME_OUT_IN.search(text, max(0, y.start - 40), y.start)]
    return sorted(out, key=lambda y: y.start)


def _sentence(text: str, at: int) -> str:
    """The sentence around text[at]."""
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    end = _SENTENCE_STOP.search(text, at)
    return text[start:end.start() if end else len(text)]


_SENTENCE_STOP = re.compile(r"[.;!?\n](?!\d)|[。；！？]")  # not a decimal point: "£7.55"


# the end of a sentence, right after a horizon
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.;!?\n]|$)")


def _ends_order(text: str, start: int, end: int) -> bool:
    """Whether the horizon at text[start:end] ends a sentence that orders something made: "Set up a curriculum
    in at least 20 colleges within 18 months." (not "Applicants shall respond within 6 months.")."""
    s0 = max(text.rfind(c, 0, start) for c in ".;:!?\n") + 1
    return bool(_SENTENCE_END_AFTER.match(text, end)) and opens_imperative(text, s0, True)
