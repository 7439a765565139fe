"""An explainer page's layout (一图读懂): a goal written in fragments, a line or element each
("到2028年" / "智能算力规模" / "突破200EFLOPS" / "新建大型及以上数据中心电能利用效率（PUE）" /
"不高于1.25"), read back as the one paragraph it is (alone, each fragment is a clause or a heading that
says nothing, and its goals are read by no one); and a numbered task's title on a line of its own over
its text ("任务一　优化算力空间布局"), a heading, so that its text is cited as 任务一's."""

from __future__ import annotations

import re

from ingest.numbering import read_number
from ingest.types import Block

# when, alone: "到2028年", "2026年底", "截至2025年末"
_WHEN = re.compile(r"(?:到|至|截至|截止|力争到|力争|预计到)?(?:19|20)\d{2}年(?:底|末|前)?")
# a figure alone, perhaps after its cue and with its unit: "突破200EFLOPS", "不高于1.25", "达到60%以上", "5个"
_CUE = (r"突破|达到|达|超过|超|不低于|不高于|不少于|不超过|不大于|不小于|低于|高于|提升至|提升到|提高到|提高至"
        r"|降至|降到|降低到|降低至|下降|增长|增加|控制在|保持在|约|≥|≤|＞|＜|>|<")
_FIGURE = re.compile(rf"(?:{_CUE})?\s*\d+(?:\.\d+)?\s*(?:%|％|[A-Za-z]{{1,10}}|[\u4e00-\u9fff]{{1,4}})?"
                     r"(?:以上|以下|以内|左右)?")
# a task's title: short, no sentence's punctuation
_TITLE = re.compile(r"[^。；！？：:，,]{2,30}")
# what is measured, alone: a short phrase with a Chinese word and no sentence's punctuation, not opening with a figure
_MEASURE = re.compile(r"(?=.*[\u4e00-\u9fff])[^\d\s。；！？：:，,、][^。；！？：:，,、]{1,39}")


def read_layout(blocks: list[Block]) -> list[Block]:
    """The blocks with an explainer's fragments joined and its task titles as headings; any other block as it
    was (the same object)."""
    return _task_titles(join_fragments(blocks))


def join_fragments(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of fragments, when? then (what is measured, its figure) one or more times, a para
    each, joined into one para; any other block as it was."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = _run(blocks, i)
        if end > i:
            out.append(Block(_joined([b.text for b in blocks[i:end]])))
            i = end
        else:
            out.append(blocks[i])
            i += 1
    return out


def _run(blocks: list[Block], i: int) -> int:
    """The end of a run of fragments that starts at blocks[i] (i itself if none starts there)."""
    texts = [b.text.strip() if b.kind == "para" else "" for b in blocks[i:i + 21]]
    k = 1 if texts and _WHEN.fullmatch(texts[0]) else 0
    pairs = 0
    while k + 1 < len(texts) and _measure(texts[k]) and _figure(texts[k + 1]):
        k, pairs = k + 2, pairs + 1
    return i + k if pairs else i


def _measure(text: str) -> bool:
    return bool(_MEASURE.fullmatch(text)) and not _WHEN.fullmatch(text) and read_number(text) is None


def _figure(text: str) -> bool:
    return bool(_FIGURE.fullmatch(text)) and not _WHEN.fullmatch(text) and bool(re.search(r"\d", text))


def _joined(texts: list[str]) -> str:
    """The fragments as one line: a figure right after what it measures, each goal and its when apart by a space
    (as the page sets them apart; no word is added)."""
    k = 1 if _WHEN.fullmatch(texts[0]) else 0
    parts = texts[:k] + [_glued(texts[j], texts[j + 1]) for j in range(k, len(texts) - 1, 2)]
    return " ".join(parts)


def _glued(measure: str, figure: str) -> str:
    """"智能算力规模突破200EFLOPS"; a space between Latin letters and a figure's digits ("PUE 1.25")."""
    space = " " if measure[-1:].isascii() and measure[-1:].isalnum() and figure[:1].isascii() else ""
    return f"{measure}{space}{figure}"


def _task_titles(blocks: list[Block]) -> list[Block]:
    """A para that is a task's number and title alone ("任务三　降低算力使用成本"), over a para of text: a heading a
    level under the heading before it."""
    out, level = [], 2
    for k, b in enumerate(blocks):
        num = read_number(b.text) if b.kind == "para" else None
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if (num is not None and num.style == "task" and _TITLE.fullmatch(b.text[num.end:].strip())
                and after is not None and after.kind == "para"):
            b = Block(b.text, "heading", min(level + 1, 6))
        elif b.kind == "heading":
            level = b.level
        out.append(b)
    return out
