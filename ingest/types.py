"""The one place that defines the data types every stage passes on: Document, Clause, Target, Hit."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

CELL = " | "  # how a parser joins the cells of a table row into one block's text


@dataclass(slots=True)
class Block:
    """One block of a document body in reading order, as the parser found it.

    kind is "heading" (level 1..6: a Markdown #, an HTML h1-h6, a "CHAPTER"/"Article N" title), "title"
    (the title of a text inside the document, such as the measures a notice issues: it heads what follows,
    and is no step of the outline path) or "para" (level 0): a paragraph, list item, table row (cells
    joined by CELL) or line of text, or "field" (a blank form's row of field names, read as a paragraph but
    no clause: ingest/html_forms.py). Numbering such as
    一、 （一） 1. (a) 第五条 stays at the start of the text: the segmenter reads it.
    """

    text: str
    kind: str = "para"
    level: int = 0


@dataclass(slots=True)
class Document:
    """A policy text with its metadata and its body as blocks."""

    doc_id: str
    title: str
    lang: str  # "zh" | "en" | ...
    blocks: list[Block]
    source_url: str = ""  # the canonical source (URL, or file path for local files)
    sources: list[str] = field(default_factory=list)  # every source this document was read from
    issuer: str = ""  # 发布机构 / the issuing body
    doc_number: str = ""  # 文号, "Regulation (EU) 2024/1689", "Executive Order 14110"
    date: str = ""  # ISO date that dates the document (成文日期, else 发布日期, else article date)
    date_written: str = ""  # 成文日期
    date_published: str = ""  # 发布日期
    kind: str = ""  # "regulation" | "notice" | "news" | "faq" | "guide" | "" when unknown
    fmt: str = ""  # the format it was parsed from: "gkmlpt" | "gzgov" | "eurlex" | "markdown" | ...
    meta: dict[str, str] = field(default_factory=dict)  # further metadata (索引号, 实施日期, ...)

    @property
    def text(self) -> str:
        """The body as one text: blocks joined by newlines; clause offsets point into it."""
        return "\n".join(b.text for b in self.blocks)

    def to_dict(self, blocks: bool = True) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        if not blocks:
            d.pop("blocks")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        d["blocks"] = [Block(**b) for b in d.get("blocks", [])]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class Target:
    """A quantified goal found in a clause: 'computing power to surpass 40 EFLOPS by 2025'."""

    value: float
    unit: str
    year: int | None
    metric: str
    text: str  # the span it was read from
    comparator: str = ""  # ">=", ">", "<=", "<", "=", "~"
    start: int = -1  # offsets of the span in the clause text
    end: int = -1


@dataclass(slots=True)
class Agencies:
    """Who leads and who supports a measure, from its （X牵头，Y配合） note."""

    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    note: str = ""  # the note as written
    row: str = ""  # for a measure restated in a table of tasks: the id of the row these were taken from

    def __bool__(self) -> bool:
        return bool(self.lead or self.supporting)


@dataclass(slots=True)
class Clause:
    """The unit we index and cite: a measure, an article paragraph, a numbered item, a recital."""

    clause_id: str
    doc_id: str
    path: str  # place in the outline: "二 > （一） > 1", "Article 5 > 1 > (e)"
    heading: str  # the nearest heading text above it ("" if none)
    text: str  # the clause itself, never the whole document
    start: int  # offsets of the clause in Document.text
    end: int
    ordinal: int = 0  # position in the document, for outline order
    lang: str = ""
    agencies: Agencies = field(default_factory=Agencies)
    tags: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # tag -> matched term or score
    targets: list[Target] = field(default_factory=list)
    # every heading above it, outermost first: ["二、主要任务", "（一）扩大签约服务供给"]
    headings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Clause:
        d = dict(d)
        d["agencies"] = Agencies(**d.get("agencies") or {})
        d["targets"] = [Target(**t) for t in d.get("targets") or []]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True)
class Hit:
    """A clause with a score, as search returns it."""

    clause: Clause
    score: float
    title: str = ""
    source_url: str = ""
    highlight: str = ""  # the text with matched parts marked «like this»
    matched: list[str] = field(default_factory=list)  # what found it: "dense", "keyword", "citation"
    excerpt_from: str = ""  # for a catalogue's excerpt: the table and row that quote the document
    doc_kind: str = ""  # the document's kind: "news" for a press article, "regulation", "notice", …
