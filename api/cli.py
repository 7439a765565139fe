"""The `policykb` command: a thin skin that parses options, calls one library function, prints.

Library errors (PolicyKBError) become a one-line message and exit status 1; bad usage exits 2.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from api.settings import Settings, get_settings
from ingest.errors import PolicyKBError

log = logging.getLogger("policykb")

# said (on stderr) when no hit of a hybrid search holds a word of the query or is the part it cites, as the page
# says it
NO_WORDS = "no clause found holds the query's words or their glossary terms: these are only the closest in meaning"
# the CSV's columns: each clause with what a spreadsheet reader needs to tell its documents apart and cite it
EXPORT_FIELDS = ["clause_id", "doc_id", "title", "date", "source_url", "path", "heading", "lang", "text", "tags",
                 "targets", "agencies", "version", "expired", "lead", "supporting", "doc_kind"]


class Context:
    def __init__(self, settings: Settings):
        self.settings = settings


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", type=click.Path(path_type=Path), help="Data directory [env POLICYKB_DATA; ./data].")
@click.option("--model", help="Embedding model: e5+use (default), e5, use, st:NAME, fake [env POLICYKB_MODEL].")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail.")
@click.option("-q", "--quiet", is_flag=True, help="Log warnings and errors only.")
@click.pass_context
def cli(ctx: click.Context, data: Path | None, model: str | None, verbose: bool, quiet: bool) -> None:
    """policykb: a knowledge base of policy documents with clause-level bilingual search."""
    overrides = {k: v for k, v in {"data": data, "model": model}.items() if v is not None}
    settings = get_settings().model_copy(update=overrides)
    if settings.data.exists() and not settings.data.is_dir():
        raise click.UsageError(f"the data directory {settings.data} is a file, not a directory "
                               "(--data or POLICYKB_DATA)")
    level = logging.DEBUG if verbose else logging.WARNING if quiet else settings.log_level.upper()
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("faiss").setLevel(logging.WARNING)  # its loader chatter is not ours to show
    ctx.obj = Context(settings)


def _embedder(settings: Settings):
    """The model asked for; else the one the current index was built with; else the default."""
    from index.embed import DEFAULT_SPEC, get_embedder
    from index.manifest import read_manifest

    spec = settings.model
    if spec is None:
        try:
            spec = read_manifest(settings.data)[1].model_spec
        except PolicyKBError:
            spec = DEFAULT_SPEC
    return get_embedder(spec)


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        click.echo(f"\r\033[K{message[:120]}", nl=False, err=True)
    else:
        log.info(message)  # counts in the log when not on a terminal


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Exit non-zero when any input was skipped or a URL failed.")
@click.option("--no-index", is_flag=True, help="Update the clauses only; build the index later.")
@pass_ctx
def ingest(ctx: Context, inputs: tuple[str, ...], strict: bool, no_index: bool) -> None:
    """Bring the knowledge base up to date with files, folders and URLs (PATH_OR_URL...)."""
    from ingest.pipeline import ingest as run_ingest

    s = ctx.settings
    report = run_ingest(inputs, s.data, fetcher_factory=_fetcher_factory(s), progress=_progress)
    if sys.stderr.isatty():
        click.echo("", err=True)
    for p in report.problems:
        click.echo(f"skipped {p.source}: {p.reason}", err=True)
    for p in report.kept_stored:
        click.echo(f"kept {p.source}: {p.reason}", err=True)
    for f in report.ignored:  # a folder's files in no format policykb reads, nor one it names as unread
        click.echo(f"ignored {f}: not a format policykb reads (name it to read it as text)", err=True)
    if report.offline:
        click.echo(f"network: {len(report.offline)} URL(s) could not be reached; kept what was "
                   "already fetched", err=True)
    summary = report.to_dict()
    summary.pop("problems")
    summary["kept_stored"] = len(summary["kept_stored"])
    summary["ignored"] = len(summary["ignored"])
    _finish(s, summary, no_index)
    if strict and (report.problems or report.kept_stored):
        sys.exit(1)


@cli.command()
@click.argument("documents", nargs=-1, required=True)
@click.option("--no-index", is_flag=True, help="Update the clauses only; build the index later.")
@pass_ctx
def remove(ctx: Context, documents: tuple[str, ...], no_index: bool) -> None:
    """Remove documents (DOC_ID, or the file or URL one was read from) and their clauses. Links to
    their clauses then answer 404 saying the document was removed, and what the clause said. A
    document still in a folder you ingest again comes back."""
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import remove as run_remove

    s = ctx.settings
    gone, problems = run_remove(documents, s.data, progress=_progress)
    if problems:
        raise click.UsageError(f"{'; '.join(problems)}; nothing was removed (`policykb export` or GET "
                               "/documents lists the documents and their sources)")
    kb = KnowledgeBase(s.data)
    summary = {"removed": [{"doc_id": d.doc_id, "title": d.title} for d in gone],
               "documents": len(kb.documents()), "clauses": sum(1 for _ in kb.iter_clause_dicts())}
    _finish(s, summary, no_index)


def _finish(s: Settings, summary: dict, no_index: bool) -> None:
    """Build the index after a change to the kb (unless no_index), and print the run's summary."""
    built = None if no_index else _build(s, if_changed=True)
    if no_index and (s.data / "index" / "CURRENT").exists():
        click.echo("the index was not rebuilt: search answers from the clauses it had until "
                   "`policykb index` builds it", err=True)
    if no_index and s.model:  # nothing was embedded: the model is the index's to choose
        click.echo(f"--model {s.model} was not used (nothing is embedded without an index): give it to "
                   "`policykb index`", err=True)
    if built is not None:
        summary["index"] = built
    click.echo(json.dumps(summary, ensure_ascii=False))


@cli.command()
@click.argument("sources", type=click.Path(path_type=Path), default=Path("corpus/sources.toml"))
@pass_ctx
def crawl(ctx: Context, sources: Path) -> None:
    """Fetch the URL sources of SOURCES (corpus/sources.toml) into the raw page store."""
    from ingest.crawl import RawStore, crawl_sources, load_sources

    s = ctx.settings
    store = RawStore(s.data / "raw")
    with _fetcher_factory(s)() as fetcher:
        report = crawl_sources([x for x in load_sources(sources) if x.url], store, fetcher)
    for f in report.failures:
        click.echo(f"failed {f.url}: {f.reason}", err=True)
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False))


@cli.command()
@pass_ctx
def index(ctx: Context) -> None:
    """Rebuild the search index from the clauses already ingested."""
    click.echo(json.dumps(_build(ctx.settings), ensure_ascii=False))


def _build(settings: Settings, if_changed: bool = False) -> dict:
    """Build the index; if_changed (after an ingest): keep the live one if it holds the same clauses."""
    from index.build import build_kb_index

    manifest = build_kb_index(settings.data, _embedder(settings), progress=_progress, if_changed=if_changed)
    if sys.stderr.isatty():
        click.echo("", err=True)
    return manifest.to_dict()


def _fetcher_factory(settings: Settings):
    from ingest.fetch import Fetcher, FetchSettings

    fs = FetchSettings(delay=settings.fetch_delay, total_timeout=settings.fetch_timeout)
    return lambda: Fetcher(fs)


@cli.command()
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
    """Search the clauses for QUERY (English or Chinese; "quoted phrases" must appear)."""
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


@cli.command()
@click.option("--doc", help="Only this document's clauses.")
@pass_ctx
def tags(ctx: Context, doc: str | None) -> None:
    """Clause counts per tag, overall and per document, and each tag's labels, as JSON (GET /tags)."""
    from api.render import tag_labels

    counts = _store(ctx.settings).tag_counts(doc)
    click.echo(json.dumps({**counts, "labels": tag_labels()}, ensure_ascii=False))


@cli.command()
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


@cli.command()
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


@cli.command()
@click.option("--host", help="Address to bind [env POLICYKB_HOST; 127.0.0.1].")
@click.option("--port", type=int, help="Port [env POLICYKB_PORT; 8000].")
@pass_ctx
def serve(ctx: Context, host: str | None, port: int | None) -> None:
    """Serve the HTTP API and the search page."""
    import uvicorn

    from api.app import create_app

    s = ctx.settings
    uvicorn.run(create_app(s), host=host or s.host, port=port or s.port,
                log_level=s.log_level.lower())


@cli.command()
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


@cli.command()
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


def main() -> None:
    """Entry point: run the CLI, turning library errors into a clean message."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except PolicyKBError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    except ValidationError as e:  # a POLICYKB_* setting of the wrong kind
        problems = "; ".join(f"POLICYKB_{'_'.join(map(str, err['loc'])).upper()}: {err['msg']}"
                             for err in e.errors())
        click.echo(f"error: bad setting: {problems}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as e:  # a data directory that cannot be written (read-only, full disk)
        where = f": {e.filename}" if e.filename else ""
        click.echo(f"error: {e.strerror or e}{where}", err=True)
        sys.exit(1)
