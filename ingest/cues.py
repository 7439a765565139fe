"""Goal cues: the words that bind a number as a goal and say how: "reach", "at least", "up to", 达到, 不低于,
a verb that makes what it counts ("培育…10家", "train 500 researchers"), a trailing 以上 or 左右. targets.py
decides which cued numbers are goals."""

from __future__ import annotations

import re

# a goal stated as what it is: "Our goal is 1 million trained workers" (its metric follows its figure, goal_metric)
GOAL_IS_EN = r"(?:target|goal|ambition|aim|objective)\s+(?:is|remains|will\s+be)\b"
CUE_EN = re.compile(
    r"(?<![\w-])(?:(?P<ge>(?:greater|more|higher) than or equal to|at or above|at least|no less than|not less than|"
    r"no lower than|not lower than|"
    # "a minimum share of sustainable aviation fuel of 2 %"
    r"a\s+minimum\s+(?P<minof>(?:share|level|proportion|percentage|amount|volume)\s+of\s+(?:[\w'’-]+\s+){1,5}?)of|"
    r"no fewer than|not fewer than|a minimum of)"
    r"|(?P<gt>more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|(?<!the )(?<!its )(?<!['’]s )top(?:s|ped)?"
    r"|beyond)"  # "tops 100 GW" (not "the top three AI powers", a rank)
    r"|(?P<eq>reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|attain(?:s|ed)?|hit|aim(?:s|ing)?\s+(?:for|at)|"
    r"(?:grow|increas|ris(?=e|ing)|expand|rais(?=e|ing)|boost|lift|doubl|tripl|quadrupl|bring|reduc|cut|lower|decreas|improv|"
    r"halv|fall(?:s|ing)?\b|drop(?:s|ping)?\b|declin(?=e|ing)|top(?:s|ped|ping)?\s+up\b)\w*\s+"
    # "(NPUs)" may stand in it; "top up the Future Energy Fund by another $5 billion"
    r"(?P<obj>(?:(?:[\w'’-]+|\([^()]{1,30}\))\s+){0,16}?)(?:to|by)(?:\s+(?:another|a\s+further|an\s+additional))?"
    r"|list of"
    # "the training of 1 million …"
    r"|(?:training|recruitment|hiring|creation|deployment|installation|construction|certification)\s+of"
    # "the goal of exchanging 500,000 people" (a verb that makes what it counts is CUE_EN_VERB's: "of training")
    # what an objective names before its level: "the objective of public and private investment in research and
    # innovation of 3% of GDP" (the words between are what it measures)
    r"|(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:objective|target|goal|ambition)\s+of\s+"
    r"(?P<goalof>(?:[\w'’-]+\s+){1,10}?)of"
    # (or "a target of a 30% relative reduction")
    # (or, a gerund after it, "with the aim of supporting 100 new AI scholars a year")
    r"|(?:a|an|the|its|their)\s+(?P<named>(?:[\w-]+\s+){0,2}?)(?:target|goal)\s+of(?:\s+(?P<gerund>[a-z]+ing)|\s+an?)?"
    r"|(?:a|an|the|its|their)\s+(?:aim|objective|ambition)\s+of\s+[a-z]+ing"
    # a goal stated as what it is: "Our goal is 1 million trained workers", "the long-term ambition is an 80 per cent
    # employment rate" (not "was": a goal gone by)
    rf"|(?<![\w-]){GOAL_IS_EN}"
    r"(?:\s+(?:an?|to\s+reach(?:\s+an?)?))?"
    # a results framework's label: "End target (June 2029): 180,000", "Target (2027): 95%"
    r"|(?<![\w-])(?:(?:end|final|mid-?term|interim|intermediate)[- ])?target"
    r"\s*(?:\((?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}\))?:"
    # …or a performance plan's "FY 2025 target: 70 percent" (beside its "FY 2024 result: 64 percent")
    r"|(?<![\w-])(?:FY\s?)?(?:19|20)\d{2}\s+target:)"
    r"|(?P<le>(?:less|no greater|not greater|lower) than or equal to|at or below|no more than|not more than|at most|"
    r"no higher than|not higher than|"
    r"up to|(?:kept|held|controlled|maintained|limited)\s+within)"
    r"|(?P<lt>less than|fewer than|below|(?<=\bto\s)under)"
    r"|(?P<approx>approximately|about|around|roughly|some|nearly))"
    r"\s+(?:(?:a|the)\s+(?:value|total|level|scale|capacity|share|mark|target|goal|equivalent)\s+of\s+)?$", re.I)
# (a density's denominator may stand between the cue and the number, "达到每万名工人500台"; not what each person
# gets, "提高至每人每月217元")
CUE_ZH = re.compile(
    r"(?:(?P<ge>(?:不得|不应|不宜|不能)(?:低于|少于|小于)|不低于|不少于|不小于|至少|≥)|(?P<gt>超过|突破|高于|多于|大于|超)|(?P<approx>力争|争取|约)"
    r"|(?P<lt>(?<!不)(?:低于|少于|小于)|<)"
    r"|(?P<le>(?:不得|不应|不宜|不能)(?:超过|高于|大于|多于)|不超过|不高于|不大于|不多于|控制在|降至|降到|降低至|降低到|下降至|下降到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|≤)"
    r"|(?P<eq>达到|达|实现|完成|提升至|提升到|提高至|提高到|增加至|增加到|增至|扩大至|扩大到|稳定在|保持(?:在)?|维持在|计划(?:总数|总量|数)?为))"
    r"(?:到|至|了)?(?:(?:19|20)\d{2}年(?:底|末)?的)?(?:每年|年均|每日|每天|日均|每月|月均|每[十百千万]+(?:名|个|人|户|家|位)?[\u4e00-\u9fff]{1,4}|每平方(?:公里|千米))?\s*$")
# (a deadline may stand between a cue and its figure: "由2023年的41.2%提高到2027年的43%")
SYMBOL_CUE = re.compile(r"[≥≤]")
# a verb that makes what a Chinese goal counts: its object after the number is the metric ("培养不少于3500名基层医生")
# (not a 建设点, a place counted: "国家级一流本科专业建设点58个"; 共建, what is built with partners, is built)
ZH_MAKE = (r"新增|新建|新开工|建成|建立|设立|筹建|筹集|培育|培养|培训|打造|引进|引育|招引|孵化|推出|建设(?!点)|共建|"
           r"改造|"
           r"加装|铺设|扩建|举办|"
           r"撬动|投入|集聚|汇聚|形成|安排|实施|完成|突破|压减|淘汰|开通|开设|部署|组建|创建|推动|带动|开放|"
           r"治理|整治|修复|"  # (what a plan restores: "治理水土流失面积3000平方公里")
           r"发放(?=[\u4e00-\u9fff“”\"]{0,6}券)")  # (a voucher scheme's total: "继续发放算力券2亿元")
# a goal verb with its object before the number: "新增就业岗位1.5万个" (not 发放, as often a benefit's payment,
# "每月发放补贴500元", as a sum a plan issues)
CUE_ZH_VERB = re.compile(r"(?:(?P<ge>至少|不少于)|(?P<approx>力争|争取))?"
                          rf"(?P<verb>{ZH_MAKE}|累计)"
                          r"(?P<zobj>(?:[\u3400-\u9fff“”「」\"]|、(?=[\u3400-\u9fff])|[“「\"][^”」\"]{1,8}[”」\"]|"
                          r"[（(][\u3400-\u9fff]{1,4}[）)]|"  # a word's short aside: "各类起降场（点）1000个"
                          r"(?!(?:19|20)\d{2}年)[0-9A-Za-z]+(?=[\u3400-\u9fff]))"
                          r"{0,15}?)\s*$")  # a quoted name counts as one word: 专精特新“小巨人”企业; "硕士、博士"
# (a year in it compares: "数字化改造覆盖率较2023年提高20个百分点" is no 改造 of 20)
# the same in English: "with the goal of training 500 new researchers by 2025" (whole forms only:
# "funded", not "fundamental")
EN_MAKE = (r"train(?:s|ed|ing)?|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|establish(?:es|ed|ing)?|"
            r"creat(?:e|es|ed|ing)|build(?:s|ing)?|built|deploy(?:s|ed|ing)?|launch(?:es|ed|ing)?|"
            r"fund(?:s|ed|ing)?|award(?:s|ed|ing)?|employ(?:s|ed|ing)?|install(?:s|ed|ing)?|open(?:s|ed|ing)?|"
            r"vaccinat(?:e|es|ed|ing)|retrofit(?:s|ted|ting)?|plant(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
            r"nurtur(?:e|es|ed|ing)|cultivat(?:e|es|ed|ing)|foster(?:s|ed|ing)?|"
            r"(?:set|stand)(?:s|ting|ing)? up|add(?:s|ing)?|invest(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|"
            r"provid(?:e|ing)|allocat(?:e|ing)|earmark(?:ing)?|"  # (not "the Law provides $7.5 billion": what is)
            # …but what a budget provides or announces, it commits to: "The Budget provides $466.4 million over four
            # years", "This budget announces a $2.4 billion package"
            r"(?<=[Bb]udget )(?:provides|announces|allocates|commits|invests)(?:\s+an?(?=\s))?|"
            r"attract(?:s|ed|ing)?|certif(?:y|ies|ying)|accredit(?:s|ing)?|"
            r"introduc(?:e|es|ing)|secur(?:e|es|ing)|procur(?:e|es|ing)|acquir(?:e|es|ing)|"
            r"upskill(?:s|ing)?|reskill(?:s|ing)?|plac(?:e|es|ing)|suppl(?:y|ies|ying)|help(?:s|ing)?|"
            r"equip(?:s|ping)?")  # not the past:
# "certified 12", "helped 500 firms"
# "install a further 3,000", "hire another 200": what comes on top of what there is is still the goal's count
FURTHER = r"(?:a\s+further|another|an\s+additional|an\s+extra)"
# (or a rate's "an average of": "deliver an average of 33,000 homes per year")
MORE = rf"(?:(?:{FURTHER}|an\s+average\s+of)\s+)?"
CUE_EN_VERB = re.compile(rf"\b(?P<verb>{EN_MAKE})\s+{MORE}$", re.I)
# an imperative that opens an item of a plan's list commits to what it counts, as "will" does: "1) Mobilise
# EUR 20 billion…", "- Fund 1,000 new AI PhD studentships" (an item of a lead-in's list needs no marker)
_EN_MAKE_BASE = (r"train|hire|recruit|establish|create|build|deploy|launch|fund|award|employ|install|open|vaccinate|"
                 r"retrofit|plant|deliver|nurture|cultivate|foster|set up|stand up|add|invest|mobili[sz]e|attract|"
                 r"certify|accredit|introduce|secure|procure|acquire|upskill|reskill|place|supply|help|equip")
_IMPERATIVE = re.compile(rf"\s*(?:\(?\w{{1,3}}[.)]\s+|[—–•-]\s+)(?:{_EN_MAKE_BASE})\b", re.I)
_IMPERATIVE_ITEM = re.compile(rf"\s*(?:{_EN_MAKE_BASE})\b", re.I)
WILL_VERB = re.compile(rf"\bwill\s+(?:also\s+)?(?:{EN_MAKE})\s+{MORE}$", re.I)
# a trailing comparator, a space perhaps before it ("70% 以上" in text saved from a PDF)
SUFFIX_ZH = re.compile(r"^[ \t]?(?:(?P<ge>以上)|(?P<le>以下|以内)|(?P<approx>左右))")
COMPARATOR = {"ge": ">=", "gt": ">", "eq": "=", "verb": "=", "approx": "~", "le": "<=", "lt": "<"}


CUE_REACH = 120  # characters before a number a cue is looked for in: "Raise the share of … (11 words) … to 50%"


# words that say what kind of target it is, not what it measures ("a new target of", "an ambitious national goal of")
_KIND_OF_TARGET = re.compile(r"(?:new|national|ambitious|overall|headline|interim|long-term|binding|indicative|"
                             r"clear|specific|quantified|stretch|collective|joint|global|first|further|our|its|their|voluntary|"
                             r"mandatory|legally[- ]binding|aspirational|ten-year|five-year|medium-term|short-term)"
                             r"(?:\s+|$)", re.I)


def _named(words: str | None) -> str:
    """What "an initial funding target of" names it a target of ("initial funding"; "" for "a new target of")."""
    words = (words or "").strip()
    return "" if not words or not _KIND_OF_TARGET.sub("", words + " ").strip() else words


def find_cue(window: str) -> tuple[str, int, str] | None:
    """The comparator of a goal cue ending the window, where the cue starts in it, and its object."""
    for rx in (CUE_ZH, CUE_EN, CUE_ZH_VERB, CUE_EN_VERB):
        m = rx.search(window[-CUE_REACH:])
        if m and m.groupdict().get("gerund") and CUE_EN_VERB.search(window[-CUE_REACH:]):
            continue
        if m:
            kind = next(k for k, v in m.groupdict().items() if v and k in COMPARATOR)
            found = m.groupdict()
            obj = (found.get("obj") or found.get("gerund") or found.get("minof")
                   or found.get("goalof") or _named(found.get("named"))).strip()
            if m.groupdict().get("zobj"):
                obj = m.group("verb") + m.group("zobj")
            return COMPARATOR[kind], len(window) - len(window[-CUE_REACH:]) + m.start(), obj
    return None


def opens_imperative(text: str, start: int, item: bool) -> bool:
    """Whether the sentence at text[start:] is an item of a list that opens with an imperative ("1) Mobilise…",
    "- Fund…"); item: the sentence needs no marker of its own (an item of a lead-in's list, a dated one)."""
    line = text.rfind("\n", 0, start) + 1  # "1. Fund…": the item's number may end a sentence of its own
    marked = _IMPERATIVE.match(text, start) or ((m := _IMPERATIVE.match(text, line)) and m.end() > start)
    return bool(marked or item and _IMPERATIVE_ITEM.match(text, start))
