"""Until when a document is in force: the last day, with the words it was read from, from what a catalogue's
note says of it (2024-04-01起实施,有效期5年; 页面标失效2023-06-01) or from its own closing provision
(本通知自2025年1月1日起施行，有效期1年。; 有效期至2026年12月31日; "This Regulation shall expire on 31 December
2027"; "This act expires July 1, 2026", a US state bill's sunset; "This Regulation shall apply for five years from
1 January 2025"; "These Measures shall come into effect on 1 January 2024 and remain valid for three years"),
found before the attachments that follow it. Only the document's own provision counts: not "This section
expires …", a part of it, nor a section that quotes the law it amends.

The day is the last one in force, as a gz.gov.cn page gives 失效日期: a term of years ends the day before
the anniversary of its start (2024-04-01 and five years: 2029-03-31).
"""

from __future__ import annotations

import datetime
import re

from ingest.metadata import MONTHS, find_doc_number, iso_date
from ingest.numerals import zh_number

_DAY = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?"
_YEARS = r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年"
_TAKES_EFFECT = r"(?:施行|实施|执行)"
_NOTE_VERB = r"起?(?:印发)?(?:施行|实施|执行|印发)"  # "起实施", "印发施行", "印发"

# --- a catalogue row's note: terse, its parts cut by semicolons ---
# "有效期5年(2024-03-04至2029-03-03)", "有效期3年(至2027-01-02)", "有效期至2026-12-31"
_NOTE_UNTIL = re.compile(rf"有效期[^;；。]{{0,20}}?至\s*{_DAY}")
# "页面标失效2023-06-01": the row's document marked expired (not "原…办法穗人社规字〔2019〕6号(失效…)", another's)
_MARKED_EXPIRED = re.compile(rf"失效\s*{_DAY}")
# "2024-04-01起实施,有效期5年", "2021-12-06印发施行,有效期5年", "2020-06-29印发,有效期5年": counted from that day
_NOTE_FOR = re.compile(rf"{_DAY}\s*{_NOTE_VERB}[^;；。]{{0,12}}?有效期\s*{_YEARS}")
# the day a document, or a part of it, takes effect: "2025-06-01起执行", "2020-06-29印发"
_NOTE_START = re.compile(rf"{_DAY}\s*{_NOTE_VERB}")
_NOTE_TERM = re.compile(rf"有效期\s*{_YEARS}")


def validity_end(note: str) -> tuple[str, str] | None:
    """The last day a catalogued document is in force, from what a row's note says of it, with the words
    it was read from: an end date the note gives, the page marked expired on a day, or a term of years
    from the day it took effect (2024-04-01 and five years: 2029-03-31). A term in one part of the note
    and the days its parts take effect in another ("…2025-01-01起执行,…2025-06-01起执行;有效期1年") is
    counted from the latest of them: the latest the document can end. None when the note says none."""
    parts = re.split(r"[;；。]", note)
    for part in parts:
        if m := _NOTE_UNTIL.search(part):
            return _day(*m.groups()), m.group()
        if (m := _MARKED_EXPIRED.search(part)) and not find_doc_number(part[:m.start()]):
            return _day(*m.groups()), m.group()
        if m := _NOTE_FOR.search(part):
            return term_end(_day(*m.groups()[:3]), _years(m.group(4))), m.group()
    term = next((m for part in parts if (m := _NOTE_TERM.search(part))), None)
    if term is None:
        return None
    # the days the note's parts take effect, but not another document's ("原…穗人社规字〔2019〕6号2019-10-16施行")
    starts = [(_day(*m.groups()), m.group()) for clause in re.split(r"[;；。,，(（)）]", note)
              for m in _NOTE_START.finditer(clause) if not find_doc_number(clause[:m.start()])]
    if not starts:
        return None  # "有效期5年": from when, it does not say
    start, words = max(starts)
    return term_end(start, _years(term.group(1))), f"{words}…{term.group()}"


# --- a document's own closing provision ---
_OWN = r"本(?:办法|通知|规定|措施|细则|实施细则|方案|意见|条例|决定|指引|公告|通告|规则|政策|制度|标准|文件)"
_ISSUED = r"(?:印发|发布|公布|颁布|公告|下发)之日"
# 有效期至2026年12月31日; 有效期为3年（2024年3月4日至2027年3月3日）; 有效期自2024年1月1日至2026年12月31日止
_TEXT_UNTIL = re.compile(rf"有效期(?:限)?(?:为)?[^。；;]{{0,24}}?至\s*{_DAY}")
# 自2025年1月1日起施行，有效期1年; 自印发之日起施行，有效期3年
_TEXT_FOR = re.compile(rf"自\s*(?:{_DAY}|(?P<issued>{_ISSUED}))\s*起\s*{_TAKES_EFFECT}[，,、]?\s*"
                       rf"有效期(?:限)?(?:为)?\s*{_YEARS}")
_EN_DATE = (rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}"
            rf"|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}")
# the document's own provision: "This Regulation", "This Act", "The present Decision", not "This section"
# (a part of it) nor "The authority under section 3" (a power it grants); "These Measures", the subject of
# a translated 若干措施 (细则 "These Implementing Rules", 规定 "These Provisions"), capitalised as a title is:
# "these provisions" are some of a text's, not the text
_EN_OWN = (r"\b(?<![\"“'‘])(?:(?:This|The present)\s+(?!(?:section|subsection|paragraph|article|chapter|part|"
           r"clause|title|subchapter|provision|sentence|authority|power|program|license|permit|certificate)\b)"
           r"[A-Z]?[a-z]+(?:\s+[A-Za-z]+){0,2}?"
           r"|(?-i:These(?:\s+[A-Z][a-z]+){0,2}?\s+(?:Measures|Rules|Provisions|Regulations|Guidelines|Opinions"
           r"|Procedures|Methods|Policies|Standards|Plans)))\s+")
# in force, or as a US order says it, "in full force and effect"
_IN_FORCE = r"(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?"
# "This Regulation shall expire on 31 December 2027", "This act expires July 1, 2026", "… shall remain in force
# until …" (as India writes a day, "until the 31st March, 2029"; "till", "up to"), "… shall cease to have
# effect on …", "… sunsets on …", "… shall expire at the end of …"; a California act's "This act shall remain
# in effect only until January 1, 2026, and as of that date is repealed": repealed on that day, so in force until
# the day before
_EN_UNTIL = re.compile(
    rf"{_EN_OWN}(?:(?:shall|will)\s+)?(?:expires?(?:\s+on|\s+at\s+the\s+end\s+of)?|sunsets?(?:\s+on)?"
    rf"|(?:remains?|continues?)\s+in\s+{_IN_FORCE}\s+(?:only\s+)?(?:until|till|up\s*to)"
    rf"|(?:apply|applies|be\s+valid|is\s+valid)\s+until|cease[sd]?\s+to\s+(?:have\s+effect|be\s+in\s+force)\s+on)\s+"
    rf"(?:the\s+)?(?P<date>{_EN_DATE})(?P<repealed>,?\s+and\s+(?:as\s+of|on)\s+that\s+date\s+is\s+repealed)?", re.I)
_EN_YEARS = r"(?P<years>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?"
# "This Regulation shall apply for five years from 1 January 2025", "… for a period of 5 years from its entry
# into force on 1 March 2024": a term counted from a day the provision states
_EN_FOR = re.compile(
    rf"{_EN_OWN}(?:shall|will)\s+(?:apply|remain\s+in\s+(?:force|effect)|be\s+valid|have\s+effect)\s+"
    rf"for\s+(?:a\s+(?:period|term)\s+of\s+)?{_EN_YEARS}\s+(?:from|after|following)\s+"
    rf"(?:(?:the\s+date\s+of\s+)?its\s+entry\s+into\s+force\s+on\s+|the\s+date\s+of\s+)?(?P<date>{_EN_DATE})",
    re.I)
# a start and a term in one sentence, as 自2025年1月1日起施行，有效期1年 is translated: "These Measures shall come
# into effect on 1 January 2024 and remain valid for three years", "… take effect on the date of issuance and
# be valid for 5 years" (from the document's date), "… and remain in force until 31 December 2026"
_EN_START_FOR = re.compile(
    rf"{_EN_OWN}(?:shall|will)\s+(?:come\s+into\s+(?:effect|force)|take\s+effect|enter\s+into\s+force"
    rf"|become\s+effective|be\s+(?:effective|implemented))\s+(?:(?:on|from|as\s+of)\s+(?P<date>{_EN_DATE})"
    rf"|(?P<issued>(?:on|from)\s+the\s+date\s+of\s+(?:issuance|promulgation|publication)"
    rf"|upon\s+(?:its\s+)?(?:issuance|signing|signature)))"
    rf",?\s+and\s+(?:(?:shall|will)\s+)?(?:remain\s+(?:valid|in\s+{_IN_FORCE})|be\s+(?:valid|effective))\s+"
    rf"(?:for\s+(?:a\s+(?:period|term)\s+of\s+)?{_EN_YEARS}|until\s+(?P<until>{_EN_DATE}))", re.I)
_EN_NUMBERS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
# the commencement provision under an Indian or other Commonwealth instrument's short title ("1. Short title and
# commencement.—(1) These rules may be called …"), whose "It" or "They" is the instrument: "(3) It shall remain in
# force until the 31st March, 2029", "(2) They shall remain in force up to …"
_SHORT_TITLE = re.compile(r"\bmay\s+be\s+called\b")
_EN_COMMENCEMENT_UNTIL = re.compile(
    rf"^\(\d\)\s+(?-i:It|They)\s+shall\s+(?:remain|continue)\s+in\s+{_IN_FORCE}\s+(?:only\s+)?(?:until|till|up\s*to)\s+"
    rf"(?:the\s+)?(?P<date>{_EN_DATE})", re.I)
TAIL = 8  # the blocks at the end of a body where a closing provision stands
# a line that opens an attachment after the text it is attached to (附件1, 附件二, 附表, "ANNEX I"): a notice's
# closing provision stands before its attachments (a form, a list), not at the end of the page. The list of
# them under a notice ("附件：1.申请表") names them, and opens none.
_ATTACHMENT = re.compile(r"^(?:附\s*件|附\s*表)\s*[\d一二三四五六七八九十]{0,3}\s*[:：]?$"
                         r"|^(?:ANNEX|Annex|APPENDIX|Appendix|Attachment|ATTACHMENT)(?:\s+(?:[IVXLC]+|\d{1,2}|[A-Z]))?$")


def text_end(lines: list[str], issued: str = "") -> tuple[str, str] | None:
    """The last day a document is in force by its own closing provision, with its words, from the last
    lines of its body (the last provision that says so wins), else from the lines before its attachments
    (附件1, a form, a table: the last attachment first): an end date (有效期至2026年12月31日; "shall
    remain in force until 31 December 2027"; "This act expires July 1, 2026"), or a term of years from a
    stated day ("shall apply for five years from 1 January 2025"; "These Measures shall come into effect on
    1 January 2024 and remain valid for three years"), or a term of years from the day it takes effect
    (自2025年1月1日起施行，有效期1年), or from the day it was issued (自印发之日起施行，有效期3年: from
    issued, the document's date); else from the commencement provision under its short title, in its first
    lines ("(1) This scheme may be called …" then "(3) It shall remain in force until the 31st March, 2029").
    A term another thing has (居住证有效期至…) is not the document's."""
    ends = [len(lines)] + [i for i in reversed(range(1, len(lines))) if _ATTACHMENT.match(lines[i].strip())]
    for end in ends:
        if found := _closing(lines[max(end - TAIL, 0):end], issued):
            return found
    return _commencement_end(lines[:TAIL])


def _commencement_end(lines: list[str]) -> tuple[str, str] | None:
    """The last day in force the commencement provision under a short title gives, with its words."""
    named = False
    for line in lines:
        named = named or bool(_SHORT_TITLE.search(line))
        if named and (m := _EN_COMMENCEMENT_UNTIL.match(line.strip())) and (day := iso_date(m["date"])):
            return day, m.group()
    return None


# the day its own closing provision says it takes effect: 本条例自2022年11月1日起施行; "This directive takes effect
# on April 1, 2026", "This Act shall come into force on 1 January 2026" (not "Section 4 takes effect …", a part's)
_TEXT_START = re.compile(rf"{_OWN}自\s*{_DAY}\s*起\s*{_TAKES_EFFECT}")
_EN_TEXT_START = re.compile(
    rf"(?:[\dA-Z](?:\.\d{{1,2}}){{1,3}}\s+)?{_EN_OWN}(?:(?:shall|will)\s+)?(?:takes?|comes?|enters?)\s+"
    rf"(?:effect|into\s+(?:force|effect))\s+on\s+(?P<date>{_EN_DATE})", re.I)


def text_start(lines: list[str]) -> str:
    """The day a document takes effect by its own closing provision (本条例自2022年11月1日起施行), read where
    text_end reads its end (the last provision that says so wins); "" if none names a day."""
    ends = [len(lines)] + [i for i in reversed(range(1, len(lines))) if _ATTACHMENT.match(lines[i].strip())]
    for end in ends:
        for line in reversed(lines[max(end - TAIL, 0):end]):
            if days := [_day(*m.groups()) for m in _TEXT_START.finditer(line)]:
                return days[-1]
    for line in lines[:TAIL]:  # an English instrument says so in its first provisions ("1.1 This directive …")
        if (m := _EN_TEXT_START.match(line.strip())) and (day := iso_date(m.group("date"))):
            return day
    return ""


def _closing(lines: list[str], issued: str) -> tuple[str, str] | None:
    """The last day the last of these lines to state one gives, with its words."""
    for line in reversed(lines):
        found = [(m.start(), _until(m)) for m in _TEXT_UNTIL.finditer(line) if _is_own(line, m.start())]
        for m in _TEXT_FOR.finditer(line):
            start = issued if m.group("issued") else _day(*m.groups()[:3])
            if start:
                found.append((m.start(), (term_end(start, _years(m.group(5))), m.group())))
        found += [(m.start(), (_en_until(m), m.group())) for m in _EN_UNTIL.finditer(line)]
        found += [(m.start(), (term_end(start, _en_years(m.group("years"))), m.group()))
                  for m in _EN_FOR.finditer(line) if (start := iso_date(m.group("date")))]
        found += [(m.start(), _en_start_end(m, issued)) for m in _EN_START_FOR.finditer(line)]
        found = [(at, end) for at, end in found if end[0]]
        if found:
            return max(found)[1]
    return None


def _en_until(m: re.Match) -> str:
    """The last day in force an English end date gives: the day itself, or the day before for a repeal on it."""
    day = iso_date(m.group("date"))
    if day and m.group("repealed"):
        return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
    return day


def _en_start_end(m: re.Match, issued: str) -> tuple[str, str]:
    """The last day a start and a term (or an end) in one English sentence give; "" when the start is the day
    of issue and the document's date is not known."""
    if m.group("until"):
        return iso_date(m.group("until")), m.group()
    start = issued if m.group("issued") else iso_date(m.group("date"))
    return (term_end(start, _en_years(m.group("years"))) if start else ""), m.group()


def _until(m: re.Match) -> tuple[str, str]:
    return _day(*m.groups()), m.group()


def _is_own(line: str, at: int) -> bool:
    """Whether the 有效期 at `at` is the document's: it opens a sentence or a clause (after 施行，), or
    follows 本办法 / 本通知…; not a permit's (居住证有效期至…)."""
    before = re.split(r"[。；;！!？?]", line[:at])[-1].strip()
    return not before or before.endswith(("，", ",", "、")) or bool(re.search(rf"{_OWN}(?:的)?$", before))


def term_end(start: str, years: int) -> str:
    """The last day of a term of `years` from ISO day `start`: the day before its anniversary."""
    day = datetime.date.fromisoformat(start)
    try:
        end = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        end = day.replace(year=day.year + years, day=28)
    return (end - datetime.timedelta(days=1)).isoformat()


def _en_years(text: str) -> int:
    return int(text) if text.isdigit() else _EN_NUMBERS[text.lower()]


def _years(text: str) -> int:
    return int(text) if text.isdigit() else int(zh_number(text))


def _day(year: str, month: str, day: str) -> str:
    """An ISO day from its parts; "" for no such day (2025-02-30)."""
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""
