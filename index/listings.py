"""What analysts list from a generation's store, beside search: tag counts, targets (each goal once, where it
is first stated, or in the instrument a press piece restates it from), agencies with their counts of measures,
and the store's totals. Store takes these from Listings; they read it through its fetch."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.errors import NotFound
from ingest.text import norm_key
from ingest.units import standard_fields


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

    def targets(self, tag: str | None = None, year: int | None = None, doc: str | None = None,
                unit: str | None = None) -> list[dict[str, Any]]:
        """Each goal once, by year, with its standard reading (value_std, unit_std: ingest/units.py); unit:
        only goals whose unit, standard ("EFLOPS" takes PFLOPS too) or as written ("亿元"), is this."""
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
        dated: dict[tuple, list[dict[str, Any]]] = {}  # (doc, value, unit): the goals with a year, listed first
        for r in rows:
            if (r[8], r[0], r[1], r[2]) in restated:
                continue
            row = dict(zip(keys, r, strict=True))
            row.update(standard_fields(row["value"], row["unit"], row["text"], row["clause_text"], row["source_url"]))
            same = seen.setdefault((row["doc_id"], row["value"], row["year"]), [])
            first = next((f for f in same if f["clause_id"] != row["clause_id"]
                          and _same_metric(f["metric"], row["metric"])), None) or _restated_by_row(same, row)
            if first is None and row["year"] is None:
                # a table of indicators with no year of its own restating the text's dated goal ("表4 | 新增智能算力
                # 规模 | ≥300PFLOPS" under "到2027年，新增智能算力规模达到300PFLOPS")
                first = next((f for f in dated.get((row["doc_id"], row["value"], row["unit"]), ())
                              if _same_metric(f["metric"], row["metric"])), None)
            if first is not None:
                first.setdefault("restated_in", []).append(row["clause_id"])
                continue
            same.append(row)
            listed.append(row)
            if row["year"] is not None:
                dated.setdefault((row["doc_id"], row["value"], row["unit"]), []).append(row)
        # filtered last: a goal is listed where it would be without the filter, with the same restatements
        return [row for row in self._fold_restatements(listed) if not unit or unit in (row["unit"], row["unit_std"])]

    def _fold_restatements(self, listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A goal that a press article, a 解读 or a 答记者问 restates from an instrument it names (its 文号 or
        title) is listed once, as the instrument's, with the restating clauses in its `restated_in`; a goal the
        restating piece alone gives stays, as its own claim. One pass, keyed on value, unit and year."""
        stated: dict[tuple, list[dict[str, Any]]] = {}
        for row in listed:
            if row["doc_kind"] in _INSTRUMENTS:
                stated.setdefault((row["value"], row["unit"], row["year"]), []).append(row)
        if not stated:
            return listed
        names: dict[str, tuple[str, ...]] = {}  # an instrument's names, as a restating text would quote them
        texts: dict[str, str] = {}  # a restating document's words, title and clauses
        kept = []
        for row in listed:
            official = None
            if row["doc_kind"] in _RESTATING:
                official = next((o for o in stated.get((row["value"], row["unit"], row["year"]), ())
                                 if _restates(o["metric"], row["metric"])
                                 and self._names(row["doc_id"], o["doc_id"], names, texts)), None)
            if official is None:
                kept.append(row)
                continue
            official.setdefault("restated_in", []).extend([row["clause_id"], *row.get("restated_in", ())])
        return kept

    def _names(self, doc: str, instrument: str, names: dict[str, tuple[str, ...]], texts: dict[str, str]) -> bool:
        """Whether document doc quotes the instrument's 文号 or title (both cached, for one pass)."""
        if instrument not in names:
            title, number = self.fetch("SELECT COALESCE(title, ''), COALESCE(doc_number, '') FROM documents "
                                       "WHERE doc_id = ?", [instrument])[0]
            names[instrument] = _instrument_names(title, number)
        if doc not in texts:
            words = self.fetch("SELECT COALESCE(title, '') FROM documents WHERE doc_id = ? UNION ALL "
                               "SELECT text FROM clauses WHERE doc_id = ?", [doc, doc])
            texts[doc] = norm_key(" ".join(w for (w,) in words))
        return any(name in texts[doc] for name in names[instrument])

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


# the kinds of an official instrument, whose goals a restating piece quotes; and the kinds of what restates them:
# a press article, a 解读 or 答记者问 (news), a Q&A page, a guide, or a page of no known kind. A draft is neither:
# its goals are its own, which the final text may change
_INSTRUMENTS = frozenset({"regulation", "notice"})
_RESTATING = frozenset({"news", "faq", "guide", ""})


def _instrument_names(title: str, number: str) -> tuple[str, ...]:
    """What a restating text calls an instrument, as comparison keys: its 文号, its title, the title of what a
    notice issues (关于印发《X》的通知: X), and its title without the issuer (国务院关于…的意见: 关于…的意见).
    Short names (《意见》, "the Plan") are left out: they name any document of that kind."""
    found = [number, title, *re.findall(r"《([^》]+)》", title)]
    if "《" not in title and (at := title.find("关于")) > 0:
        found.append(title[at:])
    keys = (norm_key(n) for n in found)
    return tuple(k for k in dict.fromkeys(keys) if len(k) >= 6)


def _restates(instrument: str, piece: str) -> bool:
    """Whether a restating piece's metric names the instrument's: the same (one cut short, as _same_metric), or
    the instrument's with a qualifier before it that the piece leaves out (智能体等应用普及率: 应用普及率)."""
    a, b = (_SCOPE.sub("", norm_key(m)) for m in (instrument, piece))
    return _same_metric(instrument, piece) or (len(b) >= 4 and a.endswith(b))


def _same_metric(a: str, b: str) -> bool:
    """Whether two metrics name the same thing, one cut short: "每万常住人口" and "每万常住人口家庭医生数", or
    one naming its scope: "全市智能终端产业规模" and "智能终端产业规模" (not "签约服务覆盖率" and
    "重点人群签约服务覆盖率", the rate of a part); a data centre's PUE by either name ("PUE", "新建大型和超大型数据中心
    电能利用效率", "新建大型数据中心电能利用效率": a plan's PUE ceiling stated in its text, a box and a table)."""
    if _PUE.search(a) and _PUE.search(b):
        return True
    a, b = (_SCOPE.sub("", norm_key(m)) for m in (a, b))
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


_PUE = re.compile(r"PUE|电能利用效率|power usage effectiveness", re.I)


def _restated_by_row(same: list[dict[str, Any]], row: dict[str, Any]) -> dict[str, Any] | None:
    """The goal an English table row restates in other words, among its text's goals of the same value and year
    (same): the one whose metric and unit share most words with the row's, with a unit that agrees ("federal
    government services" and "Federal services delivered with AI agents" | 50% | 2027). Only a row and a
    sentence: two sentences' goals of 50% by 2027 that share a word may be two goals."""
    if " | " not in row["clause_text"] or _CJK.search(row["metric"]):
        return None
    mine = _content_words(row["metric"], row["unit"])
    best, most = None, 0
    for first in same:
        if " | " in first["clause_text"] or _CJK.search(first["metric"]) or not _units_agree(first, row):
            continue
        shared = len(mine & _content_words(first["metric"], first["unit"]))
        if shared > most:
            best, most = first, shared
    return best


def _units_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two goals' units may be one: either none, the same standard unit or the same word, or one's unit
    a word of the other's metric ("100,000 accelerators" and "100,000 advanced AI accelerators")."""
    if not a["unit"] or not b["unit"] or a["unit_std"] and a["unit_std"] == b["unit_std"]:
        return True
    ua, ub = _content_words(a["unit"]), _content_words(b["unit"])
    return bool(ua & ub or ua & _content_words(b["metric"]) or ub & _content_words(a["metric"]))


_CJK = re.compile(r"[\u3400-\u9fff]")
_FUNCTION = frozenset("the a an of in on for and or to by with from at its their share number total rate level "
                      "ai".split())


def _content_words(*texts: str) -> set[str]:
    """Words that name something, lower-cased, less a plural's s; an acronym of three letters or more counts."""
    return {w.lower().rstrip("s") for text in texts for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)
            if w.lower() not in _FUNCTION and (len(w) > 3 or w.isupper() and len(w) > 2)}


# the whole of the place a plan governs, which a metric may name or leave out; and the act that brings the
# things counted about, with their level, which a table of indicators leaves out ("培育省级以上智能制造示范工厂"
# restated as "智能制造示范工厂")
_SCOPE = re.compile(r"^(?:全市|全省|全区|全县|全国|本市|本省|本区|我市|我省|我区)?"
                    r"(?:(?:新增|新建|建成|建设|培育|打造|引进|认定|创建)(?:国家级|省级|市级)?(?:以上)?)?")
