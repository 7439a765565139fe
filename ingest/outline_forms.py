"""The paragraphs whose numbering has a form of its own: a table's rows, a UK paper's "3.1", a UK Act's
sections, a plan's boxes (专栏), a notice's list of attachments. Read for the Outliner (ingest.outline), which
holds the units they start or go on (cur, _start, _close, _para_head)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.numbering import RANK_ARTICLE, Number, zh_to_int
from ingest.outline_stack import HEADS as _HEADS
from ingest.outline_stack import PARA_LEVEL, Node, OutlineStack, read_number
from ingest.outline_stack import title_like as _title_like
from ingest.types import CELL

# A UK paper numbers the paragraphs of its section "3." as "3.1 AI Growth Zones are …", with no dot after.
_DECIMAL_PARA = re.compile(r"(\d{1,2})\.(\d{1,2})\s+(?=[A-Z])")
# A Chinese plan sets boxes (专栏) of projects or goals beside its measures, each with its number and title:
# "专栏1 芯粒与先进封装攻坚工程", "专栏一：重点工程". A box's paragraphs are its own, not the measure's above it.
_BOX = re.compile(r"专栏\s*([0-9一二三四五六七八九十]{1,3})(?![0-9一二三四五六七八九十])[\s：:、.．]*")
# A UK Act heads each section with its number and title on a line of their own, "2 Operation by UK Research
# and Innovation", over its subsections (1), (2) or its text; it is cited "section 2(2)", its path "s.2 > (2)".
_UK_SECTION = re.compile(r"(\d{1,3})([A-Z]{0,2})\s+(?=[A-Z])")


@dataclass
class FormReader(OutlineStack):
    """Readers of the numbered forms of paragraphs, over the outline stack."""

    uk_section: int = field(default=0, kw_only=True)  # the number of the last UK Act section read
    # in a list of attachments (附件：1.… 2.…), the number of the last read
    attachments: int | None = field(default=None, kw_only=True)

    def _decimal_para(self, text: str) -> Number | None:
        """"3.1 AI Growth Zones are …" under the section numbered 3: its paragraph 3.1, an item of it."""
        m = _DECIMAL_PARA.match(text)
        if m is None or not any(n.style in ("arabic", "sec") and n.value == int(m.group(1)) for n in self.stack):
            return None
        label = f"{m.group(1)}.{m.group(2)}"
        return Number("decimal-para", int(m.group(2)), label, label, m.end())

    def _uk_section(self, i: int, text: str) -> Number | None:
        """"2 Operation by UK Research and Innovation" over its text: a UK Act's section, where its first
        subsection "(1)" follows or it goes on the sequence of the sections before it. A title that another
        follows ("1 …" then "2 …", a list of contents) heads nothing."""
        m = _UK_SECTION.match(text)
        if m is None or not _title_like(text[m.end():], 100) or text.endswith(","):
            return None
        nxt = self._next_block(i)
        if nxt is None or nxt[1].kind in _HEADS:
            return None
        follows = nxt[1].text.strip()
        title = _UK_SECTION.match(follows)
        if title is not None and _title_like(follows[title.end():], 100):
            return None
        value = int(m.group(1))
        if not follows.startswith("(1)") and value != self.uk_section + 1:
            return None
        self.uk_section = value
        label = f"{m.group(1)}{m.group(2)}"
        return Number("uk-sec", value, f"s.{label}", f"s{label.lower()}", m.end(), RANK_ARTICLE)

    def _box(self, i: int, text: str) -> bool:
        """Whether text is a 专栏's title, read: it stands beside the measures, out of the item it follows (and
        the box before it), under the part that holds them; it heads its paragraphs, "… > 专栏1 > ¶1"."""
        m = _BOX.match(text)
        if m is None or not (m.end() == len(text) or _title_like(text[m.end():], 40)):
            return False
        self._close()
        while self.stack and self.stack[-1].rank is None and \
                (not self.stack[-1].is_heading or self.stack[-1].style == "box"):
            self.stack.pop()
        value = zh_to_int(m.group(1))
        node = Node(f"专栏{m.group(1)}", f"box{value}", "box", None, PARA_LEVEL, value, heading=text,
                    is_heading=True)
        self.stack.append(node)
        self._para_head(node, i)
        return True

    def _row(self, i: int, text: str) -> None:
        """A numbered row (in its first or second cell) starts a unit; the rows after it continue it."""
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
            self.cur.last = i
        else:
            self._start(i, numbered=False)

    def _next_row(self, value: int) -> bool:
        """Whether value numbers the next row of a table: the first, or the one after the open row's."""
        row = next((n for n in reversed(self.stack) if n.style == "row"), None)
        return value == 1 or row is not None and row.value == value - 1

    def _attachments(self, i: int, body: str) -> bool:
        """Whether "附件：" opens the list of a notice's attachments, "附件：1.…申请表" then "2.…名单" (or "1." on
        the next line): one clause, the list, cited "附件"; its items are no attachments ("附件 > 2" read as
        attachment 2, which is "附件2")."""
        nxt = self._next_block(i)
        if body:
            first = read_number(body)
        else:
            first = read_number(nxt[1].text.strip()) if nxt is not None and nxt[1].kind not in _HEADS else None
        if first is None or first.style != "arabic" or first.value != 1:
            return False
        self._start(i, numbered=True)
        self.attachments = 1 if body else 0
        return True

    def _next_attachment(self, text: str) -> bool:
        """Whether text is the next title of the list of attachments being read ("2.首批算力服务机构名单")."""
        if self.attachments is None:
            return False
        num = read_number(text)
        if num is None or num.style != "arabic" or num.value != self.attachments + 1:
            return False
        self.attachments = num.value
        return True
