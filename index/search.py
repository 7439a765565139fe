"""Index: the live generation opened for reading; one search path, hybrid by default.

Hybrid search runs a dense leg (FAISS over the query embedding) and a keyword leg (FTS5 bm25 over
CJK bigrams and words) and fuses their scores. For the default model (e5+use) the fusion is learned
(fusion.py): each model's standardised cosine and bm25 / the best bm25, weighted differently for a
clause in another language than the query and for a short query. For other models it is hand-set:
fusion.DENSE_WEIGHT * the cosine min-max scaled over the dense candidates + the rest * bm25 / the
best bm25, which on the dev queries beat reciprocal rank fusion (that let English keyword matches bury
the Chinese clauses an English question is about). The keyword leg also searches the query's
equivalents from the bilingual glossary. Filters and "quoted phrases" restrict both legs (a phrase no clause
holds is searched as its words, with a warning: phrases.py). Keyword mode ranks first the clauses that hold
more of the query's words (coverage.py).
`search(q)` is `batch_search([q])[0]`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from ingest.agencies import agency_filter
from ingest.errors import BadQuery, IndexError_, ModelMismatch
from ingest.text import HAN_CHAR, norm_key, normalize_text
from ingest.types import Hit

from . import citing, coverage, figure_queries, fusion, keyword, names, phrases, references, vectors
from . import manifest as mf
from .embed import Embedder, get_embedder
from .glossary import Glossary, load_glossary
from .phrases import Hits
from .places import PlaceDocuments
from .records import Records

__all__ = ["DATE_PATTERN", "Index", "MODES"]
from .store import Filters, Store

log = logging.getLogger(__name__)

MODES = ("hybrid", "semantic", "keyword")
MAX_K = 1000
MAX_QUERY = 2000  # characters
# date filters: YYYY, YYYY-MM or YYYY-MM-DD, from year 0001, months 01-12, days 01-31, with no lookaround
# (the API's schema says so, and pydantic's regex has none); _is_date also checks the day is in its month
DATE_PATTERN = r"(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
_DATE = re.compile(DATE_PATTERN)


def _is_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day ("2024-13" is not)."""
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


# Shorter texts ("(a) the Commission;") may well recur with another meaning: never skipped as duplicates.
MIN_DUPLICATE = 20  # letters and digits


def _text_key(text: str) -> str:
    """A clause's letters and digits, lower-cased, without its leading item number: "4.强化健康管理。…"
    and the annex row "8 | 强化健康管理。 | …" compare alike."""
    return norm_key(text).lstrip("0123456789")


def _fetch_size(k: int, group_by_doc: bool) -> int:
    """Candidates each leg brings to the fusion: more than k, so fusion and grouping have choice."""
    return max(k * 20, 200) if group_by_doc else max(k * 5, fusion.NORM_DEPTH)


def _as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [v for v in value if v]


class Index(Records):
    """The live generation of DATA/index: manifest, FAISS vectors, SQLite store and the embedder; its records
    for the API (a clause, documents, tag counts, targets, agencies, stats) come from Records (records.py)."""

    dense_weight = fusion.DENSE_WEIGHT  # may be set per instance to tune the hand-set fusion

    def __init__(self, data_dir: Path, gen_dir: Path, manifest: mf.Manifest, embedder: Embedder,
                 glossary: Glossary | None = None) -> None:
        self.data_dir = data_dir
        self.glossary = glossary if glossary is not None else load_glossary()
        self.path = gen_dir
        self.manifest = manifest
        self.embedder = embedder
        self.store = Store(gen_dir / mf.STORE)
        try:
            self.vectors = vectors.load(gen_dir / mf.VECTORS)
        except RuntimeError as e:
            self.store.close()
            raise IndexError_(f"{gen_dir / mf.VECTORS}: unreadable: {e}") from e
        if self.vectors.ntotal != manifest.clauses or self.vectors.d != manifest.dim:
            self.store.close()
            raise IndexError_(f"{gen_dir}: vectors do not match the manifest; rebuild the index")
        self._encode_lock = threading.Lock()  # the model engines are not known to be re-entrant
        stats_path = gen_dir / mf.PART_STATS
        self._part_stats = dict(np.load(stats_path)) if stats_path.exists() else None
        self._dims = [int(d) for d in self._part_stats["dims"]] if self._part_stats else []
        self._fusion = fusion.weights_for(manifest.model, len(self._dims)) if self._dims else None
        rows = self.store.fetch("SELECT id, path, doc_id, lang FROM clauses")
        self._paths = references.PathIndex((cid, path, doc) for cid, path, doc, _ in rows)  # and each doc
        self._langs = {cid: lang for cid, _, _, lang in rows}
        documents = self.store.fetch(
            "SELECT doc_id, doc_number, title, json_extract(meta, '$.sources'), issuer FROM documents")
        self._citations = citing.Citations(self._paths, names.DocumentNames(
            [(doc, number or "", title or "", json.loads(sources or "[]"))
             for doc, number, title, sources, _ in documents],
            glossary=self.glossary, issuers={doc: issuer or "" for doc, *_, issuer in documents}))
        self._places = PlaceDocuments(((doc, title or "", issuer or "") for doc, _, title, _, issuer in documents),
                                      self.glossary, self._clause_texts)
        self._holds = self._answers_held() if self._dims else np.zeros((0, len(fusion.ANSWERS)), bool)
        self._few_words = self._clauses_of_few_words() if self._dims else {}
        self._counts: dict[str, Any] | None = None  # stats(), read on first use

    def _clause_texts(self, doc: str) -> list[str]:
        return [text for (text,) in self.store.fetch("SELECT text FROM clauses WHERE doc_id = ?", (doc,))]

    def _clauses_of_few_words(self) -> dict[int, float]:
        """The words of each clause of fewer than fusion.FEW_WORDS (fusion.few_words_factor), by id."""
        rows = self.store.fetch("SELECT id, text FROM clauses WHERE length(text) < ?", (20 * fusion.FEW_WORDS,))
        words = ((cid, fusion.clause_words(text)) for cid, text in rows)
        return {cid: n for cid, n in words if n < fusion.FEW_WORDS}

    def _answers_held(self) -> np.ndarray:
        """The kinds of answer each clause holds (fusion.holds), row = clause id: as the build wrote them,
        or read from the clauses when the build did not, or read them with other patterns."""
        path = self.path / mf.ANSWERS
        if path.exists():
            with np.load(path) as saved:
                if str(saved["key"]) == fusion.holds_key() and saved["held"].shape[0] == self.manifest.clauses:
                    return saved["held"]
        return fusion.holds_all([t for _, t in self.store.fetch("SELECT id, text FROM clauses ORDER BY id")])

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str], embedder: Embedder | str | None = None, *,
             model: str | None = None, glossary: Glossary | None = None) -> Index:
        """Open the generation CURRENT names. embedder (or model, a spec): None for the model the
        index was built with. NoIndex if none was built; ModelMismatch for another model.
        glossary: None for load_glossary() (corpus/glossary.txt or $POLICYKB_GLOSSARY)."""
        gen_dir, manifest = mf.read_manifest(data_dir)
        embedder = embedder if embedder is not None else model
        if embedder is None:
            embedder = get_embedder(manifest.model_spec)
        elif isinstance(embedder, str):
            embedder = get_embedder(embedder)
        if embedder.name != manifest.model or embedder.dim != manifest.dim:
            raise ModelMismatch(
                f"the index in {gen_dir} was built with model {manifest.model!r} "
                f"(dim {manifest.dim}) but model {embedder.name!r} (dim {embedder.dim}) was asked for: "
                f"search with --model {manifest.model_spec} or rebuild the index with the new model")
        return cls(Path(data_dir), gen_dir, manifest, embedder, glossary)

    @property
    def generation(self) -> str:
        return self.path.name

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- search ----------------------------------------------------------------------------------

    def search(self, query: str, k: int = 10, mode: str = "hybrid", *,
               tags: str | Sequence[str] | None = None, doc: str | Sequence[str] | None = None,
               lang: str | None = None, issuer: str | None = None, date_from: str | None = None,
               date_to: str | None = None, agency: str | None = None,
               group_by_doc: bool = False) -> Hits:
        """At most k hits, best first. tags: all required; doc: one id or several; dates: ISO
        prefixes on the document date, inclusive; "quoted phrases" must occur in the clause, unless no
        clause holds one: then its words are searched without it and the hits' `warnings` say so."""
        return self.batch_search([query], k, mode, tags=tags, doc=doc, lang=lang, issuer=issuer,
                                 date_from=date_from, date_to=date_to, agency=agency,
                                 group_by_doc=group_by_doc)[0]

    def batch_search(self, queries: Sequence[str], k: int = 10, mode: str = "hybrid", *,
                     tags: str | Sequence[str] | None = None, doc: str | Sequence[str] | None = None,
                     lang: str | None = None, issuer: str | None = None, date_from: str | None = None,
                     date_to: str | None = None, agency: str | None = None,
                     group_by_doc: bool = False) -> list[Hits]:
        """search() for several queries at once (their embeddings are computed in one call)."""
        if mode not in MODES:
            raise BadQuery(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
        if not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise BadQuery(f"k must be an integer from 1 to {MAX_K}, not {k!r}")
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if value and not _is_date(value):
                raise BadQuery(f"{name} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        parsed = []
        for q in queries:
            if not isinstance(q, str) or len(q) > MAX_QUERY:
                raise BadQuery(f"a query must be a string of at most {MAX_QUERY} characters")
            p = keyword.parse_query(normalize_text(q))
            if not p.text and not p.phrases:
                raise BadQuery("empty query")
            if not any(ch.isalnum() for ch in p.text + "".join(p.phrases)):
                # "😀" or "!!!" would otherwise rank whatever sits nearest in vector space
                raise BadQuery(f"nothing to search in {q!r}: the query has no letter, digit or Chinese character")
            parsed.append(p)
        # an agency as the index holds it: 市人社局 finds 市人力资源社会保障局, 广州市卫生健康委员会 市卫生健康委
        filters = Filters(tags=_as_list(tags), doc=_as_list(doc), lang=lang or None,
                          issuer=issuer or None, date_from=date_from or None, date_to=date_to or None,
                          agency=(agency_filter(agency) or None) if agency else None)
        fetch = _fetch_size(k, group_by_doc)
        base = self.store.filtered_ids(filters) if filters else None
        # The keyword leg searches the query with its glossary equivalents (see glossary.py). The
        # dense leg embeds the query as typed: embedding the expansion too scored the same over the
        # dev queries and held-out set 1 together (hit@10 0.84 both, MRR@10 0.59 against 0.60, at
        # dense weight 0.6) and took e5 50 ms a query instead of 29.
        # A query that cites clauses here ("fines in Article 99") is searched for what it asks besides
        # the citation ("fines"): the citation picks the clauses (see citing.py), the rest orders them. A
        # citation of nothing here ("section 232 duties") stays part of the words searched.
        resolved = [({}, "") if mode == "semantic" else self._citations.resolve(p.text) for p in parsed]  # unfiltered
        cites, rests = [c for c, _ in resolved], [r for _, r in resolved]
        asked = [r or p.text for p, r in zip(parsed, rests, strict=True)]
        terms = [self.glossary.expand(a) for a in asked]
        qvecs = self._encode(asked) if mode != "keyword" else None
        results: list[Hits] = []
        for i, p in enumerate(parsed):
            allowed, kept, unheld = phrases.restrict(self.store, p.phrases, filters, base)
            p = keyword.ParsedQuery(raw=p.raw, text=p.text, phrases=kept)
            qvec = None if qvecs is None else qvecs[i]
            dense, kw = self._legs(qvec, asked[i], terms[i], fetch, filters, allowed, bool(kept),
                                   keywords=mode != "semantic")
            cited = {cid: share for cid, share in cites[i].items() if allowed is None or cid in allowed}
            first = None  # the candidates ranked before the others (see fusion.pool)
            if mode == "hybrid":
                first = fusion.pool(dense, kw, cited)
                scores = self._fuse(asked[i], qvecs[i], dense, kw, first, also=list(cited))
                if not cited:  # a citation picks its own clauses; else a number's keyword matches, a place's documents
                    figure_queries.keyword_first(asked[i], scores, first, {c for c, _ in kw}, self._texts)
                    self._places.rank_first(asked[i], scores, first, self._paths.doc)
            elif mode == "keyword":
                scores = coverage.ranked(self.store, asked[i], terms[i], self.glossary, kw)
            else:
                scores = dict(dense)
            if cited:
                self._citations.rank(scores, cited, bare=not rests[i])
            legs = {cid: [] for cid in scores}
            for leg, ranked in (("dense", dense), ("keyword", kw), ("citation", cited.items())):
                for cid, _ in ranked:
                    legs[cid].append(leg)
            results.append(Hits(self._hits(p, asked[i], terms[i], scores, legs, k, group_by_doc, first),
                                [phrases.unheld_warning(unheld)] if unheld else []))
        return results

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._encode_lock:
            q = self.embedder.encode_queries(texts)
        return vectors.standardise(q, self._part_stats) if self._part_stats else q

    def _texts(self, ids: list[int]) -> dict[int, str]:
        """The texts of the clauses by their ids (a figure query's keyword matches, see figure_queries)."""
        return {cid: row[0].text for cid, row in self.store.clauses_by_id(ids).items()}

    def _legs(self, qvec: np.ndarray | None, text: str, terms: Sequence[str], fetch: int, filters: Filters,
              allowed: set[int] | None, phrases: bool, keywords: bool = True,
              ) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """The dense leg's and the keyword leg's (id, score) candidates, best first, within `allowed`.
        The keyword leg matches the text's words and each of its glossary terms as a whole."""
        dense = [] if qvec is None else vectors.search(self.vectors, qvec[None, :], fetch, allowed)[0]
        kw: list[tuple[int, float]] = []
        if keywords and (allowed is None or allowed):
            expr, chars = keyword.match_expression(text, terms), keyword.chars_expression(text)
            if expr or chars:
                only = allowed if phrases else None  # filters are already in the SQL
                kw = self.store.keyword(expr, filters, fetch, only, chars=chars)
        return dense, kw

    def _fuse(self, text: str, qvec: np.ndarray, dense: list[tuple[int, float]],
              kw: list[tuple[int, float]], pool: set[int], also: Sequence[int] = ()) -> dict[int, float]:
        """Hybrid scores of every candidate (the legs' and `also`): the learned fusion where the model
        has fitted weights (fusion.py), else the hand-set one. pool: fusion.pool(dense, kw, also)."""
        if self._fusion is None:
            return self._fuse_hand_set(qvec, dense, kw, pool, also)
        ids, x = self._fusion_features(text, qvec, dense, kw, pool, also)
        return dict(zip(ids, map(float, x @ self._fusion), strict=True))

    def _fusion_features(self, text: str, qvec: np.ndarray, dense: list[tuple[int, float]],
                         kw: list[tuple[int, float]], pool: set[int],
                         also: Sequence[int] = ()) -> tuple[list[int], np.ndarray]:
        ids = list(dict.fromkeys([*(c for c, _ in dense), *(c for c, _ in kw), *also]))
        rows = self.vectors.reconstruct_batch(np.asarray(ids, dtype=np.int64)) if ids else np.zeros((0, 0))
        parts = fusion.part_scores(rows, qvec, self._dims) if ids else np.zeros((0, len(self._dims)))
        scaled = fusion.scaled_keyword(kw, pool)
        lang = fusion.query_lang(text)
        cross = np.fromiter((self._langs[c] != lang for c in ids), dtype=bool, count=len(ids))
        x = fusion.features(parts, np.fromiter((scaled.get(c, 0.0) for c in ids), float, len(ids)),
                            cross, fusion.short_factor(text), [self._paths.doc(c) for c in ids],
                            np.fromiter((c in pool for c in ids), dtype=bool, count=len(ids)),
                            fusion.asks(text), self._holds[np.asarray(ids, dtype=np.int64)],
                            np.fromiter((self._few_words.get(c, fusion.FEW_WORDS) for c in ids), float, len(ids)),
                            self._cover(text, ids))
        return ids, x

    def _cover(self, text: str, ids: list[int]) -> np.ndarray:
        """The share of the query's words each candidate holds (coverage.shares), a fusion feature."""
        shares = coverage.shares(self.store, text, self.glossary.expand(text), self.glossary, ids)
        return np.fromiter((shares.get(c, 0.0) for c in ids), float, len(ids))

    def fusion_table(self, query: str) -> tuple[list[int], np.ndarray, dict[int, float]]:
        """For fitting the fusion (bench/fit_fusion.py): one query's hybrid candidates with no filter,
        their features and their hand-set scores. Needs a model with part statistics (e5+use)."""
        if not self._dims:
            raise IndexError_(f"model {self.manifest.model!r} has no part statistics to fit a fusion on")
        p = keyword.parse_query(query)
        qvec = self._encode([p.text])[0]
        dense, kw = self._legs(qvec, p.text, self.glossary.expand(p.text), fusion.NORM_DEPTH, Filters(), None, False)
        pool = fusion.pool(dense, kw, ())
        ids, x = self._fusion_features(p.text, qvec, dense, kw, pool)
        return ids, x, self._fuse_hand_set(qvec, dense, kw, pool)

    def _fuse_hand_set(self, qvec: np.ndarray, dense: list[tuple[int, float]],
                       kw: list[tuple[int, float]], pool: set[int], also: Sequence[int] = ()) -> dict[int, float]:
        """fusion.hand_set at this index's dense_weight; every candidate (the legs' and `also`) gets its
        exact cosine."""
        cos = dict(dense)
        extra = list(dict.fromkeys(cid for cid in [*(c for c, _ in kw), *also] if cid not in cos))
        cos.update(zip(extra, map(float, vectors.score_ids(self.vectors, qvec, extra)), strict=True))
        return fusion.hand_set(dense, cos, kw, pool, self.dense_weight)

    def _hits(self, p: keyword.ParsedQuery, text: str, terms: Sequence[str], scores: dict[int, float],
              legs: dict[int, list[str]], k: int, group_by_doc: bool, first: set[int] | None = None) -> list[Hit]:
        """The best k, skipping a clause whose text an earlier hit already shows (a plan's annex table
        restates its items; a page may carry its text twice): the same words once, the better-ranked.
        first: candidates that come before all others, each part in order of score. The highlight marks
        the words of the text and its English glossary terms, and its Chinese terms whole, as they match."""
        marked = " ".join([text, *(t for t in terms if not HAN_CHAR.search(t))])
        whole = [*p.phrases, *(t for t in terms if HAN_CHAR.search(t))]
        order = sorted(scores, key=lambda c: (first is not None and c not in first, -scores[c], c))
        hits: list[Hit] = []
        docs_seen: set[str] = set()
        shown: list[str] = []
        step = len(order) if group_by_doc else k + 5  # a few spare for the skipped
        for at in range(0, len(order), max(step, 1)):
            records = self.store.clauses_by_id(order[at : at + step])
            for cid in order[at : at + step]:
                if cid not in records:
                    continue
                clause, title, url, excerpt_from, kind = records[cid]
                if group_by_doc and clause.doc_id in docs_seen:
                    continue
                key = _text_key(clause.text)
                if len(key) >= MIN_DUPLICATE and any(key in other or other in key for other in shown):
                    continue
                if len(key) >= MIN_DUPLICATE:
                    shown.append(key)
                docs_seen.add(clause.doc_id)
                hits.append(Hit(clause=clause, score=float(scores[cid]), title=title, source_url=url,
                                excerpt_from=excerpt_from, doc_kind=kind,
                                highlight=keyword.highlight(clause.text, marked, whole),
                                matched=legs[cid]))
                if len(hits) == k:
                    return hits
        return hits
