"""Find quantified goals in a clause: "computing power to surpass 40 EFLOPS by 2025", "不低于4人".

A number is a target only when a goal cue binds it (reach, surpass, at least, 达到, 不低于, 力争,
a trailing 以上 after a goal verb) and the sentence reads as a goal: a year it is to be reached by,
or a goal word (aim, target, 目标, 力争). Dates, article numbers, fees, fines and eligibility limits
are not goals. Reading numbers with their units is quantities.py's part; which year dates a goal,
years.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.metrics import CHANGE_ZH, ZH_FILLER, indicator, metric_after, metric_before, zh_object
from ingest.numbering import read_number
from ingest.quantities import quantities as find_quantities
from ingest.text import HAN_CHAR
from ingest.types import CELL, Target
from ingest.years import MONTHS, YEAR, YearPhrase, find_years, goal_year, is_deadline, lead_year

# people of an age: "adults over 50", "children under five"
_AGE_GROUP = re.compile(r"\b(?:adults|people|persons|residents|citizens|women|men|children|individuals|patients|"
                        r"those|seniors|workers|employees|pupils|students)\s+$", re.I)

# ---- cues and context ----------------------------------------------------------------------------

_CUE_EN = re.compile(
    r"(?:(?P<ge>at least|no less than|not less than|no fewer than|not fewer than|a minimum of)"
    r"|(?P<gt>more than|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped)?|beyond)"
    r"|(?P<eq>reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|attain(?:s|ed)?|hit|"
    r"(?:grow|increase|rise|expand|raise|boost|double|bring|reduce|cut|lower|decrease)\w*\s+"
    r"(?P<obj>(?:[\w'’-]+\s+){0,8}?)(?:to|by)|list of)"
    r"|(?P<le>no more than|not more than|at most|less than|fewer than|below)"
    r"|(?P<approx>approximately|about|around|roughly|some|nearly))"
    r"\s+(?:(?:a|the)\s+(?:value|total|level|scale|capacity|share|mark|target|goal)\s+of\s+)?$", re.I)
_CUE_ZH = re.compile(
    r"(?:(?P<ge>不低于|不少于|不小于|至少|≥)|(?P<gt>超过|突破|高于|多于|大于|超)|(?P<approx>力争|争取|约)"
    r"|(?P<le>不超过|不高于|不大于|不多于|控制在|降至|降到|降低至|降低到|下降至|下降到|≤)"
    r"|(?P<eq>达到|达|实现|提升至|提升到|提高至|提高到|增加至|增加到|增至|扩大至|扩大到|稳定在|保持在|维持在|计划(?:总数|总量|数)?为))"
    r"(?:到|至|了)?(?:每年|年均)?\s*$")
_SYMBOL_CUE = re.compile(r"[≥≤]")
# a verb that makes what a Chinese goal counts: its object after the number is the metric ("培养不少于3500名基层医生")
_ZH_MAKE = r"新增|新建|新开工|建成|建立|筹建|筹集|培育|培养|培训|打造|引进|建设"
# a goal verb with its object before the number: "新增就业岗位1.5万个"
_CUE_ZH_VERB = re.compile(r"(?:(?P<ge>至少|不少于)|(?P<approx>力争|争取))?"
                          r"(?P<verb>新增|新建|新开工|建成|建立|筹建|筹集|培育|培养|培训|打造|引进|建设|累计)"
                          r"(?P<zobj>(?:[\u3400-\u9fff“”「」\"]|[0-9A-Za-z]+(?=[\u3400-\u9fff])){0,15}?)\s*$")
# the same in English: "with the goal of training 500 new researchers by 2025" (whole forms only:
# "funded", not "fundamental")
_EN_MAKE = (r"train(?:s|ed|ing)?|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|establish(?:es|ed|ing)?|"
            r"creat(?:e|es|ed|ing)|build(?:s|ing)?|built|deploy(?:s|ed|ing)?|launch(?:es|ed|ing)?|"
            r"fund(?:s|ed|ing)?|award(?:s|ed|ing)?|employ(?:s|ed|ing)?|install(?:s|ed|ing)?|open(?:s|ed|ing)?|"
            r"vaccinat(?:e|es|ed|ing)|retrofit(?:s|ted|ting)?|plant(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
            r"nurtur(?:e|es|ed|ing)|cultivat(?:e|es|ed|ing)|foster(?:s|ed|ing)?|"
            r"(?:set|stand)(?:s|ting|ing)? up|add(?:s|ing)?")
_CUE_EN_VERB = re.compile(rf"\b(?P<verb>{_EN_MAKE})\s+$", re.I)
_WILL_VERB = re.compile(rf"\bwill\s+(?:also\s+)?(?:{_EN_MAKE})\s+$", re.I)
_SUFFIX_ZH = re.compile(r"^(?:(?P<ge>以上)|(?P<le>以下|以内)|(?P<approx>左右))")
_COMPARATOR = {"ge": ">=", "gt": ">", "eq": "=", "verb": "=", "approx": "~", "le": "<="}

_GOAL_EN = re.compile(r"\b(?:aim(?:s|ed|ing)?|goals?|targets?|objectives?|strive|seek(?:s|ing)? to|"
                      r"plan(?:s|ned)? (?:for|to)|commit(?:s|ted)? to|intends? to|aspires? to)\b", re.I)
_GOAL_ZH = re.compile(r"目标|力争|争取|确保|预计|规划|任务|届时")
# a sentence that opens with a condition: "If these objectives are met, Guangdong will contribute about 13 percent"
_IF_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*(?:[Ii]f|[Uu]nless|[Ss]hould)\b|\s*(?:如果|若|假如)")
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b|如果|若", re.I)
_VETO = re.compile(r"罚|fines?\b|penalt|turnover|fee\b|收费|工资|收入|income|salary|price|价格|租金", re.I)
_ZH_GOAL_VERB = re.compile(r"建成|建设|培育|打造|培养|新增|引进|形成|带动|吸引|覆盖|招收|发展|达到|实现")
# a share of the units that are to do something: "100%的社区卫生服务中心…完成中医馆设置"
_ZH_SHARE_GOAL = re.compile(r"完成|设置|配备|开展|预留|建成|建设|覆盖|达到|实现")
# the things counted after a number: up to six words, up to punctuation or a word that ends a noun
# phrase ("at least four new National AI Research Institutes, in addition to…")
_PHRASE_END = (r"(?:of|in|for|to|by|that|which|prior|with|on|at|from|and|or|shall|will|over|within|during|across|"
               r"after|before|until|under|each|every|per|a\s+year|annually)\b")
_COUNTED = re.compile(rf"\s+(?:new\s+|additional\s+|more\s+)?"
                      rf"([A-Za-z][\w-]*(?:\s+(?!{_PHRASE_END})[A-Za-z][\w-]*){{0,5}}?)"
                      rf"(?=\s*(?:[,.;:)—–]|$)|\s+{_PHRASE_END})")
# an act that brings the counted things about, just before the count: "establish at least four new
# institutes", "pursue testing of at least two frontier models", "publish a joint list of ten sites"
_COMMIT_EN = re.compile(rf"\b(?:{_EN_MAKE}|select(?:s|ed|ing)?|test(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|"
                        rf"ensure(?:s|d)? that|complet(?:e|es|ed|ing)|open(?:s|ed|ing)?|publish(?:es|ed|ing)?)"
                        rf"\s+(?:[\w-]+\s+){{0,3}}$", re.I)
# a metric that is only the act: "(each) identify", "designate"
_BARE_VERB = re.compile(r"(?:(?:each|also|jointly|then)\s+)?(?:identify|designate|select|establish|create|build|"
                        r"deploy|launch|fund|award|train|hire|recruit|open|complete)", re.I)
_SENTENCE_END = re.compile(r"[。；;！？!?\n]|\.(?=\s|$)")
# a number a goal starts from, not the goal: "up from about 20 EFLOPS last year", "由原来的5所增至7所"
_BASELINE = re.compile(r"\b(?:up|down|rising|falling|increas\w*|grow\w*) from\s+(?:\w+\s+)?$|\bcompared (?:with|to)\s+$"
                       r"|(?:从|由)(?:原来的|目前的|现在的|现有的)?\s*$", re.I)
# a number that says which things, not how many are to be: "firms with fewer than 50 employees",
# "children under five"
_ATTRIBUTE = re.compile(r"\b(?:with|having|employing|under|aged)\s+$", re.I)
_PAST_EN = re.compile(r"\b(?:was|were)\b", re.I)
# a clause part that reports the past: "Last year the country installed 22 GW, and it intends to …"
_PAST_PART_EN = re.compile(r"\b(?:last year|so far|to date|already|in the past (?:year|decade))\b", re.I)
# a sentence opened by its deadline, then the quantity ("By 2030, 20 million …", "No later than December 31,
# 2026, 100 percent of …"), and a modal soon after it ("… ICT specialists should be employed")
_DEADLINE_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*(?:By|Until|No later than|By the end of)\s+(?:the end of\s+)?"
                               r"(?:fiscal (?:year )?)?(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?(?:19|20)\d{2},?\s*")
_MODAL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:should|will|shall|must|are to|is to)\b")
# a lead-in and the first item of its list, in one text: "…targets for 2030: (a) …", "如下：（一）…"
_INLINE_LEAD = re.compile(r"^([^\n]{0,300}?[：:])\s*(?:\(\w{1,3}\)|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.、])")
# 力争 that governs the goal after it: in its sentence, with no other year between ("力争到2026年，…建成5个";
# not "2023年力争达到4名，2025年达到4.66名", where 2025's goal is plain)
_STRIVES = re.compile(r"(?:力争|争取)(?:到|在)?(?:\d{4}年(?:底|末|前)?)?(?:(?!\d{4}年)[^。；;])*$")
# a unit that measures, which the things counted after it do not replace ("20 exaflops of compute")
_MEASURE = re.compile(r"(?:%|EFLOPS|PFLOPS|GW|MW|TWh|GWh|km|kilomet\w+|hectares|tonnes|tons|times|"
                      r"(?:\w+ )?(?:yuan|RMB|dollars|euros|USD|EUR))$")
# what may open a list's item before its quantity: "(a) ", "1. ", "（一）", "— "
_ITEM_OPENING = re.compile(r"\s*(?:\(?[\w一二三四五六七八九十]{1,4}[.)）、]|（[一二三四五六七八九十\d]{1,3}）"
                           r"|[—–•-])?\s*")
# a deadline of the quantity's own, right after it: "215 GW of installed solar capacity by 2030"
_BY_YEAR_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,7}}?\s+by\s+(?:the end of\s+)?(?:fiscal\s+(?:year\s+)?)?"
                            rf"(?:(?:{MONTHS})\s+(?:\d{{1,2}},\s*)?)?(?P<year>(?:19|20)\d{{2}})\b")
# a sentence that commits to what it counts
_COMMITTING_EN = re.compile(r"\b(?:will|shall|must|requires?|aims?|plans?|targets?|goals?|objectives?|commit\w*|"
                            r"pledge\w*)\b", re.I)
# a change by so much, before a share or after what it is compared with: "能耗比2020年下降14%以上",
# "提高5个百分点", "企业数量比2023年增加500家"
_COMPARED_ZH = re.compile(r"[比较](?:\d{4}年|上一?年|去年)")
_CHANGE_BY_ZH = re.compile(r"(?:下降|降低|减少|提高|提升|增长|增加)\s*$")


def _statistic(text: str, year: YearPhrase, date: str, zh: bool,
               sentence: tuple[int, int], start: int) -> bool:
    """Whether the year that dates a number makes it a statement of fact, not a goal: a year before the
    document's; 截至 (as of) that year; in English, a sentence in the past tense ("In 2023, … was worth").
    A bare Chinese year is a plan's year as often as a past one ("2023年达到80%，力争2035年达到95%")."""
    doc_year = re.match(r"(?:19|20)\d{2}", date or "")
    if (year.year is not None and not year.counted and not is_deadline(text, year) and doc_year
            and year.year < int(doc_year.group())):
        return True  # "2022年，全市新增…" in a text of 2024; not "到2023年，培养…", a deadline however late
    if zh:
        return bool(re.search(r"(?:截至|截止)(?:到|至)?\s*$", text[max(0, year.start - 4):year.start]))
    s0, _ = sentence
    return bool(_PAST_EN.search(text, s0, start)) and not _GOAL_EN.search(text, s0, sentence[1])


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# ---- goals -------------------------------------------------------------------------------------


def _cue(window: str) -> tuple[str, int, str] | None:
    """The comparator of a goal cue ending the window, where the cue starts in it, and its object."""
    for rx in (_CUE_ZH, _CUE_EN, _CUE_ZH_VERB, _CUE_EN_VERB):
        m = rx.search(window[-80:])
        if m:
            kind = next(k for k, v in m.groupdict().items() if v and k in _COMPARATOR)
            obj = (m.groupdict().get("obj") or "").strip()
            if m.groupdict().get("zobj"):
                obj = m.group("verb") + m.group("zobj")
            return _COMPARATOR[kind], len(window) - len(window[-80:]) + m.start(), obj
    return None










def _standard(text: str, start: int) -> bool:
    """Whether the quantity is an indicator table's standard: its cell follows a numbered indicator's
    name and says little else ("15.签约高血压患者血压控制率 | ≥50%", "8.家庭医生签约服务种类 | 支持签约
    模式的种类大于3类。"). A table of indicators sets its standards as goals, with or without a year."""
    cells = text[:start].split(CELL)
    return (len(cells) >= 2 and (read_number(cells[-2].strip()) is not None or len(cells) == 2)
            and HAN_CHAR.search(cells[-2]) is not None and len(cells[-1].strip()) <= 20)






def extract_targets(text: str, date: str = "", leads: Sequence[str] = ()) -> list[Target]:
    """Every quantified goal in a clause, in order; relative years resolve against date (ISO).

    leads: the lead-ins of the lists the clause is an item of, innermost first ("到2026年，具体目标如下：",
    "(b) Within 120 days of the date of this order, the Secretary shall:"). The nearest deadline among
    them dates the item's goals that have no year of their own; a deadline or a goal word in them makes
    the item's cued numbers goals, as it would in the item's own sentence."""
    years = find_years(text, date)
    inline = _INLINE_LEAD.search(text)  # "The strategy sets the following targets for 2030: (a) …; (b) …"
    if inline:
        leads = [text[:inline.end(1)], *leads]
    led_by = next((y for lead in leads if (y := lead_year(lead, date)) is not None), None)
    led = led_by is not None or any(_GOAL_ZH.search(lead) or _GOAL_EN.search(lead) for lead in leads)
    sentences = _sentences(text)
    quantities = find_quantities(text, _CUE_ZH)
    out: list[Target] = []
    prev_end, prev_target, prev_sentence = 0, None, None
    for i, q in enumerate(quantities):
        s0, s1 = next(span for span in sentences if span[0] <= q["start"] < span[1])
        if prev_sentence != s0:
            prev_end, prev_target, prev_sentence = s0, None, s0
        lo, start, end = prev_end, q["start"], q["end"]
        # a number that is no goal does not cut the window of the next: "累计培育营业收入10亿元以上的设计企业20家"
        # counts 企业 with the verb before the revenue threshold
        prev_end = end if not _CUE_ZH_VERB.search(text[lo:start]) else prev_end
        before = text[s0:start]
        if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
            continue  # "300 billion yuan (US$41.4 billion)", "1023个（小学563个、初中460个）": restated or split
        window = text[lo:start]
        zh = bool(HAN_CHAR.search(text[s0:s1]))
        cue = _cue(window)
        comparator, cue_at, inherited, obj, share_goal, attached, item = "", start, False, "", "", None, False
        suffix = _SUFFIX_ZH.match(text[end:end + 3])
        if cue:
            comparator, cue_at, obj = cue[0], lo + cue[1], cue[2]
            if suffix and comparator == "=":  # "培育10家以上": the trailing 以上 says how
                comparator = _COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                end += len(suffix.group())
        else:
            clause_part = re.split(r"[，,；;。]", window)[-1]
            change = _CHANGE_BY_ZH.search(window) if (q["unit"] in ("%", "个百分点", "百分点", "倍")
                                                      or _COMPARED_ZH.search(window)) else None
            if q.get("change"):  # "充电桩数量翻一番": the doubling is the goal
                comparator, cue_at = "=", start
            elif change:  # "能耗比2020年下降14%以上", "提高5个百分点": a change by so much is the goal
                comparator, cue_at = "=", lo + change.start()
                if suffix:
                    comparator = _COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                    end += len(suffix.group())
            elif suffix and _ZH_GOAL_VERB.search(clause_part):
                comparator = _COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                end += len(suffix.group())
                cue_at = start - len(clause_part)
            elif zh and q["unit"] == "%" and text[end:end + 1] == "的" and _ZH_SHARE_GOAL.search(
                    clause_part + (of_what := re.split(r"[，,；;。]", text[end + 1:s1])[0])):
                comparator, cue_at, share_goal = "=", start - len(clause_part), of_what
                # what share: 社区卫生服务中心…完成中医馆设置; an aside in brackets is not part of it
                obj, end = re.sub(r"（[^）]*）|\([^)]*\)", "", of_what), end + 1 + len(of_what)
            elif (prev_target is not None and len(window) <= 60 and re.search(r"\band\b|、|，|,|和|及|以及", window)
                  and (q["unit"] == prev_target.unit or not zh and q["unit"] and re.search(r"\bof\s+$", window))):
                # "23% and 30%"; "worth more than 150 billion yuan and a computing capacity of 25 EFLOPS"
                comparator, inherited = prev_target.comparator if q["unit"] == prev_target.unit else "=", True
            elif suffix and prev_target is not None and zh:  # "就业1200万人以上，失业率5.5%左右": its own how
                comparator = _COMPARATOR[next(k for k, v in suffix.groupdict().items() if v)]
                end += len(suffix.group())
                cue_at = start - len(clause_part)
            elif (not zh and q["unit"] and _DEADLINE_OPENING.fullmatch(text, s0, start)
                  and _MODAL_AFTER.match(text, end)):
                # "By 2030, 20 million ICT specialists should be employed in the EU": the goal is the subject
                comparator, cue_at = "=", start
            elif led and q["unit"] and _ITEM_OPENING.fullmatch(
                    text, max(s0, inline.end(1)) if inline and start > inline.end(1) else s0, start):
                # "By 2030, the Government will meet the following targets:" then "(a) 20 exaflops of public
                # compute capacity;": an item of a list of goals that opens with its quantity
                comparator, cue_at, item = "=", start, True
            elif not zh and q["unit"] and (attached := _BY_YEAR_AFTER.match(text, end)) and _COMMITTING_EN.search(
                    text, s0, start):
                # "shall use 100 percent carbon pollution-free electricity by 2030", "a goal of building a
                # network of 500,000 chargers by 2030": a quantity with its own deadline, in a sentence
                # that commits to it
                comparator, cue_at = "=", start
        if not comparator:
            continue
        if zh and _SUFFIX_ZH.match(text[q["end"]:q["end"] + 3]) and text[q["end"]:q["end"] + 3].endswith("的"):
            continue  # "年产值5亿元以上的软件企业": which firms are counted, not a goal
        if _CONDITION.search(re.split(r"[，,；;。—–]", text[lo:cue_at])[-1]) or _IF_OPENING.match(text, s0):
            continue  # "if fewer than ten sites exist": a condition, not a goal
        if _BASELINE.search(text[lo:cue_at]) or _ATTRIBUTE.search(text[max(s0, cue_at - 12):cue_at]) or (
                _AGE_GROUP.search(text[max(s0, cue_at - 20):cue_at]) and re.match(r"(?:over|under|above|below)\b",
                                                                                 text[cue_at:])):
            continue  # "up from about 20 EFLOPS", "由原来的5所": where it starts; "firms with fewer than 50 employees"
        if not zh and _PAST_PART_EN.search(re.split(r"[;:]|,\s*(?:and|but|while|whereas)\b", text[s0:start])[-1]):
            continue  # "Last year the country installed 22 GW": what was done
        if comparator == "=" and _STRIVES.search(text[s0:cue_at]):  # "力争用3年时间，建成…5个"
            comparator = "~"
        local = text[max(s0, start - 40):min(s1, end + 8)]
        if _VETO.search(re.split(r"[，,；;。]", local)[-1] if zh else local):
            continue
        dated = [y for y in years if not y.counted]
        has_year = any(s0 <= y.start < s1 for y in dated) or (zh and any(y.start < start for y in dated))
        goal_words = _GOAL_ZH.search(text) if zh else _GOAL_EN.search(text[s0:s1])
        # "establish at least four new institutes": an act that brings a count about; "at least one" only
        # says that some exist, and a count with no "at least" ("publish a list of ten sites") is a goal
        # only where a deadline, dated or counted, says by when it is to be done
        deadline = any(s0 <= y.start < s1 for y in years) or led_by is not None
        committed = (not zh and (comparator in (">=", ">") and (q["value"] > 1 or deadline)
                                 or comparator == "=" and deadline)
                     and (_COMMIT_EN.search(text[s0:cue_at]) or _CUE_EN_VERB.search(window))
                     # "The initiative will train 1 million people": a count the text says will be made
                     or not zh and comparator == "=" and bool(_WILL_VERB.search(window)))
        standard = zh and _standard(text, start)
        if _SYMBOL_CUE.match(text, cue_at) and not standard and not (zh and _GOAL_ZH.search(text, s0, s1)):
            continue  # "就诊≥1次" in a definition: ≥ and ≤ state a goal as a table's standard or a 目标
        if not (has_year or goal_words or share_goal or committed or standard or led
                or (zh and re.search(r"力争|争取", window))):
            continue
        nxt = quantities[i + 1]["start"] if i + 1 < len(quantities) else s1
        chosen = goal_year(text, years, (s0, s1), start, end, nxt, zh)
        year = chosen.year if chosen else None
        if chosen and _statistic(text, chosen, date, zh, (s0, s1), start):
            continue  # "截至2023年底，累计建成…", "In 2023, … was"
        if inherited and chosen is None:
            year = prev_target.year
        if year is None and chosen is None:
            year = int(attached.group("year")) if attached else led_by
        unit = q["unit"]
        # "one AI regulatory sandbox": a unit opened by a two-letter acronym is read again as the things counted
        counted = committed or item or (not zh and cue and _CUE_EN_VERB.search(window)) or q["acronym"]
        if (counted and q["num_end"] >= 0 and not _MEASURE.match(unit)
                and (things := _COUNTED.match(text, q["num_end"]))):
            obj, unit = things.group(1), things.group(1).split()[-1]  # "four new National AI Research Institutes"
            end = things.end(1)
        # a goal that shares the one before's cue names its own metric in Chinese ("培育领军企业10家、专精特新
        # 企业100家"); in English what comes between is a conjunction ("23% and 30%")
        metric = obj or (metric_before(text, lo, cue_at) if zh or not inherited else "")
        if not zh and not obj and _CUE_EN_VERB.search(window) and (
                things := re.sub(r"^(?:thousand|million|billion|trillion)\s+", "", unit)) != unit:
            metric = things  # "intends to build 1.5 million homes": homes, not the Government that builds
        verb = re.match(rf"(?:至少|不少于|力争|争取)?({_ZH_MAKE})", text[cue_at:start])
        if zh and (verb or not metric or re.fullmatch(_ZH_MAKE, metric)):
            noun = zh_object(text, end)
            if noun and not re.match(r"[，。；、]", noun):
                metric = (verb.group(1) if verb else metric if len(metric) <= 3 else "") + noun
        if not metric and not zh:
            metric = metric_after(text, end, min(nxt, s1))
        if not zh and _BARE_VERB.fullmatch(metric) and q["num_end"] >= 0 and (
                things := _COUNTED.match(text, q["num_end"])):
            # "each identify a minimum of 3 sites": the act and the things it is to count
            kept = re.split(r"\s+\w+(?:ed|ing)\b", things.group(1))[0]
            metric = f"{metric.split()[-1]} {kept}"
        if not metric and prev_target is not None:
            metric = prev_target.metric
        if zh and (not metric or CHANGE_ZH.fullmatch(metric)):
            metric = indicator(text, cue_at) or metric
        if not metric and zh:  # "覆盖率2023年达到80%": the words before the year
            parts = [p for p in re.split(r"[，,、；;：:。|]", YEAR.sub("|", text[s0:cue_at]))
                     if p.strip(" 到至在于")]
            metric = ZH_FILLER.sub("", parts[-1].strip(" 到至在于")) if parts else ""
        span_end = chosen.end if chosen and 0 <= chosen.start - end < 40 else end  # a year right after: in the span
        t = Target(value=q["value"], unit=unit, year=year, metric=metric,
                   text=text[cue_at:span_end].strip(), comparator=comparator, start=cue_at, end=span_end)
        out.append(t)
        prev_target, prev_end = t, end  # after a trailing 以上: it is not the next goal's metric
    return _share_trailing_year(text, out)


def _share_trailing_year(text: str, targets: list[Target]) -> list[Target]:
    """An English goal with no year takes the year of the next goal of its sentence when only "and" and
    their own words stand between: "reduce road deaths by 50 percent and serious injuries by 30 percent
    by 2030" sets both for 2030."""
    for a, b in zip(targets, targets[1:], strict=False):
        between = text[a.end:b.start]
        if (a.year is None and b.year is not None and not HAN_CHAR.search(between)
                and re.search(r"\band\b", between) and not re.search(r"[.;:]", between)):
            a.year = b.year
    return targets
