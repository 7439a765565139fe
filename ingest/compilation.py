"""A 政策汇编: several policies bundled in one page, each a part of its own headed by its 文号.

A compilation lists its policies in a 目录 ("二、东湖高新区算力券管理办法（试行）（武新管科创〔2026〕5号）"),
then prints each under a heading of its title with its 文号 on the line below. Read as one outline, the
second policy's chapters and the third's items nest inside the first's or second's last article; read
here, each policy's clauses have paths under its 文号 ("武新管科创〔2026〕5号 > 第二章 > 第五条"), which
is how a reader cites it, and ids under its place in the list ("…-b2-ch2-art5").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ingest.types import Block, Clause, Document

# a 目录 entry: its number, the policy's title and its 文号 in brackets at the end
_ENTRY = re.compile(r"^(?P<num>[一二三四五六七八九十]{1,3})、(?P<title>.{4,120}?)[（(](?P<number>[^（）()]{2,20}"
                    r"〔\d{4}〕\d{1,4}号)[）)]$")
_NUMBER = re.compile(r"^[^\s，。；]{2,20}〔\d{4}〕\d{1,4}号$")
_CONTENTS = re.compile(r"^目\s*录$")
_HEAD_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def compilation(doc: Document, blocks: list[Block]) -> list[Block]:
    """A compilation's 目录 as `meta.contents` and its policies as `meta.bundled` (one "文号 title" a line),
    the 目录's lines no clauses; where the page bundles fewer than two policies under headings of
    their own, blocks unchanged."""
    entries = [i for i, b in enumerate(blocks) if b.kind == "para" and _ENTRY.match(b.text)]
    if len(entries) < 2 or entries != list(range(entries[0], entries[0] + len(entries))):
        return blocks
    found = [_ENTRY.match(blocks[i].text) for i in entries]
    if len(_heads(blocks, [(m["title"], m["number"]) for m in found])) != len(found):
        return blocks
    doc.meta["contents"] = "\n".join(blocks[i].text for i in entries)
    doc.meta["bundled"] = "\n".join(f"{m['number']} {m['title']}" for m in found)
    drop = set(entries)
    if entries[0] and _CONTENTS.match(blocks[entries[0] - 1].text):
        drop.add(entries[0] - 1)
    return [b for i, b in enumerate(blocks) if i not in drop]


def bundled(doc: Document) -> list[tuple[str, str]]:
    """The (title, 文号) of the policies a compilation bundles, in its order; [] for any other document."""
    lines = doc.meta.get("bundled", "")
    return [(title, number) for number, _, title in (line.partition(" ") for line in lines.splitlines())]


def _heads(blocks: list[Block], policies: list[tuple[str, str]]) -> list[int]:
    """Where each policy's heading stands: a heading of its title (its 一、 number or not) over a line of
    its 文号, in the order listed."""
    heads: list[int] = []
    for title, number in policies:
        at = next((i for i in range(heads[-1] + 1 if heads else 0, len(blocks) - 1)
                   if blocks[i].kind == "heading" and _HEAD_NUMBER.sub("", blocks[i].text) == title
                   and blocks[i + 1].text == number), None)
        if at is None:
            return heads
        heads.append(at)
    return heads


def segment_parts(doc: Document, segment: Callable[[Document], list[Clause]]) -> list[Clause] | None:
    """A compilation's clauses, each policy segmented alone, its paths under its 文号 and its headings
    under its title; None for any other document. What comes before the first policy (an 编者按) is
    the compilation's own."""
    policies = bundled(doc)
    heads = _heads(doc.blocks, policies) if policies else []
    if not heads or len(heads) != len(policies):
        return None
    starts, pos = [], 0
    for b in doc.blocks:
        starts.append(pos)
        pos += len(b.text) + 1
    clauses = _part(doc, segment, 0, heads[0], "", "", "") if heads[0] else []
    for n, ((title, number), head) in enumerate(zip(policies, heads, strict=True), 1):
        end = heads[n] if n < len(heads) else len(doc.blocks)
        clauses += _part(doc, segment, head + 2, end, f"b{n}", number, doc.blocks[head].text, title,
                         offset=starts[head + 2] if head + 2 < len(doc.blocks) else pos)
    for i, c in enumerate(clauses):
        c.ordinal = i
    return clauses


def _part(doc: Document, segment: Callable[[Document], list[Clause]], first: int, last: int, slug: str,
          number: str, heading: str, title: str = "", offset: int = 0) -> list[Clause]:
    """The clauses of blocks [first, last) segmented as a document of their own, placed back in doc."""
    if first >= last:
        return []
    meta = {k: v for k, v in doc.meta.items() if k != "bundled"}  # a part is one policy
    part = dataclasses.replace(doc, blocks=doc.blocks[first:last], meta=meta, title=title or doc.title,
                               doc_id=f"{doc.doc_id}-{slug}" if slug else doc.doc_id)
    clauses = segment(part)
    for c in clauses:
        c.doc_id = doc.doc_id
        c.start, c.end = c.start + offset, c.end + offset
        if number:
            c.path = f"{number} > {c.path}" if c.path else number
            c.headings = [heading, *c.headings]
            c.heading = c.heading or heading
    return clauses
