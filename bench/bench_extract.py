"""Extraction speed: knowledge-base load time, headline+summary items/s and full articles/s, one core.

Usage: python bench/bench_extract.py [--seconds 3]
Items are the project's labelled examples (tests/feeds/labelled/); "articles" are its long items.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import ahocorasick

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402
from feeds.extract import Extractor  # noqa: E402
from feeds.kb import KnowledgeBase, fold, load_kb  # noqa: E402
from feeds.models import Item  # noqa: E402


def _items() -> tuple[list[Item], list[Item]]:
    short: list[Item] = []
    long: list[Item] = []
    for path in sorted((ROOT / "tests" / "feeds" / "labelled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            item = Item(id=raw["id"], title=raw["title"], link=None, summary=raw["summary"], published=None,
                        source=raw.get("source", ""))  # fmt: skip
            (long if raw["category"] == "articles" else short).append(item)
    return short, long


def _rate(extractor: Extractor, items: list[Item], seconds: float) -> tuple[float, int]:
    """Items per second of this process's CPU time: the one-core figure even on a busy machine."""
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for item in items:
            extractor.extract(item)
        done += len(items)
    return done / (time.process_time() - start), done


class KeywordMatcher:
    """The baseline: what a keyword feed bot does, one automaton of every club name and alias."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._automaton = ahocorasick.Automaton()
        for club in kb.clubs.values():
            for name in (club.name, *club.aliases, *club.nicknames):
                self._automaton.add_word(fold(name), club.id)
        self._automaton.make_automaton()

    def clubs(self, item: Item) -> set[str]:
        text = f" {fold(item.title + ' ' + item.summary)} "
        return {club for _end, club in self._automaton.iter(text)}


def _keyword_rate(matcher: KeywordMatcher, items: list[Item], seconds: float) -> float:
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for item in items:
            matcher.clubs(item)
        done += len(items)
    return done / (time.process_time() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    t0 = time.perf_counter()
    kb = load_kb(ROOT / "config")
    load = time.perf_counter() - t0
    extractor = Extractor(kb)
    short, long = _items()
    words = sum(len((i.title + " " + i.summary).split()) for i in long) / max(1, len(long))
    _rate(extractor, short, 0.3)  # warm the caches
    short_rate, short_n = _rate(extractor, short, args.seconds)
    long_rate, long_n = _rate(extractor, long, args.seconds)
    loadavg = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"machine: {describe()}, load {loadavg:.1f}")
    print("rates are per second of CPU time of this one process")
    print(
        f"kb load: {load:.3f} s ({len(kb.clubs)} clubs, {len(kb.people)} people, {len(kb.nations)} nations)"
    )
    print(f"headline+summary: {short_rate:,.0f} items/s ({short_n} extractions)")
    keyword = _keyword_rate(KeywordMatcher(kb), short, args.seconds)
    print(
        f"baseline, keyword matching of club names on the same items: {keyword:,.0f} items/s "
        f"-> extraction runs at {short_rate / keyword:.3f}x the keyword baseline"
    )
    print(f"full articles (~{words:.0f} words): {long_rate:,.0f} articles/s ({long_n} extractions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
