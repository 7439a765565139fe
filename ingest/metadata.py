"""Reads document metadata out of text: dates, document numbers (文号), language, issuer, title case (the kind by its
title is kinds.py's)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from ingest.text import HAN_CHAR, collapse

_LATIN = re.compile(r"[A-Za-z]")
# China has kept UTC+8 without daylight saving since 1991; a fixed offset needs no tz database.
_SHANGHAI = timezone(timedelta(hours=8))

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# the English month names in full, as a regex alternation: "15th day of September", "Published 1 March 2024"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a month of a year, as a report's cover or a paper's signature gives it: "November 2025"
MONTH_YEAR = rf"(?:{MONTHS})\s+(?:19|20)\d{{2}}"
MONTH_ALONE = re.compile(rf"^{MONTH_YEAR}$")
_MONTH_EN = re.compile(rf"\b(?P<month>{MONTHS})\s+(?P<year>(?:19|20)\d{{2}})\b")
_MONTH_ZH = re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?!\d)")
_DATE_PATTERNS = [
    # 2024年7月26日, 2024 年 07 月 04 日
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd"),
    # 2024-07-26, 2024/7/26, 2024.7.26 (a time may follow)
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    # 13 June 2024, Monday 10 June, 2024
    (re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})", re.I), "dmy"),
    # June 13, 2024
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), "mdy"),
    # 12.7.2024 (the Official Journal's day.month.year)
    (re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"), "dmy-num"),
]

_ZH_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,16}\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d+\s*号")
# a 公告's own number, its issuer's series and the year's count: 海关总署公告2026年第58号, 商务部公告2023年第39号
NOTICE_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,16}公告\s*\d{4}\s*年\s*第\s*\d+\s*号")
_ZH_ORDER = re.compile(r"(?:中华人民共和国)?([\u4e00-\u9fff]{1,16}令)\s*(?:\(|（)?\s*第\s*(\d+)\s*号")
_EU_NUMBER = re.compile(
    r"\b(Regulation|Directive|Decision)\s+\((EU|EC|EU,\s*Euratom|Euratom|EEC)\)\s+(?:No\.?\s+)?(\d{2,4}/\d+)",
    re.I,
)
_US_NUMBER = re.compile(r"\b(Executive Order|Proclamation)\s+(?:No\.?\s*)?(\d{4,5})\b")
# a notification's number in the Gazette of India, its series and, in an extraordinary issue, "(E)": "G.S.R. 176(E)",
# "S.O. 1234(E)" (a bare "S.O. 12" is too loose to tell)
_GAZETTE_NUMBER = re.compile(r"\b(?:(G)\.\s?S\.\s?R|(S)\.\s?O)\.\s*(\d{1,5})\s*(\(E\))?(?=\W|$)")
_DATE_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# how an organisation's name ends, in either script (創新科技及工業局, 入境事務處, 香港數碼港管理有限公司; a
# university signs its notices as a body does, "滨江大学")
_ORG_END = re.compile(r"(局|厅|廳|委|委员会|委員會|会|會|府|院|部|署|办|辦|办公室|辦公室|中心|办事处|辦事處|处|處|政府"
                      r"|公司|集团|集團|协会|協會|银行|銀行|大学|大學)$")

_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
}


# the commonest short words of the Latin-script languages a policy corpus holds beside English; a text whose
# words are mostly another's is that language's, which policykb searches but does not tag (README)
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "for", "that", "with", "will", "be", "by", "this", "are", "on"},
    "fr": {"le", "la", "les", "des", "et", "du", "est", "une", "pour", "dans", "sur", "aux", "par", "qui", "au"},
    "de": {"der", "die", "und", "das", "ist", "mit", "für", "den", "von", "zu", "auf", "im", "eine", "nicht", "dem"},
    "es": {"el", "los", "las", "y", "del", "que", "para", "por", "con", "una", "se", "en", "es", "al", "lo"},
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_lang(text: str) -> str:
    """'zh' when CJK characters make up a good share of the letters; for Latin script 'fr', 'de' or 'es' when
    that language's function words clearly outnumber English ones, else 'en' ('' for no letters)."""
    sample = text[:20000]
    cjk = len(HAN_CHAR.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not cjk and not latin:
        return ""
    # One CJK character carries about as much as a short Latin word: weigh it accordingly.
    if cjk * 3 >= latin * 0.5 and cjk >= 5:
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    counts = {lang: sum(w in common for w in words) for lang, common in _FUNCTION_WORDS.items()}
    other = max(("fr", "de", "es"), key=lambda lang: counts[lang])
    return other if counts[other] >= 10 and counts[other] > 2 * counts["en"] else "en"


def iso_date(text: str) -> str:
    """The first date written in text as ISO yyyy-mm-dd, or '' when there is none."""
    best: tuple[int, str] | None = None
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = _to_iso(m.groups(), order)
            if value:
                if best is None or m.start() < best[0]:
                    best = (m.start(), value)
                break
    return best[1] if best else ""


def _to_iso(groups: tuple[str, ...], order: str) -> str:
    try:
        if order == "ymd":
            y, m, d = int(groups[0]), int(groups[1]), int(groups[2])
        elif order == "dmy":
            d, m, y = int(groups[0]), _MONTHS[groups[1].lower().rstrip(".")], int(groups[2])
        elif order == "mdy":
            m, d, y = _MONTHS[groups[0].lower().rstrip(".")], int(groups[1]), int(groups[2])
        else:
            d, m, y = int(groups[0]), int(groups[1]), int(groups[2])
        if not 1900 <= y <= 2100:
            return ""
        return date(y, m, d).isoformat()
    except (ValueError, KeyError):
        return ""


# a report on a year, named by it: "2025年杭州市国民经济和社会发展统计公报", "…2025年政府信息公开工作年度报告",
# "2024年度工作总结", "2025年预算执行情况", an audit of a year's budget ("关于…2025年度市级预算执行和其他财政收支的
# 审计工作报告"), "Annual Report 2024", "2024 Annual Report"
_REPORT_ON_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?[^《》]{0,40}?(?:统计公报|年度报告|年报|工作总结|总结报告|"
                             r"执行情况|决算|审计工作报告|审计结果)"
                             r"|(?i:annual\s+report\s+((?:19|20)\d{2})\b|((?:19|20)\d{2})\s+annual\s+report)")


def reported_year(title: str, date_text: str) -> int | None:
    """The year a report looks back on, where it is published after it: the 全年 of a 统计公报 or 年度报告 of 2025,
    published in 2026, is 2025, and its figures are results; a 白皮书's, the year before it comes out. None for
    any other document."""
    m = _REPORT_ON_YEAR.search(title or "")
    published = re.match(r"(?:19|20)\d{2}", date_text or "")
    if published and not m and "白皮书" in (title or ""):
        # a 白皮书 gives an account of what has been done up to the year it comes out in: its undated figures
        # are results ("每年培养相关专业毕业生超过10万人"), its goals those dated after ("到2027年…")
        return int(published.group()) - 1
    if not m or not published:
        return None
    year, now = int(next(g for g in m.groups() if g)), int(published.group())
    if any(int(y) >= now for y in re.findall(r"(?:19|20)\d{2}", title)):
        return None  # "关于2025年预算执行情况与2026年预算草案的报告" looks ahead as well
    return year if year < now else None


def reference_date(date_text: str, meta: dict) -> str:
    """The day a document's relative words count from: its date, else the first day of the month its cover or
    signature names ("November 2025", "… / 2025年10月"). A month alone is no date to show or filter by, but it
    places "in 2024" in the past and "by 2030" ahead."""
    if date_text:
        return date_text
    for key in ("cover_date", "signed"):
        text = str(meta.get(key) or "")
        m = _MONTH_EN.search(text) or _MONTH_ZH.search(text)
        if m:
            month, year = (_MONTHS[m["month"].lower()] if m["month"].isalpha() else int(m["month"])), int(m["year"])
            if 1900 <= year <= 2100 and 1 <= month <= 12:
                return date(year, month, 1).isoformat()
    return ""


def epoch_date(seconds: object) -> str:
    """A Unix timestamp (seconds, as a number or digit string) as an ISO date in China time; '' if unset."""
    try:
        value = int(str(seconds).strip())
    except ValueError:
        return ""
    if value <= 0:
        return ""
    return datetime.fromtimestamp(value, _SHANGHAI).date().isoformat()


def is_date_line(text: str) -> bool:
    """True for a line that is nothing but a Chinese date, as under a signature (2024年7月26日)."""
    return bool(_DATE_ONLY.match(text.strip()))


def find_doc_number(text: str) -> str:
    """The document number in text: 穗府办规〔2024〕13号, 海关总署公告2026年第58号, 国务院令第746号,
    Regulation (EU) 2024/1689, G.S.R. 176(E), ..."""
    m = _ZH_NUMBER.search(text)
    if m:
        return re.sub(r"\s+", "", m.group(0))
    m = NOTICE_NUMBER.search(text)
    if m:
        return re.sub(r"\s+", "", m.group(0))
    m = _ZH_ORDER.search(text)
    if m:
        # "2021年7月27日中华人民共和国国务院令": the issuer is what follows the date and the country.
        issuer = re.split(r"中华人民共和国|日|、|，", m.group(1))[-1]
        return f"{issuer}第{m.group(2)}号" if len(issuer) > 1 else ""
    m = _EU_NUMBER.search(text)
    if m:
        kind = m.group(1).capitalize()
        series = re.sub(r",\s*", ", ", m.group(2).upper()).replace("EURATOM", "Euratom")
        return f"{kind} ({series}) {m.group(3)}"
    m = _US_NUMBER.search(text)
    if m:
        return f"{m.group(1)} {m.group(2)}"
    m = _GAZETTE_NUMBER.search(text)
    if m and (m.group(1) or m.group(4)):
        return f"{'G.S.R.' if m.group(1) else 'S.O.'} {m.group(3)}{m.group(4) or ''}"
    return ""


# a US bill's designation opening its title: "Engrossed Substitute Senate Bill 5838", "House Bill No. 1234", and
# as a session law prints it over its text, in capitals and numbered by its session's year: "SENATE BILL 24-205"
_BILL = re.compile(r"^(?i:(?:(?:Engrossed|Enrolled|Substitute|Second|Third|Amended|Committee)\s+)*"
                   r"(?:Senate|House|Assembly)\s+(?:(?:Joint|Concurrent)\s+)?(?:Bill|Resolution)\s+(?:No\.?\s*)?)"
                   r"(?:\d{2}-\d{1,4}|\d{1,5})\b(?!-)")


def bill_number(title: str) -> str:
    """The bill a title designates, as its number ("Engrossed Substitute Senate Bill 5838", "SENATE BILL 24-205"
    as "Senate Bill 24-205"); "" when the title does not open with one (a bill only mentioned in a text is no
    number of the text's)."""
    m = _BILL.match(title.strip())
    return smart_title(re.sub(r"\s+", " ", m.group())) if m else ""


def order_issuer(doc_number: str) -> str:
    """The body that issues an order numbered like 国务院令第746号 (国务院), else ''."""
    m = re.match(r"([\u4e00-\u9fff]+)令第", doc_number)
    return m.group(1) if m else ""


# a Commission's or the Council's own act, as its title opens: "Commission Delegated Regulation (EU) 2025/…",
# "COMMISSION IMPLEMENTING DECISION", "Council Regulation (EU) 2021/1173"
_EU_MAKER_FIRST = re.compile(r"^(Commission|Council)\s+(?:(?:Implementing|Delegated)\s+)?"
                             r"(?:Regulation|Directive|Decision|Recommendation)\b", re.I)


def eu_issuer(title: str) -> str:
    """The institutions an EU act's title names as its authors: its first words ("Commission Implementing
    Regulation", "Council Decision"), or those before its own date ("Regulation (EU) 2024/1689 of the European
    Parliament and of the Council of 13 June 2024"); not the makers of an act it names after ("… pursuant to
    Regulation (EU) 2024/1689 of the European Parliament and of the Council")."""
    if m := _EU_MAKER_FIRST.match(title):
        return "European Commission" if m.group(1).lower() == "commission" else "Council of the European Union"
    low = re.split(r"\bof \d{1,2} [a-z]+ \d{4}\b", title.lower(), maxsplit=1)[0]
    if "of the european parliament and of the council" in low:
        return "European Parliament and Council of the European Union"
    if "commission" in low:
        return "European Commission"
    if "of the council" in low:
        return "Council of the European Union"
    return ""


def is_org_line(text: str) -> bool:
    """True for a short line of organisation names only, as above a signature date (广州市财政局 广州市医疗保障局)."""
    return 0 < len(text) <= 60 and all(_ORG_END.search(p) for p in text.split())


def title_issuers(title: str) -> list[str]:
    """The departments a title names as its issuers, when it lists them apart before 关于 ("南京市工业和信息化局
    南京市财政局关于印发…", "A局、B局关于…"); [] when it names one, or they run together."""
    m = re.match(r"^(.{2,200}?)关于", title)
    names = re.split(r"[\s、]+", m.group(1).strip()) if m else []
    return names if len(names) > 1 and all(_ORG_END.search(n) for n in names) else []


def find_signature(lines: list[str], limit: int = 400) -> tuple[str, str]:
    """(issuer, ISO date) from the first signature of a Chinese official document: org line(s), then a date.

    Only lines that look like an organisation's name (ending in 局, 厅, 委员会, 中心, ...) count as issuers.
    """
    for i, line in enumerate(lines[:limit]):
        if not is_date_line(line):
            continue
        orgs: list[str] = []
        j = i - 1
        while j >= 0 and is_org_line(lines[j]):
            orgs[:0] = lines[j].split()
            j -= 1
        return "、".join(orgs), iso_date(line)
    return "", ""


def smart_title(text: str) -> str:
    """Title-case a line written in capitals (REGULATION (EU) 2024/1689 OF THE ...); leave others alone."""
    text = collapse(text)
    if re.search(r"[a-z]", text) or not re.search(r"[A-Z]{2}", text):
        return text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        core = word.strip("()[],.;:")
        if re.fullmatch(r"[A-Z]{1,4}", core) and word.startswith("(") or re.search(r"\d", core):
            out.append(word)  # (EU), (EC), 2024/1689 stay as written
        elif i and core.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)
