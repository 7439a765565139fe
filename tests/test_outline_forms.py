"""Tests for ingest.outline_forms: a table's caption over its rows, and a list's title over its items (and where
ingest.outline ends a list)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Clause, Document


def _doc(blocks: list[Block | str], lang: str = "en") -> Document:
    return Document(doc_id="doc1", title="t", lang=lang,
                    blocks=[b if isinstance(b, Block) else Block(b) for b in blocks])


def _paths(clauses: list[Clause]) -> dict[str, str]:
    return {c.path: c.text for c in clauses}


# a white paper's summary table: "Table 1: Summary of commitments" over rows C1, C2, C3
_COMMITMENTS = [
    Block("4. Delivery", "heading", 2),
    "4.1 DSIT will publish an annual progress report to Parliament, the first in spring 2027.",
    "4.2 The commitments in this white paper, their owners and their dates are summarised below.",
    "Table 1: Summary of commitments",
    "Ref | Commitment | Owner | Date",
    "C1 | Expand AIRR public compute to at least 100,000 GPU-equivalents | UKRI | 2030",
    "C2 | Procure a national supercomputer at the University of Edinburgh | UKRI, DSIT | 2027",
    "C3 | Designate the first AI Growth Zone at Culham | DSIT | 2028",
    "The government will review these commitments each year.",
]


def test_caption_heads_rows_by_their_ids() -> None:
    clauses = segment(_doc(_COMMITMENTS))
    paths = _paths(clauses)
    assert paths["4 > Table 1 > C2"].startswith("C2 | Procure")
    assert paths["4 > 4.2"].startswith("4.2 The commitments")  # the paragraph before keeps its own text only
    row = next(c for c in clauses if c.path == "4 > Table 1 > C3")
    assert row.clause_id == "doc1-4-table1-c3"
    assert row.heading == "Table 1: Summary of commitments"
    assert "Ref | Commitment | Owner | Date" in row.headings  # the header row still heads the rows
    assert not any(c.text.startswith("Ref |") for c in clauses)  # and is no clause
    assert paths["4 > ¶1"].startswith("The government will review")  # after the table: the section's again


def test_caption_rows_without_ids_are_cited_by_place() -> None:
    blocks = ["Table 2: Milestones", "Milestone | Owner | Date",
              "Open the first AI Growth Zone | DSIT | 2028", "Train 7.5 million workers | DSIT | 2030"]
    paths = _paths(segment(_doc(blocks)))
    assert paths["Table 2 > row 2"].startswith("Train 7.5 million")
    assert paths["Table 2 > row 1"].startswith("Open the first")


def test_caption_rows_numbered_in_chinese() -> None:
    blocks = ["三、重点任务", "表1 重点任务分工", "序号 | 重点任务 | 牵头单位",
              "（一） | 建设智能算力中心，新增算力1000PFLOPS。 | 市发展改革委",
              "（二） | 培育人工智能企业100家。 | 市科技局"]
    paths = _paths(segment(_doc(blocks, lang="zh")))
    assert paths["三 > 表1 > （二）"].startswith("（二） | 培育")


def test_no_caption_no_table_node() -> None:
    """A line that names a table in a sentence, or a caption with no rows after it, heads nothing."""
    blocks = ["4.2 The commitments are summarised below.", "Table 1 sets out who leads each commitment.",
              "C1 | Expand AIRR public compute | UKRI | 2030", "C2 | Procure a supercomputer | UKRI | 2027"]
    assert not any("Table 1 >" in c.path for c in segment(_doc(blocks)))


def test_caption_in_markdown() -> None:
    md = ("# Compute for Growth\n\n## 4. Delivery\n\n4.2 The commitments are summarised below.\n\n"
          "Table 1: Summary of commitments\n\n| Ref | Commitment | Owner | Date |\n|---|---|---|---|\n"
          "| C1 | Expand AIRR public compute | UKRI | 2030 |\n"
          "| C2 | Procure a national supercomputer | UKRI | 2027 |\n")
    paths = _paths(segment(parse(md, "paper.md")))
    assert paths["4 > Table 1 > C2"].startswith("C2 | Procure")


# a press release's list of components under its bold title, and the release's paragraphs after the list
_RELEASE = [
    "The Union Cabinet had approved the IndiaAI Mission in March 2024 with a budget outlay of ₹10,371.92 crore.",
    "Key components of the IndiaAI Mission",
    "1. IndiaAI Compute Capacity: An AI compute infrastructure of 10,000 or more GPUs.",
    "2. IndiaAI Innovation Centre: Development of indigenous Large Multimodal Models.",
    "3. IndiaAI Datasets Platform: A unified data platform providing access to non-personal datasets.",
    "The Mission will be implemented by the IndiaAI Independent Business Division under Digital India Corporation.",
    "The Ministry of Electronics and Information Technology will issue a second tender for 15,000 GPUs.",
]


def test_list_title_heads_its_items() -> None:
    clauses = segment(_doc(_RELEASE))
    paths = _paths(clauses)
    assert paths["Key components of the IndiaAI Mission > 3"].startswith("3. IndiaAI Datasets")
    assert not any(c.text == "Key components of the IndiaAI Mission" for c in clauses)  # no clause of its own
    item = next(c for c in clauses if c.path.endswith("> 2"))
    assert item.heading == "Key components of the IndiaAI Mission"


def test_paragraph_after_last_item_is_the_parents() -> None:
    paths = _paths(segment(_doc(_RELEASE)))
    assert paths["Key components of the IndiaAI Mission > 3"].endswith("non-personal datasets.")
    assert paths["¶2"].startswith("The Mission will be implemented")  # not under the list's title either
    assert paths["¶3"].startswith("The Ministry of Electronics")


def test_paragraph_after_untitled_list_is_the_parents() -> None:
    paths = _paths(segment(_doc([_RELEASE[0], *_RELEASE[2:]])))
    assert paths["3"].endswith("non-personal datasets.")
    assert paths["¶2"].startswith("The Mission will be implemented")


def test_subparagraph_after_articles_last_paragraph_stays() -> None:
    """Within an article, an unnumbered paragraph after its last numbered one is that paragraph's subparagraph."""
    blocks = [Block("Article 5", "heading", 3), "1. Providers shall register the system.",
              "2. Deployers shall keep logs.", "3. Importers shall verify the conformity.",
              "The Commission shall adopt implementing acts laying down the procedure."]
    assert "The Commission shall" in _paths(segment(_doc(blocks)))["Article 5 > 3"]


def test_item_continuation_stays_with_the_item() -> None:
    """A lower-case continuation, a paragraph before the list's next item, and the last item of a list whose
    items run to several paragraphs stay with their item."""
    lower = segment(_doc([*_RELEASE[:5], "with an outlay of ₹199.55 crore, to be spent by 2029."]))
    assert _paths(lower)["Key components of the IndiaAI Mission > 3"].endswith("spent by 2029.")
    between = [*_RELEASE[:4], "It will be ready by the end of 2025.", *_RELEASE[4:6]]
    assert _paths(segment(_doc(between)))["Key components of the IndiaAI Mission > 2"].endswith("end of 2025.")
    long_items = [_RELEASE[2], "It is built through public-private partnership.", *_RELEASE[3:6]]
    assert _paths(segment(_doc(long_items)))["3"].endswith("Digital India Corporation.")


def test_short_line_before_a_paragraph_is_no_list_title() -> None:
    blocks = ["Key components of the IndiaAI Mission",
              "The Mission has seven components, each with its own outlay, approved by the Cabinet in March 2024."]
    assert not any(" > " in c.path for c in segment(_doc(blocks)))
