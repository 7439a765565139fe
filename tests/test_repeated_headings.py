"""A heading that comes again under the same parents counts its paragraphs on, so no two clauses share a path."""

from ingest.segment import segment
from ingest.types import Block, Document


def _paths(blocks: list[Block]) -> list[str]:
    return [c.path for c in segment(Document("d", "Title", "en", blocks))]


def test_a_heading_again_among_its_siblings_counts_on():
    blocks = [Block("Title", "heading", 1), Block("Alice", "heading", 2), Block("First words of Alice."),
              Block("Bob", "heading", 2), Block("Bob replies at length."), Block("Alice", "heading", 2),
              Block("Alice again, a second time."), Block("A second paragraph of hers.")]
    assert _paths(blocks) == ["Alice > ¶1", "Bob > ¶1", "Alice > ¶2", "Alice > ¶3"]


def test_the_same_heading_under_other_parents_starts_again():
    blocks = [Block("Title", "heading", 1), Block("Chips", "heading", 2), Block("Background", "heading", 3),
              Block("Chips are scarce."), Block("Talent", "heading", 2), Block("Background", "heading", 3),
              Block("Engineers are scarce.")]
    assert _paths(blocks) == ["Chips > Background > ¶1", "Talent > Background > ¶1"]
