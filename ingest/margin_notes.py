"""The notes a page prints beside a document's text, read into its metadata and kept out of its clauses: when a
press release was posted ("Posted On: 30 JAN 2025 6:15PM by PIB Delhi"), whom to call ("联系人：王先生，联系电话：…",
"新聞聯絡人：… 電話：…", "For further information, please contact …", a Japanese ministry's "Division in Charge"
over its offices' names), until when comment is asked for
(反馈截止日期：2025年7月15日), who signed a foreword ("Peter Kyle, Secretary of State for …") and the officials'
names that sign off a press release ("Dharmendra Tewari/Navin Sreejith"), and a procurement notice's blocks of
whom to ask ("1.采购人信息" over its 名称, 地址 and 联系人…联系方式 lines). Each would be read as, or glued to, the
clause before it."""

from __future__ import annotations

import re

from ingest.margins import CONTACT_ONLY, EN_DATE, is_debris
from ingest.metadata import iso_date
from ingest.simplified import to_simplified
from ingest.types import Block, Document

_POSTED = re.compile(r"^Posted\s+On\s*:\s*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\b.{0,60}$", re.I)
# a contact line, nothing else on it (read on the simplified copy): a label for who, then a telephone number
# ("联系人：王先生，联系电话：…", a procurement notice's "联系人：陈工　联系方式：0551-63538821"), perhaps after what
# to call them about ("项目申报咨询：联系人：张女士，联系电话：…") and at which office
# ("政策咨询：区投资促进局项目服务科，联系人：李女士，联系电话：…")
_CONTACT = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}[:：]\s*(?:[\u4e00-\u9fff（）()]{2,30}[，,]\s*)?)?(?:新闻)?"
                      r"(?:联系人|联络人)\s*[:：].{1,60}?"
                      r"(?:电话|联系方式)\s*[:：]?\s*[\d\-－—()（）转 ]{7,40}[。.；;]?$")
# a procurement notice's contact block (the 财政部 template's "七、对本次招标提出询问，请按以下方式联系"): its title,
# then the fields that say whom to reach and how, one a line
_ZH_CONTACT_TITLE = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?(?:采购人|采购代理机构|招标人|招标代理机构|代理机构|项目)"
                               r"(?:信息|联系方式)\s*[:：]?$")
_ZH_CONTACT_FIELD = re.compile(r"^(?:名\s*称|地\s*址|(?:项目)?联系人|联系方式|联系电话|电\s*话|传\s*真|邮\s*编|"
                               r"邮政编码|(?:电子)?邮箱|E-?mail)\s*[:：]\s*\S.{0,80}$", re.I)
_PHONE = re.compile(r"\d{3,4}\s*[-－—]\s*\d{7,8}|1\d{10}")
# an English one: "For further information, please contact Kim Min-ji, … (+82-44-202-4521, minji.kim@korea.kr).",
# "Media enquiries: press@example.gov.uk", a GOV.UK page's closing "For enquiries about this response, contact
# ai-opportunities@dsit.gov.uk."; it must give a number or an address to reach them at
_EN_CONTACT = re.compile(r"^(?:For\s+(?:(?:further|more)\s+(?:information|details)|(?:any\s+)?(?:enquiries|inquiries"
                         r"|queries|questions))(?:\s+(?:on|about|regarding)\s+[^,]{1,80})?,?\s+"
                         r"(?:please\s+)?(?:contact|call|e-?mail|write\s+to)\b|(?:Media|Press)\s+(?:contacts?|enquiries"
                         r"|inquiries)\s*:|Contacts?\s*:)(?=.*(?:@[\w-]+\.|\+?\d[\d ()-]{6,}\d)).{1,300}$", re.I)
# a contact block's lead-in, alone on its line ("For media queries, please contact:", "Media contacts:", a German
# ministry's "Press office" over its spokesperson and numbers), and the lines under it: a name with its title ("Ms Tan
# Hui Min, Manager, Communications and Marketing, MCI", "Spokesperson: Anna Schmidt"), an address
_CONTACT_LEAD = re.compile(r"^(?:(?:For\s+(?:media|press|further|more)\s+"
                           r"(?:queries|enquiries|inquiries|information|details)[^:.]{0,60}?,?\s+(?:please\s+)?contact|(?:Media|Press)\s+(?:contacts?|enquiries|inquiries"
                           r"|queries))\s*:|(?:Press|Media)\s+office\s*:?)$", re.I)
# a contact block's heading, the lines under it its own: "Press contacts", "Media contact", "Contacts presse",
# "Contact presse"
_CONTACT_HEADING = re.compile(r"^(?:(?:Press|Media)\s+contacts?|Contacts?\s+(?:presse|médias?))\s*:?$", re.I)
# a Japanese ministry's release's block of the offices that answer for it, its heading "Division in Charge" over their
# names, one a line ("Information Industry Division, Commerce and Information Policy Bureau"), with no number
_IN_CHARGE = re.compile(r"^(?:Divisions?|Departments?|Offices?|Sections?|Bureaus?)\s+in\s+Charge\s*:?$", re.I)
_OFFICE_LINE = re.compile(r"^[A-Z][^.;:!?]{2,200}\b(?:Division|Department|Office|Section|Bureau|Agency|Ministry)\b"
                          r"[^.;:!?]{0,120}$")
_CONTACT_NAME = re.compile(r"^(?:(?:Mr|Ms|Mrs|Mdm|Miss|Dr)\.?\s+|(?:Spokes(?:person|man|woman)|Press\s+officer)\s*:\s*)"
                           r"[A-Z][^.;:]{1,120}$")
_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{6,}\d")
# the day a page was released, on a line of its own at its foot or top: "Released 25 March 2025", "Published on
# 3 June 2025"
_RELEASED = re.compile(rf"^(?:Released|Published|Issued)(?:\s+on)?\s+(?P<date>{EN_DATE})\.?$")
# the series a page is a part of, over its title: "Budget Paper No. 2: Budget Measures 2025–26"
_SERIES = re.compile(r"^Budget\s+Paper\s+No\.?\s*\d{1,2}\s*[:–—-]\s*[^.;]{3,100}$", re.I)
_PART = re.compile(r"^Part\s+\d{1,2}\s*[:–—-]\s*[A-Z][^.;]{2,80}$")
_DEADLINE = re.compile(r"^(?:意见)?(?:反馈|征求意见)截止(?:日期|时间)\s*[:：为]?\s*"
                       r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*[。.]?$")
# a foreword's heading, and the line that signs it: a name, then the office held
_FOREWORD = re.compile(r"^(?:(?:Ministerial|Minister['’]s|Joint)\s+)?(?:Foreword|Preface)\b|^(?:A\s+)?Message\s+from\b",
                       re.I)
_SIGNER = re.compile(r"^(?:(?:The\s+)?Rt\.?\s+Hon\.?\s+|Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,3}"
                     r"(?:\s+(?:MP|MSP|MS|MLA|MEP|TD|OBE|CBE|KC|QC))*,\s+(?P<office>[^.;:]{4,140})$")
_OFFICE = re.compile(r"\b(?:Secretary|Minister|Director|Chair|Commissioner|President|Chief|Head|Mayor|Governor)\b")
# the officials who sign off a press release, at its foot: "Dharmendra Tewari/Navin Sreejith"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}"
_SIGN_OFF = re.compile(rf"^{_NAME}(?:\s*/\s*{_NAME})+$")


def margin_notes(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the notes above into doc.meta (and a posted day into date_published) and out of the blocks."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "para" and _note(doc, block.text, first=i < 8):
            continue
        out.append(block)
    out = _foreword_signers(doc, out)
    if doc.meta.get("contact"):
        out = _emptied_contact_title(out)
    if len(out) > 1 and out[-1].kind == "para" and _SIGN_OFF.match(out[-1].text):
        doc.meta.setdefault("signed_off", out.pop().text)
    return out


# a notice's section of whom to call, its title alone on its line: "七、联系方式"
_CONTACT_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}\s*、\s*(?:联系方式|联系人|联系电话|咨询电话)\s*[:：]?$")


def _emptied_contact_title(blocks: list[Block]) -> list[Block]:
    """Drop the title of a section of whom to call ("七、联系方式") that its contact lines, read, left with nothing
    under it (the next line another section's, the attachments' or none): alone it was a clause."""
    out = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
        if _CONTACT_SECTION.match(block.text.strip()) and (
                not nxt or re.match(r"[一二三四五六七八九十]{1,3}\s*、|附件", nxt)):
            continue
        out.append(block)
    return out


def contact_block(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move a contact block (its lead-in, then the names and addresses under it) into doc.meta["contact"]; read
    before page debris goes, which drops an "Email: …" line alone. A contact heading ("Contacts presse") leads
    the lines under it to the next heading, an office's name among them, where one of them gives a number or an
    address and none is a sentence."""
    blocks = _zh_contact_blocks(doc, blocks)
    for i, block in enumerate(blocks):
        if block.kind == "heading" and (_CONTACT_HEADING.match(block.text) or _IN_CHARGE.match(block.text)):
            # (the page's "Page Top" after it is furniture, none of it; its "Phone: …" line alone is its own; the
            # Commission's names two press officers, each over a "Phone:" and a "Mail:" line, then the public's line)
            end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind != "para" or is_debris(blocks[j].text)
                        and not CONTACT_ONLY.match(blocks[j].text)), len(blocks))
            under = blocks[i + 1:end]
            if 0 < len(under) <= 10 and (any(_REACH.search(b.text) for b in under) and all(
                    len(b.text) <= 160 and not b.text.endswith(".") for b in under)
                    or _IN_CHARGE.match(block.text) and all(_OFFICE_LINE.match(b.text) for b in under)):
                said = f"{block.text}: " + "; ".join(b.text for b in under)
                doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), said]))
                return blocks[:i] + blocks[end:]
        if block.kind != "para" or not _CONTACT_LEAD.match(block.text):
            continue
        end = i + 1
        while end < min(len(blocks), i + 5) and blocks[end].kind == "para" and _contact_line(blocks[end].text):
            end += 1
        if end > i + 1:
            said = f"{block.text} " + "; ".join(b.text for b in blocks[i + 1:end])
            doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), said]))
            return blocks[:i] + blocks[end:]
    return blocks


def _zh_contact_blocks(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move each of a procurement notice's contact blocks ("1.采购人信息" over 名称：, 地址：, 联系人：…联系方式：…)
    into doc.meta["contact"], where a field of it gives a telephone number."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = i + 1
        if blocks[i].kind == "para" and _ZH_CONTACT_TITLE.match(to_simplified(blocks[i].text)):
            while end < min(len(blocks), i + 7) and blocks[end].kind == "para" and \
                    _ZH_CONTACT_FIELD.match(to_simplified(blocks[end].text)):
                end += 1
        under = blocks[i + 1:end]
        if under and any(_PHONE.search(b.text) for b in under):
            said = f"{blocks[i].text}: " + "; ".join(b.text for b in under)
            doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), said]))
        else:
            out.extend(blocks[i:end])
        i = end
    return out


def _contact_line(text: str) -> bool:
    """A line of a contact block: a name with its title, or a way to reach them, no sentence."""
    return len(text) <= 160 and bool(CONTACT_ONLY.match(text) or _CONTACT_NAME.match(text)
                                     or _REACH.search(text) and not text.endswith("."))


def _note(doc: Document, text: str, first: bool) -> bool:
    """Read one note into doc; False, and nothing read, if the line is none."""
    simple = to_simplified(text)
    if first and (m := _POSTED.match(text)):
        doc.date_published = doc.date_published or iso_date(m.group("date"))
        doc.meta.setdefault("posted", text)
    elif _CONTACT.match(simple) or _EN_CONTACT.match(text):
        doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), text]))
    elif m := _RELEASED.match(text):
        doc.date_published = doc.date_published or iso_date(m.group("date"))
        doc.meta.setdefault("released", text)
    elif first and _SERIES.match(text):
        doc.meta.setdefault("series", text)
    elif first and doc.meta.get("series") and _PART.match(text):  # "Part 2: Payment Measures" under it
        doc.meta["series"] += f"; {text}"
    elif m := _DEADLINE.match(simple):
        doc.meta.setdefault("反馈截止日期", iso_date(m.group("date")))
    else:
        return False
    return True


def _foreword_signers(doc: Document, blocks: list[Block]) -> list[Block]:
    """The lines that close a foreword with its signers' names and offices go to meta["foreword_signed"]: the
    first run of them after its heading (a heading, or in plain text a short line of its own), before the next
    heading and within 30 lines, with the foreword's text between."""
    for start, block in enumerate(blocks):
        if not _opens_foreword(block):
            continue
        end = start + 1
        # (a foreword runs a page or two: a signer further on signs something else)
        while end < min(len(blocks), start + 30) and blocks[end].kind == "para" and not _signer(blocks[end].text):
            end += 1
        last = end
        while last < len(blocks) and blocks[last].kind == "para" and _signer(blocks[last].text):
            last += 1
        if last > end > start + 1:
            doc.meta.setdefault("foreword_signed", "; ".join(b.text for b in blocks[end:last]))
            return blocks[:end] + blocks[last:]
    return blocks


def _opens_foreword(block: Block) -> bool:
    """A foreword's heading: a heading, or a short line without a full stop that is nothing else."""
    if block.kind == "heading":
        return bool(_FOREWORD.match(block.text))
    return len(block.text) <= 60 and not block.text.endswith(".") and bool(_FOREWORD.match(block.text))


def _signer(text: str) -> bool:
    """A line that signs with a name and an office ("Jane Doe, Secretary of State for Education")."""
    m = _SIGNER.match(text)
    return bool(m and _OFFICE.search(m.group("office")))
