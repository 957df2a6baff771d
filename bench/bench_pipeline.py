"""End-to-end throughput without network: parse -> extract -> rumour state -> match -> outbox.

Usage: python bench/bench_pipeline.py [--items 2000] [--followers 2000]

A synthetic RSS feed of transfer headlines (people and clubs from the real knowledge base, about one
item in five a match report or injury news) is parsed, its claims applied to the rumour state with
pipelined Redis scripts, the events routed through subscription matching into the outbox. Every
stage is timed; the baseline, measured in the same run against the same Redis, is one plain ``SET``
per item without pipelining (what a naive per-item store would cost at minimum).

Redis: ``REDIS_URL`` when set, else an embedded server; keys under a random prefix, deleted after.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import html
import itertools
import os
import pstats
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402
from bot.matching import Matcher  # noqa: E402
from bot.models import Direction, EntityKind, Roles, Subscription  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.policy import AlertPolicy  # noqa: E402
from bot.redis_server import EmbeddedRedis  # noqa: E402
from bot.router import EventRouter  # noqa: E402
from bot.store import connect  # noqa: E402
from bot.subscriptions import SubscriptionStore  # noqa: E402
from bot.target_settings import TargetSettingsStore  # noqa: E402
from config import CONFIG_DIR  # noqa: E402
from feeds.extract import Extractor  # noqa: E402
from feeds.ingest import Ingest  # noqa: E402
from feeds.kb import KnowledgeBase, load_kb  # noqa: E402
from feeds.keys import Keys  # noqa: E402
from feeds.models import FeedSpec  # noqa: E402
from feeds.parse import parse_feed  # noqa: E402
from feeds.rumours import EventStream, RumourStore  # noqa: E402

RUMOURS = (
    "{club} in talks to sign {person}",
    "{club} make £40m bid for {person}",
    "{club} agree fee for {person}",
    "{person} completes move to {club}",
    "{club} keen on {person}",
    "{club} make approach for {person}",
    "{club} end interest in {person}",
    "{person} set to leave {own} this summer",
)
NEWS = (
    "{club} 2-1 {other}: late winner settles it",
    "{person} ruled out for six weeks with hamstring injury",
    "{club} boss says squad is focused on the league",
)


def synthetic_feed(kb: KnowledgeBase, n: int, rng: random.Random) -> bytes:
    people = [p for p in kb.people.values() if p.club and p.club in kb.clubs]
    clubs = list(kb.clubs.values())
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench</title>']
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(n):
        person = rng.choice(people)
        club, other = rng.sample(clubs, 2)
        own = kb.clubs[person.club or ""].name
        template = rng.choice(NEWS) if rng.random() < 0.2 else rng.choice(RUMOURS)
        title = template.format(person=person.name, club=club.name, other=other.name, own=own)
        summary = f"<p>{html.escape(title)}, according to reports.</p>"
        parts.append(
            f"<item><title>{html.escape(title)}</title><link>https://bench.example/{i}</link>"
            f"<guid>https://bench.example/{i}</guid><description>{html.escape(summary)}</description>"
            f"<pubDate>{format_datetime(start + timedelta(minutes=i), usegmt=True)}</pubDate></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


async def follow_many(subs: SubscriptionStore, kb: KnowledgeBase, n: int, rng: random.Random) -> None:
    clubs = list(kb.clubs.values())
    for i in range(n):
        club = rng.choice(clubs)
        await subs.follow(
            Subscription(
                target=f"telegram:{1000 + i}", kind=EntityKind.CLUB, entity_id=club.id, name=club.name,
                direction=Direction.BOTH, roles=Roles.ALL,
            )
        )  # fmt: skip


async def run(url: str, n_items: int, n_followers: int, profile: bool = False) -> None:
    rng = random.Random(7)
    kb = load_kb(CONFIG_DIR)
    data = synthetic_feed(kb, n_items, rng)
    keys = Keys(prefix=f"rbbench:{uuid.uuid4().hex[:8]}:")
    redis = connect(url)
    try:
        subs = SubscriptionStore(redis, keys)
        await follow_many(subs, kb, n_followers, rng)
        ingest = Ingest(Extractor(kb), RumourStore(redis, keys))
        policy = AlertPolicy(redis, keys, TargetSettingsStore(redis, keys))  # as the running bot routes
        router = EventRouter(
            EventStream(redis, keys), Matcher(subs), Outbox(redis, keys), consumer="bench",
            redis=redis, keys=keys, batch=500, policy=policy,
        )  # fmt: skip
        feed = FeedSpec(url="https://bench.example/rss", outlet="BBC Sport")

        marks = [(time.perf_counter(), time.process_time())]

        def mark() -> None:
            marks.append((time.perf_counter(), time.process_time()))

        items = parse_feed(data, source=feed.outlet).items
        mark()
        per_item = ingest.extract(items)
        mark()
        result = await ingest.record(feed, per_item, seeding=False)
        mark()
        routed = 0
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        while True:
            done = await router.run_once()
            if not done:
                break
            routed += done
        mark()
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumtime").print_stats(30)
        queued = sum([await redis.llen(k) async for k in redis.scan_iter(match=f"{keys.prefix}outbox:*:*")])
        stages = ["parse", "extract", "rumour state", "match+policy+outbox"]
        wall = [b[0] - a[0] for a, b in itertools.pairwise(marks)]
        cpu = [b[1] - a[1] for a, b in itertools.pairwise(marks)]
        total = sum(wall)

        base_keys = [f"{keys.prefix}baseline:{i}" for i in range(len(items))]
        b0 = time.perf_counter()
        for key in base_keys:
            await redis.set(key, "1")
        baseline_s = time.perf_counter() - b0

        claims = sum(len(c) for _, c in per_item)
        print(f"items {len(items)}, claims {claims}, events {len(result.events)}, routed {routed}, "
              f"alerts queued {queued}, followers {n_followers}")  # fmt: skip
        print(f"  {'stage':<20} {'wall ms':>8} {'items/s':>9}   {'bot CPU ms':>10} {'items/s':>9}")
        for name, w, c in zip([*stages, "end to end"], [*wall, total], [*cpu, sum(cpu)], strict=True):
            n = len(items)
            print(f"  {name:<20} {w * 1000:8.1f} {n / w:9.0f}   {c * 1000:10.1f} {n / c:9.0f}")
        print(f"baseline: one un-pipelined SET per item: {len(items) / baseline_s:.0f} items/s "
              f"-> end to end is {baseline_s / total:.2f}x the baseline")  # fmt: skip
        print(f"machine: {describe()}")
    finally:
        async for key in redis.scan_iter(match=f"{keys.prefix}*", count=1000):
            await redis.delete(key)
        await redis.aclose(close_connection_pool=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--followers", type=int, default=2000)
    parser.add_argument("--profile", action="store_true", help="profile the match+policy+outbox stage")
    args = parser.parse_args(argv)
    url = os.environ.get("REDIS_URL")
    if url:
        asyncio.run(run(url, args.items, args.followers, args.profile))
        return 0
    with tempfile.TemporaryDirectory() as tmp, EmbeddedRedis(Path(tmp)) as server:
        asyncio.run(run(server.url, args.items, args.followers, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
