"""Score the tagger against AGORA's human tags: precision, recall and F1 per tag, sectors micro-F1.

    python bench/agora.py                       # the tagger in-process
    python bench/agora.py --base http://127.0.0.1:8000   # POST {base}/tag with {"text": ...}

Reads each row's "Long summary" of ../shared/corpus/tagged/agora-ai-laws-enacted-by-congress-2020-2025.csv
(AGORA, Emerging Technology Observatory). The gold columns are read here only, never by the tagger.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "corpus" / "tagged" / "agora-ai-laws-enacted-by-congress-2020-2025.csv"
TEXT_COLUMN = "Long summary"
GOLD = {
    "talent": "Strategies: Government support: AI workforce-related",
    "sectors/education": "Applications: Education",
    "sectors/manufacturing": "Applications: Manufacturing and process automation",
    "sectors/healthcare": "Applications: Medicine, life sciences and public health",
    "sectors/transport": "Applications: Transportation",
    "sectors/energy": "Applications: Energy and utilities",
}
SECTORS = [t for t in GOLD if t.startswith("sectors/")]


def tags_in_process(text: str) -> set[str]:
    from ingest.tag import tag_text

    return set(tag_text(text).tags)


def tags_over_http(base: str, text: str) -> set[str]:
    req = urllib.request.Request(f"{base.rstrip('/')}/tag", data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - a URL the user gave
        return set(json.load(resp)["tags"])


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--base", help="API base URL; POST {base}/tag instead of tagging in-process")
    ap.add_argument("--show", metavar="TAG", help="print the rows this tag got wrong")
    a = ap.parse_args(argv)
    rows = list(csv.DictReader(open(a.csv, encoding="utf-8")))
    counts = {t: [0, 0, 0] for t in GOLD}  # tp, fp, fn
    for row in rows:
        text = row[TEXT_COLUMN]
        got = tags_over_http(a.base, text) if a.base else tags_in_process(text)
        for tag, column in GOLD.items():
            gold, pred = row[column].strip().lower() == "true", tag in got
            counts[tag][0] += gold and pred
            counts[tag][1] += pred and not gold
            counts[tag][2] += gold and not pred
            if a.show == tag and gold != pred:
                print(f"{'FP' if pred else 'FN'} {row['AGORA ID']}: {text[:300]!r}\n")
    print(f"AGORA rows: {len(rows)} ({'POST ' + a.base + '/tag' if a.base else 'in-process'})")
    print(f"{'tag':24} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for tag, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{tag:24} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {fp:3d} {fn:3d}")
    tp, fp, fn = (sum(counts[t][i] for t in SECTORS) for i in range(3))
    p, r, f = prf(tp, fp, fn)
    print(f"{'sectors (micro, 5)':24} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {fp:3d} {fn:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
