"""Tag clauses with taxonomy tags by bilingual rules, each tag with its evidence, and find targets."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.targets import extract_targets
from ingest.taxonomy import Tag, Taxonomy, load_taxonomy
from ingest.types import Clause, Target

log = logging.getLogger(__name__)

MAX_EVIDENCE = 3  # matched terms quoted as evidence per tag
# two or more capitalised words, joined by lower-case glue: "Department of Energy", "Naval Community College"
_NAME = re.compile(r"\b[A-Z][\w'.&-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*[A-Z][\w'.&-]*)+")


@dataclass(slots=True)
class TagResult:
    """The tags of one text, sorted, with evidence for each and the targets found."""

    tags: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)


def _blank(text: str, tag: Tag) -> str:
    """The text with this tag's excluded phrases blanked out, offsets kept."""
    spans = [(m.start(), m.end()) for m in tag.mask.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def match_tag(text: str, tag: Tag) -> list[str]:
    """The distinct terms of a tag found in the text, in order of appearance (case as written)."""
    if tag.assigned_by:
        return []
    names = [(m.start(), m.end()) for m in _NAME.finditer(text)] if tag.skip_names else []
    hits = sorted((m.start(), m.group().strip()) for m in tag.match.finditer(_blank(text, tag))
                  if m.group().strip() and not any(a <= m.start() and m.end() <= b for a, b in names))
    seen: dict[str, str] = {}
    for _, term in hits:
        seen.setdefault(term.lower(), term)
    return list(seen.values())


def tag_text(text: str, *, date: str = "", taxonomy: Taxonomy | None = None) -> TagResult:
    """Tag one text: rule tags with their matched terms, parents of sub-tags, and targets."""
    taxonomy = taxonomy or load_taxonomy()
    evidence: dict[str, str] = {}
    for tag in taxonomy.tags:
        terms = match_tag(text, tag)
        if terms:
            evidence[tag.id] = ", ".join(terms[:MAX_EVIDENCE])
    targets = extract_targets(text, date)
    for tag in taxonomy.tags:
        if tag.assigned_by == "targets" and targets:
            evidence[tag.id] = "; ".join(t.text for t in targets[:MAX_EVIDENCE])
    for tag_id in sorted(evidence):
        for parent in taxonomy.ancestors(tag_id):
            evidence.setdefault(parent, f"via {tag_id}: {evidence[tag_id]}")
    tags = sorted(evidence)
    return TagResult(tags=tags, evidence={t: evidence[t] for t in tags}, targets=targets)


def tag_clauses(clauses: Iterable[Clause], doc_date: str = "", *,
                taxonomy: Taxonomy | None = None) -> list[Clause]:
    """Fill tags, evidence and targets of each clause in place; return the clauses."""
    taxonomy = taxonomy or load_taxonomy()
    done = []
    for clause in clauses:
        result = tag_text(clause.text, date=doc_date, taxonomy=taxonomy)
        clause.tags, clause.evidence, clause.targets = result.tags, result.evidence, result.targets
        done.append(clause)
    log.debug("tagged %d clauses", len(done))
    return done
