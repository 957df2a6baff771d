"""Feed health, due times, backoff and leases in a real Redis."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from feeds.health import Backoff, HealthStore
from feeds.keys import Keys, feed_hash
from feeds.lease import FeedLeases
from feeds.models import FeedSpec

FEED = FeedSpec(url="https://a.example/rss", outlet="A", interval=100.0)


def test_backoff_doubles_from_the_interval_and_is_capped() -> None:
    backoff = Backoff(cap=1000.0, jitter=0.0)
    assert [backoff.delay(100.0, n, 0.5) for n in range(1, 7)] == [100, 200, 400, 800, 1000, 1000]
    assert backoff.delay(100.0, 10_000, 0.5) == 1000  # no overflow


def test_backoff_jitter_only_shortens() -> None:
    backoff = Backoff(cap=1000.0, jitter=0.2)
    assert backoff.delay(100.0, 3, 0.0) == 400
    assert backoff.delay(100.0, 3, 0.999) == pytest.approx(320.08)
    assert backoff.delay(100.0, 20, 0.5) == pytest.approx(900)


def test_cap_below_interval_never_polls_faster_than_the_interval() -> None:
    assert Backoff(cap=10.0, jitter=0.0).delay(100.0, 5, 0.0) == 100.0


async def test_unknown_feed_reads_as_fresh(redis: aioredis.Redis, keys: Keys) -> None:
    health = await HealthStore(redis, keys).get(FEED.url)
    assert health.url == FEED.url
    assert (health.failures, health.seeded, health.etag, health.next_due) == (0, False, None, None)


async def test_success_stores_validators_counts_and_due_time(redis: aioredis.Redis, keys: Keys) -> None:
    store = HealthStore(redis, keys)
    next_due = await store.record_success(
        FEED, 1000.0, etag='"v1"', last_modified="Thu, 15 Jan 2026 09:00:00 GMT", items=12, new=3, seeded=True
    )
    assert next_due == 1100.0
    health = await store.get(FEED.url)
    assert health.etag == '"v1"' and health.last_modified == "Thu, 15 Jan 2026 09:00:00 GMT"
    assert (health.items, health.new, health.seeded, health.failures) == (12, 3, True, 0)
    assert health.last_success == 1000.0 and health.next_due == 1100.0
    assert await store.next_due(FEED.url) == 1100.0
    assert await store.due(1099.0) == set()
    assert await store.due(1100.0) == {feed_hash(FEED.url)}
    # a 200 without validators drops the old ones
    await store.record_success(FEED, 1100.0, etag=None, last_modified=None, items=1, new=0)
    health = await store.get(FEED.url)
    assert health.etag is None and health.last_modified is None and health.seeded


async def test_failures_back_off_and_success_resets(redis: aioredis.Redis, keys: Keys) -> None:
    store = HealthStore(redis, keys, backoff=Backoff(cap=350.0, jitter=0.0))
    dues = []
    for n in range(1, 5):
        health = await store.record_failure(FEED, 1000.0, f"HTTP 500: boom {n}")
        assert health.failures == n
        dues.append(health.next_due)
    assert dues == [1100.0, 1200.0, 1350.0, 1350.0]
    assert health.last_error == "HTTP 500: boom 4" and health.last_error_at == 1000.0
    assert await store.next_due(FEED.url) == 1350.0

    await store.record_success(FEED, 2000.0, etag=None, last_modified=None)
    health = await store.get(FEED.url)
    assert health.failures == 0 and health.next_due == 2100.0
    assert health.last_error == "HTTP 500: boom 4"  # history kept for `rumourbot check`


async def test_backoff_survives_a_new_store(redis: aioredis.Redis, keys: Keys) -> None:
    await HealthStore(redis, keys, backoff=Backoff(jitter=0.0)).record_failure(FEED, 0.0, "timeout")
    await HealthStore(redis, keys, backoff=Backoff(jitter=0.0)).record_failure(FEED, 0.0, "timeout")
    health = await HealthStore(redis, keys).get(FEED.url)
    assert health.failures == 2 and health.next_due == 200.0


async def test_ensure_scheduled_keeps_existing_due_times(redis: aioredis.Redis, keys: Keys) -> None:
    store = HealthStore(redis, keys)
    other = FeedSpec(url="https://b.example/rss", outlet="B")
    await store.record_success(FEED, 1000.0, etag=None, last_modified=None)
    await store.ensure_scheduled([FEED, other], 500.0)
    assert await store.next_due(FEED.url) == 1100.0
    assert await store.next_due(other.url) == 500.0
    assert (await store.get(other.url)).url == other.url
    assert [h.url for h in await store.get_many([other.url, FEED.url])] == [other.url, FEED.url]
    await store.forget(other.url)
    assert await store.next_due(other.url) is None


async def test_long_error_messages_are_truncated(redis: aioredis.Redis, keys: Keys) -> None:
    health = await HealthStore(redis, keys).record_failure(FEED, 0.0, "x" * 10_000)
    assert health.last_error is not None and len(health.last_error) == 500


async def test_lease_is_exclusive_and_released_only_by_its_holder(redis: aioredis.Redis, keys: Keys) -> None:
    leases = FeedLeases(redis, keys)
    token = await leases.acquire(FEED.url, 10.0)
    assert token is not None
    assert await leases.acquire(FEED.url, 10.0) is None
    assert await leases.holder(FEED.url) == token
    assert await leases.release(FEED.url, "someone-else") is False
    assert await leases.holder(FEED.url) == token
    assert await leases.release(FEED.url, token) is True
    assert await leases.release(FEED.url, token) is False
    assert await leases.acquire(FEED.url, 10.0) is not None


async def test_lease_expires(redis: aioredis.Redis, keys: Keys) -> None:
    leases = FeedLeases(redis, keys)
    old = await leases.acquire(FEED.url, 0.05)
    assert old is not None
    assert 0 < await redis.pttl(keys.feed_lease(FEED.url)) <= 50
    await redis.pexpire(keys.feed_lease(FEED.url), 1)
    while await redis.exists(keys.feed_lease(FEED.url)):
        pass
    new = await leases.acquire(FEED.url, 10.0)
    assert new is not None
    assert await leases.release(FEED.url, old) is False  # the old holder cannot free the new lease
    assert await leases.holder(FEED.url) == new
