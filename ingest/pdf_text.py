"""Reads plain text extracted from a PDF as a reader would: page furniture out, wrapped lines joined, a
flattened table re-formed, the 红头 letterhead set apart; an ordinary text is left to ingest.plaintext."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ingest.letterhead_zh import zh_letterhead
from ingest.metadata import is_date_line
from ingest.text import HAN_CHAR, unwrap
from ingest.text_table import PAGE_BREAK, SERIAL_HEAD, flattened_rows, flattened_table, tables_read
from ingest.types import CELL

# a page number on a line of its own: "— 1 —", "- 3 -", "—2—", "第 3 页", "第3页 共12页", "3/12", "Page 3 of 12"
_PAGE_LINE = re.compile(
    r"^(?:[—–－-]+\s*\d{1,4}\s*[—–－-]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$",
    re.I,
)
_TERMINAL = tuple("。！？：；!?;:.")
# what opens a new paragraph however the line before it ends: 一、 （一） 1. 第三条 附件
_OPENS = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[.、．](?!\d)|附件\s*\d*\s*[:：]?)"
)
# a speech's or report's dateline under its title, "——2025年11月25日在…会议上", which may take two lines: it
# opens a paragraph of its own, and runs on until it closes with 上 (…上的讲话, a day in brackets after it)
_DATELINE_OPENS = re.compile(r"^(?:——|－－)\s*(?:\d{4}\s*年|在)")
_DATELINE_CLOSES = re.compile(r"上(?:的(?:讲话|报告|发言|致辞))?(?:\s*[（(][^（）()]{4,20}[）)])?$")
# what no Chinese line may open with (禁则): a mark that closes what the line before holds, so that line goes on
_CLOSING = tuple("，。、；：？！）》」』”’％")
# what opens a list item on a line of its own though no number does: a circled figure, a dash, a bullet
_ITEM_MARK = re.compile(r"^(?:[①-⑳]|——|[●•·■□◆◇▪►※])")
_INDENT = re.compile(r"^(?: {2,}|\u3000)\S")  # a paragraph's first line, as the plain-text parser keeps it
_BREAK = PAGE_BREAK  # where a page ended, once its furniture is out


def is_pdf_text(lines: list[str]) -> bool:
    """Whether plain text looks extracted from a PDF: page-number lines, or many Chinese lines cut
    mid-sentence at one width."""
    if sum(1 for ln in lines if _PAGE_LINE.match(ln.strip())) >= 2:
        return True
    width = _body_width(lines)
    cut = sum(1 for a, b in zip(lines, lines[1:], strict=False) if _cut_cjk(a, b, width))
    long = sum(1 for ln in lines if width and _width(ln) >= width * 0.8)
    return cut >= 3 and cut >= long * 0.3


# a running footer or header: a short name with the page's number, "Congressional Research Service   2",
# "2   Annual Report 2025", or with the word Page before it, the front matter's in roman figures, "Page 1  GAO-26-107512
# Federal AI Compute", "Page ii   Annual Report 2025", "Audit of Grants   Page 4", "DE-FOA-0003655   Page 1 of 9",
# or parted from it by a rule, "Ohio AI Task Force Report | 7", "8 | Annual Report 2025"
_PAGE_NO = r"(?:\d{1,4}|(?<=Page )[ivxl]{1,6})"
_APART = r"(?:\s*\|\s*|\s+)"
_NAMED_PAGE = re.compile(rf"^(?:(?P<name>[^\d\s].{{1,58}}?){_APART}(?:Page\s+(?P<n3>{_PAGE_NO})\s+of\s+\d{{1,4}}|"
                         rf"(?:Page\s+)?(?P<n>{_PAGE_NO}))"
                         rf"|(?:Page\s+)?(?P<n2>{_PAGE_NO}){_APART}(?P<name2>[^\d\s].{{1,58}}?))$")


# a word that numbers a text's own parts, alone with its number on a line: no running footer's name
_PART_WORD = re.compile(r"(?i:recommendations?|chapter|part|section|article|annex|appendix|schedule|question|action|"
                        r"amendment|table|figure|step|phase|stage|pillar|strand|objective|goal|priority|measure|"
                        r"principle|finding|response|case study|box)")


def running_footer(lines: list[str]) -> tuple[list[str], str]:
    """lines less a running footer (or header) that names the document's author, series or report beside the
    page number, and that name ("" if none): a short line on its own between blank lines, the same name on two
    pages or more with their numbers, and no sentence ("Congressional Research Service   2", "Page 1  GAO-26-107512
    Federal AI Compute"); once so found, the same name with a page's number is dropped wherever it falls, on a
    line next to a paragraph's too."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        name = _footer_name(line)
        alone = all(not lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if name and alone:
            seen.setdefault(name, []).append(i)
    names = {n: at for n, at in seen.items() if len(at) >= 2 and len({lines[i].strip() for i in at}) == len(at)}
    if len(names) != 1:
        lines, name = _footer_over_number(lines)
        return (lines, name) if name else (_page_numbers_alone(lines), "")
    (name, _), = names.items()
    lines = ["" if _footer_name(ln) == name else ln for ln in _bare_numbers(lines, name)]
    return lines, name


def _bare_numbers(lines: list[str], name: str) -> list[str]:
    """lines less the pages' numbers set alone, where a running footer numbers the other pages ("8" between pages
    whose footers read "Ohio AI Task Force Report | 4" and "… | 9"): a number alone between blank lines, higher
    than the footer's page before it and lower than the one after (a list's or table's figure seldom so)."""
    pages = [(i, int(n)) for i, ln in enumerate(lines) if _footer_name(ln) == name
             and (n := next(g for g in _NAMED_PAGE.match(ln.strip()).group("n", "n2", "n3") if g)).isdigit()]
    out = list(lines)
    for i, line in enumerate(lines):
        if not re.fullmatch(r"\d{1,4}", line.strip()) or any(lines[j].strip() for j in (i - 1, i + 1)
                                                              if 0 <= j < len(lines)):
            continue
        before = [n for at, n in pages if at < i]
        after = [n for at, n in pages if at > i]
        if before and after and before[-1] < int(line) < after[0]:
            out[i] = ""
    return out


_PAGES_APART = 10  # the fewest lines of text between two pages' numbers


def _page_numbers_alone(lines: list[str]) -> list[str]:
    """lines less the pages' numbers where nothing else marks the pages: a number set right or centred (indented) on
    a line of its own between blank lines, "1" at the foot of the first page, "2" at the second's, and so on in
    turn, two or more, each page's text between them (a list's or a table's figures stand closer, or out of turn)."""
    at = [i for i, ln in enumerate(lines) if re.fullmatch(r"\s+\d{1,4}", ln)
          and not any(lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines))]
    numbers = [int(lines[i]) for i in at]
    text_between = [sum(1 for ln in lines[a:b] if ln.strip()) for a, b in zip(at, at[1:], strict=False)]
    if len(at) < 2 or numbers[0] > 2 or numbers != list(range(numbers[0], numbers[0] + len(at))) \
            or min(text_between) < _PAGES_APART:
        return lines
    return ["" if i in at else ln for i, ln in enumerate(lines)]


# a page's number set alone at its foot, right-aligned or with a rule: "10 |", "| 11" (not a table's cell, "25")
_PAGE_ALONE = re.compile(r"^(?:\s{10,}\|?\s*\d{1,4}(?:\s*\|)?|\s*\|\s*\d{1,4}|\s*\d{1,4}\s*\|)\s*$")


def is_page_number(line: str) -> bool:
    """Whether a raw line (its indent kept) holds a page's number alone: "— 1 —", "第 3 页", "10 |", or a number
    centred or set right by ten spaces or more."""
    return bool(_PAGE_ALONE.match(line.replace("\f", "")) or _PAGE_LINE.match(line.strip()))


def _footer_over_number(lines: list[str]) -> tuple[list[str], str]:
    """lines less a running footer set on a line of its own over the page's number ("OECD DIGITAL ECONOMY OUTLOOK
    2026: COMPUTE FOR AI © OECD 2026" over "10 |"): the same short line, with no sentence's end, over a page number
    on two pages or more; the number lines go with it ("" and lines unchanged where there is none)."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or not 12 <= len(text) <= 100 or text.endswith(_TERMINAL) or _PAGE_ALONE.match(line):
            continue
        nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if nxt is not None and _PAGE_ALONE.match(lines[nxt]):
            pairs.setdefault(text, []).append((i, nxt))
    found = {t: at for t, at in pairs.items() if len(at) >= 2}
    if len(found) != 1:
        return lines, ""
    (name, at), = found.items()
    drop = {k for pair in at for k in pair}
    return ["" if k in drop else ln for k, ln in enumerate(lines)], name


def _footer_name(line: str) -> str:
    """The name a line gives beside a page number, as a running footer would ("" if it is none)."""
    m = _NAMED_PAGE.match(line.strip())
    if not m:
        return ""
    name = (m["name"] or m["name2"]).strip()
    if name == "Page" or name.startswith("Page "):
        return ""  # "Page 3", "Page 3 of 12": a page line, no name
    if _PART_WORD.fullmatch(name):
        return ""  # "Recommendation 1" … "Recommendation 6": the text's own numbered parts, not its pages
    ok = len(name.split()) <= 8 and not name.endswith(_TERMINAL) and not re.search(r"\s{2,}|\|", name)
    return name if ok else ""


def read_pdf_text(lines: list[str]) -> tuple[list[str], str]:
    """The paragraphs of PDF-extracted lines (raw, indentation kept) and its letterhead ("" if none)."""
    lines = _without_furniture([ln.rstrip() for ln in lines])
    lines, letterhead = zh_letterhead(lines)  # "四川省财政厅文件" over "四川省经济和信息化厅": both issuers' lines
    width = _body_width(lines)
    out = [p for group in _groups(lines, width) for p in _group_paragraphs(group, width)]
    return [p for p in out if p], letterhead



def _group_paragraphs(group: list[str], width: int) -> list[str]:
    """A group's paragraphs: a flattened table's rows, the lines before it, and what follows it read again as
    groups (the next annex's title and table after a page break are no run-on of this table's note)."""
    start, rows, end = flattened_table([ln if ln == _BREAK else ln.strip() for ln in group])
    if rows:
        rest = [p for g in _groups(group[end:], width) for p in _group_paragraphs(g, width)]
        return _paragraphs([ln for ln in group[:start] if ln != _BREAK], width) + rows + rest
    if _heading_group(group):
        return [unwrap("\n".join(ln.strip() for ln in group))]
    return _paragraphs([ln for ln in group if ln != _BREAK], width)


def _width(line: str) -> int:
    """A line's width in columns as printed: a CJK or full-width character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.rstrip())


def _body_width(lines: list[str]) -> int:
    widths = sorted(_width(ln) for ln in lines if ln.strip())
    return widths[int(len(widths) * 0.9) - 1] if len(widths) >= 4 else 0


def _cut_cjk(line: str, after: str, width: int) -> bool:
    """A Chinese line cut at the page's width in mid-sentence, its sentence going on on the next line."""
    a, b = line.strip(), after.strip()
    return _runs_on(line, after, width) and bool(HAN_CHAR.match(a[-1])) and bool(HAN_CHAR.match(b[0]) or b[0].isdigit())


# a figure alone on its line, a table's cell ("3700", "≥90%", "17.2"): it names nothing, so it heads no page
_FIGURE = re.compile(r"^[≥≤<>＞＜]?\d[\d.,，]*\s*[%％]?$")


def _without_furniture(lines: list[str]) -> list[str]:
    """Page-number lines and the running header or footer beside them (a line repeated next to them) become
    one page-break mark each, the blank lines around them gone. A figure alone, or a cell of a flattened table
    that reads fewer rows without it, is never a running line: a 合计 of 3700 either side of page lines is a cell."""
    pages = [i for i, ln in enumerate(lines) if _PAGE_LINE.match(ln.strip())]
    beside = Counter()
    for i in pages:
        for j in _neighbours(lines, i):
            beside[lines[j].strip()] += 1
    running = {t for t, n in beside.items() if n >= 2 and len(t) <= 80 and not _PAGE_LINE.match(t)
               and not _FIGURE.match(t) and not _a_cell(lines, pages, t)}
    drop = set(pages)
    for i in pages:
        drop.update(j for j in _neighbours(lines, i) if lines[j].strip() in running)
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in drop:
            while out and not out[-1].strip():
                out.pop()
            if not out or out[-1] != _BREAK:
                out.append(_BREAK)
        elif not (ln.strip() == "" and out and out[-1] == _BREAK):
            out.append(ln)
    return out


def _a_cell(lines: list[str], pages: list[int], text: str) -> bool:
    """Whether text, beside the page lines, is a cell of a flattened table: a row read holds it there, and
    without it the tables read fewer rows (a running header inside a table is one cell too many: without it
    they read as many or more)."""
    texts = [ln.strip() for ln in lines]
    beside = {j for i in pages for j in _neighbours(lines, i) if texts[j] == text}

    def is_break(t: str) -> bool:
        return not t or bool(_PAGE_LINE.match(t))
    kept = tables_read(texts, is_break)
    if not any(start <= j < end for start, end, _ in kept for j in beside):
        return False
    dropped = tables_read(["" if k in beside else t for k, t in enumerate(texts)], is_break)
    return sum(n for *_, n in dropped) < sum(n for *_, n in kept)


def _neighbours(lines: list[str], i: int) -> list[int]:
    """The nearest non-blank line before and after line i."""
    near = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines):
            near.append(j)
    return near


def _groups(lines: list[str], width: int) -> list[list[str]]:
    """Blank-line separated groups; a page break joins the groups either side when a sentence runs on across
    it (its line is cut at the page's width mid-sentence and the next opens no item). A dateline opens a group
    of its own: the title lines over it are set apart from it."""
    groups: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        if ln == _BREAK:
            after = next((x for x in lines[i + 1:] if x.strip() and x != _BREAK), "")
            last = groups[-1][-1].strip() if groups[-1] else ""
            if _cells(groups[-1]):  # a table's rows may go on over the page; the table reader says
                groups[-1].append(_BREAK)
            elif not (last and _runs_on(groups[-1][-1], after, width)):
                groups.append([])
        elif ln.strip():
            if groups[-1] and _DATELINE_OPENS.match(ln.strip()):
                groups.append([])
            groups[-1].append(ln)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _cells(group: list[str]) -> bool:
    """Whether a group holds a flattened table's header (its rows may run on over the page break)."""
    return any(SERIAL_HEAD.match(ln.strip()) for ln in group)


def _heading_group(group: list[str]) -> bool:
    """A title or heading centred over two to four short lines ("…关于印发《…行动方案" over "（2025—2027年）》的
    通知"): one line of text, when none ends a sentence, opens an item or is a date under a signature, and it is
    no dateline (its speaker's line goes under it) nor a short list of annexes."""
    texts = [ln.strip() for ln in group]
    return (1 < len(texts) <= 4 and sum(map(len, texts)) <= 120 and not _DATELINE_OPENS.match(texts[0])
            and not re.match(r"附件\s*[:：]", texts[0])  # "附件：1．…" over "2．…": the list of annexes
            and not any(t.endswith(_TERMINAL) or is_date_line(t) for t in texts)
            and not any(_OPENS.match(t) for t in texts[1:]))


# an annex's label alone on its line ("附件1", "附件2："): its title follows on a line or two of its own, and the
# facts over its table under that ("专项名称：…", "单位：万元"), each opening with a short label
_ANNEX_LABEL = re.compile(r"^附件\s*(?:\d{1,2}[-－]\d{1,2}|\d{0,2})\s*[:：]?$")  # "附件1-1": 附件1's own
_FACT_OPENS = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
# a table's unit alone on its line under its caption ("表1　项目投资估算表" over "单位：万元"): no run-on of the caption
_UNIT_LINE = re.compile(r"^[（(]?单位\s*[:：]\s*[^，。；\s]{1,12}[）)]?$")


def _paragraphs(group: list[str], width: int) -> list[str]:
    """A group's lines as paragraphs: a line cut at the page width runs on into the next, unless that one
    opens an item, is indented as a paragraph's first line or is a date, or is a fact under an annex's title."""
    if (title := _annex_title(group, width)) is not None:
        k, j = title
        return _paragraphs(group[:k + 1], width) + [unwrap("\n".join(ln.strip() for ln in group[k + 1:j]))] + \
            _paragraphs(group[j:], width)
    indented = sum(1 for ln in group if _INDENT.match(ln)) >= 2
    out: list[list[str]] = []
    for ln in group:
        if out and _runs_on(out[-1][-1], ln, width) and not (indented and _INDENT.match(ln)) and not (
                _FACT_OPENS.match(ln.strip()) and len(out) > 1 and _ANNEX_LABEL.match(out[-2][0].strip())):
            out[-1].append(ln)
        elif out and indented and (_goes_on_unindented(out[-1][-1], ln) or _sentence_at_edge(out[-1], ln, width)):
            out[-1].append(ln)
        elif out and _DATELINE_OPENS.match(out[-1][0].strip()) and not _DATELINE_CLOSES.search(out[-1][-1]):
            out[-1].append(ln)  # "——2025年11月25日在…人民代表大会" over "常务委员会第二十一次会议上"
        else:
            out.append([ln])
    return [_joined([x.strip() for x in part], width) for part in out]


def _goes_on_unindented(line: str, after: str) -> bool:
    """Where paragraphs open indented ("　　"), a line left open mid-sentence goes on in an unindented next line
    however short it is: a line of Latin text is narrower than the page's width in columns ("…1.6 TB/s；在千亿参数
    规模" over "模型上完成训练验证…", "…（https://service.most.gov.cn）填写，推荐" over "单位须于…"); not over an item,
    a date, a table's row or an annex's label."""
    a, b = line.strip(), after.strip()
    return bool(a and b) and not _INDENT.match(after) and not a.endswith(_TERMINAL) and CELL not in a + b and \
        bool(HAN_CHAR.match(a[-1]) or HAN_CHAR.match(b[0])) and not _OPENS.match(b) and \
        not _ITEM_MARK.match(b) and not is_date_line(b) and not _ANNEX_LABEL.match(a) and \
        not is_date_line(a) and not _UNIT_LINE.match(b)


def _sentence_at_edge(part: list[str], after: str, width: int) -> bool:
    """Where paragraphs open indented ("　　"), a sentence that ends at the page's edge leaves its paragraph open:
    an unindented next line goes on in it ("　　五是深化算力赋能应用。…每年打造不少于20个算力赋能典型场景。" over
    "实施“算力进园区”行动，…" is one 五是 item); not a short line's end, nor over an item, a date, a fact, a row."""
    line, b = part[-1], after.strip()
    return bool(b) and bool(_INDENT.match(part[0])) and not _INDENT.match(after) and \
        line.strip().endswith(tuple("。！？")) and bool(width) and _width(line) >= width and \
        bool(HAN_CHAR.match(b[0])) and CELL not in line + b and not _OPENS.match(b) and \
        not _ITEM_MARK.match(b) and not _FACT_OPENS.match(b) and not is_date_line(b)


def _annex_title(group: list[str], width: int) -> tuple[int, int] | None:
    """Where an annex's title set on two to four short centred lines under its label runs, [k + 1, j), its label
    at k, when its body follows in the same group ("附件1" over "国家重点研发计划“…”" over "重点专项2026年度项目
    申报指南" over "　　为落实…"): one title, not a first line over a sub-heading. The body's first line runs to
    the page's width or ends a sentence; a single title line is left as it is."""
    for k, line in enumerate(group):
        if not _ANNEX_LABEL.match(line.strip()):
            continue
        j = k + 1
        while j < len(group) and j - k <= 4 and _title_line(group[j], width):
            j += 1
        body = group[j].strip() if j < len(group) else ""
        if j - k > 2 and body and (_width(group[j]) >= width * 0.8 or body.endswith(_TERMINAL)) and \
                _heading_group(group[k + 1:j]):
            return k, j
    return None


def _title_line(line: str, width: int) -> bool:
    """A short line that could be a centred title's: no sentence, item, fact, date or table row."""
    text = line.strip()
    return bool(text) and _width(line) < width * 0.8 and not text.endswith(_TERMINAL) and CELL not in text and \
        not _OPENS.match(text) and not _FACT_OPENS.match(text) and not is_date_line(text)


def _joined(lines: list[str], width: int) -> str:
    """A paragraph's lines as one line (text.unwrap), a number a Chinese line's end cut in two whole again:
    "…于202" over "5年…" is 2025年, "达到6" over ".9万亿元" 6.9万亿元 (a line break is no word break there). Only
    the page's width cuts a number: a short line's last figure ("…| 0.61" over "2028年…") is whole."""
    text = lines[0]
    for prev, line in zip(lines, lines[1:], strict=False):
        text += ("" if _cut_number(prev, line) and _width(prev) >= width * 0.8 else "\n") + line
    return unwrap(text)


def _cut_number(line: str, after: str) -> bool:
    """A Chinese line that ends inside a number the next line finishes: a digit or its point on either side; or
    inside a unit in capitals after a figure or a character ("…1.5万PFLOP" over "S的目标"; not "AI" over "Agent")."""
    a, b = line.strip(), after.strip()
    return bool(a and b and HAN_CHAR.search(a) and re.search(r"\d[.．]?$", a)
                and re.match(r"[.．]?\d" if a[-1].isdigit() else r"\d", b)) or bool(
        a and b and HAN_CHAR.search(a) and a[-1].isdigit() and b[0] in "%％") or bool(
        a and b and HAN_CHAR.search(a) and re.search(r"(?:\d|[\u4e00-\u9fff])[A-Z]+$", a)
        and re.match(r"[A-Z]+(?![A-Za-z])", b))


def _runs_on(line: str, after: str, width: int) -> bool:
    """Whether a line cut at the page's width goes on in the next: it stops mid-sentence (or at a "；"), and the
    next opens no item and is no date under a signature. So does a line of any width whose next opens with a mark no
    Chinese line may open with ("…达到100EFLOPS" over "，检查组认为…"), or that ends in a number the next
    finishes; a dateline that has closed ("…会议上") or an annex's label goes on in none."""
    a, b = line.strip(), after.strip()
    if not (a and b) or _DATELINE_OPENS.match(a) and _DATELINE_CLOSES.search(a) or _ANNEX_LABEL.match(a):
        return False  # "附件1" over "2026年…分配表": a label over its title, no number cut in two
    if CELL in a or CELL in b:
        return False  # a table's row is a line of its own: "…| 76000" over "2027年 | …" are two rows, no 760002027年
    if b.startswith(_CLOSING) or _cut_number(a, b) and _width(line) >= width * 0.8:
        return True
    # "；" parts a sentence's figures, it ends no paragraph: "…增加58家；" over "高新技术企业1.72万家。" go on
    open_end = not a.endswith(_TERMINAL) or a.endswith("；") and not _ITEM_MARK.match(b)
    return bool(width and _width(line) >= width * 0.8 and open_end
                and not _OPENS.match(b) and not is_date_line(b))


def table_rows(lines: list[str]) -> list[str]:
    """Lines of a text not read as from a PDF with a table flattened one cell per line under a 序号 header read
    back into rows, a blank or page-number line inside it skipped (one page line is too few to tell a PDF)."""
    return flattened_rows(lines, lambda t: not t or bool(_PAGE_LINE.match(t)))
