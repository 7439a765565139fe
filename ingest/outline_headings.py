"""Whether a line heads what follows it, judged for the Outliner (ingest.outline), which walks the blocks.

A numbered line's title over its items or paragraphs, an English section's title in title case, a short
unnumbered line over a longer paragraph (a pseudo-heading), and a heading before any text that opens the first
section rather than titling the document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.numbering import Number
from ingest.outline_forms import FormReader
from ingest.outline_stack import HEADS as _HEADS
from ingest.outline_stack import PARA_LEVEL, SENTENCE_PUNCT, Node, read_number
from ingest.outline_stack import title_like as _title_like
from ingest.text import HAN_CHAR, norm_key
from ingest.types import CELL, Block

# a date, or a date and time, alone on its line: "2025年3月", "2026年3月24日09点30分（北京时间）" (a procurement
# notice's deadline under its section's title), no sub-heading
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日(?:\s*(?:上午|下午)?\s*\d{1,2}\s*"
                        r"(?:[:：]\s*\d{2}|[点时](?:\s*\d{1,2}\s*分)?))?)?\s*(?:[（(][^（）()\d]{1,8}[)）])?$")
# a run-in label over its value, as a call's topic sets out its facts: "Type of action: Simple Grants",
# "Indicative budget: EUR 25 million", "Indicative duration of the action: 36 months"
_RUN_IN_LABEL = re.compile(r"^[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’()-]+){0,5}\s*:\s+\S")
# A section's title heads its paragraphs, each a clause, from three of them on (a work report's review: four
# paragraphs of results, each cited alone); two stay one clause with it, the second often going on from the
# first ("所有家庭成员均年满60周岁的，…放宽到上述标准的130％": split, it ranked 7th, not 1st, for its questions)
SECTION_PARAGRAPHS = 3
# an annex that is a form or a table to fill in, its title ending in …表 ("附件1 …申报表（…专项）", "附件3 …汇总表"):
# its short lines are the form's field labels ("联系人 手机号码", "（盖章）"), none a heading (not "…代表")
_FORM_TITLE = re.compile(r"(?<!代)表(?:[（(][^（）()]{1,30}[)）])?$")


def title_case(text: str) -> bool:
    """Most longer words capitalised: "Ensuring Safe and Reliable AI", not "The system shall be assessed"."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return sum(w[0].isupper() for w in words) * 2 >= len(words)


@dataclass
class HeadingReader(FormReader):
    """Judgements whether a line heads what follows it, over the outline stack and the blocks."""

    def _first_section(self, i: int, text: str, level: int) -> bool:
        """A heading before any text that is not the document's title but the first of its sections: a
        heading of its level follows the text under it ("## Chips" … "## Talent")."""
        short, long = sorted((norm_key(text), norm_key(self.doc_title)), key=len)
        if not short or short in long and len(short) * 2 >= len(long):  # it is (most of) the title
            return False
        body = False
        for block in self.blocks[i + 1:]:
            if block.kind == "heading" and body:
                return block.level == level
            body = body or block.kind not in _HEADS and bool(block.text.strip())
        return False

    def _child_follows(self, i: int, num: Number) -> bool:
        nxt = self._next_block(i)
        if nxt is None or nxt[1].kind in _HEADS:
            return False
        if self._heads_next(nxt[1].text.strip(), num):
            return True
        if (after := self._after_lead_in(i, num, nxt)) is not None:
            nxt = after
        return self._child_number(nxt[1].text.strip(), num)

    def _child_number(self, text: str, num: Number) -> bool:
        """Whether text opens an item numbered under num (its style new on the stack)."""
        child = read_number(text)
        if child is None or child.style in (num.style, "recommendation"):  # a report's box heads nothing before it
            return False
        unseen = child.style not in {n.style for n in self.stack}
        # an annex or chapter after an article is no child of it ("第二十五条 本公约由专委会负责解释。" over "附件：…")
        return unseen and (child.rank is None or num.rank is not None and child.rank > num.rank)

    def _zh_titled(self, i: int, num: Number, body: str) -> bool:
        """A bare Chinese title (no full stop) over a paragraph or two that end a sentence, where what follows
        shows it titles them, as PDF text sets an explanation's parts ("四、主要内容" over "《行动方案》共分为…。"):
        its items follow them ("（一）总体要求"), or a title of its own style next to it heads its section
        ("（一）总体要求" over one paragraph, "（二）重点任务" over eight; "3．申报单位应具备的资格条件" after
        "2．…" over its items). Alone, a title over one or two paragraphs stays one clause with them, but in a text
        delivered to a hall, whose sections each open their own paragraphs (a work report's "二、2025年经济社会发展
        总体要求和主要预期目标" over two, between "一、2024年工作回顾" and "三、2025年重点工作" over their items)."""
        if num.rank is not None or not HAN_CHAR.search(body) or SENTENCE_PUNCT.search(body[-1]) or \
                not self._paragraphs_follow(i, 1):
            return False
        if self.delivered:
            return True
        k, paras = i, 0
        while paras < SECTION_PARAGRAPHS and (nxt := self._next_block(k)) is not None and \
                nxt[1].kind not in _HEADS and not read_number(nxt[1].text.strip()):
            k, paras = nxt[0], paras + 1
        after = self._next_block(k)
        if after is not None and after[1].kind not in _HEADS and self._child_number(after[1].text.strip(), num):
            return True
        return self._sibling_titled(num, after)

    def _sibling_titled(self, num: Number, after: tuple[int, Block] | None) -> bool:
        """Whether the title before num, of its style under the same parent, was a heading, or the next (after)
        is a bare title over its section's paragraphs."""
        parent = self.stack[-2] if len(self.stack) >= 2 else None
        before = next((n for n in reversed(self.para_heads) if n.style == num.style), None)
        if before is not None and before.value == num.value - 1 and before.is_heading and \
                len(before.trail) >= 2 and before.trail[-2] is parent:
            return True
        nxt = read_number(after[1].text.strip()) if after is not None and after[1].kind not in _HEADS else None
        if nxt is None or nxt.style != num.style or nxt.value != num.value + 1:
            return False
        title = after[1].text.strip()[nxt.end:].strip()
        return bool(title) and _title_like(title, 40) and not SENTENCE_PUNCT.search(title[-1]) and \
            self._paragraphs_follow(after[0])

    def _after_lead_in(self, i: int, num: Number, nxt: tuple[int, Block]) -> tuple[int, Block] | None:
        """The block after nxt where block i is a bare Chinese title ("三、意见和建议", no rank, no full stop) and nxt a
        lead-in sentence ending in a colon ("…提出以下意见和建议：") over items that are sentences ("（一）…。"): the
        title heads the lead-in and its items, as it heads items that follow it at once; None otherwise (a lead-in
        over "；" items is one sentence with them, and an article's or item's own text leads its list)."""
        text = nxt[1].text.strip()
        if num.rank is not None or self.blocks[i].text.rstrip().endswith(("。", ".")) or nxt[1].kind in _HEADS or \
                not HAN_CHAR.search(text) or not text.endswith(("：", ":")) or read_number(text):
            return None
        after = self._next_block(nxt[0])
        return after if after is not None and after[1].kind not in _HEADS and after[1].text.rstrip().endswith("。") \
            else None

    def _titled_section(self, body: str, i: int) -> bool:
        """An English section's title in title case over a paragraph ("1. Background" then "In their 2024 AI use
        case inventories, …"; "6. Clarifications" over two): a heading, as a title over three paragraphs is
        in any language (an item's text, "1. Improve data sharing across agencies", is no title case)."""
        return (not HAN_CHAR.search(body) and len(body.split()) <= 8 and body[:1].isupper() and title_case(body)
                and self._paragraphs_follow(i, 1))

    def _paragraphs_follow(self, i: int, needed: int = SECTION_PARAGRAPHS) -> bool:
        """Whether needed (SECTION_PARAGRAPHS) unnumbered paragraphs follow block i, each ending a sentence (not
        a lead-in's colon, which the next goes on): a section's title over its paragraphs ("一、2024年工作回顾" over
        a report's paragraphs of results), each a clause of its own."""
        paras, k = 0, i
        while paras < needed and (nxt := self._next_block(k)) is not None:
            k, block = nxt
            text = block.text.strip()
            if block.kind in _HEADS or CELL in text or read_number(text) or not text.endswith(tuple("。；;！？!?.")):
                return False
            paras += 1
        return paras == needed

    def _labels_after_sub_heading(self, i: int, text: str) -> bool:
        """Whether block i opens a run of two or more labelled lines ("Type of action: Simple Grants" over
        "Indicative budget: EUR 25 million") after the paragraphs of the sub-heading open ("Expected outcomes" over
        its outcomes): the topic's facts, siblings of the sub-heading, not under it. Where the sub-heading's
        first paragraph is such a line ("Contact" over "Email: …"), the lines are its own."""
        node = self.stack[-1] if self.stack else None
        if node is None or node.style != "pseudo" or HAN_CHAR.search(text) or not _RUN_IN_LABEL.match(text):
            return False
        nxt = self._next_block(i)
        if nxt is None or nxt[1].kind in _HEADS or not _RUN_IN_LABEL.match(nxt[1].text.strip()):
            return False
        own = [b.text.strip() for b in self.blocks[node.last + 1:i] if b.text.strip()]
        # (not a table's "Note: …" and "Source: …" under its rows)
        return bool(own) and not any(_RUN_IN_LABEL.match(line) or CELL in line for line in own)

    def _leave_sub_heading(self, node: Node) -> None:
        """Take the sub-heading under a numbered title just pushed (node) off the stack where it has headed text of
        its own: "1. Context" after "Foreword" and its paragraph, "Recommendation 1" after "Introduction" and its
        two, are no part of it, as a heading block is none. One right over its parts ("Strategic actions" over
        "Strand 1 – …") still heads them."""
        sub = self.stack[-2] if len(self.stack) >= 2 and self.stack[-1] is node else None
        if sub is None or sub.style != "pseudo" or sub.level != PARA_LEVEL or HAN_CHAR.search(sub.heading):
            return  # (a text's title stays over its parts: a "title" block, or a Chinese line "关于…实施方案")
        if any(any(n is sub for n in unit.path) for unit in self.units):
            del self.stack[-2]

    def _pseudo_heading(self, i: int, text: str) -> bool:
        """A short unnumbered line with no sentence punctuation, before a longer paragraph: a sub-heading."""
        if self.cur is not None and self.cur.numbered or _DATE_LINE.match(text) or self._in_form():
            return False
        cjk = bool(HAN_CHAR.search(text))
        if not _title_like(text, 30 if cjk else 80) or re.search(r"[，,]", text) and cjk or text[-1] in ",，":
            return False
        if not cjk and (not text[:1].isupper() or not _words_of_a_heading(re.findall(r"[A-Za-z]+", text))):
            return False
        if cjk and len(HAN_CHAR.findall(text)) < 2:
            return False
        nxt = self._next_block(i)
        # before a numbered item the line may be left without a clause of its own: it stays text; and before
        # another such line, a name in an English list of them ("8. References": "Financial Administration Act"
        # over "Policy on Service and Digital" …), which it heads no more than that one heads the next (a Chinese
        # form's labels over labels are left as they are read)
        # (or, in English, before a lead-in as short: "Recommendations" over "8 DSIT should:")
        return (nxt is not None and nxt[1].kind not in _HEADS and (len(nxt[1].text.strip()) > len(text) or
                                                                  not cjk and nxt[1].text.rstrip().endswith(":"))
                and read_number(nxt[1].text) is None and (cjk or not _name_line(nxt[1].text.strip())))

    def _in_form(self) -> bool:
        """Whether the text read is inside an annex that is a form to fill in (its title ends in …表)."""
        return any(n.style == "annex" and _FORM_TITLE.search(n.heading) for n in self.stack)


def _words_of_a_heading(words: list[str]) -> bool:
    """Two words or more, or one word of a section's kind ("Objective", "Scope", "Introduction", "DEFINITIONS"
    over their paragraphs): four letters or more, capitalised or in capitals, no acronym ("EU", "OECD")."""
    return len(words) >= 2 or len(words) == 1 and len(words[0]) >= 4 and (
        words[0][1:].islower() or words[0].isupper() and len(words[0]) >= 6)


def _name_line(text: str) -> bool:
    """A short English line that is a name, no sentence or table row: "Policy on Service and Digital"."""
    return CELL not in text and _title_like(text, 80) and not SENTENCE_PUNCT.search(text)
