"""Which year dates a goal: of a sentence's year phrases, the one its goal is to be reached by (goal_year),
whether a year phrase says by when (is_deadline), and the deadline a list's lead-in sets for its items
(lead_year). Finding the year phrases is years.py's."""

from __future__ import annotations

import re

from ingest.metadata import MONTHS
from ingest.years import PART_OF_YEAR, YearPhrase, find_years

# a deadline that opens its sentence governs the sentence's verb: "(a) By February 28, 2025, the Secretary
# shall"; _MARKER is what may come before a counted deadline that opens one ("(iii) Within 540 days of…")
_MARKER = r"\W*(?:\(\w{1,4}\)\s*)*"
_OPENING = re.compile(rf"{_MARKER}(?:[Bb]y|[Ww]ithin|[Nn]o later than)\s+"
                      r"(?:[A-Z][a-z]+\s+\d{1,2},\s*|\d{1,2}\s+[A-Z][a-z]+\s+)?$")
_OPENING_COUNTED = re.compile(rf"{_MARKER}$")
_OPENS_WITH = re.compile(r"(?:[Bb]y|[Ww]ithin|[Nn]o later than)\b")
# …unless the goal carries its own: "(b) Within 120 days …, the goal of training 500 new researchers by 2025"
_ATTACHED = re.compile(r"\s*(?:[\w-]+\s+){0,3}(?:by|in|before|until|no later than)\s+(?:the end of\s+)?"
                       r"(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?|\d{1,2}\s+[A-Z][a-z]+\s+)?")
# …or the goal stands in a clause of its own, with the year after it: "(i) within 180 days …, establish an
# Initiative that trains at least 100,000 workers in AI skills programs by 2028" (the opening deadline is the
# establishing's; not "(a) By February 28, 2025, … identify 3 sites … for a data centre by the end of 2027")
_OWN_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?:will\s+|shall\s+)?[a-z]+s?\b"
                         r"|\bwith the (?:aim|goal|objective) of\b")
# …or what the opening deadline dates is a plan to be handed in, and the goal that plan's: "Within 90 days of the
# date of this order, the Secretary shall submit to the President a plan to reach 1 million apprentices" (the
# plan is due in 2025, the million by no year the text gives)
_PLAN_DUE = re.compile(r"\b(?:submit|develop|prepare|deliver|present|issue)\b[^.;:]{0,80}?\b(?:an?|the)\s+"
                       r"(?:[\w-]+\s+){0,3}(?:plan|strategy|roadmap|proposal|report)\s+(?:to|for|on|that)\b")


# a past event a sentence opens with the date of: "In February 2025, … announced …"
_EVENT_DATED = re.compile(r"\b[Ii]n\s+(?:[A-Z][a-z]+\s+)?$")
_EVENT_VERB = re.compile(r"\b(?:announced|launched|presented|adopted|unveiled|published|agreed|signed|endorsed|"
                         r"proposed|introduced)\b")


def _nearest(years: list[YearPhrase], lo: int, hi: int, *, last: bool) -> YearPhrase | None:
    inside = [y for y in years if lo <= y.start and y.end <= hi]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


# a Chinese goal's own time frame, with no year to count from: "利用3-5年时间", "5年内"
_SPAN_ZH = re.compile(r"\d+(?:\s*[-—～~至到]\s*\d+)?\s*年(?:时间|内|左右)")


def goal_year(text: str, years: list[YearPhrase], sentence: tuple[int, int], start: int, end: int, stop: int,
              zh: bool) -> YearPhrase | None:
    """The year phrase that dates the goal at text[start:end] in its sentence, or None. Chinese puts
    the year first ("到2025年…达到"); English after the goal ("reach 60 EFLOPS by 2027"), where one
    stands before stop (the next number or the sentence's end), else before it: except that a deadline
    opening the sentence governs its verb ("(a) By February 28, 2025, … identify 3 sites … for a data
    centre by the end of 2027") unless the goal carries its own year ("training 500 researchers by 2025")."""
    s0, s1 = sentence
    # a year in a bracketed aside closed before the goal dates the aside ("达到3.5%（2024年为2.9%），…不低于8%")
    # (only a year close before the goal can be its nearest; checking every year made long texts quadratic)
    years = [y for y in years if not (start - ASIDE_REACH <= y.start < start and _in_aside(text, y, start))]
    after = _nearest(years, end, min(stop, s1), last=False)
    own = _nearest(years, s0, start, last=True)
    if zh and own is None and _SPAN_ZH.search(text, s0, start):
        return after  # "利用3-5年时间，力争培训约1000名": its own time frame, not an earlier sentence's year
    if zh:  # a Chinese plan's year heads what follows it, sentence after sentence ("到2025年，…。…"); a year
        # after the goal's clause part opens the next one ("每年培养…20万人以上，到2030年实现…全覆盖"), unless it
        # closes them all
        if after and re.search(r"[，,；;]", text[end:after.start]):
            after = None
        # (not a year quoted in a sentence before, a claim's: "网传“2026年本市将发放10亿元算力券”的说法不实。")
        earlier = [y for y in years if y.end <= s0 and not quoted(text, y.start)]
        if own is None and re.search(r"每年|年均", re.split(r"[，,；;]", text[s0:start])[-1]):
            earlier = []  # "每年完成适配迁移的模型和应用不少于100个": a yearly count, no earlier sentence's year
        # (a deadline closing the goal's own sentence dates it before a year of the sentences before: "一期…，计划于
        # 2027年…前建成投运；二期…新增…5000PFLOPS，计划于2028年…前建成投运")
        return own or _closing_deadline_zh(text, years, end, s1) or _nearest(earlier, 0, start, last=True) or after
    before = own  # an English sentence's goal is not dated by the sentence before it
    # (a horizon's phrase holds its own preposition: "Within three years, we will put 13,000 … officers …")
    opening = _OPENING_COUNTED if before and (before.counted or _OPENS_WITH.match(text, before.start)) else _OPENING
    if (before and before.start >= s0 and opening.match(text, s0, before.start)
            and not (after and (_ATTACHED.fullmatch(text, end, after.start)
                                or _OWN_CLAUSE.search(text, before.end, start)
                                or _NEW_CLAUSE.search(text, before.end, start)))):
        return None if before.counted and not after and _PLAN_DUE.search(text, before.end, start) else before
    if before and not after and _EVENT_DATED.search(text, max(0, before.start - 14), before.start) and (
            _EVENT_VERB.search(text, before.end, start)):
        return None  # "In February 2025, … President von der Leyen announced InvestAI, an initiative to mobilise
        # €200 billion …": the day of the announcing, not of the goal
    if before and not after and _NEW_SUBJECT.search(text, before.end, start):
        return None  # "IMDA will update the framework by mid-2024, and AI Verify Foundation will grow …": IMDA's
    return after or before


# a deadline that closes a Chinese sentence for all of its goals: "…压缩至1个工作日以内，…压缩至80个工作日以内，
# 2024年底前全面实现。"
_CLOSING_DEADLINE_ZH = re.compile(r"\s*(?:前)?(?:全面|基本|全部|均|逐步)?(?:实现|完成|达到|达成|到位|落实|建成投用|"
                                  r"建成投产|建成投运|建成|投用|投产|投运|投入使用|上线运行|上线)"
                                  r"\s*[。；;]?\s*$")


# …or a closing part that calls the goals before it that year's: "…达到92%、…达到65%，是我省2025年农村供水保障工作的
# 主要目标。"
_CLOSING_GOAL_ZH = re.compile(r"[，,]\s*(?:这|此|以上|上述)?(?:均|都)?(?:是|为|作为)[^，,。；;]{0,12}$")
_GOAL_AFTER_ZH = re.compile(r"[^，,。；;]{0,24}?(?:主要|预期|工作|发展)?目标\s*[。；;]?\s*$")


def quoted(text: str, at: int, since: int | None = None) -> bool:
    """Whether at falls inside Chinese quotation marks, “…”, 「…」, opened since since (else in the 200 characters
    before it)."""
    before = text[max(0, at - 200) if since is None else since:at]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _closing_deadline_zh(text: str, years: list[YearPhrase], end: int, s1: int) -> YearPhrase | None:
    """The deadline that stands alone in the last part of the sentence, after the goal: "，2024年底前全面实现",
    "，2027年建成投用", "，计划于2027年6月30日前建成投运", or
    the year of the goals it says they are: "，是我省2025年…的主要目标"."""
    for y in years:
        # (a bare year too, its verb of completion ending the sentence: "，2027年建成投用。")
        if end <= y.start < s1 and not y.counted and y.year is not None \
                and re.search(r"[，,]\s*(?:力争|争取|计划|拟)?(?:于|在|到)?\s*$", text[max(end, y.start - 8):y.start]) \
                and _CLOSING_DEADLINE_ZH.match(text[y.end:s1]):
            return y
        if end <= y.start < s1 and not y.counted and y.year is not None \
                and _CLOSING_GOAL_ZH.search(text, max(end, y.start - 14), y.start) \
                and _GOAL_AFTER_ZH.match(text, y.end, s1):
            return y
    return None


# a clause with a subject and a modal of its own after a comma: what the year before it dates is not its goal
_NEW_SUBJECT = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
                          r"(?:will|shall|should|must|aims?|plans?|intends?)\b")
# …and a clause of the goal's own, its own year after it, whoever its subject: "Within three years, the Government
# will double …, and it aims to unlock up to £30 billion … by 2035"
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|it|they|we)"
                         r"\s+(?:will|shall|should|must|aims?|plans?|intends?)\b")
ASIDE_REACH = 200  # characters before a goal in which a bracketed aside's year is looked for


def _in_aside(text: str, year: YearPhrase, before: int) -> bool:
    """Whether the year stands in brackets that close before `before`: "（2024年为2.9%）"."""
    opened = max(text.rfind("（", 0, year.start), text.rfind("(", 0, year.start))
    if opened < 0 or max(text.rfind("）", opened, year.start), text.rfind(")", opened, year.start)) >= 0:
        return False
    closes = [c for c in (text.find("）", year.end), text.find(")", year.end)) if c >= 0]
    return bool(closes) and min(closes) < before


# a year a list's lead-in sets as the deadline of its items: "到2026年，…具体目标如下：", "2025年底前",
# "By 2030, the Union aims to achieve the following:" (not "2023年，全市取得以下成效：", a past year; nor
# "(k) Within 60 days of the date of this order, the Secretary shall establish a grand challenge … for
# the purpose of:", a deadline for the lead's own act, not for the goals its items name)
_DEADLINE_ZH = re.compile(r"(?:到|至)\s*$")
_DEADLINE_ZH_AFTER = re.compile(r"[\d〇零一二三四五六七八九]年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?)?"
                                r"(?:底|末|前|中旬|下旬)")
_DEADLINE_EN = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Bb]efore|[Nn]o later than|(?:[Tt]he )?[Ee]nd of"
                          r"|(?:targets?|goals?|objectives?) for)\s+"
                          rf"(?:the end of\s+)?(?:(?:{MONTHS})\s+(?:\d{{1,2}},\s*)?)?"
                          rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+)?{PART_OF_YEAR}$")
# the last sentence of a lead-in, which ends in its colon
_LEAD_SENTENCE = re.compile(r"(?:^|[。；;！？!?\n]|\.\s)((?:[^。；;！？!?\n.]|\.(?!\s))*[：:])\s*$")


def is_deadline(text: str, year: YearPhrase) -> bool:
    """Whether a dated year phrase says by when: "到2025年", "2025年底前", "by 15 March 2027", "targets for
    2030" (not a bare "2023年" or "in 2023", which may be the year of a statistic)."""
    before, phrase = text[max(0, year.start - 40):year.start], text[year.start:year.end + 1]
    return bool(_DEADLINE_EN.search(before) or (
        re.match(r"\d|[一二][〇零九]", phrase) and (_DEADLINE_ZH.search(before) or _DEADLINE_ZH_AFTER.search(phrase))))


def lead_year(lead: str, date: str, period: int | None = None) -> int | None:
    """The deadline a list's lead-in sets for its items, or None: the one year its last sentence (the
    one that ends in a colon) is to be reached by, as a date. Two different deadlines there leave it
    to the items."""
    m = _LEAD_SENTENCE.search(lead)
    if not m:
        return None
    found = set()
    for y in find_years(lead, date, period):
        if y.start >= m.start(1) and y.year is not None and not y.counted and is_deadline(lead, y):
            found.add(y.year)
    return found.pop() if len(found) == 1 else None
