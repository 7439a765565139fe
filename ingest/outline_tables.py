"""A table's rows in the outline: its caption over them, its header row of column names, each row a unit cited by
its id or its place, and where the table ends. Read for the Outliner (ingest.outline), through FormReader."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.columns import labels_only
from ingest.numbering import Number, zh_to_int
from ingest.outline_stack import PARA_LEVEL, Node, OutlineStack, read_number
from ingest.outline_stack import title_like as _title_like
from ingest.types import CELL

# A table's caption, on the line before its rows: "Table 1: Summary of commitments", "Table 2.1 Milestones",
# "表1 重点任务分工", and a figure's whose data a text prints as rows ("Figure 1.2. AI compute capacity is
# concentrated…"), or one with no number, "Table: Main quantitative goals" (a page's <caption>). It heads the rows,
# cited "Table 1 > C5", "Figure 1.2 > row 3", "Table > row 2", under the section that holds the table (not under
# the paragraph before it, which says what the table sums up).
# a table's unit on a line of its own under its caption: "单位：万元", "（单位：亿元）", "Unit: million EUR"
_UNIT_LINE = re.compile(r"[（(]?(?:单位|Unit|Units)\s*[:：]\s*[^，。；,;]{1,20}[）)]?", re.I)
_CAPTION = re.compile(r"(?:(?P<kind>Table|Figure|Chart|Exhibit)(?:\s+(?P<n>\d{1,3}(?:\.\d{1,2})?|[A-Z])|(?=\s*:))"
                      r"|表\s*(?P<zh>\d{1,3}))(?!\w|\.\d)\s*[:：.．–—-]?\s*")
# A row's own id in its first cell: "C5", "R12", "1", "1.", "（一）", "(a)"
_ROW_ID = re.compile(r"([A-Z]{1,3}) ?(\d{1,3})[a-z]?|(\d{1,3})[.．]?"
                     r"|[（(]([一二三四五六七八九十]{1,3}|\d{1,3}|[a-z])[）)]")
# A table's row of totals, under rows with ids ("1 | 科学技术支出 | 32.6 | 36.0" … "合计 | 187.0 | 199.0"): a row of
# its own, cited by its name ("表1 > 合计"), not the last row's going on
_TOTAL_ROW = re.compile(r"合计|总计|小计|共计|(?:Sub-?|Grand\s+)?Totals?", re.I)
# A table's note under its rows: "注：增长速度按可比价格计算。", "备注：…"
_TABLE_NOTE = re.compile(r"^(?:注|备注|附注)\s*\d{0,2}\s*[:：]\s*\S")


@dataclass
class TableReader(OutlineStack):
    """Readers of a table's rows and caption, over the outline stack."""

    table_rows: int = field(default=0, kw_only=True)  # the rows of content read under the open table caption
    table_ids: bool = field(default=False, kw_only=True)  # whether its first row had an id ("C1")
    caption_lines: set[int] = field(default_factory=set, kw_only=True)  # the blocks a caption took as its subtitle

    def _row(self, i: int, text: str) -> None:
        """A numbered row (in its first or second cell) starts a unit; the rows after it continue it. Under a
        header of two or more rows, each row is a unit of its own, its first cell no number."""
        if any(n.style == "table" for n in self.stack):
            self._table_row(i, text)
            return
        if self._header_row(i, text):
            self._close()
            self.stack.append(Node("", "", "columns", None, PARA_LEVEL, heading=text, is_heading=True, first=i,
                                   last=i))
            return
        if self.stack and self.stack[-1].style == "columns":
            self._start(i, numbered=False)  # "1 | 0 | 0 | 1", "6.属于过程性信息 | 2 | 1": figures, no item
            return
        value = None
        for k, cell in enumerate(text.split(CELL)[:2]):
            cell = cell.strip()
            num = read_number(cell)
            if re.fullmatch(r"\d{1,3}", cell) or num is not None and num.style == "arabic":
                value = int(cell) if cell.isdigit() else num.value
                if k == 1 and not self._next_row(value):
                    value = None  # a value in the second column ("智能制造示范工厂（家） | 120 | 180"), no number
                break
        if value is not None:
            self._close()
            self._push(Number("row", value, str(value), str(value), 0))
            self._start(i, numbered=True)
        elif self.cur is not None and self.cur.numbered and self.cur.path[-1].style == "row":
            first = text.split(CELL)[0].strip()
            if _TOTAL_ROW.fullmatch(first):  # "合计 | — | — | 78000": the numbered rows' total, a row of its own
                self._close()
                self._push(Number("row", 0, first, "subtotal" if first.startswith("小计") else "total", 0))
                self._start(i, numbered=True)
            else:
                self.cur.last = i
        else:
            self._start(i, numbered=False)

    def _caption(self, i: int, text: str) -> bool:
        """Whether text is a table's caption before its rows, read: it heads them, under the section."""
        m = _CAPTION.match(text)
        rest = text[m.end():].rstrip(".") if m is not None else ""
        if m is None or rest and not _title_like(rest, 150):
            return False
        if m.group("n") and rest and not rest[0].isupper() and not re.search(r"[:：.．–—-]\s*$", text[:m.end()]):
            return False  # "Table 1 sets out who leads …": a sentence about the table
        subtitle = self._subtitle(i)
        nxt = self._next_block(subtitle if subtitle is not None else i)
        if nxt is None or CELL not in nxt[1].text:
            return False
        self._pop_items()
        self._past_box(i)
        if self.blocks[i].kind == "heading":  # a caption set as a heading, "<h2>Table 3.1</h2>" after section
            while self.stack and self.stack[-1].level >= self.blocks[i].level:  # 3.4's: a heading of its rank
                self.stack.pop()  # closes it, as any other heading would
        kind = m.group("kind")
        label = (f"{kind} {m.group('n')}" if m.group("n") else kind) if kind else f"表{m.group('zh')}"
        slug = (kind or "table").lower() + (m.group("n") or m.group("zh") or "").lower().replace(".", "-")
        heading = text if subtitle is None else f"{text} {self.blocks[subtitle].text.strip()}"
        node = Node(label, slug, "table", None, PARA_LEVEL, heading=heading, is_heading=True)
        self.stack.append(node)
        self._para_head(node, i)
        if subtitle is not None:
            node.last = subtitle
            self.caption_lines.add(subtitle)
        self.table_rows, self.table_ids = 0, False
        return True

    def _subtitle(self, i: int) -> int | None:
        """The line between a caption and its rows that goes on its title, where there is one: "AIRR funding
        allocated, 2023-24 to 2029-30" under "Figure 1", "Share of AI-specific compute capacity of OECD Members,
        2025 (%)" under the figure's title (it was a clause of its own, and a bare "Figure 1" ended the paragraph
        before it), or the unit its figures are in ("表1 项目投资估算表" over "单位：万元")."""
        nxt = self._next_block(i)
        if nxt is None or CELL in nxt[1].text or not (_title_like(nxt[1].text.strip(), 150)
                                                      or _UNIT_LINE.fullmatch(nxt[1].text.strip())):
            return None
        after = self._next_block(nxt[0])
        return nxt[0] if after is not None and CELL in after[1].text else None

    def _past_box(self, i: int) -> None:
        """Close the box (专栏) whose items a table's caption follows: a plan numbers its tables apart from its
        boxes, and 表5 after 专栏2's projects is the section's (a table a box holds is its only content, right
        under its title, or has no caption of its own)."""
        k = len(self.stack)
        while k and self.stack[k - 1].rank is None and self.stack[k - 1].style not in ("box", "heading"):
            k -= 1
        if k and self.stack[k - 1].style == "box" and self._previous_block(i) != self.stack[k - 1].first:
            del self.stack[k - 1:]

    def _table_note(self, i: int, text: str) -> bool:
        """Whether text is the note under a table's rows ("注：增长速度按可比价格计算。"), read: a unit of its own,
        cited "表1 > 注" and joined to no row (too short for a clause, it went on the last row's text). Under rows
        with no caption it is what holds them's: "附件1 > 注", not row 20's going on."""
        prev = self._previous_block(i)
        if not _TABLE_NOTE.match(text) or prev is None or CELL not in self.blocks[prev].text:
            return False
        table = next((k + 1 for k, n in enumerate(self.stack) if n.style == "table"), None)
        if table is None:
            table = next((k for k, n in enumerate(self.stack) if n.style in ("row", "columns")), None)
        if table is None:
            return False
        self._close()
        del self.stack[table:]
        self.stack.append(Node("注", "note", "note", None, PARA_LEVEL))
        self._start(i, numbered=True)
        self.cur.whole = True
        self.stack.pop()
        return True

    def _header_row(self, i: int, text: str) -> bool:
        """Whether the row at i is a row of a table's header of two or more rows of short labels over its rows of
        figures ("行政复议 | 行政诉讼" over "结果维持 | 结果纠正 | … | 总计" over "1 | 0 | 0 | …", an annual report's
        template): the first of them, where a table starts, or the next after one."""
        if not _label_row(text):
            return False
        top = self.stack[-1] if self.stack else None
        prev = self._previous_block(i)
        if top is not None and top.style == "columns" and prev == top.last:
            top.last = i
            return True
        if prev is not None and CELL in self.blocks[prev].text:
            return False  # within a table's rows, not at its top
        rows, k = 0, i
        while (nxt := self._next_block(k)) is not None and CELL in nxt[1].text and _label_row(nxt[1].text):
            rows, k = rows + 1, nxt[0]
        nxt = self._next_block(k)
        return rows >= 1 and nxt is not None and CELL in nxt[1].text and bool(re.search(r"\d", nxt[1].text))

    def _previous_block(self, i: int) -> int | None:
        return next((k for k in range(i - 1, -1, -1) if self.blocks[k].text.strip()), None)

    def _end_table(self, text: str) -> None:
        """A paragraph after a table's rows, captioned or not, is the section's again (a procurement notice's
        "合同履行期限：…" and "本项目不接受联合体投标。" after its table of lots are no part of the last lot); within
        an article, whose paragraphs go on its text, one after rows with no caption stays with them."""
        table = next((k for k, n in enumerate(self.stack) if n.style == "table"
                      or n.style == "row" and not any(m.rank is not None for m in self.stack[:k])), None)
        if table is not None and CELL not in text:
            self._close()
            del self.stack[table:]
        header = next((k for k, n in enumerate(self.stack) if n.style == "columns"), None)
        if header is not None and CELL not in text:  # a table's header heads its rows only, within an article too
            self._close()
            del self.stack[header:]
        caption = next((k for k, n in enumerate(self.stack) if n.style == "pseudo" and self._over_rows(n)), None)
        if caption is not None and CELL not in text:  # "Payment ($m)" over its rows: it heads them, not the prose
            self._close()
            del self.stack[caption:]
            holder = self.stack[-1] if self.stack else self._root
            holder.paras = max(holder.paras, self._root.paras)  # the rows' ¶ went by the root's count: go on after

    def _over_rows(self, node: Node) -> bool:
        """Whether a sub-heading (a short line read as one) stands right over a table's rows: their caption."""
        nxt = self._next_block(node.last) if node.last >= 0 else None
        return nxt is not None and CELL in nxt[1].text

    def _table_row(self, i: int, text: str) -> None:
        """A row under a caption is a unit of its own, cited by its id ("Table 1 > C5") or, where the rows have
        none, by its place ("Table 1 > row 3"); the header row heads them and is none of them."""
        first = text.split(CELL)[0].strip()
        row_id = _ROW_ID.fullmatch(first)
        if not self.table_rows and (labels_only(text) or self._column_names(i, text)):
            self._close()
            self._pop_to_table()
            self.stack.append(Node("", "", "columns", None, PARA_LEVEL, heading=text, is_heading=True))
            return
        total = _TOTAL_ROW.fullmatch(first)
        if self.table_ids and row_id is None and not total and self.cur is not None and \
                self.cur.path[-1].style == "row":
            self.cur.last = i  # a row that goes on the one above (a cell spanning rows)
            return
        self.table_rows += 1
        self.table_ids = self.table_ids or self.table_rows == 1 and row_id is not None
        if self.table_ids and total:
            slug = "subtotal" if re.match(r"小计|sub", first, re.I) else "total"
            num = Number("row", self.table_rows, first, slug, 0)
        elif self.table_ids and row_id is not None:
            label = first.rstrip(".．")
            digits = row_id.group(2) or row_id.group(3) or row_id.group(4)
            value = ord(digits) - 96 if re.fullmatch("[a-z]", digits) else zh_to_int(digits)
            slug = re.sub(r"[^0-9a-z]+", "", label.lower()) or str(value)
            num = Number("row", value, label, slug, 0)
        else:
            num = Number("row", self.table_rows, f"row {self.table_rows}", f"row{self.table_rows}", 0)
        self._close()
        self._pop_to_table()
        self.stack.append(Node(num.label, num.slug, "row", None, PARA_LEVEL, num.value))
        self._start(i, numbered=True)

    def _pop_to_table(self) -> None:
        """Back to the open table, its header row kept."""
        k = next(k for k, n in enumerate(self.stack) if n.style == "table") + 1
        del self.stack[k + (k < len(self.stack) and self.stack[k].style == "columns"):]

    def _column_names(self, i: int, text: str) -> bool:
        """Whether the row at i names columns over rows of figures: "能效等级 | PUE | 算力能效（TFLOPS/W）" over "一级 |
        ≤1.20 | ≥1.5" (short names, no figure but in brackets, no sentence)."""
        nxt = self._next_block(i)
        if nxt is None or CELL not in nxt[1].text or not re.search(r"\d", nxt[1].text):
            return False
        names = [re.sub(r"[（(][^（）()]*[)）]", "", cell).strip() for cell in text.split(CELL)]
        return all(0 < len(name) <= 20 and not re.search(r"[\d。；;！？!?]", name) for name in names)

    def _next_row(self, value: int) -> bool:
        """Whether value numbers the next row of a table: the first, or the one after the open row's."""
        row = next((n for n in reversed(self.stack) if n.style == "row"), None)
        return value == 1 or row is not None and row.value == value - 1


def _label_row(text: str) -> bool:
    """A header's row: short labels, no figure and no sentence, a note in brackets aside ("（本列数据的勾稽关系为：
    第一项加第二项之和，…） | 申请人情况", "自然人 | 法人或其他组织 | 总计"); an empty cell under a spanning one."""
    names = [re.sub(r"[（(][^（）()]*[)）]", "", cell).strip() for cell in text.split(CELL)]
    return any(names) and all(len(name) <= 20 and not re.search(r"[\d。；;！？!?]", name) for name in names)
