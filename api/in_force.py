"""Whether a document is still in force, from what its source page says of it (a gz.gov.cn or gkmlpt page's
文件状态 and 失效日期, which ingest keeps in the document's `meta`): the `expired` of search hits, clauses, targets and
the export, and the notice the pages and the CLI show.

`expired` is the 失效日期 once that day has passed (the day is the last one in force: 实施日期 2024-03-04,
失效日期 2029-03-03 is five years); a status of 失效 or 废止 with no such day, or with one still ahead, gives
the status itself ("失效"): no longer in force, the day not known; "" for a document in force or one whose
source says nothing.

A draft (doc_kind `draft`: a 征求意见稿, a bill before a legislature) is not in force either, though nothing of it
has expired: `expired` stays "" for it, `in_force` leaves it out, and its pages say so (DRAFT_NOTICE)."""

from __future__ import annotations

import datetime
import re
import weakref
from typing import Any

from index.store import Store

# the whole document: 部分失效 (in part) and 有效 are not
_ENDED = re.compile(r"(已)?(失效|废止)")
REVOKED = "revoked"
DRAFT = "draft"
DRAFT_NOTICE = "Draft for comment, not in force"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_held: weakref.WeakKeyDictionary[Store, dict[str, dict[str, str]]] = weakref.WeakKeyDictionary()


def today() -> datetime.date:
    """The day `expired` is judged on (tests set it)."""
    return datetime.date.today()


def expired(meta: dict[str, Any] | None) -> str:
    """"YYYY-MM-DD" when the document's 失效日期 has passed, its 文件状态 ("失效", "废止") when that says it
    ended without a day gone by, "revoked" when another document of the knowledge base calls it revoked
    (meta["revoked_by"], ingest/revocations.py), else "" (in force, or not known)."""
    meta = meta or {}
    day = str(meta.get("失效日期") or "").strip()
    status = str(meta.get("文件状态") or "").strip()
    if _DAY.fullmatch(day):
        try:
            if datetime.date.fromisoformat(day) < today():
                return day
        except ValueError:
            pass
    if _ENDED.fullmatch(status):
        return status
    return REVOKED if meta.get("revoked_by") else ""


def expired_in(store: Store, doc_id: str) -> str:
    """`expired` of a document of this index generation, whose meta is read once (a generation never changes;
    the day is judged at each call)."""
    held = _held.get(store)
    if held is None:
        rows = store.fetch("SELECT doc_id, json_extract(meta, '$.meta.失效日期'), "
                           "json_extract(meta, '$.meta.文件状态'), json_extract(meta, '$.meta.revoked_by.doc_id'), "
                           "kind FROM documents")
        held = {d: {"失效日期": day or "", "文件状态": status or "", "revoked_by": by or "", "kind": kind or ""}
                for d, day, status, by, kind in rows}
        _held[store] = held
    return expired(held.get(doc_id))


def in_force_in(store: Store, doc_id: str) -> bool:
    """Whether a document of this index generation is in force today: not expired, and no draft."""
    return not expired_in(store, doc_id) and _held[store].get(doc_id, {}).get("kind") != DRAFT


def docs_in_force(store: Store, docs: list[str] | None = None) -> list[str]:
    """The documents of this index generation in force today (`expired` is "" and no draft), of `docs` if
    given."""
    expired_in(store, "")  # reads the generation's meta once
    return [d for d in (docs if docs is not None else _held[store]) if in_force_in(store, d)]


def with_expired(store: Store, rows: list[dict[str, Any]], in_force: bool = False) -> list[dict[str, Any]]:
    """Rows that name a doc_id (GET /targets, `policykb targets`), each with its document's `expired`; with
    in_force, only those of documents in force (a draft's goals are no one's yet)."""
    rows = [{**row, "expired": expired_in(store, row["doc_id"])} for row in rows]
    return [row for row in rows if in_force_in(store, row["doc_id"])] if in_force else rows


def notice(value: str) -> str:
    """What the pages and the CLI say of a document that is no longer in force ("" for one that is)."""
    if not value:
        return ""
    if _DAY.fullmatch(value):
        return f"No longer in force: it expired on {value}"
    if value == REVOKED:
        return "No longer in force: another document of this knowledge base calls it revoked"
    return f"No longer in force: its source marks it {value}"
