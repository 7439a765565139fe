"""The `policykb export` command: every clause, as JSON lines or as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import json

import click

from api.cli_context import Context, pass_ctx

# the CSV's columns: each clause with what a spreadsheet reader needs to tell its documents apart and cite it
EXPORT_FIELDS = ["clause_id", "doc_id", "title", "date", "source_url", "path", "heading", "lang", "text", "tags",
                 "targets", "agencies", "version", "expired", "lead", "supporting", "doc_kind"]


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write to this file instead of standard output. A CSV file starts with a UTF-8 byte-order "
              "mark, so that Excel reads its Chinese; standard output gets none (in a pipe the mark would "
              "stick to the first column's name).")
@pass_ctx
def export(ctx: Context, fmt: str, output: str) -> None:
    """Write every clause: one JSON object per line (or CSV)."""
    from api.in_force import expired
    from ingest.history import text_version
    from ingest.kb import KnowledgeBase
    from ingest.units import standard_fields

    kb = KnowledgeBase(ctx.settings.data)
    docs = {d.doc_id: d for d in kb.documents()}
    # each row with its wording's version, as search hits and /clauses name it (the ?v= of a citation), whether
    # its document is still in force, and what kind of document it is (a press article's or a draft's claim,
    # not the rule's), as search hits and the /targets CSV say; its targets with their standard reading, as
    # search hits give them
    rows = ({**row, "version": text_version(row["text"]),
             "targets": [{**t, **standard_fields(t["value"], t["unit"], t["text"], row["text"],
                                                 docs[row["doc_id"]].source_url if row["doc_id"] in docs else "")}
                         for t in row.get("targets") or []],
             "expired": expired(docs[row["doc_id"]].meta if row["doc_id"] in docs else None),
             "doc_kind": docs[row["doc_id"]].kind if row["doc_id"] in docs else ""}
            for row in kb.iter_clause_dicts())
    try:
        out = click.open_file(output, "w", encoding="utf-8")  # "-" is standard output
    except OSError as e:
        raise click.FileError(output, e.strerror) from e
    with out:
        if fmt == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        from api.render import CSV_BOM, csv_safe

        if output != "-":
            out.write(CSV_BOM)
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            doc = docs.get(row["doc_id"])
            if doc is not None:
                row.update(title=doc.title, date=doc.date, source_url=doc.source_url)
            writer.writerow(csv_safe({**row, **_cells(row)}))


def _cells(row: dict) -> dict[str, str]:
    """A clause's lists as a spreadsheet reads them: tags "chips; talent", targets as the page writes them
    ("重点人群签约服务覆盖率: ≥ 80 % by 2023"), agencies as JSON and, one cell per role, lead and supporting
    (the JSON lines export keeps every field)."""
    from api.clause_page import target_label

    agencies = row.get("agencies") or {}
    return {"tags": "; ".join(row.get("tags") or []),
            "targets": "; ".join(target_label(t) for t in row.get("targets") or []),
            "agencies": json.dumps(agencies, ensure_ascii=False),
            "lead": "; ".join(agencies.get("lead") or []), "supporting": "; ".join(agencies.get("supporting") or [])}
