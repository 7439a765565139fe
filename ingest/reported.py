"""Figures a sentence reports or scopes by, not goals it sets: what was done ("已建成", "now reaches 78%"),
a goal reported as met ("的目标已提前完成"), what others forecast or claim ("据…预测", "有观点认为", "X projects
that … could"),
a threshold that says what a rule covers ("any training run expected to exceed …") and a goal restated in
other terms ("enough to power about 350,000 households"). targets.py asks before it keeps a cued number."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.said_by_others_en import said_by_others

# what was done, not what is to be: a cue in the past ("the province reached 50 EFLOPS", "had trained 3,000")
# in a sentence with nothing ahead of it ("will have reached", "is expected to"), and 已 before a Chinese cue
# ("算力规模已达到50 EFLOPS", "已建成…")
_PAST_CUE_EN = re.compile(r"(?:reached|exceeded|surpassed|achieved|attained|topped|\w+ed|built|hit)\b", re.I)
_AHEAD_EN = re.compile(r"\b(?:will|shall|should|must|would|to|aims?|plans?|expected|projected|intends?|seeks?|"
                       r"targets?|goals?|objectives?|commit\w*|pledge\w*|by (?:the end of )?(?:19|20)\d{2})\b", re.I)
_ALREADY_ZH = re.compile(r"已(?:经)?(?:累计)?\s*$")
# …or 已 before the verb of the figure's clause part: "今年1—11月全国已开工改造城镇老旧小区5.1万个"
_DONE_PART_ZH = re.compile(r"已(?:经)?(?:累计)?(?:开工|建成|完成|实现|改造|培训|培育|引进|发放|投入|部署|上线|建设|"
                           r"新增|落地)[^，,；;。]*$"
                           # …or a gap that still stands: "但仍有12个县…城区学位缺口超过5000个"
                           r"|(?:仍|尚|还)(?:然)?有[^，,；;。]*$")
# what those a grant is for must reach: "对新建智能算力规模达到500PFLOPS以上且PUE不高于1.25的智算中心，按设备投资的10%
# 给予最高5000万元补助" (the figure sizes the 智算中心 after 的; the clause after it grants)
_GRANTED_FOR_ZH = re.compile(r"[^，,。；;]*?的[\u4e00-\u9fff]{1,12}[，,][^。；;]*?(?:给予|奖励|补助|补贴|资助|支持)")
# a sentence that looks back over a period reports what was done in it: "过去五年，全市累计新增…", "五年来，…
# 控制在5%以内" (unless a time ahead follows it: "过去五年…，今后五年力争…")
_LOOKING_BACK_ZH = re.compile(r"(?:过去|近|这)[一二两三四五六七八九十\d]{1,2}年(?:来|里|间|中)?[，,]"
                              r"|(?<![\d一二两三四五六七八九十])[一二两三四五六七八九十\d]{1,2}年来|过去一年"
                              # "经过四年建设，8个枢纽节点新开工数据中心项目超过200个": what the years built
                              r"|经过(?:[一二两三四五六七八九十\d]{1,2}|多)年(?:的)?(?:建设|发展|努力|奋斗|攻坚)")
# words that look ahead: a figure after them is a goal, whatever was done before it (targets.py reads it too)
AHEAD_ZH = re.compile(r"今后|未来|到\d{4}年|力争|争取|目标|将|计划")
# what an inspection or the statistics found: "检查发现，…珠三角地区占全省比重超过85%"
_FOUND_ZH = re.compile(r"(?:检查|调研|调查|评估|审计|督查)(?:中)?发现[，,：:]|据(?:不完全)?统计[，,]|数据显示[，,]"
                       r"|统计显示[，,]"
                       # …or what those reporting filled in and checked: "据项目单位填报并经抽查核实，…"
                       r"|据[^，,。；;]{0,12}?(?:填报|核实|核查|监测)[^，,。；;]{0,8}[，,]"
                       r"|经查[，,]")
# …or in the present, said to be so now: "Gigabit broadband now reaches 78% of premises" (not "the law now
# requires 215 GW by 2030", which sets what is to be)
# the words that say how things stand now, which targets.py reads too ("Currently about 30 percent …")
NOW_WORDS = r"(?:now|currently|presently|at present|today|so far|to date)"
_NOW_EN = re.compile(rf"\b{NOW_WORDS}\b", re.I)
# …or a sentence that opens by saying so, and commits to nothing: "Currently, about 30 percent of the agency's
# workforce is eligible to retire within five years" (not "Currently, 40% …; by 2030 we will reach 60%")
# …or what something now holds, in the present: "The Union currently accounts for less than 5% of global AI compute"
_NOW_HOLDS_EN = re.compile(rf"\b{NOW_WORDS}\s+(?:accounts?\s+for|stands?\s+at|represents?|hosts?|holds?|makes?\s+up|"
                           r"performs?|produces?|generates?|supplies|supply|contributes?|consumes?|uses?|"
                           r"has|have|is|are|employs?|operates?|provides?)\b", re.I)
_NOW_OPENING_EN = re.compile(rf"\s*(?:\(\w{{1,4}}\)\s*)?(?:{NOW_WORDS}|as things stand)\s*,"
                             r"(?!\s*therefore\b)", re.I)  # (an order's "NOW, THEREFORE, I hereby order …")
_COMMITS_EN = re.compile(r"\b(?:will|shall|should|must|aims?|plans?|intends?|seeks?|targets?|goals?|objectives?|"
                         r"commit\w*|pledge\w*|ambitions?)\b", re.I)
# a goal reported as met or missed: "The 2020 target of 20% was exceeded, with the EU reaching 22.1%"
_GOAL_OUTCOME_EN = re.compile(r"\b(?:targets?|goals?|objectives?)\b[^.;]{0,80}?\b(?:was|were|has been|have been|"
                              r"had been)\s+(?:\w+ly\s+|not\s+|never\s+)?(?:met|exceeded|achieved|reached|surpassed|"
                              r"missed|attained|hit)\b", re.I)
# …and in Chinese, after the figure in its clause part: "能耗下降14%的目标已提前完成", "…达到40%，已实现" is not
# (a comma parts what is planned from what is done: "计划改造500个，已完成300个")
_MET_AFTER_ZH = re.compile(r"[^，,；;。]*?(?:均|都)?已(?:经)?(?:提前|超额|全面|基本|如期)*(?:完成|实现|达成|达到|超过)")
# …or at the sentence's end, a plan's goal reached ahead of time: "算力总规模达到280EFLOPS，提前完成“十四五”规划确定
# 的目标" (not where the sentence looks ahead: "力争…，提前一年完成规划目标")
_MET_CLOSING_ZH = re.compile(r"[，,](?:均|都)?(?:已(?:经)?)?(?:提前|超额|如期|全面)[^，,；;。]{0,4}?(?:完成|实现|达成)"
                             r"[^，,；;。]*(?:目标|任务)[^，,；;。]*[。；;]?$"
                             # …or a last part that says only that it was done, and when: "，2023年已全面实现。"
                             r"|[，,]\s*(?:(?:19|20)\d{2}年(?:底|末)?)?(?:均|都)?已(?:经)?(?:提前|超额|如期|全面|基本)*"
                             r"(?:完成|实现|达成)\s*[。；;]?$")
# a goal named as what is measured against, not set: "exceeding its original target of 10,000 teachers",
# "firms that meet the target of 20%"
_TARGET_OF_EN = re.compile(r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|goal)\s+of\b", re.I)
_MEASURED_AGAINST_EN = re.compile(r"\b(?:meet|meets|met|meeting|exceed\w*|surpass\w*|achiev\w*|reach\w*|miss\w*|"
                                  r"beat\w*|hit(?:s|ting)?)\s+$", re.I)
# …or a past-tense verb right before the figure, the cue an approximation: "Data centres consumed about 1.6% of …"
_PAST_VERB_BEFORE_EN = re.compile(r"\b(?:[a-z]{3,}ed|was|were|rose|fell|grew|stood|spent|built|hit|held|had|took|made|"
                                  r"gave|saw|won|got|paid|sold|bought|became|used)\s+$")
# …which nothing in its sentence looks ahead of: "to" only before a verb ("… is to reach", not "according to the
# Ministry", "the GPU hours allocated to the national centres")
_AHEAD_OF_PAST_EN = re.compile(r"\b(?:will|shall|should|must|would|aims?|plans?|expected|projected|intends?|seeks?|"
                               r"targets?|goals?|objectives?|commit\w*|pledge\w*|by (?:the end of )?(?:19|20)\d{2}|"
                               r"to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\s)", re.I)
# what stands now, right after the figure: "about 23 AI exaflops today"
_NOW_AFTER_EN = re.compile(rf"\s*(?:(?!from\b)[\w-]+\s+){{0,3}}?{NOW_WORDS}\b", re.I)  # (not "threefold from today's")
_NOW_CLOSING_EN = re.compile(rf"\b{NOW_WORDS}\s*$", re.I)  # …or read into the figure's unit: "23 AI exaflops today"
# the figure's own verb, after it, in the past: "… of leading-edge logic chips (below 7 nanometres) were fabricated in"
# (not "By 2030, at least 7.5 million workers have been provided with training": what is to have been done by then)
_DONE_AFTER_EN = re.compile(r"[^.;:]{0,80}?\b(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
                            r"(?!(?:set|required|expected|planned|targeted|asked|mandated|due)\b)[a-z]+ed\b", re.I)
_BY_A_YEAR_EN = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b", re.I)
_FORECAST_ZH = re.compile(r"据[^，,。；;]{0,30}?(?:预测|测算|估算|估计|预计)"
                          # …or what the media say a firm plans: "据媒体报道，某头部电商平台计划…投入500亿元" (not a
                          # government's plan they report: "据当地媒体报道，该区计划两年内建成2个…算力中心")
                          r"|据[^，,。；;]{0,10}?(?:媒体|外媒|消息人士)[^，,。；;]{0,4}[，,]\s*[^，,。；;]{0,12}?"
                          r"(?:企业|公司|集团|平台|厂商)"
                          r"|(?:^|[，,])[^，,。；;]{2,30}?(?:预测|测算|估算)[，,：:]"
                          # …or an industry body's, a firm's or an analyst's expectation: "中国汽车工业协会预计，…"
                          r"|(?:协会|学会|研究院|研究所|研究中心|智库|咨询|证券|机构|分析师|IDC|Gartner)[^，,。；;]{0,6}?"
                          r"(?:预计|预期|估计)"
                          # …or what a firm expects its own accounts to show: "预计公司资产负债率将由…上升至55%左右"
                          r"|预计(?:本|该)?公司"
                          # …or a claim given to others, which the text may go on to deny: "有观点认为，到2030年…将突破
                          # 10万亿元，这不是政策目标", "有媒体报道称…", "网传…"
                          r"|(?:有(?:观点|人|专家|媒体|报道|分析|评论)|一些(?:观点|媒体|报道|评论)|网传|传言|外界"
                          # …or other places' ("有的城市提出三年内智能算力规模翻两番")
                          r"|(?:有的|一些|其他|兄弟)(?:城市|地方|省份|地区|省市))[^。；;]{0,6}?"
                          r"(?:认为|称|表示|指出|预计|预测|估计|报道|提出)"
                          # …or a suggestion of a member or an expert, not the issuer's: "全国政协委员、某大学教授王某在
                          # 接受采访时建议，到2030年我国应培养…"
                          r"|(?:委员|人大代表|专家|教授|学者|研究员)[^。；;]{0,20}?(?:建议|呼吁)"
                          # …or some departments' or firms' ("部分部门和企业建议将目标提高至2万PFLOPS，…未予采纳")
                          r"|(?:部分|一些|有的|有)(?:部门|企业|单位|地区|市民|群众)[^。；;]{0,10}?建议")
# where things stand now, heading the sentence: "截至目前全市已建成智算中心4个，智能算力规模达到3.2 EFLOPS" (a dated
# 截至2023年底 is the year finder's); or a part of a year gone by, with its change on the year before: "今年一季度全市
# 新能源汽车产量达12.3万辆，同比增长46.3%"
_AS_OF_ZH = re.compile(r"截(?:至|止)(?:目前|当前|现在|本月|上月|上年底|去年底|今年\d{1,2}月"
                       r"|\d{1,2}月(?:\d{1,2}日|底|末))"  # (a day of this year: "截至9月30日")
                       # …or since a past event ("自挂牌以来，自贸试验区累计形成制度创新成果416项")
                       r"|(?:自|从)[^，,。；;]{1,20}?以来"
                       # …or a period gone by, heading its clause part ("“十四五”以来，…年均增长25%以上")
                       r"|(?<![^，,。；;\n])\s*[^，,。；;\n]{1,14}?以来(?=[，,])"
                       r"|(?:今年|本年|上半年|(?<![\d年])\d{4}年)?(?:一季度|上半年|前三季度|1\s*[—–-]\s*\d{1,2}月|前\d{1,2}个月)"
                       r"[^。；;]*?(?:同比|比上年同期)")
# …or a part of a year gone by opening the clause part that counts ("新闻发言人介绍，上半年全国城镇新增就业
# 695万人")
# (a plan's deadline in a part of a year has its cue: "力争上半年完成…", "2026年上半年将开工…")
_PART_YEAR_ZH = re.compile(r"\s*(?:今年|本年|(?:19|20)\d{2}年)?"
                           r"(?:一季度|上半年|前三季度|1\s*[—–-]\s*\d{1,2}月|前\d{1,2}个月)"
                           r"(?!(?:末|底|前|内|以前))(?:(?!要|确保|预计|拟)[^，,；;。])*$")
# …or the part of the year its sentence opens with, which governs all its parts: "上半年，…全省在用算力规模达到
# 12.6EFLOPS，其中智能算力占比达到58%" (not "上半年，要确保…")
_PART_YEAR_OPENS_ZH = re.compile(r"\s*(?:今年|本年|(?:19|20)\d{2}年)?"
                                 r"(?:一季度|上半年|前三季度|1\s*[—–-]\s*\d{1,2}月|前\d{1,2}个月)(?:以来)?[，,]"
                                 r"(?:(?!要|确保|预计|拟|力争|争取|将)[^。])*$")  # (all its parts: "…14.8%；全省…")
# …or a goal a higher body's document set, cited: "国务院印发《关于深入实施“人工智能+”行动的意见》，提出到2027年…
# 普及率超过70%" in a city's speech (the State Council's goal, not the speaker's), "江苏省人民政府办公厅印发的《…行动
# 方案》提出，到2027年全省算力规模超过50EFLOPS" in a company's announcement
_CITED_ZH = re.compile(r"(?:国务院|党中央|中共中央|国家|省人民政府|省政府|省委)[^，,。；;]{0,12}?"
                       r"(?:印发|发布|出台|公布)"
                       r"[^。；;]{0,60}?》"
                       r"[^，,。；;]{0,6}[，,]?\s*(?:明确)?提出[^。；;]*$"
                       # …or the year's 《政府工作报告》 quoted in another body's report: "今年《政府工作报告》提出的
                       # 主要预期目标是：国内生产总值增长4.5%—5%，…" in the central bank's
                       r"|《政府工作报告》(?:中)?(?:明确)?提出[^。；;]*$")
# another country's goal, set beside our own: "美国提出到2030年将…提高至20%，这对我国…带来新的挑战"
_FOREIGN_ZH = re.compile(r"\s*(?P<compared>(?:相比之下|与之相比|相较而言|对比来看|反观|放眼全球|从国际上?看|国际上|"
                         r"作为参照|作为对比|作为比较)"
                         r"[，,]\s*)?(?:此前|近日|近年来|同时|目前)?[，,]?(?:美国|欧盟|日本|韩国|英国|德国|法国|印度|"
                         r"俄罗斯|新加坡|澳大利亚|加拿大|以色列|荷兰|意大利|西班牙|巴西|沙特|阿联酋"
                         # (a city or a province of ours only where the text sets it beside: "作为参照，北京市提出…")
                         r"|(?P<region>[\u4e00-\u9fff]{2,4}(?:省|市|自治区)))(?:政府)?[^，,。；;]{0,10}?"
                         r"(?:提出|计划|宣布|发布|制定|设定|确立|承诺|表示)")
# how many tasks or measures a plan lays out, no goal: "《行动方案》围绕六个方面部署了18项重点任务"
_PARTS_COUNT_ZH = re.compile(r"(?:重点|主要|具体)?(?:任务|举措|措施|政策措施)")
_OURS_ZH = re.compile(r"我国|我省|我市|我区|国内")
_CHANGE_ON_YEAR_ZH = re.compile(r"同比|比上年同期")
# …or an exact change on the year before, in a sentence that plans nothing: a statistic ("全年…比上年增加12.4亿斤，
# 增长0.9%", "比上年末提高0.8个百分点"; not "今年赤字率拟按4%左右安排，比上年提高1个百分点", nor "比上年增长5%左右")
_EXACT_CHANGE_ON_YEAR_ZH = re.compile(r"比上年末?(?:增加|增长|提高|下降|减少|降低|上升)\d+(?:\.\d+)?"
                                      r"(?:%|个百分点|[万亿]?[\u4e00-\u9fff]{1,2}(?=[，,。；;]))(?!左右|以上)")
_PLANS_ZH = re.compile(r"到\d{4}年|拟|今年|本年|明年|左右|以上|力争|争取|确保|目标|预期|(?<!即)将|计划|要")
# a day gone by the sentence says things stood at, whatever year an earlier sentence named ("…2030年有望超过6000亿元。
# 公司现有智算中心平均上架率保持在85%以上，截至2026年6月30日，…"): its figures are where things stood
# why the goals set above are what they are, restating them: "提出上述预期目标，主要考虑是：…"
_RATIONALE_ZH = re.compile(r"(?:上述|以上|这些|这一)(?:预期|主要)?目标[^。；;]{0,8}?(?:主要)?考虑|主要考虑(?:是|如下)")
_AS_OF_DATED_ZH = re.compile(r"截(?:至|止)(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|底|末)?")
# what each user may use or get, an allowance: "科研课题组每年可免费使用不超过2万卡时，超出部分按成本价收费"
_ALLOWANCE_ZH = re.compile(r"可(?:免费|优先|无偿)?(?:使用|申请|享受|获得|领取)[^，,。；;]{0,6}$")
# what a thing named before is or holds, said in a relative clause: "…Framework, which provides public support of more
# than 10 trillion yen through FY2030, will be prioritized for …"
# (not "…3.87 million new homes by 2031, which includes a minimum of 2 million …": a part of the goal)
_WHICH_HAS_EN = re.compile(r",\s*which\s+(?:already\s+)?(?:provides|offers|has|holds|represents|employs)\b[^,;.]*$",
                           re.I)
# a figure said to fall short, as it stands: "排名后5位的县（市、区）平均完成进度仅为52.4%"
_ONLY_ZH = re.compile(r"(?:仅为|仅有|仅达|只有)\s*约?\s*[\d一二两三四五六七八九十]")
# a sentence that scores a goal's outcome reports results, all its figures: "新增智能算力2350PFLOPS，完成年度目标的
# 117.5%", "平均算力利用率为57.3%，未达到60%的年度目标" (not where it looks ahead: "力争…完成年度目标"); so does
# a change on the year before in a sentence that sets nothing: "全省人工智能核心产业规模达到1130亿元，同比增长21.4%"
# (a result; "力争…同比增长6%" looks ahead)
_SCORED_ZH = re.compile(r"完成[^，,。；;]{0,6}?(?:目标|任务|计划)[^，,。；;]{0,4}?的\s*\d"
                        r"|未(?:能)?(?:达到|实现|完成)[^，,。；;]{0,12}?(?:目标|任务)")
_LOOKS_AHEAD_ZH = re.compile(r"今后|未来|到\d{4}年|力争|争取|下一步|(?<!即)将(?!近)|预期|确保|要")
# which things a figure picks out, compared with it: "利用率低于50%的智算中心全部完成整改" (not a bound a goal sets,
# "不低于65%")
_PICKS_OUT_ZH = re.compile(r"低于|高于|小于|大于|不足")
_OF_THINGS_ZH = re.compile(r"的(?!(?:年度|全年|预期|奋斗)?(?:目标|任务|水平))")
# …or a claim the sentence denies after it: "…增加10%，这并非政府目标", "该说法不实"
_DENIED_ZH = re.compile(r"[，,]\s*(?:这|此|该说法|上述说法)?(?:并非|不是|并不是)[^。；;]{0,10}?(?:目标|计划|承诺)"
                        r"|(?:说法|报道|消息)(?:不实|不准确|有误)")
# what those who apply or comply must have, with no date: a condition, not a goal ("Applicants must employ at
# least 50 staff in the state"; not "Operators must reach a PUE of 1.3 by 2027", a rule's goal with its year)
_CONDITION_SUBJECT_EN = re.compile(
    r"\W*(?:\(\w{1,4}\)\s*)?(?:(?:each|every|all|any|the|an?|eligible|participating|qualifying)\s+)*"
    r"(?:(?:Track|Tier|Category|Lot)\s+\w{1,3}\s+)?"  # "Track 1 proposers must commit at least 80 percent"
    r"(?:firms?|compan(?:y|ies)|applicants?|enterprises?|businesses|employers?|recipients?|grantees?|"
    r"participants?|candidates?|bidders?|tenderers?|suppliers?|vendors?|proposers?|offerors?|awardees?)\b[^.;:]{0,60}?"
    r"\b(?:must|shall|should|(?:is|are) required to|needs? to)\b", re.I)
# …or what the subject a rule binds must be to be bound, in a relative clause before the rule's modal: "Data centres
# that began operating before 1 July 2026 and have a … load of 300 kilowatts or more shall …"
_QUALIFIER_EN = re.compile(r"\W*(?:\(\w{1,4}\)\s*)?(?:(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?<!\bof)(?<!\bin)\s+)"
                           r"(?<!\bthat )(?<!\bproposes )(?<!\bensure )(?<!\bensures )(?<!\bnotes )(?<!\bagrees )"
                           # (nor what a goal says: "sets the target that 75% of enterprises will …")
                           r"(?<!\btarget )(?<!\bgoal )(?<!\bambition )(?<!\baim )(?<!\bobjective )(?<!\bis )"
                           r"(?<!\bcommits )"  # "The company also commits that 67% of its suppliers … will"
                           r"(?:that|which|who|whose)\s", re.I)
# what a body is doing now, no deadline after it: "The Commission is launching two public consultations"
_DOING_NOW_EN = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?$")
_DEADLINE_EN = re.compile(r"\b(?:by|before|within|no later than)\b", re.I)
_RULE_MODAL_EN = re.compile(r"\b(?:will|shall|must|should|(?:is|are) required to)\b", re.I)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:next|this) year\b|\bwithin\b", re.I)
# a figure the sentence itself rejects, right after it: "A target of 50,000 GPUs is not affordable within …",
# "… 100 EFLOPS by 2027 is not realistic"
_REJECTED_AFTER_EN = re.compile(r"[^.;:]{0,60}?\b(?:is|are|was|were|would be)\s+(?:not\s+|un)"
                                r"(?:affordable|achievable|feasible|realistic|justified|attainable)\b", re.I)
# others' goals given for comparison: "By comparison, France has set a national goal of training 100,000 …"
# …or goals others have set, which the text notes: "notes that some Member States have set targets of power usage
# effectiveness of 1.3 or lower"
_OTHERS_SET_EN = re.compile(r"\b(?:some|several|many|other|a number of|most)\s+(?:Member States|countries|"
                            r"jurisdictions|governments|states|nations|economies|cities|regions)\s+(?:have|has)\s+"
                            r"(?:already\s+)?(?:set|adopted|introduced|announced|established)\b"
                            # …or a survey's account of how the targets of several governments compare: "Targets differ
                            # widely in scope and horizon: the European Union aims to build up to five …, Korea …"
                            r"|\b(?:their|these|national|countries['’]|governments['’])?\s*targets\s+(?:differ|vary|range)\b"
                            r"[^.;]*:", re.I)
_COMPARISON_EN = re.compile(r"\s*(?:By|In)\s+(?:comparison|contrast)\b|\s*Elsewhere\b|\s*Internationally\b", re.I)
# the same in English: what others claim or report, which the text may go on to deny ("Some commentators have
# claimed …; no such commitment is made", "Reports that … are inaccurate", "TAKES NOTE of reports that …; RECALLS
# that the Council has not endorsed any such figure"), a goal given up ("… has been
# abandoned"), and a recital ("WHEREAS, more than 40 percent of employers report …"), which states what is
# (and what a government denies: "The Treasury has denied reports that it plans to cut … by £3 billion")
_DENIES_EN = re.compile(r"\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:the\s+)?"
                        r"(?:(?:media|press|news|local|recent|earlier)\s+)?"  # "denied media reports that …"
                        r"(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\s+that\b", re.I)
_CLAIMED_EN = re.compile(r"\b(?:some|critics|commentators|observers|analysts|media|press|reports?|rumou?rs?)\b"
                         r"[^.;]{0,40}?\b(?:claim(?:s|ed)?|suggest(?:s|ed)?|speculat\w+|reported|allege[sd]?|that)\b",
                         re.I)
_DENIED_EN = re.compile(r"\b(?:no such (?:commitment|target|goal|pledge|figure|decision|plan|proposal)|"
                        r"(?:has|have) not (?:endorsed|agreed to|adopted|approved|committed to) any such|"
                        r"(?:is|are|was|were) (?:inaccurate|incorrect|untrue|false|misleading)|"
                        r"(?:is|are|was|were) not (?:accurate|correct|true)|"  # "Media reports that … are not accurate"
                        r"(?:has|have) been (?:abandoned|dropped|scrapped|withdrawn))\b", re.I)
# …or the next sentence says the figure is nobody's goal: "The Department … noted that this figure is an industry
# estimate and not a government target.", "That expectation is not a policy objective of this Regulation."
_DENIED_NEXT_EN = re.compile(r"\s*[^.;!?]{0,80}?\b(?:this|that|the|these|those)\s+(?:figure|estimate|number|projection|"
                             r"forecast|expectation|amount|sum)s?\s+(?:is|are|was|were)\s+(?:[^.;!?]{0,40}?\band\s+)?"
                             r"not\s+(?:an?\s+)?(?:government|policy|official|Administration)?\s*(?:target|goal|objective|"
                             r"commitment|forecast)s?\b"
                             # "The government does not propose such a target": the figure before is turned down
                             r"|\s*[^.;!?]{0,60}?\b(?:does|do|did|will)\s+not\s+(?:propose|adopt|set|endorse|accept|"
                             r"support|pursue|share)\s+(?:such\s+an?|this|that|any\s+such)\s+"
                             r"(?:target|goal|commitment|objective)\b", re.I)
_RECITAL_EN = re.compile(r"\W*WHEREAS\b")
# …up to the words that open what the order does: "WHEREAS, …; NOW, THEREFORE, I hereby order that agencies reduce …"
_OPERATIVE_EN = re.compile(r"\bNOW,?\s+THEREFORE\b")
# …or a resolution's preambular paragraph, which ends in a comma: "Noting with concern also that estimates suggest …,"
# (or an OECD instrument's, in capitals and ending in a semicolon: "RECOGNISING that … in 2024, …;")
_PREAMBLE_EN = re.compile(r"\s*(?:Recalling|Reaffirming|Recogni[sz]ing|Noting|Welcoming|Acknowledging|Emphasi[sz]ing|"
                          r"Stressing|(?:Deeply\s+|Gravely\s+)?Concerned|Bearing in mind|Convinced|Mindful|Taking note|"
                          r"Expressing|Aware|Considering|Underlining|Affirming|Observing|Having regard)\b"
                          r"[^\n]*[,;]\s*$", re.I)
# the lead-in of a bill's findings, whose items say what is, not what is to be: "Congress finds the following:"
_FINDINGS_LEAD = re.compile(r"\b(?:Congress|The Congress|The Legislature|The General Assembly|Parliament)\s+"
                            r"(?:finds|makes the following findings)\b", re.I)


def recited(leads: Sequence[str]) -> bool:
    """Whether the list a clause is an item of recites findings ("Congress finds the following:")."""
    return any(_FINDINGS_LEAD.search(lead) for lead in leads)
# the threshold that says what a rule covers: "any training run expected to exceed 5 x 10^25 operations",
# "models that exceed 10^26 operations" (not "ensure that at least 95% of …", where the figure is the goal)
_ANY_EXPECTED_EN = re.compile(r"\b(?:any|every|each)\b[^.;:,]{0,80}?\b(?:expected|likely|projected|anticipated|"
                              r"estimated|intended)\s+to\b[^.;:,]*$", re.I)
# …or what a thing must have to be covered: "Data centres with an installed IT power of at least 500 kW shall report"
# (not "with the aim of at least tripling …", a goal)
_WITH_OF_EN = re.compile(r"\b(?:with|having)\s+(?:an?\s+|the\s+)?(?![\w\s-]*?\b(?:aim|goal|target|objective|ambition|"
                         r"intention|view|purpose|milestone|outlay|budget|investment|allocation|envelope|funding)s?\s+of\s+$)"
                         r"(?:[\w-]+\s+){1,4}?of\s+$", re.I)  # (a sum committed "with an outlay of ₹882.94 crore")
_WHICH_EN = re.compile(r"\b(?:that|which|who)\s+(?:(?:would|could|will|may|can|is|are|do|does)\s+)?$", re.I)
_VERB_CUE_EN = re.compile(r"(?:exceed|surpass|top|reach|achiev|attain)", re.I)
# a goal said again in other terms after it: "2 GW of solar by 2030, enough to power about 350,000 households"
# (not the level a change goes to: "expanding … capacity to the equivalent of 50,000 GPUs", nor what a thing is to
# be sized for, with no goal before it: "to achieve … processing capacity sufficient to meet not less than 50 percent
# of annual domestic demand")
_EQUIVALENT_EN = re.compile(r"[,(—–]\s*(?:(?:enough|sufficient)\s+to\s+[a-z]+|(?<!\bto )(?<!\bto the )(?:the\s+)?"
                            r"equivalent\s+(?:to|of))\s+$", re.I)


# a government's answer to the recommendation it quotes above it: "Recommendation 1\nThe Government should expand
# … to at least 50,000 GPUs by 2028. (Paragraph 34)\nGovernment response: Partially agreed. The Government will …",
# on a line of its own or after the recommendation's last sentence ("… by 2028. Response: Partially agreed. …")
_ANSWER_LINE = re.compile(r"(?:^|(?<=[.!?)])[ \t]+)[ \t]*(?:(?:The\s+)?(?:Government|Department|Ministry|"
                          r"Administration|Executive)(?:'s|’s)?\s+)?[Rr]esponse\b[ \t]*(?:[:：.—–-]|$)"
                          # …or a line that opens with its verdict, as a GOV.UK response sets it ("Recommendation 2:
                          # … by 2030.\nAgree. We will …")
                          r"|^[ \t]*(?:(?:[Pp]artially|[Pp]artly|[Nn]ot)\s+)?(?:[Aa]greed?|[Aa]ccepted|[Ss]upported|"
                          r"[Nn]oted|[Rr]ejected|[Dd]isagreed?)(?:\s+in\s+(?:principle|part))?[ \t]*[.:;,—–-](?=\s|$)",
                          re.M)


# how many goals or parts a plan has, not a goal: "The plan sets out three goals to be achieved by 2030: …"
_PARTS_COUNT_EN = re.compile(r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:key\s+|main\s+|"
                             r"strategic\s+|core\s+|overarching\s+|national\s+)?(?:goals|targets|objectives|priorities|pillars|"
                             r"principles|themes|strands|(?:focus\s+|priority\s+)?areas|phases|missions)\b", re.I)
_SETS_OUT_EN = re.compile(r"\b(?:sets?|set out|sets out|outlines?|identif(?:y|ies)|lists?|contains?|includes?|"
                          r"comprises?|has|have|is built (?:on|around)|rests on)\s+(?:the\s+following\s+)?$", re.I)


def answer_start(text: str) -> int:
    """Where a government's own answer starts in a clause that first quotes the recommendation it answers (0
    where there is none): the figures and agencies the recommendation names are the committee's, not its own."""
    line = _ANSWER_LINE.search(text)
    return line.start() if line and line.start() > 0 and text[:line.start()].strip() else 0


def reported(text: str, sentence: tuple[int, int], cue_at: int, end: int, zh: bool) -> bool:
    """Whether the cued figure at text[cue_at:end] reports or scopes rather than sets a goal: done, met,
    forecast by others, or a threshold of what a rule covers."""
    s0, s1 = sentence
    before = text[s0:cue_at]
    # (set beside ours, or said to be for comparison: "相比之下，欧盟《芯片法案》提出到2030年…")
    foreign = zh and _FOREIGN_ZH.match(text, s0, cue_at)
    if foreign and (foreign["compared"] or not foreign["region"] and _OURS_ZH.search(text, s0, s1)):
        return True
    if (not zh and _QUALIFIER_EN.match(text, s0, cue_at) and not _RULE_MODAL_EN.search(before)
            and _RULE_MODAL_EN.search(text, end, s1)):
        return True  # "Data centres that … have a load of 300 kilowatts or more shall …": which ones a rule binds
    if not zh and _PARTS_COUNT_EN.match(text, cue_at) and _SETS_OUT_EN.search(text, s0, cue_at):
        return True  # "sets out three goals": how many there are
    if (not zh and _DOING_NOW_EN.search(before) and re.match(r"[a-z]+ing\b", text[cue_at:end])
            and not _DEADLINE_EN.search(text, end, s1)):
        return True  # "The Commission is launching two public consultations, …, open until 4 June 2025": under way
    if not zh and _REJECTED_AFTER_EN.match(text, end):
        return True  # "A target of 50,000 GPUs is not affordable": a figure turned down
    if not zh and _OTHERS_SET_EN.search(before):
        return True  # "notes that some Member States have set targets of … 1.3 or lower": others' goals
    if not zh and _WHICH_HAS_EN.search(before):
        return True  # "the … Framework, which provides public support of more than 10 trillion yen": what it is
    if not zh and (_COMPARISON_EN.match(text, s0)
                   or _CONDITION_SUBJECT_EN.match(text, s0) and not _ANY_YEAR.search(text, s0, s1)):
        return True  # "By comparison, France has set …"; "Applicants must employ at least 50 staff"
    if zh and re.search(r"[项条]$", text[cue_at:end]) and _PARTS_COUNT_ZH.match(text, end):
        return True  # "部署了18项重点任务": how many tasks there are
    if zh:
        back = _LOOKING_BACK_ZH.search(before)
        part = re.split(r"[，,；;。]", text[s0:cue_at])[-1]
        if part.lstrip().startswith("对") and (_GRANTED_FOR_ZH.match(text, end) or text.startswith("的", end)):
            # "对…达到500PFLOPS以上…的智算中心，…给予…补助": which centres a grant is for; "对上架率低于50%的地区原则上
            # 暂停新增项目审批": which places a rule applies to
            return True
        if (_SCORED_ZH.search(text, s0, s1) or _CHANGE_ON_YEAR_ZH.search(text, s0, s1) and not AHEAD_ZH.search(
                text, s0, s1)) and not _LOOKS_AHEAD_ZH.search(text, s0, s1) or (
                _EXACT_CHANGE_ON_YEAR_ZH.search(text, s0, s1) and not _PLANS_ZH.search(text, s0, s1)):
            return True  # "…完成年度目标的117.5%", "…未达到60%的年度目标", "…达到1130亿元，同比增长21.4%": results
        if _RATIONALE_ZH.search(text, s0, cue_at):
            return True  # "提出上述预期目标，主要考虑是：经济增长5%左右的目标，…": a goal set above, explained
        if _AS_OF_DATED_ZH.search(text, s0, s1) and not AHEAD_ZH.search(text, s0, end):
            return True  # "公司现有…上架率保持在85%以上，截至2026年6月30日，…约1200PFLOPS": where it stood that day
        if _ALLOWANCE_ZH.search(text, max(s0, cue_at - 16), cue_at):
            return True  # "每年可免费使用不超过2万卡时": what a group may use, no goal
        if _ONLY_ZH.search(text, max(s0, cue_at - 6), end):
            return True  # "平均完成进度仅为52.4%": how far short it stands
        if _PICKS_OUT_ZH.match(text, cue_at) and text[cue_at - 1:cue_at] != "不" and _OF_THINGS_ZH.match(text, end):
            return True  # "利用率低于50%的智算中心全部完成整改": which centres
        sentence_start = text.rfind("。", 0, s0) + 1  # (a part of the year opening it governs its parts past "；")
        return bool(_ALREADY_ZH.search(text, max(s0, cue_at - 4), cue_at) or _MET_AFTER_ZH.match(text, end, s1)
                    or _FOUND_ZH.search(before) and not AHEAD_ZH.search(before)
                    or (_DONE_PART_ZH.search(part) or _PART_YEAR_ZH.match(part)) and not AHEAD_ZH.search(part)
                    or _PART_YEAR_OPENS_ZH.match(text, sentence_start, cue_at)
                    and not AHEAD_ZH.search(text, sentence_start, cue_at)
                    or bool(_CITED_ZH.search(before))
                    or _FORECAST_ZH.search(before) and _DENIED_ZH.search(text, end, s1)
                    or _MET_CLOSING_ZH.search(text, end, s1) and not AHEAD_ZH.search(text, s0, end)
                    or _FORECAST_ZH.search(before) or back and not AHEAD_ZH.search(before, back.end())
                    or (_AS_OF_ZH.search(before) or _AS_OF_ZH.search(text, s0, s1) and _CHANGE_ON_YEAR_ZH.search(
                        text, s0, s1)) and not AHEAD_ZH.search(before))
    # a denial may follow a semicolon: "Some have claimed … by 2027; no such commitment is made by this Order."
    full_stop = text.find(". ", end)
    denied = _DENIED_EN.search(text, end, full_stop if full_stop >= 0 else len(text))
    if _DENIED_NEXT_EN.match(text, s1) or _DENIES_EN.search(before):
        return True  # "… will need 200,000 additional AI workers by 2030. … this figure is … not a government target"
    recital = _RECITAL_EN.match(text, s0) and not _OPERATIVE_EN.search(before)
    if recital or _PREAMBLE_EN.fullmatch(text, s0, s1) or denied and (
            _CLAIMED_EN.search(before) or denied.group().lower().startswith(("has", "have"))):
        return True  # "WHEREAS, …", "Some have claimed …; no such commitment is made", "… has been abandoned"
    if _GOAL_OUTCOME_EN.search(text, s0, s1) or (_TARGET_OF_EN.match(text, cue_at)
                                                 and _MEASURED_AGAINST_EN.search(before)):
        return True
    if (_NOW_OPENING_EN.match(text, s0) or _NOW_HOLDS_EN.search(before)) and not _COMMITS_EN.search(text, s0, s1):
        return True  # "Currently, about 30 percent of the workforce is eligible to retire within five years"
    if (_DONE_AFTER_EN.match(text, end, s1) and not _COMMITS_EN.search(text, s0, end)
            and not _BY_A_YEAR_EN.search(text, s0, s1)):
        return True  # "More than 90% of leading-edge logic chips … were fabricated in a single economy in 2025"
    if _NOW_AFTER_EN.match(text, end) or _NOW_CLOSING_EN.search(text[cue_at:end]):
        return True  # "gives the AIRR about 23 AI exaflops today": how things stand
    if said_by_others(text, (s0, s1), cue_at, end):
        return True  # a forecast, a projection, hearsay, a recalled or proposed figure, a bill's estimated effect
    if _EQUIVALENT_EN.search(before):
        return True  # "…, enough to power about 350,000 households": the goal before, in other terms
    if _ANY_EXPECTED_EN.search(before) or (_WHICH_EN.search(before) and _VERB_CUE_EN.match(text, cue_at)) or \
            _WITH_OF_EN.search(before):
        return True  # "any training run expected to exceed …", "models that exceed …": what a rule covers
    # "By 2024 the programme had trained 3,000", "… had trained 3,000 engineers and certified 450 providers"
    if re.search(r"\bhad\s+(?:already\s+)?(?:$|[a-z]+\b[^.;:]*\band\s+$|[a-z]+(?:ed|wn|en|t)\b)", before):
        return not re.search(r"\b(?:will|would|should|must|shall)\b", before)
    if _NOW_EN.search(before) and _VERB_CUE_EN.match(text, cue_at) and not _AHEAD_EN.search(before):
        return True  # "Gigabit broadband now reaches 78% of premises": how things stand
    if _PAST_VERB_BEFORE_EN.search(before) and not _AHEAD_OF_PAST_EN.search(text, s0, s1):
        return True  # "Data centres consumed about 1.6% of electricity … in 2024": what was
    return bool(_PAST_CUE_EN.match(text, cue_at)) and not _AHEAD_EN.search(before)
