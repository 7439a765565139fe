"""The `policykb` commands that build the knowledge base and serve it: ingest, remove, crawl, index, serve."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from api.cli_context import Context, pass_ctx
from api.settings import Settings
from ingest.errors import PolicyKBError

log = logging.getLogger("policykb")


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


@click.command()
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
    for new, held in report.alike:  # perhaps a copy held from before a change in how its title is read
        click.echo(f"alike {new} (read now) and {held} (held): same text, read as two documents; "
                   f"`policykb remove {held}` if it is a stale copy", err=True)
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


@click.command()
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


@click.command()
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


@click.command()
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



@click.command()
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
