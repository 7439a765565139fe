"""Parses plain text (a saved news article, a policy as .txt) into a draft Document: title, byline, blocks."""

from __future__ import annotations

import re

from ingest.audit_report import audit_cover
from ingest.budget_message import budget_message
from ingest.cover_zh import fill_cover_report, zh_cover
from ingest.fiscal_note import fiscal_note
from ingest.funding_notice import funding_notice
from ingest.gazette import gazette_notice
from ingest.hearing import read_hearing
from ingest.letterhead_zh import title_from_about
from ingest.listed_notice import listed_notice
from ingest.metadata import find_doc_number, iso_date
from ingest.nao_report import nao_cover
from ingest.org_report import org_report
from ingest.outline_headings import title_case
from ingest.pdf_notes import foot_notes
from ingest.pdf_text import is_pdf_text, read_pdf_text, running_footer, table_rows
from ingest.report_text import read_report
from ingest.review_report import review_report
from ingest.state_report import state_report
from ingest.text import norm_key, normalize_text, unwrap
from ingest.text_table import fullwidth_rows, space_rows, tab_rows
from ingest.types import Block, Document
from ingest.us_bill import read_us_bill
from ingest.wb_pad import pad_text
from ingest.wrapped_text import is_wrapped, wrapped_paragraphs
from ingest.zh_periodic_report import periodic_report

_TERMINAL = tuple(".。!！?？;；:：")

# Lines a web page leaves in a copied article: view counters, date stamps, cookie notices, share bars.
_DEBRIS_LINE = re.compile(
    r"^(?:views?|reads?|阅读(?:量|数)?|浏览(?:次数|量)?|点击(?:数|量)?)\s*[:：]?\s*\d[\d,]*$"
    r"|^[A-Z][a-z]{2}\.?\s?\d{4}\s+\d{1,2}$"  # "Jun.2024 11"
    r"|^(?:we|this (?:web)?site) uses? cookies?\b.*"
    r"|^(?:share|share this|print|tweet|email|back to top|返回顶部|打印|分享到?)\s*[:：]?$",
    re.I,
)
# A line that opens with clause numbering is body text, never a headline: 一、 （一） 第一条 1. (a)
_NUMBERED = re.compile(
    r"^(第[一二三四五六七八九十百零〇\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、)]|\([a-z]\))"
)
# the label a document sent as an annex carries over its title ("附件2" over "关于《…》的起草说明"): no title
_ANNEX_LABEL = re.compile(r"^附件\s*\d{0,2}$")
# a section's letter and its title in capitals on a line of its own, over paragraphs numbered through the
# sections, as a budget speech copied from its PDF sets them: "B. TACKLING IMMEDIATE CONCERNS" / "3. We will …"
_LETTERED_SECTION = re.compile(r"^(?P<letter>[A-Z])\.\s+[A-Z][A-Z0-9'’,&()\- ]{2,80}$")
_NUMBERED_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+\S")
# a sub-heading inside such a section, a short line in title case over its first numbered paragraph: "Harnessing AI"
_SUB_HEADING = re.compile(r"^[A-Z][\w'’,&-]*(?:\s+[\w'’,&-]+){0,7}$")
# "CEO Insights Asia Team | Monday 10 June, 2024": an author and a date on one line.
_BYLINE = re.compile(r"^(?P<author>[^|｜]{2,80}?)\s*[|｜]\s*(?P<when>[^|｜]*\d{4}[^|｜]*)$")


def join_lines(lines: list[str]) -> str:
    """Unwrap hard-wrapped lines into one paragraph: a space between words, nothing beside CJK characters."""
    return unwrap("\n".join(ln.strip() for ln in lines if ln.strip()))


def is_debris_line(line: str) -> bool:
    """True for a line of page furniture (view counter, cookie notice, share bar) rather than content."""
    return bool(_DEBRIS_LINE.match(line.strip()))


def parse_plaintext(text: str, source: str) -> Document:
    """A draft Document from plain text: the headline as title, a byline's date, one block per paragraph."""
    if bill := read_us_bill(text):  # a US congressional bill as congress.gov prints it: GPO's layout
        return bill
    if hearing := read_hearing(text):  # a congressional hearing as govinfo prints it: GPO's layout too
        return hearing
    text, gazette = gazette_notice(text)  # a Gazette of India notification: its masthead and closing, metadata
    text, pad = pad_text(text)  # a World Bank appraisal document: its cover and datasheet, metadata; its results tables
    text, budget = budget_message(text)  # a state governor's budget message: its cover, letter head, signature
    text, note = fiscal_note(text)  # a state fiscal note: its masthead, cover box and contacts, its cost tables
    text, periodic = periodic_report(text)  # a Chinese body's periodic report from PDF: its cover, running header
    text, review = review_report(text)  # a National Assembly committee's review report: its cover, parts, table
    text, listed = listed_notice(text)  # a listed company's 公告: its exchange header line, title, 报备文件
    text, state = state_report(text)  # a US state's task force report: its cover and contents list, metadata
    lines = _lines(text)
    author = when = ""
    kept: list[str] = []
    for line in lines:
        if is_debris_line(line):
            continue
        m = _BYLINE.match(line.strip())
        if m and iso_date(m.group("when")) and not when:
            author, when = m.group("author").strip(), iso_date(m.group("when"))
            continue
        kept.append(line)

    meta = {"author": author} if author else {}
    kept, footer = running_footer(kept)  # "Congressional Research Service   2" on every page
    kept, notes = foot_notes(kept)  # a page's notes under a rule: "______" over "1. The survey was conducted …"
    if notes:
        meta["footnotes"] = "\n".join(notes)
    kept, masthead = _masthead(kept, footer)
    if masthead:
        meta["letterhead"] = masthead
    at = 0
    pdf = is_pdf_text(kept)
    if pdf:
        kept, cover = zh_cover(kept)  # a 实施方案's bond series, 项目单位：… and dotted 目录 over its body
        meta.update(cover)
        paragraphs, letterhead = read_pdf_text(kept)
        if letterhead:
            meta["letterhead"] = letterhead
        # its number under the letterhead ("粤工信数字〔2025〕12号") is no title: the parser reads it as metadata
        while at < len(paragraphs) - 1 and norm_key(find_doc_number(paragraphs[at])) == norm_key(paragraphs[at]):
            at += 1
    else:
        paragraphs = _paragraphs(table_rows([ln.strip() for ln in kept]))  # "序号", "指标", …, "1", …: rows
    if len(paragraphs) > at + 2 and _ANNEX_LABEL.match(paragraphs[at]):
        meta["annex"] = paragraphs.pop(at)  # the title is under it
    title = ""
    first = paragraphs[at] if len(paragraphs) > at else ""
    if (
        len(paragraphs) > at + 1
        and len(first) <= 200
        and not first.endswith(_TERMINAL)
        and not _NUMBERED.match(first)
    ):
        title = paragraphs.pop(at)
        if pdf:  # "A局 B局" printed over "关于…的通知": who issues it, no part of its title
            title = title_from_about(title)
    doc = Document(
        doc_id="",
        title=title,
        lang="",
        blocks=[Block(p) for p in paragraphs] if pdf else _lettered_sections(paragraphs),
        issuer=footer if masthead else "",
        date_published=when,
        kind="news" if when else "",
        fmt="text",
        meta=meta,
    )
    # what a genre's reader took out, written back
    for genre in (gazette, pad, budget, periodic, note, review, listed, state):
        if genre:
            genre.fill(doc)
    fill_cover_report(doc)  # a 绩效评价报告 by its cover's facts: kind report, its 报告编号
    if funding_notice(doc):  # a US federal NOFO: its cover and contents, metadata; its sections, headings
        return doc
    org_report(doc, footer)  # "© OECD 2026" in its running footer: the organisation's report
    # a report under its author's masthead, a US state's, an audit office's whose running footer names its number,
    # or one by the Comptroller and Auditor General: its cover, headings, contents and footnotes
    if masthead or state or footer and audit_cover(doc, footer) or nao_cover(doc):
        read_report(doc)
    return doc


def _lettered_sections(paragraphs: list[str]) -> list[Block]:
    """The paragraphs as blocks, where lettered sections in capitals ("A. INTRODUCTION", "B. …", in turn) head
    numbered paragraphs: those lines headings, and a short title-case line under one over a numbered paragraph
    ("Harnessing AI" over "5. Artificial intelligence is …") a heading under it; else all paragraphs."""
    letters = [m.group("letter") for p in paragraphs if (m := _LETTERED_SECTION.match(p))]
    numbered = sum(1 for p in paragraphs if _NUMBERED_PARAGRAPH.match(p))
    if len(letters) < 2 or "".join(letters) != "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(letters)] or numbered < len(letters):
        return [Block(p) for p in paragraphs]
    blocks: list[Block] = []
    in_section = False
    for k, p in enumerate(paragraphs):
        after = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if _LETTERED_SECTION.match(p):
            blocks.append(Block(p, "heading", 1))
            in_section = True
        elif in_section and _SUB_HEADING.match(p) and title_case(p) and _NUMBERED_PARAGRAPH.match(after):
            blocks.append(Block(p, "heading", 2))
        else:
            blocks.append(Block(p))
    return blocks


def _masthead(lines: list[str], footer: str) -> tuple[list[str], str]:
    """The opening lines, up to the first blank line, when the first names who the running footer names
    ("Congressional Research Service" over its motto): the masthead of the report, not its title; the lines
    of the title under it joined."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if not footer or first is None or lines[first].strip() != footer:
        return lines, ""
    end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    masthead, rest = " / ".join(ln.strip() for ln in lines[first:end]), lines[:first] + lines[end:]
    # the title under it, however many lines it is set on
    top = next((i for i, ln in enumerate(rest) if ln.strip()), len(rest))
    stop = next((i for i in range(top, len(rest)) if not rest[i].strip()), len(rest))
    return rest[:top] + [join_lines(rest[top:stop])] + rest[stop:], masthead


def _lines(text: str) -> list[str]:
    """The text's lines, normalised, each indented paragraph's first line keeping two spaces of its indent
    (a PDF's text marks where its paragraphs start so, "　　" two full-width spaces in Chinese)."""
    raw = tab_rows(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))  # "能效等级\tPUE": a row
    raw = space_rows(raw)  # "Advanced computing     12     310" over lines laid out in the same columns: rows
    raw = fullwidth_rows(raw)  # "决策（20分）　　项目立项　　…　　4　　4.0": a PDF's row parted by full-width spaces
    return [("  " if re.match(r"(?: {2,}|\u3000+|\t)\S", ln) else "") + normalize_text(ln) for ln in raw]


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated groups; a group's lines are unwrapped only when the text looks hard-wrapped."""
    if is_wrapped(lines):  # English wrapped at one width: headings, items and short last lines keep their lines
        return wrapped_paragraphs(lines)
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    wrapped = _looks_wrapped([ln for g in groups for ln in g])
    out: list[str] = []
    for group in groups:
        if not wrapped:
            out.extend(ln.strip() for ln in group)
            continue
        # a line that opens a numbered item starts a paragraph however the lines run ("一、…（牵头单位：…）"
        # then "二、…": a line ending in its agency note is no line cut mid-sentence)
        part: list[str] = []
        for line in group:
            if part and _opens_item(line):
                out.append(join_lines(part))
                part = []
            part.append(line)
        out.append(join_lines(part))
    return out


def _opens_item(line: str) -> bool:
    line = line.strip()
    return bool(_NUMBERED.match(line)) and not re.match(r"\d+\.\d", line)  # not "1.5 million …"


def _looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: most lines run close to one width (60-100 columns) and many stop mid-sentence."""
    if len(lines) < 4:
        return False
    widths = sorted(len(ln) for ln in lines)
    width = widths[int(len(widths) * 0.9) - 1]
    if not 40 <= width <= 110:
        return False
    near = sum(1 for ln in lines if len(ln) >= width * 0.7)
    open_ended = sum(1 for ln in lines if not ln.rstrip().endswith(_TERMINAL))
    return near >= len(lines) * 0.6 and open_ended >= len(lines) * 0.4
