"""The outline stack: the open numbered items, containers and headings, and where a new one goes among them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.numbering import Number, label_slug
from ingest.numbering import read_number as _read_number
from ingest.types import Block

HEADS = ("heading", "title")  # block kinds that head text and are no text of a clause
ANCHORS = ("heading", "pseudo", "caption", "table")  # unranked nodes that hold items but are no items themselves
# A Washington bill marks a section it adds to the code: "NEW SECTION. Sec. 2. Task force established." The
# marker is no part of the section's number, which is cited "Sec. 2".
_NEW_SECTION = re.compile(r"NEW SECTION\.\s+(?=(?:Section|Sec\.)\s*\d)")
# the numbered parts whose subsections or paragraphs are numbered "3.1", "3.2": "3.", "Sec. 3", and a plan's
# "Chapter 3" or "Part 3"
DECIMAL_HOLDERS = ("arabic", "sec", "en-chapter", "en-part", "en-section")
PARA_LEVEL = 9  # the "heading level" of nodes that come from paragraphs: deeper than any heading
SENTENCE_PUNCT = re.compile(r"[。；;！？!?：:]|[.](?:\s|$)")
_TITLE_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,4})\s")  # "4.1 一般要求": a numbered title
# an appendix's heading by its letter, "Appendix B: Standard on …", over "B.1 Effective date", "B.2.1 …"
_APPENDIX_TITLE = re.compile(r"(?:Appendix|Annex|Attachment|Schedule|APPENDIX|ANNEX|ATTACHMENT|SCHEDULE)\s+"
                             r"([A-Z])\b(?![.'’])")


@dataclass(eq=False)
class Node:
    """One entry of the outline: a numbered item or container, a heading, the recitals, a question."""

    label: str
    slug: str
    style: str
    rank: int | None = None
    level: int = PARA_LEVEL
    value: int = 0
    heading: str = ""  # set when the node is (or has) a heading: "Article 5 Prohibited AI practices"
    is_heading: bool = False  # the node's own text is a heading, not clause text
    child_listy: bool = False  # its items end like list items (；;,), so a paragraph after them is its own
    quoted: bool = False  # a container of a code that a bill's section quotes, read under that section
    paras: int = 0  # unnumbered paragraphs counted under it, for "¶N"
    first: int = -1  # for a heading that is a paragraph: its blocks, and the outline above it
    last: int = -1
    trail: list[Node] = field(default_factory=list)


def read_number(text: str, heading: bool = False) -> Number | None:
    """numbering.read_number, past a "NEW SECTION." marker."""
    m = _NEW_SECTION.match(text)
    if m is None:
        return _read_number(text, heading)
    num = _read_number(text[m.end():], heading)
    return None if num is None else replace(num, end=num.end + m.end())


def numbers(node: Node) -> str:
    """The number that the clauses numbered under node extend: "4.1" of the title "4.1 一般要求" ("4.1.2 …" under
    it), "A" of "附录A（资料性） …" ("A.2 …") and of "Appendix A: Definitions"; "" for none."""
    if node.style == "appendix":
        return chr(64 + node.value)
    if node.style != "heading":
        return ""
    m = _TITLE_NUMBER.match(node.heading) or _APPENDIX_TITLE.match(node.heading)
    return m.group(1) if m else ""


def title_like(text: str, limit: int) -> bool:
    """Short, with no sentence punctuation; a line that ends in a dash leads its list ("… must have regard
    to—" over (a), (b)) like one that ends in a colon."""
    return 0 < len(text) <= limit and not SENTENCE_PUNCT.search(text) and not text.endswith("—")


def short_label(text: str) -> str:
    """A heading as a path label, at most 40 characters, its characters as written but for a ">" that would
    read as the path separator " > " (a spaced one, or one that opens it): "›". "ADDENDA <Act No. 20676, Jan.
    21, 2025>" keeps its own."""
    text = re.sub(r"(?:^|(?<=\s))>", "›", text)
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass
class OutlineStack:
    """The open nodes of an outline, outermost first, over the blocks they are read from."""

    blocks: list[Block]
    stack: list[Node] = field(default_factory=list, kw_only=True)
    # item style -> the styles it has been nested under
    parents: dict[str, set[str]] = field(default_factory=dict, kw_only=True)
    # a heading by its text and the nodes above it -> its node, for a heading that comes again there
    headed: dict[tuple, Node] = field(default_factory=dict, kw_only=True)

    def _resolve(self, num: Number, i: int) -> Number:
        """(i) is a letter when (j) comes next, a roman numeral when (ii) does; else a letter right after (h),
        a roman numeral otherwise. Same for (v), (x), (l), (ii)."""
        if num.alt is None:
            return num
        for reading, other in ((num, num.alt), (num.alt, num)):  # the label of an open item does not repeat
            open_ = next((n for n in reversed(self.stack) if n.style == reading.style), None)
            if open_ is not None and open_.value == reading.value:
                return other
        nxt = self._next_item(i, {num.style, num.alt.style})
        for reading in (num, num.alt):
            if nxt is not None and any(r.style == reading.style and r.value == reading.value + 1 for r in nxt):
                return reading
        for node in reversed(self.stack):
            if node.style == num.alt.style:
                return num.alt if node.value == num.alt.value - 1 else num
        return num

    def _next_item(self, i: int, styles: set[str]) -> list[Number] | None:
        """The readings of the next item label of one of styles after block i, within its container."""
        for block in self.blocks[i + 1:i + 80]:
            text = block.text.strip()
            if not text:
                continue
            num = read_number(text, heading=block.kind == "heading")
            if block.kind in HEADS or num is not None and num.rank is not None:
                return None
            readings = [r for r in (num, num and num.alt) if r is not None]
            if any(r.style in styles for r in readings):
                return readings
        return None

    def _push(self, num: Number, level: int = PARA_LEVEL) -> Node:
        styles = [n.style for n in self.stack]
        parent = self._numbered_parent(num)
        if parent >= 0:  # "4.2" under its "Sec. 4" (or "4."), "4.2.1" under its "4.2"
            del self.stack[parent + 1:]
        elif num.style in styles and not self._under_heading(num, level):
            # the next of a sequence: back to its predecessor's level
            del self.stack[len(styles) - 1 - styles[::-1].index(num.style):]
        elif num.rank is None and num.value > 1 and num.style != "row" and not num.style.startswith("q-"):
            # "(b)" whose "(a)" was never read (a bill's quoted "``(c)" goes under the item that inserts it)
            self._pop_to_holder(num.style)
        elif num.rank is not None:
            while self.stack and (self.stack[-1].rank is None or self.stack[-1].rank >= num.rank):
                self.stack.pop()
        while parent < 0 and level < PARA_LEVEL and self.stack and self.stack[-1].rank is None \
                and self.stack[-1].level >= level:
            self.stack.pop()
        if num.rank is None:
            self.parents.setdefault(num.style, set()).add(self.stack[-1].style if self.stack else "")
        node = Node(num.label, num.slug, num.style, num.rank, level, num.value)
        self.stack.append(node)
        return node

    def _under_heading(self, num: Number, level: int) -> bool:
        """A paragraph's item that starts a list afresh under a heading numbered in its style ("## 2. Talent"
        then "1. Train …") is an item of that heading's, not its sibling; "3." after it goes on its sequence."""
        node = next(n for n in reversed(self.stack) if n.style == num.style)
        return level == PARA_LEVEL and node.level < PARA_LEVEL and num.rank is None and num.value <= node.value

    def _numbered_parent(self, num: Number) -> int:
        """Where in the stack the number a decimal subsection extends is ("Sec. 4", "4." or "4.2" for "4.2.1")."""
        if num.style not in ("decimal", "decimal-para", "decimal-title"):
            return -1
        prefix = num.label.rsplit(".", 1)[0]
        for k in range(len(self.stack) - 1, -1, -1):
            node = self.stack[k]
            if node.style in ("decimal", "decimal-para") and node.label == prefix or numbers(node) == prefix or \
                    node.style in DECIMAL_HOLDERS and prefix.isdigit() and node.value == int(prefix):
                return k
        return -1

    def _pop_to_holder(self, style: str) -> None:
        """Pop to the deepest node that items of style have been seen under, else (a style not seen yet) to the
        innermost container or heading, so that "(b)" is no child of an unrelated "(ii) > (B)"; leave the stack
        as it is when no such node is open."""
        known = self.parents.get(style, set())
        for k in range(len(self.stack) - 1, -1, -1):
            node = self.stack[k]
            # a numbered heading holds what a heading does: paragraphs "3.", "4." numbered on from the sections
            # before it stay under "(一) 算力基礎設施" (a LegCo paper's sub-head), as "2." did under "背景"
            heading = "heading" in known and node.is_heading and node.level < PARA_LEVEL
            if node.style in known or heading or not known and (node.rank is not None or node.style in ANCHORS):
                del self.stack[k + 1:]
                return

    def _push_heading(self, text: str, level: int, pseudo: bool = False) -> Node:
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        if pseudo:  # a paragraph read as a sub-heading: it heads clauses but is no step of their path
            node = Node("", "", "pseudo", None, level, heading=text, is_heading=True)
        else:
            node = Node(short_label(text), label_slug(text), "heading", None, level, heading=text,
                        is_heading=True)
            # the same heading again under the same parents (a transcript's speaker, turn after turn) counts its
            # paragraphs on: "Ms Quinn > ¶1", "Ms Quinn > ¶2", not ¶1 for every turn (one path, ids by hash)
            key = (*map(id, self.stack), text, level)
            node.paras = self.headed[key].paras if key in self.headed else 0
            self.headed[key] = node
        self.stack.append(node)
        return node

    def _next_block(self, i: int) -> tuple[int, Block] | None:
        return next(((k, b) for k, b in enumerate(self.blocks[i + 1:], i + 1) if b.text.strip()), None)
