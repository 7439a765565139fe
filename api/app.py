"""The HTTP service: search, clauses, documents, tags, targets and tagging over the live index.

Every error leaves as one JSON shape, {"error": {"status", "type", "message"}} (api/errors.py): 422 for
bad input (an unknown tag, language or agency, or a parameter the route does not take, included), 400 for
a body that is not JSON, 404 for an unknown id (a document a filter names included), 503 while no index is
loaded. Every GET route answers HEAD too, and /docs is a plain page rendered here (api/reference.py):
nothing is loaded from another host.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, get_origin

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from threadpoolctl import threadpool_limits

from api.clause_page import removed_error, render_clause, render_missing, render_removed, revisions, wants_html
from api.errors import BodyAsJson, HeadAsGet, add_error_handlers
from api.in_force import docs_in_force, expired, expired_in, with_expired
from api.params import (
    AgenciesParams,
    ClauseParams,
    DocumentsParams,
    SearchBody,
    TagBody,
    TagsParams,
    TargetsParams,
    check_agency,
    check_date,
    check_dates,
    check_doc,
    check_docs,
    check_issuer,
    check_lang,
    check_size,
    check_tag,
    check_tags,
)
from api.reference import render_reference
from api.render import CSV_BOM, document_json, hit_json, tag_json, tag_labels, targets_csv
from api.schemas import (
    AgencyListOut,
    ClauseOut,
    DocumentsOut,
    DocumentWithClausesOut,
    ErrorBody,
    HealthOut,
    SearchOut,
    TagOut,
    TagsOut,
    TargetsOut,
)
from api.settings import Settings, get_settings
from api.source_gone import source_gone
from index.manifest import KB_NEWER, current_build, kb_newer, read_manifest
from index.search import Index
from ingest.errors import BadQuery, IndexError_, NoIndex, NotFound, PolicyKBError
from ingest.tag import tag_text
from ingest.types import Hit

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


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


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI application; the lifespan opens the index once (and reopens on a new build)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # The server only encodes single queries: one thread each for OpenMP (e5) and BLAS (USE).
        # Left at their defaults, the two pools spin against each other on a small machine and
        # a query takes twice as long.
        threadpool_limits(1)
        holder = IndexHolder(settings.data, settings.model)
        try:
            holder.get()
        except PolicyKBError as e:
            log.warning("starting without an index: %s", e)
        app.state.holder = holder
        yield
        holder.close()

    app = FastAPI(
        title="policykb",
        summary="Clause-level bilingual search over government policy documents.",
        version="0.1.0",
        lifespan=lifespan,
        # FastAPI's Swagger UI and ReDoc load their scripts from a CDN, which these machines cannot
        # reach: /docs is rendered here instead (_add_routes), and there is no /redoc
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyAsJson)
    add_error_handlers(app)
    _add_routes(app, settings)
    _document_limits(app, settings)
    return app


def _document_limits(app: FastAPI, settings: Settings) -> None:
    """Put the search limits, which are settings, into the OpenAPI schema: q's maxLength and k's maximum,
    for GET's query parameters and POST's body alike, so a client generated from it never asks for more."""
    limits = {"q": {"maxLength": settings.max_query_chars}, "k": {"maximum": settings.max_k}}

    generate = app.openapi  # FastAPI's own, which caches what it builds in app.openapi_schema

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = generate()
            for param in spec["paths"]["/search"]["get"]["parameters"]:
                param["schema"].update(limits.get(param["name"], {}))
            for name, props in spec["components"]["schemas"]["SearchBody"]["properties"].items():
                props.update(limits.get(name, {}))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def get_index(request: Request) -> Index:
    return request.app.state.holder.get()


IndexDep = Annotated[Index, Depends(get_index)]
# Documented on every route that can answer them (the body is always ErrorBody).
_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "a bad parameter; the message says which and why"},
    503: {"model": ErrorBody, "description": "no index is loaded yet"},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "no such id"}}
_UNKNOWN_DOC: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "a doc filter names no document"}}
_BAD_BODY: dict[int | str, dict[str, Any]] = {400: {"model": ErrorBody, "description": "the body is not JSON"}}
_SEARCH_OK: dict[int | str, dict[str, Any]] = {200: {"model": SearchOut, "description": "the clauses found"}}


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


def _ok(model: type, description: str) -> dict[int | str, dict[str, Any]]:
    """A 200 answer documented by its model: the routes return plain JSON, which the model describes and a
    test checks, so FastAPI neither filters nor re-encodes it (response_model=None)."""
    return {200: {"model": model, "description": description}}


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


def _add_routes(app: FastAPI, settings: Settings) -> None:
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
        if kb_newer(index.data_dir, index.manifest):  # only then: the usual answer keeps its three keys
            out["warning"] = f"{KB_NEWER}: run `policykb index`"
        # plain JSON already: a JSONResponse skips FastAPI's encoder, which took ~1.3 ms for 10 hits
        return JSONResponse(out)

    # The search endpoints are async and hand the whole search, opening the index included, to one
    # worker thread: as sync endpoints with the index as a dependency they took two thread hops
    # (FastAPI runs a sync dependency in the pool too): 0.3 ms of a request on a small machine.
    @app.get("/search", tags=["search"], responses={**_SEARCH_OK, **_ERRORS, **_UNKNOWN_DOC}, response_model=None,
             dependencies=[once(SearchBody)])
    async def search_get(request: Request, params: Annotated[SearchBody, Query()]) -> JSONResponse:
        """Search clauses: hybrid (dense + keyword) by default; "quoted phrases" must appear. A parameter it
        does not take (lnag=zh) is refused, with the closest one it takes."""
        return await run_in_threadpool(run_search, request, params)

    @app.post("/search", tags=["search"], responses={**_SEARCH_OK, **_ERRORS, **_BAD_BODY, **_UNKNOWN_DOC},
              response_model=None)
    async def search_post(request: Request, body: SearchBody) -> JSONResponse:
        """Search clauses with a JSON body, read as JSON whatever its Content-Type says."""
        return await run_in_threadpool(run_search, request, body)

    @app.get("/clauses/{clause_id}", tags=["clauses"], response_model=None, dependencies=[once(ClauseParams)],
             responses={
        **_ERRORS, **_NOT_FOUND, 200: {"description": "the clause, as JSON, or as a page for a browser",
                                       "model": ClauseOut, "content": {"text/html": {}}}})
    def clause(index: IndexDep, clause_id: str, request: Request,
               params: Annotated[ClauseParams, Query()]) -> Response:
        """One clause with its document's title and source: the stable link to cite. A browser (Accept:
        text/html) gets it as a page to read and cite from; anything else, or ?format=json, gets JSON
        (?format=html, the page).
        `version` names its wording and `history` its earlier ones; a link with ?v=VERSION is told in
        `cited` whether the clause still says what it cited (`known`: false for a version it never had), and
        where those words are now if not. An id a revision removed is a 404 that says what it said and where
        its words went (under "error", `history`; a page saying so, for a browser); a browser asking for an
        id no clause had gets a page saying so, with a link to search."""
        try:
            c = index.get_clause(clause_id)
        except NotFound:
            history = index.clause_history(clause_id)
            if not history:
                # an index behind its knowledge base may not hold the clause yet: say so, not "no such id"
                behind = kb_newer(index.data_dir, index.manifest)
                if wants_html(request):
                    return HTMLResponse(render_missing(clause_id, behind), status_code=404, headers={"Vary": "Accept"})
                if behind:
                    raise NotFound(f"no clause {clause_id!r} in this index; {KB_NEWER} (`policykb index`)") from None
                raise
            # its document gone as well, and its words nowhere: removed (policykb remove), not revised
            withdrawn = not history[-1].get("now_at") and not index.store.documents(history[-1]["doc_id"])
            if wants_html(request):
                return HTMLResponse(render_removed(clause_id, history, withdrawn), status_code=404,
                                    headers={"Vary": "Accept"})
            return JSONResponse(removed_error(clause_id, history, withdrawn), status_code=404,
                                headers={"Vary": "Accept"})
        doc = index.document_meta(c.doc_id)
        hit = Hit(clause=c, score=0.0, title=doc["title"], source_url=doc["source_url"], highlight=c.text,
                  excerpt_from=doc.get("meta", {}).get("excerpt_from", ""), doc_kind=doc.get("kind", ""))
        out = hit_json(hit, expired(doc.get("meta")))
        out.pop("score"), out.pop("matched")
        out["source_gone"] = source_gone(doc.get("meta"))
        out["document"] = document_json(doc)
        out.update(revisions(c.text, index.clause_history(clause_id), params.v))
        headers = {"Vary": "Accept"}
        if not wants_html(request):
            return JSONResponse(out, headers=headers)
        ids = [other.clause_id for other in index.document(c.doc_id)[1]]
        at = ids.index(clause_id)
        neighbours = (ids[at - 1] if at else None, ids[at + 1] if at + 1 < len(ids) else None)
        permalink = str(request.url.remove_query_params("format").include_query_params(v=out["version"]))
        return HTMLResponse(render_clause(out, permalink, neighbours), headers=headers)

    @app.get("/documents", tags=["documents"], response_model=None, dependencies=[once(DocumentsParams)],
             responses={**_ok(DocumentsOut, "every document, newest first"), **_ERRORS})
    def documents(index: IndexDep, params: Annotated[DocumentsParams, Query()]) -> dict:
        """Every document with its metadata and clause count. It takes no filter (one is refused); format=json
        is taken."""
        return {"documents": [document_json(d) for d in index.documents()]}

    @app.get("/documents/{doc_id}", tags=["documents"], response_model=None, dependencies=[once(DocumentsParams)],
             responses={
        **_ok(DocumentWithClausesOut, "the document and its clauses in outline order"), **_ERRORS, **_NOT_FOUND})
    def document(index: IndexDep, doc_id: str, params: Annotated[DocumentsParams, Query()]) -> dict:
        """One document and its clauses in outline order. An id the knowledge base held and no longer holds
        is a 404 that says when it went, and where its words are now if anywhere."""
        try:
            meta, clauses = index.document(doc_id)
        except NotFound:
            gone = index.store.document_gone(doc_id)
            if gone is None:
                raise
            when, now = gone[0][:10], gone[1]
            raise NotFound(f"no document {doc_id!r} now: " + (
                f"when this knowledge base re-read it on {when}, its words went to document {now!r}" if now else
                f"it was removed from this knowledge base on {when}")) from None
        hits = [Hit(clause=c, score=0.0, title=meta["title"], source_url=meta["source_url"]) for c in clauses]
        rows = []
        for h in hits:
            row = hit_json(h)
            for key in ("score", "matched", "highlight", "title", "source_url", "excerpt_from", "doc_kind", "expired"):
                row.pop(key)
            rows.append(row)
        return {**document_json(meta), "clauses": rows}

    @app.get("/tags", tags=["tags"], response_model=None, dependencies=[once(TagsParams)],
             responses={**_ok(TagsOut, "clause counts per tag, and the tags' labels"), **_ERRORS, **_NOT_FOUND})
    def tags(index: IndexDep, params: Annotated[TagsParams, Query()]) -> dict:
        """How many clauses carry each tag, overall and per document, and what each tag means."""
        return {**index.tag_counts(doc=check_doc(index.store, params.doc)), "labels": tag_labels()}

    @app.get("/agencies", tags=["agencies"], response_model=None, dependencies=[once(AgenciesParams)],
             responses={**_ok(AgencyListOut, "each agency and its measures"), **_ERRORS, **_NOT_FOUND})
    def agencies(index: IndexDep, params: Annotated[AgenciesParams, Query()]) -> dict:
        """Who leads and who supports: each agency with its counts of measures, over a tag or a document."""
        return {"agencies": index.agencies(tag=check_tag(index.store, params.tag),
                                           doc=check_doc(index.store, params.doc),
                                           docs=docs_in_force(index.store) if params.in_force else None)}

    @app.get("/targets", tags=["targets"], response_model=None, dependencies=[once(TargetsParams)], responses={
        **_ERRORS, **_NOT_FOUND, 200: {"description": "the targets, as JSON or (format=csv) as CSV",
                                       "model": TargetsOut, "content": {"text/csv": {}}}})
    def targets(index: IndexDep, params: Annotated[TargetsParams, Query()]) -> dict | Response:
        """Every quantified target, filterable by tag, year, document and unit (standard or as written), each
        with its standard reading (value_std, unit_std); CSV with format=csv (a file to save, starting with a
        UTF-8 byte-order mark so that a spreadsheet reads its Chinese)."""
        found = index.targets(tag=check_tag(index.store, params.tag), year=params.year,
                              doc=check_doc(index.store, params.doc), unit=params.unit)
        rows = with_expired(index.store, found, params.in_force)
        if params.format == "csv":
            return Response(CSV_BOM + targets_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="targets.csv"'})
        return {"targets": rows}

    @app.post("/tag", tags=["tags"], responses={**_ERRORS, **_BAD_BODY}, response_model=TagOut)
    def tag(body: TagBody) -> dict:
        """Tags (with evidence) and quantified targets for any text."""
        return tag_json(tag_text(body.text, date=check_date(body.date)), body.text)

    @app.get("/health", tags=["service"], response_model=None,
             responses={**_ok(HealthOut, "the index is loaded"), 503: _ERRORS[503]})
    def health(index: IndexDep) -> dict:
        """200 once the index is loaded (503 before). `kb_newer`: the knowledge base changed after this
        index was built (an ingest with --no-index, or one whose build failed or was killed), so export
        holds clauses that search does not; `policykb index` brings the index up to date."""
        stats = index.stats()
        stats.pop("path", None)  # the server's filesystem is not the caller's business: "generation" names it
        newer = kb_newer(index.data_dir, index.manifest)
        return {"status": "ok", "kb_newer": newer, **stats,
                **({"warning": f"{KB_NEWER}: run `policykb index`"} if newer else {})}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render_reference(app.openapi()))
