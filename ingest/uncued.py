"""Read a goal whose number no cue word binds ("By 2030, 20 million ICT specialists should be employed",
"培育企业200家、人才1万名", "2027年目标值：90%"): how it compares and where it starts, from its context:
a subject with a modal, an appropriation, a fund's size, an item of a list of goals, a standing order,
a part "including" of the goal before, a Chinese trailing 以上 or change. targets.py finds the goals."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ingest import goal_signs as sign
from ingest.cues import COMPARATOR, EN_MAKE
from ingest.goal_context import DEADLINE_BEFORE_EN, opening_year, same_unit
from ingest.metrics import ZH_FILLER, metric_after, metric_before
from ingest.types import Target
from ingest.years import YEAR, YearPhrase


class Uncued(NamedTuple):
    """How an uncued number reads as a goal: its comparator ("" for none), where its span starts, what it
    measures where its context names it, and where it ends (past a trailing 以上). The rest say why it is
    one: share_goal, the words a Chinese share is of ("…的社区卫生服务中心…完成中医馆设置"); inherited, a
    part or the next item of the goal before; item, an item of a list or an order whose unit is the things
    counted; standing, an order of a yearly count; opening, the deadline opening its sentence; attached,
    the "by 2030" right after it."""

    comparator: str
    cue_at: int
    obj: str
    end: int
    share_goal: str = ""
    inherited: bool = False
    item: bool = False
    standing: bool = False
    opening: YearPhrase | None = None
    attached: re.Match | None = None


_TARGET_VALUE_ZH = re.compile(r"目标(?:值)?(?:为|是|[：:])\s*$")
_INDICATOR_ZH = re.compile(r"指标(?:名称)?[：:]\s*([^；;。：:]+?)\s*[；;。]")
# between a figure and its change on the year before: "…1.3万亿元，比上年增加", "4%左右安排，比上年提高"
_ON_LAST_YEAR_ZH = re.compile(r"(?:[^，,。；;]{0,4}[，,])?(?:比|较)(?:上年|去年|上一年)(?:同期)?"
                              r"(?:增加|提高|增长|减少|下降|降低|多|少)?")
_NEXT_ITEM_ZH = re.compile(r"、[\u4e00-\u9fff]{1,8}")
_INTENT_VERB_BEFORE = re.compile(r"\b(?:will|(?:aims?|plans?|intends?|seeks?) to)\s+(?:also\s+|jointly\s+)?"
                                 r"(?!(?:be|have|receive|get|pay|cost|need|require|include)\b)[a-z][\w-]*\s+$")


def _clause_end(text: str, end: int, s1: int) -> int:
    """Where the clause part after a figure ends: a semicolon, or ", and" before a new subject."""
    m = re.compile(r";|,\s+(?:and|while|but)\s").search(text, end, s1)
    return m.start() if m else s1


_WHAT_OF_EN = re.compile(r"(?:[A-Za-z][\w-]*\s+){1,3}of\s+")  # "(a) recycling of 75 %": what an item measures
_AT_LEAST_FOLLOWING_EN = re.compile(r"\bat\s+least\s+the\s+following\b", re.I)
_INCLUDING_EN = re.compile(r",\s*(?:including|of which)\s+(?:at\s+least\s+)?$", re.I)
# "ensure that 75% of enterprises…", "commits that 67% of its suppliers…", "sets the target that 75%…", "Our
# ambition is that 50 per cent…", "so that 92% of patients wait no longer than 18 weeks by March 2029": the share a
# goal's clause names
_ENSURE_THAT = re.compile(r"\b(?:ensur(?:e|es|ing)|requir(?:e|es|ing)|commit(?:s|ted)?|(?:target|goal|aim|ambition|"
                          r"objective)(?:\s+(?:is|was|will be))?"
                          r"|so)\s+that\s+$"
                          # …or the share a goal names a thing to reach: "sets the goal of renewable energy accounting
                          # for 40–50% of Japan's electricity generation in FY2040"
                          r"|\b(?:target|goal|aim|ambition|objective)\s+of\s+(?:[\w'’-]+\s+){1,6}?"
                          r"(?:accounting\s+for|making\s+up|reaching)\s+$", re.I)


# a second verb the subject of the goal before commits to, no other subject nor clause between: "… and undertake "
# the next share of an aim, in the same form as the one before, however long the words between: "aims for 90% of
# SMEs to reach at least a basic level of digital intensity and for 75% of enterprises to take up cloud"
# the words between one count and the next of the same verb: "100 unicorns and 100,000 startups"
_AND_THINGS_EN = re.compile(r"(?:\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+(?:and|as well as)\s+")
_AND_FOR_EN = re.compile(r"\band\s+(?:for|that)\s+$")
_AND_VERB_EN = re.compile(rf"(?:(?!\b(?:will|shall|must|should|is|are|was|were|has|have|had|which|that|who)\b)"
                          rf"[^.;:,])*\sand\s+(?:(?:also|to)\s+)?(?:{EN_MAKE}|undertake|conduct|complete|support|"
                          r"provide|serve|host|run|produce|add|hold|organi[sz]e|offer|upgrade|connect|equip|reach|"
                          r"auction|mobili[sz]e|invest|register|certify|place)\s+$", re.I)
# the capacity of the thing a goal before builds, in the next part: "…中试线1条，年流片能力2万片", "，日处理能力500吨"
_CAPACITY_ZH = re.compile(r"[，,]\s*(?P<what>(?:年|日|月)?[\u4e00-\u9fff]{0,8}?(?:能力|产能))(?:达到|达|为)?")
# a sentence that names its goal, then states it after a colon: "My budget sets a clear goal: by 2030, 70 percent of
# third graders will read at grade level"
_GOAL_COLON_EN = re.compile(r"\b(?:goals?|targets?|objectives?|ambitions?|aims?)(?:\s*:|\s+(?:is\s+)?that,?)\s*", re.I)


def _after_goal_colon(text: str, s0: int, start: int) -> int:
    """Where the goal of a sentence opening at s0 is stated: after its goal's colon ("Targets: by 2030, …") or
    "that" ("sets the target that, by 2030, 80% of adults will have …"), if any before start."""
    colons = list(_GOAL_COLON_EN.finditer(text, s0, start))
    return colons[-1].end() if colons else s0


def uncued_goal(text: str, quantities: list[dict], i: int, sentence: tuple[int, int], lo: int, *, zh: bool,
                suffix: re.Match | None, years: list[YearPhrase], prev_target: Target | None, goal_led: bool,
                leads: Sequence[str], inline: re.Match | None, goes_on: Callable[[int], bool]) -> Uncued:
    """How quantities[i], which no cue in text[lo:start] binds, reads as a goal in its sentence (see Uncued);
    its comparator is "" where nothing in its context makes it one. suffix: its trailing 以上, 左右…;
    prev_target: the goal before it in the sentence; goal_led, leads, inline and goes_on: the lists it is an
    item of, as extract_targets reads them."""
    q = quantities[i]
    s0, s1 = sentence
    nxt_start = quantities[i + 1]["start"] if i + 1 < len(quantities) else s1
    start, end = q["start"], q["end"]
    window = text[lo:start]
    comparator, cue_at, obj, share_goal, inherited, item, standing = "", start, "", "", False, False, False
    opening = attached = what_of = None
    clause_part = re.split(r"[，,；;。]", window)[-1]
    change = sign.CHANGE_BY_ZH.search(window) if (q["unit"] in ("%", "个百分点", "百分点", "倍")
                                              or sign.COMPARED_ZH.search(window)) else None
    if q.get("change"):  # "充电桩数量翻一番": the doubling is the goal ("cut child poverty in half": of it)
        comparator, cue_at, obj = "=", start, q.get("object", "")
    elif (not zh and i and (since := sign.FROM.search(text, s0, quantities[i - 1]["start"]))
          and sign.TO_AFTER_FROM.fullmatch(window)):
        # "grow from 20 EFLOPS last year to 40 EFLOPS by 2025", "from 4,000 in 2023 to 12,000 by
        # 2028": where a change from a figure goes is the goal (the figure it starts from is not);
        # the span reads from "from", so what changes is the words before it
        comparator, cue_at = "=", since.start()
        obj = metric_before(text, s0, cue_at)
    elif change and i and _ON_LAST_YEAR_ZH.fullmatch(text, quantities[i - 1]["end"], start):
        # "赤字规模5.66万亿元，比上年增加1.6万亿元": the figure before, compared; no goal of its own
        return Uncued("", start, "", end)
    elif change:  # "能耗比2020年下降14%以上", "提高5个百分点": a change by so much is the goal
        comparator, cue_at = "=", lo + change.start()
        # …and the change is part of what it measures: "数据产业规模年均增长20%" is no size of 20%
        if (q["unit"] == "%" and (what := metric_before(text, lo, cue_at))
                and not sign.COMPARED_ZH.search(window)):
            obj = what + change.group().strip()
        if suffix:
            comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
            end += len(suffix.group())
    elif suffix and sign.ZH_GOAL_VERB.search(clause_part):
        comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
        end += len(suffix.group())
        cue_at = start - len(clause_part)
    elif zh and q["unit"] == "%" and text[end:end + 1] == "的" and sign.ZH_SHARE_GOAL.search(
            clause_part + (of_what := re.split(r"[，,；;。]", text[end + 1:s1])[0])):
        comparator, cue_at, share_goal = "=", start - len(clause_part), of_what
        # what share: 社区卫生服务中心…完成中医馆设置; an aside in brackets is not part of it
        obj, end = re.sub(r"（[^）]*）|\([^)]*\)", "", of_what), end + 1 + len(of_what)
    elif (not zh and prev_target is not None and q["unit"] and len(window) <= 80
          and _AND_VERB_EN.fullmatch(window)):
        # "the Mission will auction more than 100 critical mineral blocks and undertake 1,200 exploration projects":
        # the object of a second verb of the same commitment, by its year
        comparator, cue_at, inherited = "=", start, True
    elif zh and prev_target is not None and q["unit"] and (capacity := _CAPACITY_ZH.fullmatch(window)):
        # "建设12英寸光电子芯片中试线1条，年流片能力2万片": the capacity of what the goal before builds, by its year
        comparator, cue_at, obj, inherited = "=", lo + capacity.start("what"), capacity.group("what"), True
    elif (prev_target is not None and (len(window) <= 60 or _AND_FOR_EN.search(window) and len(window) <= 120)
          and re.search(r"\band\b|、|，|,|和|及|以及", window)
          and (same_unit(q["unit"], prev_target.unit, zh)
               or not zh and q["unit"] and re.search(r"\bof\s+$", window)
               or zh and q["unit"] and _NEXT_ITEM_ZH.fullmatch(window)
               or not zh and q["unit"] and sign.NEXT_OBJECT_EN.search(window)
               and sign.BY_YEAR_AFTER.match(text, end)
               # "create 100 unicorns and 100,000 startups": the next things the same verb counts, right after
               or not zh and q["unit"] and q["num_end"] >= 0 and _AND_THINGS_EN.fullmatch(window)
               and not sign.MEASURE.match(q["unit"]) and not sign.MEASURE.match(prev_target.unit))):
        # "23% and 30%"; "worth more than 150 billion yuan and a computing capacity of 25 EFLOPS";
        # "高层次人才500名、高技能人才2万名" (名 and 万名 count the same); "培育企业200家、人才1万名": the
        # next item of what one verb makes, in its own unit
        # (as does the next things one verb counts: "at least 5,000 datasets and 500 models")
        comparator = (prev_target.comparator if same_unit(q["unit"], prev_target.unit, zh)
                      or not zh and _AND_THINGS_EN.fullmatch(window) and q["num_end"] >= 0 else "=")
        inherited = True
        if suffix and zh:  # "通用机场3个、垂直起降点150个以上": its own trailing 以上 says how
            comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
            end += len(suffix.group())
    elif suffix and prev_target is not None and zh:  # "就业1200万人以上，失业率5.5%左右": its own how
        comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
        end += len(suffix.group())
        cue_at = start - len(clause_part)
        # …and its own metric, the words before it ("…达到5亿元，服务中小企业1000家以上": 服务中小企业)
        obj = ZH_FILLER.sub("", YEAR.sub("", clause_part).strip(" 到至在于"))
    elif suffix and zh and (goal_led or sign.GOAL_ZH.search(text, s0, start)
                            or any(s0 <= y.start < start for y in years)):
        # "…主要预期目标是：…城镇调查失业率5.5%左右", "今年粮食产量1.4万亿斤左右": an indicator's level
        # in a list of goals or under its year; what it measures is the words before, less the year
        comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
        end += len(suffix.group())
        cue_at = start - len(clause_part)
        obj = ZH_FILLER.sub("", YEAR.sub("", clause_part).strip(" 到至在于"))
    elif (not zh and q["unit"] and (
            sign.DEADLINE_OPENING.fullmatch(text, _after_goal_colon(text, s0, start), start)
            or (sign.ITEM_OPENING.fullmatch(text, s0, start) and sign.BY_YEAR_AFTER.match(text, end))
            or sign.PURPOSE_OPENING.fullmatch(text, s0, start)
            and any(end <= y.start < s1 and not y.counted for y in years))
          and sign.MODAL_AFTER.match(text, end)):
        # "By 2030, 20 million ICT specialists should be employed in the EU", "80% of adults should
        # have basic digital skills by 2030", "To expand capacity …, 10,000 additional seats will be added
        # … in the next year": the goal is the subject, its deadline before or after
        comparator, cue_at = "=", start
    elif not zh and sign.MONEY.search(q["unit"]) and (granted := sign.APPROPRIATED.search(text, s0, start)):
        # what a bill authorizes to be appropriated, by its last year
        comparator, cue_at, obj = "=", start, sign.appropriation_metric(granted)
    elif (not zh and sign.MONEY.search(q["unit"]) and sign.FUND_BEFORE.search(text, s0, start)
          and (fund := sign.FUND_AFTER.match(text, end))):
        # "set up a RMB 10 billion chiplet … fund": the size of the fund set up
        comparator, cue_at, obj = "=", start, fund.group(1)
    elif (not zh and q["unit"] and not sign.MONEY.search(q["unit"])
          and (opening := opening_year(text, years, s0, start))
          and (sign.MODAL_VERB_BEFORE.search(text, opening.end, start)
               or sign.OPENING_IMPERATIVE.fullmatch(text, opening.end, start))):
        # "By 2028, Harbor City will convert 40 percent of port drayage trucks to zero-emission
        # vehicles", "By 2025, certify 12 laboratories", "Within 12 months, build 12 laboratories":
        # the object of what the sentence's deadline commits to or orders (a sum is what is paid);
        # a share measures what it is of, not the verb before it
        comparator, cue_at, item = "=", start, True  # a count's unit is read as the things counted
        obj = metric_after(text, end, s1) if q["unit"] == "%" else ""
    elif goal_led and q["unit"] and (sign.ITEM_OPENING.fullmatch(text, item_at := (
            max(s0, inline.end(1)) if inline and start > inline.end(1) else s0), start) or not zh and (
            any(sign.VERB_LEAD.search(lead) for lead in leads)
            and sign.ITEM_VERB.fullmatch(text, sign.ITEM_OPENING.match(text, item_at).end(), start)
            or (what_of := _WHAT_OF_EN.fullmatch(text, sign.ITEM_OPENING.match(text, item_at).end(), start)))):
        # "By 2030, the Government will meet the following targets:" then "(a) 20 exaflops of public
        # compute capacity;": an item of a list of goals that opens with its quantity, with the verb that
        # goes on its lead-in ("By 2030, the Council aims to:" then "place 1,500 graduates"), or with what it
        # measures ("shall achieve at least the following targets …:" then "(a) recycling of 75 %", at least)
        comparator, cue_at, item = "=", start, True
        if not zh and any(_AT_LEAST_FOLLOWING_EN.search(lead) for lead in leads):
            comparator = ">="
        if what_of:
            cue_at, obj = what_of.start(), re.sub(r"\s+of\s+$", "", what_of.group())
    elif zh and q["unit"] and (named := _TARGET_VALUE_ZH.search(text, s0, start)):
        # "2027年目标值：90%", "企业目标为300家": the value a target names (not "目标：1.…", an item's
        # number); what it measures is the indicator a line names ("指标：…覆盖率；"), else what comes before
        comparator, cue_at = "=", named.start()
        indicators = list(_INDICATOR_ZH.finditer(text, 0, named.start()))
        obj = indicators[-1].group(1).strip() if indicators else ""
    elif not zh and q["unit"] == "%" and _ENSURE_THAT.search(text, s0, start):
        # "will strive to ensure that 75% of European enterprises have taken up cloud services by 2030":
        # the share it ensures is the goal
        comparator, cue_at = "=", start
    elif (not zh and q["unit"] and not sign.MONEY.search(q["unit"]) and _INTENT_VERB_BEFORE.search(text, s0, start)
          and (due := next((y for y in years if end <= y.start < min(nxt_start, _clause_end(text, end, s1))), None))
          and not due.counted and DEADLINE_BEFORE_EN.search(text, end, due.start)):
        # "Japan intends to accept 1,000 Indian engineers … by 2030": the object of what its subject will do or
        # intends to do, by a deadline later in its clause (the first year after it, before the next figure; not the
        # day it happens: "will hold two listening sessions in March 2024")
        comparator, cue_at, item = "=", start, True
    elif not zh and (standing := sign.standing_order(text, s0, start, q)):
        comparator, cue_at, item = "=", start, True
    elif (not zh and q["unit"] and (attached := sign.BY_YEAR_AFTER.match(text, end))
          and (sign.COMMITTING_EN.search(text, s0, start) or goes_on(s0))):
        # "shall use 100 percent carbon pollution-free electricity by 2030", "a goal of building a
        # network of 500,000 chargers by 2030": a quantity with its own deadline, in a sentence
        # that commits to it
        comparator, cue_at = "=", start
    elif (not zh and prev_target is not None and _INCLUDING_EN.search(window)
          and (q["unit"] == prev_target.unit or prev_target.unit and q["unit"].endswith(f" {prev_target.unit}")
               or sign.MEASURE.match(q["unit"]) and not sign.MONEY.search(q["unit"]))):
        # "… 100 percent carbon pollution-free electricity by 2030, including 50 percent 24/7 …", "80% by
        # 2030, including 9 GW of onshore wind", "33,000 homes per year …, including 90,000 social homes": a part
        # of the goal before, as 其中 is in Chinese, by its year (not a sum set aside from it, nor things it
        # reaches: "including 40 companies in Ohio")
        comparator, cue_at, inherited = "=", start, True
    return Uncued(comparator, cue_at, obj, end, share_goal, inherited, item, standing, opening, attached)
