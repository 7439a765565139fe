"""What surrounds a document's body, read into its metadata and kept out of its clauses: page debris
(share buttons, view counters, cookie notices), the line of facts a Chinese government page prints over its
text, and the opening lines that give its number, dates and issuer (a dateline, a byline, "Published by …").
The formulas and signatures around the body are ingest.formulas'. ingest.parse calls these in order."""

from __future__ import annotations

import re

from ingest.byline_zh import addressees, named_addressees, zh_byline, zh_signature
from ingest.closing_notes import closing_notes
from ingest.govuk_page import crown_front_matter
from ingest.metadata import (
    MONTHS,
    find_doc_number,
    iso_date,
)
from ingest.opening_en import en_opening, title_heading
from ingest.page_facts import LONG_TITLE, decision, header_line, meta_line, meta_row
from ingest.report_cover import command_cover, committee_cover, committee_members, crown_copyright
from ingest.text import norm_key
from ingest.types import CELL, Block, Document

# Page furniture that survives extraction. Phrases no policy text uses drop a short block that holds them;
# words a policy may well use (打印, 关闭, 无障碍, 二维码) drop a block only when it is nothing but widgets.
_DEBRIS = re.compile(
    r"长者助手|扫一扫在手机|在手机打开当前页|分享到|ICP备|粤ICP|版权所有|网站标识码|政府网站找错|浏览次数"
    r"|字体大小|\bViews?:\s*\d|We use Cookies?|This (?:web)?site uses cookies|Copyright ©"
    r"|All rights reserved|字号\s*[:：]\s*[\[【]?\s*大\s*中\s*小"
    r"|Visitor Counter\s*:|\(Release ID\s*:\s*\d|Read this release in\s*:"
    r"|责任编辑\s*[:：]|責任編輯\s*[:：]|【纠错】|【糾錯】"  # a news page's editor's credit, its error-report link
    r"|^[\u4e00-\u9fff]{2,10}(?:\s*>>\s*[\u4e00-\u9fff]{2,10})+$"  # a news site's crumbs: "人民网>>观点"
    # a pager's links to the pages before and after ("上一篇：《…》白皮书（一）", "« Previous article", "Next page ›")
    r"|^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\s*[:：]|^[«‹]\s*Previous\b|\bNext(?:\s+\w+)?\s*[»›]$",
    re.I,
)
_WIDGET = (
    r"打印|打印本页|打印页面|打印文章|关闭|关闭窗口|关闭本页|返回顶部|回到顶部|顶部|无障碍|无障碍浏览|长者模式"
    r"|简体|繁體|繁体|English|手机版|大|中|小|A\s*\+|字号|字体|分享|收藏|扫一扫|二维码|微信|微博|Print|Close|Share|Top|Page\s+Top"
    r"|纠错"  # 人民网's "打印 纠错 分享" under its 来源 bar
    r"|Print\s+friendly(?:\s+pdf)?|Share\s+this\s+page"  # the Commission press corner's page actions
    r"|Presidential Actions"  # whitehouse.gov's breadcrumb
    # a pager's links
    r"|上一页|下一页|上一篇|下一篇|首页|尾页|末页|返回目录|返回列表|Previous(?: page)?|Next(?: page)?"
)
_SEP = r"[\s|/·•:：【】\[\]()（）-]*"
# a page's contact line alone ("Email: ai-ia@ised-isde.gc.ca", the Commission's "Mail: …@ec.europa.eu"): the dense
# leg ranked it first for unrelated queries
CONTACT_ONLY = re.compile(r"^(?:E-?mail|Mail|Tel(?:ephone)?|Phone|Fax)\s*:\s*[\w.+@()\- ]{3,60}$", re.I)
_WIDGETS_ONLY = re.compile(rf"^(?:{_SEP}(?:{_WIDGET}))+{_SEP}$", re.I)
# (2021年7月27日中华人民共和国国务院令第746号公布): a promulgation note under the title.
_PROMULGATED = re.compile(r"^[（(](?P<when>\d{4}年\d{1,2}月\d{1,2}日)(?P<what>.*?令第\d+号)公布[)）]$")

# a rule drawn in characters: a reStructuredText title's underline ("======"), a separator ("* * *")
_RULE = re.compile(r"([=~*#^+_`-])(?:\s?\1){2,}")


# Chinese characters spaced out one by one, as a speech's cover sets its kind: "政 府 工 作 报 告"
_SPACED_OUT = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]$")

def is_debris(text: str) -> bool:
    """A block of page furniture: widgets only, a short block naming one, a cookie notice of any length, or
    a rule drawn in characters."""
    if re.match(r"(We|This (web)?site) uses? cookies?\b", text, re.I) or _WIDGETS_ONLY.match(text):
        return True
    if _RULE.fullmatch(text) or CONTACT_ONLY.match(text):
        return True
    return len(text) <= 80 and bool(_DEBRIS.search(text))


_DAY = rf"\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}"
# (a release's date line may carry the hour it went out: "16 January 2026 11:45", "3 March 2025, 14:30 CET")
_DATELINE = re.compile(rf"^(?:[A-Z][A-Za-z.' -]{{1,30}},\s*)?(?P<date>{_DAY})"
                       rf"(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*(?:CET|CEST|UTC|GMT|BST|[AP]M))?)?\.?$")
_PUBLISHED_BY = re.compile(rf"^(?P<who>[A-Z][^.]{{2,120}}?)\s+(?:Published|Updated)(?: on)?\s+(?P<date>{_DAY})$")
# the same said in a sentence: "Published by the Riverton City Council, 12 May 2025.", "Issued on May 12,
# 2025 by the Department of Energy"
EN_DATE = rf"{_DAY}|(?:{MONTHS})\s+\d{{1,2}},\s*\d{{4}}"
_WHO = r"(?:the\s+)?(?P<who>[A-Z][^,.;:]{2,120}?)"
_BY_ON = re.compile(rf"^(?:Published|Issued|Released|Adopted)\s+(?:by\s+{_WHO}(?:,|\s+on|\s)\s*(?P<date>{EN_DATE})"
                    rf"|(?:on\s+)?(?P<date2>{EN_DATE}),?\s+by\s+{_WHO.replace('who', 'who2')})\.?$")
# a line that names who issued a text: "European Commission — Directorate-General for …"
_BYLINE = re.compile(r"^(?:[A-Z][\w&,' -]*\s)?(?:Commission|Department|Ministry|Office|Agency|Council|Parliament|"
                     r"Government|Secretariat)\b[^.;:]{0,120}$")
# an organisation's name before the date on a line of its own: "Riverland Energy Agency, 12 March 2025",
# "Department for Science, Innovation and Technology, 12 March 2025" (a place, "Brussels, 8 April 2025", is
# a dateline)
_ORG_WORD = (r"Agency|Department|Ministry|Office|Commission|Council|Authority|Bureau|Board|Administration|"
             r"Secretariat|Government|Parliament|Directorate|Committee|Institute|Inspectorate|Regulator|Treasury")
_ORG_NAME = rf"[A-Z][\w&,.' -]{{1,100}}?\b(?:{_ORG_WORD})|(?:{_ORG_WORD})\s+(?:of|for)\s+[A-Z][\w&,.' -]{{1,100}}?"
ORG_SIGNATURE = re.compile(rf"^(?:the\s+)?(?:{_ORG_NAME})$")  # an office's name alone, over its signature's day
_ORG_DATELINE = re.compile(rf"^(?!(?:Published|Issued|Released|Adopted|Updated|By)\b)(?:the\s+)?"
                           rf"(?P<who>{_ORG_NAME})\s*,\s*(?P<date>{EN_DATE})\.?$")  # not "Published by …, <date>"
# an organisation's name alone on a line, in words with capitals ("Ministry of Science and ICT", "Department of
# Enterprise, Trade and Employment"), and the unit under it that wrote the text ("… Policy Division")
_NAME_WORDS = r"(?:the\s+)?[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|of|for|and|on|the|&)){0,11}"
ORG_ALONE = re.compile(rf"^(?=.*\b(?:{_ORG_WORD})\b){_NAME_WORDS}$")
_UNIT = re.compile(rf"^{_NAME_WORDS}\s+(?:Division|Directorate|Bureau|Office|Unit|Section|Branch|Team|Department)$")
# what a government's publicity piece says it is, on a line of its own or after the issuer's name:
# "European Commission — Press release", "Press release | 9 April 2025", "新闻稿", and the label a Singapore,
# Australian or New Zealand ministry sets over its headline: "MEDIA RELEASE", "Joint media release"; a French
# ministry's "Communiqué de presse"; a German ministry's number of its release after the label, "Press release ·
# No. 27/2025 · 3 June 2025", "Press release 27/2025 | 03.06.2025"
_RELEASE_WORDS = r"(?:Joint\s+)?(?:Press|Media|News)\s+(?:release|statement)|新闻稿|Communiqué\s+de\s+presse"
_PRESS = re.compile(rf"\b{_RELEASE_WORDS}\b", re.I)
_PRESS_SEP = r"[|｜·•—–:：-]"
_PRESS_LINE = re.compile(rf"^(?:{_RELEASE_WORDS})(?:\s*{_PRESS_SEP}?\s*(?:No\.\s*)?(?P<number>\d{{1,4}}/\d{{4}}))?"
                         rf"\s*(?:{_PRESS_SEP}\s*(?P<rest>.{{0,60}}))?$", re.I)
# where it was released, after its day: "9 April 2025 | Brussels"
_PRESS_PLACE = re.compile(rf"(?:{EN_DATE})\s*{_PRESS_SEP}\s*(?P<place>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){{0,2}})$")
# a byline that names the publisher with the date, at the top or the foot of an article: "CEO Insights Asia
# Team | Monday 10 June, 2024", "By Xinhua | 10 June 2024"
_DAY_ALONE = re.compile(rf"^(?:{EN_DATE})\.?$")
_DATED_BYLINE = re.compile(r"^(?P<who>[^|｜]{2,80}?)\s*[|｜]\s*(?P<when>[\w ,./-]{6,40})$")
_BY = re.compile(r"^By\s+(?=\S)", re.I)
_TEAM = re.compile(r"\s+(?:Editorial\s+)?(?:Team|Staff|Desk|Newsroom)$", re.I)


def publisher(byline: str) -> str:
    """Who published a text, from its byline: "CEO Insights Asia Team" -> "CEO Insights Asia", "By Xinhua"
    -> "Xinhua"; "" for a name alone, which may be a person's."""
    byline = byline.strip()
    if not (_BY.match(byline) or _TEAM.search(byline)):
        return ""
    return _TEAM.sub("", _BY.sub("", byline)).strip(" ,")


def _dated_byline(doc: Document, text: str) -> bool:
    """Read a line "<publisher> | <date>" into doc; False if it is not one."""
    m = _DATED_BYLINE.match(text)
    who, when = (publisher(m.group("who")), iso_date(m.group("when"))) if m else ("", "")
    if not (who and when):
        return False
    doc.issuer = doc.issuer or who
    doc.date_published = doc.date_published or when
    doc.meta.setdefault("author", m.group("who").strip())
    return True


def _in_table(blocks: list[Block], i: int) -> bool:
    """Whether block i is a row of a table (its cells joined by " | ", as a byline's parts are)."""
    return any(CELL in b.text for b in blocks[max(i - 1, 0):i + 2] if b is not blocks[i])


# the EU Council's number of a document ("9512/25", "ST 9512/25 REV 1") and the institution heading it
_COUNCIL_NUMBER = re.compile(r"^(?:ST\s+)?\d{3,5}/\d{2}(?:\s+(?:REV|ADD|COR)\s*\d*)*$")
_INSTITUTION = re.compile(r"^(?:THE\s+)?(COUNCIL OF THE EUROPEAN UNION|EUROPEAN COMMISSION|EUROPEAN PARLIAMENT)$")


def org_over_title(doc: Document, blocks: list[Block]) -> list[Block]:
    """A text whose first line names the department that issued it, over the line that is its title ("Department
    of Enterprise, Trade and Employment" over "AI – Here for Good: …"): that line is its title, the department
    its issuer. Read from text files only, whose title is their first line."""
    first = blocks[0].text if blocks else ""
    if doc.fmt not in ("text", "markdown") or not ORG_ALONE.match(doc.title) or not (
            len(first) <= 200 and len(first.split()) >= 3 and not first.endswith((".", ":", ";", "。"))
            and not re.match(r"[\d(（]", first)):
        return blocks
    doc.issuer = doc.issuer or doc.title.removeprefix("the ")
    doc.title = first
    return blocks[1:]


# a header fact's label alone on its line, its value on the next: GOV.UK's <dt>From:</dt><dd>…</dd>,
# <dt>Published</dt><dd>15 January 2026</dd>
_FACT_LABEL = re.compile(r"^(?:From|Published|Last updated|Updated)\s*:?$")


# a Hong Kong Legislative Council paper's number on its own line: "立法會CB(4)123/2025(03)號文件",
# "LC Paper No. CB(4)123/25-26(03)"
_LEGCO_PAPER = re.compile(r"^\s*(?:立法[會会]|LC\s+Paper\s+No\.?)\s*(?:CB|FC|PWSC|ESC|LS)\s*\(\d\)\s*\d{1,5}/"
                          r"\d{2,4}(?:-\d{2})?(?:\(\d{1,2}\))?\s*(?:[號号]文件)?\s*$")


def _dl_fact(doc: Document, blocks: list[Block], i: int) -> bool:
    """Read a header fact whose label and value are two lines (a <dt> over its <dd>) as the one line
    GOV.UK's other header writes ("From: Department for …", "Published 15 January 2026")."""
    if i + 1 >= len(blocks) or not all(b.kind == "para" for b in blocks[i:i + 2]):
        return False
    label = blocks[i].text.strip()
    if not _FACT_LABEL.match(label):
        return False
    line = f"{label.rstrip(':')}: {blocks[i + 1].text}" if label.startswith("From") else \
        f"{label.rstrip(':')} {blocks[i + 1].text}"
    return header_line(doc, line)


def opening(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read and drop the opening lines that repeat metadata: the document number, the title, an English
    dateline and byline ("Brussels, 8 April 2025"; "Department for … Published 10 February 2025"; "Riverland
    Energy Agency, 12 March 2025"; "Press release", which makes it news), a Chinese date on its own line
    ("2024年3月1日", under its issuer's name or not), and a
    publisher's byline at the top or the foot ("CEO Insights Asia Team | Monday 10 June, 2024"; the plain
    text parser reads it into meta["author"]: its publisher is the issuer when none is known).

    A title is often split over two or three centred lines; they are dropped when together they spell it.
    A promulgation note ((2021年7月27日国务院令第746号公布)) is kept but read for the number and date.
    """
    doc.issuer = doc.issuer or publisher(str(doc.meta.get("author", "")))
    blocks = closing_notes(doc, blocks)  # a 统计公报's 注释 and 资料来源 at its foot
    # a committee's cover, members and signatures; a Command Paper's cover; the Crown's copyright
    blocks = crown_copyright(doc, committee_members(doc, committee_cover(doc, command_cover(doc, blocks))))
    blocks = crown_front_matter(doc, blocks)  # "© Crown copyright 2026", its licence and ISBN over the text
    if len(blocks) > 1 and not _in_table(blocks, len(blocks) - 1) and _dated_byline(doc, blocks[-1].text):
        blocks = blocks[:-1]
    i = 0
    title_key = norm_key(doc.title)
    while i < min(len(blocks), 6):
        text = blocks[i].text
        if read := en_opening(doc, blocks, i):  # a speech's speaker and day; a cabinet paper's marking and office
            del blocks[i:i + read]
            continue
        if _dl_fact(doc, blocks, i):  # GOV.UK's <dl>: "From:" over "Department for …", "Published" over its day
            del blocks[i:i + 2]
            continue
        if CELL in text and meta_row(doc, text) or blocks[i].kind == "para" and (
                header_line(doc, text) or zh_byline(doc, text)):
            del blocks[i]  # "文号： | 深府办〔2024〕5号", "From: Department for …", "国务院总理　李强"
            continue
        if blocks[i].kind == "para" and i + 1 < len(blocks) and named_addressees(text, blocks[i + 1].text):
            doc.meta.setdefault("addressee", text.strip().rstrip("：:"))  # "市人民政府：", a 主送 with no 各
            del blocks[i]
            continue
        said = decision(doc, [b.text for b in blocks[i:i + 2] if b.kind == "para"]) if blocks[i].kind == "para" else 0
        if said:  # "Decided by the Cabinet on 23 December 2025" over the office that drafted it
            del blocks[i:i + said]
            continue
        number = find_doc_number(text)
        if number and norm_key(number) == norm_key(text):
            doc.doc_number = doc.doc_number or number
            del blocks[i]
            continue
        if _LEGCO_PAPER.match(text):  # "立法會CB(4)123/2025(03)號文件": the paper's number, over its title
            doc.doc_number = doc.doc_number or text.strip()
            del blocks[i]
            continue
        if _COUNCIL_NUMBER.match(text):  # "9512/25", the Council's number of the document, on its own line
            doc.doc_number = doc.doc_number or text.strip()
            del blocks[i]
            continue
        institution = _INSTITUTION.match(text.strip())
        if institution:  # "COUNCIL OF THE EUROPEAN UNION" over the text: who issued it
            doc.issuer = doc.issuer or " ".join(w if w in ("of", "the") else w.capitalize()
                                                for w in institution.group(1).lower().split())
            del blocks[i]
            continue
        if LONG_TITLE.match(text):  # "AN ACT Relating to …": what the act is about, kept as text, read past
            doc.meta.setdefault("long_title", text)
            i += 1
            continue
        promulgated = _PROMULGATED.match(text)
        if promulgated:
            doc.doc_number = doc.doc_number or find_doc_number(promulgated.group("what"))
            doc.date_written = doc.date_written or iso_date(promulgated.group("when"))
            i += 1
            continue
        if (blocks[i].kind == "heading" and _BYLINE.match(text) and i + 1 < len(blocks) and title_key
                and norm_key(blocks[i + 1].text) == title_key):  # "Ministry of Electronics & IT" over the headline
            doc.issuer = doc.issuer or text
            del blocks[i]
            continue
        if (_BYLINE.match(text) and i + 1 < len(blocks) and _DATELINE.match(blocks[i + 1].text)
                and not doc.issuer):  # "European Commission — DG CONNECT" over its dateline: who issued it
            doc.issuer = re.split(r"\s+[—–-]\s+", text, maxsplit=1)[0]
            if _PRESS.search(text):  # "European Commission — Press release"
                doc.kind = doc.kind or "news"
            del blocks[i]
            continue
        press = _PRESS_LINE.match(text)
        if press:  # "Press release", "Press release | 9 April 2025": a publicity piece, and when
            doc.kind = doc.kind or "news"
            doc.doc_number = doc.doc_number or press.group("number") or ""
            doc.date_published = doc.date_published or iso_date(press.group("rest") or "")
            if place := _PRESS_PLACE.search(press.group("rest") or ""):  # "Press release | 9 April 2025 | Brussels"
                doc.meta.setdefault("location", place.group("place"))
            del blocks[i]
            # a ministry's "News Release" over its day on a line of its own ("June 30, 2026"), over the headline
            if not press.group("rest") and i < len(blocks) and _DAY_ALONE.match(blocks[i].text):
                doc.date_published = doc.date_published or iso_date(blocks.pop(i).text)
            continue
        if blocks[i].kind == "para" and ORG_ALONE.match(text) and not text.endswith("."):
            # "Ministry of Science and ICT" under a release's facts, or over a plan's title: who issued it
            doc.issuer = doc.issuer or text.removeprefix("the ")
            del blocks[i]
            if i < len(blocks) and blocks[i].kind == "para" and _UNIT.match(blocks[i].text):
                doc.meta.setdefault("division", blocks.pop(i).text)
            continue
        org_dated = _ORG_DATELINE.match(text)
        if org_dated:  # "Riverland Energy Agency, 12 March 2025": who issued it, and when
            doc.issuer = doc.issuer or org_dated.group("who")
            doc.date_written = doc.date_written or iso_date(org_dated.group("date"))
            del blocks[i]
            continue
        # "2024年3月1日" on its own under the title, or under the issuer's name ("南山区人民政府"): when, and who
        signed, issuer, written = zh_signature([b.text for b in blocks[i:i + 4]])
        if signed and all(b.kind == "para" for b in blocks[i:i + signed]):
            doc.issuer, doc.date_written = doc.issuer or issuer, doc.date_written or written
            del blocks[i:i + signed]
            continue
        dateline = _DATELINE.match(text) if not doc.date_written else None
        if dateline:  # "Brussels, 8 April 2025": where and when it was written
            doc.date_written = iso_date(dateline.group("date"))
            del blocks[i]
            continue
        published = _PUBLISHED_BY.match(text)
        if published:  # "Department for Science, Innovation and Technology Published 10 February 2025"
            doc.issuer = doc.issuer or published.group("who")
            doc.date_published = doc.date_published or iso_date(published.group("date"))
            del blocks[i]
            continue
        # "发布日期：2025-06-01" on its own line under the title, or "By Xinhua | 10 June 2024"
        if meta_line(doc, text) or not _in_table(blocks, i) and _dated_byline(doc, text):
            del blocks[i]
            continue
        by_on = _BY_ON.match(text)
        if by_on:  # "Published by the Riverton City Council, 12 May 2025."
            doc.issuer = doc.issuer or by_on.group("who") or by_on.group("who2")
            doc.date_published = doc.date_published or iso_date(by_on.group("date") or by_on.group("date2"))
            del blocks[i]
            continue
        if title_key and _SPACED_OUT.match(text.strip()) and norm_key(text) in title_key:
            del blocks[i]  # "政 府 工 作 报 告": the title's words set out letter by letter over the speech
            continue
        if title_key and norm_key(text) and title_key.startswith(norm_key(text)):
            joined, j = "", i
            while j < len(blocks) and len(joined) < len(title_key):
                joined += norm_key(blocks[j].text)
                if not title_key.startswith(joined):
                    break
                j += 1
            if joined == title_key:
                del blocks[i:j]
                continue
            if blocks[i].kind == "heading":  # "# National AI Strategy 2.0", the short title heading its
                i += 1  # text: kept, and the byline under it read ("Smart Nation …, 4 December 2023")
                continue
        if (title_key and blocks[i].kind == "heading" and norm_key(text).endswith(title_key)
                and i + 1 < len(blocks) and addressees(blocks[i + 1].text)):
            i += 1  # the issuers before the title, "中共长沙市委人才工作领导小组办公室 …关于印发《…》的通知": 主送 next
            continue
        break
    return title_heading(doc, blocks)
