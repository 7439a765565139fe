"""The lead-ins of lists: which clauses of a document a clause ending in a colon (or a dash: "are to—") leads
("到2026年，具体目标如下：",
"(b) … the Secretary shall:"). The targets read a deadline or a goal word from them (ingest.tag), the English
agencies a directive's subject (ingest.agencies_en)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.types import Clause

# The items a Chinese plan writes as dashes under its lead-in ("具体目标如下：" then "——算力支撑更加有力。…"):
# paragraphs with no number of their own, items of the list all the same.
_DASH_ITEM = re.compile(r"^\s*(?:——|—|－－)\s*\S")


_LEAD_END = re.compile(r"(?:[：:]|(?<!—)—|--)\s*$")
_HEADING_LEAD = re.compile(r"\b(?:shall|will|must|should|to)\s*(?:--|—)\s*$")


def _parent(path: str) -> str:
    return path.rpartition(" > ")[0]


def list_leads(clauses: Sequence[Clause]) -> list[list[str]]:
    """For each clause of a document (in order), the lead-ins of the lists it is an item of, innermost
    first. A lead-in is a clause that ends in a colon ("到2026年，具体目标如下：", "(b) … shall:"). It
    leads the clauses under it in the outline and, when it is a paragraph with no number of its own
    ("¶2"), the numbered items right after it at its level ("主要目标：…具体包括：" then "1.…", "2.…"),
    up to the first clause it does not lead; so do the paragraphs after it at its level that open with a dash
    ("——算力支撑更加有力。…"), up to the first that does not. A lead-in too short to stand alone, which the
    segmenter joined to the list's first item ("到2026年，具体目标如下：\n（一）…"), leads the items after it."""
    out: list[list[str]] = []
    open_leads: list[tuple[str, str]] = []  # (path, text), outermost first
    for clause in clauses:
        own = clause.path.rpartition(" > ")[2]
        dash = bool(_DASH_ITEM.match(clause.text))
        open_leads = [(path, text) for path, text in open_leads if clause.path.startswith(path + " > ") or (
            path.rpartition(" > ")[2].startswith("¶") and _parent(clause.path) == _parent(path)
            and (dash or not own.startswith("¶")))]
        leads = [text for _, text in reversed(open_leads)]
        # a bill's lead-in the outline made a heading over its items: "``(2) Allocation.--Of the computing
        # capacity …, the Director shall--" over "``(A) reserve not less than 20 percent …"
        # (inside every clause lead-in above it: innermost first)
        leads = [h for h in reversed(clause.headings) if _HEADING_LEAD.search(h) and h not in leads] + leads
        out.append(leads)
        first, _, rest = clause.text.partition("\n")
        # (or a dash, as an Indian notification's "are to—" and a US bill's "shall--" end)
        if _LEAD_END.search(clause.text):
            open_leads.append((clause.path, clause.text))
        elif rest.strip() and first.rstrip().endswith(("：", ":")) and not own.startswith("¶"):
            parent = _parent(clause.path)
            open_leads.append((f"{parent} > ¶" if parent else "¶", first))
    return out
