"""Walk a document's blocks once, keeping the outline (numbering and headings), into units of clause text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.numbering import RANK_ARTICLE, RANK_CHAPTER, Number
from ingest.outline_headings import title_case
from ingest.outline_lists import ListReader
from ingest.outline_stack import ANCHORS as _ANCHORS
from ingest.outline_stack import HEADS as _HEADS
from ingest.outline_stack import PARA_LEVEL, Node, read_number, short_label
from ingest.outline_stack import title_like as _title_like
from ingest.text import HAN_CHAR
from ingest.types import CELL, Block
from ingest.un_resolution import PREAMBLE, opens_preambular_paragraph, preamble_lead_in

_LIST_END = re.compile(r"(?:[；;，,]|;\s*(?:or|and|and/or)|或者|或|以及)\s*$")
_WHEREAS = re.compile(r"^(?:Whereas|WHEREAS)\s*:?\s*$")
_ADOPTED = re.compile(r"^HAVE ADOPTED TH(?:IS|E FOLLOWING)", re.I)
# The formulas of a US proclamation or order stand outside its numbered parts: the operative words after
# the numbered findings, and the closing lines after the last section.
_FORMULA = re.compile(r"^(?:NOW, THEREFORE\b|IN WITNESS WHEREOF\b|THE WHITE HOUSE,?$)")
_QUESTION_END = re.compile(r"[？?]\s*$")
_ANSWER_START = re.compile(r"^(?:答|回答|A|Answer)\s*[：:]")
# "Sec. 4. Title." / "4.2. Title.": a container whose body is a title; optionally its first item follows inline,
# "4.2.  Ensuring Safe and Reliable AI.  (a)  Within 90 days ...".
_EN_TITLE = re.compile(r"([A-Z][^.;:!?]{0,119}?)\.(?=\s|$|\()")
# a section's marginal heading as Indian and other Commonwealth rules set it, a full stop and a dash before its
# text: "1. Short title and commencement.—(1) These rules …", "3. Objectives.—The objectives …" (in any case)
_MARGINAL = re.compile(r"([A-Z][^.;:!?—–]{0,119}?)\.\s*[—–]\s*(?=\S)")
_FIRST_ITEM = re.compile(r"\((?:a|A|i|I|1)\)\s")
# the line after a notice's text that names its one attachment, "附件：首批签约单位名单" (not the annex's own label)
_ATTACHMENT_LINE = re.compile(r"^附件\s*\d*\s*[：:]\s*\S")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s")  # "1 Objectives", "2.1 Selection"
# a government's answer to the recommendation it quotes above it, opening with its verdict: a GOV.UK response's
# "Agree. We will expand … Delivery: Spring 2025. Lead: DSIT.", a Command Paper's "Government response: Partially
# agreed. …", "Noted.", "Not accepted.", "Supported in principle."
_VERDICT = re.compile(r"(?:(?:The\s+)?Government(?:'s|’s)?\s+)?(?:response\s*[:.—–-]|(?:(?:partially|partly|not)\s+)?"
                      r"(?:agreed?|accept(?:ed)?|support(?:ed)?|noted|rejected|disagreed?)"
                      r"(?:\s+in\s+(?:principle|part))?\s*[.:;,—–-](?:\s|$))", re.I)


@dataclass(eq=False)
class Unit:
    """A run of blocks [first, last] that becomes one clause (or several, if too long)."""

    first: int
    last: int
    path: list[Node]
    numbered: bool  # the unit is the text of path[-1]; otherwise a paragraph under path
    para: int = 0  # N of "¶N", 0 for none
    qa: bool = False
    whole: bool = False  # a clause of its own however short, joined to no other (a closing provision, a first item)

    def path_text(self) -> str:
        labels = [n.label for n in self.path] + ([f"¶{self.para}"] if self.para else [])
        return " > ".join(label for label in labels if label)

    def slug(self) -> str:
        slugs = [n.slug for n in self.path] + ([f"p{self.para}"] if self.para else [])
        return "-".join(s for s in slugs if s)

    def heading(self) -> str:
        # a table's header row heads its rows (headings), not as their title: the caption does
        return next((n.heading for n in reversed(self.path) if n.heading and n.style != "columns"), "")

    def headings(self) -> list[str]:
        """The heading texts of the whole path, outermost first."""
        return list(dict.fromkeys(n.heading for n in self.path if n.heading))


@dataclass
class Outliner(ListReader):
    """One pass over the blocks: an outline stack, and the units of text found under it."""

    blocks: list[Block]
    doc_title: str = ""  # the document's title from its metadata, which a heading that opens it may repeat
    delivered: bool = False  # a work report or speech, delivered to a hall (ingest.kinds.is_delivered)
    units: list[Unit] = field(default_factory=list)
    title: str = ""  # the first heading above all body text: the document's own title
    cur: Unit | None = None
    bare: bool = False  # cur is a number on its own line waiting for its text
    title_node: Node | None = None  # a heading node that may still take a title line ("Article 5" + title)
    pseudo: Node | None = None  # the last paragraph read as a sub-heading: a next short line may extend it
    para_heads: list[Node] = field(default_factory=list)  # paragraphs read as headings
    seen_body: bool = False
    title_level: int = PARA_LEVEL
    questions: set[int] = field(default_factory=set)
    n_questions: int = 0

    def run(self) -> list[Unit]:
        self.questions = self._find_questions()
        for i, block in enumerate(self.blocks):
            text = block.text.strip()
            if not text or i in self.caption_lines:  # a caption's second line: its title, read with it
                continue
            title_node, self.title_node = self.title_node, None
            if block.kind == "heading":
                self._heading(i, text, block.level, title_node)
            elif block.kind == "title":  # heads what follows (its headings), no step of the path
                self._close()
                self._push_heading(text, block.level, pseudo=True)
            elif i in self.questions:
                self._question(i, text)
            elif self.cur is not None and self.cur.qa:
                self.cur.last = i
            else:
                self._para(i, text, title_node)
        self._close()
        # A paragraph read as a heading that got no body is text after all ("（三）推进XX" at the end); the line
        # that names a notice's one attachment ("附件：首批签约单位名单") is a clause of its own however short,
        # no part of the article or paragraph before it.
        used = {id(n) for u in self.units for n in u.path}
        for node in self.para_heads:
            if id(node) not in used:
                self.units.append(Unit(node.first, node.last, node.trail, node.style != "pseudo",
                                       whole=_ATTACHMENT_LINE.match(node.heading) is not None))
        self.units.sort(key=lambda u: u.first)
        return self.units

    # -- units -----------------------------------------------------------------------------------
    def _close(self) -> None:
        cur, self.cur, self.bare, self.attachments = self.cur, None, False, None
        if cur is None:
            return
        if cur.numbered and _LIST_END.search(self.blocks[cur.last].text.strip()):
            parent = cur.path[-2] if len(cur.path) > 1 else None
            if parent is not None:
                parent.child_listy = True
        self.units.append(cur)

    def _start(self, i: int, numbered: bool, qa: bool = False) -> None:
        self._close()
        path = list(self.stack)
        para = 0
        if not numbered:
            # a table's header heads its rows, which count among the paragraphs of what holds the table
            parent = next((n for n in reversed(path) if n.style != "columns"), None)
            if parent is None or (parent.is_heading and (parent.rank or 0) < RANK_ARTICLE):
                # (under a sub-heading with no number, "Expected outcomes", they count on in what holds it, as its
                # path names that: counted on the root they had repeated "2 > 2.1 > ¶4" and run on across topics)
                holder = next((n for n in reversed(path) if n.style not in ("pseudo", "columns")), self._root)
                holder.paras += 1
                para = holder.paras
        self.cur = Unit(i, i, path, numbered, para, qa)
        self.seen_body = True

    @property
    def _root(self) -> Node:
        if not hasattr(self, "_root_node"):
            self._root_node = Node("", "", "root")
        return self._root_node

    # -- block kinds -----------------------------------------------------------------------------
    def _heading(self, i: int, text: str, level: int, title_node: Node | None) -> None:
        self._close()
        if self._caption(i, text):
            return
        num = read_number(text, heading=True) or self._decimal_para(text)  # "2.1 Promotion of …" in Chapter 2
        if num is not None:
            node = self._push_container(self._resolve(num, i), level)
            node.heading, node.is_heading = text, True
            if not text[num.end:].strip():
                self.title_node = node
        elif title_node is not None and _title_like(text, 200) and \
                (title_node.style != "heading" or title_node.level == level and len(title_node.heading) < 60):
            title_node.heading = f"{title_node.heading} {text}"
            if title_node.style == "heading":
                title_node.label = short_label(title_node.heading)
                self.title_node = title_node
        elif (not self.seen_body and not self.stack and (not self.title or level <= self.title_level)
              and not _SECTION_NUMBER.match(text)  # "1 Objectives" opens a section, it is no title
              and not self._first_section(i, text, level)):
            self.title, self.title_level = self.title or text, min(level, self.title_level)
        else:
            self.title_node = self._push_heading(text, level)

    def _find_questions(self) -> set[int]:
        qs, answered = set(), 0
        nonempty = [k for k, b in enumerate(self.blocks) if b.text.strip() and b.kind not in _HEADS]
        for a, b in zip(nonempty, nonempty[1:], strict=False):
            text = self.blocks[a].text.strip()
            if len(text) <= 200 and _QUESTION_END.search(text) or text.startswith(("问：", "问:", "Q:")):
                qs.add(a)
                answered += bool(_ANSWER_START.match(self.blocks[b].text.strip()))
        return qs if answered >= 2 else set()

    def _question(self, i: int, text: str) -> None:
        self._close()
        self.n_questions += 1
        num = read_number(text)
        label = num.label if num is not None else f"Q{self.n_questions}"
        slug = f"q{num.slug if num is not None else self.n_questions}"
        while self.stack and (self.stack[-1].rank is None or self.stack[-1].rank >= RANK_ARTICLE):
            self.stack.pop()
        self.stack.append(Node(label, slug, "qa", RANK_ARTICLE, heading=text))
        self._start(i, numbered=True, qa=True)

    def _para(self, i: int, text: str, title_node: Node | None) -> None:
        if self.bare and self.cur is not None:  # a number on its own line: this is its text
            self.cur.last, self.bare = i, False
            return
        if self.cur is not None and self._next_attachment(text):
            self.cur.last = i
            return
        if _WHEREAS.match(text):
            self._close()
            while self.stack and (self.stack[-1].rank is None or self.stack[-1].rank >= RANK_CHAPTER):
                self.stack.pop()
            self.stack.append(Node("Recitals", "recitals", "recitals", RANK_CHAPTER, heading="Recitals"))
            return
        if preamble_lead_in(self.blocks, i):  # "The General Assembly,": its preambular paragraphs, ¶1, ¶2 …
            self._close()
            self.stack.append(Node("Preamble", PREAMBLE, PREAMBLE, RANK_CHAPTER, heading=text, is_heading=True))
            return
        if self.stack and self.stack[-1].style == PREAMBLE and opens_preambular_paragraph(text):
            self._start(i, numbered=False)  # "Deeply concerned about …,": a paragraph, however short, no heading
            return
        if _ADOPTED.match(text):
            self._close()
            self.stack = [n for n in self.stack if n.style not in ("recitals", "arabic-paren")]
        if _FORMULA.match(text):
            self._close()
            self.stack = []
            self._start(i, numbered=False)
            self.bare = not re.search(r"[.:;]$", text)  # "THE WHITE HOUSE," goes on to its date line
            return
        if self._table_note(i, text):
            return
        self._end_table(text)
        if self._box(i, text) or self._caption(i, text):
            return
        if CELL in text:  # a table row, as the parser writes one
            self._row(i, text)
            return
        num = read_number(text) or self._decimal_para(text) or self._subclause(text) or self._uk_section(i, text) \
            or self._named_part(text) or self._box_item(text)
        if num is not None:
            if any(n.style == PREAMBLE for n in self.stack):  # "1. Decides …": the operative paragraphs
                self.stack = self.stack[:[n.style for n in self.stack].index(PREAMBLE)]
            self._numbered(i, text, self._resolve(num, i))
        elif title_node is not None and title_node.style != "heading" and _title_like(text, 200):
            title_node.heading = f"{title_node.heading} {text}"
            if title_node.first < 0:  # a heading block's title line: still text, if no body follows
                self._para_head(title_node, i)
            title_node.last = i
        elif self._list_title(i, text):
            return
        elif self._pseudo_heading(i, text):
            self._close()
            node = self.pseudo
            if node is not None and self.stack and node is self.stack[-1] and node.last == i - 1 \
                    and len(node.heading) + len(text) <= 40:
                node.heading, node.last = f"{node.heading} {text}", i
                return
            self.pseudo = self._para_head(self._push_heading(text, PARA_LEVEL, pseudo=True), i)
        else:
            if self._labels_after_sub_heading(i, text):
                self._close()
                self.stack.pop()
            self._plain(i)

    def _numbered(self, i: int, text: str, num: Number) -> None:
        body = text[num.end:].strip()
        self._close()
        while num.style.startswith("part-") and self.stack and self.stack[-1].rank is None and \
                not self.stack[-1].is_heading:
            self.stack.pop()  # a named part is no item of the list open before it ("Action 3: …")
        while num.style == "recommendation" and self.stack and not self.stack[-1].is_heading:
            self.stack.pop()  # a report's recommendation is no part of the paragraph before it ("3.47 …")
        node = self._push_container(num)
        if num.style == "recommendation":  # a box of its own: no part of the introduction's sub-heading either
            self._leave_sub_heading(node)
        if num.style in ("uk-sec", "cfr", "decimal-title") or num.style.startswith("part-"):  # its title heads it
            node.heading, node.is_heading = text, True
            self._para_head(node, i)
            return
        if num.style in ("code-sec", "state-sec", "article-titled"):
            self._code_section(i, node, text, num)
            return
        limit = 40 if HAN_CHAR.search(body) else 120
        if num.style == "annex" and not num.value and self._attachments(i, body):
            return
        titled = _EN_TITLE.match(body) if num.style in ("sec", "decimal") else None
        marginal = _MARGINAL.match(body) if num.style == "arabic" else None
        if marginal or titled and title_case(titled.group(1)):
            titled = marginal or titled
            node.heading = f"{num.label}. {titled.group(1)}"
            rest = body[titled.end():].lstrip()
            if not rest:  # "Sec. 4. Ensuring the Safety and Security of AI Technology.": a heading
                node.is_heading = True
                self._para_head(node, i)
                return
            if _FIRST_ITEM.match(rest):  # "4.2. Title. (a) Within ...": the block is the text of its (a)
                node.is_heading = True
                item = read_number(rest)
                if item is not None:
                    self._push(self._resolve(item, i))
        elif num.rank is not None and not body or \
                body and _title_like(body, limit) and (num.rank is not None or self._child_follows(i, num)
                                                       or self._paragraphs_follow(i)
                                                       or self._titled_section(body, i)
                                                       or self._zh_titled(i, num, body)) or \
                _title_like(body[:-1], limit) and body[-1] in "。." and self._child_follows(i, num):
            # "（三）提升智能算力供给能力。" over its items 1. 2. 3.: a heading that ends in a full stop
            node.heading, node.is_heading = text, True
            self._para_head(node, i)
            if num.rank is not None:
                self.title_node = node
            return
        if num.style in ("sec", "decimal") and not node.heading:
            m = re.match(r"(.{1,100}?)\.(?:\s|$)", body)
            node.heading = f"{num.label}. {m.group(1)}" if m else ""
        if num.rank is None:
            self._inline_items(i, body)  # "(1) (a) On and after …": the text of (a), under (1)
        self._start(i, numbered=True)
        self.bare = not body
        self.cur.whole = self._first_item_after_lead_in(i, num)

    def _para_head(self, node: Node, i: int) -> Node:
        if node.style not in ("pseudo", "caption", "table"):
            self._leave_sub_heading(node)
        node.first = node.last = i
        node.trail = list(self.stack)
        self.para_heads.append(node)
        return node

    def _plain(self, i: int) -> None:
        cur = self.cur
        if cur is not None and cur.numbered and self._closing(i, cur):
            self._close()
            self.stack = self.stack[:next((k for k, n in enumerate(self.stack) if n.style not in _ANCHORS),
                                          len(self.stack))]
            self._start(i, numbered=False)
            self.cur.whole = True
            return
        if cur is not None and cur.numbered and cur.path[-1].style == "recommendation" and \
                any(_VERDICT.match(self.blocks[k].text.strip()) for k in (*range(cur.first + 1, cur.last + 1), i)):
            cur.last = i  # the government's answer, and its further paragraphs, go with what it answers
            return
        if cur is not None and cur.numbered and cur.path[-1].style in ("action", "recommendation") and \
                self.blocks[cur.last].text.rstrip().endswith("."):
            # a plan's action, a report's recommendation, is a box of its own: the paragraph after it goes on its
            # section, not the action
            self._close()
            self.stack = self.stack[:len(cur.path) - 1]
            self._start(i, numbered=False)
            return
        if cur is not None and cur.numbered:
            k = len(cur.path)
            while k >= 2 and cur.path[k - 2].child_listy and cur.path[k - 1].rank is None:
                k -= 1
            if k == len(cur.path) and cur.path[-1].rank is None and \
                    (k >= 2 and self._list_done(cur) or self._list_ended(i, cur) or self._remark_after_list(i, cur)):
                k -= 1
                if k and cur.path[k - 1].style == "caption":  # a list's title heads its items only
                    k -= 1
            if k == len(cur.path):
                cur.last = i  # the item's next paragraph
                return
            self._close()
            self.stack = self.stack[:k]
            self._start(i, numbered=False)
            return
        in_article = cur is not None and cur.path and (cur.path[-1].rank or 0) >= RANK_ARTICLE
        if in_article and cur.path == self.stack:
            cur.last = i  # an article's further paragraphs stay with it
            return
        self._start(i, numbered=False)
