"""Item dedup reads as the spec: the same item twice, the second time says so."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import redis.asyncio as aioredis

from feeds.keys import Keys
from feeds.models import Item
from feeds.seen import SeenItems, fingerprint_key, id_key


def item(n: int, *, title: str | None = None, fingerprint: str | None = None) -> Item:
    return Item(
        id=f"https://news.example/story-{n}",
        title=title or f"Story {n}",
        link=f"https://news.example/story-{n}",
        summary="",
        published=None,
        fingerprint=fingerprint if fingerprint is not None else f"fp{n}",
    )


async def test_the_same_item_twice_is_already_seen(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys)
    assert await seen.mark([item(1)], now=1.0) == [False]
    assert await seen.mark([item(1)], now=2.0) == [True]
    assert await redis.get(keys.item(id_key(item(1)))) == "1.0"  # first-seen time kept


async def test_new_guid_same_title_is_the_same_item(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys)
    await seen.mark([item(1)], now=1.0)
    republished = replace(item(1), id="story-99")  # new guid, same title fingerprint
    assert await seen.unseen([republished]) == []
    assert await seen.mark([republished], now=2.0) == [True]


async def test_same_id_new_title_is_the_same_item(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys)
    await seen.mark([item(1)], now=1.0)
    retitled = replace(item(1), title="Story 1 (updated)", fingerprint="fp-other")
    assert await seen.unseen([retitled]) == []


async def test_unseen_filters_seen_and_repeats_within_the_batch(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys)
    await seen.mark([item(1)], now=1.0)
    batch = [item(1), item(2), replace(item(2), id="dup-guid"), item(3), item(3)]
    assert await seen.unseen(batch) == [item(2), item(3)]
    assert await seen.unseen([]) == []
    # unseen only reads: nothing was recorded
    assert await seen.unseen([item(2)]) == [item(2)]


async def test_items_without_fingerprint_dedup_by_id(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys)
    bare = item(5, fingerprint="")
    assert fingerprint_key(bare) is None
    assert await seen.mark([bare, item(6)], now=1.0) == [False, False]
    assert await seen.mark([bare, item(6)], now=1.0) == [True, True]


async def test_mark_is_atomic_across_processes(redis: aioredis.Redis, keys: Keys) -> None:
    one, two = SeenItems(redis, keys), SeenItems(redis, keys)
    results = await asyncio.gather(*(s.mark([item(7)], now=1.0) for s in [one, two] * 5))
    assert sorted(flag for r in results for flag in r) == [False] + [True] * 9


async def test_marking_refreshes_the_ttl(redis: aioredis.Redis, keys: Keys) -> None:
    seen = SeenItems(redis, keys, ttl=100.0)
    await seen.mark([item(1)], now=1.0)
    await redis.pexpire(keys.item(id_key(item(1))), 5_000)
    await seen.mark([item(1)], now=2.0)
    assert await redis.pttl(keys.item(id_key(item(1)))) > 90_000


async def test_long_fingerprints_are_hashed() -> None:
    key = fingerprint_key(item(1, fingerprint="x" * 500))
    assert key is not None and len(key) < 70
