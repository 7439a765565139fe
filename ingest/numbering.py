"""Numbering at the start of a block (一、 （一） 1. ① 第五条 Article 5 4.2. (a) (i)): read, label and slug it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

_ZH_DIGITS = {ch: n for n, chars in enumerate("零〇 一 二两 三 四 五 六 七 八 九".split()) for ch in chars}
_ZH_NUM = "零〇一二两三四五六七八九十百"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

# Fixed ranks of the legal containers (smaller contains larger); list items have no fixed rank and nest
# in the order a document first uses them.
RANK_ANNEX, RANK_PART, RANK_TITLE, RANK_CHAPTER, RANK_SECTION, RANK_ARTICLE = 1, 1, 2, 3, 4, 5
# A decimal subsection ("4.2.", "4.2.1.") ranks below the "Sec. 4" it numbers: one rank per dot.
RANK_SUBSECTION = RANK_ARTICLE + 1
# A code's section that a bill adds ("22757.12.", "6-1-1702.") ranks below the bill's section, and below a part
# of the code the bill quotes over it ("SECTION 1. … add part 17 … as follows:" over "PART 17": see Outliner).
RANK_QUOTED = RANK_SUBSECTION
RANK_CODE_SECTION = RANK_QUOTED + 1
_ZH_CONTAINER = {"编": (RANK_PART, "part"), "章": (RANK_CHAPTER, "ch"), "节": (RANK_SECTION, "sec"),
                 "条": (RANK_ARTICLE, "art")}
_EN_CONTAINER = {"part": (RANK_PART, "part"), "title": (RANK_TITLE, "title"), "chapter": (RANK_CHAPTER, "ch"),
                 "section": (RANK_SECTION, "sec"), "annex": (RANK_ANNEX, "annex")}

_RE_ZH_CONTAINER = re.compile(rf"第([{_ZH_NUM}\d]+)([编章节条])(?=[\s　]|[^\s，。、]|$)\s*")
# an article's paragraph or item right after it, "第二十条第（一）项", "第十二条第二款": a citation of the article (an
# annual report's table over the figures 条例 Art. 20(1) asks for), no heading; an article's heading is followed by
# its text, never by one of its own parts
_RE_ZH_CITED_PART = re.compile(rf"第(?:[{_ZH_NUM}\d]+|[（(][{_ZH_NUM}\d]+[）)])[款项目]")
# its number in Roman or Arabic figures, or spelled out as a UK report's "Part One" is
_PART_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_RE_EN_CONTAINER = re.compile(
    r"(PART|TITLE|CHAPTER|SECTION|ANNEX|Part|Title|Chapter|Annex)\s+([IVXLC]+|\d+|"
    + "|".join(f"{w.capitalize()}|{w.upper()}" for w in _PART_WORDS) + r")\b(?!\s+of\b)\.?\s*")
# (ANNEX I and ANNEX 2 are read as containers, as before)
_RE_EN_ATTACHMENT = re.compile(r"(?!ANNEX\s+(?:[IVXLC]|\d+)$)(ATTACHMENT|APPENDIX|ANNEX|EXHIBIT|ENCLOSURE)"
                               r"\s+([A-Z]|\d{1,2})")
_RE_ARTICLE = re.compile(r"Article\s+(\d+)([a-z]?)\b(?!\s*\()\.?\s*")
# an article with its title in brackets, run in before its text, as Korea's translated statutes print it (KLRI):
# "Article 34 (Responsibilities of …) (1) A business operator …", "Article 1 (Purpose) The purpose of …", a
# branch article "Article 10-2 (…)"; not a citation of a paragraph, "Article 2 (1) of the Energy Act", nor prose
# that names an article by its title, "Article 50 (Transparency obligations) requires …"
_RE_ARTICLE_TITLED = re.compile(r"Article\s+(\d+)((?:-\d+)?)\s*\(([A-Z](?=[^()]*[a-z])[^()]{1,150})\)"
                                r"(?=\s*$|\s+(?:\(\d|[A-Z\"“]))\s*")
# a statute's closing part, as a translated Korean law heads it with the Act that enacted it: "ADDENDA <Act No.
# 20676, Jan. 21, 2025>" (one per amending Act, over its own Article 1, 2 …; a Japanese law's "SUPPLEMENTARY
# PROVISIONS"): a part at a chapter's rank, its label as written
_RE_ADDENDA = re.compile(r"(?:ADDENDA|ADDENDUM|Addenda|Addendum|SUPPLEMENTARY PROVISIONS|Supplementary Provisions)"
                         r"(?:\s*<[^<>]{1,60}>)?")
# a bill's section, "Sec. 2." (Washington), "SECTION 1." and "SEC. 2." (California): its text follows on the line
_RE_SEC = re.compile(r"(?:Section|Sec\.|SECTION|SEC\.)\s*(\d+)\.(?!\d)\s*")  # not "Section 4.6 of …"
# prose that opens by citing a part of some instrument, no heading: "Section 4.6 of the Executive Order directs
# …", "Article 12 of Regulation (EU) 2019/1020 applies", "Sec. 5 of the Act requires …"
_CITES_PART = re.compile(r"(?:\.\d+)*(?:\s*\(\w{1,4}\))*\s+of\s+(?=\S)")
_RE_BILL_SEC = re.compile(r"(?:SECTION|SEC\.)\s*\d+\.\s")  # "SECTION 1. This act …", not EUR-Lex's "SECTION 1"
# a section of a code that a bill adds or amends, its number over its text: "22757.12. (a) A large frontier
# developer shall …" (California's codes number their sections so; cited "Section 22757.12")
_RE_CODE_SEC = re.compile(r"(\d{3,6})\.(\d{1,4}[a-z]?)\.\s+(?=[A-Z(])")
# the heading of a section of the Code of Federal Regulations, as a rule's regulatory text prints it: "§ 748.20
# Data center validated end-user authorization." (a title, then the section's paragraphs (a), (b) below it)
# a section of a US state's code numbered title-article-section, its title then its text: Colorado's "6-1-1702.
# Developer duty to avoid algorithmic discrimination. (1) On and after …", Utah's "63G-2-103.", Tennessee's
# "47-18-3301."; Connecticut's title-section after "Sec.": "Sec. 42-515. Definitions." (cited "§ 6-1-1702")
_RE_STATE_SEC = re.compile(r"(?:Sec\.\s*(\d{1,3}[a-z]?-\d{2,4}[a-z]?)"
                           r"|(\d{1,2}[A-Z]?-\d{1,3}(?:\.\d{1,2})?-\d{1,5}(?:\.\d{1,2})?))\.\s+")
_STATE_SEC_BODY = re.compile(r"\(|[A-Z][^.;:!?]{0,150}\.(?:\s|$)")  # its first item, or its title
_RE_CFR = re.compile(r"§\s*(\d{1,4})\.(\d{1,4}[a-z]?)\s+(?=[A-Z])")
_CFR_TITLE = re.compile(r"[^.;:!?。]{1,150}\.?")
# a plan's numbered action, set in a box of its own: "Action 1: The Commission … will launch a call …"
_RE_ACTION = re.compile(r"Action\s+(\d{1,3})\s*:\s+")
# a plan's numbered task, its title after it (an explainer's "任务一　优化算力空间布局", "行动3：…"): cited "任务一"
_RE_ZH_TASK = re.compile(rf"(任务|行动|举措)([{_ZH_NUM}]{{1,3}}|\d{{1,2}})(?=[\s　：:、]|$)[：:、]?\s*")
# a committee report's numbered recommendation, its label alone on its line over its text ("Recommendation 4", then
# "4.22 The committee recommends …"), or its text after a colon or dash, or a Canadian report's "That the …" (cited
# "Recommendation 4"); not prose that names one ("Recommendation 2 was not supported")
_RE_RECOMMENDATION = re.compile(r"Recommendation\s+(\d{1,3})(?:\s*$|\s*[:–—-]\s+(?=\S)|\s+(?=That\s))")
# a European Parliament amendment's heading, "Amendment 5", with what it amends after a dash ("Amendment 5 – Article
# 5(1)(b)", ingest/ep_report.py): a unit of its own at an article's rank, no article of the report
_RE_AMENDMENT = re.compile(r"Amendment\s+(\d{1,4})(?=\s+[–—]\s+\S|\s*$)\s*")
_RE_DECIMAL = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})\.(?!\d)\s*")  # "4.2.", "10.1.": the dot after ends it
# and an annex's own annex, "附件1-1" under 附件1 (a 申报指南's 形式审查条件要求): an annex of its own, not 附件1's text
_RE_ZH_ANNEX = re.compile(r"附件\s*(\d+[-－]\d{1,2}|\d*)(?=[：:\s]|$)[：:]?\s*")
# a standard's appendix, as its heading names it: "附录A（资料性） 智能算力中心能效评价示例", "附录B（规范性附录）"
_RE_ZH_APPENDIX = re.compile(r"附\s*录\s*([A-Z])(?![A-Za-z])\s*((?:[（(](?:资料性|规范性)(?:附录)?[)）])?)\s*")
_RE_CN_DUN = re.compile(rf"([{_ZH_NUM}]{{1,4}})\s*[、．.]\s*")
_RE_CN_PAREN = re.compile(rf"[（(]\s*([{_ZH_NUM}]{{1,4}})\s*[）)]\s*")
# "1. …", "2、…"; not a decimal "1.5", but an item that opens with a year is one: "1.2026年度…申报书"
_RE_ARABIC = re.compile(r"(\d{1,3})\s*[.．、](?:(?![\d.])|(?=(?:19|20)\d{2}\s*年))\s*")
_RE_ARABIC_PAREN = re.compile(r"[（(](\d{1,3})[）)]\s*")
_RE_CIRCLED = re.compile(r"([\u2460-\u2473])\s*")
_RE_LETTER = re.compile(r"\((([a-zA-Z])\2?)\)\s*")  # (a) .. (z), then (aa) .. (zz)
_RE_ROMAN = re.compile(r"\(([ivxl]+|[IVXL]+)\)\s*")


@dataclass(frozen=True, slots=True)
class Number:
    """The numbering a block starts with: its style, value, path label and slug, and where the body starts."""

    style: str  # "zh-条", "en-chapter", "article", "sec", "cfr", "cn-dun", "cn-paren", "arabic", "arabic-paren", ...
    value: int
    label: str  # the path component: "二", "（一）", "1", "(e)", "Article 5", "第十二条"
    slug: str  # URL-safe: "2", "1", "e", "art5", "art12"
    end: int  # offset in the block text where the body after the numbering starts
    rank: int | None = None  # fixed container rank, None for list items
    alt: Number | None = None  # another reading: "(i)" is a letter after (h), else a roman numeral


def zh_to_int(s: str) -> int:
    """Chinese (or Arabic) numeral to int: 十二 -> 12, 二十三 -> 23, 一百零五 -> 105."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _ZH_DIGITS.get(ch, 0)
    return total + cur


def roman_to_int(s: str) -> int:
    """Roman numeral to int (i, iv, xii, XIV); 0 when it is not one."""
    vals = [_ROMAN.get(c, 0) for c in s.lower()]
    if not vals or 0 in vals:
        return 0
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _title_like(rest: str, limit: int) -> bool:
    return len(rest) <= limit and not re.search(r"[。；;！？!?]|[.:：]\s|[.:：]$", rest)


def read_number(text: str, heading: bool = False) -> Number | None:
    """The numbering at the start of text, or None. Article/CHAPTER only count on headings or title lines."""
    m = _RE_ZH_CONTAINER.match(text)
    if m and m.group(2) == "条" and _RE_ZH_CITED_PART.match(text, m.end(2)):
        return None
    if m:
        rank, slug = _ZH_CONTAINER[m.group(2)]
        n = zh_to_int(m.group(1))
        return Number(f"zh-{m.group(2)}", n, m.group(0).strip(), f"{slug}{n}", m.end(), rank)
    m = _RE_ZH_ANNEX.match(text)
    if m and (heading or _title_like(text[m.end():], 60)):
        raw = m.group(1).replace("－", "-")
        n = int(raw.split("-")[0] or 0)
        return Number("annex", n, f"附件{raw}", f"annex{raw}", m.end(), RANK_ANNEX)
    m = _RE_ZH_APPENDIX.match(text) if heading else None
    if m:
        letter = m.group(1)
        return Number("appendix", ord(letter) - 64, f"附录{letter}{m.group(2)}", f"appendix-{letter.lower()}", m.end(),
                      RANK_ANNEX)
    m = _RE_EN_ATTACHMENT.fullmatch(text.strip())
    if m:  # "ATTACHMENT A" alone on its line, in capitals: an annex of a memo (its list, "Attachment A: …", is not)
        raw = m.group(2)
        n = int(raw) if raw.isdigit() else ord(raw) - 64
        return Number("en-annex", n, f"{m.group(1)} {raw}", f"{m.group(1).lower()}-{raw.lower()}", len(text),
                      RANK_ANNEX)
    m = _RE_ADDENDA.fullmatch(text.strip())
    if m:
        return Number("addenda", 0, text.strip(), label_slug(text), len(text), RANK_CHAPTER)
    m = _RE_AMENDMENT.match(text) if heading else None
    if m:
        n = int(m.group(1))
        return Number("amendment", n, f"Amendment {n}", f"amendment{n}", m.end(), RANK_ARTICLE)
    if _cites_part(text):
        return None
    m = None if _RE_BILL_SEC.match(text) else _RE_EN_CONTAINER.match(text)
    if m and (heading or _title_like(text[m.end():], 120)):
        rank, slug = _EN_CONTAINER[m.group(1).lower()]
        raw = m.group(2)
        n = int(raw) if raw.isdigit() else _PART_WORDS.get(raw.lower()) or roman_to_int(raw)
        label = f"{m.group(1)} {raw}"  # as written: the EU's "CHAPTER III", a plan's "Chapter 1", "Part One"
        return Number(f"en-{m.group(1).lower()}", n, label, f"{slug}{n}", m.end(), rank)
    m = _RE_ARTICLE.match(text)
    if m and (heading or _title_like(text[m.end():], 120)):
        n = int(m.group(1))
        label = f"Article {m.group(1)}{m.group(2)}"
        return Number("article", n, label, f"art{m.group(1)}{m.group(2)}", m.end(), RANK_ARTICLE)
    m = _RE_ARTICLE_TITLED.match(text)
    if m:
        label = f"Article {m.group(1)}{m.group(2)}"
        return Number("article-titled", int(m.group(1)), label, f"art{m.group(1)}{m.group(2)}", m.end(), RANK_ARTICLE)
    m = _RE_SEC.match(text)
    if m:
        n = int(m.group(1))
        return Number("sec", n, f"Sec. {n}", f"sec{n}", m.end(), RANK_ARTICLE)
    m = _RE_CFR.match(text)
    if m and _CFR_TITLE.fullmatch(text[m.end():].strip()):
        label = f"{m.group(1)}.{m.group(2)}"
        return Number("cfr", int(re.sub(r"\D", "", m.group(2))), f"§ {label}", f"s{label.replace('.', '-')}", m.end(),
                      RANK_ARTICLE)
    m = _RE_CODE_SEC.match(text)
    if m:
        label = f"{m.group(1)}.{m.group(2)}"
        return Number("code-sec", int(re.sub(r"\D", "", m.group(2))), f"§ {label}", f"s{label.replace('.', '-')}",
                      m.end(), RANK_CODE_SECTION)
    m = _RE_STATE_SEC.match(text)
    if m and _STATE_SEC_BODY.match(text, m.end()):
        label = m.group(1) or m.group(2)
        value = int(re.sub(r"\D", "", label.rsplit("-", 1)[1].split(".")[0]) or 0)
        return Number("state-sec", value, f"§ {label}", f"s{label.lower().replace('.', '-')}", m.end(),
                      RANK_CODE_SECTION)
    m = _RE_DECIMAL.match(text)
    if m:
        label = m.group(1)
        rank = RANK_SUBSECTION + label.count(".") - 1
        return Number("decimal", int(label.rsplit(".", 1)[1]), label, label, m.end(), rank)
    m = _RE_ACTION.match(text)
    if m:
        n = int(m.group(1))
        return Number("action", n, f"Action {n}", f"action{n}", m.end())
    m = _RE_ZH_TASK.match(text)
    if m:
        n = zh_to_int(m.group(2))
        return Number("task", n, f"{m.group(1)}{m.group(2)}", f"task{n}", m.end())
    m = None if heading else _RE_RECOMMENDATION.match(text)  # a heading "Recommendation 4" heads its text as it is
    if m:
        n = int(m.group(1))
        return Number("recommendation", n, f"Recommendation {n}", f"rec{n}", m.end())
    if text.startswith("``("):  # the text a US bill inserts, as GPO prints it: "``(c) Compute Capacity.--"
        return _quoted(_read_item(text[2:]))
    return _read_item(text)


def _quoted(num: Number | None) -> Number | None:
    """An item of the text a bill quotes ("``(2)"): numbered on its own, in a style of its own, so that it nests
    under the bill's item that inserts it ("(3) by inserting … the following:") and is no sibling of the bill's."""
    if num is None:
        return None
    return replace(num, style=f"q-{num.style}", end=num.end + 2, alt=_quoted(num.alt))


def _cites_part(text: str) -> bool:
    """Whether text opens with a citation of a part, "Section 4.6 of the …": prose, whatever the part's word."""
    m = re.match(r"(?:Article|Section|Sec\.|SECTION|SEC\.|PART|TITLE|CHAPTER|ANNEX|Part|Title|Chapter|Annex)"
                 r"\s*(?:\d+[a-z]?|[IVXLC]+)\b", text)
    return m is not None and _CITES_PART.match(text, m.end()) is not None


def _read_item(text: str) -> Number | None:
    m = _RE_CN_PAREN.match(text)
    if m:
        n = zh_to_int(m.group(1))
        return Number("cn-paren", n, f"（{m.group(1)}）", str(n), m.end())
    m = _RE_CN_DUN.match(text)
    if m:
        n = zh_to_int(m.group(1))
        return Number("cn-dun", n, m.group(1), str(n), m.end())
    m = _RE_ARABIC_PAREN.match(text)
    if m:
        n = int(m.group(1))
        return Number("arabic-paren", n, m.group(0).strip(), str(n), m.end())
    m = _RE_ARABIC.match(text)
    if m:
        n = int(m.group(1))
        return Number("arabic", n, str(n), str(n), m.end())
    m = _RE_CIRCLED.match(text)
    if m:
        n = ord(m.group(1)) - 0x2460 + 1
        return Number("circled", n, m.group(1), str(n), m.end())
    letter = _RE_LETTER.match(text)
    roman = _RE_ROMAN.match(text)
    num_l = num_r = None
    if letter:
        ch = letter.group(1)
        style = "alpha" if ch.islower() else "ALPHA"
        value = 26 * (len(ch) - 1) + ord(ch[0].lower()) - 96
        num_l = Number(style, value, f"({ch})", ch if ch.islower() else f"u{ch}", letter.end())
    if roman and roman_to_int(roman.group(1)):
        raw = roman.group(1)
        style = "roman" if raw.islower() else "ROMAN"
        num_r = Number(style, roman_to_int(raw), f"({raw})", raw if raw.islower() else f"u{raw}", roman.end())
    if num_l and num_r:  # "(i)", "(v)", "(x)", "(ii)": decided by context (see Outliner._resolve)
        return Number(num_r.style, num_r.value, num_r.label, num_r.slug, num_r.end, None, num_l)
    return num_l or num_r


def label_slug(label: str) -> str:
    """A URL-safe slug for a heading label that has no numbering (ASCII words, else a short tag)."""
    words = re.findall(r"[A-Za-z0-9]+", label)
    if words and sum(map(len, words)) * 2 >= len(label.replace(" ", "")):
        return "-".join(w.lower() for w in words[:5])
    return "h" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:6]
