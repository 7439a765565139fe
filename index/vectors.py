"""The FAISS half of a generation: exact inner product up to a size, HNSW above it (recall-checked).

Vector i is clause id i in store.sqlite: the clause's embedding less the mean embedding of its language
(center_by_language), so a query's inner product with a row is its cosine with the clause less its
cosine with that language's average clause.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from pathlib import Path

import faiss
import numpy as np

log = logging.getLogger(__name__)

EXACT_LIMIT = 200_000  # up to this many vectors an exact scan is fast enough; above it, HNSW
HNSW_M = 32
EF_CONSTRUCTION = 80
EF_SEARCH = 128
RECALL_SAMPLE = 200  # vectors used as queries to check the approximate index against exact
SMALL_SUBSET = 50_000  # a filter leaving at most this many clauses is scored exactly
# a language with fewer clauses than this is centred on the mean of all clauses: its own mean would be
# noise (and a language of one clause would score 0 against every query)
MIN_LANG_CLAUSES = 50


def center_by_language(x: np.ndarray, langs: Sequence[str]) -> tuple[np.ndarray, dict[str, int]]:
    """Each row less the mean row of its language, and the languages so centred with their counts.

    Multilingual embeddings keep a language component: the average Chinese clause and the average
    English clause differ by a vector, and a query's cosine with it favours one language's clauses
    wholesale (a Chinese question about the EU AI Act gets Chinese clauses that share its words and
    little else). Less its language's mean, each clause is scored by what it says, not the language it
    says it in (Libovický et al., "On the Language Neutrality of Pre-trained Multilingual
    Representations", 2020). For one query this moves all clauses of one language by the same amount,
    so it reorders clauses only across languages; a mean over all clauses changes no order.
    """
    out = np.array(x, dtype=np.float32, copy=True)
    if not len(out):
        return out, {}
    langs = np.asarray(langs)
    overall = out.mean(axis=0)
    centred: dict[str, int] = {}
    for lang in sorted(set(langs.tolist())):
        rows = langs == lang
        count = int(rows.sum())
        if count >= MIN_LANG_CLAUSES:
            out[rows] -= x[rows].mean(axis=0)
            centred[lang] = count
        else:
            out[rows] -= overall
    return out, centred


def build_vectors(x: np.ndarray, exact_limit: int = EXACT_LIMIT, seed: int = 0) -> tuple[faiss.Index, dict]:
    """A FAISS index over x and its description: {"faiss_index": str, "recall_at_10": float | None}."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    n, dim = x.shape
    flat = faiss.IndexFlatIP(dim)
    flat.add(x)
    if n <= exact_limit:
        return flat, {"faiss_index": "IndexFlatIP", "recall_at_10": None}
    hnsw = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = EF_CONSTRUCTION
    hnsw.hnsw.efSearch = EF_SEARCH
    hnsw.add(x)
    recall = recall_at_10(hnsw, flat, x, seed)
    log.info("HNSW index over %d vectors: recall@10 %.3f against exact", n, recall)
    return hnsw, {"faiss_index": f"IndexHNSWFlat(M={HNSW_M},efSearch={EF_SEARCH})", "recall_at_10": recall}


def recall_at_10(approx: faiss.Index, exact: faiss.Index, x: np.ndarray, seed: int = 0) -> float:
    """Mean share of the exact top 10 that the approximate index also returns, on sampled rows."""
    rng = np.random.default_rng(seed)
    sample = x[rng.choice(len(x), size=min(RECALL_SAMPLE, len(x)), replace=False)]
    k = min(10, len(x))
    _, want = exact.search(sample, k)
    _, got = approx.search(sample, k)
    return round(float(np.mean([len(set(w) & set(g)) / k for w, g in zip(want, got, strict=True)])), 4)


def save(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load(path: Path) -> faiss.Index:
    index = faiss.read_index(str(path))
    hnsw = getattr(faiss.downcast_index(index), "hnsw", None)
    if hnsw is not None:
        hnsw.efSearch = EF_SEARCH
    return index


def score_ids(index: faiss.Index, query: np.ndarray, ids: list[int]) -> np.ndarray:
    """Exact inner products of one query with the given ids' vectors, whatever the index type."""
    if not ids:
        return np.zeros(0, dtype=np.float32)
    return index.reconstruct_batch(np.asarray(ids, dtype=np.int64)) @ np.asarray(query, dtype=np.float32)


def search(index: faiss.Index, queries: np.ndarray, k: int,
           allowed: Collection[int] | None = None) -> list[list[tuple[int, float]]]:
    """For each query row, up to k (id, inner product) best first, only among `allowed` ids if given."""
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    if index.ntotal == 0 or k <= 0 or (allowed is not None and not allowed):
        return [[] for _ in range(len(queries))]
    if allowed is not None and len(allowed) <= SMALL_SUBSET:
        ids = np.fromiter(sorted(allowed), dtype=np.int64)
        scores = queries @ index.reconstruct_batch(ids).T  # exact, whatever the index type
        out = []
        for row in scores:
            top = np.argsort(-row, kind="stable")[:k]
            out.append([(int(ids[j]), float(row[j])) for j in top])
        return out
    params = None
    sel = faiss.IDSelectorBatch(np.fromiter(allowed, dtype=np.int64)) if allowed is not None else None
    if getattr(faiss.downcast_index(index), "hnsw", None) is not None:
        params = faiss.SearchParametersHNSW(efSearch=max(EF_SEARCH, k))
        if sel is not None:
            params.sel = sel
    elif sel is not None:
        params = faiss.SearchParameters(sel=sel)
    dist, ids = index.search(queries, min(k, index.ntotal), params=params)
    return [[(int(i), float(s)) for i, s in zip(row_i, row_s, strict=True) if i >= 0]
            for row_i, row_s in zip(ids, dist, strict=True)]


def part_stats(x: np.ndarray, dims: Sequence[int]) -> dict[str, np.ndarray]:
    """Per-model statistics of the stored vectors of a combined embedder: each part's mean and
    covariance, so that a query can standardise each model's scores over the whole corpus."""
    stats, start = {}, 0
    for i, d in enumerate(dims):
        part = x[:, start:start + d].astype(np.float64)
        stats[f"cov{i}"] = np.cov(part, rowvar=False) if len(part) > 1 else np.eye(d)
        start += d
    stats["dims"] = np.asarray(dims, dtype=np.int64)
    return stats


def standardise(queries: np.ndarray, stats: dict[str, np.ndarray]) -> np.ndarray:
    """Scale each model's part of the query rows by 1 / (the spread of that model's scores).

    A dot product with the stored rows then ranks like the sum of each model's z-scores: e5's
    cosines crowd into a narrow band while USE's spread wide, and a plain sum lets the wider one
    decide alone. (The z-scores' offsets are one constant per query: they change no ranking.)
    """
    out = np.array(queries, dtype=np.float32, copy=True)
    start = 0
    for i, d in enumerate(stats["dims"]):
        part = out[:, start:start + d].astype(np.float64)
        var = ((part @ stats[f"cov{i}"]) * part).sum(axis=1)  # each row's q.C.q; einsum took 8x longer
        out[:, start:start + d] /= np.sqrt(np.maximum(var, 1e-12))[:, None].astype(np.float32)
        start += int(d)
    return out
