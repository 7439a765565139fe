"""The `policykb` command: a thin skin that parses options, calls one library function, prints.

Library errors (PolicyKBError) become a one-line message and exit status 1; bad usage exits 2. The group and
its options are here; its commands in cli_build (ingest, remove, crawl, index, serve), cli_query (search, tags,
targets, agencies, tag) and cli_export (export).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from api import cli_build, cli_export, cli_query
from api.cli_context import Context
from api.settings import get_settings
from index.devices import DEVICE_PATTERN
from ingest.errors import PolicyKBError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", type=click.Path(path_type=Path), help="Data directory [env POLICYKB_DATA; ./data].")
@click.option("--model", help="Embedding model: e5+use (default), e5, use, st:NAME, fake [env POLICYKB_MODEL].")
@click.option("--device", help="Where an st: model runs: auto (default: a GPU when torch sees one), cpu, cuda, "
              "cuda:N, mps [env POLICYKB_DEVICE].")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail.")
@click.option("-q", "--quiet", is_flag=True, help="Log warnings and errors only.")
@click.pass_context
def cli(ctx: click.Context, data: Path | None, model: str | None, device: str | None, verbose: bool,
        quiet: bool) -> None:
    """policykb: a knowledge base of policy documents with clause-level bilingual search."""
    from index.embed import set_device

    if device is not None:
        device = device.strip().lower()
        if not re.fullmatch(DEVICE_PATTERN, device):
            raise click.BadParameter("use auto, cpu, cuda, cuda:N or mps", param_hint="--device")
    overrides = {k: v for k, v in {"data": data, "model": model, "device": device}.items() if v is not None}
    settings = get_settings().model_copy(update=overrides)
    if settings.data.exists() and not settings.data.is_dir():
        raise click.UsageError(f"the data directory {settings.data} is a file, not a directory "
                               "(--data or POLICYKB_DATA)")
    level = logging.DEBUG if verbose else logging.WARNING if quiet else settings.log_level.upper()
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("faiss").setLevel(logging.WARNING)  # its loader chatter is not ours to show
    set_device(settings.device)
    ctx.obj = Context(settings)


for command in (cli_build.ingest, cli_build.remove, cli_build.crawl, cli_build.index, cli_query.search,
                cli_query.tags, cli_query.targets, cli_query.agencies, cli_build.serve, cli_export.export,
                cli_query.tag):
    cli.add_command(command)


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
