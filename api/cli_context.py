"""The `policykb` command's context: the settings of this run, which every subcommand is passed."""

from __future__ import annotations

import click

from api.settings import Settings


class Context:
    def __init__(self, settings: Settings):
        self.settings = settings


pass_ctx = click.make_pass_decorator(Context)
