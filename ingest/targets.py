"""Find quantified goals in a clause: "computing power to surpass 40 EFLOPS by 2025", "不低于4人".

A number is a target only when a goal cue binds it (reach, surpass, at least, 达到, 不低于, 力争,
a trailing 以上 after a goal verb) and the sentence reads as a goal: a year it is to be reached by,
or a goal word (aim, target, 目标, 力争). Dates, article numbers, fees, fines and eligibility limits
are not goals. Reading numbers with their units is quantities.py's part; the cues, cues.py's; which
year dates a goal, deadlines.py's; what it measures, goal_metric.py's; how a number no cue binds reads,
uncued.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest import goal_signs as sign
from ingest.cues import (
    COMPARATOR,
    CUE_EN_VERB,
    CUE_ZH,
    CUE_ZH_VERB,
    SUFFIX_ZH,
    SYMBOL_CUE,
    WILL_VERB,
    find_cue,
    opens_imperative,
)
from ingest.deadlines import goal_year, lead_year, quoted
from ingest.goal_context import (
    NOW_EN,
    indicator_standard,
    paragraph_deadline,
    sentence_spans,
    share_trailing_year,
    statistic,
)
from ingest.goal_metric import goal_metric
from ingest.metrics import metric_before
from ingest.quantities import quantities as find_quantities
from ingest.reported import AHEAD_ZH, answer_start, recited, reported
from ingest.text import HAN_CHAR
from ingest.types import Target
from ingest.uncued import uncued_goal
from ingest.years import find_years

# an act a modal commits its subject to, just before the cue: "the Department of Energy shall bring at least
# 1 GW …", "will allocate at least 300 MW" (not what one is, has, gets or pays: "must be at least", "will
# receive at least", "will cover at least 50% of costs")
# (or what a Council's operative verb in capitals asks someone to do: "INVITES the Member States to reserve")
_MODAL_ACT = re.compile(r"(?:\b(?:will|shall|must)|\b(?-i:INVITES|CALLS\s+ON|URGES|ENCOURAGES|REQUESTS)\b[^;.]{0,80}?"
                        r"\bto)\s+(?:also\s+|\w+ly\s+)?(?!(?:be|have|receive|get|pay|cover|need|"
                        r"require|face|cost|include|contain|apply|qualify|last|take|remain|continue)\b)[a-z]+\s+"
                        r"(?:(?:up|for)\s+)?$")  # "will make up not less than 10 per cent of the capacity"
# ---- goals -------------------------------------------------------------------------------------


# a cue negated ("will not exceed", "shall not be less than") binds the other way
_NEGATED_EN = re.compile(r"\b(?:not|never)\s+(?:be\s+)?$", re.I)
_NEGATION = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "=": "=", "~": "~"}
_ONE_OF_MANY_EN = re.compile(r"\b(?:a\s+single|each|every|per|any|an\s+individual|any\s+one)\s+"
                             r"(?:project|grant|award|applicant|recipient|firm|company|household|person|beneficiary)\b",
                             re.I)
# the figure a Chinese change starts from, just before its cue: "由2023年的41.2%", "从2万个"
_FROM_FIGURE_ZH = re.compile(r"(?:由|从)[^，,；;。由从]*?\d[^，,；;。由从]*$")
_MAKES_ZH = re.compile(r"设立|建设|建成|新建|培育|培养|打造|开放|发布|引进|新增|遴选|安排")
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_ALLOCATED_ZH = re.compile(r"安排|拨付|列支")
# the size of each thing a count counts, right after them: "At least 5 open foundation models of more than 100
# billion parameters trained … by 2029" (a spec of the models, no goal; nor does it end the count's reach)
_SPEC_OF_COUNTED = re.compile(r"\d(?:[\d,.]*\d)?\s+(?:(?!(?:with|of|by|and|to|in|for)\b)[A-Za-z][\w-]*\s+){0,4}"
                              r"(?!(?:targets|goals|objectives|levels|rates|shares)\b)[a-z][\w-]*s\s+(?:of|with)\s+"
                              r"(?:more than|over|at least|above|up to|fewer than|less than)\s+$")
_GERUND_CUE = re.compile(r"\b(?:target|goal)\s+of\s+[a-z]+ing\s+$", re.I)
# what a first phase built in a year gone, in a part before the figure: "一期于2023年12月建成投运，建成…100PFLOPS"
# (not with a goal ahead of it: "首阶段已于2024年12月启用，目标于2025年底前…达到3,000 PFLOPS")
_DONE_IN_ZH = re.compile(r"(?:于|在)(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:已)?(?:全面)?"
                         r"(?:建成|投运|投产|完成|启用|上线|竣工|开通)")
# how a sum is split: "$96,000,000 …, of which approximately $60,000,000 is for Track 1" (not a part the text commits
# to: "…RMB 250 billion, of which advanced packaging … will reach RMB 40 billion")
_SPLIT_OF_SUM = re.compile(r"\bof\s+which\b(?:(?!\b(?:will|shall|should|must|reach\w*|exceed\w*)\b)[^.;])*$", re.I)
# a share of the goal before's things, as it is to be: "…, of whom at least 40 percent will be women"
_OF_WHOM = re.compile(r",\s*of\s+(?:whom|which)\s+$")
_SHARE_TO_BE = re.compile(r"[^,.;]*?\b(?:will|shall|should|must|are to|is to)\b")  # (not "are already available")
_QUOTA_ZH = re.compile(r"推荐|申报|限报|报送|名额|拟(?:部署|支持|资助|立项)")  # (a guide's "拟部署不超过3个项目")
# a model's size, no count of anything made: "完成千亿参数以上大模型训练", "支持万亿参数规模模型训练"
_PARAMETERS_ZH = re.compile(r"\s*(?:个)?参数")
# the sum each project, firm or person gets: "每个项目国拨经费500万元" (what is given, no goal)
_EACH_GETS_ZH = re.compile(r"每(?:个|项|家|人|名|户)[^，,；;。]{0,8}$")
# "the two countries", "the three institutes": things the text names, no count (and no figure that would end the
# reach of the goal before it: "exchanging 500,000 people between the two countries over the next five years")
_THE_SPELLED = re.compile(r"[Tt]he\s(?:two|three|four|five|six|seven|eight|nine|ten)\b")
# a bound after "the" describes a population there is: "models that serve the more than 400 million Arabic speakers"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_BOUND_CUE_EN = re.compile(r"(?:more\s+than|over|nearly|almost|some|roughly|about|around|approximately)\s+", re.I)
# a target named right before its figure: "sets a target of up to 80% of electricity demand …" (a goal's ceiling,
# not what one may get)
_TARGET_OF = re.compile(rf"{sign.GOAL_OF.pattern}\s+$", re.I)
# an age, right before its figure: "adults aged 65 and over"
_AGED = re.compile(r"\baged\s+$", re.I)
# the level a change comes to, right after the change: "… by more than 70 percent, to $45 per megawatt-hour"
_LEVEL_AFTER_CHANGE = re.compile(r"\s*,\s*(?P<to>to)\s+"
                                 r"(?:(?P<approx>about|around|roughly|nearly|some|approximately)\s+)?[£$€¥]?")
# a size that measures what its clause part provides, not which things count: "提供超过3亿千瓦的公共充电容量"
_MEASURE_HEAD_ZH = re.compile(r"\s*(?:以上|左右)?的[^，,；;。的\d]{0,10}?"
                              r"(?:容量|能力|总量|产能|里程|面积|供给能力|装机)(?=[，,；;。]|$)")
# a figure restating the one before it, in an aside (", or around 1 per cent of GDP", " (about 1% of GDP"), or
# the level a change comes to (", to $45 per megawatt-hour")
_RESTATED = re.compile(r"\s*(?:,\s*or|\(\s*(?:or\s+)?|,\s*to)\s*"
                       r"(?:about|around|roughly|some|approximately|nearly|almost)?\s*[£$€¥]?")
_RANK_BEFORE = re.compile(r"(?:\bthe|['’]s|\bits|\btheir)\s+top\s+$", re.I)
_PRECISION_TAG = re.compile(r"[（(](?:FP|INT|BF|TF)\d{1,2}[)）]")
# a share of things a plan pushes to some state, right after its verb: "推动90%以上的高频政务服务事项实现“免证办”"
# (a goal on the share; not "营业收入增长20%以上的企业", which says which firms are counted)
_SHARE_PUSHED_ZH = re.compile(r"(?:推动|促进|确保|力争|争取|使|让)$")
_SHARE_ATTAINS_ZH = re.compile(r"(?:以上|以下)?的[^，,；;。]{1,20}?(?:实现|达到|完成|具备|纳入|接入|通过)")
# a share a plan covers: "运输机场100公里半径覆盖全省95%以上的县级行政单元" (the 95% is the goal, not which units)
_COVERS_ZH = re.compile(r"覆盖(?:全省|全市|全区|全县|全国|本市|本省)?$")
_SIZE_CLASS_ZH = re.compile(r"(?:以上|以下)(?:重大|重点|龙头|骨干|产业化)?(?:项目|企业|工程|园区)[^，,；;。]{0,8}?"
                            r"(?:不少于|不低于|超过|达到|\d)")
# …or a sum's class of firms counted right after it: "年产值超10亿元企业30家"
_SIZE_CLASS_BARE_ZH = re.compile(r"(?:重大|重点|龙头|骨干)?(?:项目|企业)\d")
_YEARLY_FROM_EN = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:a|per|each|every)\s+year\b[^.;]{0,120}?"
                             r"\b(?:from|starting in|beginning in)\s+(?:FY\s?)?(?:19|20)\d{2}", re.I)
_THEREAFTER = re.compile(r"\s*,?\s*(?:thereafter|afterwards|after that|beyond that)\b", re.I)


def _governs(text: str, s0: int, at: int, cue_at: int, quantities: list[dict]) -> bool:
    """Whether the 力争 at text[at] governs the goal cued at cue_at: in its own clause part, from the sentence's
    opening ("争取明年引进…20个，新增…5万人"), or from a part that leads the goals and counts nothing ("力争三年内，
    …新建…十二万亩"); not the next parts' plain goals ("生产总值力争达到1.6万亿元，研发经费投入强度达到4.8%")."""
    part_end = next((m.start() for m in re.finditer(r"[，,；;]", text[at:cue_at])), None)
    opening = not text[s0:at].strip() or bool(re.fullmatch(r"\s*(?:到|在)?\d{4}年(?:底|末|前)?[，,]\s*", text[s0:at]))
    if part_end is None or opening:
        return True
    return not any(at <= q["start"] < at + part_end for q in quantities)


def extract_targets(text: str, date: str = "", leads: Sequence[str] = (), period: int | None = None,
                    horizon: int | None = None, project_end: int | None = None) -> list[Target]:
    """Every quantified goal in a clause, in order; relative years resolve against date (ISO), and 全年 against
    period, the year a report published after it reports on (see find_years). horizon: the last year of the
    period a Chinese plan's title names, which dates its cued counts that have no year of their own.
    project_end: the year the document's project closes, which "by project closing" names.

    leads: the lead-ins of the lists the clause is an item of, innermost first ("到2026年，具体目标如下：",
    "(b) Within 120 days of the date of this order, the Secretary shall:"). The nearest deadline among
    them dates the item's goals that have no year of their own; a deadline or a goal word in them makes
    the item's cued numbers goals, as it would in the item's own sentence."""
    if recited(leads):
        return []  # an item of a bill's findings: what is, not what is to be
    years = find_years(text, date, period, project_end)
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
                  and not any(y.start < q["start"] and q["end"] <= y.end for y in years)
                  and not _THE_SPELLED.match(text, max(0, q["start"] - 4), q["end"])
                  and not _SPEC_OF_COUNTED.search(text, max(0, q["start"] - 120), q["start"])]
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
        # (nor an age that says whose share it is: "increase the share of adults aged 65 and over who are vaccinated
        # to 70 percent")
        prev_end = end if not (CUE_ZH_VERB.search(text[lo:start]) or _AGED.search(text, max(s0, start - 8), start)) \
            else prev_end
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
        if (not cue and not zh and prev_target is not None and prev_target.value != q["value"]
                and (level := _LEVEL_AFTER_CHANGE.fullmatch(text, quantities[i - 1]["end"], start))):
            # the level a change comes to, after it: "cut the cost … by more than 70 percent, to $45 per
            # megawatt-hour, by 2035" (the change's verb governs both)
            cue = ("~" if level.group("approx") else "=", level.start("to") - lo, "")
        if cue and zh and q["unit"] == "%" and text.startswith(("推动", "带动"), lo + cue[1]):
            cue = None  # "推动…预留30%的号源…": a share pushed for, read as a share's goal (uncued), no count made
        comparator, cue_at, inherited, obj, share_goal, attached, item = "", start, False, "", "", None, False
        standing = False  # "Offer 200 scholarships every year": an order of a yearly count
        if cue and not zh and cue[0] == "=":
            standing = sign.standing_order(text, s0, start, q)  # "Train 500 teachers a year"
        opening = None
        if zh and (tag := _PRECISION_TAG.match(text, end)) and SUFFIX_ZH.match(text[tag.end():tag.end() + 4]):
            end = tag.end()  # past a precision in brackets: "3000PFLOPS（FP16）以上"
        suffix = SUFFIX_ZH.match(text[end:end + 4])
        bound = None if zh else sign.OR_BOUND.match(text, end)  # "a PUE of 1.2 or lower": at most 1.2
        if bound and (not cue or cue[0] == "="):
            better = bound.group("better") and not sign.LOWER_IS_BETTER.search(text, max(s0, start - 80), start)
            cue = (">=" if bound.group("ge") or better else "<=", start - lo, cue[2] if cue else "")
            end = bound.end()
        if cue:
            comparator, cue_at, obj = cue[0], lo + cue[1], cue[2]
            if not zh and cue[0] == "=" and _GERUND_CUE.search(window):
                # "a target of screening 80 per cent of adults over 50 … by 2028": its deadline after its words
                attached = sign.BY_YEAR_AFTER.match(text, end)
            if zh and not obj and (since := _FROM_FIGURE_ZH.search(text, s0, cue_at)):
                obj = metric_before(text, s0, since.start())  # "覆盖率由2023年的41.2%提高到…": 覆盖率
            if suffix and (comparator == "=" or suffix.group("approx") and comparator == "<="
                           or comparator == "~" and not suffix.group("approx")):
                # "培育10家以上": the trailing 以上 says how; "控制在5.5%左右": about, not at most; "力争新增
                # …5万户以上": at least (力争 strives, the 以上 bounds)
                comparator = COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                end += len(suffix.group())
        else:
            comparator, cue_at, obj, end, share_goal, inherited, item, standing, opening, attached = uncued_goal(
                text, quantities, i, (s0, s1), lo, zh=zh, suffix=suffix, years=years, prev_target=prev_target,
                goal_led=goal_led, leads=leads, inline=inline, goes_on=goes_on)
        if not comparator or not zh and _RANK_BEFORE.search(text, max(s0, start - 12), start):
            continue  # "among the world's top three AI powers": a rank, no count
        if not zh and _THE_BEFORE.search(text, max(s0, cue_at - 6), cue_at) and _BOUND_CUE_EN.fullmatch(
                text, cue_at, start):
            continue  # "models that serve the more than 400 million Arabic speakers": a population there is
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
        if zh and not sign.GOAL_AFTER_ZH.match(text, q["end"]) and (
                SUFFIX_ZH.match(text[q["end"]:q["end"] + 3]) and text[q["end"]:q["end"] + 3].endswith("的")
                or q["unit"] not in ("%", "个百分点", "百分点") and text.startswith("的", q["end"])) and not (
                sized := sign.sized_one(text, cue_at, end, s1, quantities[i + 1:], start)) and not (
                q["unit"] == "%" and _SHARE_PUSHED_ZH.search(text, s0, start)
                and _SHARE_ATTAINS_ZH.match(text, q["end"])) and not _MEASURE_HEAD_ZH.match(text, end) and not (
                q["unit"] == "%" and _COVERS_ZH.search(text, max(s0, start - 8), start)):
            continue  # "年产值5亿元以上的软件企业", "营业收入超百亿元的龙头企业": which firms are counted
        if zh and (_SIZE_CLASS_ZH.match(text, q["end"])
                   or q["unit"].endswith("元") and _SIZE_CLASS_BARE_ZH.match(text, q["end"])):
            # "其中总投资10亿元以上重大项目不少于5个": the size of the projects counted, with no 的 (nor does it cut the
            # count's window from its 其中: "其中10亿元以上项目8个")
            prev_end = lo
            continue
        if (sign.CONDITION.search(re.split(r"[，,；;。—–]", text[lo:cue_at])[-1]) or sign.IF_OPENING.match(text, s0)
                or zh and sign.CONDITION_CLOSES_ZH.match(text[end:s1])):
            continue  # "if fewer than ten sites exist", "…低于15平方米…的，可申请": a condition, not a goal
        if sign.UP_TO.match(text, cue_at) and not _TARGET_OF.search(text, s0, cue_at) and (
                sign.CAP_OF.search(text, s0, cue_at) or sign.EACH_AFTER.match(text, end)
                                           or sign.MAY.search(text, s0, cue_at) or not (
                    sign.COMMITTING_EN.search(text, s0, cue_at) or opens_imperative(
                        text, s0, bool(leads) or any(s0 <= y.start < s1 for y in years)))):
            continue  # "a grant of up to $500,000", "may request up to 5": what one may get, not a goal
        if (not zh and sign.FROM.search(text, s0, cue_at) and sign.TO_FIGURE.match(text, end)) or (
                sign.BASELINE.search(text[lo:cue_at]) or zh and sign.BASELINE.search(text, s0, start)
                or comparator != "=" and sign.MEASURED_WITH.search(text[max(s0, cue_at - 48):cue_at])
                or (sign.ATTRIBUTE.search(text[max(s0, cue_at - 12):cue_at])
                    and not sign.MADE_WITH.search(text, s0, cue_at) and not sign.GOAL_OF.match(text, cue_at))
                or sign.SIZE_OF.search(text, max(s0, cue_at - 50), cue_at)
                or not zh and comparator in (">", ">=", "<", "<=") and sign.MEASURE.match(q["unit"])
                and not sign.MONEY.search(q["unit"]) and q["unit"] != "%"
                and sign.sized_things(text, s0, cue_at, end)) or (
                sign.AGE_GROUP.search(text[max(s0, cue_at - 20):cue_at]) and re.match(r"(?:over|under|above|below)\b",
                                                                                 text[cue_at:])):
            continue  # "up from about 20 EFLOPS", "由原来的5所": where it starts; "firms with fewer than 50 employees"
        if not zh and sign.PAST_PART_EN.search(re.split(r"[;:]|,\s*(?:and|but|while|whereas)\b",
                                                     sign.BASELINE_PHRASE.sub("", text[s0:start]))[-1]):
            continue  # "Last year the country installed 22 GW": what was done
        if (zh and (done := _DONE_IN_ZH.search(text, s0, cue_at)) and date[:4].isdigit()
                and int(done["year"]) < int(date[:4]) and not AHEAD_ZH.search(text, done.end(), cue_at)):
            continue  # "一期于2023年12月建成投运，建成智能算力100PFLOPS" in 2026: what was built then
        if reported(text, (s0, s1), cue_at, end, zh):
            continue  # "In 2023 the province reached 50 EFLOPS", "已建成…": what was done
        if (q.get("range") or q.get("high") is not None) and comparator in ("=", "~"):
            comparator = ">="  # "打造3—5家": at least the low end (and at most the high one, below)
        # "力争用3年时间，建成…5个", "will strive to deploy 2 GW"
        if comparator == "=" and (strives := (sign.STRIVES if zh else sign.STRIVES_EN).search(text, s0, cue_at)) and (
                not zh or _governs(text, s0, strives.start(), cue_at, quantities)):
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
        if not zh and sign.MONEY.search(q["unit"]) and _SPLIT_OF_SUM.search(text, s0, start):
            continue  # "$96,000,000 …, of which approximately $60,000,000 is for Track 1 …": how a sum is split
        if zh and comparator in ("<=", "<") and _QUOTA_ZH.search(own):
            continue  # "每个省份推荐项目原则上不超过10个": how many each may put forward, a quota of a procedure
        if zh and (_PARAMETERS_ZH.match(text, end)
                   or q["unit"].endswith("元") and _EACH_GETS_ZH.search(text, s0, start)):
            continue  # "千亿参数以上大模型": a model's size; "每个项目国拨经费500万元": what each one gets
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
            comparator in ("<=", "<", ">=", ">") and bool(sign.PERFORMANCE_STANDARD.search(text, s0, end))) or (
            not zh and comparator in (">=", ">") and bool(sign.POWERED_BY.search(text, s0, cue_at))
            and bool(sign.RENEWABLE_POWER.match(text, end)))
        if SYMBOL_CUE.match(text, cue_at) and not standard and not (zh and sign.GOAL_ZH.search(text, s0, s1)):
            continue  # "就诊≥1次" in a definition: ≥ and ≤ state a goal as a table's standard or a 目标
        part = re.split(r"[，,；;。]", text[s0:start])[-1]
        # "每年新增就业岗位10万个以上", "每年培训农村转移劳动力2万人次": a yearly count a plan makes (a plain sum
        # a year is as often what a firm must spend to qualify: "企业每年投入研发经费500万元")
        yearly = (zh and (comparator in (">=", ">") or comparator == "=" and cue and CUE_ZH_VERB.search(window)
                          and not q["unit"].endswith("元"))
                  and sign.YEARLY_ZH.search(part) and not sign.EACH_ZH.search(part)
                  and not (q["value"] == 1 and q["unit"] == "次"))  # "每年安排1次健康体检": how often, no count
        # "每年培训…不少于2万人次，其中高技能人才占比不低于30%": a part of the goal before, as it stands
        # (…and in English "…, of whom at least 40 percent will be women": a share of the goal's things)
        part_of = prev_target is not None and (part.lstrip().startswith("其中") if zh
                                               else bool(_OF_WHOM.search(text, lo, cue_at)
                                                         and _SHARE_TO_BE.match(text, end, s1)))
        inherited = inherited or part_of
        # "At least 20 percent of the national AI computing resources shall be allocated to SMEs … each year": a
        # standing yearly share a rule sets
        yearly_share = (not zh and q["unit"] == "%" and comparator in (">=", ">", "=")
                        and bool(sign.MODAL_AFTER.match(text, end)) and bool(sign.YEARLY_EN.search(text, end, s1)))
        # "面向社会开放不少于一百个应用场景", "设立规模不低于一百亿元的…子基金": at least so many a text makes or opens,
        # a commitment with no year (a statute's); not what a firm must have ("研发投入不低于500万元")
        makes_zh = (zh and comparator in (">=", ">") and bool(_MAKES_ZH.search(part))
                    and not sign.EACH_ZH.search(part))  # not what each one makes: "每家企业每年遴选1名以上联络员"
        if not (has_year or goal_words or share_goal or committed or standard or goal_led or opening or yearly
                or standing or yearly_share or part_of or makes_zh or (zh and re.search(r"力争|争取", window))
                or zh and sign.assessed_zh(text, start)):
            continue
        # (the next figure that is a rank is no goal whose year stands after it: "halve the time taken to process
        # applications for the top 50 government services by 2029")
        # (…nor a figure that restates it in an aside: "invest S$25 billion, or around 1 per cent of GDP, in …
        # by 2030")
        nxt = next((p["start"] for p in quantities[i + 1:]
                    if zh or not (_RANK_BEFORE.search(text, max(s0, p["start"] - 12), p["start"])
                                  or _RESTATED.fullmatch(text, end, p["start"]))), s1)
        chosen = goal_year(text, years, (s0, s1), start, end, nxt, zh)
        year = chosen.year if chosen else None
        if not zh and chosen is not None and chosen.end <= start and _YEARLY_FROM_EN.match(text, end, s1):
            year = None  # "…, and will make at least 100,000 GPU-hours a year available … from 2027-28": a yearly
            # count from a year on, not due by the deadline of the goal before it
        if chosen and statistic(text, chosen, date, zh, (s0, s1), start):
            continue  # "截至2023年底，累计建成…", "In 2023, … was"
        if inherited and chosen is None:
            year = prev_target.year
        if year is None and chosen is None:
            year = int(attached.group("year")) if attached and attached.group("year") else by
            # the plan's period, "建设智能工厂200家" in a 十五五 box (not a yearly count's: each year's, no one year)
            year = horizon if year is None and zh and not yearly else year
        if year is None and period is not None and not (sign.GOAL_ZH if zh else sign.GOAL_EN).search(text, s0, s1):
            continue  # a report on a year gone: "累计建成5G基站6.8万个" is where things stand, not a goal
        if year is not None and period is not None and year <= period:
            continue  # …and a goal it recalls for that year or before, met or missed ("该措施提出，到2025年底…")
        if not zh and _THEREAFTER.match(text, end):
            year = None  # "to 50% by the end of FY2027 and to 80% thereafter": after that year, by none
        # "one AI regulatory sandbox": a unit opened by a two-letter acronym is read again as the things counted
        # ("up to five gigafactories": what is capped; "shall designate at least five regions": not the act's)
        counted = (committed and not act or item
                   or (not zh and cue and (CUE_EN_VERB.search(window) or comparator in ("<=", "<"))) or q["acronym"])
        acted = act.group().split()[-1] if act else willed and text[sign.ITEM_OPENING.match(text).end():].split()[0]
        metric, unit, end = goal_metric(text, quantities, i, (s0, s1), lo, cue_at, end, nxt, obj, zh=zh,
                                        counted=counted, inherited=inherited, acted=acted,
                                        prev_target=prev_target, sized=sized)
        # a year right after, with no other figure between: in the span
        span_end = chosen.end if chosen and 0 <= chosen.start - end < 40 and nxt >= chosen.start else end
        t = Target(value=q["value"], unit=unit, year=year, metric=metric,
                   text=text[cue_at:span_end].strip(), comparator=comparator, start=cue_at, end=span_end)
        out.append(t)
        if q.get("high") is not None and comparator == ">=" and q["high"] > q["value"]:
            t = replace(t, value=q["high"], comparator="<=")  # "3.6%—3.8%", "between 35 and 40 per cent": both ends
            out.append(t)
        prev_target, prev_end = t, end  # after a trailing 以上: it is not the next goal's metric
    # a goal due in a year gone by when the text was issued is a result or a goal recalled, none of its own ("到2025年
    # 底，全市算力总规模达到8.6EFLOPS" in a speech of March 2026; "部分部门和企业建议将目标提高至2万PFLOPS" dated 2025)
    issued = int(date[:4]) if re.match(r"(?:19|20)\d{2}", date or "") else None
    return [t for t in share_trailing_year(text, out, years) if not (issued and t.year and t.year < issued)]
