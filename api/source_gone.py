"""Whether a document's public source is gone: ingest marks a document whose URL, fetched before, now answers
404 or 410 and was read from its stored copy, with `meta.source_gone` = {"status", "checked", "fetched"}. Here:
that mark as the API gives it (`source_gone`, or null) and the notice the clause page shows."""

from __future__ import annotations

import json
from typing import Any


def source_gone(meta: dict[str, Any] | None) -> dict[str, Any] | None:
    """{"status": 404, "checked": "YYYY-MM-DD", "fetched": "YYYY-MM-DD"} when the document's public source
    answered an HTTP error and its stored copy was read, else None (its source answers, or was never fetched)."""
    gone = (meta or {}).get("source_gone")
    if isinstance(gone, str):  # a meta of strings only may hold the mark as JSON
        try:
            gone = json.loads(gone)
        except ValueError:
            return None
    if not isinstance(gone, dict):
        return None
    try:
        status = int(gone.get("status"))
    except (TypeError, ValueError):
        return None
    return {"status": status, "checked": str(gone.get("checked") or ""), "fetched": str(gone.get("fetched") or "")}


def gone_notice(gone: dict[str, Any] | None) -> str:
    """What the clause page says of a source that answers an HTTP error ("" when it does not)."""
    if not gone:
        return ""
    checked = f" on {gone['checked']}" if gone.get("checked") else ""
    fetched = f"fetched on {gone['fetched']}" if gone.get("fetched") else "fetched before"
    return f"The public source answered HTTP {gone['status']}{checked}; this is the copy {fetched}."
