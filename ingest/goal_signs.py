"""What in a number's sentence says whether it is a goal: goal words and commitments, conditions, vetoes
(fines, fees, a household's income), baselines and attributes ("up from", "firms with fewer than 50"), a
deadline that opens the sentence, the lead-in of a list, 力争 and "strive", a cap on what each may get, the size
of a thing built (sized_one) and an order of a yearly count (standing_order). ingest.targets reads them."""

from __future__ import annotations

import re

from ingest.cues import EN_MAKE, MORE, ZH_MAKE
from ingest.metrics import ZH_FILLER, counted_things
from ingest.years import MONTHS, PART_OF_YEAR

# people of an age: "adults over 50", "children under five"
AGE_GROUP = re.compile(r"\b(?:adults|people|persons|residents|citizens|women|men|children|individuals|patients|"
                        r"those|seniors|workers|employees|pupils|students)\s+$", re.I)


GOAL_EN = re.compile(r"\b(?:aim(?:s|ed|ing)?|goals?|targets?|objectives?|ambitions?|strive|seek(?:s|ing)? to|"
                      r"plan(?:s|ned)? (?:for|to)|commit(?:s|ted)? to|intends? to|aspires? to)\b", re.I)
# (计划 right before the figure's cue is what is planned: "项目国产算力芯片占比计划不低于50%"; alone it is often a name)
GOAL_ZH = re.compile(r"目标|力争|争取|确保|预计|规划|任务|届时"
                     r"|计划(?=\s*(?:不低于|不少于|不高于|不超过|达到|超过|突破|控制在|新增|建成|实现))")
# what a funded project must reach, all its label holds up to the next label: "考核指标：研制的…芯片INT8算力不低于1000
# TOPS；…支持不少于5款国产智能计算芯片。关键词：…" (not the guide's other figures around it: "拟支持项目不超过5项")
_ASSESSED_ZH = re.compile(r"(?:考核|预期|绩效|验收)指标[：:]")
_NEXT_LABEL_ZH = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")


def assessed_zh(text: str, start: int) -> bool:
    """Whether the figure at text[start] is one of the indicators an assessment label (考核指标：) sets out."""
    labels = list(_ASSESSED_ZH.finditer(text, 0, start))
    return bool(labels) and not _NEXT_LABEL_ZH.search(text, labels[-1].end(), start)


# a sentence that opens with a condition: "If these objectives are met, Guangdong will contribute about 13 percent"
IF_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*(?:[Ii]f|[Uu]nless|[Ss]hould)\b|\s*(?:如果|若|假如)")
CONDITION = re.compile(r"\b(?:if|unless|whether)\b|如果|若(?!干)", re.I)  # (not 若干, "several": 《关于…的若干措施》)
# …and in Chinese a condition may close with 的 before what follows from it: "申请家庭人均住房建筑面积低于15平方米，
# 且…的，可申请公共租赁住房" (an eligibility rule, not a goal)
CONDITION_CLOSES_ZH = re.compile(r"^[^。；;]*?的[，,]\s*(?:可|可以|方可|均可|予以|给予|不予|按|须|应当)")
# (a "low-income" group is whom a goal serves, no income: "cut the gap for low-income students by 10 points"; a
# university's research income is its goal: "increase research income to £250 million a year")
VETO = re.compile(r"fines?\b|penalt|turnover|fee\b(?!-)|(?<!-)(?<!research )income|salary|price"
                  r"|,\s+around\s+\w+\s+(?:pillars?|priorities|themes|strands|areas|axes|objectives)\b",
                  re.I)  # "…, around five pillars": how built
# a definition's threshold is no goal: "'large undertaking' means an undertaking which employs more than 250
# persons", "is defined as", "For the purposes of this Regulation" (not "by means of")
DEFINITION_EN = re.compile(r"(?<!\bby )\bmeans\b(?!\s+of\b)|\b(?:is|are|shall be) defined as\b"
                           r"|\bfor the purposes? of this\b", re.I)
# …in Chinese, in the quantity's own clause part: a firm's 营业收入 is a goal, a household's 收入 a means test
# (but its growth a plan's goal: "农村居民人均可支配收入年均增长7%以上")
# (a price's rise or index is a plan's macro goal: "居民消费价格涨幅3%左右")
VETO_ZH = re.compile(r"罚|收费|工资|价格(?!涨幅|指数|总水平|(?:降低|下降|降至|降到|压降|下调))|租金|"
                     r"(?:人均|个人|家庭|职工)[^，,；;。]{0,6}收入(?!(?:年均|实际)?(?:增长|增幅|增速|提高|翻))"
                     # the rate a grant pays ("其中使用国产算力的补贴比例提高至40%"), and what a person must have done
                     # to score in a talent points table ("作为技术负责人主持建设算力规模1000PFLOPS以上智算中心")
                     r"|(?:补贴|补助|奖补|资助|奖励|支持)(?:比例|标准)|作为[^，,；;。]{0,8}(?:负责人|完成人|发明人|作者|带头人)"
                     # (or said as the share paid: "按照项目实际投入的20%给予补助")
                     r"|[%％]\s*(?:给予|予以)(?:一次性)?(?:补贴|补助|奖补|资助|奖励)")
# a price a plan cuts is its goal, not a price someone pays: "将…平均价格降低30%", "cut the average price of compute
# by 30%"
PRICE_CUT_EN = re.compile(r"\b(?:reduc|lower|cut|halv)\w*\s+(?:[\w'’-]+\s+){0,3}prices?\b", re.I)
# what each applicant or project may get, not a goal: "给予最高3000万元补助", "贷款额度最高50万元", "每个项目补助
# 不超过500万元" (a sum capped by 最高 or 最多, or by 不超过 where the clause part grants it)
CAP_ZH = re.compile(r"(?:最高|最多|上限)(?:可|为|可达|不超过|不得超过|给予|补助|补贴|奖励|资助|支持|扶持)*\s*$"
                    # …or a cap raised: "单个企业上限由200万元提高至300万元"
                    r"|上限(?:由[^，,；;。]{0,12}?)?(?:提高|上调|调整|提升|增加|调高)(?:至|到|为)\s*$")
GRANT_ZH = re.compile(r"给予|补助|补贴|奖励|资助|扶持|贷款|额度|(?<!证)券")  # (算力券, 模型券: vouchers; not 证券)
# a size that is the goal though 的 makes it an attribute: what a clause part builds or sets up is one thing of that
# size ("建成智能算力规模不低于500PFLOPS的公共算力平台", "设立总规模100亿元的…基金"); not a threshold that picks the
# firms or people counted ("培育营业收入超百亿元的龙头企业", "建成一批…的平台")
# a figure that is itself the goal named after it: "确保完成全年城镇新增就业1200万人以上的目标任务"
GOAL_AFTER_ZH = re.compile(r"(?:以上|以下|以内|左右)?的(?:年度|全年|预期|奋斗)?(?:目标|任务)")
BUILDS_ONE_ZH = re.compile(r"(?P<verb>建成|建设|新建|打造|设立|筹建|组建|形成)"
                           r"(?:(?!一批|若干|多个|一系列)[^，,；;。])*$")
COUNTED_HEAD_ZH = re.compile(r"企业|公司|主体|人才|团队|机构|单位|项目|产品|群体|家庭|人员|个人")
# …and choosing or recognising so many, yearly or by a deadline: "每年遴选100个以上典型应用案例"
ZH_SELECT = r"遴选|评选|选拔|认定|发布"
ZH_GOAL_VERB = re.compile(rf"{ZH_MAKE}|{ZH_SELECT}|形成|带动|吸引|覆盖|招收|发展|达到|实现")
# a share of the units that are to do something: "100%的社区卫生服务中心…完成中医馆设置"
ZH_SHARE_GOAL = re.compile(r"完成|设置|配备|开展|预留|建成|建设|覆盖|达到|实现|采用|应用|使用|部署|接入")
# an act that brings the counted things about, just before the count: "establish at least four new
# institutes", "pursue testing of at least two frontier models", "publish a joint list of ten sites"
COMMIT_EN = re.compile(rf"\b(?:{EN_MAKE}|select(?:s|ed|ing)?|test(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|"
                        rf"ensure(?:s|d)? that|complet(?:e|es|ed|ing)|open(?:s|ed|ing)?|publish(?:es|ed|ing)?)"
                        rf"\s+(?:[\w-]+\s+){{0,3}}$", re.I)
# a metric that is only the act: "(each) identify", "designate"
BARE_VERB = re.compile(r"(?:(?:each|also|jointly|then)\s+)?(?:identify|designate|select|establish|create|build|"
                        r"deploy|launch|fund|award|train|hire|recruit|open|complete)", re.I)
SENTENCE_END = re.compile(r"[。；;！？!?\n]|(?<!\b[A-Z])\.(?=\s|$)")  # (not a name's initial: "William M. (Mac)")
# a number a goal starts from, not the goal: "up from about 20 EFLOPS last year", "由原来的5所增至7所"
BASELINE = re.compile(r"\b(?:up|down|rising|falling|increas\w*|grow\w*) from\s+(?:\w+\s+)?$|\bcompared (?:with|to)\s+$"
                      r"|\bon\s+top\s+of\s+(?:the\s+)?$"  # "… on top of the 1.87 million homes expected to be built"
                      r"|\bfrom\s+(?:a|the|its)\s+(?:\w+\s+)?(?:baseline|base|level)\s+of\s+(?:about\s+)?$"
                       r"|(?:从|由)(?:原来的|目前的|现在的|现有的|(?:19|20)\d{2}年(?:底|末)?的)?\s*$", re.I)
# a number that says which things, not how many are to be: "firms with fewer than 50 employees",
# "children under five"
ATTRIBUTE = re.compile(r"\b(?:with|having|employing|under|aged)\s+$", re.I)
# …or a measure of them, bounded: "children with blood lead concentrations at or above 3.5 µg/dL"
MEASURED_WITH = re.compile(r"\b(?i:with)\s+(?:(?!(?:of|a|an|the|to|at|least|more|over|up|no)\b)[a-z][a-z-]*\s+){1,3}$")
# a performance standard a rule sets, with or without a year: "新建数据中心电能利用效率不得高于1.25", "New data centres
# must achieve a PUE of 1.3 or lower" (a level of efficiency, never what an applicant must have)
# (or the share of its power that is renewable: "可再生能源利用率应不低于50%")
_PERFORMANCE = (r"(?:PUE|WUE|CUE|电能利用效率|能源利用效率|水资源利用效率|碳排放强度|能耗强度|"
                r"可再生能源(?:利用|使用)(?:率|比例)|绿电(?:使用|消费)?(?:比例|占比)|"
                r"power usage effectiveness|water usage effectiveness|carbon usage effectiveness)")
PERFORMANCE_STANDARD = re.compile(rf"{_PERFORMANCE}[^，,。；;:]{{0,30}}?(?:不得|不应|不宜|应当?|须|必须)"
                                  # what new builds are held to, with no modal: "新建智算中心PUE不高于1.25，可再生能源
                                  # 使用比例不低于50%" (the comparator is a bound: targets.py asks)
                                  # (its bound in the same part, not a table row's cell: "新建…（PUE） | 1.3 | ≤1.25")
                                  rf"|新建[^。；;:|]{{0,16}}?{_PERFORMANCE}(?:（\w+）)?[^。；;:|，,]{{0,8}}?"
                                  r"(?:不高于|不低于|不超过|低于|高于|控制在|降至|≤|≥)"
                                  rf"|\b(?:must|shall|[Mm]andate[sd]?|[Rr]equire[sd]?)\b[^.;:]{{0,60}}?{_PERFORMANCE}"
                                  # "the plan requires that new … systems are powered by … and achieve a power usage
                                  # effectiveness of no more than 1.3"
                                  rf"|\brequires?\s+that\b[^.;:]{{0,160}}?{_PERFORMANCE}"
                                  # "the facility's power usage effectiveness (PUE) will not exceed 1.3"
                                  rf"|{_PERFORMANCE}\)?[^.;:]{{0,20}}?\b(?:will|shall|must|should)\b", re.I)
# …and in English the share of renewable power a facility is to run on: "The facility will be powered by at least 80
# percent renewable electricity" (POWERED_BY before the comparator, RENEWABLE_POWER after the number)
POWERED_BY = re.compile(r"(?:\b(?:will|shall|must)\s+be"
                        # (or what a rule requires they are: "requires that new … systems are powered by at least 80 per
                        # cent renewable electricity")
                        r"|\brequires?\s+that\b[^.;]{0,80}?\b(?:are|is|be))"
                        r"\s+(?:powered|supplied|run)\s+(?:by|on|with|from)\s+$", re.I)
RENEWABLE_POWER = re.compile(r"\s*(?:renewable|clean|carbon-free|green)\s+(?:electricity|energy|power)\b", re.I)
# …unless it sizes what the text commits to make: "will establish a common compute facility with more than 18,000 GPUs"
MADE_WITH = re.compile(r"\b(?:will|shall|to)\s+(?:\w+ly\s+)?(?:establish|build|set up|create|deploy|launch|construct|"
                       r"procure|install|commission|finance|fund|develop)\s+(?:an?\s+|the\s+|one\s+|its\s+)?"
                       # "…facility at Konza Technopolis, with at least" (not "training for firms with fewer than")
                       r"(?:(?!for\b)[\w-]+\s+){0,8}?(?:[\w-]+,\s+)?with\s+$",
                       re.I)
# …nor a goal the cue names itself: "with an initial funding target of 1 billion United States dollars by 2030"
GOAL_OF = re.compile(r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|ambition|aim|objective)\s+of\b", re.I)
# …or which firms, by their size: "10 chiplet design enterprises with annual revenue of more than RMB 1 billion"
SIZE_OF = re.compile(r"\b(?:with|having|whose)\s+(?:an?\s+)?(?:annual\s+|yearly\s+|total\s+)?(?:revenues?|turnover|"
                     r"sales|output|income|assets|capital|market\s+value|valuation|output\s+value)\s+"
                     r"(?:of\s+|exceeding\s+|above\s+|over\s+)?$", re.I)
# …or which things, by a measure of each, before what a rule requires of them: "requiring that new facilities of more
# than 100 megawatts source at least 50% of their electricity" (a plural: one thing sized is what is built)
SIZED_THINGS = re.compile(r"\b(?!(?:targets|goals|objectives|levels|shares|rates|emissions|savings)\b)"
                          r"[a-z]{3,}(?:ies|[^s\W]s)\s+(?P<prep>(?:of|with)\s+)?$", re.I)
# (with no "of" or "with", only a cue that says where each stands: "new data centres above 100 megawatts that …")
_EACH_AFTER = re.compile(r"\s+each\b", re.I)
SIZED_BY = re.compile(r"(?:above|over|exceeding|larger\s+than|bigger\s+than)\s", re.I)
# …whose verb follows the measure (not a deadline: "solar installations of at least 5 GW by 2030" is a goal)
SIZED_THINGS_VERB = re.compile(r"\s+(?!(?:by|in|before|within|over|until|through|and|or|of|per|each|a|an|the|from|"
                               r"for|to)\b)[a-z]+\b")
# …or which things a goal is for: "At least 70% clean electricity for publicly supported data centres above 100MW"
SIZED_FOR = re.compile(r"\bfor\s+(?:[\w'’-]+\s+){0,4}?[a-z]{3,}(?:ies|[^s\W]s)\s+(?P<prep>(?:of|with)\s+)?$", re.I)


def sized_things(text: str, s0: int, cue_at: int, end: int) -> bool:
    """Whether the measure at text[cue_at:end] says which things a rule or goal is for, by the size of each: "new
    facilities of more than 100 megawatts source at least 50% …", "data centres above 100 MW that receive …", "for
    publicly supported data centres above 100MW" (not "solar installations of at least 5 GW by 2030", their total)."""
    bare_ok = bool(SIZED_BY.match(text, cue_at))
    things = SIZED_THINGS.search(text, max(s0, cue_at - 40), cue_at)
    if things and (things["prep"] or bare_ok) and (SIZED_THINGS_VERB.match(text, end) or _EACH_AFTER.match(text, end)):
        return True  # (or the size of each: "ten data centre parks of not less than 100 acres each")
    scoped = SIZED_FOR.search(text, max(s0, cue_at - 60), cue_at)
    return bool(scoped and (scoped["prep"] or bare_ok))


PAST_EN = re.compile(r"\b(?:was|were)\b", re.I)
# a clause part that reports the past: "Last year the country installed 22 GW, and it intends to …"
PAST_PART_EN = re.compile(r"\b(?:last year|so far|to date|already|(?:in|over|during) the (?:past|last|previous) "
                           r"(?:\w+\s+)?(?:years?|decades?|months?))\b"
                           # "Since 2021, the programme has helped more than 1.2 million households": done since then
                           r"|^\W*since\s+(?:(?:19|20)\d{2}|its\s+\w+)\b[^;:]*\b(?:has|have)\s+(?:\w+ly\s+)?"
                           r"(?!aimed|planned|pledged|committed|targeted|sought|set)[a-z]+(?:ed|en|t)\b",
                           re.I)
BASELINE_PHRASE = re.compile(r"\b(?:(?:up|down) from\b[^,;:]*|from\b[^,;:]*?\d[^,;:]*?(?=\bto\s+(?:\S*\d|$)))", re.I)
# the start of a change, "from roughly 1 exaflop today to at least 20 exaflops": the figure it goes to follows
FROM = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|just\s+(?:over|under))\s+)?$",
                  re.I)
# …and what joins it to the figure it goes to: " last year to ", " in 2023 to ", " in 2024-25 to "
TO_AFTER_FROM = re.compile(r"[^,;:\d]{0,25}?(?:\b(?:19|20)\d{2}(?:[/–-]\d{2})?\b[^,;:\d]{0,10}?)?\bto\s+", re.I)
TO_FIGURE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:\d|[$€£¥])")
# "up to" caps a goal a text commits to ("will support up to 300 start-ups"), not what each one may get:
# "a grant of up to $500,000", "up to $8,000 for each heat pump", "applicants may request up to 5 licences"
UP_TO = re.compile(r"up to\b", re.I)
MAY = re.compile(r"\b(?:may|can|could|might)\b", re.I)
CAP_OF = re.compile(r"\bof\s+$", re.I)
# a cap on what may be spent or used: "No more than 5% of the fund may be used for administrative costs"
MAY_BE_USED = re.compile(r"\b(?:may|can)\s+(?:only\s+)?be\s+(?:used|spent|allocated|charged|claimed|paid|applied|"
                         r"drawn|devoted)\b", re.I)
# …and a negated act of spending before "more than": "Agencies shall not spend more than $5 million … without the
# approval of the Secretary"
NOT_SPEND = re.compile(r"\b(?:not|never)\s+(?:spend|use|allocate|commit|charge|pay|borrow|draw)\s+$", re.I)
EACH_AFTER = re.compile(r"\s*(?:per|for each|for every|each)\b", re.I)
# a sentence opened by its deadline, then the quantity ("By 2030, 20 million …", "No later than December 31,
# 2026, 100 percent of …"), and a modal soon after it ("… ICT specialists should be employed")
# ("by 2030 at the latest, 80% of …" says the same)
DEADLINE_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*(?:[Bb]y|[Uu]ntil|[Nn]o later than|[Bb]y the end of)\s+"
                               r"(?:the end of\s+)?(?:(?:fiscal|calendar) (?:year )?)?"
                               r"(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?"
                               r"(?:(?:19|20)\d{2}|next\s+year|this\s+year|this\s+Parliament)"
                               r"(?:,?\s+at (?:the )?latest)?,?\s*")
# the purpose that opens a sentence before its subject: "To expand capacity for medical education, "
PURPOSE_OPENING = re.compile(r"\W*(?:\(\w{1,4}\)\s*)*To\s+[a-z][^,.;:]{3,80},\s*")
# what may stand before a year phrase that opens a sentence and governs its verb: "(a) By 2025, ", "Within
# 12 months, " (the horizon's phrase is all of it), "No later than March 1, "
BEFORE_OPENING_YEAR = re.compile(rf"\W*(?:\(\w{{1,4}}\)\s*)*(?:(?:[Bb]y|[Uu]ntil|[Nn]o later than|[Bb]efore)\s+"
                                  rf"(?:the end of\s+)?(?:(?:fiscal|calendar) (?:year )?)?"
                                  rf"(?:(?:{MONTHS})\s+(?:\d{{1,2}},\s*)?)?)?")
# …and an imperative right after it, before the count it makes: "By 2025, certify 12 laboratories" (any verb:
# an order with a deadline says what is to be done; not "By 2025, only 12 …", "By 2024, certified 12 …")
OPENING_IMPERATIVE = re.compile(r"(?:,?\s+at (?:the )?latest)?,?\s+(?!(?:only|just|all|some|the|these|those|each|"
                                 r"every|about|around|over|under|with|and|or|of|in|for)\b)"
                                 rf"[a-z][a-z-]*(?<!ed)(?<!ly)\s+{MORE}")
# a quantity that opens its sentence as its subject, with a deadline of its own later in it: "80% of adults
# should have basic digital skills by 2030"
MODAL_AFTER = re.compile(r"(?:\s+[\w'’&-]+){0,8}?\s+(?:should|will|shall|must|are to|is to)\b")  # ("A&E")
# …or the object of the modal's verb: "By 2028, Harbor City will convert 40 percent of port drayage trucks", "By
# 2033, the Government aims to accept 400,000 international students and to send 500,000 …"
MODAL_VERB_BEFORE = re.compile(r"\b(?:will|shall|must|are to|is to|(?:aims?|plans?|intends?|seeks?) to)\s+"
                               r"(?:also\s+|\w+ly\s+)?[a-z][\w-]*\s+(?:(?:and|to)\s+[a-z][\w-]*\s+)?$"
                               r"|\band\s+to\s+[a-z][\w-]*\s+$")  # "… and to send 500,000 …": the aim goes on
MONEY_UNITS = (r"yuan|RMB|dollars|euros|pounds|rupees|yen|\bwon\b|USD|EUR|GBP|INR|JPY|KRW|SGD|AUD|CAD|HKD|NZD"
               r"|KES|NGN|ZAR|BRL|MXN|IDR|MYR|THB|VND|EGP|PKR|BDT|SAR|AED|CHF|SEK|NOK|DKK|PLN|SDR")
MONEY = re.compile(MONEY_UNITS)
# a lead-in and the first item of its list, in one text: "…targets for 2030: (a) …", "如下：（一）…"
# or on a line of its own over its items' lines ("By 2030, the Council aims to:" over "train 20,000 residents …;")
# or its items run on after it, parted by semicolons ("The targets for 2030 are: at least 80% of adults …; 20
# million employed ICT specialists; and 75% of …")
# (under a heading line of its own: "三、2026年经济社会发展的主要预期目标\n…主要预期目标是：…")
INLINE_LEAD = re.compile(r"^(?:[^\n：:]{1,60}\n)?([^\n]{0,300}?[：:])"
                         r"(?:\s*(?:\(\w{1,3}\)|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.、])"
                         r"|[ \t]*\n|\s*(?=[^\n;；:：]{1,200}[;；]))")
# a lead-in whose items go on its sentence with a verb ("the Council aims to:", "the Secretary shall:"), and
# such an item's verb before its quantity ("train 20,000 residents", "place 1,500 graduates in …")
VERB_LEAD = re.compile(r"\b(?:to|will|shall|must|should)\s*(?::|--|—)\s*$")  # (a US bill's lead-in: "shall--")
ITEM_VERB = re.compile(r"[a-z][a-z-]+\s+")
# 力争 that governs the goal after it: in its sentence, with no other year between ("力争到2026年，…建成5个";
# not "2023年力争达到4名，2025年达到4.66名", where 2025's goal is plain)
STRIVES = re.compile(r"(?:力争|争取)(?:到|在)?(?:\d{4}年(?:底|末|前)?)?(?:(?!\d{4}年)[^。；;])*$")
# …and in English: "The Authority will strive to deploy 2 GW by 2030"
STRIVES_EN = re.compile(r"\bstriv(?:e|es|ing)\s+(?:to|for)\b[^.;]*$", re.I)
# a unit that measures, which the things counted after it do not replace ("20 exaflops of compute")
MEASURE = re.compile(r"(?:%|EFLOPS|PFLOPS|GW|MW|TWh|GWh|km|kilomet\w+|hectares|acres|tonnes|tons|times|"
                     r"(?:giga|mega|kilo|tera)watts?(?:[- ](?:hours?|peak))?|miles|square (?:metres|meters)|"
                     r"litres|liters|"
                      rf"(?:\w+ )?(?:{MONEY_UNITS}))$")
# what may open a list's item before its quantity: "(a) ", "1. ", "（一）", "— "
ITEM_OPENING = re.compile(r"\s*(?:`{0,2}\(?[\w一二三四五六七八九十]{1,4}[.)）、]|（[一二三四五六七八九十\d]{1,3}）"
                           r"|[—–•-])?\s*(?:(?:and|or)\s+)?")
# an order that opens a sentence or an item with its verb, right before the count: "Offer 200 scholarships every
# year", "2. Train 500 teachers a year" (a verb in the base form; not "The 200 …", "Members pay 20 …")
ORDER_OPENING = re.compile(rf"{ITEM_OPENING.pattern}(?!(?i:the|these|those|each|every|all|some|only|about|around|over|"
                           r"under|with|and|or|of|in|for|at|by|we|they|it|our|its|their|up|nearly|almost)\b)"
                           rf"[A-Za-z][a-z-]+(?<!ed)(?<!ing)(?<!ly)(?<![^s]s)\s+{MORE}")
# …and a standing yearly count after its things: "… scholarships every year", "… a year", "… annually"
YEARLY_EN = re.compile(r"\s+(?:(?:every|each|per|a)\s+year|annually|yearly)\b", re.I)
# a word between a quantity and its deadline: a base year or an age may stand there ("by 65 percent from 2008 levels
# by 2030", "80 per cent of adults over 50 … by 2028"), another share not ("2 greenhouse gas emissions by 65 percent
# … by the same year": the deadline is 65's)
_WORD_NOT_COUNT = r"(?!\d[\d,.]*(?:%|\s+per\s*cent\b|\s+percent\b))[\w'’-]+"
# a deadline of the quantity's own, right after it: "215 GW of installed solar capacity by 2030", "1 million
# students by the end of the 2027-2028 school year" (the year it ends in), a yearly count's last year ("35 000
# talents each year from 2026 to 2028", "… a year until 2028"); a run of words a comma joins counts
# as one ("should use AI, cloud or big data by 2030")
BY_YEAR_AFTER = re.compile(rf"(?:\s+{_WORD_NOT_COUNT}(?:,\s+{_WORD_NOT_COUNT})*){{0,9}}?\s+"
                            r"(?:by\s+the\s+same\s+year\b|"
                            r"(?:(?:by|until|through|from\s+(?:19|20)\d{2}\s+(?:to|through|until))\s+"
                            # (or the span a goal is reached over: "during the policy period of 2022-2027")
                            r"|(?:during|over|throughout)\s+(?:the\s+(?:[\w-]+\s+)?(?:period|years)\s+(?:of\s+)?)?"
                            r"(?:19|20)\d{2}\s*[–—-]\s*)(?:the end of\s+)?"
                            rf"(?:(?:fiscal|calendar)\s+(?:year\s+)?|FY\s?)?"
                            rf"(?:(?:{MONTHS})\s+(?:\d{{1,2}},\s*)?|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+)?"
                            rf"{PART_OF_YEAR}"
                            r"(?:the\s+(?:19|20)\d{2}\s*[-–/]\s*(?=(?:19|20)\d{2}\s+(?:school|academic)\s+year))?"
                            rf"(?P<year>(?:19|20)\d{{2}})\b)")  # "… by the same year": the year named before it
# a sentence that commits to what it counts
# (or asks its bodies to: "The Spending Review asks every department to deliver productivity savings of 5% … by
# 2028-29")
COMMITTING_EN = re.compile(r"\b(?:will|shall|must|should|requires?|mandates?|asks|aims?|plans?|targets?|goals?|"
                           r"objectives?|"
                           r"ambitions?|"
                            r"commit\w*|pledge\w*|legislat\w*|enshrin\w*)\b", re.I)  # "has legislated a 43% cut …"
# the next object of the verb before, with a deadline of its own: "delivering fifty thousand more nurses … by March
# 2024 and forty new hospitals by 2030" (no verb between them: not "… by 2024 and will reach 40")
NEXT_OBJECT_EN = re.compile(r"^(?:(?!\b(?:will|shall|must|should|is|are|was|were|has|have|had)\b)[^.;:])*"
                            r"\s(?:and|as well as)\s+$", re.I)
# a sum a bill authorizes or appropriates: "There is authorized to be appropriated to the National Science Foundation
# … $2,600,000,000 for each of fiscal years 2027 through 2031"
APPROPRIATED = re.compile(r"\b(?:authori[sz]ed to be appropriated|(?:is|are) (?:hereby )?appropriated)\b"
                          r"(?:\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w&'’ -]{2,80}?)(?=\s+to\s|\s*,|\s+for\s))?[^;]*$",
                          re.I)


def appropriation_metric(found: re.Match[str]) -> str:
    """What an appropriation is for, as a metric: "appropriations to the National Science Foundation"."""
    return f"appropriations to the {found['to'].strip()}" if found["to"] else "appropriations"
# a sum that is the size of what is set up: "set up a RMB 10 billion chiplet and advanced packaging industry fund"
FUND_BEFORE = re.compile(rf"\b(?:{EN_MAKE})\s+(?:a|an)\s+(?:new\s+)?$", re.I)
FUND_AFTER = re.compile(r"\s+((?:[\w-]+\s+){0,6}?(?:fund|facility|programme|program|scheme))\b", re.I)
# what a modal commits to change, by so much or to so much: "each agency shall reduce its real property footprint
# by at least 10 percent"
MODAL_CHANGE_EN = re.compile(r"\b(?:will|shall|must)\s+(?:\w+ly\s+)?(?:reduc|cut|increas|rais|lower|grow|expand|boost|"
                             r"decreas|lift)\w*\s+(?:[\w'’-]+\s+){0,8}?(?:by|to)\s+$", re.I)
# a change by so much, before a share or after what it is compared with: "能耗比2020年下降14%以上",
# "提高5个百分点", "企业数量比2023年增加500家"
COMPARED_ZH = re.compile(r"[比较](?:\d{4}年|上一?年|去年)")
# a clause part that states a figure of what is measured: "营收增长18%"
FIGURE_ZH = re.compile(r"(?:增长|下降|提高|提升|增加|减少|达到|达|为|突破|超过)?\d[\d.,]*\s*"
                        r"(?:%|％|个百分点|[万亿]?[元名人家个间所项台套])?(?:以上|左右)?$")
# a multiplying verb governed by what comes before ("commits to double", "aims at doubling"): what it
# multiplies follows it
TO_CHANGE = re.compile(r"\b(?:to|at|on)\s+(?:at\s+least\s+)?$")  # "to at least triple the Union's capacity"
# a standing yearly goal of what a place makes: "全市每年培训数字技能人才不少于两万人次" (not what each one does or
# pays: "每人每年培训不少于…", "每年缴费不少于…")
# "每年开展职业技能培训", "每年支持中小企业不少于2000家"
YEARLY_ZH = re.compile(rf"每年[^，,；;。]{{0,6}}?(?:{ZH_MAKE}|{ZH_SELECT}|吸引|引进|支持|服务|帮扶|开展|举办|组织)")
EACH_ZH = re.compile(r"每(?:人|名|位|户|家|个|所)")
CHANGE_BY_ZH = re.compile(r"(?:年均|每年|年平均)?(?:下降|降低|减少|提高|提升|增长|增加)\s*$")


def sized_one(text: str, start: int, end: int, s1: int, later: list[dict], at: int | None = None) -> str:
    """What a Chinese size before 的 measures where it is the goal ("" where not): the clause part builds or
    sets up one thing of that size and counts nothing after it ("建成…不低于500PFLOPS的公共算力平台" measures
    公共算力平台智能算力规模; "设立规模50亿元的…母基金", the fund's 规模; not "培育…超百亿元的龙头企业20家").
    start: where the goal's cue starts; at: where the size itself does (the cue may be the verb that sets up)."""
    part_start = max(text.rfind(p, 0, start) for p in "，,；;。") + 1
    head = re.split(r"[，,；;。]", text[end:s1])[0]
    built = BUILDS_ONE_ZH.search(text, part_start, start) or BUILDS_ONE_ZH.search(text, part_start, at or start)
    # (a whole named by what it is made of is still one thing: "规模超过5万人的…人才队伍")
    counted = COUNTED_HEAD_ZH.search(head) and not re.search(r"(?:队伍|集群)$", head)
    if not built or counted or any(q["start"] < end + len(head) for q in later):
        return ""
    size = ZH_FILLER.sub("", text[built.end("verb"):max(start, built.end("verb"))])
    return re.sub(r"^(?:以上|以下|左右)?的", "", head) + size  # "公共算力平台智能算力规模"


# a yearly count a plan will raise: "Scholarships … will be expanded to 100 places a year"
WILL_RAISE_TO = re.compile(r"\b(?:will|shall)\s+(?:be\s+)?(?:expand|increas|rais|grow|boost|scal)\w*\s+"
                           r"(?:[\w'’-]+\s+){0,6}?(?:up\s+)?to\s+$", re.I)


# what a sum is given to make, right before its count: "$32.8 million … to fund 5,000 … places each year", "… to
# support 1,000 additional graduate students … each year"; or what a subject will make: "The Department will support
# 1,000 graduate students each year"
TO_MAKE = re.compile(rf"\b(?:to|will|shall|must)\s+(?:also\s+)?(?:{EN_MAKE}|support|serve)\s+{MORE}$", re.I)
# the things' year, after where they go: "5,000 fee-free TAFE places in AI and data courses each year" (and other
# things counted with them: "1,000 additional graduate students and postdoctoral fellows in AI each year")
_THEIR_PLACE = re.compile(r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)?"
                          r"(?:\s+(?:in|for|on|across|at)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)?"
                          r"(?=\s+(?:every|each|per|a)\s+year\b|\s+(?:annually|yearly)\b)", re.I)


# a sentence about what each one does: "Each grant will support 2 doctoral students a year"
_EACH_ONE = re.compile(r"\s*(?:each|every)\b", re.I)


def standing_order(text: str, s0: int, at: int, q: dict) -> bool:
    """Whether the sentence at s0 orders a yearly count with its verb, right before at: "Offer 200 scholarships
    every year", "Train 500 teachers a year", "… will be expanded to 100 places a year", what a sum is given to
    make, "… to fund 5,000 places in AI courses each year" (not a sum: "Pay EUR 20 every year"; not what one
    may do: "firms may apply to hire 2 interns each year")."""
    ordered = (ORDER_OPENING.fullmatch(text, s0, at) or WILL_RAISE_TO.search(text, s0, at)
               or TO_MAKE.search(text, s0, at) and not MAY.search(text, s0, at) and not _EACH_ONE.match(text, s0))
    return bool(q["num_end"] >= 0 and not MEASURE.match(q["unit"]) and ordered
                and (things := counted_things(text, q["num_end"]))
                and _THEIR_PLACE.match(text, things[1]) is not None)


# "a PUE of 1.2 or lower": a bound after the figure
OR_BOUND = re.compile(r"\s+or\s+(?:(?P<le>lower|less|below|fewer|under)|(?P<ge>higher|more|above|greater|over)|"
                      r"(?P<better>better))\b", re.I)
# "or better" bounds the way the measure improves: down for what costs (a PUE, emissions, a wait), else up
LOWER_IS_BETTER = re.compile(r"\b(?:PUE|power\s+usage\s+effectiveness|emissions?|intensity|cost|price|latency|"
                             r"wait(?:ing)?|delay|mortality|deaths?|error|loss(?:es)?|footprint|consumption)\b", re.I)
# a goal reported met names no goal of the text's: "…达到3.2EFLOPS，提前完成年初确定的3EFLOPS目标" (the year's other
# figures beside it are results, not goals)
MET_GOAL_ZH = re.compile(r"(?:提前|已经?|超额|顺利|全面|圆满)(?:完成|实现|达成)[^。；;，,]{0,20}?目标")
