"""What analysts list from a generation's store, beside search: tag counts, targets (each goal once, where it
is first stated), agencies with their counts of measures, and the store's totals. Store takes these from
Listings; they read it through its fetch."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.errors import NotFound
from ingest.text import norm_key


class Listings:
    """The analyst's listings of a Store (index/store.py), read through its fetch and has_document."""

    def tag_counts(self, doc: str | None = None) -> dict[str, Any]:
        if doc is not None and not self.has_document(doc):
            raise NotFound(f"no document {doc!r}")
        rows = self.fetch(
            "SELECT c.doc_id, t.tag, count(*) AS n FROM clause_tags t JOIN clauses c ON c.id = t.clause "
            + ("WHERE c.doc_id = ? " if doc is not None else "")
            + "GROUP BY c.doc_id, t.tag ORDER BY n DESC, t.tag", [doc] if doc is not None else [])
        overall: dict[str, int] = {}
        per_doc: dict[str, dict[str, int]] = {}
        for doc_id, tag, n in rows:
            overall[tag] = overall.get(tag, 0) + n
            per_doc.setdefault(doc_id, {})[tag] = n
        overall = dict(sorted(overall.items(), key=lambda kv: (-kv[1], kv[0])))
        return {"overall": overall, "documents": per_doc}

    def targets(self, tag: str | None = None, year: int | None = None,
                doc: str | None = None) -> list[dict[str, Any]]:
        where, params = ["1"], []
        if tag:
            where.append("t.clause IN (SELECT clause FROM clause_tags WHERE tag = ?)")
            params.append(tag)
        if year is not None:
            where.append("t.year = ?")
            params.append(int(year))
        if doc:
            where.append("c.doc_id = ?")
            params.append(doc)
        rows = self.fetch(
            "SELECT t.value, t.unit, t.year, t.metric, t.text, t.comparator, t.start, t.\"end\", "
            "c.clause_id, c.doc_id, c.text, d.title, COALESCE(d.kind, ''), COALESCE(d.source_url, '') FROM targets t "
            "JOIN clauses c ON c.id = t.clause "
            f"LEFT JOIN documents d ON d.doc_id = c.doc_id WHERE {' AND '.join(where)} "
            "ORDER BY t.year IS NULL, t.year, c.doc_id, c.ordinal, t.start", params)
        keys = ("value", "unit", "year", "metric", "text", "comparator", "start", "end",
                "clause_id", "doc_id", "clause_text", "title", "doc_kind", "source_url")
        # a row of a table of tasks restates its measure: its goal is listed once, with the measure. One
        # pass over the measures that name their row, not one per target
        restated = set(self.fetch(
            "SELECT json_extract(c.agencies, '$.row'), t.value, t.unit, t.year FROM targets t "
            "JOIN clauses c ON c.id = t.clause WHERE json_extract(c.agencies, '$.row') <> ''"))
        # a goal the same document states again elsewhere (its 主要目标 and its table of indicators: the
        # same value and year, one metric the other cut short) is listed once, where it is first stated,
        # with the clauses that restate it
        listed: list[dict[str, Any]] = []
        seen: dict[tuple, list[dict[str, Any]]] = {}
        for r in rows:
            if (r[8], r[0], r[1], r[2]) in restated:
                continue
            row = dict(zip(keys, r, strict=True))
            same = seen.setdefault((row["doc_id"], row["value"], row["year"]), [])
            first = next((f for f in same if f["clause_id"] != row["clause_id"]
                          and _same_metric(f["metric"], row["metric"])), None)
            if first is not None:
                first.setdefault("restated_in", []).append(row["clause_id"])
                continue
            same.append(row)
            listed.append(row)
        return listed

    def agencies(self, tag: str | None = None, doc: str | None = None,
                 docs: Sequence[str] | None = None) -> list[dict[str, Any]]:
        if doc is not None and not self.has_document(doc):
            raise NotFound(f"no document {doc!r}")
        where, params = ["1"], []
        if docs is not None:  # only these documents' measures (those in force)
            where.append(f"c.doc_id IN ({','.join('?' * len(docs))})" if docs else "0")
            params.extend(docs)
        if tag:
            where.append("c.id IN (SELECT clause FROM clause_tags WHERE tag = ?)")
            params.append(tag)
        if doc:
            where.append("c.doc_id = ?")
            params.append(doc)
        # a measure restated in a table of tasks counts once: the body clause under its row's id
        measure = "COALESCE(NULLIF(json_extract(c.agencies, '$.row'), ''), c.clause_id)"
        rows = self.fetch(
            f"SELECT a.value, r.role, count(DISTINCT {measure}) FROM clauses c, "
            "(SELECT 'lead' AS role UNION ALL SELECT 'supporting') r, json_each(c.agencies, '$.' || r.role) a "
            f"WHERE {' AND '.join(where)} GROUP BY a.value, r.role", params)
        found: dict[str, dict[str, Any]] = {}
        for name, role, n in rows:
            found.setdefault(name, {"name": name, "lead": 0, "supporting": 0})[role] = n
        return sorted(found.values(), key=lambda a: (-a["lead"], -a["supporting"], a["name"]))

    def counts(self) -> dict[str, Any]:
        one = lambda sql: self.fetch(sql)[0][0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "clauses": one("SELECT count(*) FROM clauses"),
            "tags": one("SELECT count(DISTINCT tag) FROM clause_tags"),
            "tagged_clauses": one("SELECT count(DISTINCT clause) FROM clause_tags"),
            "targets": one("SELECT count(*) FROM targets"),
            "languages": dict(self.fetch(
                "SELECT COALESCE(NULLIF(c.lang, ''), d.lang, '') AS l, count(*) FROM clauses c "
                "LEFT JOIN documents d ON d.doc_id = c.doc_id GROUP BY l ORDER BY count(*) DESC")),
        }


def _same_metric(a: str, b: str) -> bool:
    """Whether two metrics name the same thing, one cut short: "每万常住人口" and "每万常住人口家庭医生数", or
    one naming its scope: "全市智能终端产业规模" and "智能终端产业规模" (not "签约服务覆盖率" and
    "重点人群签约服务覆盖率", the rate of a part)."""
    a, b = (_SCOPE.sub("", norm_key(m)) for m in (a, b))
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


# the whole of the place a plan governs, which a metric may name or leave out; and the act that brings the
# things counted about, with their level, which a table of indicators leaves out ("培育省级以上智能制造示范工厂"
# restated as "智能制造示范工厂")
_SCOPE = re.compile(r"^(?:全市|全省|全区|全县|全国|本市|本省|本区|我市|我省|我区)?"
                    r"(?:(?:新增|新建|建成|建设|培育|打造|引进|认定|创建)(?:国家级|省级|市级)?(?:以上)?)?")
