"""How the service answers what goes wrong, and HEAD: one JSON shape for every error,
{"error": {"status", "type", "message"}}, with a message in plain words; a parameter a route does not take
names the closest one it does; 405 names every method the path answers; HEAD answers as GET does, without
the body; a POST body is read as JSON whatever its Content-Type says (400 when it is not JSON). No traceback
ever leaves the server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.params import DATE_FORMAT, did_you_mean
from ingest.errors import BadQuery, IndexError_, NotFound, PolicyKBError

log = logging.getLogger(__name__)


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "type": kind, "message": message}}, status_code=status,
                        headers=headers)


def _methods_of(app: FastAPI, scope: dict[str, Any]) -> list[str]:
    """Every method some route of this path answers: GET /search and POST /search are two routes; a GET
    route answers HEAD too (HeadAsGet)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches({**scope, "method": "GET"})
        if match != Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


class HeadAsGet:
    """HEAD answers what GET would, without the body: monitors probe with HEAD (`curl -I`), and
    FastAPI's routes, unlike Starlette's, answer it 405."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.start":
                await send(message)
            elif not message.get("more_body", False):  # the last of the body (or a file): end it empty
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class BodyAsJson:
    """A POST body is read as JSON whatever its Content-Type says: `curl -d` sends JSON as
    application/x-www-form-urlencoded, other clients as text/plain, and FastAPI read those as no JSON at all
    (a 422 for a valid body, a 422 rather than the 400 for one that is not JSON). Every body this API takes
    is JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-type"]
            scope = {**scope, "headers": [*headers, (b"content-type", b"application/json")]}
        await self.app(scope, receive, send)


# What a malformed body should have looked like, by route, for the messages that say so.
_BODY_EXAMPLES = {"/tag": '{"text": "...", "date": "2024-06-10"}', "/search": '{"q": "...", "k": 10}'}
# What a parameter with a pattern takes, for the message when it does not match.
_FORMATS = {
    "date_from": "a real date as YYYY, YYYY-MM or YYYY-MM-DD",
    "date_to": "a real date as YYYY, YYYY-MM or YYYY-MM-DD",
    "date": DATE_FORMAT,
}


def _names_taken(app: FastAPI, request: Request, where: str) -> list[str]:
    """The query parameters (where="query") or body fields ("body") the request's route takes, as its
    operation in the OpenAPI schema lists them."""
    spec = app.openapi()
    path = getattr(request.scope.get("route"), "path_format", request.url.path)
    op = spec.get("paths", {}).get(path, {}).get(request.method.lower(), {})
    if where == "query":
        return [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in schema:
        schema = spec.get("components", {}).get("schemas", {}).get(schema["$ref"].rsplit("/", 1)[-1], {})
    return list(schema.get("properties", {}))


def _explain(err: dict[str, Any], path: str, names_taken: Callable[[str], list[str]]) -> str:
    """One validation error in plain words: what is wrong and what is expected."""
    loc = [str(x) for x in err.get("loc", ())]
    where = ".".join(x for x in loc if x not in ("query", "body"))
    example = _BODY_EXAMPLES.get(path, "{...}")
    kind = err.get("type", "")
    if kind == "extra_forbidden" and len(loc) == 2:  # a typo (lnag=zh) would otherwise filter nothing
        names = names_taken(loc[0])
        hint = did_you_mean(loc[1], names) or (f": {path} takes {', '.join(names)}" if names
                                               else f": {path} takes no parameters")
        return f"unknown parameter {loc[1]!r}{hint}"
    if kind == "json_invalid":
        reason = (err.get("ctx") or {}).get("error", "")
        at = f" at character {loc[1]}" if len(loc) > 1 else ""
        return f"the body is not valid JSON ({reason}{at}): send a JSON object like {example}"
    if loc == ["body"]:  # no body, or a body that is not an object
        return f"the body must be a JSON object like {example}"
    if kind == "string_pattern_mismatch" and where in _FORMATS:
        return f"{where} must be {_FORMATS[where]}, not {err.get('input')!r}"
    if kind == "value_error":  # our own validators' words, without pydantic's "Value error, "
        return f"{where or 'request'}: {(err.get('ctx') or {}).get('error', err.get('msg', 'invalid'))}"
    if kind == "missing":
        return f"{where or 'request'} is required"
    return f"{where or 'request'}: {err.get('msg', 'invalid')}"


def add_error_handlers(app: FastAPI) -> None:
    """Every error as one JSON shape (see the module's docstring)."""
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        names_taken = lambda where: _names_taken(app, request, where)  # noqa: E731
        message = "; ".join(dict.fromkeys(_explain(err, request.url.path, names_taken) for err in errors))
        if errors and all(err.get("type") == "json_invalid" for err in errors):
            return _error(400, "invalid_json", message)  # as the schema documents (BAD_BODY)
        return _error(422, "invalid_request", message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        headers = exc.headers
        if exc.status_code == 405 and (methods := _methods_of(app, request.scope)):
            # Starlette's Allow names only the methods of the first route of the path it matched
            headers = {**(headers or {}), "Allow": ", ".join(methods)}
        return _error(exc.status_code, "http_error", str(exc.detail), headers)

    @app.exception_handler(PolicyKBError)
    async def known(request: Request, exc: PolicyKBError) -> JSONResponse:
        if isinstance(exc, NotFound):
            # a clause link answers a browser with a page and a tool with JSON: a cache must keep both
            vary = {"Vary": "Accept"} if request.url.path.startswith("/clauses/") else None
            return _error(404, "not_found", str(exc), vary)
        if isinstance(exc, BadQuery):
            return _error(422, "invalid_request", str(exc))
        if isinstance(exc, IndexError_):
            return _error(503, "no_index", str(exc))
        return _error(500, type(exc).__name__, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "internal_error", "internal error; the server log has the details")
