#!/usr/bin/env python3
"""Score the extractor on labelled JSONL files, per file and per category (the rules of eval/score.py).

Usage:
    python scripts/check_labelled.py [FILE.jsonl ...] [-v] [--category CAT]

Without files: every tests/feeds/labelled/*.jsonl except holdout.jsonl, which is scored only when
named (it is the held-back set: read its score, never its misses, before changing a rule).
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
from feeds.extract_eval import Score, Scorer  # noqa: E402
from feeds.kb import load_kb  # noqa: E402
from feeds.models import Item  # noqa: E402

LABELLED = ROOT / "tests" / "feeds" / "labelled"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the misses")
    parser.add_argument("--category")
    args = parser.parse_args()
    files = args.files or sorted(p for p in LABELLED.glob("*.jsonl") if p.name != "holdout.jsonl")
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
            item = Item(id=raw["id"], title=raw["title"], link=None, summary=raw["summary"], published=None,
                        source=raw.get("source", ""))  # fmt: skip
            preds = [c.to_json() for c in extractor.extract(item)]
            for score in (by_file[path.name], by_cat[raw.get("category", "?")], total):
                scorer.add(score, raw, preds)
    for title, table in (("file", by_file), ("category", by_cat)):
        for name, score in sorted(table.items()):
            extra = f"  with_claims={score.items_with_claims}" if name == "negative" else ""
            print(f"{title:8} {name:22} {score.line()}{extra}")
    print(f"{'total':31} {total.line()}")
    if args.verbose:
        print("\n".join(total.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
