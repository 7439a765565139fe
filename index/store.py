"""The SQLite half of a generation: documents, clauses (FAISS id = clauses.id), tags, targets, FTS5.

`write_store` writes it once at build time; `Store` reads it, read-only and immutable, with one
connection per thread so FastAPI's threadpool can share an Index.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.agencies import unplaced
from ingest.agencies_en import one_name_each
from ingest.errors import BadQuery, IndexError_, NotFound
from ingest.name_forms_zh import name_forms
from ingest.types import Clause, Document

from . import keyword, references
from .listings import Listings

SCHEMA = """
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, title TEXT, lang TEXT, source_url TEXT, issuer TEXT, doc_number TEXT,
  date TEXT, kind TEXT, fmt TEXT, data TEXT NOT NULL,  -- data: the whole Document as JSON
  meta TEXT NOT NULL);  -- meta: the Document without its body, for listings
CREATE TABLE clauses (
  id INTEGER PRIMARY KEY,  -- the vector's id in vectors.faiss
  clause_id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, path TEXT, heading TEXT, text TEXT NOT NULL,
  start INTEGER, "end" INTEGER, ordinal INTEGER, lang TEXT,
  agencies TEXT, tags TEXT, evidence TEXT, targets TEXT, headings TEXT);  -- JSON columns
CREATE INDEX clauses_doc ON clauses (doc_id, ordinal);
CREATE TABLE clause_tags (
  tag TEXT NOT NULL, clause INTEGER NOT NULL, PRIMARY KEY (tag, clause)) WITHOUT ROWID;
CREATE TABLE targets (
  clause INTEGER NOT NULL, value REAL, unit TEXT, year INTEGER, metric TEXT, text TEXT,
  comparator TEXT, start INTEGER, "end" INTEGER);
CREATE INDEX targets_clause ON targets (clause);
-- body: clause terms; context: title and heading terms, the titles of the parts of its document the
-- clause cites (see references.py) and the agencies that lead or support it; lead: the terms of the
-- clause's first sentence, counted again (see keyword.py)
CREATE VIRTUAL TABLE clause_fts USING fts5 (
  body, context, lead, content='', tokenize='porter unicode61 remove_diacritics 2');
-- the clause's CJK characters, one token each: for one-character query runs only
CREATE VIRTUAL TABLE clause_chars USING fts5 (chars, content='', tokenize='unicode61');
-- what a clause id held before an ingest changed its text, and where that text is now (ingest/history.py)
CREATE TABLE clause_history (
  clause_id TEXT NOT NULL, version TEXT NOT NULL, text TEXT NOT NULL, doc_id TEXT, path TEXT,
  replaced TEXT, now_at TEXT);
CREATE INDEX clause_history_id ON clause_history (clause_id);
"""
_HISTORY_COLS = ("clause_id", "version", "text", "doc_id", "path", "replaced", "now_at")
# body, context, lead. The lead column counts a clause's first sentence again, at half
# weight: what a numbered clause says it is about ("申请认定就业见习基地，应当符合下列条件"). Its terms
# also lengthen the row in bm25's length normalisation, most for one-sentence fragments, which plain
# bm25 ranks above the longer article that answers ("(f) rules on market monitoring" above
# "本条例所称市场主体，是指…"). Measured against no lead column, over the dev queries and the two
# held-out sets in bench/: hit@10 0.900 / 0.875 / 0.594 against 0.867 / 0.875 / 0.594, MRR@10
# 0.741 / 0.565 / 0.490 against 0.734 / 0.579 / 0.457.
# The CJK characters have a table of their own because bm25 normalises by the length of the whole
# row: as a column they doubled every Chinese row's length and ranked Chinese clauses below English
# ones. Measured over the same three sets: MRR@10 0.785 / 0.595 / 0.508 against 0.741 / 0.565 /
# 0.490, hit@10 unchanged.
# The cited titles found 1 more of the 214 dev and held-out queries (hit@10 0.790 -> 0.794, MRR@10
# 0.571 both); embedding them with the clause as well lost 0.006 MRR, so the vectors do not read them.
BM25_WEIGHTS = (1.0, 0.3, 0.5)
TERM_COUNTS_KEPT = 50_000  # query terms whose row counts a store remembers before it starts again
_CLAUSE_COLS = 'c.id, c.clause_id, c.doc_id, c.path, c.heading, c.text, c.start, c."end", c.ordinal, ' \
    "c.lang, c.agencies, c.tags, c.evidence, c.targets, c.headings"
_DOC_COLS = ("doc_id", "title", "lang", "source_url", "issuer", "doc_number", "date", "kind", "fmt")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def asked_before(clauses: Sequence[Clause], i: int, doc: Document | None) -> str:
    """In a transcript of questions and answers (kind faq), the question a clause answers: the clause before it, of
    another speaker, ending in a question mark. Its words count in the answer's context, so a question asked again
    finds the answer and not only the question (an officer's "Around 5,400 businesses have been helped so far"
    under a senator's "How many businesses have the AI Adopt Centres helped?")."""
    if i == 0 or doc is None or doc.kind != "faq":
        return ""
    before, c = clauses[i - 1], clauses[i]
    asks = before.text.rstrip().endswith(("?", "？"))
    return before.text if asks and before.doc_id == c.doc_id and before.heading != c.heading else ""


def write_store(path: Path, documents: Sequence[Document], clauses: Sequence[Clause],
                history: Iterable[dict] = ()) -> None:
    """Write a new store file; clause i gets id i, the row of its vector."""
    titles = {d.doc_id: d for d in documents}
    con = sqlite3.connect(path)
    try:
        con.executescript(SCHEMA)
        con.executemany(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(*(getattr(d, k) for k in _DOC_COLS), _json(d.to_dict()), _json(d.to_dict(blocks=False)))
             for d in documents],
        )
        cited = references.cross_reference_titles((c.doc_id, c.path, c.headings, c.text) for c in clauses)
        named = one_name_each(n for c in clauses for n in (*c.agencies.lead, *c.agencies.supporting))
        for i, c in enumerate(clauses):
            d = c.to_dict()
            d["agencies"] = _agencies_named(d["agencies"], named)
            con.execute(
                "INSERT INTO clauses VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (i, c.clause_id, c.doc_id, c.path, c.heading, c.text, c.start, c.end, c.ordinal,
                 c.lang, _json(d["agencies"]), _json(c.tags), _json(c.evidence), _json(d["targets"]),
                 _json(c.headings)),
            )
            con.executemany("INSERT OR IGNORE INTO clause_tags VALUES (?,?)", [(t, i) for t in c.tags])
            con.executemany(
                "INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?)",
                [(i, t.value, t.unit, t.year, t.metric, t.text, t.comparator, t.start, t.end)
                 for t in c.targets],
            )
            doc = titles.get(c.doc_id)
            # the agencies a note named, which the clause's text no longer holds: "省科技厅牵头的任务" finds them
            # (an English directive names its own in its text: said twice, they only lengthened it, and "who
            # leads the CHIPS steering council" ranked the co-chairs' clause lower)
            context = " ".join([doc.title if doc else "", *(c.headings or [c.heading]), cited.get(i, ""),
                                *(a for a in (*c.agencies.lead, *c.agencies.supporting) if a not in c.text),
                                asked_before(clauses, i, doc)])
            con.execute("INSERT INTO clause_fts (rowid, body, context, lead) VALUES (?,?,?,?)",
                        (i, *keyword.index_columns(c.text, context)))
            con.execute("INSERT INTO clause_chars (rowid, chars) VALUES (?,?)", (i, keyword.index_chars(c.text)))
        con.executemany(f"INSERT INTO clause_history VALUES ({','.join('?' * len(_HISTORY_COLS))})",
                        [tuple(h.get(k) for k in _HISTORY_COLS) for h in history])
        con.execute("INSERT INTO clause_fts (clause_fts) VALUES ('optimize')")
        con.execute("INSERT INTO clause_chars (clause_chars) VALUES ('optimize')")
        con.commit()
    finally:
        con.close()


def _agencies_named(agencies: dict[str, Any], named: dict[str, str]) -> dict[str, Any]:
    """A clause's agencies with each office under the one name the knowledge base gives it (one_name_each):
    /agencies counts it once and the filter finds it by either form."""
    lead = list(dict.fromkeys(named.get(n, n) for n in agencies["lead"]))
    supporting = [n for n in dict.fromkeys(named.get(n, n) for n in agencies["supporting"]) if n not in lead]
    return {**agencies, "lead": lead, "supporting": supporting}


def clause_from_row(row: Sequence[Any]) -> Clause:
    """A Clause from a row of _CLAUSE_COLS (the leading id is skipped)."""
    (_, clause_id, doc_id, path, heading, text, start, end, ordinal, lang,
     agencies, tags, evidence, targets, headings) = row
    return Clause.from_dict({
        "clause_id": clause_id, "doc_id": doc_id, "path": path, "heading": heading, "text": text,
        "start": start, "end": end, "ordinal": ordinal, "lang": lang,
        "agencies": json.loads(agencies), "tags": json.loads(tags), "evidence": json.loads(evidence),
        "targets": json.loads(targets), "headings": json.loads(headings or "[]"),
    })


@dataclass
class Filters:
    """Restrictions that apply to every search leg. tags: all must be present; doc: one id or any of
    several; issuer and agency: substrings; dates: ISO prefixes, both ends inclusive."""

    tags: Sequence[str] = ()
    doc: Sequence[str] = ()
    lang: str | None = None
    issuer: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    agency: str | None = None

    def __bool__(self) -> bool:
        return any((self.tags, self.doc, self.lang, self.issuer, self.date_from, self.date_to, self.agency))

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE fragment over clauses c LEFT JOIN documents d, and its parameters."""
        where, params = ["1"], []
        for tag in self.tags:
            where.append("c.id IN (SELECT clause FROM clause_tags WHERE tag = ?)")
            params.append(tag)
        if self.doc:
            where.append(f"c.doc_id IN ({','.join('?' * len(self.doc))})")
            params.extend(self.doc)
        if self.lang:
            where.append("COALESCE(NULLIF(c.lang, ''), d.lang) = ?")
            params.append(self.lang)
        if self.issuer:
            # a Chinese body by its full or its short name: 国务院国有资产监督管理委员会 finds 国务院国资委
            forms = name_forms(self.issuer)
            where.append("(" + " OR ".join(["instr(lower(d.issuer), lower(?)) > 0"] * len(forms)) + ")")
            params.extend(forms)
        if self.date_from:
            where.append("d.date >= ? AND d.date != ''")
            params.append(self.date_from)
        if self.date_to:
            where.append("substr(d.date, 1, ?) <= ? AND d.date != ''")
            params.extend([len(self.date_to), self.date_to])
        if self.agency:
            # a part of a name, its place kept: 广州市发展改革委 is in no Shenzhen measure's names; and, as
            # the short form starting a name (after its JSON quote), one whose document named no place
            names = "json_extract(c.agencies, '$.lead') || json_extract(c.agencies, '$.supporting')"
            bare = unplaced(self.agency)
            where.append(f"(instr({names}, ?) > 0 OR (? != '' AND instr({names}, '\"' || ?) > 0))")
            params.extend([self.agency, bare, bare])
        return " AND ".join(where), params


class Store(Listings):
    """Read-only queries over one generation's store.sqlite."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise IndexError_(f"store missing: {path}")
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._rows: dict[str, int] = {}  # full-text table -> its rows; a generation never changes
        self._term_rows: dict[tuple[str, str], int] = {}  # (table, quoted term) -> rows holding it
        self.fetch("SELECT 1 FROM clauses LIMIT 1")

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    def fetch(self, sql: str, params: Iterable[Any] = (), match: bool = False) -> list[tuple]:
        """Rows of a query; match: it has a MATCH argument, so an error there is the query's fault."""
        try:
            return self._con().execute(sql, list(params)).fetchall()
        except sqlite3.OperationalError as e:
            if match:
                raise BadQuery(f"cannot search for that: {e}") from e
            raise IndexError_(f"{self.path}: {e}") from e

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()

    # --- search legs -----------------------------------------------------------------------------

    def filtered_ids(self, filters: Filters) -> set[int]:
        where, params = filters.sql()
        rows = self.fetch(f"SELECT c.id FROM clauses c LEFT JOIN documents d ON d.doc_id = c.doc_id "
                          f"WHERE {where}", params)
        return {r[0] for r in rows}

    def keyword(self, expr: str, filters: Filters, limit: int, only: Collection[int] | None = None,
                chars: str = "") -> list[tuple[int, float]]:
        """(id, score) best first, score = -bm25 (higher is better): expr over the clause table plus
        chars over the character table (keyword.match_expression, keyword.chars_expression); within
        `only` ids if given."""
        where, params = filters.sql()
        if only is not None:
            where += " AND c.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(only)))
        found: dict[int, float] = {}
        for table, weights, e in (("clause_fts", BM25_WEIGHTS, expr), ("clause_chars", (1.0,), chars)):
            if not e:
                continue
            e = self._informative(table, e)
            bm25 = f"-bm25({table}, {', '.join('?' * len(weights))})"
            if where != "1":  # a filter (Filters.sql() gives "1" for none)
                rows = self.fetch(
                    f"SELECT c.id, {bm25} AS s FROM {table} JOIN clauses c ON c.id = {table}.rowid "
                    f"LEFT JOIN documents d ON d.doc_id = c.doc_id "
                    f"WHERE {table} MATCH ? AND {where} ORDER BY s DESC, c.id LIMIT ?",
                    [*weights, e, *params, limit], match=True,
                )
            else:  # no filter: the full-text table alone (its rowid is the clause id), a third faster
                rows = self.fetch(f"SELECT rowid, {bm25} AS s FROM {table} WHERE {table} MATCH ? "
                                  f"ORDER BY s DESC, rowid LIMIT ?", [*weights, e, limit], match=True)
            for cid, score in rows:
                found[cid] = found.get(cid, 0.0) + float(score)
        return sorted(found.items(), key=lambda x: (-x[1], x[0]))[:limit]

    def _informative(self, table: str, expr: str) -> str:
        """expr, an OR of quoted terms (keyword.match_expression), without the terms in half the table's
        rows or more, unless no other term is in any row. bm25 floors such a term's idf at 1e-6, so it adds
        nothing to a score, but every row it is in is matched and scored: the EU AI Act's title puts
        "artificial", "intelligence", "act" and "regulation" in the context of 1,500 to 2,300 of the
        shared corpus's 2,743 clauses, and a glossary-expanded question often holds several of them."""
        terms = expr.split(" OR ")
        if table not in self._rows:
            self._rows[table] = self.fetch(f"SELECT count(*) FROM {table}")[0][0]
        if len(self._term_rows) > TERM_COUNTS_KEPT:
            self._term_rows = {}
        informative, found = [], False
        for term in terms:
            rows = self._term_rows.get((table, term))
            if rows is None:
                rows = self.fetch(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [term], match=True)[0][0]
                self._term_rows[(table, term)] = rows
            if 2 * rows < self._rows[table]:
                informative.append(term)
                found = found or rows > 0
        return " OR ".join(informative) if found else expr

    def phrase_ids(self, phrase: str, filters: Filters) -> set[int]:
        """Ids of the clauses (within the filters) whose text contains the phrase."""
        where, params = filters.sql()
        expr = keyword.phrase_expression(phrase)
        base = "FROM clauses c LEFT JOIN documents d ON d.doc_id = c.doc_id"
        if expr:
            rows = self.fetch(f"SELECT c.id, c.text {base} JOIN clause_fts ON clause_fts.rowid = c.id "
                              f"WHERE clause_fts MATCH ? AND {where}", [expr, *params], match=True)
        else:  # a phrase of punctuation only: no token to look up, so scan
            rows = self.fetch(f"SELECT c.id, c.text {base} WHERE {where}", params)
        return {i for i, text in rows if keyword.contains_phrase(text, phrase)}

    # --- records ---------------------------------------------------------------------------------

    def clauses_by_id(self, ids: Sequence[int]) -> dict[int, tuple[Clause, str, str, str, str]]:
        """id -> (clause, document title, document source_url, the catalogue row it is quoted from or "",
        the document's kind: "news", "regulation", … or "")."""
        if not ids:
            return {}
        rows = self.fetch(
            f"SELECT {_CLAUSE_COLS}, d.title, d.source_url, json_extract(d.meta, '$.meta.excerpt_from'), d.kind "
            f"FROM clauses c LEFT JOIN documents d ON d.doc_id = c.doc_id "
            f"WHERE c.id IN ({','.join('?' * len(ids))})",
            ids,
        )
        return {r[0]: (clause_from_row(r[:15]), r[15] or "", r[16] or "", r[17] or "", r[18] or "") for r in rows}

    def clause(self, clause_id: str) -> Clause:
        rows = self.fetch(f"SELECT {_CLAUSE_COLS} FROM clauses c WHERE c.clause_id = ?", [clause_id])
        if not rows:
            raise NotFound(f"no clause {clause_id!r}")
        return clause_from_row(rows[0])

    def history(self, clause_id: str) -> list[dict[str, Any]]:
        """The texts the clause id held before, oldest first ([] from a store built before history was kept)."""
        if not self.fetch("SELECT 1 FROM sqlite_master WHERE name = 'clause_history'"):
            return []
        rows = self.fetch(f"SELECT {', '.join(_HISTORY_COLS)} FROM clause_history WHERE clause_id = ? "
                          "ORDER BY replaced, rowid", [clause_id])
        out: list[dict[str, Any]] = []
        for r in rows:  # a wording recorded again (a document removed, ingested again, removed again) is one
            h = dict(zip(_HISTORY_COLS, r, strict=True))
            if out and out[-1]["version"] == h["version"]:
                out[-1] = h
            else:
                out.append(h)
        return out

    def clause_texts(self, doc_id: str) -> list[tuple[str, str]]:
        """A document's clauses as (clause_id, text), in outline order ([] for a document not held)."""
        return [(r[0], r[1]) for r in self.fetch("SELECT clause_id, text FROM clauses WHERE doc_id = ? "
                                                  "ORDER BY ordinal, start, id", [doc_id])]

    def document_gone(self, doc_id: str) -> tuple[str, str | None] | None:
        """For a document id the knowledge base held and holds no more: when its clauses went, and the
        document most of their words are now in (None when they are nowhere: removed). None if never held."""
        if not self.fetch("SELECT 1 FROM sqlite_master WHERE name = 'clause_history'"):
            return None
        rows = self.fetch("SELECT replaced, now_at FROM clause_history WHERE doc_id = ? ORDER BY replaced", [doc_id])
        if not rows:
            return None
        last = rows[-1][0]
        now = [at.split("-", 1)[0] for when, at in rows if when == last and at]
        return last, max(set(now), key=now.count) if now else None

    def documents(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Metadata (no body) and clause count of every document, or of one."""
        rows = self.fetch(
            "SELECT d.meta, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) FROM documents d "
            + ("WHERE d.doc_id = ? " if doc_id is not None else "") + "ORDER BY d.date DESC, d.title",
            [doc_id] if doc_id is not None else [])
        return [{**json.loads(meta), "clauses": n} for meta, n in rows]

    def document(self, doc_id: str) -> tuple[Document, list[Clause]]:
        rows = self.fetch("SELECT data FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        clauses = self.fetch(f"SELECT {_CLAUSE_COLS} FROM clauses c WHERE c.doc_id = ? "
                             "ORDER BY c.ordinal, c.start, c.id", [doc_id])
        return Document.from_dict(json.loads(rows[0][0])), [clause_from_row(r) for r in clauses]

    def has_document(self, doc_id: str) -> bool:
        return bool(self.fetch("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]))
