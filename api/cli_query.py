"""The `policykb` commands that read the knowledge base (search, tags, targets, agencies) or tag a text (tag)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from api.cli_context import Context, pass_ctx
from api.settings import Settings

# said (on stderr) when no hit of a hybrid search holds a word of the query or is the part it cites, as the page
# says it
NO_WORDS = "no clause found holds the query's words or their glossary terms: these are only the closest in meaning"


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("-k", default=10, show_default=True, help="How many clauses.")
@click.option("--tag", multiple=True, help="Only clauses with this tag id (repeatable, or comma-separated).")
@click.option("--lang", help="Only clauses in this language (zh, en; fr, de, es are searched but not tagged).")
@click.option("--doc", multiple=True, help="Only clauses of this document id (repeatable, or comma-separated: any "
              "of them).")
@click.option("--agency", help="Only measures this agency leads or supports (short forms such as 市人社局 too).")
@click.option("--mode", type=click.Choice(["hybrid", "semantic", "keyword"]), default="hybrid",
              show_default=True)
@click.option("--in-force", is_flag=True, help="Only documents still in force (none expired, 失效 or revoked).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@pass_ctx
def search(ctx: Context, query, k, tag, lang, doc, agency, mode, in_force, as_json) -> None:
    """Search the clauses for QUERY (English or Chinese; "quoted phrases" must appear; one no clause holds is
    searched as its words, with a warning)."""
    from api.clause_page import target_label
    from api.in_force import docs_in_force, expired_in, notice
    from api.params import check_agency, check_docs, check_lang, check_size, check_tags
    from api.render import hit_json
    from index.manifest import KB_NEWER, kb_newer
    from index.search import Index

    query = " ".join(query)
    check_size(query, k, ctx.settings)  # the API's limits, from the same settings
    lang = check_lang(lang)
    idx = Index.open(ctx.settings.data, model=ctx.settings.model)
    if kb_newer(ctx.settings.data, idx.manifest):
        click.echo(f"warning: {KB_NEWER}: run `policykb index`", err=True)
    tags, docs = check_tags(idx.store, tag), check_docs(idx.store, doc)
    agency = check_agency(idx.store, agency)
    if in_force:
        docs = docs_in_force(idx.store, docs or None)
    hits = [] if in_force and not docs else idx.search(query, k=k, mode=mode, tags=tags or None, lang=lang,
                                                       doc=docs or None, agency=agency)
    for warning in getattr(hits, "warnings", []):  # a quoted phrase no clause holds, searched as its words
        click.echo(f"warning: {warning}", err=True)
    if not hits:
        click.echo("no clause matched" + (" these filters" if tags or docs or lang or agency or in_force else ""),
                   err=True)
    elif mode == "hybrid" and not any({"keyword", "citation"} & set(h.matched) for h in hits):  # a cited part is exact
        click.echo(NO_WORDS, err=True)
    for i, h in enumerate(hits, 1):
        out = hit_json(h, expired_in(idx.store, h.clause.doc_id))
        if as_json:
            click.echo(json.dumps(out, ensure_ascii=False))
            continue
        c = h.clause
        tags = f"  [{', '.join(c.tags)}]" if c.tags else ""
        # a press article or publicity piece, as the page marks it: a press claim is not its source
        # a press claim, a rule not yet issued, a committee's recommendation
        kind = f" [{h.doc_kind}]" if h.doc_kind in ("news", "draft", "report") else ""
        click.echo(click.style(f"{i:2}. {h.score:.3f}  {h.title}{kind}  > {c.path}{tags}", bold=True))
        if out["expired"]:
            click.echo(click.style(f"    {notice(out['expired'])}{_revoker(idx.store, c.doc_id)}", fg="red"))
        if c.headings:  # where it stands, a table's header row included, as the page shows it
            click.echo(f"    {' › '.join(c.headings)[:300]}")
        click.echo("    " + c.text[:400].replace("\n", "\n    "))
        if out["targets"]:
            click.echo("    targets: " + "; ".join(target_label(t) for t in out["targets"]))
        agencies = out.get("agencies") or {}
        # each role named: "lead A; supporting B, C", not "lead A; B; C", which read as three leads
        roles = [f"{role} {', '.join(agencies[role])}" for role in ("lead", "supporting") if agencies.get(role)]
        if roles:
            click.echo("    agencies: " + "; ".join(roles))
        click.echo(f"    {c.clause_id}  {h.source_url}")


def _revoker(store, doc_id: str) -> str:
    """": TITLE (DATE)" of the document that calls this one revoked, as the clause page names it ("" if none)."""
    rows = store.fetch("SELECT json_extract(meta, '$.meta.revoked_by.title'), "
                       "json_extract(meta, '$.meta.revoked_by.date') FROM documents WHERE doc_id = ?", [doc_id])
    title, date = rows[0] if rows else (None, None)
    return f": {title}" + (f" ({date})" if date else "") if title else ""


def _store(settings: Settings):
    """The current index generation's store: tags, targets and agencies need no model. A knowledge base
    ingested with --no-index and never indexed is answered from what it holds, with a warning: its store is
    written to a scratch file for this command (no vectors, nothing under DATA/index)."""
    from index.manifest import KB_NEWER, STORE, kb_newer, read_manifest
    from index.store import Store
    from ingest.errors import NoIndex

    try:
        gen, manifest = read_manifest(settings.data)
    except NoIndex:
        if not (Path(settings.data) / "kb" / "clauses.jsonl").exists():
            raise
        return _scratch_store(settings)
    if kb_newer(settings.data, manifest):
        click.echo(f"warning: {KB_NEWER}: run `policykb index`", err=True)
    return Store(gen / STORE)


def _scratch_store(settings: Settings):
    """A store of the ingested clauses, in a temporary folder removed when the command exits."""
    import atexit
    import shutil
    import tempfile

    from index.store import Store, write_store
    from ingest.kb import KnowledgeBase

    click.echo("warning: no index yet: answering from the ingested clauses; run `policykb index` to search "
               "them", err=True)
    kb = KnowledgeBase(Path(settings.data))
    folder = Path(tempfile.mkdtemp(prefix="policykb-store-"))
    atexit.register(shutil.rmtree, folder, True)
    write_store(folder / "store.sqlite", kb.documents(), kb.clauses(), kb.history())
    return Store(folder / "store.sqlite")


@click.command()
@click.option("--doc", help="Only this document's clauses.")
@pass_ctx
def tags(ctx: Context, doc: str | None) -> None:
    """Clause counts per tag, overall and per document, and each tag's labels, as JSON (GET /tags)."""
    from api.render import tag_labels

    counts = _store(ctx.settings).tag_counts(doc)
    click.echo(json.dumps({**counts, "labels": tag_labels()}, ensure_ascii=False))


@click.command()
@click.option("--tag", help="Only targets of clauses with this tag.")
@click.option("--year", type=int, help="Only targets to be met in this year.")
@click.option("--doc", help="Only this document's targets.")
@click.option("--unit", help="Only targets in this unit, standard (EFLOPS, which takes PFLOPS too; CNY, GW, %) "
              "or as written (亿元).")
@click.option("--in-force", is_flag=True, help="Only documents still in force (none expired, 失效 or revoked).")
@click.option("--csv", "as_csv", is_flag=True, help="CSV instead of one JSON object per line (on standard "
              "output, so without the UTF-8 byte-order mark Excel wants: GET /targets?format=csv has it).")
@pass_ctx
def targets(ctx: Context, tag: str | None, year: int | None, doc: str | None, unit: str | None, in_force: bool,
            as_csv: bool) -> None:
    """Every quantified target, by year (GET /targets)."""
    from api.in_force import with_expired
    from api.params import check_doc, check_tag

    store = _store(ctx.settings)
    rows = with_expired(store, store.targets(tag=check_tag(store, tag), year=year, doc=check_doc(store, doc),
                                             unit=unit), in_force)
    if as_csv:
        from api.render import targets_csv

        click.echo(targets_csv(rows), nl=False)
        return
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


@click.command()
@click.option("--tag", help="Only clauses with this tag: who leads the talent measures is --tag talent.")
@click.option("--doc", help="Only this document's clauses.")
@click.option("--in-force", is_flag=True, help="Only documents still in force (none expired, 失效 or revoked).")
@pass_ctx
def agencies(ctx: Context, tag: str | None, doc: str | None, in_force: bool) -> None:
    """Every agency named as lead or supporting, with its counts of measures, one JSON line each (GET /agencies)."""
    from api.in_force import docs_in_force
    from api.params import check_doc, check_tag

    store = _store(ctx.settings)
    docs = docs_in_force(store) if in_force else None
    for row in store.agencies(tag=check_tag(store, tag), doc=check_doc(store, doc), docs=docs):
        click.echo(json.dumps(row, ensure_ascii=False))


@click.command()
@click.option("--date", help="The text's date (YYYY-MM-DD), so 'next year' resolves.")
def tag(date: str | None) -> None:
    """Tag the text on standard input: prints its tags, evidence and targets as JSON."""
    from api.params import check_date
    from api.render import tag_json
    from ingest.tag import tag_text

    date = check_date(date)  # before reading standard input: a bad date is refused at once
    text = sys.stdin.read()
    if not text.strip():  # as POST /tag refuses an empty text
        raise click.UsageError("no text on standard input: pipe the text to tag, e.g. `echo … | policykb tag`")
    click.echo(json.dumps(tag_json(tag_text(text, date=date), text), ensure_ascii=False))
