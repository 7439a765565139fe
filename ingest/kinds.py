"""A document's kind from its title (and a site's own label): a regulation, a notice, news (a press article, a
解读, a speech), an FAQ, a guide, a report (a committee's, a government's work report, a budget speech), a draft
for comment."""

from __future__ import annotations

import re

from ingest.metadata import NOTICE_NUMBER
from ingest.types import Document

# what a people's congress's standing committee or its committees write on the government's work, by the title: an
# inspection of a law's enforcement (…执法检查组关于检查《…》实施情况的报告, 关于…执法检查报告), the opinions of a
# session on a report (关于…报告的审议意见), a committee's or group's report (省人大财政经济委员会关于…的调研报告); not
# the government's report to the congress (…人民政府关于…情况的报告) nor its answer to those opinions (…审议意见
# 研究处理情况的报告), which say what the government will do
_CONGRESS_REPORT = re.compile(r"执法检查.{0,60}报告$|审议意见$"
                              r"|^[\u4e00-\u9fff]{0,12}(?:人民代表大会|人大)[\u4e00-\u9fff]{0,20}?(?:委员会|检查组|调研组|工作组)"
                              r"关于.{2,80}报告$")

# a government's work report to its people's congress by its title: "政府工作报告", "2025年广东省政府工作报告",
# "政府工作报告（全文）", "政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上"; not a piece on one,
# "一图读懂2025年省政府工作报告", "关于2025年政府工作报告的决议"
_WORK_REPORT = re.compile(r"政府工作报告(?:[（(](?:全文|摘要|摘编)[)）]|\s*(?:——|—|－－|--)\s*\S.{0,60}上)?$")

# a finance minister's budget speech, its year before or after it: "BUDGET SPEECH 2024", "2024-25 Budget Statement"
# (kind report: the budget the government moves in Parliament, as a governor's budget message explains it)
_YEAR = r"(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?"
_BUDGET_SPEECH = re.compile(rf"^(?:The\s+)?(?:{_YEAR}\s+)?Budget\s+(?:Speech|Statement)(?:\s+{_YEAR})?$", re.I)
# a speech by its title: "在全市…推进会上的讲话", "…同志在…上的讲话（摘要）", a 致辞; "Speech by …", "Remarks by …";
# a budget speech
_SPEECH = re.compile(r"(?:讲话|致辞|講話|致詞)(?:[（(](?:摘要|摘编|节选|全文)[)）])?$"
                     r"|^(?:(?:Keynote\s+)?Speech|Remarks|Keynote\s+address)\s+(?:by|of)\s+[A-Z]"
                     rf"|{_BUDGET_SPEECH.pattern}", re.I)


def is_speech(title: str) -> bool:
    """Whether a title names a speech (kind news, a budget speech report, but read paragraph by paragraph as it was
    delivered: a speech's paragraph is its speaker's, its goals' lead-in before its semicolons, not a press story's
    run of sentences)."""
    return bool(_SPEECH.search(title.strip()))




def is_delivered(doc: Document) -> bool:
    """Whether a document was delivered to a hall: a government's work report or a speech by its title, or one
    whose dateline says where ("——2025年1月19日在广东省第十四届人民代表大会第三次会议上", meta["delivered"]). Its
    numbered titles head their sections' paragraphs however few a section holds, each paragraph its own."""
    return bool(_WORK_REPORT.search(doc.title.strip()) or "delivered" in doc.meta or is_speech(doc.title))

# the facts a government's own press release prints, read into its metadata (ingest.margin_notes, ingest.margins):
# "Posted On: … by PIB Delhi", "For Immediate Release", its release number, the officials who sign it off, whom to
# call; a newspaper's story prints a byline (meta.author) or a dateline instead
_RELEASE_FACTS = ("posted", "release", "release_number", "signed_off", "contact")


def is_government_release(doc: Document) -> bool:
    """Whether a news document is a government's press release, by its issuer and its release facts: its
    paragraphs stay whole (a claim and its denial, "Some media reports have stated …; no such decision has been
    taken.", are one paragraph), not cut into sentences as a press story's are."""
    return doc.kind == "news" and bool(doc.issuer) and any(doc.meta.get(k) for k in _RELEASE_FACTS)

# a compilation of policies by its title: "…产业政策汇编（2026年版）", "…法规汇编", "惠企政策文件汇编"
_COMPILATION = re.compile(r"(?:政策|文件|法规|规章)汇编(?:[（(][^（）()]{1,12}[)）])?$")
# a funding programme's work programme by its title, the years it runs: "Digital Europe Programme (DIGITAL) Work
# Programme 2026-2027", "Horizon Europe Work Programme 2025": what the programme will fund, adopted by the
# Commission's financing decision (not a report on one, whose title names the report)
_WORK_PROGRAMME = re.compile(r"^(?!.*\b(?:on|of|about|to)\s+the\b)"
                             r".*\bWork\s+Programme\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$", re.I)

# a government's strategy or plan by its English title, a name in capitals (after a slogan and its colon):
# "UAE National Strategy for Artificial Intelligence 2031", "Artificial Intelligence Basic Plan", "AI – Here for
# Good: National Artificial Intelligence Strategy for Ireland": what the government will do, as a 方案 or GOV.UK's
# policy paper says it (not a piece on one, "Review of the National AI Strategy", a headline, "Commission launches
# AI Continent Action Plan", nor one with a title after it, "…Strategy: AI Compute Access Fund program guide")
_PLAN_TITLE = re.compile(r"^(?!.*\b(?:on|of|about|to)\s+the\b)(?:(?:[A-Z0-9][\w.'’-]*|of|for|and|in|–|-|&)\s+)*"
                         r"(?:Strategy|Action\s+Plan|Basic\s+Plan|Master\s+Plan|Roadmap)"
                         r"(?:\s+(?:for|of)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the)){0,8})?"
                         r"(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?|\s+\d{1,2}\.\d)?$")


# a self-regulatory code by its title: an industry's 自律公约, an association's 章程, a 行为守则, a 自律规范 or 行为准则
_CODE_OF_CONDUCT = re.compile(r"(自律公约|公约|章程|守则|自律规范|行为规范|自律准则|行为准则)(?:（试行）|\(试行\))?$")


def code_of_conduct(title: str) -> str:
    """What a code of conduct's title calls it ("算力服务行业自律公约" -> "自律公约"), "" for another title."""
    m = _CODE_OF_CONDUCT.search(title.strip())
    return m.group(1) if m else ""


def guess_kind(title: str, hint: str = "") -> str:
    """'regulation' | 'notice' | 'news' | 'faq' | 'guide' | 'report' | '' from the title and a site's own label (a
    draft, 'draft', is told by is_draft)
    (column, tag, a catalogue's note such as （政策宣传） or （办事指引））."""
    # "…行动方案（2024—2026年）": the years a plan runs are no part of what it is
    t, h = re.sub(r"[（(]\d{4}\s*[—–－~-]+\s*\d{4}\s*年?[)）]$", "", title.strip()), hint.lower()
    # "海关总署公告2026年第58号（关于…的公告）": its subject says what it is
    if m := re.match(rf"(?:{NOTICE_NUMBER.pattern})\s*[（(]?(.*?)[)）]?$", t):
        t = m.group(1) or "公告"  # the number alone a 公告 all the same
    if re.search(r"问答|常见问题|faq|q&a", h) or re.search(r"问答|常见问题|\bFAQ\b|Q&A", t, re.I):
        return "faq"
    if re.search(r"政策宣传|解读|宣传|媒体|新闻", h):  # the government's own publicity, read as press
        return "news"
    if re.search(r"\b(?:Press|Media|News)\s+(?:release|statement)\b|新闻稿", t, re.I):  # "Press release: …", "…新闻稿"
        return "news"
    if re.search(r"指引|办事|流程|指南|清单|guide|how-to", h):
        return "guide"  # how the public gets a service, not the rule that grants it
    if re.search(r"如何|怎么|怎样|how to", t, re.I):
        return "guide"  # "电子居住证如何申领？一文说清": how to get a service
    if re.search(r"一文(?:说清|读懂|看懂)|一图(?:读懂|看懂)|图解|政策解读|》(?:的)?解读$|答记者问", t):
        return "news"  # the government's explainer of its rules ("《…实施方案》政策解读"): its figures are the rules'
    if re.search(r"新闻发布会|吹风会|發布會|吹風會", t) and not re.search(r"(?:通知|通告|公告)$", t):
        return "news"  # a press conference's transcript, its spokesman's answers: a press claim, not the rules
    if _BUDGET_SPEECH.search(t) or _WORK_REPORT.search(t):
        return "report"  # what a government puts to its parliament or congress, as a governor's budget message is
    if _SPEECH.search(t):
        return "news"  # a speech, as GOV.UK's "Speech" is: its goals are the speaker's claims, not the rules
    if re.search(r"[?？]", t):
        return "faq"  # "房屋租赁登记备案可以网办吗？": a question the page answers
    if _COMPILATION.search(t):
        return "guide"  # a 政策汇编 reprints rules for reference ("以各政策文件正式文本为准"): it is none of them
    if re.search(r"(?:指引|指南|须知|流程|简介)$", t):
        return "guide"  # "…入学工作指引", "灵活就业人员参加养老保险简介"
    if _CONGRESS_REPORT.search(t):
        return "report"  # a people's congress's inspection report, survey or opinions: its 建议 bind no government
    if re.search(r"关于印发.{0,60}(条例|办法|规定|细则|规则|规程|准则)(（试行）|\(试行\))?》?的通知$", t):
        return "regulation"
    if code_of_conduct(t):
        return "regulation"  # the rules its signatories or members bind themselves to, article by article
    if re.search(r"(条例|办法|规定|细则|规则|规程|准则|法)(（试行）|\(试行\))?$", t):
        return "regulation"
    if re.search(r"(通知|通告|公告|意见|方案|决定|批复|函|公示)$", t):
        return "notice"
    if re.search(r"新闻|动态|媒体|要闻|news|press", h):
        return "news"
    if re.match(r"(regulation|directive|decision)\b", t, re.I):
        return "regulation"
    if re.search(r"executive order|proclamation", t, re.I) or "presidential-action" in h:
        return "notice" if re.match(r"memorandum", t, re.I) else "regulation"
    # a law or a bill by its title: "CHIPS and Science Act of 2022", the UK's "Online Safety Act 2023",
    # "Engrossed Substitute Senate Bill 5838" (not a piece about one: "Fact Sheet: President Biden Signs the
    # CHIPS Act", "Guidance on the Act")
    if (re.search(r"^(?:An|The) Act\b|\b(?:Senate|House|Assembly) Bill\s+(?:No\.\s*)?\d+$", t)
            or ":" not in t and re.search(r"\bAct (?:of )?\d{4}$", t)
            and not re.search(r"\b(?:Signs?|Signed|Pass(?:es|ed)?|Guidance|Fact Sheet|Remarks|Statement|on the)\b", t)):
        return "regulation"
    if re.search(r"notice|announcement|circular", t, re.I) or _WORK_PROGRAMME.search(t) \
            or _PLAN_TITLE.match(t.rsplit(":", 1)[-1].strip()):
        return "notice"
    return ""


# a draft by its title: a 征求意见稿 (or the notice that asks for comment on one), a bill's 草案 or 送审稿 (read on
# the simplified copy: 草案 and 徵求意見 alike), "Draft Online Safety Bill", "… (consultation draft)"
_DRAFT_TITLE = re.compile(r"征求意见稿|送审稿|草案|公开征求.{0,80}意见|意见征集|征求意见的(?:公告|通知|函)"
                          r"|^Draft\b|\((?:Consultation\s+)?[Dd]raft\)|\b(?:consultation|exposure|public)\s+draft\b"
                          r"|\bdraft\s+for\s+(?:consultation|comment|public comment)\b", re.I)
# a report to the people's congress on the budget, final accounts or plan it submits for approval ("关于…2025年预算
# 执行情况与2026年预算草案的报告", "…计划（草案）的报告"): its 草案 is what the congress votes on, the report itself
# no draft for comment (its part on the year past reports what was done)
_SUBMITTED_DRAFT = re.compile(r"(?:预算|决算|计划)\s*(?:草案|[（(]草案[)）])(?=.*报告)")
# a draft by what its opening lines say: comment is asked for now, until a day, or the bill goes to the legislature
_DRAFT_LINE = re.compile(r"现(?:向社会)?(?:公开)?征求意见|(?:反馈|征求意见|意见)截止(?:日期|时间)"
                         r"|征求意见的?(?:时间|期限)为|[函送]请立法院审议")


def is_draft(title: str, opening: list[str]) -> bool:
    """Whether a document is a draft, not (yet) in force: its title names it one, or its opening lines
    (simplified) ask for comment on it or send it to the legislature."""
    title = _SUBMITTED_DRAFT.sub("", title)
    return bool(_DRAFT_TITLE.search(title) or any(_DRAFT_LINE.search(line) for line in opening))
