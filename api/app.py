"""The HTTP service: search, clauses, documents, tags, targets and tagging over the live index.

Every error leaves as one JSON shape, {"error": {"status", "type", "message"}} (api/errors.py): 422 for
bad input (an unknown tag, language or agency, or a parameter the route does not take, included), 400 for
a body that is not JSON, 404 for an unknown id (a document a filter names included), 503 while no index is
loaded. Every GET route answers HEAD too, and /docs is a plain page rendered here (api/reference.py):
nothing is loaded from another host.

The routes live by resource in routes_search, routes_documents and routes_listings; what they share (the live
index, the errors they document) in dependencies and responses. Here: the application, and /health, / and /docs.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from threadpoolctl import threadpool_limits

from api import routes_documents, routes_listings, routes_search
from api.dependencies import IndexDep, IndexHolder
from api.errors import BodyAsJson, HeadAsGet, add_error_handlers
from api.reference import render_reference
from api.responses import ERRORS, ok
from api.schemas import HealthOut
from api.settings import Settings, get_settings
from index.embed import set_device
from index.manifest import KB_NEWER, kb_newer
from ingest.errors import PolicyKBError

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI application; the lifespan opens the index once (and reopens on a new build)."""
    settings = settings or get_settings()
    set_device(settings.device)

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


def _add_routes(app: FastAPI, settings: Settings) -> None:
    """The routes by resource, then the service's own: /health, the search page and /docs. Each module adds its
    routes to the app itself (an APIRouter would be included as one opaque route, which errors._methods_of
    cannot see into for a 405's Allow); the order is the schema's."""
    routes_search.add_routes(app, settings)
    routes_documents.add_routes(app)
    routes_listings.add_routes(app)

    @app.get("/health", tags=["service"], response_model=None,
             responses={**ok(HealthOut, "the index is loaded"), 503: ERRORS[503]})
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
