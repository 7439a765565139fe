"""Find quantified goals in a clause: "computing power to surpass 40 EFLOPS by 2025", "不低于4人".

A number is a target only when a goal cue binds it (reach, surpass, at least, 达到, 不低于, 力争,
a trailing 以上 after a goal verb) and the sentence reads as a goal: a year it is to be reached by,
or a goal word (aim, target, 目标, 力争). Dates, article numbers, fees, fines and eligibility limits
are not goals. Reading numbers with their units is quantities.py's part; the cues, cues.py's; which
year dates a goal, deadlines.py's; what it measures, metrics.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest import goal_signs as sign
from ingest.cues import (
    COMPARATOR,
    CUE_EN_VERB,
    CUE_ZH,
    CUE_ZH_VERB,
    EN_MAKE,
    FURTHER,
    SUFFIX_ZH,
    SYMBOL_CUE,
    WILL_VERB,
    ZH_MAKE,
    find_cue,
    opens_imperative,
)
from ingest.deadlines import goal_year, lead_year, quoted
from ingest.goal_context import (
    NOW_EN,
    earlier_things,
    indicator_standard,
    opening_year,
    paragraph_deadline,
    same_unit,
    sentence_spans,
    share_trailing_year,
    statistic,
)
from ingest.metrics import (
    CHANGE_ZH,
    ZH_FILLER,
    counted_things,
    held_for,
    helped,
    indicator,
    metric_after,
    metric_before,
    multiple_of,
    noun_after,
    object_after,
    sum_purpose,
    zh_object,
)
from ingest.quantities import quantities as find_quantities
from ingest.reported import answer_start, recited, reported
from ingest.text import HAN_CHAR
from ingest.types import Target
from ingest.years import YEAR, find_years

# an act a modal commits its subject to, just before the cue: "the Department of Energy shall bring at least
# 1 GW …", "will allocate at least 300 MW" (not what one is, has, gets or pays: "must be at least", "will
# receive at least", "will cover at least 50% of costs")
# (or what a Council's operative verb in capitals asks someone to do: "INVITES the Member States to reserve")
_MODAL_ACT = re.compile(r"(?:\b(?:will|shall|must)|\b(?-i:INVITES|CALLS\s+ON|URGES|ENCOURAGES|REQUESTS)\b[^;.]{0,80}?"
                        r"\bto)\s+(?:also\s+|\w+ly\s+)?(?!(?:be|have|receive|get|pay|cover|need|"
                        r"require|face|cost|include|contain|apply|qualify|last|take|remain|continue)\b)[a-z]+\s+$")
# a verb after a modal, just before a sum: "Semiconductor fabs will receive "
_VERB_AFTER_MODAL = re.compile(r"\b(?:will|shall|must|should|to)\s+(?:also\s+)?[a-z]+\s+$")
# ---- goals -------------------------------------------------------------------------------------


# a cue negated ("will not exceed", "shall not be less than") binds the other way
_NEGATED_EN = re.compile(r"\b(?:not|never)\s+(?:be\s+)?$", re.I)
_NEGATION = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "=": "=", "~": "~"}
_ONE_OF_MANY_EN = re.compile(r"\b(?:a\s+single|each|every|per|any|an\s+individual|any\s+one)\s+"
                             r"(?:project|grant|award|applicant|recipient|firm|company|household|person|beneficiary)\b",
                             re.I)
# a metric that is only the act ("建成", "年内上线"): what it makes follows the count
_VERB_ALONE_ZH = re.compile(rf"(?:各|分别|均|年内|当年|每年|全年|累计|新增)?"
                            rf"(?:{ZH_MAKE}|上线|部署|认定|发布|遴选|推广|吸引|引进)")
_TARGET_VALUE_ZH = re.compile(r"目标(?:值)?(?:为|是|[：:])\s*$")
# …and the word target that ends a metric read before it ("新增专精特新企业目标为"): no part of what is measured
_TARGET_WORD_END = re.compile(r"(?<=.)目标(?:值)?(?:为|是|[：:])?$")
_INDICATOR_ZH = re.compile(r"指标(?:名称)?[：:]\s*([^；;。：:]+?)\s*[；;。]")
# between a figure and its change on the year before: "…1.3万亿元，比上年增加", "4%左右安排，比上年提高"
_ON_LAST_YEAR_ZH = re.compile(r"(?:[^，,。；;]{0,4}[，,])?(?:比|较)(?:上年|去年|上一年)(?:同期)?"
                              r"(?:增加|提高|增长|减少|下降|降低|多|少)?")
# a scale a count's unit opens with: "20 million ICT specialists", "10 lakh youth" count specialists, youth
_SCALE_WORD = re.compile(r"^(?:thousand|million|billion|trillion|lakhs?|crores?)\s+")
# the figure a Chinese change starts from, just before its cue: "由2023年的41.2%", "从2万个"
_FROM_FIGURE_ZH = re.compile(r"(?:由|从)[^，,；;。由从]*?\d[^，,；;。由从]*$")
_MAKE_WORD = re.compile(rf"(?:{EN_MAKE})", re.I)  # "delivering at least 100 petaflops of …": the act alone
# …or a clause that ends in one: "each new facility uses"
_ENDS_IN_ACT_EN = re.compile(r"\s(?:uses|has|have|reaches|gets|makes|receives)$")
# a verb read as a share's metric: "use", "making"
_ACT_WORD_EN = re.compile(r"(?:use|using|make|making|get|getting|have|having|reach|reaching|provide|providing|"
                          r"reserve|reserving|allocate|allocating|ensure|ensuring|dedicate|dedicating|support|"
                          r"supporting|serve|serving)", re.I)
_PASSIVE_BEFORE = re.compile(r"\s+(?:will|shall|should|must|is to|are to|would)\s+be\s+(?:\w+ly\s+)?"
                             r"(?P<verb>[a-z]+ed)\s+(?:to\s+)?$")
_NEXT_ITEM_ZH = re.compile(r"、[\u4e00-\u9fff]{1,8}")
_MAKES_ZH = re.compile(r"设立|建设|建成|新建|培育|培养|打造|开放|发布|引进|新增|遴选|安排")
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_ALLOCATED_ZH = re.compile(r"安排|拨付|列支")
_INCLUDING_EN = re.compile(r",\s*(?:including|of which)\s+(?:at\s+least\s+)?$", re.I)
_RANK_BEFORE = re.compile(r"(?:\bthe|['’]s|\bits|\btheir)\s+top\s+$", re.I)
_MODAL_JUST_BEFORE = re.compile(r"\b(?:will|shall|must|should|would)\s+(?:also\s+|\w+ly\s+)?$")
_NO_OBJECT_AFTER = re.compile(r"\s+(?:by|in|within|over|to|from|until|before|through|compared|relative|as)\b"
                              r"|\s*[,.;:]|\s*$")
_THEREAFTER = re.compile(r"\s*,?\s*(?:thereafter|afterwards|after that|beyond that)\b", re.I)
# "ensure that 75% of enterprises…", "sets the target that 75%…", "Our ambition is that 50 per cent…", "so that 92%
# of patients wait no longer than 18 weeks by March 2029": the share a goal's clause names
_ENSURE_THAT = re.compile(r"\b(?:ensur(?:e|es|ing)|requir(?:e|es|ing)|(?:target|goal|aim|ambition|objective)"
                          r"(?:\s+(?:is|was|will be))?"
                          r"|so)\s+that\s+$", re.I)


def extract_targets(text: str, date: str = "", leads: Sequence[str] = (), period: int | None = None,
                    horizon: int | None = None) -> list[Target]:
    """Every quantified goal in a clause, in order; relative years resolve against date (ISO), and 全年 against
    period, the year a report published after it reports on (see find_years). horizon: the last year of the
    period a Chinese plan's title names, which dates its cued counts that have no year of their own.

    leads: the lead-ins of the lists the clause is an item of, innermost first ("到2026年，具体目标如下：",
    "(b) Within 120 days of the date of this order, the Secretary shall:"). The nearest deadline among
    them dates the item's goals that have no year of their own; a deadline or a goal word in them makes
    the item's cued numbers goals, as it would in the item's own sentence."""
    if recited(leads):
        return []  # an item of a bill's findings: what is, not what is to be
    years = find_years(text, date, period)
    inline = sign.INLINE_LEAD.search(text)  # "The strategy sets the following targets for 2030: (a) …; (b) …"
    if inline:
        leads = [text[:inline.end(1)], *leads]
    led_by = next((y for lead in leads if (y := lead_year(lead, date, period)) is not None), None)
    led = led_by is not None or any(sign.GOAL_ZH.search(lead) or sign.GOAL_EN.search(lead) for lead in leads)
    # "Under it, the Joint Undertaking will:" then "reserve at least 20% of …": the item's verb goes on its
    # lead-in's modal, so its first sentence commits as "The Joint Undertaking will reserve …" would
    willed = bool(leads) and bool(sign.VERB_LEAD.search(leads[0])) and bool(
        sign.ITEM_VERB.match(text, sign.ITEM_OPENING.match(text).end()))
    # …and so does each line after a lead-in in the same clause ("… will:\nlaunch a call …;\nreserve at least 20%")
    lines_go_on = inline is not None and bool(sign.VERB_LEAD.search(text[:inline.end(1)]))

    def goes_on(s0: int) -> bool:
        """Whether the sentence at s0 goes on its lead-in's verb (see willed)."""
        return (willed and s0 == 0 or lines_go_on and s0 >= inline.end(1)
                and bool(sign.ITEM_VERB.match(text, sign.ITEM_OPENING.match(text, s0).end())))
    sentences = sentence_spans(text)
    # the "30" of a financial year "2029–30" is part of its year, no quantity of its own; and a recommendation
    # quoted above the government's response to it sets none of the government's goals
    own = answer_start(text)
    quantities = [q for q in find_quantities(text, CUE_ZH) if q["start"] >= own
                  and not any(y.start < q["start"] and q["end"] <= y.end for y in years)]
    heads = paragraph_deadline(text, years, sentences, date)
    out: list[Target] = []
    prev_end, prev_target, prev_sentence = 0, None, None
    for i, q in enumerate(quantities):
        s0, s1 = next(span for span in sentences if span[0] <= q["start"] < span[1])
        # "(2) Main goals. By 2027, … will exceed 300 EFLOPS. The average PUE … will be reduced to below 1.25.": the
        # deadline that opens an English paragraph's goals dates the later sentences that commit, as a lead-in would
        paragraph_led = (heads is not None and s0 > heads[0] and led_by is None
                         and bool(sign.COMMITTING_EN.search(text, s0, s1)) and not NOW_EN.search(text, s0, s1))
        by, goal_led = (heads[1], True) if paragraph_led else (led_by, led)
        if prev_sentence != s0:
            prev_end, prev_target, prev_sentence = s0, None, s0
        lo, start, end = prev_end, q["start"], q["end"]
        # a number that is no goal does not cut the window of the next: "累计培育营业收入10亿元以上的设计企业20家"
        # counts 企业 with the verb before the revenue threshold
        prev_end = end if not CUE_ZH_VERB.search(text[lo:start]) else prev_end
        before = text[s0:start]
        if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
            continue  # "300 billion yuan (US$41.4 billion)", "1023个（小学563个、初中460个）": restated or split
        if quoted(text, start, since=s0):
            continue  # "实施“千人百家”淬炼提升工程": a number inside a quoted name is part of the name
        window = text[lo:start]
        zh = bool(HAN_CHAR.search(text[s0:s1]))
        if not zh and _PER_BEFORE.search(text, max(s0, start - 5), start):
            continue  # "10 doctors per 10,000 population": the density's denominator, no goal of its own
        cue = find_cue(window)
        comparator, cue_at, inherited, obj, share_goal, attached, item = "", start, False, "", "", None, False
        standing = False  # "Offer 200 scholarships every year": an order of a yearly count
        if cue and not zh and cue[0] == "=":
            standing = sign.standing_order(text, s0, start, q)  # "Train 500 teachers a year"
        opening = None
        suffix = SUFFIX_ZH.match(text[end:end + 4])
        bound = None if zh else sign.OR_BOUND.match(text, end)  # "a PUE of 1.2 or lower": at most 1.2
        if bound and (not cue or cue[0] == "="):
            cue = (">=" if bound.group("ge") else "<=", start - lo, cue[2] if cue else "")
            end = bound.end()
        if cue:
            comparator, cue_at, obj = cue[0], lo + cue[1], cue[2]
            if zh and not obj and (since := _FROM_FIGURE_ZH.search(text, s0, cue_at)):
                obj = metric_before(text, s0, since.start())  # "覆盖率由2023年的41.2%提高到…": 覆盖率
            if suffix and (comparator == "=" or suffix.group("approx") and comparator == "<="):
                # "培育10家以上": the trailing 以上 says how; "控制在5.5%左右": about, not at most
                comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                end += len(suffix.group())
        else:
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
                continue  # "赤字规模5.66万亿元，比上年增加1.6万亿元": the figure before, compared; no goal of its own
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
            elif (prev_target is not None and len(window) <= 60 and re.search(r"\band\b|、|，|,|和|及|以及", window)
                  and (same_unit(q["unit"], prev_target.unit, zh)
                       or not zh and q["unit"] and re.search(r"\bof\s+$", window)
                       or zh and q["unit"] and _NEXT_ITEM_ZH.fullmatch(window)
                       or not zh and q["unit"] and sign.NEXT_OBJECT_EN.search(window)
                       and sign.BY_YEAR_AFTER.match(text, end))):
                # "23% and 30%"; "worth more than 150 billion yuan and a computing capacity of 25 EFLOPS";
                # "高层次人才500名、高技能人才2万名" (名 and 万名 count the same); "培育企业200家、人才1万名": the
                # next item of what one verb makes, in its own unit
                comparator = prev_target.comparator if same_unit(q["unit"], prev_target.unit, zh) else "="
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
            elif (not zh and q["unit"] and (sign.DEADLINE_OPENING.fullmatch(text, s0, start) or (
                    sign.ITEM_OPENING.fullmatch(text, s0, start) and sign.BY_YEAR_AFTER.match(text, end))
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
                    max(s0, inline.end(1)) if inline and start > inline.end(1) else s0), start) or (
                    not zh and any(sign.VERB_LEAD.search(lead) for lead in leads)
                    and sign.ITEM_VERB.fullmatch(text, sign.ITEM_OPENING.match(text, item_at).end(), start))):
                # "By 2030, the Government will meet the following targets:" then "(a) 20 exaflops of public
                # compute capacity;": an item of a list of goals that opens with its quantity, or with the
                # verb that goes on its lead-in ("By 2030, the Council aims to:" then "place 1,500 graduates")
                comparator, cue_at, item = "=", start, True
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
            elif not zh and (standing := sign.standing_order(text, s0, start, q)):
                comparator, cue_at, item = "=", start, True
            elif (not zh and q["unit"] and (attached := sign.BY_YEAR_AFTER.match(text, end))
                  and (sign.COMMITTING_EN.search(text, s0, start) or goes_on(s0))):
                # "shall use 100 percent carbon pollution-free electricity by 2030", "a goal of building a
                # network of 500,000 chargers by 2030": a quantity with its own deadline, in a sentence
                # that commits to it
                comparator, cue_at = "=", start
            elif (not zh and prev_target is not None and _INCLUDING_EN.search(window)
                  and (q["unit"] == prev_target.unit
                       or sign.MEASURE.match(q["unit"]) and not sign.MONEY.search(q["unit"]))):
                # "… 100 percent carbon pollution-free electricity by 2030, including 50 percent 24/7 …", "80% by
                # 2030, including 9 GW of onshore wind": a part of the goal before, as 其中 is in Chinese, by its year
                # (not a sum set aside from it, nor things it reaches: "including 40 companies in Ohio")
                comparator, cue_at, inherited = "=", start, True
        if not comparator or not zh and _RANK_BEFORE.search(text, max(s0, start - 12), start):
            continue  # "among the world's top three AI powers": a rank, no count
        if not zh and (negated := _NEGATED_EN.search(text, s0, cue_at)):
            # "will not exceed 40 million tonnes": at most; "not less than": at least
            comparator, cue_at = _NEGATION[comparator], negated.start()
            if comparator in ("<=", "<") and _ONE_OF_MANY_EN.search(text, s0, cue_at):
                continue  # "Funding for a single project will not exceed $300 million": a cap on each, no goal
        if not zh and comparator in (">", ">=") and sign.NOT_SPEND.search(text, s0, cue_at):
            continue  # "shall not spend more than $5 million": a cap on spending, not a goal of more
        if not zh and comparator in ("<=", "<") and sign.MAY_BE_USED.search(text, end, s1):
            continue  # "No more than 5% of the fund may be used for administrative costs": a cap on spending
        sized = ""  # the thing built whose size the goal is: "…不低于500PFLOPS的公共算力平台"
        if zh and (SUFFIX_ZH.match(text[q["end"]:q["end"] + 3]) and text[q["end"]:q["end"] + 3].endswith("的")
                   or q["unit"] not in ("%", "个百分点", "百分点") and text.startswith("的", q["end"])) and not (
                sized := sign.sized_one(text, cue_at, end, s1, quantities[i + 1:], start)):
            continue  # "年产值5亿元以上的软件企业", "营业收入超百亿元的龙头企业": which firms are counted
        if (sign.CONDITION.search(re.split(r"[，,；;。—–]", text[lo:cue_at])[-1]) or sign.IF_OPENING.match(text, s0)
                or zh and sign.CONDITION_CLOSES_ZH.match(text[end:s1])):
            continue  # "if fewer than ten sites exist", "…低于15平方米…的，可申请": a condition, not a goal
        if sign.UP_TO.match(text, cue_at) and (sign.CAP_OF.search(text, s0, cue_at) or sign.EACH_AFTER.match(text, end)
                                           or sign.MAY.search(text, s0, cue_at) or not (
                    sign.COMMITTING_EN.search(text, s0, cue_at) or opens_imperative(
                        text, s0, bool(leads) or any(s0 <= y.start < s1 for y in years)))):
            continue  # "a grant of up to $500,000", "may request up to 5": what one may get, not a goal
        if (not zh and sign.FROM.search(text, s0, cue_at) and sign.TO_FIGURE.match(text, end)) or (
                sign.BASELINE.search(text[lo:cue_at]) or zh and sign.BASELINE.search(text, s0, start)
                or (sign.ATTRIBUTE.search(text[max(s0, cue_at - 12):cue_at])
                    and not sign.MADE_WITH.search(text, s0, cue_at) and not sign.GOAL_OF.match(text, cue_at))
                or sign.SIZE_OF.search(text, max(s0, cue_at - 50), cue_at)) or (
                sign.AGE_GROUP.search(text[max(s0, cue_at - 20):cue_at]) and re.match(r"(?:over|under|above|below)\b",
                                                                                 text[cue_at:])):
            continue  # "up from about 20 EFLOPS", "由原来的5所": where it starts; "firms with fewer than 50 employees"
        if not zh and sign.PAST_PART_EN.search(re.split(r"[;:]|,\s*(?:and|but|while|whereas)\b",
                                                     sign.BASELINE_PHRASE.sub("", text[s0:start]))[-1]):
            continue  # "Last year the country installed 22 GW": what was done
        if reported(text, (s0, s1), cue_at, end, zh):
            continue  # "In 2023 the province reached 50 EFLOPS", "已建成…": what was done
        if q.get("range") and comparator in ("=", "~"):  # "打造3—5家": at least the low end
            comparator = ">="
        # "力争用3年时间，建成…5个", "will strive to deploy 2 GW"
        if comparator == "=" and (sign.STRIVES if zh else sign.STRIVES_EN).search(text[s0:cue_at]):
            comparator = "~"
        local = text[max(s0, start - 40):min(s1, end + 8)]
        own = (re.split(r"[，,；;。]", text[max(s0, start - 40):start])[-1]
               + re.split(r"[，,；;。]", text[start:end + 8])[0])
        if sign.VETO_ZH.search(own) if zh else (sign.VETO.search(local) and not sign.PRICE_CUT_EN.search(local)
                                                or sign.DEFINITION_EN.search(text, s0, cue_at)):
            continue
        if zh and q["unit"].endswith("元") and (sign.CAP_ZH.search(text, s0, start) or (
                comparator in ("<=", "<") and (sign.GRANT_ZH.search(own) or _ALLOCATED_ZH.search(own)))):
            # "对新建智算中心给予最高3000万元补助": what each may get; "市财政拟安排…资金不超过1.5亿元": a ceiling on
            # what is spent, not a goal of less
            continue
        dated = [y for y in years if not y.counted]
        has_year = any(s0 <= y.start < s1 for y in dated) or (
            zh and (horizon is not None or any(y.start < start and not quoted(text, y.start) for y in dated)))
        goal_words = sign.GOAL_ZH.search(sign.MET_GOAL_ZH.sub("", text)) if zh else sign.GOAL_EN.search(text[s0:s1])
        # "establish at least four new institutes": an act that brings a count about; "at least one" only
        # says that some exist, and a count with no "at least" ("publish a list of ten sites") is a goal
        # only where a deadline, dated or counted, says by when it is to be done
        deadline = any(s0 <= y.start < s1 for y in years) or by is not None
        act = None
        committed = (not zh and (comparator in (">=", ">") and (q["value"] > 1 or deadline)
                                 or comparator == "=" and deadline)
                     and (sign.COMMIT_EN.search(text[s0:cue_at]) or CUE_EN_VERB.search(window)
                          or sign.MADE_WITH.search(text, s0, cue_at)
                          or deadline and sign.MODAL_CHANGE_EN.search(text, s0, cue_at)
                          or ((act := _MODAL_ACT.search(text, s0, cue_at)) or goes_on(s0))
                          and (deadline or sign.MEASURE.match(q["unit"])))
                     # "The initiative will train 1 million people", "1) Fund 1,000 studentships": a count the
                     # text says will be made, or that an item of a plan's list orders
                     or not zh and comparator == "=" and bool(WILL_VERB.search(window) or CUE_EN_VERB.search(window)
                                                              and opens_imperative(text, s0, bool(leads))))
        standard = zh and indicator_standard(text, start) or (
            comparator in ("<=", "<", ">=", ">") and bool(sign.PERFORMANCE_STANDARD.search(text, s0, end)))
        if SYMBOL_CUE.match(text, cue_at) and not standard and not (zh and sign.GOAL_ZH.search(text, s0, s1)):
            continue  # "就诊≥1次" in a definition: ≥ and ≤ state a goal as a table's standard or a 目标
        part = re.split(r"[，,；;。]", text[s0:start])[-1]
        # "每年新增就业岗位10万个以上", "每年培训农村转移劳动力2万人次": a yearly count a plan makes (a plain sum
        # a year is as often what a firm must spend to qualify: "企业每年投入研发经费500万元")
        yearly = (zh and (comparator in (">=", ">") or comparator == "=" and cue and CUE_ZH_VERB.search(window)
                          and not q["unit"].endswith("元"))
                  and sign.YEARLY_ZH.search(part) and not sign.EACH_ZH.search(part))
        # "每年培训…不少于2万人次，其中高技能人才占比不低于30%": a part of the goal before, as it stands
        part_of = zh and prev_target is not None and part.lstrip().startswith("其中")
        inherited = inherited or part_of
        # "面向社会开放不少于一百个应用场景", "设立规模不低于一百亿元的…子基金": at least so many a text makes or opens,
        # a commitment with no year (a statute's); not what a firm must have ("研发投入不低于500万元")
        makes_zh = (zh and comparator in (">=", ">") and bool(_MAKES_ZH.search(part))
                    and not sign.EACH_ZH.search(part))  # not what each one makes: "每家企业每年遴选1名以上联络员"
        if not (has_year or goal_words or share_goal or committed or standard or goal_led or opening or yearly
                or standing or part_of or makes_zh or (zh and re.search(r"力争|争取", window))):
            continue
        nxt = quantities[i + 1]["start"] if i + 1 < len(quantities) else s1
        chosen = goal_year(text, years, (s0, s1), start, end, nxt, zh)
        year = chosen.year if chosen else None
        if chosen and statistic(text, chosen, date, zh, (s0, s1), start):
            continue  # "截至2023年底，累计建成…", "In 2023, … was"
        if inherited and chosen is None:
            year = prev_target.year
        if year is None and chosen is None:
            year = int(attached.group("year")) if attached and attached.group("year") else by
            year = horizon if year is None and zh else year  # the plan's period, "建设智能工厂200家" in a 十五五 box
        if year is None and period is not None and not (sign.GOAL_ZH if zh else sign.GOAL_EN).search(text, s0, s1):
            continue  # a report on a year gone: "累计建成5G基站6.8万个" is where things stand, not a goal
        if not zh and _THEREAFTER.match(text, end):
            year = None  # "to 50% by the end of FY2027 and to 80% thereafter": after that year, by none
        unit = q["unit"]
        # "one AI regulatory sandbox": a unit opened by a two-letter acronym is read again as the things counted
        # ("up to five gigafactories": what is capped; "shall designate at least five regions": not the act's)
        counted = (committed and not act or item
                   or (not zh and cue and (CUE_EN_VERB.search(window) or comparator in ("<=", "<"))) or q["acronym"])
        if (counted and q["num_end"] >= 0 and not sign.MEASURE.match(unit)
                and (things := counted_things(text, q["num_end"]))):
            obj, end = things  # "four new National AI Research Institutes"
            unit = obj.split()[-1]
            if whom := helped(window, obj):
                unit = whom.split()[-1]  # "help 3,000 SMEs adopt AI solutions": SMEs, who adopt
        # a goal that shares the one before's cue names its own metric in Chinese ("培育领军企业10家、专精特新
        # 企业100家"); in English what comes between is a conjunction ("23% and 30%")
        count = q["num_end"] >= 0 and not sign.MEASURE.match(unit)  # "two new large-scale clusters of …"
        metric = obj or (metric_before(text, lo, cue_at, level=not count or not unit) if zh or not inherited else "")
        if not zh and (passive := _PASSIVE_BEFORE.search(text, s0, cue_at)) and metric in ("", passive.group("verb")):
            metric = metric_before(text, s0, passive.start()) or metric  # "the PUE … will be reduced to below 1.25"
        if not zh and q.get("change") and (sign.TO_CHANGE.search(text, s0, start) or text[start:end].endswith("ing")
                                           or q.get("listed") or _MODAL_JUST_BEFORE.search(text, s0, start)
                                           and not _NO_OBJECT_AFTER.match(text, end)):
            # "Ireland will triple its GPU capacity": what it multiplies, not the subject (not "will double by")
            metric = object_after(text, end, min(nxt, s1)) or metric  # "commits to doubling the number of …"
        if not zh and q["unit"] == "times" and (multiplied := multiple_of(text, s0, start, end)):
            metric = multiplied  # "expanding the AIRR by at least twentyfold", "a tenfold increase in compute"
        if not zh and not obj and CUE_EN_VERB.search(window) and not sign.MEASURE.match(unit) and (
                things := _SCALE_WORD.sub("", unit)) != unit:
            metric = things  # "intends to build 1.5 million homes": homes, not the Government that builds
        # (not a level's cue, right before its figure or its 至: "力争突破3000万标准箱", "压减至50台以下")
        verb = re.match(rf"(?:至少|不少于|力争|争取)?((?!(?:突破|完成)\s*$)(?:{ZH_MAKE}))(?![至到])",
                        text[cue_at:start])
        if zh and (verb or not metric or _VERB_ALONE_ZH.fullmatch(metric)):
            noun = zh_object(text, end)
            if noun and not re.match(r"[，。；、]", noun):
                metric = (verb.group(1) if verb else metric if len(metric) <= 3 else "") + noun
        acted = act.group().split()[-1] if act else willed and text[sign.ITEM_OPENING.match(text).end():].split()[0]
        if acted and metric == acted:  # "shall bring at least 1 GW of new clean generation"
            metric = metric_after(text, end, min(nxt, s1)) or metric
        metric = metric or q.get("object", "")  # "one in three pounds of procurement spend"
        if not metric and not zh and (q.get("change") or not count):
            # "at least 50 percent of new cars"; "Triple the EU's AI compute capacity"
            metric = (object_after if q.get("change") else metric_after)(text, end, min(nxt, s1))
        if not metric and not zh and count and (things := counted_things(text, q["num_end"])):
            metric = things[0]  # "Within 18 months, set up a curriculum in at least 20 colleges": what is counted
        if not zh and sign.BARE_VERB.fullmatch(metric) and count and (
                things := counted_things(text, q["num_end"])):
            # "each identify a minimum of 3 sites": the act and the things it is to count
            kept = re.split(r"\s+\w+(?:ed|ing)\b", things[0])[0]
            metric = f"{metric.split()[-1]} {kept}"
        elif not zh and not count and (sign.BARE_VERB.fullmatch(metric) or _MAKE_WORD.fullmatch(metric)):
            metric = metric_after(text, end, min(nxt, s1)) or metric  # "deploy 2 gigawatt-peak of solar energy"
        if not zh and unit == "%" and (not metric or _ACT_WORD_EN.fullmatch(metric) or _ENDS_IN_ACT_EN.search(metric)):
            # "should use 100% renewable electricity", "a target of at least 75% average utilisation of AIRR
            # compute", "making at least 20 percent of that capacity available": what the share is of; "reserve
            # not less than 20 percent for researchers at …": whom it is kept for
            metric = (metric_after(text, end, min(nxt, s1)) or noun_after(text, end, min(nxt, s1))
                      or (f"{metric} for {kept}" if metric and (kept := held_for(text, end, min(nxt, s1))) else metric))
        elif not zh and count and _ACT_WORD_EN.fullmatch(metric) and (things := counted_things(text, q["num_end"])):
            # "support not less than 5,000 eligible users each year": the users (not when, nor "available")
            metric = re.sub(r"\s+(?:(?:next|this|each|every|a|per)\s+year|available|annually)$", "", things[0])
        if not zh and not unit and q["num_end"] >= 0 and re.search(rf"\b{FURTHER}\s+$", text[s0:start]) and (
                things := earlier_things(text, quantities[:i])):
            # "installed 3,000 GPU servers; it will install a further 5,000": more of the things named before
            unit, metric = things.split()[-1], metric or things
        if not zh and sign.MONEY.search(unit) and (not metric or not obj or _VERB_AFTER_MODAL.search(
                text, s0, start) and re.search(rf"\b{re.escape(metric)}\s+$", text[s0:start])):
            # "invest EUR 2 billion in AI factories", "will receive USD 5 billion in grants": what a sum goes
            # to, or the form it takes, not the verb that moves it nor the subject that does ("The InvestAI
            # initiative aims to mobilise EUR 20 billion for AI gigafactories")
            metric = sum_purpose(text, s0, start, end) or metric_after(text, end, min(nxt, s1)) or metric
        if not metric and not zh and not sign.MEASURE.match(unit) and (
                things := _SCALE_WORD.sub("", unit)) != unit:
            metric = things  # "20 million ICT specialists should be employed": the specialists
        if not metric and prev_target is not None:
            metric = prev_target.metric
        if zh and (not metric or CHANGE_ZH.fullmatch(metric)):
            metric = indicator(text, cue_at) or metric
        if not metric and zh:  # "覆盖率2023年达到80%": the words before the year
            parts = [p for p in re.split(r"[，,、；;：:。|]", YEAR.sub("|", text[s0:cue_at]))
                     if p.strip(" 到至在于")]
            metric = ZH_FILLER.sub("", parts[-1].strip(" 到至在于")) if parts else ""
            if not metric and len(parts) > 1 and (figure := sign.FIGURE_ZH.search(parts[-2])):
                # "去年…营收增长18%，今年力争突破3000亿元": the figure before names what the goal measures
                metric = ZH_FILLER.sub("", parts[-2][:figure.start()].strip(" 到至在于"))
        if sized:
            metric = sized
        if zh:  # "新增专精特新企业目标为300家": what the target is of, not the word target
            metric = _TARGET_WORD_END.sub("", metric) or metric
        # a year right after, with no other figure between: in the span
        span_end = chosen.end if chosen and 0 <= chosen.start - end < 40 and nxt >= chosen.start else end
        t = Target(value=q["value"], unit=unit, year=year, metric=metric,
                   text=text[cue_at:span_end].strip(), comparator=comparator, start=cue_at, end=span_end)
        out.append(t)
        prev_target, prev_end = t, end  # after a trailing 以上: it is not the next goal's metric
    return share_trailing_year(text, out)
