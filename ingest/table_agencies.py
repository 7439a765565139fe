"""Lead and supporting agencies from a table of tasks (任务分工表, a table of actions): its 牵头单位 and 配合单位
columns ("Lead agency", "Owner", "Supporting"), and the measures of the body that its rows name by title."""

from __future__ import annotations

import re

from ingest.agencies import split_agencies
from ingest.numbering import read_number
from ingest.text import HAN_CHAR, norm_key
from ingest.types import CELL, Agencies, Block, Clause

# The header cells of a table that assigns tasks (任务分工表): which column names the lead, which the support
# (English tables of actions name them so too: "Lead agency", "Owner", "Lead department", "Responsible body")
_BODY = r"(?:agenc(?:y|ies)|departments?|bod(?:y|ies)|organi[sz]ations?|ministr(?:y|ies)|units?|partners?)"
_LEAD_COLUMN = re.compile(rf"(?:牵头|责任|主责|主办|负责)(?:单位|部门)|(?:lead|responsible|owning) {_BODY}|owners?|"
                          rf"lead(?:s| owner)?|delivery lead", re.I)
_SUPPORT_COLUMN = re.compile(rf"(?:配合|参与|协办|协助)(?:单位|部门)|(?:supporting|partner|contributing) {_BODY}|"
                             rf"partners?|supported by|support", re.I)


def table_agencies(blocks: list[Block]) -> dict[int, Agencies]:
    """Lead and supporting agencies of each row of a table of tasks, by block index.

    A row whose header has a 牵头单位 (责任单位, lead agency...) column names its lead there and its
    supporting agencies under 配合单位 (and under 责任单位 beside a 牵头单位 column); "/" names none. A row
    with fewer cells than the header continues a task whose leftmost cells (序号, 工作事项) span several rows,
    so its cells are the header's last ones.
    The table ends at the first block that is not a row of at most the header's width.
    """
    found: dict[int, Agencies] = {}
    header: list[str] = []
    for i, block in enumerate(blocks):
        cells = block.text.split(CELL)
        labels = [c.strip() for c in cells]
        if len(cells) >= 3 and any(_LEAD_COLUMN.fullmatch(c) for c in labels):
            header = labels
            continue
        if not header or len(cells) < 2 or len(cells) > len(header):
            header = []
            continue
        row = dict(zip(header[len(header) - len(cells):], cells, strict=True))
        named = {col: (cell.strip(), split_agencies(cell)) for col, cell in row.items()
                 if _LEAD_COLUMN.fullmatch(col) or _SUPPORT_COLUMN.fullmatch(col)}
        # (a 责任单位 column beside a 牵头单位 one names those who share the work the other leads)
        sharing = {col for col in named if col.startswith("责任") and any(c.startswith("牵头") for c in named)}
        lead = [n for col, (_, names) in named.items() if _LEAD_COLUMN.fullmatch(col) and col not in sharing
                for n in names]
        supporting = [n for col, (_, names) in named.items() if _SUPPORT_COLUMN.fullmatch(col) or col in sharing
                      for n in names if n not in lead]
        if lead or supporting:
            han = any(HAN_CHAR.search(cell) for cell, _ in named.values())  # the note as its table writes
            note = ("；" if han else "; ").join(f"{col}{'：' if han else ': '}{cell}"
                                              for col, (cell, names) in named.items() if names)
            found[i] = Agencies(lead=lead, supporting=supporting, note=note)
    return found


# a measure's title after its item number (read by numbering.read_number): "1.有序扩大家庭医生来源。"
_TASK_TITLE = re.compile(r"\s*([^。；！？\n|]{4,40}?[。；]?)(?=[。；]|$|\s*\|)")


def share_task_agencies(clauses: list[Clause]) -> None:
    """Give each measure of the body the agencies of its row in the document's table of tasks.

    A 任务分工表 lists the measures again by title ("1 | 有序扩大家庭医生来源。 | … | 各区政府 | …"); the
    measure in the body ("1.有序扩大家庭医生来源。现阶段…") often has no 牵头 note of its own. A clause whose
    title is a row's title gets that row's id in `row` (the clauses have their ids by then), so that counts
    of measures count the two once, and, when it has no agencies of its own, the row's, its note naming
    the row; one with its own keeps them, and gains the row's supporting agencies it does not name.
    """
    rows: dict[str, Clause] = {}
    for c in clauses:
        if c.agencies and CELL in c.text:
            keys = [norm_key(x) for x in c.text.split(CELL) if HAN_CHAR.search(x)]
            title = next((k for k in keys if len(k) <= 40), "")
            if len(title) >= 4:
                rows.setdefault(title, c)
    if not rows:
        return
    for c in clauses:
        number = None if CELL in c.text else read_number(c.text.lstrip())
        if number is None or not (m := _TASK_TITLE.match(c.text.lstrip(), number.end)):
            continue
        row = rows.get(norm_key(m.group(1)))
        if row is not None and c.agencies:
            c.agencies.row = row.clause_id  # its own note says who; the row is the same measure
            # and the row may name more: "（工业和信息化部、国家发展改革委按职责分工负责）" over a row whose
            # 参与单位 are "国家发展改革委、中央网信办" (中央网信办 supports too)
            named = c.agencies.lead + c.agencies.supporting
            c.agencies.supporting += [n for n in row.agencies.supporting if n not in named]
        elif row is not None:
            c.agencies = Agencies(list(row.agencies.lead), list(row.agencies.supporting),
                                  f"{row.path}: {row.agencies.note}", row.clause_id)
