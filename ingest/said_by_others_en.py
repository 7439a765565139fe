"""English figures a sentence gives as someone's forecast, projection or claim, not as a goal it sets: "demand could
reach 945 TWh", "The IEA projects that …", "Real GDP growth is projected to moderate to 3.1 percent", "citing people
familiar with the matter", "you said DOE will deploy …", "The bill increases state expenditures … by $4.7 million".
reported.py asks."""

from __future__ import annotations

import re

# what may happen, not what is to be done: "demand could reach 945 TWh by 2030", "could more than double to
# around 945 TWh", "might rise to"
_MAYBE_EN = re.compile(r"\b(?:could|might|may)\s+(?:[\w-]+\s+){0,4}$"
                       # …or what a bill would do if enacted: "The DOE AI for Science Act (S. 3012) would require DOE
                       # … to reserve at least 10%"
                       r"|\bwould\s+(?:require|authori[sz]e|direct|mandate|establish|create|appropriate)\b"
                       # …or what a market is projected to do: "India's AI market is projected to reach USD 17 billion"
                       r"|\b(?:is|are|was|were)\s+(?:projected|forecast|forecasted|predicted|estimated)\s+to\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
# …or a projection the cue's own words make: "Real GDP growth is projected to moderate to 3.1 percent" (the cue reads
# from "growth"), and an economy's outlook: "inflation is expected to decline to 6 percent by end-2026"
_PROJECTED_IN_CUE_EN = re.compile(r"\b(?:is|are)\s+(?:projected|forecast|forecasted|predicted)\s+to\b", re.I)
_OUTLOOK_EN = re.compile(r"\b(?:inflation|GDP|(?:economic|output|real|wage)\s+growth|unemployment(?:\s+rate)?)\s+"
                         r"(?:is|are|was|were)\s+(?:expected|anticipated|likely)\s+to\b", re.I)
# …or what unnamed sources say a government weighs: "Reuters reported, citing two people familiar with the matter, that
# the cabinet is considering setting this year's growth target at around 4.5 percent"
_HEARSAY_EN = re.compile(r"\b(?:people|persons|sources?|officials?)\s+(?:familiar|briefed|with\s+knowledge)\s+"
                         r"(?:with|of|on)\b"
                         r"|\b(?:is|are)\s+(?:considering|mulling|weighing)\b", re.I)
# …or what a bill does to a budget, as a fiscal note estimates it: "The bill increases state expenditures in OEDIT
# and CDHE by $4.7 million in FY 2026-27" (the cue may read from "increases")
_BILL_EFFECT_EN = re.compile(r"\b(?:the\s+)?bill\s+(?:increases|decreases|reduces|raises|lowers)\s+"
                             r"(?:(?:state|local|total|net)\s+)?(?:expenditures?|revenues?|spending|costs?)\b", re.I)
_NOW = r"(?:now\s+|also\s+|currently\s+)?"  # before a verb of projection: "it now projects"
# where a projected figure goes: "… demand to grow", "… growth to slow"
_GOES = (r"(?:[\w'’-]+\s+){1,6}?to\s+(?:slow|grow|rise|fall|reach|increase|decline|ease|moderate|remain|pick|expand|"
         r"contract|climb|drop|edge|average|stabili[sz]e|recover)\b")
# a forecast that the sentence gives to someone else: "The IEA projects that …", "according to …, … is
# expected to reach", "据中国信息通信研究院预测", "研究院测算，"
_ATTRIBUTED_EN = re.compile(r"\b(?:projects?|projected|forecasts?|forecasted|predicts?|predicted|estimates?|"
                            r"estimated|found|finds|showed|shows|revealed|reveals|assumes|assumed)\s+that\b"
                            # …or a fiscal note's estimate: "Based on this fiscal note, the bill is expected to increase
                            # …", "Based on the assumed average grant, …"
                            r"|\bbased\s+on\s+(?:this|the)\s+(?:fiscal\s+note|assum\w+|estimat\w+|projection\w*)"
                            # …or said by estimates: "estimates suggest the electricity consumption … could more than
                            # double by 2030, to around 945 terawatt hours"
                            r"|\b(?:estimates|projections|forecasts|studies|analyses|modell?ing|scenarios)\s+"
                            r"(?:suggest|indicate|show|predict|project)s?\b"
                            # …or by the projections named: "According to CBO's latest projections, federal debt …
                            # will rise … to 118 percent in 2035"
                            r"|\baccording\s+to\s+(?:[\w'’.-]+\s+){0,4}?(?:projections?|forecasts?|estimates?|"
                            r"baseline|modell?ing|scenarios?)\b"
                            # …or a body's projection of where something goes: "The OECD projects global GDP growth
                            # to slow from 3.3% in 2024 to 2.9% in 2025" (a name or "it" before the verb: not
                            # "funds projects to …", the noun), or what a body named expects: "The IEA expects global
                            # electricity demand to grow by close to 4% a year through 2027", "the World Bank expects
                            # growth to slow to 4.7%" (not the government's own: "The government expects average
                            # occupancy … to reach at least 75%")
                            rf"|(?:(?:\b[A-Z][\w&.'’-]*|\bit)\s+{_NOW}(?:projects|forecasts|predicts)"
                            rf"|(?-i:\b(?!(?:The|We|Government|Department|Ministry|Administration)\b)[A-Z][\w&.'’-]*)"
                            rf"\s+{_NOW}expects)\s+{_GOES}", re.I)
# …not the noun: "prioritize projects that integrate AI literacy", "shall prioritize, in grant programs, projects
# that …" (a sentence with its verb already: "The IEA, in its report, projects that" is the verb)
# …or to others who expect it, no "that" after: "Industry analysts expect demand … to grow by 40% a year"
# …or what a questioner recalls another said: "Dr. Caldwell, you said DOE will deploy 15 exaflops by 2028. What …?"
_RECALLED_EN = re.compile(r"\b(?:you|she|he|they|the\s+(?:Minister|Secretary|Senator|Chairman|Chair|Member))\s+"
                          r"(?:has\s+|had\s+)?(?:said|mentioned|told us|testified|stated|referred to|cited)\b", re.I)
# …or a party's or members' proposal in a debate: "The Workers' Party has previously called for a target that …"
_PROPOSED_EN = re.compile(r"\b(?:Party|opposition|Members|MPs|critics|unions)\b[^.;]{0,30}?\b(?:called|calls|call|"
                          r"proposed|proposes|urged|urges)\s+(?:for\s+)?", re.I)
# …or a state a population will be in, projected: "about 30 percent of the scientific staff … will be eligible to
# retire within five years", "By 2030, around one in four Singaporeans will be aged 65 and above"
# …or the money a funding notice expects to have: "Approximately $75 million is expected to be available for new
# awards" (what is on offer, no goal)
_AVAILABLE_EN = re.compile(r"\s+(?:is|are)\s+(?:expected|anticipated|estimated|planned)\s+to\s+be\s+"
                           r"(?:made\s+)?available\b", re.I)
_PROJECTED_STATE_EN = re.compile(r"\bwill\s+be\s+(?:aged|eligible|over\s+the\s+age|retired|retiring|older)\b", re.I)
_OTHERS_EXPECT_EN = re.compile(r"\b(?:analysts?|experts?|economists?|forecasters?|observers?|commentators?|"
                               r"consultants?|investors?|the market)\s+"
                               # (and where they work: "Analysts at ICRA expect only about 22 GW …")
                               r"(?:(?:at|from|with)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+)?"
                               r"(?:\w+\s+)?(?:expect|estimate|predict|project|"
                               r"anticipate|forecast)s?\b", re.I)
_NOUN_BEFORE_EN = re.compile(r"\b(?:fund|support|prioriti[sz]e|select|approve|finance|award|for|to|of|in|on|and|or|"
                             r"new|pilot|research|demonstration|such|these|those|any|all)\s+$", re.I)
_OBJECT_AFTER_COMMA_EN = re.compile(r"\b(?:shall|will|must|should)\s+\w+\b.*,\s+$", re.I)
_ACCORDING_EN = re.compile(r"\baccording to\b", re.I)
_EXPECTED_EN = re.compile(r"\b(?:projected|expected|forecast|estimated|predicted|likely|could|would)\b", re.I)


def said_by_others(text: str, sentence: tuple[int, int], cue_at: int, end: int) -> bool:
    """Whether the cued English figure at text[cue_at:end] is forecast, projected, estimated, recalled, proposed or
    rumoured rather than set as a goal by the text's own issuer."""
    s0, s1 = sentence
    before = text[s0:cue_at]
    if (_RECALLED_EN.search(before) or _PROPOSED_EN.search(before) or _PROJECTED_STATE_EN.search(text, end, s1)
            or _AVAILABLE_EN.match(text, end)):
        return True  # a questioner's "you said DOE will deploy …"; a share of people who "will be eligible to retire"
    if (_PROJECTED_IN_CUE_EN.search(text, cue_at, end) or _OUTLOOK_EN.search(before) or _HEARSAY_EN.search(before)
            or _BILL_EFFECT_EN.search(text, s0, end)):
        return True  # a projection, an outlook, what unnamed sources say is weighed, a bill's effect on a budget
    # (the verb a projection names may be the cue's own: "The IEA expects … demand to grow by close to 4%")
    attributed = next((m for m in _ATTRIBUTED_EN.finditer(text[s0:end])
                       if not (_NOUN_BEFORE_EN.search(before, 0, m.start())
                               or _OBJECT_AFTER_COMMA_EN.search(before, 0, m.start()))), None)
    return bool(_MAYBE_EN.search(before) or attributed or _OTHERS_EXPECT_EN.search(before)
                or _ACCORDING_EN.search(text, s0, s1) and _EXPECTED_EN.search(before))
