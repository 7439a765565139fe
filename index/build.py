"""build_index: embed clauses (reusing cached vectors) and write a new generation, then switch to it.

A build writes the whole generation in a temporary directory, fsyncs it, renames it into place and
only then replaces CURRENT, so an exception or a killed process leaves the live generation serving.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from ingest.errors import IndexError_, NoIndex
from ingest.files import exclusive_lock
from ingest.kb import KnowledgeBase
from ingest.text import collapse
from ingest.types import Clause, Document

from . import fusion, vectors
from . import manifest as mf
from .cache import RETAIN_DAYS, EmbeddingCache, text_hash
from .embed import Embedder
from .manifest import Manifest
from .store import write_store

log = logging.getLogger(__name__)

EMBED_BATCH = 64  # passages per encode call (and per cache commit and progress report)
MAX_TITLE, MAX_HEADING, MAX_PASSAGE = 100, 120, 2000  # characters; the models read ~512 tokens

Progress = Callable[[str], None]  # told a one-line message as embedding proceeds (as ingest does)


def passage_text(clause: Clause, doc: Document | None) -> str:
    """The text embedded for a clause: its heading, then the clause; for Chinese documents, their title first.

    A Chinese notice's items are terse ("（一）在校学生：个人缴费标准为每人413元") and leave their subject to
    the title (…城乡居民基本医疗保险…通告); English laws and orders restate it in article and section
    headings. Measured on the whole shared corpus with e5+use: the title on every clause lowered MRR
    for English questions (en-en 0.71 -> 0.65), the title on Chinese clauses only raised hit@10
    from 0.77 to 0.80 and MRR from 0.56 to 0.59. The title also counts in the keyword leg.
    """
    heading = collapse(clause.heading)[:MAX_HEADING]
    body = clause.text.strip()[:MAX_PASSAGE]
    text = f"{heading}\n{body}" if heading and heading not in body[: len(heading) + 5] else body
    if doc is not None and doc.lang == "zh" and doc.title:
        text = f"{collapse(doc.title)[:MAX_TITLE]}\n{text}"
    return text


def _build_lock(root: Path, progress: Progress | None) -> AbstractContextManager[None]:
    """Builds into one index take turns: a second one waits."""
    return exclusive_lock(root / ".build.lock", f"waiting for another build in {root}", progress)


def _check(documents: Sequence[Document], clauses: Sequence[Clause]) -> None:
    seen: set[str] = set()
    dup = [c.clause_id for c in clauses if c.clause_id in seen or seen.add(c.clause_id)]
    if dup:
        raise IndexError_(f"{len(dup)} duplicate clause ids, e.g. {dup[0]!r}: nothing was indexed")
    docs = {d.doc_id for d in documents}
    if len(docs) != len(documents):
        raise IndexError_("duplicate document ids: nothing was indexed")
    orphans = sum(1 for c in clauses if c.doc_id not in docs)
    if orphans:
        log.warning("%d clauses belong to no given document; indexed without document metadata", orphans)


def embed_clauses(texts: Sequence[str], embedder: Embedder, cache: EmbeddingCache,
                  progress: Progress | None = None) -> tuple[np.ndarray, int, int]:
    """Vectors for the passage texts, in order, and (embedded, reused) counts."""
    hashes = [text_hash(t) for t in texts]
    found = cache.get(embedder.name, embedder.dim, hashes)
    todo = list(dict.fromkeys(h for h in hashes if h not in found))
    by_hash = dict(zip(hashes, texts, strict=True))
    log.info("%d passages: %d to embed, %d from the cache", len(texts), len(todo), len(texts) - len(todo))
    if progress:
        progress(f"embedding 0/{len(todo)} passages ({len(texts) - len(todo)} reused)")
    step = max(EMBED_BATCH, getattr(embedder, "batch", 0))  # a model on a GPU asks for bigger calls
    for i in range(0, len(todo), step):
        part = todo[i : i + step]
        vecs = np.asarray(embedder.encode_passages([by_hash[h] for h in part]), dtype=np.float32)
        if vecs.shape != (len(part), embedder.dim) or not np.isfinite(vecs).all():
            raise IndexError_(f"{embedder.name} returned {vecs.shape} vectors, expected "
                              f"({len(part)}, {embedder.dim}) finite values")
        cache.put(embedder.name, part, vecs)
        found.update(zip(part, vecs, strict=True))
        if progress:
            progress(f"embedding {min(i + step, len(todo))}/{len(todo)} passages")
    x = np.stack([found[h] for h in hashes]) if hashes else np.zeros((0, embedder.dim), np.float32)
    return np.ascontiguousarray(x, dtype=np.float32), len(todo), len(texts) - len(todo)


def build_index(
    data_dir: str | os.PathLike[str],
    documents: Sequence[Document],
    clauses: Sequence[Clause],
    embedder: Embedder,
    *,
    progress: Progress | None = None,
    exact_limit: int = vectors.EXACT_LIMIT,
) -> Manifest:
    """Index the clauses as a new generation of DATA/index, make it current and prune old ones."""
    return _build(data_dir, lambda: (documents, clauses), embedder, progress, exact_limit)


def build_kb_index(
    data_dir: str | os.PathLike[str],
    embedder: Embedder,
    *,
    progress: Progress | None = None,
    exact_limit: int = vectors.EXACT_LIMIT,
    if_changed: bool = False,
) -> Manifest:
    """build_index over DATA/kb as it is once this build holds the lock: a build that waited behind
    another indexes the newest clauses, never an older read of them. if_changed: when the live
    generation was built from these very documents, clauses and history with this model, keep it
    (the manifest says unchanged) instead of writing a copy of it."""
    kb_version = [""]

    def load() -> tuple[list[Document], list[Clause]]:
        kb = KnowledgeBase(Path(data_dir))
        kb_version[0] = kb.version()
        return kb.documents(), kb.clauses()

    return _build(data_dir, load, embedder, progress, exact_limit, if_changed, kb_version)


def _inputs_hash(documents: Sequence[Document], clauses: Sequence[Clause], history: Sequence[dict],
                 embedder: Embedder, exact_limit: int) -> str:
    """What a generation is built from, as one hash: equal hashes build equal generations."""
    h = hashlib.sha256()
    head = [mf.SCHEMA_VERSION, embedder.name, getattr(embedder, "spec", embedder.name), exact_limit,
            fusion.holds_key()]
    for row in [head, *(d.to_dict() for d in documents), *(c.to_dict() for c in clauses), *history]:
        h.update(json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _unchanged(data_dir: str | os.PathLike[str], inputs: str) -> Manifest | None:
    """The live generation's manifest when it was built from inputs and from the kb as it is, else None."""
    try:
        _, manifest = mf.read_manifest(data_dir)
    except (NoIndex, IndexError_):
        return None
    same = manifest.extra.get("inputs_sha256") == inputs and not mf.kb_newer(data_dir, manifest)
    return manifest if same else None


def _build(data_dir: str | os.PathLike[str],
           load: Callable[[], tuple[Sequence[Document], Sequence[Clause]]],
           embedder: Embedder, progress: Progress | None, exact_limit: int,
           if_changed: bool = False, kb_version: list[str] | None = None) -> Manifest:
    started = time.monotonic()
    root = mf.index_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    with _build_lock(root, progress):
        documents, clauses = load()
        _check(documents, clauses)
        history = KnowledgeBase(Path(data_dir)).history()
        inputs = _inputs_hash(documents, clauses, history, embedder, exact_limit)
        if if_changed and (live := _unchanged(data_dir, inputs)) is not None:
            log.info("%s already indexes these %d clauses: kept", live.generation, len(clauses))
            live.extra["unchanged"] = True
            return live
        docs = {d.doc_id: d for d in documents}
        for stale in root.glob(".tmp-*"):  # left by a killed build; the lock says none is running
            shutil.rmtree(stale, ignore_errors=True)
        cache = EmbeddingCache(Path(data_dir) / "cache" / "embeddings.sqlite")
        try:
            texts = [passage_text(c, docs.get(c.doc_id)) for c in clauses]
            x, embedded, reused = embed_clauses(texts, embedder, cache, progress)
            dropped = cache.prune(embedder.name)
            if dropped:
                log.info("embedding cache: dropped %d vectors no build used for %d days", dropped, RETAIN_DAYS)
        finally:
            cache.close()
        previous = mf.current_generation(data_dir)
        name = mf.next_generation(data_dir)
        tmp = root / f".tmp-{name}-{os.getpid()}"
        try:
            tmp.mkdir()
            write_store(tmp / mf.STORE, documents, clauses, history)
            # The cache keeps each clause's own vector; the index its vector less its language's mean.
            # Measured over the dev queries and held-out sets 1-5 (214 queries, hit@10 / MRR@10): 0.818
            # / 0.575 against 0.790 / 0.554 (sets 2-5: 0.789 / 0.540 against 0.743 / 0.509); dev
            # 0.900 / 0.785 against 0.900 / 0.768. Half the mean scored 0.804 / 0.569, 1.5 times 0.804 /
            # 0.565; re-normalising each row after centring lost dev queries (0.867).
            x, centred = vectors.center_by_language(x, [c.lang for c in clauses])
            index, info = vectors.build_vectors(x, exact_limit=exact_limit)
            vectors.save(index, tmp / mf.VECTORS)
            files = [mf.STORE, mf.VECTORS, mf.MANIFEST]
            dims = [p.dim for p in getattr(embedder, "parts", [])]
            if len(dims) > 1:
                np.savez(tmp / mf.PART_STATS, **vectors.part_stats(x, dims))
                np.savez(tmp / mf.ANSWERS, held=fusion.holds_all([c.text for c in clauses]),
                         key=np.array(fusion.holds_key()))
                files += [mf.PART_STATS, mf.ANSWERS]
            manifest = Manifest(
                model=embedder.name, model_spec=getattr(embedder, "spec", embedder.name),
                dim=embedder.dim, documents=len(documents), clauses=len(clauses),
                faiss_index=info["faiss_index"], recall_at_10=info["recall_at_10"],
                created_at=datetime.now(UTC).isoformat(timespec="seconds"), generation=name,
                embedded=embedded, reused=reused,
                extra={"build_seconds": round(time.monotonic() - started, 2), "centred_languages": centred,
                       "inputs_sha256": inputs, **({"kb": kb_version[0]} if kb_version else {})},
            )
            (tmp / mf.MANIFEST).write_text(
                json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2), "utf-8")
            for f in files:
                mf.fsync_path(tmp / f)
            mf.fsync_path(tmp)
            os.rename(tmp, root / name)
            mf.fsync_path(root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        mf.write_current(data_dir, name)
        _prune(data_dir, keep={name, previous})
    log.info("built %s: %d clauses of %d documents, %d embedded, %d reused, %s",
             name, len(clauses), len(documents), embedded, reused, info["faiss_index"])
    return manifest


def _prune(data_dir: str | os.PathLike[str], keep: set[str | None]) -> None:
    for gen in mf.generations(data_dir):
        if gen not in keep:
            shutil.rmtree(mf.index_dir(data_dir) / gen, ignore_errors=True)
