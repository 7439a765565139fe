"""Cut a Document into the clauses people cite: measures, articles, paragraphs, points, recitals, Q&As.

Path convention: the numbering labels of the clause's ancestors and itself as written, outermost
first, joined by " > ": "二 > （一） > 1", "第二章 > 第十二条", "CHAPTER II > Article 5 > 1 > (e)",
"Recitals > (12)", "Sec. 4 > 4.2 > (b) > (i)". Headings without numbering give their (shortened) text;
an unnumbered paragraph under such a heading or at top level gets "¶N"; a Q&A gets its number or
"QN"; parts of a clause cut for length end in " [k]".
"""

from __future__ import annotations

import hashlib
import logging
import re

from ingest.agencies import (
    FIRST_LEADS,
    document_places,
    parse_agency_note,
    place_agencies,
    share_subject_agencies,
)
from ingest.agency_sharing_en import share_english_agencies, spell_out_agencies
from ingest.clause_lang import clause_lang
from ingest.columns import labels_only as _labels_only
from ingest.columns import unit_over
from ingest.compilation import segment_parts
from ingest.grouping import (
    MAX_CHARS,
    MIN_CHARS,
    group_articles,
    group_bullets,
    group_short_lists,
    merge_fragments,
    span,
)
from ingest.kinds import is_delivered, is_government_release, is_speech
from ingest.leads import list_leads
from ingest.numbering import read_number
from ingest.outline import Outliner, Unit
from ingest.simplified import AsWritten, reading_copy
from ingest.table_agencies import share_task_agencies, table_agencies
from ingest.table_agencies_en import english_table_agencies
from ingest.types import CELL, Agencies, Clause, Document
from ingest.un_agencies import resolution_agencies

log = logging.getLogger(__name__)

# News and press articles are cited claim by claim: their prose paragraphs are cut into sentences,
# a sentence shorter than this staying with the next one.
NEWS_SENTENCE_MIN = 80

_SENTENCE_END = re.compile(r"[。；！？]|[.;!?](?=\s)|\n")
# where a news story's sentence ends: not at a semicolon, which goes on with the same sentence ("…3,00,000 GPUs
# under the Mission; no such decision has been taken.")
_NEWS_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s)|\n")
_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")
# The trailing lead-agency note of a measure: （X牵头，Y配合）, （责任单位：X）; one level of inner brackets.
_INNER = r"(?:[^（）()\n]|[（(][^（）()\n]*[）)])"
_ROLE = "牵头|配合|负责|责任单位|参与|协办|主办|主管"
_NOTE_AT_END = re.compile(rf"[（(]({_INNER}*?(?:{_ROLE}){_INNER}*)[）)][。.；;]?\s*$")
_AGENCY_END = r"(?:[厅局委办部院署会府行室处队司所站]|中心|公司|集团)"  # how an agency's name ends
_AGENCY_NAME = re.compile(rf"(?:{_AGENCY_END}|单位)$|^[省市区县各]")
_WHOLE_NAME = re.compile(rf"{_AGENCY_END}$|^各[区市县][^，,。]{{0,4}}$")
# the same as a line of its own, as Shanghai and Beijing write it: "责任单位：市经济信息化委、市科委"
_NOTE_LINE = re.compile(r"^(?:责任|负责|牵头|主责|配合)(?:单位|部门)[:：][^\n]{2,160}$")
# or as the last sentence of the measure's paragraph: "…给予最高3000万元补助。责任单位：市工业和信息化局。"
_NOTE_TAIL = re.compile(r"(?<=[。；;！？!?])\s*(?=(?:责任|负责|牵头|主责|配合)(?:单位|部门)[:：])")


def segment(doc: Document) -> list[Clause]:
    """Clauses of doc in document order, each with a stable id, its outline path, heading and offsets.

    A traditional Chinese document is read through its simplified copy (ingest/simplified.py): its
    numbering (第五條), agency notes (（負責部門：…）) and the subjects of its sentences; its clauses say what
    it says as written (text, headings, path), its agencies' names in simplified characters, as the
    filter and the other documents name them.
    """
    if (parts := segment_parts(doc, segment)) is not None:  # a 政策汇编: each policy a part of its own
        return parts
    reading = reading_copy(doc)
    written: list[tuple[Clause, str]] = []  # each clause of a traditional document with its text as written
    clauses = _segment(reading, doc.text if reading is not doc else "", written)
    if reading is not doc:
        _as_written(written, reading, doc)
    return clauses


def _segment(doc: Document, original: str, written: list[tuple[Clause, str]]) -> list[Clause]:
    starts: list[int] = []
    pos = 0
    for b in doc.blocks:
        starts.append(pos)
        pos += len(b.text) + 1
    outliner = Outliner(doc.blocks, doc.title, delivered=is_delivered(doc))
    units = outliner.run()
    # a blank form's rows of field names (an HTML 申请表's "企业名称 | 统一社会信用代码") are no clause, whatever
    # their words; the outline read them, so its annex and its other rows keep their places and ids
    units = [u for u in units if any(b.kind != "field" and b.text.strip() for b in doc.blocks[u.first:u.last + 1])]
    units = group_articles(doc, starts, units)
    units = group_short_lists(doc, starts, units)
    units = group_bullets(doc, starts, units)
    units = merge_fragments(doc, starts, units)
    clauses: list[Clause] = []
    text = doc.text
    # an English table's "Ministry responsible" column too, where the table of tasks reader finds no lead column
    in_tables = {**english_table_agencies(doc.blocks), **table_agencies(doc.blocks)}
    first_leads = bool(FIRST_LEADS.search(text))  # a document's rule: "列第一位者为牵头单位"
    for unit in units:
        clauses.extend(_clauses_of(doc, text, starts, unit, outliner.title, in_tables, first_leads,
                                   original, written))
    _assign_ids(doc, clauses)
    units = _share_columns(clauses)
    # after the ids: no other id moves (a header row under its unit gave both to its rows)
    clauses = [c for c in clauses if not _labels_only(c.text) and c.clause_id not in units]
    # 市发展改革委 in Shenzhen's measures is Shenzhen's; a plan with no issuer is its cover's 项目单位's ("项目单位：
    # 南昌市数据局" places the 市财政局 of a bond plan whose title says only 南昌; not its 编制单位, a consultancy)
    places = document_places(doc.issuer or str(doc.meta.get("项目单位", "")), doc.title)
    for c in clauses:
        if c.agencies:
            c.agencies = place_agencies(c.agencies, places)
    share_task_agencies(clauses)
    if doc.lang != "en":  # "省工业和信息化厅会同省发展改革委加强…" where no note says who
        share_subject_agencies(clauses, places, doc.issuer, doc.title)
    if doc.lang == "en":  # "The Secretary of Labor, in consultation with …, shall:" and the items it leads
        # (a project document's list of abbreviations, read into meta, names its offices too: "MICDE = Ministry of …")
        names = "\n".join([doc.text, str(doc.meta.get("abbreviations", ""))])
        defined = share_english_agencies(clauses, list_leads(clauses), names, doc.issuer)
        resolution_agencies(doc, clauses)  # "Invites the International Telecommunication Union, …, to develop"
        spell_out_agencies(clauses, defined)
    for i, c in enumerate(clauses):
        c.ordinal = i
    log.debug("segmented %s into %d clauses", doc.doc_id, len(clauses))
    return clauses


# a header row that opens with the column of row numbers, its other names short and without figures
# ("序号 | 地区（单位） | 智能算力中心奖补 | … | 合计"), however few of them are the usual names of columns
_NUMBERED_HEADER = re.compile(rf"序号(?:{re.escape(CELL)}[^\d。；;！？!?|]{{1,14}}){{2,}}")


def _share_columns(clauses: list[Clause]) -> set[str]:
    """A table's header row heads its rows: "序号 | 指标名称 | 单位 | 2025年 | 2027年" says what each of
    "1 | 数字经济核心产业增加值 | 亿元 | 6900 | 8000" is, for a reader and for the targets a row sets. The ids
    of the clauses that are only a unit over a header row ("单位：万元" over "序号 | 地区（单位） | …"), whose
    rows were given both, before the header (tag reads the last heading as the columns)."""
    header, unit, spent = "", "", set()
    for c in clauses:
        last = c.text.strip().splitlines()[-1] if c.text.strip() else ""
        if CELL in last and (_labels_only(last) or _NUMBERED_HEADER.fullmatch(last.strip())):
            # the header row, alone or after its table's heading (or its unit, "单位：万元")
            header = last.strip()
            unit = unit_over(c.text, header)
            if unit:
                spent.add(c.clause_id)
        elif CELL not in c.text or any(CELL in h for h in c.headings):
            header = ""  # prose, or a captioned table whose header row the outline gave its rows
        elif header and header not in c.headings:
            c.headings = [*c.headings, *([unit] if unit else []), header]
    return spent


_PART = re.compile(r"(.*?)((?: \[\d+\])?)$", re.S)


def _as_written(written: list[tuple[Clause, str]], reading: Document, doc: Document) -> None:
    """Give the clauses of a document read through its simplified copy their words as written: the text,
    and the headings, path labels and note found in the copy (a label put together, "专栏1" of no 專欄1, or
    shortened stays as read)."""
    original = AsWritten(f"{reading.text}\n{reading.title}", f"{doc.text}\n{doc.title}")
    for c, text in written:
        c.text = text
        c.heading = original(c.heading, before=c.end)
        c.headings = [original(h, before=c.end) for h in c.headings]
        path, part = _PART.match(c.path).groups()  # "第十条 [2]": the second part of a long article
        c.path = " > ".join(original(label, before=c.end) for label in path.split(" > ")) + part
        c.agencies.note = original(c.agencies.note, after=c.start)


def _cut_points(text: str, start: int, end: int) -> list[int]:
    """Offsets where [start, end) is cut so that no part is over MAX_CHARS, parts of similar length."""
    cuts: list[int] = []
    pos = start
    while end - pos > MAX_CHARS:
        n_parts = -(-(end - pos) // MAX_CHARS)
        want = pos + (end - pos) // n_parts
        limit = pos + MAX_CHARS
        bounds = [m.end() for m in _SENTENCE_END.finditer(text, pos + MIN_CHARS, limit)]
        if bounds:
            cut = min(bounds, key=lambda b: (abs(b - want), -b))
        else:  # no sentence end: a comma or a space, else a hard cut
            soft = [m.end() for m in re.finditer(r"[，,、 ]", text[pos + MIN_CHARS:limit])]
            cut = pos + MIN_CHARS + soft[-1] if soft else limit
        cuts.append(cut)
        pos = cut
    return cuts


def _sentence_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets that cut [start, end) into sentences of at least NEWS_SENTENCE_MIN characters."""
    cuts, last = [], start
    for m in _NEWS_SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        if cut - last >= NEWS_SENTENCE_MIN and end - cut >= MIN_CHARS:
            cuts.append(cut)
            last = cut
    return cuts


def _clauses_of(doc: Document, text: str, starts: list[int], unit: Unit, title: str,
                in_tables: dict[int, Agencies], first_leads: bool = False, original: str = "",
                written: list[tuple[Clause, str]] | None = None) -> list[Clause]:
    """The clauses of one unit (cut for length, or by sentence for news), less their agency notes. original:
    the text as written of a document read through its simplified copy (doc), each clause going to written
    with its own words."""
    start, end = span(doc, starts, unit)
    removed: list[tuple[int, int]] = []
    notes: list[Agencies] = []
    for k in range(unit.first, unit.last + 1):
        found = _find_note(doc.blocks[k].text)
        if found:
            removed.append((starts[k] + found[0], starts[k] + len(doc.blocks[k].text)))
            agencies = found[1]
            if first_leads and not agencies.supporting and len(agencies.lead) > 1 and "牵头" not in agencies.note:
                # "各项任务列第一位者为牵头单位": 责任单位：A、B names A to lead, B to support
                agencies = Agencies(agencies.lead[:1], agencies.lead[1:], agencies.note)
            notes.append(agencies)
        elif k in in_tables:  # a row of a table of tasks: its columns name the agencies, and stay in the text
            notes.append(in_tables[k])
    agencies = _join_agencies(notes)
    if doc.kind == "news" and not unit.numbered and not _lead_with_list(doc, unit) and not is_speech(doc.title) \
            and not is_government_release(doc):
        cuts = _sentence_cuts(text, start, end)
    else:
        cuts = _cut_points(text, start, end)
    bounds = [start, *cuts, end]
    pieces = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        cut_s, cut_e, piece = _piece(text, s, e, removed)
        if piece and not _bare_number(piece):  # the copy's offsets and spans are the original's
            pieces.append((cut_s, cut_e, piece, _piece(original, s, e, removed)[2] if original else piece))
    path = unit.path_text()
    heading = unit.heading() or title
    out = []
    for k, (s, e, piece, as_written) in enumerate(pieces, 1):
        p = f"{path} [{k}]" if len(pieces) > 1 else path
        slug = unit.slug() + (f"-pt{k}" if len(pieces) > 1 else "")
        out.append(Clause(clause_id=slug, doc_id=doc.doc_id, path=p, heading=heading, text=piece,
                          start=s, end=e, lang=clause_lang(piece, doc.lang), headings=unit.headings(),
                          agencies=Agencies(list(agencies.lead), list(agencies.supporting), agencies.note)))
        if written is not None:
            written.append((out[-1], as_written))
    return out


def _lead_with_list(doc: Document, unit: Unit) -> bool:
    """Whether a unit is a lead-in ending in a colon with the list of short items grouped under it (a press
    release's "Under it, the Joint Undertaking will:" over its bullets): one clause, as in any document, its
    items no sentences of a story to cut apart ("¶1 [2]" was a bullet)."""
    return unit.first < unit.last and doc.blocks[unit.first].text.rstrip().endswith((":", "："))


def _piece(text: str, s: int, e: int, removed: list[tuple[int, int]]) -> tuple[int, int, str]:
    """The text of [s, e) less the removed spans, stripped, with offsets narrowed to what is left."""
    parts, pos = [], s
    for rs, re_ in removed:
        if re_ <= s or rs >= e:
            continue
        parts.append(text[pos:max(rs, pos)])
        pos = min(re_, e)
    parts.append(text[pos:e])
    piece = "".join(parts)
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip()
    s += lead
    while e > s and (text[e - 1].isspace() or any(rs <= e - 1 < re_ for rs, re_ in removed)):
        e -= 1
    return s, e, stripped


def _find_note(text: str) -> tuple[int, Agencies] | None:
    """Where a trailing agency note starts in text, and who it names; None when text ends in none."""
    m = _NOTE_AT_END.search(text)
    if m:
        if len(m.group(1)) > 160:
            return None
        agencies = parse_agency_note(text[m.start():].rstrip())
        names = agencies.lead + agencies.supporting
        return (m.start(), agencies) if names and any(_AGENCY_NAME.search(n) for n in names) else None
    # a line of its own names agencies and nothing else ("责任单位：各区要落实…" is a sentence)
    if _NOTE_LINE.match(text.strip()):
        return _named(len(text) - len(text.lstrip()), text.strip())
    # and so do the sentences that end a paragraph, each of them labelled: "…补助。责任单位：市工业和信息化局。"
    for m in _NOTE_TAIL.finditer(text):
        note = text[m.start():].strip()
        if all(_NOTE_LINE.match(s) for s in re.findall(r"[^。！？!?]+[。！？!?]?", note)):
            return _named(m.start(), note)
    return None


def _named(start: int, note: str) -> tuple[int, Agencies] | None:
    agencies = parse_agency_note(note)
    names = agencies.lead + agencies.supporting
    return (start, agencies) if names and all(_WHOLE_NAME.search(n) for n in names) else None


def _bare_number(piece: str) -> bool:
    num = read_number(piece, heading=True)
    return num is not None and not piece[num.end:].strip()


def _join_agencies(notes: list[Agencies]) -> Agencies:
    if not notes:
        return Agencies()
    lead = list(dict.fromkeys(n for a in notes for n in a.lead))
    # an agency that leads one of the clause's parts leads the clause, whatever it supports elsewhere
    supporting = list(dict.fromkeys(n for a in notes for n in a.supporting if n not in lead))
    note = "；".join(a.note for a in notes)
    return Agencies(lead, supporting, note)


def _assign_ids(doc: Document, clauses: list[Clause]) -> None:
    """Ids `{doc_id}-{path slug}`; a repeated slug gets a short hash of its text (then a counter) after it, a clause
    with no path one in its place: no id is its document's or another clause's."""
    base = _UNSAFE.sub("-", doc.doc_id).strip("-") or "doc"
    counts: dict[str, int] = {}
    for c in clauses:
        counts[c.clause_id] = counts.get(c.clause_id, 0) + 1
    seen: set[str] = {doc.doc_id, base}  # no clause answers for its document
    for c in clauses:
        # a unit with no path (a heading over nothing but headings, with no number) has no slug: its text's hash
        cid = f"{base}-{c.clause_id or hashlib.sha1(c.text.encode('utf-8')).hexdigest()[:6]}"
        if counts[c.clause_id] > 1 and cid in seen:  # the first keeps the plain id
            cid += "-" + hashlib.sha1(c.text.encode("utf-8")).hexdigest()[:6]
        n, unique = 2, cid
        while unique in seen:
            unique, n = f"{cid}-{n}", n + 1
        seen.add(unique)
        c.clause_id = unique
