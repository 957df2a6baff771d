"""Extraction speed: knowledge-base load time, headline+summary items/s and full articles/s, one core.

Usage: python bench/bench_extract.py [--seconds 3] [--site DIR]
Items are the project's labelled examples (tests/feeds/labelled/): a summary of one paragraph of at most
80 words is a headline+summary item, anything longer an article. Before timing, one pass over the articles
and the shared dev set warms the caches (the cue patterns built on first use, the word folds).
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
# --site DIR: the package imported from DIR (a compiled build, bench/compiled.py) instead of this checkout
_SITE = next((sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1]) if arg == "--site"), None)
if _SITE:
    sys.path.insert(0, _SITE)

import feeds.extract  # noqa: E402
from bench.machine import describe  # noqa: E402
from feeds.extract import Extractor  # noqa: E402
from feeds.kb import KnowledgeBase, fold, fold_with_offsets, load_kb  # noqa: E402
from feeds.models import Item  # noqa: E402

SHORT_WORDS = 80


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
            # a feed's headline+summary is one paragraph of a few sentences; anything longer (an article,
            # a gossip column, a live blog) is timed as an article, whatever its label's category
            summary = raw["summary"]
            is_short = "\n" not in summary.strip() and len(summary.split()) <= SHORT_WORDS
            (short if is_short else long).append(item)
    return short, long


def _dev_items() -> list[Item]:
    """The shared dev set's items (../shared/eval/dev.jsonl), when this checkout sits beside it."""
    path = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Item(
            id=r["id"],
            title=r["title"],
            link=None,
            summary=r["summary"],
            published=None,
            source=r.get("source", ""),
        )
        for r in rows
    ]


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
        # (the uncached fold: the items repeat, a real feed's do not)
        text = f" {fold_with_offsets(item.title + ' ' + item.summary)[0].strip()} "
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
    parser.add_argument("--site", help="import the package from this directory (a compiled build)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    kb = load_kb(ROOT / "config")
    load = time.perf_counter() - t0
    extractor = Extractor(kb)
    short, long = _items()
    words = sum(len((i.title + " " + i.summary).split()) for i in long) / max(1, len(long))
    dev = _dev_items()
    # Warm-up: one pass over other items (the articles and the shared dev set) compiles the cue patterns
    # built on first use and fills the word caches, as in a bot that has run for a while; the timed
    # items themselves are not extracted before they are timed.
    for item in long + dev:
        extractor.extract(item)
    short_rate, short_n = _rate(extractor, short, args.seconds)
    long_rate, long_n = _rate(extractor, long, args.seconds)
    loadavg = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"machine: {describe()}, load {loadavg:.1f}")
    print("rates are per second of CPU time of this one process")
    build = "compiled (mypyc)" if feeds.extract.__file__.endswith(".so") else "pure Python"
    print(f"extraction modules: {build}, from {Path(feeds.extract.__file__).parent}")
    print(
        f"kb load: {load:.3f} s ({len(kb.clubs)} clubs, {len(kb.people)} people, {len(kb.nations)} nations)"
    )
    short_words = sum(len((i.title + " " + i.summary).split()) for i in short) / max(1, len(short))
    print(
        f"headline+summary ({len(short)} items, ~{short_words:.0f} words): {short_rate:,.0f} items/s "
        f"({short_n} extractions)"
    )
    if dev:
        dev_words = sum(len((i.title + " " + i.summary).split()) for i in dev) / len(dev)
        dev_rate, dev_n = _rate(extractor, dev, args.seconds)
        print(
            f"headline+summary of the shared dev set ({len(dev)} items, ~{dev_words:.0f} words): "
            f"{dev_rate:,.0f} items/s ({dev_n} extractions)"
        )
    keyword = _keyword_rate(KeywordMatcher(kb), short, args.seconds)
    print(
        f"baseline, keyword matching of club names on the same items: {keyword:,.0f} items/s "
        f"-> extraction runs at {short_rate / keyword:.3f}x the keyword baseline"
    )
    print(
        f"full articles ({len(long)}, ~{words:.0f} words): {long_rate:,.0f} articles/s ({long_n} extractions)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
