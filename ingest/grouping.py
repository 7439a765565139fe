"""How the outline's units group into clauses before they are cut: a short 第X条 stays whole with its items, a
lead-in keeps its list of short items (a council's members, a Markdown bullet list), and a fragment joins its
neighbour. The sizes of a clause are set here; ingest/segment.py cuts the groups into clauses."""

from __future__ import annotations

import re

from ingest.numbering import read_number
from ingest.outline import Node, Unit
from ingest.text import norm_key
from ingest.types import CELL, Document
from ingest.un_resolution import PREAMBLE, opens_preambular_paragraph

MAX_CHARS = 1500  # a clause longer than this is cut at sentence boundaries
MIN_CHARS = 15  # a fragment shorter than this joins its neighbour in the same parent
ARTICLE_MAX = 700  # a 第X条 up to this long stays one clause with its （一）（二） items


def span(doc: Document, starts: list[int], unit: Unit) -> tuple[int, int]:
    return starts[unit.first], starts[unit.last] + len(doc.blocks[unit.last].text)


def _compact_len(s: str) -> int:
    return len("".join(s.split()))


def group_articles(doc: Document, starts: list[int], units: list[Unit]) -> list[Unit]:
    """A 第X条 that is short stays one clause: its lead-in, items and paragraphs become one unit."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        art = _article_node(units[i])
        j = i + 1
        while art is not None and j < len(units) and _article_node(units[j]) is art:
            j += 1
        group = units[i:j]
        # a captioned table's rows ("…见下表。" over 表1) are clauses of their own, each cited by its row, so the
        # article's text before them is grouped without them (they had made one clause of 629 characters)
        rows = next((n for n, u in enumerate(group) if any(node.style == "table" for node in u.path)), len(group))
        if rows < len(group):
            j, group = i + max(rows, 1), group[:max(rows, 1)]
        if art is not None and len(group) > 1:
            s, e = span(doc, starts, group[0])[0], span(doc, starts, group[-1])[1]
            if _compact_len(doc.text[s:e]) <= ARTICLE_MAX:
                k = next(n for n, node in enumerate(group[0].path) if node is art)
                group = [Unit(group[0].first, group[-1].last, group[0].path[: k + 1], True)]
        out.extend(group)
        i = j
    return out


# A lead-in's list of short items is one clause with it ("(c) … shall consist of the following members:"
# then "1. the Secretary of State;" … "14. …"): each item alone is a fragment that matches little but
# its heading, and ranks above the clauses that say what the list is for.
LIST_ITEMS = 3  # at least this many items
LIST_ITEM_MAX = 120  # characters (no spaces) of the longest item
LIST_ITEM_MEAN = 60  # and of the average one
# A body's members are one list however they are spelt out ("(2) The task force consists of 19 members, as
# follows:" then "(a) Two members of the senate, one from each of the two largest caucuses, appointed by …"):
# a lead-in that says so takes items up to these lengths, as long as the whole is not cut for length (EO
# 14110's 29-member council, 1,546 characters, would be cut in two, the second part without its lead-in).
# ("members" in lower case, near the colon: no "Member States", no "consist of experts … conditions:")
_MEMBERS_LEAD = re.compile(r"\bmembers\b[^.;:]{0,40}:\s*$|成员[^。；：:]{0,20}[：:]\s*$")
MEMBER_ITEM_MAX = 160
MEMBER_ITEM_MEAN = 120


def group_short_lists(doc: Document, starts: list[int], units: list[Unit]) -> list[Unit]:
    """A numbered lead-in ending in a colon and its numbered items, none with items of its own, all short,
    become one unit (within MAX_CHARS)."""
    def run_end(i: int) -> int:
        lead, j = units[i], i + 1
        while (j < len(units) and units[j].numbered and len(units[j].path) == len(lead.path) + 1
               and all(a is b for a, b in zip(units[j].path, lead.path, strict=False))):
            j += 1
        return j

    def joins(lead: Unit, items: list[Unit], j: int) -> bool:
        nested = j < len(units) and _within(units[j], lead.path) and len(units[j].path) > len(lead.path)
        lengths = [_compact_len(doc.text[slice(*span(doc, starts, u))]) for u in items]
        s, e = span(doc, starts, lead)[0], span(doc, starts, items[-1])[1]
        members = bool(_MEMBERS_LEAD.search(doc.blocks[lead.last].text)) and e - s <= MAX_CHARS
        longest, mean = (MEMBER_ITEM_MAX, MEMBER_ITEM_MEAN) if members else (LIST_ITEM_MAX, LIST_ITEM_MEAN)
        return (lead.numbered and len(items) >= LIST_ITEMS and not nested and _ends_in_colon(doc, lead)
                and max(lengths) <= longest and sum(lengths) / len(lengths) <= mean
                and _compact_len(doc.text[s:e]) <= MAX_CHARS)

    return _join_runs(units, run_end, joins)


# An item that goes on its lead-in's sentence, ending in a semicolon ("Proposals must describe a system that:" over
# "provides at least 500 GPU-equivalents, where …;" … "supports …."), is one of its list however long: apart, a
# bullet said nothing of what it lists. Up to this length, and the whole list within MAX_CHARS.
LIST_ITEM_GOING_ON_MAX = 300
_GOES_ON = re.compile(r"(?:[;；]|;\s*(?:and|or))\s*$")


def group_bullets(doc: Document, starts: list[int], units: list[Unit]) -> list[Unit]:
    """A paragraph ending in a colon and the short unnumbered lines after it that read as its list's items
    (a Markdown bullet list: "The following groups will receive priority access:" then "UK universities",
    "startups with fewer than 50 employees"; "…report annually on:" then "energy consumption;") are one unit.
    An item reads as one when it does not end a sentence; the last may. Longer items are the list's where each
    before the last ends in a semicolon (an HTML <ul> under "… a system that:")."""
    def run_end(i: int) -> int:
        lead, j, going_on = units[i], i + 1, True  # going_on: every item so far ended in a semicolon
        while (j < len(units) and not units[j].numbered and not units[j].qa and units[j].path == lead.path
               and _gap_is_blank(doc, units[j - 1].last, units[j].first)
               and _item_fits(doc, starts, units[j], going_on)):
            end = doc.blocks[units[j].last].text.rstrip()
            going_on = going_on and bool(_GOES_ON.search(end))
            j += 1
            if end[-1:] in ".。!?！？":
                break  # the last item ends the list's sentence
        return j

    def joins(lead: Unit, items: list[Unit], j: int) -> bool:
        s, e = span(doc, starts, lead)[0], span(doc, starts, items[-1])[1]
        return (not lead.numbered and not lead.qa and len(items) >= 2 and _ends_in_colon(doc, lead)
                and _compact_len(doc.text[s:e]) <= MAX_CHARS)

    return _join_runs(units, run_end, joins)


def _item_fits(doc: Document, starts: list[int], unit: Unit, going_on: bool) -> bool:
    """Whether a unit is short enough for a list's item: short, or a longer one after items that went on the
    lead-in's sentence, itself going on or ending it."""
    size = _compact_len(doc.text[slice(*span(doc, starts, unit))])
    if size <= LIST_ITEM_MAX:
        return True
    end = doc.blocks[unit.last].text.rstrip()
    return going_on and size <= LIST_ITEM_GOING_ON_MAX and (bool(_GOES_ON.search(end)) or end.endswith("."))


def _join_runs(units: list[Unit], run_end, joins) -> list[Unit]:
    """Each unit with the run of units after it (up to run_end(i)) made one unit where joins(lead, items, end)."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        lead, j = units[i], run_end(i)
        items = units[i + 1:j]
        if items and joins(lead, items, j):
            lead.last = items[-1].last
            out.append(lead)
            i = j
            continue
        out.append(lead)
        i += 1
    return out


def _ends_in_colon(doc: Document, unit: Unit) -> bool:
    """A lead-in's end: a colon, or the dash a UK Act writes for one ("… must have regard to—")."""
    return doc.blocks[unit.last].text.rstrip().endswith((":", "：", "—"))


def _article_node(unit: Unit) -> Node | None:
    return next((n for n in unit.path if n.style == "zh-条"), None)


def _parent(unit: Unit) -> list[Node]:
    return unit.path[:-1] if unit.numbered else unit.path


def _within(unit: Unit, parent: list[Node]) -> bool:
    return len(unit.path) >= len(parent) and all(a is b for a, b in zip(unit.path, parent, strict=False))


def _gap_is_blank(doc: Document, a: int, b: int) -> bool:
    return all(not doc.blocks[k].text.strip() for k in range(a + 1, b))


def merge_fragments(doc: Document, starts: list[int], units: list[Unit]) -> list[Unit]:
    """Fragments under MIN_CHARS join the unit before them (or after them, unless a whole sentence before a
    numbered item) in the same parent, and an unnumbered paragraph ending in a comma takes the paragraph after
    it. A table's row, its header row
    ("序号 | 机构名称 | 算力类型") too, is no fragment: the header joined to row 1 was row 1's text and headed
    none of the rows."""
    out: list[Unit] = []
    carry: Unit | None = None  # a fragment waiting to be joined to the next unit
    for k, unit in enumerate(units):
        if carry is not None:
            if _within(unit, _parent(carry)) and _gap_is_blank(doc, carry.last, unit.first):
                unit.first = carry.first
            else:
                out.append(carry)
            carry = None
        prev = out[-1] if out else None
        if (prev is not None and not prev.numbered and not unit.numbered and not prev.qa and not unit.qa
                and prev.path == unit.path and _gap_is_blank(doc, prev.last, unit.first)
                and doc.blocks[prev.last].text.rstrip().endswith((",", "，"))
                and not (unit.path and unit.path[-1].style == PREAMBLE
                         and opens_preambular_paragraph(doc.blocks[unit.first].text))):
            # a paragraph that ends in a comma goes on in the next: the EU's "Having regard to …," lines
            # are one sentence (and eight one-line clauses near every short query across languages); a
            # resolution's preambular paragraphs ("Recalling …,", "Noting …,") end so by convention, each its own
            prev.last = unit.last
            continue
        s, e = span(doc, starts, unit)
        if (prev is not None and not unit.numbered and prev.path == unit.path
                and _NOTE_ONLY.fullmatch(doc.text[s:e].strip()) and _gap_is_blank(doc, prev.last, unit.first)):
            # a paragraph that is only its measure's note of who does it: "(The National Data Administration
            # shall take the lead, and … shall participate.)", "（省发展改革委牵头，省科技厅配合）"
            prev.last = unit.last
            continue
        if _compact_len(doc.text[s:e]) >= MIN_CHARS or unit.qa or unit.whole or _short_item(doc, unit, prev) \
                or CELL in doc.text[s:e]:  # a table's short row is a row of its own, its header none of them
            out.append(unit)
            continue
        prev = out[-1] if out else None
        if prev is not None and _within(prev, _parent(unit)) and _gap_is_blank(doc, prev.last, unit.first):
            prev.last = unit.last
        elif k + 1 < len(units) and _siblings(unit, units[k + 1]):
            out.append(unit)  # a list's short first item under a heading, "1.项目申报书（附件1）；": not item 2's
        elif k + 1 < len(units) and units[k + 1].numbered and _said(doc, unit):
            out.append(unit)  # "下列术语和定义适用于本文件。" says it of all the section's terms, not of 3.1's
        else:
            carry = unit
    if carry is not None:
        out.append(carry)
    return out


def _said(doc: Document, unit: Unit) -> bool:
    """Whether an unnumbered unit is a whole sentence of its own: one paragraph that ends in a full stop (a
    lead-in's colon goes on in the item after it)."""
    return not unit.numbered and unit.first == unit.last and doc.blocks[unit.first].text.rstrip().endswith(("。", "."))


def _siblings(a: Unit, b: Unit) -> bool:
    """Whether two numbered units are items of one list: the same depth, under the same parents."""
    return a.numbered and b.numbered and len(a.path) == len(b.path) and all(
        x is y for x, y in zip(a.path[:-1], b.path[:-1], strict=True))


_NOTE_ONLY = re.compile(r"[（(](?=[^（）()]*(?:\b(?:lead|responsible|participate|support)\w*\b|牵头|负责|配合|参与))"
                        r"[^（）()]{4,300}[）)][。.]?", re.I)


def _short_item(doc: Document, unit: Unit, prev: Unit | None) -> bool:
    """A short numbered item after its sibling ("2.建设语料库。" after a long "1.…"): an item of its own,
    cited by its number and led by no agency of the item before it, not a fragment of that item. A line
    with no sentence end, such as the title of an attachment in a list of them, is still a fragment: alone
    it ranked above the clauses that answer (seven queries of the 734 fell a place, one out of the top 10)."""
    if prev is None or not unit.numbered or not prev.numbered or len(prev.path) != len(unit.path):
        return False
    if not all(a is b for a, b in zip(prev.path[:-1], unit.path[:-1], strict=True)):
        return False
    text = doc.blocks[unit.last].text.strip()
    number = read_number(doc.blocks[unit.first].text.strip())
    return number is not None and text.endswith(("。", "；", ";", ".")) and len(norm_key(text)) >= 4
