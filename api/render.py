"""How answers are written: the stable JSON of a search hit, a document, agencies and tagging, and targets as
CSV safe for a spreadsheet. The HTTP service (api/app.py) and the CLI (api/cli.py) write the same shapes."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from api.in_force import expired
from api.source_gone import source_gone
from ingest.history import text_version
from ingest.taxonomy import load_taxonomy
from ingest.types import Hit
from ingest.units import standard_fields


def hit_json(hit: Hit, expired: str = "") -> dict:
    """The stable JSON of one search hit (README.md, "The HTTP API", lists the fields others rely on); expired:
    when its document ceased to be in force (api/in_force.py), "" while in force."""
    c = hit.clause
    return {
        "clause_id": c.clause_id,
        "doc_id": c.doc_id,
        "title": hit.title,
        "text": c.text,
        "path": c.path,
        "heading": c.heading,
        "headings": c.headings,
        "tags": c.tags,
        "evidence": c.evidence,
        "targets": [_target_json(t, c.text, hit.source_url) for t in c.targets],
        "agencies": agencies_json(c.agencies),
        "score": round(float(hit.score), 6),
        "source_url": hit.source_url,
        "lang": c.lang,
        "highlight": hit.highlight,
        "matched": hit.matched,
        "excerpt_from": hit.excerpt_from,
        "doc_kind": hit.doc_kind,
        "expired": expired,
        # the wording's version, as GET /clauses/{id} names it: a citation's link carries it (?v=)
        "version": text_version(c.text),
    }


def document_json(meta: dict[str, Any]) -> dict[str, Any]:
    """A document's metadata as GET /documents and /documents/{doc_id} give it: with `doc_kind` (its `kind`, named
    as search hits name it), `expired` (api/in_force.py) and `source_gone` (api/source_gone.py)."""
    return {**meta, "doc_kind": meta.get("kind") or "", "expired": expired(meta.get("meta")),
            "source_gone": source_gone(meta.get("meta"))}


def agencies_json(agencies) -> dict:
    """Who leads and who supports; `row` (the row of a table of tasks they were taken from) and `note` (the
    note as written) only when the clause has them."""
    out: dict[str, Any] = {"lead": agencies.lead, "supporting": agencies.supporting}
    out.update((key, value) for key in ("row", "note") if (value := getattr(agencies, key)))
    return out


def tag_json(result, text: str = "") -> dict:
    """What POST /tag and `policykb tag` answer: tags, their evidence, and the targets found (text: the text
    tagged, which says whose a 元 is)."""
    return {"tags": result.tags, "evidence": result.evidence,
            "targets": [_target_json(t, text) for t in result.targets]}


def _target_json(t, clause: str = "", source: str = "") -> dict:
    """A target as written, then its standard reading (ingest/units.py), which its clause's text and its
    document's source help tell."""
    return {"value": t.value, "unit": t.unit, "year": t.year, "metric": t.metric, "text": t.text,
            "comparator": t.comparator, **standard_fields(t.value, t.unit, t.text, clause, source)}


def tag_labels() -> dict[str, dict[str, str]]:
    """Each tag's English and Chinese label and description, from the taxonomy, for GET /tags and `policykb tags`."""
    return {t.id: {"en": t.label_en, "zh": t.label_zh, "description": t.description} for t in load_taxonomy().tags}


# Excel reads a CSV file without it as the system's code page: the Chinese comes out garbled. A pipe gets
# none (the next program would read it as part of the first column's name).
CSV_BOM = "\ufeff"
# a cell a spreadsheet would read as a formula: "=" (a comparator), or a clause of a fetched page that opens
# with =, +, -, @ ("=HYPERLINK(…)"), which Excel would run; a number ("-5") is none
_FORMULA = re.compile(r"^[=+\-@\t\r](?![\d.,]+$)")


def csv_safe(row: dict[str, Any]) -> dict[str, Any]:
    """The row with each cell a spreadsheet would read as a formula quoted with a leading apostrophe, as
    Excel's own "text" marker: "'=" reads as = and runs nothing."""
    return {k: f"'{v}" if isinstance(v, str) and _FORMULA.match(v) else v for k, v in row.items()}


def targets_csv(rows: list[dict]) -> str:
    """Targets as CSV, for GET /targets?format=csv and `policykb targets --csv` (without the BOM)."""
    buf = io.StringIO()
    # source_url, restated_in (its clause ids, "; "-separated), expired, then value_std and unit_std came last:
    # the columns before keep their places
    fields = ["doc_id", "clause_id", "metric", "value", "unit", "year", "comparator", "text", "title", "doc_kind",
              "source_url", "restated_in", "expired", "value_std", "unit_std"]
    writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(csv_safe({**row, "restated_in": "; ".join(row.get("restated_in") or [])}) for row in rows)
    return buf.getvalue()
