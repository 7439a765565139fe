"""What a goal measures: its metric, named before its cue ("the share of new cars … to reach 50%"),
after its quantity ("培养不少于3500名基层医生", "at least 50 percent of new cars"), or by the indicator its
table row names ("11.签约居民满意率 | 较上一年增加，2035年达到90%"). targets.py finds the goals."""

from __future__ import annotations

import re

from ingest.numbering import read_number
from ingest.numerals import EN_NUMBER
from ingest.quantities import SIZE
from ingest.roc import ROC_YEAR
from ingest.text import HAN_CHAR
from ingest.types import CELL
from ingest.years import YEAR

# a table row of indicators, "11.签约居民满意率 | 较上一年增加，2035年达到90%": the cell before the goal's
# names what is measured when the goal's own cell says only how it changes, by when and how much
CHANGE_ZH = re.compile(r"(?:全覆盖或)?(?:占比)?[较比]上一?年度?(?:有所)?(?:增加|提高|提升|增长|下降|减少)"
                       r"|(?:逐年|每年)(?:增加|提高|提升|增长)|全覆盖")
_REACHED_ZH = re.compile(r"(?:达到|达|为|超过|不低于|不少于)?\d[\d.,]*\s*"
                         r"(?:%|％|个百分点|[名人家个间所项])?(?:以上|左右)?")
# a grade that shares its noun with the next one, "A类、B类人才", "国家级、省级实验室"
_GRADE_ZH = re.compile(r"(?:其中)?[A-Za-z0-9甲乙丙丁一二三四五六七八九十\u4e00-\u9fff]{1,3}?([类级档星])")
ZH_FILLER = re.compile(r"^(?:到|至|在|于|力争|争取|确保|实现|并|且|其中|年底|年末|前|以及|和|及|与|将|把|使(?!用)|，|"
                       r"以上|以下|"
                       r"(?:用|在|未来)?[一二两三四五六七八九十\d]+年(?:时间)?内?)+"  # "两年内将…": a horizon
                       # (nor "全部" of "存量数据中心PUE全部降至1.3以下": how many reach it)
                       # (not the 比 of 占比, 同比)
                       r"|(?:力争|争取|计划|要|将|应|均|需|拟按|拟|(?<![占同])比|较|中安排|安排|全部|全都|都)+$")
# "at least 50 percent of (its) new cars …": the things a share is of, up to the verb or the deadline after
# them ("… of its contracting officers have completed training"); a determiner is no part of what is measured
_OF_PHRASE = re.compile(r"\s+of\s+(?:(?:the|its|their|our|his|her|all)\s+)?([\w'-]+(?:\s[\w'-]+){0,7}?)"
                        r"(?=\s+(?:by|in|on|at|for|across|within|until|before|are|is|will|shall|to|have|has|had|were|was|"
                        r"be|should|must|"
                        r"would|can|could|may)\b|[,.;]|$"
                        r"|\s+and\s+[a-z]+\s+(?:at\s+least|more\s+than|up\s+to|about|around|over|\d|[$€£]))")
_TRAIL_EN = {"to", "will", "shall", "should", "would", "must", "is", "are", "be", "expected", "aims", "aim",
             "seeks", "seek", "plans", "plan", "has", "have", "set", "and", "by", "can", "may", "could",
             "intends", "strive", "strives", "continue", "continues", "help", "helps",
             "all", "reach", "achieve", "attain"}  # "to all 500,000 civil servants", "to reach at least 80%"
_OF_ON_IN = {"of", "on", "in"}  # prepositions inside a measured noun phrase
_STOP_EN = {"for", "its", "the", "their", "our", "his", "her", "that", "which", "has", "have", "had",
            "plans", "plan", "set", "sets", "targets", "target", "and", "by", "with", "a", "an", "to",
            "will", "shall", "should", "would", "must", "in", "on", "at", "is", "are", "be", "as",
            "aims", "aim", "goal", "goals", "ambition", "ambitions", "expected", "seeks", "seek", "objective",
            "established", "announced", "wants", "want", "help", "helps", "it", "this", "these", "of", "from", "expect",
            "expects",
            "hope", "hopes", "intend", "intends", "believe", "believes",
            "today", "now", "currently", "presently", "including", "or", "mandate", "mandates", "require", "requires"}
# who is to reach a goal, not what it measures: "The province will reach 40 EFLOPS", "We will invest"
_ACTOR_EN = re.compile(r"(?:(?!(?:of|in|on|for)\b)[\w'’-]+\s+){0,3}(?:province|country|city|state|region|nation|"
                       r"government|union|commission|ministry|department|agency|administration|municipality|county|"
                       r"district|council|authority|secretary|director|we|they|EU|UK|US)s?", re.I)
# a phrase after what a change multiplies, up to its deadline: "Triple the EU's AI compute capacity by 2030"
_OBJECT_EN = re.compile(r"\s+(?:the\s+|its\s+|their\s+|our\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,7}?)"
                        r"(?=\s+(?:by|in|until|before|to|from|within|over|through|but|while|whereas)\b|\s*[,.;:]|\s*$)")


# the things counted after a number: up to six words, up to punctuation or a word that ends a noun
# phrase ("at least four new National AI Research Institutes, in addition to…"), or a participle after its
# head ("five regions composed of lands")
_PHRASE_END = (r"(?:of|in|into|onto|through|among|amongst|between|via|for|to|by|that|which|who|whom|whose|prior|"
               r"with|on|at|from|and|or|shall|will|over|"
               r"are|is|was|were|have|has|had|should|must|can|could|would|may|"
               r"within|during|across|nationwide|statewide|countrywide|citywide|worldwide|globally|overall|altogether|"
               # ("22 staff as at 30 April")
               r"after|before|until|under|each|every|per|a\s+year|annually|as\s+(?:at|of))\b")
# a participle after the things ends them ("500 teachers trained in AI"); one before a noun is a word of their
# name ("500 high-level integrated circuit professionals")
_PARTICIPLE = rf"[a-z]+ed\b(?!\s+(?!{_PHRASE_END})[a-z])"
_COUNTED = re.compile(rf"\s+(?:new\s+|additional\s+|more\s+)?"
                      rf"((?:{SIZE}\s+)?(?!{_PHRASE_END})[A-Za-z][\w-]*"
                      rf"(?:\s+(?!{_PHRASE_END}|{_PARTICIPLE})[A-Za-z][\w-]*){{0,5}}?)"
                      rf"(?=\s*(?:[,.;:)—–]|$)|\s+(?:{_PHRASE_END}|{_PARTICIPLE}))")
# a word in the singular before "and" modifies the plural head after it, which the two share:
# "500,000 new semiconductor and data center technicians" (not "500 engineers and 20 labs")
_SHARED_HEAD = re.compile(rf"\s+(?:and|or)\s+((?:[A-Za-z][\w-]*\s+){{0,3}}[A-Za-z][\w-]*s)"
                          rf"(?=\s*(?:[,.;:)—–]|$)|\s+{_PHRASE_END}|\s+[a-z]+\s|\s+\()")  # "… businesses adopt AI",
# "small and medium enterprises (SMEs)"


def counted_things(text: str, num_end: int) -> tuple[str, int] | None:
    """The things a bare English count counts, "four new National AI Research Institutes", and where they end."""
    m = _COUNTED.match(text, num_end)
    if not m:
        return None
    phrase, end = m.group(1), m.end(1)
    if not phrase.endswith("s") and (head := _SHARED_HEAD.match(text, end)):
        phrase, end = text[m.start(1):head.end(1)], head.end(1)
    return phrase, end


_WITH_ASIDE_EN = re.compile(r",\s*(?:together|along|jointly|in partnership|in cooperation|in coordination|working)?\s*"
                            r"with\s+[^,;:]{1,80},\s*$", re.I)


def metric_before(text: str, lo: int, cue_at: int, level: bool = False) -> str:
    """What is measured: the noun phrase just before the cue, after any year phrase; level: the figure is a level
    (a share, a measure), which the noun before "of" names ("a PUE of 1.2"), not a count of things it names."""
    prefix = text[lo:cue_at]
    cut = sorted([*YEAR.finditer(prefix), *ROC_YEAR.finditer(prefix)], key=lambda m: m.end())
    if cut:
        since = cut[-2].end() if len(cut) > 1 else 0  # "今年全省营收较去年同期": after this year's "今年"
        before, prefix = prefix[since:cut[-1].start()], prefix[cut[-1].end():]
        if not HAN_CHAR.search(prefix) and re.search(r"[\u4e00-\u9fff](?:较|比|相比|同比)$", before):
            prefix = before  # "数据交易额较2025年增长30%": what grows, before the year it is compared with
    if HAN_CHAR.search(prefix):
        pieces = re.split(r"([，,、；;：:。（(）)|])", re.sub(r"（[^（）]{1,8}）|\([^()]{1,8}\)", "", prefix))
        prefix = pieces[-1]
        while len(pieces) > 2 and pieces[-2] == "、" and (grade := _GRADE_ZH.fullmatch(pieces[-3].strip())) \
                and re.match(rf"[A-Za-z0-9甲乙丙丁一二三四五六七八九十\u4e00-\u9fff]{{1,3}}{grade.group(1)}", prefix):
            prefix, pieces = f"{pieces[-3].strip()}、{prefix}", pieces[:-2]  # "A类、B类人才": both grades'
        prefix = ZH_FILLER.sub("", prefix.strip())
        # not the "." of an item number, "1.…比重达到12%", nor what is left of a standard's "4.1.2 新建…PUE应不高于1.25"
        # (nor the 的 left of a share cut before it: "实现80%以上的县城污水处理率达到95%": 县城污水处理率)
        return re.sub(r"^(?:\d{1,2}[.．]?)+\s+(?=[\u4e00-\u9fff])|^的", "", prefix.strip(" ，,").lstrip(".．"))
    # (an acronym in brackets after its words is no break in them: "the facility's power usage effectiveness (PUE)";
    # nor an aside on whom the verb acts with: "We will mobilise, together with multilateral development banks …,")
    prefix = _WITH_ASIDE_EN.sub("", re.sub(r"^\s*[A-Z]\.\s+", "", prefix))  # not an item's letter, "E. At least…"
    words = re.findall(r"[\w'-]+|[,;:()]", re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)", "", prefix))
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w, low = words[i], words[i].lower()
        if not kept and (low in _TRAIL_EN or level and low == "of" and i > 0 and _noun_like(words[i - 1])):
            continue  # "achieve a PUE of 1.2 or lower": the PUE (a level's name, not "planting of 3 billion …")
        if low == "the" and kept and i > 1 and words[i - 1].lower() in _OF_ON_IN and _noun_like(words[i - 2]):
            kept.append(w)  # "average occupancy of the new systems"
            continue
        if low in _OF_ON_IN and kept and i > 0 and _noun_like(words[i - 1]):
            kept.append(w)  # "the power usage effectiveness ratio of AI data centers on Federal sites"
            continue
        if re.fullmatch(r"\d+", w) and kept and re.fullmatch(r"nm|mm|cm|inch", kept[-1]):
            kept.append(w)  # "the 28 nm node": a size is part of the name
            continue
        if w in ",;:()" or low in _STOP_EN or re.fullmatch(r"\d+", w):
            break
        kept.append(w)
        if len(kept) == 12:
            break
    phrase = " ".join(reversed(kept))
    return "" if _ACTOR_EN.fullmatch(phrase) else phrase


def _noun_like(word: str) -> bool:
    """Whether a word can end the noun phrase a preposition continues: not a function word, a number or
    a verb form ("bringing", "identified")."""
    low = word.lower()
    return (low not in _STOP_EN and low not in _TRAIL_EN and not re.fullmatch(r"\d+|[,;:()]", word)
            and not re.search(r"(?:ing|ed)$", low))


def indicator(text: str, cue_at: int) -> str:
    """The indicator a table row's goal measures: the cell before the goal's cell, without its item
    number, when the goal's cell before the cue holds only years, changes and other goals ("" if not)."""
    cells = text[:cue_at].split(CELL)
    if len(cells) < 2:
        return ""
    own = _REACHED_ZH.sub("", YEAR.sub("", CHANGE_ZH.sub("", cells[-1])))
    if len(HAN_CHAR.findall(ZH_FILLER.sub("", re.sub(r"[，,、；;：:。\s]|力争|争取|到|年底|年末", "", own)))) > 1:
        return ""
    name = _unnumbered(cells[-2])
    return name if HAN_CHAR.search(name) and len(name) <= 40 else ""


def _unnumbered(cell: str) -> str:
    """A table cell without its item number: "11.签约居民满意率" -> "签约居民满意率"."""
    cell = cell.strip()
    number = read_number(cell)
    return cell[number.end:].strip() if number else cell


def zh_object(text: str, end: int) -> str:
    """For "培养不少于3500名基层医生": the noun after the quantity, up to punctuation; a quoted name in it
    counts ("打造不少于500个“人工智能+”标杆应用场景")."""
    m = re.match(r"(?:以上|左右)?((?:[\u3400-\u9fffA-Za-z]|[“「\"][^”」\"，。；]{1,12}[”」\"]){1,24})", text[end:])
    return m.group(1) if m else ""


def object_after(text: str, end: int, stop: int) -> str:
    """For "Triple the EU's AI compute capacity by 2030": what the verb multiplies."""
    m = _OBJECT_EN.match(text[end:stop])
    # up to the next goal's verb, less the word that joins them: "double onshore wind and triple…"
    return re.sub(r"\s+(?:and|or)$", "", m.group(1).strip()) if m else ""


# …or the noun phrase right after a share: "75% average utilisation of AIRR compute", "100% renewable electricity"
# (a change's noun takes what changes: "a 43% cut in emissions")
_CHANGE_AFTER = re.compile(r"\s+((?:cut|reduction|increase|rise|decrease|drop|fall)\s+(?:in|of)\s+(?:the\s+)?"
                           r"[\w'-]+(?:\s[\w'-]+){0,3}?)(?=\s+(?:by|in|below|above|from|compared|relative|on|at|for)\b|"
                           r"[,.;]|$)")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|by|in|on|at|to|for|and|or|the|a|an|per|from|than|each|every|should|will|shall|"
                         r"must|would|could|can|may|is|are|was|were|be|been|thereafter|afterwards|annually|"
                         r"overall|respectively|nationally|globally|[a-z]+ly)\b)"
                         # (a choice of kinds is one: "80 per cent clean or low-carbon electricity")
                         r"([a-z][\w'-]*(?:\s(?!(?:by|in|on|at|to|for|and|or)\b)[\w'-]+|\sor\s[a-z][\w'-]*){0,5}?)"
                         r"(?=\s+(?:by|in|on|at|for|across|within|until|before|are|is|will|shall|to|and|from)\b"
                         r"|\s+or\s+(?:more|less|higher|lower|above|below|fewer)\b|[,.;]|$)")


_FOR_AFTER = re.compile(r"\s+for\s+((?:the\s+)?[\w'-]+(?:\s[\w'-]+){0,5}?)"
                        r"(?=\s+(?:that|which|who|by|in|on|to)\b|[,.;]|$)")


def held_for(text: str, end: int, stop: int) -> str:
    """For "reserve not less than 20 percent for researchers at eligible institutions": whom a share is kept for."""
    m = _FOR_AFTER.match(text[end:stop])
    return m.group(1).strip() if m else ""


def noun_after(text: str, end: int, stop: int) -> str:
    """For "uses 100% renewable electricity by 2030": the noun phrase right after the share."""
    m = _CHANGE_AFTER.match(text[end:stop]) or _NOUN_AFTER.match(text[end:stop])
    return m.group(1).strip() if m else ""


def metric_after(text: str, end: int, stop: int) -> str:
    """For "at least 50 percent of new cars": the phrase after "of"."""
    m = _OF_PHRASE.match(text[end:stop])
    return re.sub(r"\s+(?:and|or)$", "", m.group(1).strip()) if m else ""  # "… of private investment and to create"


# what a sum is for, after it: "in AI factories", "for chip design" (up to a deadline, a horizon or a stop),
# past the time it is spent over ("£2 billion over the Spending Review period in the AI Research Resource")
# (a count or its cap before them is none of it: "for up to five AI gigafactories")
_SUM_FOR = re.compile(r"(?:\s+(?:over|during|across)\s+(?:the\s+)?(?:next\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:period|years?|months?|decade)\b,?)?"
                      # (or its deadline: "at least USD 5 billion by 2030 for AI infrastructure")
                      r"(?:\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2},?)?"
                      r"\s+(?P<prep>in|into|for|on|through|via)\s+"
                      r"(?:(?:up to|at least|more than|over|about|around|some|nearly)\s+)?"
                      rf"(?:(?:\d[\d,.]*|{EN_NUMBER})\s+)?(?:the\s+|its\s+|their\s+|new\s+)?"
                      r"(?P<np>[A-Za-z][\w'’-]*(?:\s+(?!(?:by|over|within|until|before|through|to|from|per|each|"
                      r"and|up|at|in|of)\b)[A-Za-z][\w'’-]*){0,5})(?=\s*[,.;:]|\s+[a-z]+\b|\s*$)")
# the forms money is given in, which name what a sum is: "USD 5 billion in grants"
_MONEY_FORM = re.compile(r"(?:grants?|loans?|funding|funds|subsidies|aid|financing|investments?|tax credits?|"
                         r"guarantees?|equity|support)$", re.I)


# …or what a budget gives it to a body to do: "$925 million over five years, starting in 2026-27, to Innovation,
# Science and Economic Development Canada to expand the AI Sovereign Compute Infrastructure Program"
_SUM_TO_DO = re.compile(r"(?:\s+(?:over|during)\s+[\w\s-]{0,20}?years?)?(?:,\s*(?:starting|beginning)\s+in\s+[\d–-]+,)?"
                        r"\s+to\s+(?:the\s+)?[A-Z][^;.]{2,90}?\s+to\s+(?P<do>[a-z]+\s+(?:the\s+|an?\s+|\d[\d,.]*\s+)?"
                        r"[A-Za-z][\w'’-]*(?:\s+(?!(?:by|over|within|until|with|through|including|in|for)\b)"
                        r"[A-Za-z][\w'’-]*){0,6})")


def sum_purpose(text: str, s0: int, start: int, end: int) -> str:
    """What a sum goes to, "invest in AI factories", or the form it takes, "grants" ("" if not said)."""
    m = _SUM_FOR.match(text, end)
    if not m:
        given = _SUM_TO_DO.match(text, end)  # (up to its last noun: "… adoption grants", not "grants of")
        if not given:
            return ""
        # (less a count it makes, a goal of its own: "… to support 1,000 additional graduate students")
        done = re.sub(r"^([a-z]+\s+)\d[\d,.]*\s+", r"\1", given.group("do"))
        return re.sub(r"(?:\s+(?:of|and|or|to|the|a|an|for))+$", "", done)
    if _MONEY_FORM.search(m.group("np")):
        return m.group("np")
    # "1) Mobilise EUR 20 billion": mobilise; past a cue, "invest more than $1 billion": invest
    # (not a preposition: "a new European fund of €20 billion for AI gigafactories" is "for AI gigafactories")
    verb = re.search(r"\b(?!(?:least|than|most|to|of|for|in|on|at|with|by|from)\b)([a-z]+)\s+"
                     r"(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|up\s+to\s+|over\s+|about\s+|"
                     r"around\s+|nearly\s+|almost\s+|some\s+)?$", text[s0:start], re.I)
    act = verb.group(1).lower() if verb and not verb.group(1).isupper() else ""  # not "EU"
    return " ".join(filter(None, (act, m.group("prep"), m.group("np"))))


# what a multiple is of: the thing grown before it, "expanding X by (at least) twentyfold", or after it, "a tenfold
# increase in X"
_GROWN_BY = re.compile(r"\b(?:expand|increas|grow|rais|boost|scal\w*\s+up)\w*\s+(?:the\s+|its\s+|their\s+)?"
                       r"((?:[\w'’-]+|\([^()]{1,20}\))(?:\s+(?:[\w'’-]+|\([^()]{1,20}\))){0,9}?)\s+by\s+"
                       r"(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+)?$", re.I)
_INCREASE_IN = re.compile(r"\s+(?:increase|rise|expansion|growth)\s+in\s+(?:the\s+|its\s+)?"
                          r"([\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s+(?:by|in|within|over|to|from)\b|[,.;]|$)", re.I)


def multiple_of(text: str, s0: int, start: int, end: int) -> str:
    """What a multiple multiplies: "expanding the AI Research Resource (AIRR) by at least twentyfold", "a tenfold
    increase in compute" ("" if neither says)."""
    grown = _GROWN_BY.search(text, s0, start) or _INCREASE_IN.match(text, end)
    return grown.group(1) if grown else ""


# "help 3,000 SMEs adopt AI": whom a programme helps, the things counted, then what they are helped to do
_HELP = re.compile(r"\bhelp(?:s|ing)?\s+(?:(?:at least|more than|over|up to|some|about|around)\s+)?$", re.I)
_PLURAL_THEN = re.compile(r"((?:[\w'’-]+\s+)*?[\w'’-]*[^s\W]s)\s+[a-z]")


def helped(window: str, things: str) -> str:
    """Whom a count a programme helps counts, the plural before what they are helped to do: "help 3,000 SMEs adopt
    AI solutions" -> "SMEs" ("" where the count is no help's)."""
    m = _PLURAL_THEN.match(things) if _HELP.search(window) else None
    return m.group(1) if m else ""
