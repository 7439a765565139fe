"""Score target extraction on sentences outside the corpus: POST /tag (or tag_text in-process) per sentence.

    python bench/targets_text.py                                  # bench/targets-text-*.jsonl, in-process
    python bench/targets_text.py bench/targets-text-3.jsonl --base http://127.0.0.1:8000 --show

Each line is {"id", "lang", "text", "date", "targets": [{"value", "year", "comparator"}], "note"}, written by
a helper who saw no code (decoys have "targets": []). A goal counts as found when a returned target has
its value and year; precision counts the returned targets that match no goal. Also printed: comparators
right among the goals found, sentences answered exactly, decoys left without a target.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def targets_in_process(text: str, date: str) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from ingest.tag import tag_text

    return [{"value": t.value, "year": t.year, "comparator": t.comparator, "unit": t.unit, "metric": t.metric}
            for t in tag_text(text, date=date).targets]


def targets_over_http(base: str, text: str, date: str) -> list[dict]:
    body = {"text": text, **({"date": date} if date else {})}
    req = urllib.request.Request(f"{base.rstrip('/')}/tag", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - a URL the user gave
        return json.load(resp)["targets"]


def score(path: Path, base: str | None, show: bool) -> None:
    tp = fp = fn = comparators = exact = decoys = clean = n = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        item, n = json.loads(line), n + 1
        date = item.get("date") or ""
        got = targets_over_http(base, item["text"], date) if base else targets_in_process(item["text"], date)
        left = list(got)
        found = 0
        for goal in item["targets"]:
            match = next((t for t in left if float(t["value"]) == float(goal["value"]) and t["year"] == goal["year"]),
                         None)
            if match is not None:
                left.remove(match)
                found += 1
                comparators += match["comparator"] == goal["comparator"]
        tp, fn, fp = tp + found, fn + len(item["targets"]) - found, fp + len(left)
        ok = found == len(item["targets"]) and not left
        exact += ok
        decoys += not item["targets"]
        clean += not item["targets"] and not got
        if show and not ok:
            want = [(g["value"], g["year"], g["comparator"]) for g in item["targets"]]
            print(f"  {item['id']} {item['text'][:120]!r}\n    want {want}"
                  f"\n    got  {[(t['value'], t.get('unit'), t['year'], t['comparator']) for t in got]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{path.name}: {n} sentences, {tp + fn} goals: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn}); "
          f"comparators {comparators}/{tp}; sentences exact {exact}/{n}; decoys clean {clean}/{decoys}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, default=sorted(Path(__file__).parent.glob("targets-text-*.jsonl")))
    ap.add_argument("--base", help="API base URL; POST {base}/tag instead of tagging in-process")
    ap.add_argument("--show", action="store_true", help="print the sentences not answered exactly")
    a = ap.parse_args(argv)
    for path in a.sets:
        score(path, a.base, a.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
