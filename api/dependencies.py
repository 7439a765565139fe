"""The routes' dependencies: the live index (reopened on a new build) and a parameter refused when repeated."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Annotated, Any, get_origin

from fastapi import Depends, Request
from pydantic import BaseModel

from index.manifest import current_build, read_manifest
from index.search import Index
from ingest.errors import BadQuery, IndexError_, NoIndex

# the service's log lines keep the name they were written under before the routes left api/app.py
log = logging.getLogger("api.app")


class IndexHolder:
    """Holds the open index; reopens it when a build switches CURRENT to a new generation."""

    def __init__(self, data_dir: Path, model: str | None):
        self.data_dir, self.model = Path(data_dir), model
        self._index: Index | None = None
        self._build: tuple[str, int, int] | None = None  # the build open (manifest.current_build)
        self._failed: tuple[str, int, int] | None = None  # a build that could not be opened: not retried
        self._lock = threading.Lock()
        self.error: str = "no index has been built yet: run `policykb ingest PATH`"

    def get(self) -> Index:
        try:
            build = current_build(self.data_dir)
        except IndexError_ as e:  # an unreadable pointer: keep serving what we have
            log.error("%s", e)
            build = self._build
        if self._stale(build):
            with self._lock:
                if self._stale(build):
                    self._reopen(build)
        if self._index is None:
            raise NoIndex(self.error)
        return self._index

    def _stale(self, build: tuple[str, int, int] | None) -> bool:
        return build != self._build and build != self._failed

    def _reopen(self, build: tuple[str, int, int] | None) -> None:
        generation = build[0] if build else None
        try:
            # The model already loaded serves the new generation when it was built with the same one.
            spec = read_manifest(self.data_dir)[1].model_spec
            old = self._index
            reuse = old is not None and old.manifest.model_spec == spec and self.model in (None, spec)
            index = Index.open(self.data_dir, old.embedder if reuse else None, model=self.model)
            if not reuse:  # the model loads its weights on its first encode (~2 s): not on a user's query
                index.embedder.encode_queries(["warm-up"])
        except IndexError_ as e:
            # A broken or refused new generation: keep serving the one we have, and do not try
            # this generation again until a build replaces it.
            self.error = str(e)
            self._failed = build
            log.error("cannot open index generation %s: %s", generation, e)
            return
        # The old generation is not closed here: a request in another thread may still be reading
        # it. It is released when the last reference goes.
        self._index, self._build = index, build
        log.info("index generation %s loaded", generation)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None



def get_index(request: Request) -> Index:
    return request.app.state.holder.get()


IndexDep = Annotated[Index, Depends(get_index)]


def once(model: type[BaseModel]) -> Any:
    """A dependency that refuses a single-valued parameter of the model given more than once (q=x&q=y): the
    query model would keep the last one silently. Parameters that take lists (tag, doc) may repeat."""
    single = frozenset(name for name, field in model.model_fields.items()
                       if get_origin(field.annotation) is not list)

    def check(request: Request) -> None:
        names = [name for name, _ in request.query_params.multi_items() if name in single]
        if repeated := sorted({name for name in names if names.count(name) > 1}):
            raise BadQuery(f"{', '.join(repr(n) for n in repeated)} given more than once: "
                           f"{'it takes' if len(repeated) == 1 else 'each takes'} one value")

    return Depends(check)
