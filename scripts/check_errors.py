#!/usr/bin/env python3
"""Error types of the extractor over the training files: a stage confusion matrix and a pair-error
breakdown, to fix errors by kind rather than one item at a time.

Usage:
    python scripts/check_errors.py [FILE.jsonl ...] [-v]

Without files: every tests/feeds/labelled/*.jsonl except the held-back sets (holdout*.jsonl), which
this script refuses: their errors are never studied.

Pairs are matched as by the scorer (same person, same club key). For a matched pair, the expected
and predicted stages go into the matrix. An unmatched label is a *missed person* when nothing was
predicted for that person, else a *missed club*; an unmatched prediction is a *spurious person* when
no label names that person, a *from-club as destination* when the club is the person's current club
(the knowledge base's, or one the item names as a label's ``from``), else a *wrong club*.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feeds.extract import Extractor  # noqa: E402
from feeds.extract_eval import Scorer, labelled_item, same_person  # noqa: E402
from feeds.kb import load_kb  # noqa: E402

LABELLED = ROOT / "tests" / "feeds" / "labelled"
STAGES = ["interest", "approach", "bid", "talks", "agreed", "done", "off", "exit", "stay", "-"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each error under its type")
    args = parser.parse_args()
    files = args.files or sorted(p for p in LABELLED.glob("*.jsonl") if not p.name.startswith("holdout"))
    if any(p.name.startswith("holdout") for p in files):
        print("held-back sets are scored only as totals (scripts/check_labelled.py)")
        return 2
    kb = load_kb(ROOT / "config")
    extractor, scorer = Extractor(kb), Scorer(kb)
    matrix: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}

    def note(kind: str, text: str) -> None:
        kinds[kind] += 1
        examples.setdefault(kind, []).append(text)

    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            item = labelled_item(raw)
            claims = extractor.extract(item)
            preds = [c.to_json() for c in claims]
            gold, optional = raw["expected"], raw.get("optional", [])
            used: set[int] = set()
            for g in gold:
                free = [i for i in range(len(preds)) if i not in used]
                hit = next((i for i in free if scorer.match(preds[i], g, with_stage=False)), None)
                if hit is None:
                    matrix[(g["stage"], "-")] += 1
                    same = [p for p in preds if same_person(str(p["person"]), g["person"])]
                    kind = "missed club" if same else "missed person"
                    note(kind, f"[{raw['id']}] {g['person']} -> {g['club']} ({g['stage']})")
                    continue
                used.add(hit)
                matrix[(g["stage"], str(preds[hit]["stage"]))] += 1
                if preds[hit]["stage"] != g["stage"] and g["stage"] != "*":
                    kind = f"stage {g['stage']}->{preds[hit]['stage']}"
                    note(kind, f"[{raw['id']}] {g['person']} -> {g['club']}")
            for i, (p, c) in enumerate(zip(preds, claims, strict=True)):
                if i in used or any(scorer.match(p, o, with_stage=False) for o in optional):
                    continue
                if scorer.implied_exit(p, gold):
                    continue
                matrix[("-", str(p["stage"]))] += 1
                person = kb.person(c.person_id)
                mine = {person.club} if person and person.club else set()
                if not any(same_person(str(p["person"]), g["person"]) for g in gold):
                    kind = "spurious person"
                elif c.club_id in mine:
                    kind = "from-club as destination"
                else:
                    kind = "wrong club"
                note(kind, f"[{raw['id']}] {p['person']} -> {p['club']} ({p['stage']})")
    print("expected \\ predicted " + " ".join(f"{s[:8]:>8}" for s in STAGES))
    for e in STAGES:
        row = [matrix.get((e, p), 0) for p in STAGES]
        if any(row):
            print(f"{e:20} " + " ".join(f"{n:8d}" if n else f"{'.':>8}" for n in row))
    print()
    for kind, n in kinds.most_common():
        print(f"{n:4d}  {kind}")
        if args.verbose:
            for text in examples[kind]:
                print(f"        {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
