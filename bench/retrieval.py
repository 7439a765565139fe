"""Retrieval quality over many query sets at once, in process, as /search ranks (k=10, no filter).

    python bench/retrieval.py --data DIR ../shared/eval/queries-dev.jsonl bench/queries-outside*.jsonl
    python bench/retrieval.py --data DIR --json out.json FILES...   # also every query's rank, to compare runs
    python bench/retrieval.py --compare old.json new.json           # the queries whose rank changed

DIR holds an index of ../shared/corpus. A hit counts as ../shared/eval/evaluate.py counts it: its text holds a
"relevant" substring after normalisation and is at most 3,000 characters. Prints hit@10 and MRR@10 per set and
over all queries; the served figures of eval/run.sh go over HTTP and agree with these on the dev set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.search import Index  # noqa: E402
from ingest.text import norm_key as norm  # noqa: E402  (evaluate.py's normalisation)

MAX_CHARS = 3000
BATCH = 32


def ranks(ix: Index, queries: list[dict]) -> list[int | None]:
    out: list[int | None] = []
    for at in range(0, len(queries), BATCH):
        chunk = queries[at : at + BATCH]
        for q, hits in zip(chunk, ix.batch_search([q["query"] for q in chunk], k=10), strict=True):
            wanted = [norm(x) for x in q["relevant"]]
            out.append(next((r for r, h in enumerate(hits, 1)
                             if len(t := norm(h.clause.text)) <= MAX_CHARS and any(w in t for w in wanted)), None))
    return out


def summary(rows: list[int | None]) -> str:
    n = len(rows) or 1
    hit = sum(r is not None for r in rows) / n
    mrr = sum(1 / r for r in rows if r) / n
    return f"{len(rows):4d} queries  hit@10 {hit:.3f}  MRR@10 {mrr:.3f}"


def compare(old_path: str, new_path: str) -> None:
    old, new = (json.load(open(p, encoding="utf-8")) for p in (old_path, new_path))
    for key in sorted(set(old) & set(new)):
        if old[key]["rank"] != new[key]["rank"]:
            print(f"{key}: {old[key]['rank']} -> {new[key]['rank']}  {new[key]['query']}")
    print("old", summary([v["rank"] for v in old.values()]))
    print("new", summary([v["rank"] for v in new.values()]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--data", help="the data directory holding the index")
    ap.add_argument("--json", help="write every query's rank here")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="two --json files to compare")
    a = ap.parse_args()
    if a.compare:
        compare(*a.compare)
        return
    if not a.data or not a.files:
        ap.error("--data and at least one query file are needed")
    ix = Index.open(a.data)
    every: list[int | None] = []
    detail: dict[str, dict] = {}
    for path in a.files:
        queries = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        got = ranks(ix, queries)
        every += got
        for q, r in zip(queries, got, strict=True):
            detail[f"{Path(path).name}:{q['id']}"] = {"query": q["query"], "rank": r}
        print(f"{Path(path).name:32s} {summary(got)}")
    print(f"{'all':32s} {summary(every)}")
    if a.json:
        Path(a.json).write_text(json.dumps(detail, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
