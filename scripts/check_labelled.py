#!/usr/bin/env python3
"""Score the extractor on labelled JSONL files, per file and per category (the rules of eval/score.py).

Usage:
    python scripts/check_labelled.py [FILE.jsonl ...] [-v] [--category CAT]

Without files: every tests/feeds/labelled/*.jsonl except the held-back sets (holdout*.jsonl), which
are scored only when named and only as totals: read their scores, never their misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feeds.extract import Extractor  # noqa: E402
from feeds.extract_eval import Score, Scorer, labelled_item  # noqa: E402
from feeds.kb import load_kb  # noqa: E402

LABELLED = ROOT / "tests" / "feeds" / "labelled"


def _held_back(path: Path) -> bool:
    return path.name.startswith("holdout")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the misses")
    parser.add_argument("--category")
    args = parser.parse_args()
    files = args.files or sorted(p for p in LABELLED.glob("*.jsonl") if not _held_back(p))
    kb = load_kb(ROOT / "config")
    extractor, scorer = Extractor(kb), Scorer(kb)
    by_file: dict[str, Score] = defaultdict(Score)
    by_cat: dict[str, Score] = defaultdict(Score)
    total = Score()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            if args.category and raw.get("category") != args.category:
                continue
            item = labelled_item(raw)
            preds = [c.to_json() for c in extractor.extract(item)]
            for score in (by_file[path.name], by_cat[raw.get("category", "?")], total):
                scorer.add(score, raw, preds)
    for title, table in (("file", by_file), ("category", by_cat)):
        for name, score in sorted(table.items()):
            extra = f"  with_claims={score.items_with_claims}" if name == "negative" else ""
            print(f"{title:8} {name:22} {score.line()}{extra}")
    print(f"{'total':31} {total.line()}")
    if args.verbose:
        if any(_held_back(p) for p in files):
            print("(misses are not printed for a held-back set)")
        else:
            print("\n".join(total.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
