"""The paragraphs whose numbering has a form of its own: a list's title, a UK paper's "3.1", a UK Act's sections,
a plan's boxes (专栏), a notice's list of attachments (a table's rows and caption: ingest.outline_tables). Read for
the Outliner (ingest.outline), which holds the units they start or go on (cur, _start, _close, _para_head)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ingest.guide_outline import decimal_title
from ingest.numbering import RANK_ARTICLE, RANK_QUOTED, Number, label_slug, roman_to_int, zh_to_int
from ingest.outline_stack import (
    DECIMAL_HOLDERS,
    PARA_LEVEL,
    Node,
    numbers,
    read_number,
    short_label,
)
from ingest.outline_stack import HEADS as _HEADS
from ingest.outline_stack import title_like as _title_like
from ingest.outline_tables import TableReader

if TYPE_CHECKING:
    from ingest.outline import Unit

# A UK paper numbers the paragraphs of its section "3." as "3.1 AI Growth Zones are …", with no dot after.
_DECIMAL_PARA = re.compile(r"(\d{1,2})\.(\d{1,2})\s+(?=[A-Z])")
# A standard numbers its clauses under their title or appendix (GB/T 1.1): "4.1.2 新建…" under "4.1 一般要求", "A.2 …"
# under "附录A（资料性） …", and a term's number alone on its line, "3.2", over the term and its definition
_SUBCLAUSE = re.compile(r"((?:\d{1,2}|[A-Z])(?:\.\d{1,2}){1,4})(?:\s+(?=[^\sa-z])|$)")
# A Chinese plan sets boxes (专栏) of projects or goals beside its measures, each with its number and title:
# "专栏1 芯粒与先进封装攻坚工程", "专栏一：重点工程". A box's paragraphs are its own, not the measure's above it.
_BOX = re.compile(r"专栏\s*([0-9一二三四五六七八九十]{1,3})(?![0-9一二三四五六七八九十])[\s：:、.．]*")
# …and numbers its projects "01", "02" on two digits: "01　武汉人工智能计算中心三期：新增…", the national plan's
# "01 新一代人工智能" over its text. Read only in a box (elsewhere "01 " may be a code or a day's part).
_BOX_ITEM = re.compile(r"(0[1-9]|[1-9][0-9])[ \u3000]+(?=[^\s\d.．、%％])")
# A UK Act heads each section with its number and title on a line of their own, "2 Operation by UK Research
# and Innovation", over its subsections (1), (2) or its text; it is cited "section 2(2)", its path "s.2 > (2)".
_UK_SECTION = re.compile(r"(\d{1,3})([A-Z]{0,2})\s+(?=[A-Z])")
# A bill's section that adds or amends a code's text ends its instruction so, the text it quotes following:
# "SECTION 1. In Colorado Revised Statutes, add part 17 to article 1 of title 6 as follows:", "… is enacted to read:"
_INSTRUCTION_END = re.compile(r"(?:as follows|to read)\s*[:：]\s*$", re.I)
# A state code section's title after its number: "6-1-1702. Developer duty to avoid algorithmic discrimination."
_CODE_TITLE = re.compile(r"[A-Z][^.;:!?]{0,150}\.(?=\s|$)")
# A statute's subdivision that opens with its own first item, "(1) (a) On and after …": the text is (a)'s, under
# (1). Its text starts a sentence or a quoted term ("(a) and (b) of this section …" cites them, it opens none).
_INLINE_ITEM = re.compile(r"\((?:a|A|i|I|1)\)\s+[\"“A-Z]")
_PAREN_ITEMS = ("arabic-paren", "alpha", "ALPHA", "roman", "ROMAN")
# A strategy's part named by a word and its number, then a dash or colon and its title: "Strand 2 – AI serving the
# economy", "Pillar III: Skills and talent". It heads what follows (its actions, its paragraphs) up to the next
# of its word, cited "Strand 2". Not a figure's or table's caption, nor a day ("May 2 – Launch event").
_NAMED_PART = re.compile(r"([A-Z][a-z]{2,14})\s+(\d{1,2}|[IVX]{1,4})\s*[–—:-]\s+(?=\S)")
_NOT_PARTS = frozenset("Table Figure Fig Chart Graph Map Exhibit Source Note Page Annex Appendix January February "
                       "March April May June July August September October November December".split())
# A Chinese paragraph that turns from the list above it to a remark of its own: "需要说明的是，部分媒体报道…" after
# a report's last item of results, "此外，…", "同时，…"
_REMARK_ZH = re.compile(r"(?:需要(?:说明|指出|强调)的是|值得(?:注意|一提|关注)的是|此外|另外|同时|总之|综上|"
                        r"总(?:的|体)来看|总体上看)[，,：:]")
# A list's title over its items, often in bold: "Key components of the IndiaAI Mission" over "1. …" "2. …".
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")


@dataclass
class FormReader(TableReader):
    """Readers of the numbered forms of paragraphs, over the outline stack."""

    uk_section: int = field(default=0, kw_only=True)  # the number of the last UK Act section read
    # in a list of attachments (附件：1.… 2.…), the number of the last read
    attachments: int | None = field(default=None, kw_only=True)

    def _decimal_para(self, text: str) -> Number | None:
        """"3.1 AI Growth Zones are …" under the section numbered 3 ("3. AI Growth Zones", "Sec. 3", "Chapter 3
        Promotion Structure"): its paragraph 3.1, an item of it."""
        if (zh := decimal_title(text)) is not None:  # a guide's "1.1 面向…（基础前沿技术类）" under "1. …": its title
            if not any(n.style in DECIMAL_HOLDERS and n.value == zh[0] for n in self.stack):
                return None
            label = f"{zh[0]}.{zh[1]}"
            return Number("decimal-title", zh[1], label, label, zh[2])
        m = _DECIMAL_PARA.match(text)
        if m is None or not any(n.style in DECIMAL_HOLDERS and n.value == int(m.group(1)) for n in self.stack):
            return None
        label = f"{m.group(1)}.{m.group(2)}"
        return Number("decimal-para", int(m.group(2)), label, label, m.end())

    def _subclause(self, text: str) -> Number | None:
        """"4.1.2 新建…" under the title "4.1 一般要求", "A.2 …" under "附录A …", a term's "3.2" under "3 术语和定义":
        a numbered clause of the clause or appendix open (not "1.5 million …")."""
        m = _SUBCLAUSE.match(text)
        if m is None:
            return None
        label = m.group(1)
        prefix, last = label.rsplit(".", 1)
        if not any(numbers(n) == prefix for n in self.stack) and not self._lead_in(prefix):
            return None
        return Number("decimal-para", int(last), label, label, m.end())

    def _lead_in(self, prefix: str) -> bool:
        """Whether the numbered paragraph open as prefix leads its sub-provisions with a colon ("4.1 The Chief
        Information Officer of Canada is responsible for:" over "4.1.1 …", "4.1.2 …") or titles them ("B.1
        Effective date" over "B.1.1 This standard takes effect …"): each is cited on its own."""
        node = next((n for n in reversed(self.stack) if n.label == prefix and n.style in ("decimal", "decimal-para")),
                    None)
        if node is None:
            return False
        units = [self.cur] if self.cur is not None else []
        unit = next((u for u in [*units, *reversed(self.units[-50:])] if u.numbered and u.path[-1] is node), None)
        if unit is None:
            return bool(node.heading) and _title_like(node.heading, 100)  # "B.1 Effective date" over "B.1.1 …"
        return self.blocks[unit.first].text.rstrip().endswith((":", "："))

    def _named_part(self, text: str) -> Number | None:
        """"Strand 2 – AI serving the economy": a part of a strategy, named by its word and number, over its text."""
        m = _NAMED_PART.match(text)
        if m is None or m.group(1) in _NOT_PARTS or not _title_like(text[m.end():], 100):
            return None
        word, raw = m.group(1), m.group(2)
        value = int(raw) if raw.isdigit() else roman_to_int(raw)
        return Number(f"part-{word.lower()}", value, f"{word} {raw}", f"{word.lower()}{value}", m.end())

    def _heads_next(self, text: str, num: Number) -> bool:
        """Whether text, the block after num's title ("2. Strategic actions"), opens a part of it: a named part
        ("Strand 1 – Building public trust in AI") or its paragraph "2.1 …"."""
        m = _DECIMAL_PARA.match(text)
        if m is not None:
            return num.style in DECIMAL_HOLDERS and int(m.group(1)) == num.value
        if (zh := decimal_title(text)) is not None:
            return num.style in DECIMAL_HOLDERS and zh[0] == num.value
        return self._named_part(text) is not None

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

    def _push_container(self, num: Number, level: int = PARA_LEVEL) -> Node:
        """Push num, a container of a code that a bill's section quotes at the rank of one (RANK_QUOTED)."""
        quoted = self._quoted(num)
        node = self._push(replace(num, rank=RANK_QUOTED) if quoted else num, level)
        node.quoted = quoted
        return node

    def _quoted(self, num: Number) -> bool:
        """Whether num is a part of a code that the bill's section open quotes: "PART 17" right after "SECTION 1.
        … add part 17 to article 1 of title 6 as follows:", or another part after it. It is read under the
        section (Sec. 1 > PART 17 > § 6-1-1702 > (1)), so that "SECTION 2." is the bill's again, not the part's.
        A bill's own parts ("PART II" over its sections) follow no such instruction."""
        if num.rank is None or num.rank >= RANK_ARTICLE or not self.stack:
            return False
        if any(n.quoted and n.style == num.style for n in self.stack):
            return True
        last = self.units[-1] if self.units else None
        return (self.stack[-1].style == "sec" and last is not None and last.path[-1:] == self.stack[-1:]
                and bool(_INSTRUCTION_END.search(self.blocks[last.last].text)))

    def _code_section(self, i: int, node: Node, text: str, num: Number) -> None:
        """A section of a code a bill adds: California's "22757.12. (a) A large …" (its text is its subdivision
        (a)'s), a state's "6-1-1702. Developer duty … documentation. (1) On and after …" (its title heads its
        subsections; the text after it is its (1)'s, or its own lead-in: "6-1-1701. Definitions. As used …:"); and
        so an article with its title in brackets, "Article 34 (Responsibilities …) (1) A business …"."""
        body = text[num.end:].strip()
        titled = _CODE_TITLE.match(body) if num.style == "state-sec" else None
        if num.style == "article-titled":
            node.heading, node.is_heading = text[:num.end].strip(), not body
            if not body:
                self._para_head(node, i)
                return
        if titled is not None:
            node.heading, node.is_heading = f"{text[:num.end].strip()} {titled.group()}", True
            body = body[titled.end():].lstrip()
            if not body:
                self._para_head(node, i)
                return
        if self._inline_items(i, body):
            node.is_heading = True
        self._start(i, numbered=True)

    def _inline_items(self, i: int, body: str) -> bool:
        """Push the items that open body, "(a)" of "(1) (a) On and after …" (and "(I)" of "(b) (I) …"): the block
        is the text of the innermost, under the item it opens. Whether there was one."""
        pushed = False
        while _INLINE_ITEM.match(body):
            item = read_number(body)
            if item is None or item.style in {n.style for n in self.stack}:
                break
            item = self._resolve(item, i)
            if item.style not in _PAREN_ITEMS or item.style in {n.style for n in self.stack}:
                break
            self._push(item)
            body, pushed = body[item.end:], True
        return pushed

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

    def _box_item(self, text: str) -> Number | None:
        """"01　武汉人工智能计算中心三期：…" in a box (专栏): its project 01, an item of it (`专栏1 > 01`)."""
        m = _BOX_ITEM.match(text)
        inside = next((n.style == "box" for n in reversed(self.stack) if n.style in ("box", "heading")), False)
        if m is None or not inside:
            return None
        return Number("box-item", int(m.group(1)), m.group(1), m.group(1), m.end())

    def _pop_items(self) -> None:
        """Close the unit being read, and the open items (paragraphs, not titles) and captions: a caption or a
        list's title heads what follows it under the heading, container or titled item that holds them ("三、重点任务"
        over its table; not "4.2 The commitments … are summarised below.", a paragraph before it)."""
        cur = self.cur
        titled = cur is not None and cur.numbered and cur.first == cur.last and \
            _title_like(self.blocks[cur.first].text.strip(), 60)
        self._close()
        while self.stack and self.stack[-1].rank is None and \
                (not self.stack[-1].is_heading or self.stack[-1].style in ("table", "columns", "caption")) and \
                not (titled and self.stack[-1] is cur.path[-1]):
            self.stack.pop()

    def _list_title(self, i: int, text: str) -> bool:
        """Whether text is an English list's title, read: a short line of words with no sentence punctuation
        ("Key components of the IndiaAI Mission", often in bold) right before the first item of a list of two
        or more. It heads the items, "Key components of the IndiaAI Mission > 5", and ends with them."""
        colon = text.endswith((":", "："))
        title = text[:-1].rstrip() if colon else text
        words = _WORD.findall(title)
        if not _title_like(title, 80) or not title[:1].isupper() or len(words) < 2 or \
                sum(map(len, words)) * 2 < len(title.replace(" ", "")):
            return False
        nxt = self._next_block(i)
        first = read_number(nxt[1].text.strip()) if nxt is not None and nxt[1].kind not in _HEADS else None
        if first is None or first.rank is not None or first.value != 1 or not self._item_follows(nxt[0], first):
            return False
        if colon and not self._restarts(first) and not self._titled_list_follows(nxt[0], first):
            return False
        self._pop_items()
        node = Node(short_label(title), label_slug(title), "caption", None, PARA_LEVEL, heading=title,
                    is_heading=True)
        self.stack.append(node)
        self._para_head(node, i)
        return True

    def _restarts(self, first: Number) -> bool:
        """Whether the list that first opens numbers afresh the one being read: the title before it heads it
        ("2. … by March 31, 2026." then "Build public supercomputing infrastructure:" then "1. …")."""
        cur = self.cur
        return cur is not None and cur.numbered and cur.path[-1].style == first.style and cur.path[-1].value > 1

    def _titled_list_follows(self, i: int, first: Number) -> bool:
        """Whether the list that block i opens with item first is followed by another of its style under a
        title ending in a colon: a run of lists, each under its title ("- Mobilize private sector investment:"
        over "1." "2.", then "- Build public supercomputing infrastructure:" over "1." "2."), each numbered
        from 1, that the titles tell apart."""
        value = first.value
        for k in range(i + 1, min(i + 40, len(self.blocks))):
            block = self.blocks[k]
            text = block.text.strip()
            if block.kind in _HEADS:
                return False
            num = read_number(text) if text else None
            if num is not None and num.style == first.style and num.value == value + 1:
                value += 1
                continue
            nxt = self._next_block(k)
            after = read_number(nxt[1].text.strip()) if nxt is not None and nxt[1].kind not in _HEADS else None
            return (value >= 2 and text.endswith((":", "：")) and _title_like(text[:-1], 80)
                    and after is not None and after.style == first.style and after.value == 1)
        return False

    def _item_follows(self, i: int, first: Number) -> bool:
        """Whether the list that block i opens with item first has a second item, before any heading."""
        for block in self.blocks[i + 1:i + 40]:
            if block.kind in _HEADS:
                return False
            num = read_number(block.text.strip())
            if num is not None and num.style == first.style:
                return num.value == 2
        return False

    def _remark_after_list(self, i: int, cur: Unit) -> bool:
        """Whether block i, a Chinese paragraph that opens with a turn ("需要说明的是，…", "此外，…"), comes after
        the last item of a list of two or more, each one paragraph ending a sentence: a remark of the part that
        holds the list (the press figure a budget report denies after its three items of results), not the
        last item's going on. Not within an article, whose paragraphs go on in unnumbered ones."""
        if not _REMARK_ZH.match(self.blocks[i].text.strip()) or not self.blocks[cur.last].text.rstrip().endswith("。"):
            return False
        return self._one_paragraph_items(i, cur) >= 2

    def _one_paragraph_items(self, i: int, cur: Unit) -> int:
        """How many items, cur's the last, make the list cur ends when block i is read: siblings one paragraph each,
        no rank above them (not an article's paragraphs), and no next item after i; 0 when the list is not so."""
        last = cur.path[-1]
        if cur.first != cur.last or any(n.rank is not None for n in cur.path):
            return 0
        items = 1
        for unit in reversed(self.units):
            if not (unit.numbered and len(unit.path) == len(cur.path) and unit.path[-1].style == last.style
                    and all(a is b for a, b in zip(unit.path[:-1], cur.path[:-1], strict=True))):
                break
            if unit.first != unit.last:
                return 0
            items += 1
        return items if all(r.value != last.value + 1 for r in self._next_item(i, {last.style}) or []) else 0

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
