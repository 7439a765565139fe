"""The answers the routes document besides their own: the errors each can give, and a 200 described by its model."""

from __future__ import annotations

from typing import Any

from api.schemas import ErrorBody

# Documented on every route that can answer them (the body is always ErrorBody).
ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "a bad parameter; the message says which and why"},
    503: {"model": ErrorBody, "description": "no index is loaded yet"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "no such id"}}
UNKNOWN_DOC: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "a doc filter names no document"}}
BAD_BODY: dict[int | str, dict[str, Any]] = {400: {"model": ErrorBody, "description": "the body is not JSON"}}


def ok(model: type, description: str) -> dict[int | str, dict[str, Any]]:
    """A 200 answer documented by its model: the routes return plain JSON, which the model describes and a
    test checks, so FastAPI neither filters nor re-encodes it (response_model=None)."""
    return {200: {"model": model, "description": description}}
