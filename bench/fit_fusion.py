"""Fit the learned hybrid fusion (index/fusion.py) on query sets, and say how well it does on sets it
was not fitted on.

    python bench/fit_fusion.py --data DIR ../shared/eval/queries-dev.jsonl bench/queries-outside*.jsonl

DIR holds an index of ../shared/corpus built with the default model (e5+use). For each query the
hybrid candidates (both legs' top 100) get their features; a clause is relevant as in
../shared/eval/evaluate.py (a "relevant" substring after normalisation, at most 3,000 characters).
The weights are fitted on the relevant clauses against the 60 other candidates the hand-set fusion
ranks highest.

Prints, per query set, hit@10 / MRR@10 of the hand-set fusion and of weights fitted on every other
set (the set itself left out), then the weights fitted on all sets: paste those into
fusion.WEIGHTS. The figures rank candidates as fused; search also shows a text once (a repeated
clause is skipped), so served figures can differ a little.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index import fusion  # noqa: E402
from index.search import Index  # noqa: E402
from ingest.text import norm_key as norm  # noqa: E402  (evaluate.py's normalisation)

NEGATIVES = 60
MAX_CHARS = 3000


def rank(ids: list[int], scores: np.ndarray, labels: np.ndarray) -> int | None:
    order = sorted(range(len(ids)), key=lambda j: (-scores[j], ids[j]))
    return next((r for r, j in enumerate(order[:10], 1) if labels[j]), None)


def table(ix: Index, paths: list[str]) -> list[dict]:
    texts = dict(ix.store.fetch("SELECT id, text FROM clauses"))
    rows = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            wanted = [norm(x) for x in q["relevant"]]
            ids, x, hand = ix.fusion_table(q["query"])
            labels = np.array([len(t := norm(texts[c])) <= MAX_CHARS and any(w in t for w in wanted) for c in ids])
            rows.append({"set": Path(path).name, "kind": q.get("kind", "-"), "ids": ids, "x": x,
                         "y": labels, "hand": np.array([hand.get(c, 0.0) for c in ids])})
    return rows


def groups(rows: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for r in rows:
        keep = np.flatnonzero(r["y"])
        others = np.flatnonzero(~r["y"])
        keep = np.concatenate([keep, others[np.argsort(-r["hand"][others], kind="stable")[:NEGATIVES]]])
        out.append((r["x"][keep], r["y"][keep]))
    return out


def figures(ranks: list[int | None]) -> str:
    n = len(ranks)
    return f"{sum(r is not None for r in ranks) / n:.3f} / {sum(1 / r for r in ranks if r) / n:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="data directory with an e5+use index of the corpus")
    ap.add_argument("queries", nargs="+", help="query sets (JSONL as ../shared/eval/evaluate.py reads)")
    a = ap.parse_args()
    with Index.open(a.data) as ix:
        rows = table(ix, a.queries)
    sets = sorted({r["set"] for r in rows})
    hand, learned = defaultdict(list), defaultdict(list)
    for s in sets:
        w = fusion.fit(groups([r for r in rows if r["set"] != s]))
        for r in rows:
            if r["set"] == s:
                for key in ("all", f"set {s}", f"kind {r['kind']}"):
                    hand[key].append(rank(r["ids"], r["hand"], r["y"]))
                    learned[key].append(rank(r["ids"], r["x"] @ w, r["y"]))
    print(f"{'queries':40s} {'n':>4s}  {'hand-set':>15s}  {'learned, set left out':>21s}")
    for key in sorted(hand, key=lambda k: (k != "all", k)):
        print(f"{key:40s} {len(hand[key]):4d}  {figures(hand[key]):>15s}  {figures(learned[key]):>21s}")
    w = fusion.fit(groups(rows))
    print("weights fitted on all sets:", "(" + ", ".join(f"{v:.3f}" for v in w) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
