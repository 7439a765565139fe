"""Where a list of numbered items begins and ends, judged for the Outliner (ingest.outline), which walks the blocks.

A short first item after a lead-in stands alone; a closing provision or an address to the audience after the last
measure, a paragraph after a list of one-sentence items, belongs to no item but to what holds the list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.byline_zh import AUDIENCE
from ingest.numbering import Number
from ingest.outline_headings import HeadingReader
from ingest.outline_stack import HEADS as _HEADS
from ingest.outline_stack import SENTENCE_PUNCT, read_number

if TYPE_CHECKING:
    from ingest.outline import Unit

# A paragraph that opens a sentence of its own (not the lower-case rest of an item's), and an item that ends one
_NEW_SENTENCE = re.compile(r"[A-Z]")
_ITEM_END = re.compile(r"[.!?][\"'’”)]?\s*$")
# A Chinese text's closing provision on a line of its own after its last measure: when it takes effect, how
# long it holds, who interprets it ("本措施自印发之日起施行，有效期3年。"). It provides for the whole text,
# not for the measure above it.
_CLOSING_ZH = re.compile(r"^本[\u4e00-\u9fff]{1,20}?"
                         r"(?:自[^。]{1,30}?起(?:施行|实施|执行|生效)|有效期|由[^。]{2,30}?负责解释)")
# A US state governor's order's closing provisions after its last order: "This Order is not intended to, and does not,
# create any rights or benefits …", "IT IS FURTHER ORDERED that, as soon as hereafter possible, this Order be filed in
# the Office of the Secretary of State …"; they provide for the whole order, as a federal order's General Provisions do
_CLOSING_EN = re.compile(r"^(?:This (?:Executive )?Order is not intended to\b|IT IS FURTHER ORDERED that,? "
                         r"(?:as soon as hereafter possible, )?this (?:Executive )?Order (?:shall )?be filed\b)")
# A speech's or report's address to its audience ("各位代表！让我们更加紧密地团结…"): said to the hall, after
# the last measure as before the first, and part of no measure.
_ADDRESS = re.compile(rf"^{AUDIENCE}[！!：:，,]")


@dataclass
class ListReader(HeadingReader):
    """Judgements where a list of items begins and ends, over the units read so far and the blocks."""

    def _first_item_after_lead_in(self, i: int, num: Number) -> bool:
        """Whether the item at i is the first of a list that a paragraph ending in a colon leads ("本局决定对当事人
        作出如下行政处罚：" over "1.责令停止违法行为；" and "2.罚款…"), with its second item after it: an item of its
        own however short (joined to the lead-in as a fragment, it had no path of its own while its second had)."""
        prev = self._previous_block(i)
        if num.rank is not None or num.value != 1 or prev is None or self.blocks[prev].kind != "para" or \
                not self.blocks[prev].text.rstrip().endswith(("：", ":")):
            return False
        nxt = self._next_item(i, {num.style})
        return nxt is not None and any(r.style == num.style and r.value == 2 for r in nxt)

    def _closing(self, i: int, cur: Unit) -> bool:
        """Whether block i is a closing provision after the last item of a list of measures (no article's
        paragraph: an article says in its own words what it provides), with no item after it in its part, or
        an address to the audience."""
        if _ADDRESS.match(self.blocks[i].text.strip()):
            return True
        text = self.blocks[i].text.strip()
        if not (_CLOSING_ZH.match(text) or _CLOSING_EN.match(text)) or any(n.rank is not None for n in cur.path):
            return False
        if cur.first == cur.last and not SENTENCE_PUNCT.search(self.blocks[cur.first].text):
            return False  # "三、附则", a part's title alone: the provision is its text
        for block in self.blocks[i + 1:]:
            if block.kind in _HEADS:
                return True
            num = read_number(block.text.strip()) if block.text.strip() else None
            if num is not None:
                return num.style == "annex"  # the list of attachments after it: "附件：1.…申报指南"
        return True

    def _list_done(self, cur: Unit) -> bool:
        """Whether cur is the last of a list that a paragraph ending in a colon leads ("具体目标如下：") and
        whose items are one sentence-ending paragraph each: a paragraph after it is no part of the last item
        (a statistic after a list of goals), but the list's parent's."""
        if cur.first != cur.last or not self.blocks[cur.last].text.rstrip().endswith(("。", ".")):
            return False
        items = 1
        for unit in reversed(self.units):
            same = (unit.numbered and len(unit.path) == len(cur.path) and unit.path[-1].style == cur.path[-1].style
                    and all(a is b for a, b in zip(unit.path[:-1], cur.path[:-1], strict=True)))
            if same:
                if unit.first != unit.last:
                    return False
                items += 1
                continue
            lead = self.blocks[unit.last].text.rstrip()
            return (items >= 3 and not unit.numbered and unit.path == cur.path[:-1]
                    and lead.endswith(("：", ":")))
        return False

    def _list_ended(self, i: int, cur: Unit) -> bool:
        """Whether block i, a paragraph that opens a new sentence ("The Mission will be implemented by …"), comes
        after the last item of an English list of three or more, each one paragraph ending a sentence: it is the
        list's parent's text, not the last item's (a press release's quotes after its list of components). Not
        within an article or section, whose numbered paragraphs go on in unnumbered subparagraphs."""
        if not _NEW_SENTENCE.match(self.blocks[i].text.strip()) or not _ITEM_END.search(self.blocks[cur.last].text):
            return False
        return self._one_paragraph_items(i, cur) >= 3
