"""Name what a goal measures and the unit it counts, once targets.py has found it: the things a count
makes ("four new National AI Research Institutes"), what a share is of, what a sum goes to, the noun after
a Chinese act ("建成…5个智能工厂"), else the words before its cue. Reading those phrases is metrics.py's."""

from __future__ import annotations

import re

from ingest import goal_signs as sign
from ingest.cues import CUE_EN_VERB, EN_MAKE, FURTHER, GOAL_IS_EN, ZH_MAKE
from ingest.goal_context import earlier_things
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
from ingest.types import Target
from ingest.years import YEAR

# a verb after a modal, just before a sum: "Semiconductor fabs will receive "
_VERB_AFTER_MODAL = re.compile(r"\b(?:will|shall|must|should|to)\s+(?:also\s+)?[a-z]+\s+$")
# a metric that is only the act ("建成", "年内上线"): what it makes follows the count
_VERB_ALONE_ZH = re.compile(rf"(?:各|分别|均|年内|当年|每年|全年|累计|新增)?"
                            rf"(?:{ZH_MAKE}|上线|部署|认定|发布|遴选|推广|吸引|引进)")
# …or an agency before it, the subject that acts ("…会同…、区文化广电旅游体育局发布不少于20个…"): no part of it
_AGENCY_BEFORE_VERB_ZH = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}?(?:局|委|厅|办|部|院|中心|政府)"
                                    rf"(?=(?:{ZH_MAKE}|上线|部署|认定|发布|遴选|推广|吸引|引进)$)")
# the word target that ends a metric read before it ("新增专精特新企业目标为"): no part of what is measured
_TARGET_WORD_END = re.compile(r"(?<=.)目标(?:值)?(?:为|是|[：:])?$")
# a scale a count's unit opens with: "20 million ICT specialists", "10 lakh youth" count specialists, youth
_SCALE_WORD = re.compile(r"^(?:thousand|million|billion|trillion|lakhs?|crores?)\s+")
_MAKE_WORD = re.compile(rf"(?:{EN_MAKE})", re.I)  # "delivering at least 100 petaflops of …": the act alone
# …or a clause that ends in one: "each new facility uses"
_ENDS_IN_ACT_EN = re.compile(r"\s(?:uses|has|have|reaches|gets|makes|receives)$")
# a verb read as a share's metric: "use", "making"
# a goal stated as what it is, whose metric follows its figure (cues.CUE_EN's "goal is")
_GOAL_IS_EN = re.compile(GOAL_IS_EN, re.I)
_ACT_WORD_EN = re.compile(r"(?:use|using|make|making|get|getting|have|having|reach|reaching|provide|providing|"
                          r"source|sourcing|procure|procuring|draw|drawing|obtain|obtaining|"
                          r"reserve|reserving|allocate|allocating|ensure|ensuring|dedicate|dedicating|support|"
                          r"supporting|serve|serving|import|importing|export|exporting|generate|generating|"
                          r"produce|producing|supplied|powered|sourced|covered|met|host|hosting|make\s+up|"
                          r"account\s+for)", re.I)
# what a measure is made available to: "make at least 2 million GPU-hours per year available to partnership teams"
_MADE_AVAILABLE = re.compile(r"(?:\s+(?:per|a|each|every)\s+year)?\s+(available(?:\s+free\s+of\s+charge)?"
                             r"(?:\s+to\s+(?:[\w'’-]+\s+){0,3}?"
                             r"[\w'’-]+)?)(?=\s+(?:by|in|within|until|through|over|from)\b|\s*[,.;]|\s*$)")
# a share aimed for: what it is of follows it, and the words before are who aims ("Ireland's national digital
# strategy aims for 90% of SMEs to reach …")
_AIMS_FOR = re.compile(r"(?:aims?|aiming|calls?|calling|strives?|striving)\s+for\s+", re.I)
_SHARE_TARGET_OF = re.compile(r"\b(?:target|goal)\s+of\s+(?:an?\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\s+(?:will|shall|should|must|is to|are to|would)\s+be\s+(?:\w+ly\s+)?"
                             # (past where it starts: "will be expanded from the 38,231 GPUs … to")
                             r"(?P<verb>[a-z]+ed)\s+(?P<start>from\s+(?:[^,;:]|,(?=\d)){1,60}?\s+)?(?:to\s+)?$")
_MODAL_JUST_BEFORE = re.compile(r"\b(?:will|shall|must|should|would)\s+(?:also\s+|\w+ly\s+)?$")
# what a change brings to a bound, or changes by so much: "reduce the effective cost of compute for eligible users to
# not more than ₹100", "reduce average processing times for immigration, employment insurance and passport
# applications by 20 per cent" (a list's commas inside what changes)
_CHANGED_TO_BOUND = re.compile(r"\b(?:reduc|lower|cut|bring|rais|increas|expand|grow|boost|limit)\w*\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?P<what>(?:[\w'’-]+(?:,(?=(?:\s+[\w'’-]+){1,4}\s+(?:and|or)\s))?\s+)"
                               r"{1,20}?)(?:from\s+(?:[\w'’.,-]+\s+){1,6}?)?(?:to|by)\s+$", re.I)
# a relative clause that states the level: "a target for the share of … compute, which shall be no less than 75%"
_WHICH_SHALL_BE = re.compile(r",\s+which\s+(?:shall|will|must|should)\s+be\s+$")
_TARGET_FOR = re.compile(r"\b(?:target|goal|ceiling|cap|limit)\s+(?:for|on)\s+(?:the\s+)?", re.I)
_PARTICIPLE_END = re.compile(r"\s+[a-z]+ed\s+(?:out|up|off|down|over|back)$")
# a relative pronoun read as what a share measures: "…, of whom at least 40% women"
_RELATIVE = re.compile(r"(?:of\s+)?(?:whom|which)", re.I)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|which)\s+$", re.I)
_WHERE_THEY_ARE = re.compile(r"\s+(?:should|must|will|shall)\s+be\s+([a-z][^,.;]{2,80}?)(?=\s*[,.;]|\s*$)")
_WHAT_IT_IS = re.compile(r"\s+(?:of\s+(?:which|whom)\s+)?(?:(?:is|are|be)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)"
                         r"(?=\s+(?:to|by|in|for|and)\b|\s*[,.;]|\s*$)")
_ACCESS_EN = re.compile(r"\b(?:secur\w*|provid\w*|giv\w*|expand\w*)\s+access$|^access$", re.I)
_CITATION_END = re.compile(r"\s*\((?:new\s+)?(?:Article|Art\.|Section|Sec\.|§)\s*[\w.-]{1,12}\)$")
_PRONOUN_OPENS = re.compile(r"(?:it|them|these|those)\b")
_NO_OBJECT_AFTER = re.compile(r"\s+(?:by|in|within|over|to|from|until|before|through|compared|relative|as)\b"
                              r"|\s*[,.;:]|\s*$")

_GIVES_EN = re.compile(r"(?:provides|announces|allocates|commits|invests)\b")
# a goal after "and" with its own verb and noun before "of" (not the goal before's: "and attract investment of")
_OWN_NOUN_OF_EN = re.compile(r"\band\s+(?:to\s+)?[a-z]+\s+(?P<what>(?:(?:new|total|additional|private|public|foreign|"
                             r"direct)\s+)?[a-z]+)\s+(?:of|worth)\s+(?:about\s+|around\s+|at\s+least\s+|over\s+)?$")


def goal_metric(text: str, quantities: list[dict], i: int, sentence: tuple[int, int], lo: int, cue_at: int,
                end: int, nxt: int, obj: str, *, zh: bool, counted: bool, inherited: bool, acted: str | bool,
                prev_target: Target | None, sized: str) -> tuple[str, str, int]:
    """What the goal at quantities[i] measures, the unit it counts and where it ends (past the things it
    counts): its span runs from cue_at, its window from lo, and nxt is where the next number starts. obj: what
    its cue or context named; counted: whether its unit is read again as the things counted; acted: the verb
    its modal commits to, no metric of its own; sized: the thing built whose size it is."""
    q = quantities[i]
    s0, s1 = sentence
    start = q["start"]
    window = text[lo:start]
    unit = q["unit"]
    if (counted and q["num_end"] >= 0 and not sign.MEASURE.match(unit)
            and (things := counted_things(text, q["num_end"]))):
        obj, end = things  # "four new National AI Research Institutes"
        obj = _PARTICIPLE_END.sub("", obj)  # "50 AI chip designs taped out": the designs
        unit = obj.split()[-1]
        if whom := helped(window, obj):
            unit = whom.split()[-1]  # "help 3,000 SMEs adopt AI solutions": SMEs, who adopt
    # a goal that shares the one before's cue names its own metric in Chinese ("培育领军企业10家、专精特新
    # 企业100家"); in English what comes between is a conjunction ("23% and 30%")
    count = q["num_end"] >= 0 and not sign.MEASURE.match(unit)  # "two new large-scale clusters of …"
    metric = obj or (metric_before(text, lo, cue_at, level=not count or not unit) if zh or not inherited else "")
    if not zh and re.fullmatch(r"(?:the\s+|this\s+)?budget", metric, re.I) and _GIVES_EN.match(text, cue_at):
        metric = ""  # "The Budget provides $466.4 million …": the budget gives it, no metric ("The budget will reach
        # EUR 5 billion" measures the budget)
    if not zh and not metric and inherited and (own := _OWN_NOUN_OF_EN.search(window)):
        metric = own.group("what")  # "create 10,000 jobs and attract investment of $1 billion": investment
    if not zh and not obj and (changed := _CHANGED_TO_BOUND.search(text, s0, cue_at)):
        metric = changed.group("what").strip()
    if not zh and not obj and unit == "%" and (_AIMS_FOR.match(text, cue_at)
                                               or _SHARE_TARGET_OF.search(text, cue_at, start)):
        # (or "a voluntary target of a 20% relative reduction in harmful alcohol use": what the share names)
        metric = metric_after(text, end, min(nxt, s1)) or noun_after(text, end, min(nxt, s1)) or metric
    if not zh and not obj and _GOAL_IS_EN.match(text, cue_at):
        metric = metric_after(text, end, min(nxt, s1))  # "the long-term ambition is an 80 per cent employment rate"
    if not zh and not obj and (which := _WHICH_SHALL_BE.search(text, s0, cue_at)):
        named = list(_TARGET_FOR.finditer(text, s0, which.start()))
        metric = (text[named[-1].end():which.start()].strip() if named else metric_before(text, s0, which.start())
                  or metric)
    if not zh and (passive := _PASSIVE_BEFORE.search(text, s0, cue_at)) and (
            metric in ("", passive.group("verb")) or passive.group("start")):
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
    if zh and (agency := _AGENCY_BEFORE_VERB_ZH.match(metric)):
        metric = metric[agency.end():]
    verb = re.match(rf"(?:至少|不少于|力争|争取)?((?!(?:突破|完成)\s*$)(?:{ZH_MAKE}))(?![至到])",
                    text[cue_at:start])
    if zh and (verb or not metric or _VERB_ALONE_ZH.fullmatch(metric)) and not sign.GOAL_AFTER_ZH.match(text, end):
        noun = zh_object(text, end)
        if noun and unit == "%" and noun.startswith("的") and len(noun) > 2:
            metric = noun[1:]  # "推动90%以上的高频政务服务事项实现…": the things the share is of and what they reach
        elif noun and not re.match(r"[，。；、]", noun):
            metric = (verb.group(1) if verb else metric if len(metric) <= 3 else "") + noun
        elif verb and not metric:  # "培育估值超10亿元的人工智能独角兽企业10家以上": the verb's object before the count
            metric = re.sub(r"(?:至少|不少于|不低于|超过|达到)\s*$", "", text[cue_at:start]).strip()
    if acted and metric == acted:  # "shall bring at least 1 GW of new clean generation"
        metric = metric_after(text, end, min(nxt, s1)) or metric
    metric = metric or q.get("object", "")  # "one in three pounds of procurement spend"
    if not metric and not zh and (q.get("change") or not count):
        # "at least 50 percent of new cars"; "Triple the EU's AI compute capacity"
        metric = (object_after if q.get("change") else metric_after)(text, end, min(nxt, s1))
    if not metric and not zh and count and (things := counted_things(text, q["num_end"])):
        metric = things[0]  # "Within 18 months, set up a curriculum in at least 20 colleges": what is counted
    if not zh and (sign.BARE_VERB.fullmatch(metric) or re.fullmatch(r"[a-z]+ing", metric)) and count and (
            things := counted_things(text, q["num_end"])):
        # "each identify a minimum of 3 sites", "the goal of exchanging 500,000 people": the act and the things
        # it is to count
        kept = re.split(r"\s+\w+(?:ed|ing)\b", things[0])[0]
        metric = f"{metric.split()[-1]} {kept}"
    elif not zh and count and _MAKE_WORD.fullmatch(metric) and (unit or counted_things(text, q["num_end"])):
        # "train and place 5,000 mid-career workers", "attract at least 10 new CoEs" (a table's row): who, what
        metric = things[0] if (things := counted_things(text, q["num_end"])) else unit
    elif not zh and (not count and (sign.BARE_VERB.fullmatch(metric) or _MAKE_WORD.fullmatch(metric))
                     or _ACCESS_EN.search(metric) and unit != "%"):
        # "deploy 2 gigawatt-peak of solar energy", "secure access to at least 150 petaflops of AI-capable compute"
        metric = metric_after(text, end, min(nxt, s1)) or metric
    if not zh and unit == "%" and (not metric or _ACT_WORD_EN.fullmatch(metric) or _ENDS_IN_ACT_EN.search(metric)):
        # "should use 100% renewable electricity", "a target of at least 75% average utilisation of AIRR
        # compute", "making at least 20 percent of that capacity available": what the share is of; "reserve
        # not less than 20 percent for researchers at …": whom it is kept for
        metric = (metric_after(text, end, min(nxt, s1)) or noun_after(text, end, min(nxt, s1))
                  or (f"{metric} for {kept}" if metric and (kept := held_for(text, end, min(nxt, s1))) else metric))
    elif not zh and count and _ACT_WORD_EN.fullmatch(metric) and (things := counted_things(text, q["num_end"])):
        # "support not less than 5,000 eligible users each year": the users (not when, nor "available")
        metric = re.sub(r"\s+(?:(?:next|this|each|every|a|per)\s+year|available|annually)$", "", things[0])
    elif not zh and not count and unit and not sign.MONEY.search(unit) and _ACT_WORD_EN.fullmatch(metric) and (
            things := _SCALE_WORD.sub("", unit)) != "%":
        # "to make at least 2 million GPU-hours per year available to partnership teams": the GPU-hours made
        # available, not the act; "import up to 6 gigawatts of low-carbon electricity": what the measure is of;
        # "… 30 petaflops of AI computing capacity, and the goal is to reach at least 120 petaflops": the same
        # measure as the goal before
        made = _MADE_AVAILABLE.match(text, end, s1)
        same = prev_target.metric if prev_target is not None and prev_target.unit == unit else ""
        metric = (metric_after(text, end, min(nxt, s1)) or same
                  or (f"{things} {made.group(1)}" if made else things))
    if not zh and not unit and q["num_end"] >= 0 and (re.search(rf"\b{FURTHER}\s+$", text[s0:start])
                                                     or _SHARE_TARGET_OF.search(text, s0, start)) and (
            things := earlier_things(text, quantities[:i])):
        # "installed 3,000 GPU servers; it will install a further 5,000": more of the things named before; "Twenty-two
        # staff as at 30 April, with a target of 45 by 30 June 2027": the things counted now
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
    if zh and not metric and len(act := re.split(r"\s*\|\s*", text[cue_at:start])[-1].strip()) >= 4 and (
            _VERB_ALONE_ZH.search(act)):
        metric = ZH_FILLER.sub("", act)  # "到2027年，全省认定省级实训基地12个以上": the cue's verb and what it makes
    if zh and (not metric or CHANGE_ZH.fullmatch(metric)):
        metric = indicator(text, cue_at) or metric
    if not metric and zh:  # "覆盖率2023年达到80%": the words before the year
        parts = [p for p in re.split(r"[，,、；;：:。|]", YEAR.sub("|", text[s0:cue_at]))
                 if p.strip(" 到至在于")]
        metric = ZH_FILLER.sub("", parts[-1].strip(" 到至在于")) if parts else ""
        if not metric and len(parts) > 1 and (figure := sign.FIGURE_ZH.search(parts[-2])):
            # "去年…营收增长18%，今年力争突破3000亿元": the figure before names what the goal measures
            metric = ZH_FILLER.sub("", parts[-2][:figure.start()].strip(" 到至在于"))
    if not zh and not unit and prev_target is not None and _OF_WHOM_BEFORE.search(text, s0, cue_at):
        unit = prev_target.unit  # "at least 1,00,000 GPUs …, of which not less than 20,000 will be …": GPUs
    if not zh and _OF_WHOM_BEFORE.search(text, s0, cue_at) and (where := _WHERE_THEY_ARE.match(text, end, s1)):
        metric = where.group(1)  # "of whom at least 40 percent should be at institutions outside the 100 largest …"
    elif not zh and _RELATIVE.fullmatch(metric):
        # "of whom at least 40% women", "at least half of which is locally supplied clean energy": what the share is
        after = _WHAT_IT_IS.match(text, end, min(nxt, s1))
        metric = after.group(1) if after else noun_after(text, end, min(nxt, s1)) or unit
    if not zh and prev_target is not None and prev_target.metric and (pronoun := _PRONOUN_OPENS.match(metric)):
        # "3 GW of data centre capacity …, at least 60 per cent of it powered by renewable energy": of that capacity
        metric = prev_target.metric + metric[pronoun.end():]
    if not zh:
        metric = _PARTICIPLE_END.sub("", metric)  # "chip designs taped out": the designs
        metric = _CITATION_END.sub("", metric)  # "… advanced GPUs (new Article 5-3)": the provision, no part of it
    if sized:
        metric = sized
    if zh:  # "新增专精特新企业目标为300家": what the target is of, not the word target
        metric = _TARGET_WORD_END.sub("", metric) or metric
    return metric, unit, end
