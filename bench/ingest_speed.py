"""Ingest throughput on the shared corpus: pages/s and clauses/s per stage, and the clause-length spread.

    python bench/ingest_speed.py [CORPUS] [--repeat N]

Reads every document of CORPUS (default ../shared/corpus), then parses, segments and tags it in
process (no embedding: bench/search_speed.py measures that). Prints one table and a summary line.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from ingest.dedup import dedup
from ingest.errors import PolicyKBError
from ingest.folders import document_files
from ingest.pipeline import read_documents
from ingest.segment import segment
from ingest.tag import tag_clauses

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    a = ap.parse_args()
    files = document_files(Path(a.corpus))
    total_bytes = sum(f.stat().st_size for f in files)
    best: dict[str, float] = {}
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        docs = []
        for f in files:
            try:
                docs += read_documents(f)
            except PolicyKBError:
                pass
        t1 = time.perf_counter()
        docs = dedup(docs)
        clauses = []
        for d in docs:
            clauses += segment(d)
        t2 = time.perf_counter()
        for d in docs:
            tag_clauses([c for c in clauses if c.doc_id == d.doc_id], d.date)
        t3 = time.perf_counter()
        for stage, secs in (("read+parse", t1 - t0), ("segment", t2 - t1), ("tag", t3 - t2), ("total", t3 - t0)):
            best[stage] = min(best.get(stage, float("inf")), secs)
    lengths = sorted(len(c.text) for c in clauses)
    q = statistics.quantiles(lengths, n=20)
    print(f"corpus: {len(files)} files, {total_bytes / 1e6:.1f} MB; {len(docs)} documents, {len(clauses)} clauses")
    print(f"{'stage':10} {'seconds':>8} {'pages/s':>8} {'clauses/s':>10}")
    for stage, secs in best.items():
        print(f"{stage:10} {secs:8.3f} {len(files) / secs:8.1f} {len(clauses) / secs:10.0f}")
    print(f"clause chars: min={lengths[0]} p5={q[0]:.0f} median={statistics.median(lengths):.0f} "
          f"p95={q[-1]:.0f} max={lengths[-1]}")
    print("per document:")
    for d in docs:
        n = sum(1 for c in clauses if c.doc_id == d.doc_id)
        print(f"  {n:5d}  {d.lang}  {d.title[:70]}")
    print(f"summary: pages/s={len(files) / best['total']:.1f} clauses/s={len(clauses) / best['total']:.0f} "
          f"documents={len(docs)} clauses={len(clauses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
