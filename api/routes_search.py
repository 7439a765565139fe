"""GET and POST /search: the clauses that answer a query, each search run whole in one worker thread."""

from __future__ import annotations

import threading
import time
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from threadpoolctl import threadpool_limits

from api.dependencies import get_index, once
from api.in_force import docs_in_force, expired_in
from api.params import (
    SearchBody,
    check_agency,
    check_dates,
    check_docs,
    check_issuer,
    check_lang,
    check_size,
    check_tags,
)
from api.render import hit_json
from api.responses import BAD_BODY, ERRORS, UNKNOWN_DOC
from api.schemas import SearchOut
from api.settings import Settings
from index.manifest import KB_NEWER, kb_newer

_SEARCH_OK: dict[int | str, dict[str, Any]] = {200: {"model": SearchOut, "description": "the clauses found"}}

_pools_limited = threading.local()
_pools_lock = threading.Lock()  # threadpoolctl walks the loaded libraries: one thread at a time


def _one_thread_per_pool() -> None:
    """threadpool_limits(1) in the calling thread, once: BLAS's limit is process-wide, but OpenMP's
    (e5's engine) is per thread, and the lifespan's call reaches only the main thread while searches
    run in worker threads. Measured over 187 queries: p50 41-46 ms with it, 48-51 ms without."""
    if not getattr(_pools_limited, "done", False):
        with _pools_lock:
            threadpool_limits(1)
        _pools_limited.done = True


def add_routes(app: FastAPI, settings: Settings) -> None:
    """GET and POST /search, within the settings' limits."""

    def run_search(request: Request, body: SearchBody) -> JSONResponse:
        _one_thread_per_pool()
        check_size(body.q, body.k, settings)
        lang = check_lang(body.lang)
        index = get_index(request)
        tags, docs = check_tags(index.store, body.tag), check_docs(index.store, body.doc)
        agency, issuer = check_agency(index.store, body.agency), check_issuer(index.store, body.issuer)
        check_dates(body.date_from, body.date_to)
        t0 = time.perf_counter()
        if body.in_force:  # judged today, as `expired` is: the documents still in force, of those asked for
            docs = docs_in_force(index.store, docs or None)
        hits = [] if body.in_force and not docs else index.search(
            body.q, k=body.k, mode=body.mode, tags=tags or None, doc=docs or None, lang=lang,
            issuer=issuer, agency=agency, date_from=body.date_from, date_to=body.date_to,
            group_by_doc=body.group,
        )
        took = (time.perf_counter() - t0) * 1000
        results = [hit_json(h, expired_in(index.store, h.clause.doc_id)) for h in hits]
        out = {"query": body.q, "results": results, "took_ms": round(took, 2)}
        # a warning only when there is one: the usual answer keeps its three keys
        warnings = [*getattr(hits, "warnings", []),
                    *([f"{KB_NEWER}: run `policykb index`"] if kb_newer(index.data_dir, index.manifest) else [])]
        if warnings:
            out["warning"] = "; ".join(warnings)
        # plain JSON already: a JSONResponse skips FastAPI's encoder, which took ~1.3 ms for 10 hits
        return JSONResponse(out)

    # The search endpoints are async and hand the whole search, opening the index included, to one
    # worker thread: as sync endpoints with the index as a dependency they took two thread hops
    # (FastAPI runs a sync dependency in the pool too): 0.3 ms of a request on a small machine.
    @app.get("/search", tags=["search"], responses={**_SEARCH_OK, **ERRORS, **UNKNOWN_DOC}, response_model=None,
             dependencies=[once(SearchBody)])
    async def search_get(request: Request, params: Annotated[SearchBody, Query()]) -> JSONResponse:
        """Search clauses: hybrid (dense + keyword) by default; "quoted phrases" must appear (one no clause
        holds is searched as its words, and `warning` says so). A parameter it
        does not take (lnag=zh) is refused, with the closest one it takes."""
        return await run_in_threadpool(run_search, request, params)

    @app.post("/search", tags=["search"], responses={**_SEARCH_OK, **ERRORS, **BAD_BODY, **UNKNOWN_DOC},
              response_model=None)
    async def search_post(request: Request, body: SearchBody) -> JSONResponse:
        """Search clauses with a JSON body, read as JSON whatever its Content-Type says."""
        return await run_in_threadpool(run_search, request, body)
