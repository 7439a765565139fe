"""The facts some pages print over a document's text, each on a line or in a table of its own, read into its
metadata (ingest.margins.opening calls these, and drops what they read from the clauses): GOV.UK's header
("Policy paper", "From: Department for …", "Published 17 July 2025"), a US bill's passage and session lines,
a UK Act's number and day of assent, an English portal's "Source: … | Updated: …" over a translation with its
translated 文号 and editor's note, and a Chinese government page's table or line of facts (索引号, 发布机构, 文号,
成文日期…). Each says who issued a document, when and what it is; none says what it provides."""

from __future__ import annotations

import re

from ingest.metadata import MONTHS, bill_number, find_doc_number, iso_date
from ingest.roc import roc_iso_date
from ingest.statute_status import status_line
from ingest.text import norm_key
from ingest.types import CELL, Document

# a day as English writes it: "12 May 2025", "May 12, 2025"
EN_DAY = rf"\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},\s*\d{{4}}"

# GOV.UK's header: what the page is ("Policy paper", "Guidance"), whose it is ("From: Department for …") and
# when ("Published 17 July 2025", "Updated 3 March 2026"). A type is the document's kind where one of ours
# matches; the others ("Consultation outcome", "Impact assessment") are kept in meta["document_type"] only. A
# policy paper or statement sets out what the government will do, as a plan (方案, 意见) does: a notice; a
# department's corporate report, an independent report and research say what was done or found, as a committee's
# report does (ingest.kinds): a report.
_DOC_TYPES = {"guidance": "guide", "statutory guidance": "guide", "detailed guide": "guide", "guide": "guide",
              "news story": "news", "speech": "news", "press release": "news", "notice": "notice",
              "policy paper": "notice", "consultation outcome": "", "open consultation": "", "closed consultation": "",
              "corporate report": "report", "independent report": "report", "research and analysis": "report",
              "impact assessment": "", "policy statement": "notice", "government response": "",
              "written statement to parliament": "", "official statistics": "", "transparency data": ""}
_FROM = re.compile(r"^From:\s*(?:the\s+)?(?P<who>[A-Z][^.;:]{2,150})$")
# the people a GOV.UK page is also from, after its department: "Department for Science, Innovation and Technology
# and The Rt Hon Peter Kyle MP", "…, Lord Vallance of Balham and Baroness Jones of Whitchurch"; a person issues
# nothing, the department does
_PEOPLE_AFTER = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)"
                           r"(?=(?:(?:The\s+)?Rt\.?\s+Hon\.?|Lord|Baroness|Sir|Dame)\s+[A-Z]|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:MP|MSP|MS|MLA)\b)")
_STAMPED = re.compile(rf"^(?P<what>Published|Last updated|Updated)\s+(?P<date>{EN_DAY})\.?$")
# a US bill's history over its text: "Passed by the Senate March 5, 2024. Approved by the Governor March 28,
# 2024.", California's "[ Approved by Governor September 29, 2025. Filed with Secretary of State September 29,
# 2025. ]": the day it was approved (else last passed or filed) is the day it became law
_STEP = (rf"(?P<step>Passed\s+by\s+the\s+(?:Senate|House(?:\s+of\s+Representatives)?|Assembly|Legislature)"
         rf"|(?:Approved|Signed)\s+by\s+(?:the\s+)?Governor|Filed\s+with\s+(?:the\s+)?Secretary\s+of\s+State)"
         rf"(?:\s+on)?,?\s+(?P<date>{EN_DAY})\.?")
_PASSAGE = re.compile(rf"^(?:\[\s*(?=.*\]$))?(?:{_STEP}\s*)+\]?$")
# a bill's long title, "AN ACT Relating to …", California's "An act to add …" and a UK Act's "An Act to make
# provision about …": what the act is about
LONG_TITLE = re.compile(r"^AN ACT\s+(?:Relating\s+to|relating\s+to|to)\s|^An [Aa]ct to\s")
# the chapter a bill became in the state's statutes, on a line of its own under its title: "CHAPTER 138"
_STATUTE_CHAPTER = re.compile(r"^CHAPTER\s+\d{1,4}$")
# an English portal's line of facts over a translated document: "Source: Shenzhen Development and Reform
# Commission | Updated: 2023-12-28", u.ae's "Last updated on: 18 Mar 2026"; every field one of these, and a day
# among them
_FACT_FIELD = re.compile(r"^(?P<label>Source|From|Publisher|Issued by|Published|Updated|Last updated|Date|"
                         r"Release date|Posted|Issued|Date of issue|Date modified)"
                         r"(?:(?<=ated|shed|fied|sued)\s+on)?\s*:\s*(?P<value>\S.{0,150})$", re.I)
_WHO_LABELS = {"source", "from", "publisher", "issued by"}
# a translated 文号 on its own line: "(Shen Fa Gai Gui [2023] No. 12)", "Guo Ban Fa [2017] No. 35"
_PINYIN_NUMBER = re.compile(r"^[(（]?(?P<number>(?:[A-Z][a-z]{0,5}\s+){1,6}\[\d{4}\]\s*No\.\s*\d{1,4})[)）]?$")
# a translator's word over a translation: "Editor's note: This is an English translation for reference only."
_EDITORS_NOTE = re.compile(r"^(?:Editor|Translator)[’']s\s+note\s*:", re.I)
# what a translation says it is, on its own line under the title: "(Provisional Translation)"; and its note on
# which text has legal effect: "This is a provisional translation of the Japanese original. Only the original
# Japanese text has legal effect."
_TRANSLATION = re.compile(r"^[(（]?(?:Provisional|Tentative|Unofficial|Informal|Reference)\s+(?:English\s+)?"
                          r"[Tt]ranslation(?:\s+only)?[)）]?\.?$")
_TRANSLATION_NOTE = re.compile(r"^(?:This|The following)\b[^.]{0,120}?\b(?:provisional|tentative|unofficial|informal|"
                               r"English|reference)\s+translation\b[^.]{0,120}\.(?:\s+[^.]{0,150}\b(?:legal effect|"
                               r"legally binding|authoritative|prevails?)\b[^.]{0,60}\.)?$", re.I)
# a UK Act's number and the day of its Royal Assent, under its title: "2025 CHAPTER 17", "[15th May 2025]"
_CHAPTER = re.compile(r"^(?P<year>\d{4})\s+(?:CHAPTER|Chapter|c\.)\s+(?P<number>\d{1,4})$")
_ASSENTED = re.compile(rf"^\[(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\s+\d{{4}})\]$")
# a press release's word on when it may be told: "For Immediate Release", "Embargoed until 00:01 Tuesday 3 June
# 2025" (the day the embargo lifts is the day it is published)
_RELEASE = re.compile(r"^(?:For\s+Immediate\s+Release|(?:Embargoed|Under\s+embargo)\s+(?:until|till|to)\b.{1,80}"
                      r"|Not\s+for\s+(?:publication|release|broadcast)\s+(?:before|until)\b.{1,80})[.:]?$", re.I)
# a bill's sponsors under its number: Colorado's "BY SENATOR(S) Rodriguez, Buckner;" and "also REPRESENTATIVE(S)
# Titone and Rutinel", California's "Introduced by Senator Wiener", "By Senators Kuderer and Liias"
_SPONSORS = re.compile(r"^(?i:(?:(?:introduced\s+)?by|also)\s+(?:senator|representative|assembly\s*member|delegate"
                       r"|council\s*member)(?:s|\(s\))?)\s+[A-Z].{0,600}$")
# what edition of a document it is, on a line of its own under the title: "Refresh 2024", "2025 Update",
# "Second Edition", "Version 2.1"
_EDITION = re.compile(r"^(?:(?:19|20)\d{2}\s+(?:Refresh|Update|Edition|Revision)|(?:Refresh|Update|Edition|Revision)"
                      r"\s+(?:19|20)\d{2}|(?:First|Second|Third|Fourth|Fifth|\d{1,2}(?:st|nd|rd|th))\s+Edition|Version\s+\d{1,2}(?:\.\d{1,2})*)$")
# the Commission's decision that adopts a text, on the text's cover: "Commission Implementing Decision C(2026) 1840
# final of 24.3.2026 on the financing of the Digital Europe Programme and the adoption of the work programme …"
# (its number and day are the text's: a work programme is adopted by it, and cited by it)
_ADOPTING_DECISION = re.compile(r"^Commission\s+(?:Implementing\s+|Delegated\s+)?Decision\s+"
                                r"(?P<number>C\(\d{4}\)\s*\d{1,5}(?:\s+final)?)"
                                r"(?:\s+of\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?"
                                r"\s+on\s+the\s+.{10,400}$")
# a legislature's session line: "State of Washington, 68th Legislature, 2024 Regular Session"
_SESSION = re.compile(r"^(?:State|Commonwealth) of [A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*\d{1,3}(?:st|nd|rd|th)\s+"
                      r"Legislature,\s*\d{4}(?:\s+[A-Z][a-z]+){1,3}\s+Session$")


def header_line(doc: Document, text: str) -> bool:
    """Read a GOV.UK header line, a bill's passage line or its session line into doc; False if it is none."""
    if status_line(doc, text):  # a translated statute's "[Enforcement Date …] [Act No. …]", its ministry's line
        return True
    if (kind := _DOC_TYPES.get(text.strip().lower())) is not None:
        doc.meta.setdefault("document_type", text.strip())
        doc.kind = doc.kind or kind
    elif m := _FROM.match(text):
        who, *people = _PEOPLE_AFTER.split(m.group("who").strip(), maxsplit=1)
        doc.issuer = doc.issuer or who
        if people:
            doc.meta.setdefault("minister", people[0])
    elif m := _STAMPED.match(text):
        when = iso_date(m.group("date"))
        if m.group("what") == "Published":
            doc.date_published = when or doc.date_published
        else:
            doc.meta.setdefault("date_updated", when)
            doc.date_published = doc.date_published or when
    elif _PASSAGE.match(text):
        steps = [(m.group("step"), iso_date(m.group("date"))) for m in re.finditer(_STEP, text)]
        approved = [when for step, when in steps if "Governor" in step]
        doc.date_written = doc.date_written or (approved or [steps[-1][1]])[-1]
        doc.meta.setdefault("passage", text)
    elif _SESSION.match(text):
        doc.meta.setdefault("session", text)
    elif m := _ADOPTING_DECISION.match(text):
        doc.doc_number = doc.doc_number or re.sub(r"\s+", " ", m.group("number"))
        doc.date_written = doc.date_written or iso_date(m.group("date") or "")
        doc.meta.setdefault("adopted_by", text)
    elif m := _PINYIN_NUMBER.match(text):
        doc.doc_number = doc.doc_number or re.sub(r"\s+", " ", m.group("number"))
    elif _EDITORS_NOTE.match(text):
        doc.meta.setdefault("editors_note", text)
    elif _TRANSLATION.match(text) or _TRANSLATION_NOTE.match(text):
        doc.meta["translation"] = "; ".join(filter(None, [doc.meta.get("translation", ""), text]))
    elif _RELEASE.match(text):
        doc.meta.setdefault("release", text)
        doc.kind = doc.kind or "news"
        if not re.match(r"For\s+Immediate", text, re.I):
            doc.date_published = doc.date_published or iso_date(text)
    elif (bill := bill_number(text)) and norm_key(bill) == norm_key(text.rstrip(".")):
        doc.doc_number = doc.doc_number or bill  # "SENATE BILL 24-205", over its sponsors and title
    elif _SPONSORS.match(text):
        doc.meta["sponsors"] = "; ".join(filter(None, [doc.meta.get("sponsors", ""), text.rstrip(";")]))
    elif _EDITION.match(text.strip()):
        doc.meta.setdefault("edition", text.strip())
    elif _STATUTE_CHAPTER.match(text) and bill_number(doc.title):
        doc.meta.setdefault("chapter", text.strip())
    elif m := _CHAPTER.match(text):
        doc.doc_number = doc.doc_number or f"{m.group('year')} c. {m.group('number')}"
    elif m := _ASSENTED.match(text):
        doc.date_written = doc.date_written or iso_date(m.group("date"))
    else:
        return _fact_fields(doc, text)
    return True


# a page's counter among those facts: "Date: 2025-02-20 | Hit: 1,482" (a board CMS's), "조회수: 1482"
_COUNTER_FIELD = re.compile(r"^(?:Hits?|Views?|Reads?|Visits?|Clicks?|조회수?|浏览次数|点击数)\s*[:：]\s*\d[\d,]*$",
                            re.I)


def _fact_fields(doc: Document, text: str) -> bool:
    """Read a line of labelled facts ("Source: … | Updated: 2023-12-28", "Date: 2025-02-20 | Hit: 1,482") into
    doc; False, and nothing read, unless every field is one (or a counter) and one gives a day."""
    parts = [part.strip() for part in re.split(r"\s+[|｜]\s+", text)]
    fields = [_FACT_FIELD.match(part) for part in parts if not _COUNTER_FIELD.match(part)]
    if not all(fields):
        return False
    days = {m.group("label").lower(): iso_date(m.group("value")) for m in fields
            if m.group("label").lower() not in _WHO_LABELS}
    who = [m.group("value").strip() for m in fields if m.group("label").lower() in _WHO_LABELS]
    if not days or not all(days.values()) or any(re.search(r"[.;:]\s", name) for name in who):
        return False
    doc.issuer = doc.issuer or (who[0].removeprefix("the ").strip() if who else "")
    for label, day in days.items():
        if "updated" in label or "modified" in label:  # Canada.ca's "Date modified: 2026-02-05"
            doc.meta.setdefault("date_updated", day)
        else:
            doc.date_published = doc.date_published or day
    doc.date_published = doc.date_published or doc.meta.get("date_updated", "")
    return True


# a Chinese government page's table of facts over its text (政府信息公开 "xxgk"): label cells and value
# cells ("文号： | 深府办〔2024〕5号", or without the colon, "文号 | 深科技创新规〔2022〕3号"), or a label and its
# value in one cell ("发布日期：2024-03-15")
_TABLE_LABELS = ("索引号|分类|信息分类|主题分类|组配分类|体裁分类|服务对象|发布机构|发文机关|发文机构|成文日期|发文日期"
                 "|发布日期|公开日期|名称|标题|文号|发文字号|主题词|关键词|有效性|实施日期|失效日期|废止日期|信息来源|来源|公开方式"
                 "|公开范围|文件状态|生成日期")
_TABLE_CELL = re.compile(rf"^(?P<label>{_TABLE_LABELS})\s*[:：]\s*(?P<value>.*)$")
_BARE_LABEL = re.compile(rf"^(?:{_TABLE_LABELS})$")
# a label no table but one of facts has: a row of bare labels ("名称 | 数量") may be any table's header
_OWN_LABELS = re.compile(r"^(?:索引号|发布机构|发文机关|发文机构|成文日期|发文日期|发布日期|文号|发文字号|主题分类"
                         r"|公开方式)$")
_TABLE_KEYS = {"文号": "doc_number", "发文字号": "doc_number", "发布机构": "issuer", "发文机关": "issuer",
               "发文机构": "issuer", "成文日期": "date_written", "发文日期": "date_written",
               "发布日期": "date_published", "公开日期": "date_published"}


def meta_row(doc: Document, text: str) -> bool:
    """Read a row of such a table into doc (文号 the number, 发布机构 the issuer when none, 成文日期 and 发布日期
    the dates, a 生成日期 the day published where no 发布日期 says it, the other fields into meta); False, and
    nothing read, unless every cell is a field of it. A row of labels without their colon is one when a label
    only such a table has is among them, or when it gives the document's title (名称 | <the title>)."""
    pairs = _fields([c.strip() for c in text.split(CELL)])
    if not pairs or not any(value for _, value, _ in pairs):
        return False
    if all(bare for _, _, bare in pairs) and not (
            any(_OWN_LABELS.match(label) for label, _, _ in pairs)
            or len(pairs) == 1 and pairs[0][0] in ("名称", "标题") and _names(pairs[0][1], doc.title)):
        return False
    for label, value, _ in pairs:
        key = _TABLE_KEYS.get(label)
        if key == "doc_number":
            value = find_doc_number(value)
        elif key and key.startswith("date") or label.endswith("日期"):
            value = iso_date(value)
        if not value or label in ("名称", "标题"):
            continue
        if key == "date_published" and doc.date_published == doc.meta.get("生成日期"):
            doc.date_published = value  # a 发布日期 says it better than the 生成日期 read before it
        elif key and not getattr(doc, key):
            setattr(doc, key, value)
        elif not key:
            doc.meta.setdefault("来源" if label == "信息来源" else label, value)
        if label == "生成日期":  # the day the page's record was made, and so made public
            doc.date_published = doc.date_published or value
    return True


def fact_row(text: str) -> bool:
    """Whether a row of cells (CELL-joined) is all a table of facts' fields, with a label only such a table
    has among them ("索引号： | … | 发文字号： | 京经信发〔2026〕12号"): one meta_row reads."""
    pairs = _fields([c.strip() for c in text.split(CELL)])
    return any(value for _, value, _ in pairs) and any(_OWN_LABELS.match(label) for label, _, _ in pairs)


def _fields(cells: list[str]) -> list[tuple[str, str, bool]]:
    """The (label, value, written without its colon) of a row's cells; [] unless every cell is a label or
    its value (a label only a table of facts has may go without one)."""
    pairs = []
    cells = [_unspaced(cell) for cell in cells]
    while cells:
        cell = cells.pop(0)
        if m := _TABLE_CELL.match(cell):
            value = m.group("value").strip() or (cells.pop(0) if cells and not _is_label(cells[0]) else "")
            pairs.append((m.group("label"), value, False))
        elif _BARE_LABEL.match(cell) and cells and not _is_label(cells[0]):
            pairs.append((cell, cells.pop(0), True))
        elif _OWN_LABELS.match(cell) and (not cells or _is_label(cells[0])):
            pairs.append((cell, "", True))  # "文号 | 成文日期 | 2026-01-18": its value cell left empty, then dropped
        else:
            return []
    return pairs


# a label spaced out to the width of the longest (gov.cn's "标　　题：", "来　　源："): the label all the same
_SPACED_LABEL = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}(?=\s*[:：]|$)")


def _unspaced(cell: str) -> str:
    """A cell with its label's spacing taken out ("标 题：…" -> "标题：…"), if it opens with a label so spaced."""
    m = _SPACED_LABEL.match(cell)
    label = re.sub(r"\s+", "", m.group()) if m else ""
    return label + cell[m.end():] if m and _BARE_LABEL.match(label) else cell


def _names(value: str, title: str) -> bool:
    """Whether a cell's value is the document's title (or the title it, a site's name or a prefix aside)."""
    value, title = norm_key(value), norm_key(title)
    return bool(value and title) and (value in title or title in value) and min(len(value), len(title)) >= 8


def _is_label(cell: str) -> bool:
    return bool(_TABLE_CELL.match(cell) or _BARE_LABEL.match(cell))


# the line of facts a Chinese government page prints over its text:
# "发布日期：2025-01-09　　来源：杭州市人民政府　　浏览次数：1234"
_INFO_DATE = re.compile(r"(?:发布|公开|发文)(?:日期|时间)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")
_INFO_SOURCE = re.compile(r"(?:来源|信息来源|发布机构)\s*[:：]\s*([^\s:：|]{2,40}?)(?=\s|$|\||浏览|点击|作者|字号)")


# a line of such facts on its own at the top of a text, no debris around it: "发布日期：2025-06-01",
# "发文字号：穗府办〔2025〕3号　成文日期：2025年5月30日", Taiwan's "發布日期：114-08-28　資料來源：國科會" (its day in
# the Republic's years, ingest.roc); every field one of these, nothing else on the line
_FIELDS = {"date_published": "发布日期|发布时间|公开日期|發布日期", "date_written": "成文日期",
           "doc_number": "发文字号|文号", "issuer": "发布机构|发文机关",
           "来源": "来源|信息来源|來源|資料來源|资料来源"}
_FIELD = "|".join(_FIELDS.values())
# (the next field may follow a value with no space: a page's <span>s, one a field, lose the line breaks between them
# beside a Chinese character, "发布时间：2026-04-28 10:00来源：国务院新闻办公室网站")
_META_FIELD = re.compile(rf"(?P<name>{_FIELD})\s*[:：]\s*(?P<value>\S(?:.*?\S)??)(?=\s*(?:{_FIELD})\s*[:：]|\s*$)")
_NAME_VALUE = re.compile(r"[^\s，。；;,:：|]{2,40}")  # an issuer or a source, not a sentence
# the day (and time) a news page stamps before its fields, unlabelled: "2025-03-05 09:30　来源：新华社", 人民网's
# "2025年03月06日05:50 | 来源：人民网－人民日报" (its hour glued to the day, a bar between); or after them, "来源：
# 人民网－人民日报  2025年03月06日05:50"
_DAY_STAMP = r"(?P<day>\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)"
_STAMP = re.compile(rf"^{_DAY_STAMP}(?:(?:\s+|(?<=日))\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*[|｜])?\s+")
_STAMP_AFTER = re.compile(rf"(?<=\S)\s+{_DAY_STAMP}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")
# the stamp alone on its line, its hour with it (a header <div> of its own, "2026-01-09 19:42:15"): when the page
# went out; the hour tells it from a signature's day
_STAMP_ALONE = re.compile(r"^(?P<day>\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)\s*\d{1,2}:\d{2}(?::\d{2})?$")


# the page's widgets at the end of that line: "【字体：大 中 小】 打印", "[字号 大 中 小]", "【关闭窗口】", bracketed
# right after the last value ("…委员会【字体：大 中 小】") or unbracketed right after another's ("】打印"), and its
# 打印 link glued to the last value where the spans lost their space, after a source's name ("来源：国务院新闻办公室
# 网站打印"; not "来源：某省印刷厂负责打印", whose value it ends)
_WIDGET_TAIL = re.compile(r"(?:(?:\s*[【\[]|\s+|(?<=[】\]]))\s*(?:字[体号]\s*[:：]?(?:\s*[大中小]){2,3}|打印(?:本页)?"
                          r"|关闭(?:窗口)?|收藏|分享)\s*[】\]]?|(?:(?<=网站)|(?<=日报)|(?<=政府)|(?<=公室)|(?<=[网报局厅委会部院社台]))打印(?:本页)?)+$")


def meta_line(doc: Document, text: str) -> bool:
    """Read a line made only of metadata fields ("发布日期：2025-06-01"), the first perhaps an unlabelled day
    ("2025-03-05 09:30　来源：新华社"), or that stamp alone with its hour, into doc; False if it is not one. The
    page's widgets after them ("【字体：大 中 小】 打印") are no part of the line."""
    text = _WIDGET_TAIL.sub("", text)
    if (alone := _STAMP_ALONE.match(text)) and (day := iso_date(alone.group("day"))):
        doc.date_published = doc.date_published or day
        return True
    stamp = _STAMP.match(text) or _STAMP_AFTER.search(text)
    published = iso_date(stamp.group("day")) if stamp else ""
    if stamp and not published:
        return False
    text = (text[stamp.end():] if stamp.start() == 0 else text[:stamp.start()]) if stamp else text
    fields = list(_META_FIELD.finditer(text))
    if not fields or fields[0].start() != 0 or any(
            text[a.end():b.start()].strip() for a, b in zip(fields, fields[1:], strict=False)):
        return False
    values: dict[str, str] = {}
    for m in fields:
        key = next(k for k, names in _FIELDS.items() if re.fullmatch(names, m.group("name")))
        value = m.group("value")
        if key.startswith("date"):  # Taiwan's in the Republic's years: 發布日期：114-08-28
            value = iso_date(value) or roc_iso_date(value)
        elif key == "doc_number":
            value = find_doc_number(value)
        elif not _NAME_VALUE.fullmatch(value):
            return False
        if not value or key in values:
            return False  # "发布日期：待定": not a fact this line gives
        values[key] = value
    if published:
        values.setdefault("date_published", published)
    for key, value in values.items():
        if key == "来源":
            if value not in ("本网", "本站"):
                doc.meta.setdefault("来源", value)
        elif not getattr(doc, key):
            setattr(doc, key, value)
    return True


def page_info(doc: Document, lines: list[str]) -> None:
    """Read the publication date and source from the page's info line before it goes as debris (its view
    counter makes it debris: "发布日期：2025-01-09 浏览次数：1234", "Date: 2025-06-03 | Views: 512")."""
    for line in lines:
        if _fact_fields(doc, line):
            continue
        if (m := _INFO_DATE.search(line)) and not doc.date_published:
            doc.date_published = iso_date(m.group(1))
        m = _INFO_SOURCE.search(line)
        if m and m.group(1) not in ("本网", "本站") and not doc.meta.get("来源"):
            doc.meta["来源"] = m.group(1)


# the day a government decided a plan, under its title: "Decided by the Cabinet on 23 December 2025", "Cabinet
# Decision of 7 June 2024", "Approved by the State Council on …"; the office that drafted it may stand under it
# ("Artificial Intelligence Strategy Headquarters, Cabinet Office")
_DECIDED = re.compile(rf"^(?:(?:Decided|Approved|Endorsed|Determined)\s+(?:by|at)\s+(?:the\s+)?"
                      rf"(?P<who>[A-Z][A-Za-z ]{{1,60}}?)(?:\s+[Mm]eeting)?(?:\s+on|,)?"
                      rf"|(?P<body>Cabinet)\s+[Dd]ecision(?:\s+of|\s+on|,)?)\s+(?P<date>{EN_DAY})\.?$")
_OFFICE_LINE = re.compile(r"^(?:the\s+)?[A-Z][\w&,' -]{2,120}\b(?:Office|Headquarters|Ministry|Department|Agency|"
                          r"Secretariat|Council|Commission|Bureau)$")


def decision(doc: Document, lines: list[str]) -> int:
    """Read a plan's decision line ("Decided by the Cabinet on 23 December 2025") into doc, the day it was
    decided its date, and the office named on the line under it (else the body that decided) its issuer; the
    number of lines read (0, 1 or 2)."""
    m = _DECIDED.match(lines[0]) if lines else None
    if not m:
        return 0
    doc.meta.setdefault("decided", lines[0])
    doc.date_written = doc.date_written or iso_date(m.group("date"))
    office = len(lines) > 1 and _OFFICE_LINE.match(lines[1])
    doc.issuer = doc.issuer or (lines[1].removeprefix("the ") if office else m.group("who") or m.group("body"))
    return 2 if office else 1
