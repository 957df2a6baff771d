"""Per-feed health and due times in Redis, so every process and every restart agrees on them.

One hash per feed (``Keys.feed(url)``) holds the stored validators and the health fields::

    url, etag, last_modified        the feed and its validators for the next conditional GET
    next_due                        unix seconds of the next poll (mirrored in the ``feeds:due`` zset)
    last_success                    unix seconds of the last 200/304
    last_error, last_error_at       message and time of the last failure (kept after a success)
    failures                        consecutive failures, 0 after a success
    seeded                          "1" once the feed's first successful poll recorded its items
    items, new                      items in the feed and new items found, at the last 200
    warnings, last_warning(_at)     polls that succeeded only by recovering ill-formed XML

After a success the feed is due again ``interval`` seconds later. After a failure it backs off:
``interval * 2 ** (failures - 1)``, capped, with up to ``jitter`` of it taken off at random so that
feeds failing together (one outlet's outage) do not come back in lockstep.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

import redis.asyncio as aioredis
from redis.typing import EncodableT, FieldT

from feeds.keys import Keys, feed_hash
from feeds.models import FeedSpec

_ERROR_LIMIT = 500  # characters of an error message kept


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff after consecutive failures: base = the feed's interval, doubled each time."""

    cap: float = 6 * 3600.0
    jitter: float = 0.1  # the largest fraction of the delay taken off at random

    def delay(self, interval: float, failures: int, rand: float) -> float:
        """Seconds to wait after the ``failures``-th consecutive failure; ``rand`` is in [0, 1)."""
        if failures <= 0:
            return interval
        cap = max(self.cap, interval)
        raw = min(cap, interval * 2.0 ** min(failures - 1, 62))
        return raw * (1.0 - self.jitter * rand)


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """A snapshot of one feed's hash; unknown feeds read as all ``None`` / zero."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    next_due: float | None = None
    last_success: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    failures: int = 0
    seeded: bool = False
    items: int = 0
    new: int = 0
    warnings: int = 0
    last_warning: str | None = None
    last_warning_at: float | None = None

    @classmethod
    def from_hash(cls, url: str, data: dict[str, str]) -> FeedHealth:
        def num(name: str) -> float | None:
            value = data.get(name)
            return float(value) if value else None

        return cls(
            url=data.get("url") or url,
            etag=data.get("etag") or None,
            last_modified=data.get("last_modified") or None,
            next_due=num("next_due"),
            last_success=num("last_success"),
            last_error=data.get("last_error") or None,
            last_error_at=num("last_error_at"),
            failures=int(data.get("failures") or 0),
            seeded=data.get("seeded") == "1",
            items=int(data.get("items") or 0),
            new=int(data.get("new") or 0),
            warnings=int(data.get("warnings") or 0),
            last_warning=data.get("last_warning") or None,
            last_warning_at=num("last_warning_at"),
        )


class HealthStore:
    """Reads and writes feed health, validators and due times."""

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        *,
        backoff: Backoff | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self.backoff = backoff or Backoff()
        self._rand = rand

    async def get(self, url: str) -> FeedHealth:
        """The feed's health; a feed never polled reads as fresh (not seeded, no failures)."""
        data = await self._redis.hgetall(self._keys.feed(url))
        return FeedHealth.from_hash(url, cast(dict[str, str], data))

    async def get_many(self, urls: Iterable[str]) -> list[FeedHealth]:
        """Health of several feeds in one round trip, in the given order."""
        urls = list(urls)
        async with self._redis.pipeline(transaction=False) as pipe:
            for url in urls:
                pipe.hgetall(self._keys.feed(url))
            rows: list[dict[str, str]] = await pipe.execute()
        return [FeedHealth.from_hash(url, row) for url, row in zip(urls, rows, strict=True)]

    async def ensure_scheduled(self, feeds: Iterable[FeedSpec], now: float) -> None:
        """Give every feed without a due time one of ``now``; existing due times are kept."""
        feeds = list(feeds)
        if not feeds:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.zadd(self._keys.feeds_due(), {feed_hash(f.url): now for f in feeds}, nx=True)
            for feed in feeds:
                pipe.hsetnx(self._keys.feed(feed.url), "url", feed.url)
            await pipe.execute()

    async def due(self, now: float) -> set[str]:
        """Feed hashes (:func:`feeds.keys.feed_hash`) whose due time has passed."""
        members = await self._redis.zrangebyscore(self._keys.feeds_due(), "-inf", now)
        return set(cast(list[str], members))

    async def next_due(self, url: str) -> float | None:
        """The feed's due time, or ``None`` for a feed never scheduled (due now)."""
        score: float | None = await self._redis.zscore(self._keys.feeds_due(), feed_hash(url))
        return score

    async def record_success(
        self,
        feed: FeedSpec,
        now: float,
        *,
        etag: str | None,
        last_modified: str | None,
        items: int | None = None,
        new: int | None = None,
        seeded: bool = False,
    ) -> float:
        """Record a 200 (``items``/``new`` given) or a 304 (left out); returns the next due time.

        Resets the failure count. The validators are replaced by the ones given (``None`` deletes).
        """
        key = self._keys.feed(feed.url)
        next_due = now + feed.interval
        fields: dict[FieldT, EncodableT] = {
            "url": feed.url,
            "last_success": repr(now),
            "failures": "0",
            "next_due": repr(next_due),
        }
        drop: list[str] = []
        for name, value in (("etag", etag), ("last_modified", last_modified)):
            if value:
                fields[name] = value
            else:
                drop.append(name)
        if items is not None:
            fields["items"] = str(items)
        if new is not None:
            fields["new"] = str(new)
        if seeded:
            fields["seeded"] = "1"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            if drop:
                pipe.hdel(key, *drop)
            pipe.zadd(self._keys.feeds_due(), {feed_hash(feed.url): next_due})
            await pipe.execute()
        return next_due

    async def record_failure(self, feed: FeedSpec, now: float, error: str) -> FeedHealth:
        """Count a failure, keep its message and back the feed off; returns the updated health."""
        key = self._keys.feed(feed.url)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hincrby(key, "failures", 1)
            pipe.hset(
                key, mapping={"url": feed.url, "last_error": error[:_ERROR_LIMIT], "last_error_at": repr(now)}
            )
            failures, _ = await pipe.execute()
        next_due = now + self.backoff.delay(feed.interval, int(failures), self._rand())
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, "next_due", repr(next_due))
            pipe.zadd(self._keys.feeds_due(), {feed_hash(feed.url): next_due})
            pipe.hgetall(key)
            *_, data = await pipe.execute()
        return FeedHealth.from_hash(feed.url, data)

    async def record_warning(self, feed: FeedSpec, now: float, warning: str) -> None:
        """Count a poll that worked despite a problem with the feed (ill-formed XML recovered)."""
        key = self._keys.feed(feed.url)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hincrby(key, "warnings", 1)
            pipe.hset(key, mapping={"last_warning": warning[:_ERROR_LIMIT], "last_warning_at": repr(now)})
            await pipe.execute()

    async def forget(self, url: str) -> None:
        """Drop a feed's health and due time (the feed was removed from the list)."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(self._keys.feed(url))
            pipe.zrem(self._keys.feeds_due(), feed_hash(url))
            await pipe.execute()
