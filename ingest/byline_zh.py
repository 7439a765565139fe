"""The lines under a Chinese title that say who spoke or issued it, and when: a speech's dateline and speaker,
an issuer's name and a day on one line, and the issuers' names over the day at a text's top (ingest.margins.opening
reads them into the document's metadata and drops them from its clauses)."""

from __future__ import annotations

import re

from ingest.metadata import is_date_line, is_org_line, iso_date
from ingest.numbering import read_number
from ingest.text import HAN_CHAR
from ingest.types import Document

_ZH_DAY = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}"
# a speech's or a report's dateline: "——2025年3月5日在第十四届全国人民代表大会第三次会议上", "——在全国科技大会上的讲话"
_DELIVERED = re.compile(r"^(?:——|—|－－|--)\s*(?P<what>[^。；！？\s]{0,20}?在[^。；！？]{2,60}?上"
                        rf"(?:的(?:讲话|报告|发言|致辞|講話|報告|發言|致辭))?(?:\s*[（(](?:{_ZH_DAY})[）)])?)$")
# a speech's day alone in brackets over or under its speaker: "（2026年3月17日）" (a 讲话 as a city's site prints it)
_DAY_ONLY = re.compile(rf"^[（(]\s*(?P<what>{_ZH_DAY})\s*[）)]$")
# a title that names a speech, whose bracketed day under it is the day it was delivered
_SPEECH_TITLE = re.compile(r"(?:讲话|致辞|发言|講話|致辭|發言)(?:稿)?$")
# who delivered it: an office and a name, "国务院总理　李强", "財政司司長 陳茂波"
_TITLES = ("总理|副总理|總理|副總理|国务委员|國務委員|委员长|委員長|主席|副主席|书记|書記|秘书长|秘書長|部长|部長"
           "|主任|局长|局長|厅长|廳長|省长|省長|市长|市長|区长|區長|县长|縣長|院长|院長|署长|署長|行长|行長"
           "|司长|司長|处长|處長|行政长官|行政長官")
_SPEAKER = re.compile(rf"^(?P<office>[\u4e00-\u9fff]{{0,24}}?(?:{_TITLES}))\s+"
                      # (a two-character name is often printed with a space inside: "东莞市市长 韩　明")
                      r"(?P<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}"
                      r"|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})$")
# whom a speech or report addresses ("各位代表"), which the outline reads too
# (a standing committee's members by their offices: "主任、各位副主任、秘书长、各位委员")
AUDIENCE = (r"(?:(?:(?:主任|委员长)、)?(?:各位)?副(?:主任|委员长)、秘书长、各位委员"
            r"|各位代表|各位委员|代表们|委员们|同志们|朋友们|女士们、先生们)")
# the address that opens a report's body, on a line of its own: "各位代表："
_ADDRESS = re.compile(rf"^{AUDIENCE}[：:]$")
# the body a report's title names as its author before 关于, one body's name: "广东省人民代表大会常务委员会执法检查组
# 关于检查《…》实施情况的报告" (a people's congress's inspection or survey group, or an office)
_TITLE_AUTHOR = re.compile(r"^(?P<who>[\u4e00-\u9fff]{4,40}?)关于")
_GROUP = re.compile(r"(?:执法检查|检查|调研|视察|工作)组$")
# who issued it and when, on one line under the title: "上海市经济和信息化委员会 2025年2月20日"
_ORG_DAY = re.compile(rf"^(?P<orgs>\S.{{1,60}}?)\s+(?P<day>{_ZH_DAY})$")


def zh_byline(doc: Document, text: str) -> bool:
    """Read a line under a Chinese title into doc: a speech's dateline (the day delivered, and the occasion in
    meta["delivered"]), its speaker (meta["speaker"]; the issuer is the body the title names as its author before
    关于, else the speaker's: 国务院总理 -> 国务院, 广东省人大常委会副主任 -> 广东省人大常委会) or an issuer's name
    and a day ("創新科技及工業局　2025年1月15日"); False, and nothing read, if it is none."""
    if "\n" in text:  # the dateline, speaker and address set as the lines of one paragraph
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        spoken = any(_SPEAKER.match(line) for line in lines)  # (a bracketed day alone is a speech's beside its speaker)
        if not all(_DELIVERED.match(line) or _SPEAKER.match(line) or _ADDRESS.match(line)
                   or spoken and _DAY_ONLY.match(line) for line in lines):
            return False
        for line in lines:
            if _ADDRESS.match(line):
                doc.meta.setdefault("addressee", line.rstrip("：:"))
            elif m := _DAY_ONLY.match(line):
                _delivered(doc, m.group("what"))
            else:
                zh_byline(doc, line)
        return True
    if _ADDRESS.match(text.strip()) and doc.meta.get("speaker"):  # "各位代表：" under the speaker
        doc.meta.setdefault("addressee", text.strip().rstrip("：:"))
    elif (m := _DELIVERED.match(text)) or (m := _DAY_ONLY.match(text.strip())) and (
            doc.meta.get("speaker") or _SPEECH_TITLE.search(doc.title)):
        _delivered(doc, m.group("what"))
    elif m := _SPEAKER.match(text):
        office = m.group("office")
        body = re.sub(rf"(?:常务)?副?(?:{_TITLES})$", "", office)
        name = re.sub(r"[ \u3000]", "", m.group("name"))
        doc.meta.setdefault("speaker", f"{office} {name}")
        # (the speaker's body before the paper a page says carried it: "来源：东莞日报")
        if not doc.issuer or doc.issuer == doc.meta.get("来源"):
            # (a mayor's or governor's place is its people's government: 东莞市市长 -> 东莞市人民政府)
            body = f"{body}人民政府" if re.fullmatch(r"[\u4e00-\u9fff]{1,8}[省市区县]", body) else body
            doc.issuer = _title_author(doc.title) or (body if is_org_line(body) else office)
    elif addressees(text):  # a notice's 主送: "各区人民政府，市政府各部门、各直属机构："
        doc.meta.setdefault("addressee", text.strip().rstrip("：:"))
    elif (m := _ORG_DAY.match(text)) and is_org_line(m.group("orgs")) and iso_date(m.group("day")):
        doc.issuer = doc.issuer or "、".join(m.group("orgs").split())
        doc.date_written = doc.date_written or iso_date(m.group("day"))
    else:
        return False
    return True


# the kinds of body a notice is sent to, ending each of its 主送 line's groups: "…人民政府", "…各直属机构",
# "…有关单位", "…有关部门", "…科技厅（委、局）" (its bracket aside), "…管委会", "…有关中央企业", a bank's
# "中国人民银行上海总部" and "…分行"
_BODY_END = re.compile(r"(?:政府|部门|单位|机构|企业|局|厅|委|办|室|部委|委员会|管委会|中心|院|所|处|队|组|会|团|行"
                       r"|总部|公司)(?:[（(][^（）()]{1,10}[)）])?$")


def addressees(text: str) -> bool:
    """Whether a line is a notice's 主送: the bodies it is sent to, from 各 or 有关, in groups parted by "，", each
    ending in a body's kind, and a closing colon ("各区县（市）党委人才工作领导小组办公室、人力资源和社会保障局，…
    有关部门，市直有关单位："); not a lead-in ("现将有关事项通知如下：") nor a sentence."""
    t = text.strip()
    if "\n" in t or not t.startswith(("各", "有关")) or not t.endswith(("：", ":")) or len(t) > 300 or \
            re.search(r"[。；;！？!?]", t):
        return False
    groups = re.split(r"[，,]", t[:-1])
    return all(_BODY_END.search(g.strip()) for g in groups)


def named_addressees(text: str, following: str) -> bool:
    """Whether a short line at a text's top is a 主送 that names its bodies without 各 or 有关 ("市人民政府：",
    "省发展改革委、省财政厅："): one to three bodies' names, each ending in a body's kind, and a colon, with the text
    under it, a paragraph that ends a sentence (not a label over its value, nor a lead-in over its items)."""
    t, nxt = text.strip(), following.strip()
    if len(t) > 40 or not t.endswith(("：", ":")) or not HAN_CHAR.search(t) or re.search(r"[。；;！？!?\s]", t):
        return False
    groups = re.split(r"[、，,]", t[:-1])
    return len(groups) <= 3 and all(is_org_line(g) and _BODY_END.search(g) for g in groups) and \
        len(nxt) >= 30 and nxt.endswith(("。", "：")) and "\n" not in nxt and read_number(nxt) is None


def _delivered(doc: Document, what: str) -> None:
    """Read a speech's dateline (its day, and where: "2025年3月5日在…会议上") into doc: the day it was written."""
    doc.meta.setdefault("delivered", what)
    doc.date_written = doc.date_written or iso_date(what)


def _title_author(title: str) -> str:
    """The one body a title names as its author before 关于 ("" if it names none, or several)."""
    m = _TITLE_AUTHOR.match(title)
    who = m.group("who") if m else ""
    return who if who and (is_org_line(who) or _GROUP.search(who)) else ""


# a survey team of the national statistics bureau, which signs a city's 统计公报 beside the city's bureau:
# "国家统计局杭州调查队"
_SURVEY_TEAM = re.compile(r"^国家统计局[\u4e00-\u9fff]{2,12}调查总?队$")


def zh_signature(lines: list[str]) -> tuple[int, str, str]:
    """The issuers' names over the day at a Chinese text's top, a line each (up to three: "杭州市统计局" over
    "国家统计局杭州调查队" over "2026年3月18日"), or the day alone: (lines read, issuers joined by 、, ISO day);
    (0, "", "") if the lines open with none."""
    orgs = 0
    while orgs < min(3, len(lines) - 1) and (is_org_line(lines[orgs]) or _SURVEY_TEAM.match(lines[orgs])):
        orgs += 1
    if orgs < len(lines) and is_date_line(lines[orgs]) and (day := iso_date(lines[orgs])):
        return orgs + 1, "、".join(name for line in lines[:orgs] for name in line.split()), day
    return 0, "", ""
