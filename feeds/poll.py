"""The poller: for each due feed, lease -> fetch -> parse -> dedup -> callback -> record.

One feed's failure is a value (a :class:`FeedOutcome` with the error), logged with the feed URL and
counted in the feed's health; it never stops the other feeds. Items are recorded as seen only after
the callback returned, so a crash or a failing callback loses nothing: the next poll fetches the feed
in full again (new validators are stored only after the callback too) and hands the same items over
again. The callback must therefore be idempotent.

Due times, backoff and leases live in Redis (:mod:`feeds.health`, :mod:`feeds.lease`), so several
processes and restarts agree on them: a feed is polled once per interval however many pollers run.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import redis.asyncio as aioredis

from feeds.errors import FeedError
from feeds.fetch import FeedFetcher
from feeds.health import Backoff, FeedHealth, HealthStore
from feeds.jobs import ScheduledJobs
from feeds.keys import Keys, feed_hash
from feeds.lease import FeedLeases
from feeds.models import FeedSpec, Item
from feeds.parse import parse_feed
from feeds.seen import DEFAULT_TTL, SeenItems

log = logging.getLogger(__name__)

OnItems = Callable[[FeedSpec, Sequence[Item], bool], Awaitable[None]]
"""The pipeline callback: ``(feed, items, seeding)``. ``seeding`` is true on a feed's first successful
poll: the items are old news to record, not to announce. Must be idempotent (see the module doc)."""

Status = Literal["ok", "not_modified", "error", "leased", "backoff", "not_due"]


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one poll of one feed did.

    ``items``: items in the fetched feed. ``new``: items announced as new. ``seeded``: items recorded
    on the feed's first poll instead of announced. ``new_items``: the items handed to the callback
    (the seeded ones on a seeding poll). ``error``: the failure message when ``status == "error"``.
    ``warning``: set when the poll worked despite a problem (ill-formed XML whose items were recovered).
    ``leased``: another process is polling the feed; ``not_due`` / ``backoff``: not time yet (after a
    success / after failures).
    """

    feed: FeedSpec
    status: Status
    items: int = 0
    new: int = 0
    seeded: int = 0
    error: str | None = None
    new_items: tuple[Item, ...] = ()
    warning: str | None = None
    seeding: bool = False  # the feed's first successful poll: its items are recorded, not announced


class Poller:
    """Polls a list of feeds, once per interval across every process sharing the Redis."""

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        fetcher: FeedFetcher,
        feeds: Iterable[FeedSpec],
        on_items: OnItems,
        *,
        clock: Callable[[], float] = time.time,
        lease_seconds: float = 120.0,
        backoff: Backoff | None = None,
        seen_ttl: float = DEFAULT_TTL,
        on_outcome: Callable[[FeedOutcome], None] | None = None,
    ) -> None:
        """``on_outcome`` is called with every outcome of a scheduled poll (a notice, a metric)."""
        self._fetcher = fetcher
        self._on_items = on_items
        self._clock = clock
        self._lease_seconds = lease_seconds
        self.health = HealthStore(redis, keys, backoff=backoff)
        self.leases = FeedLeases(redis, keys)
        self.seen = SeenItems(redis, keys, ttl=seen_ttl)
        self._feeds: dict[str, FeedSpec] = {}
        self._on_outcome = on_outcome
        self._unreleased: dict[str, str] = {}  # feed url -> our lease token we could not release
        self.set_feeds(feeds)

    @property
    def feeds(self) -> list[FeedSpec]:
        return list(self._feeds.values())

    def set_feeds(self, feeds: Iterable[FeedSpec]) -> None:
        """Replace the feed list (e.g. after an owner added a feed); new feeds are due at once."""
        self._feeds = {feed_hash(feed.url): feed for feed in feeds}

    async def poll_all(self, *, force: bool = False) -> list[FeedOutcome]:
        """Poll every feed concurrently (those due, or all with ``force``); one outcome per feed."""
        feeds = self.feeds
        await self.health.ensure_scheduled(feeds, self._clock())
        return list(await asyncio.gather(*(self.poll_feed(feed, force=force) for feed in feeds)))

    async def tick(self) -> list[FeedOutcome]:
        """Poll the feeds whose due time (in Redis) has passed; the scheduled job calls this."""
        now = self._clock()
        feeds = self.feeds
        await self.health.ensure_scheduled(feeds, now)
        due = await self.health.due(now)
        todo = [feed for fh, feed in self._feeds.items() if fh in due]
        return list(await asyncio.gather(*(self.poll_feed(feed) for feed in todo)))

    def schedule(
        self, jobs: ScheduledJobs, *, tick_seconds: float = 5.0, job_id: str = "rumourbot.feeds.poll"
    ) -> None:
        """Add a job to ``jobs`` that polls due feeds every ``tick_seconds``, starting now.

        ``max_instances=1`` and ``coalesce=True``: a slow tick delays the next one rather than
        overlapping it, and missed ticks run once.
        """
        jobs.add(
            self._scheduled_tick,
            "interval",
            seconds=tick_seconds,
            id=job_id,
            name="poll due feeds",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, int(tick_seconds * 2)),
            next_run_time=datetime.now(UTC),
            replace_existing=True,
        )

    async def _scheduled_tick(self) -> None:
        try:
            outcomes = await self.tick()
        except Exception:  # Redis unreachable and the like: log, and try again next tick
            log.exception("feed poll tick failed")
            return
        if self._on_outcome is not None:
            for outcome in outcomes:
                self._on_outcome(outcome)

    async def poll_feed(self, feed: FeedSpec, *, force: bool = False) -> FeedOutcome:
        """Poll one feed if it is due (``force`` ignores due time and backoff, never the lease).

        Never raises for a feed's own failures: they come back as ``status="error"``.
        """
        try:
            stale = self._unreleased.pop(feed.url, None)
            if stale is not None:  # our own lease, left behind when Redis went away mid-poll
                await self.leases.release(feed.url, stale)
            token = await self.leases.acquire(feed.url, self._lease_seconds)
        except Exception as exc:
            if stale is not None:
                self._unreleased[feed.url] = stale
            return self._unrecorded(feed, exc)
        if token is None:
            log.debug("feed %s is being polled elsewhere", feed.url, extra={"feed": feed.url})
            return FeedOutcome(feed, "leased")
        try:
            health = await self.health.get(feed.url)
            if not force and health.next_due is not None and health.next_due > self._clock():
                return FeedOutcome(feed, "backoff" if health.failures else "not_due")
            return await self._poll_leased(feed, health)
        except Exception as exc:  # Redis trouble while recording: the feed's fate is unknown
            return self._unrecorded(feed, exc)
        finally:
            try:
                await self.leases.release(feed.url, token)
            except Exception:
                # kept, and released before the next poll: a lease that survived a Redis restart
                # would otherwise hold the feed for the whole lease time
                self._unreleased[feed.url] = token
                log.warning(
                    "feed %s: could not release its lease", feed.url, exc_info=True, extra={"feed": feed.url}
                )

    async def _poll_leased(self, feed: FeedSpec, health: FeedHealth) -> FeedOutcome:
        try:
            result = await self._fetcher.fetch(feed.url, etag=health.etag, last_modified=health.last_modified)
            if result.body is None:
                await self.health.record_success(
                    feed, self._clock(), etag=result.etag, last_modified=result.last_modified
                )
                self._log_recovery(feed, health)
                log.debug("feed %s: not modified", feed.url, extra={"feed": feed.url})
                return FeedOutcome(feed, "not_modified")
            parsed = parse_feed(
                result.body, source=feed.outlet, content_type=result.content_type, base_url=result.final_url
            )
        except FeedError as exc:
            return await self._fail(feed, str(exc) or type(exc).__name__, exc, unexpected=False)
        except Exception as exc:  # a bug in a lower layer: still only this feed's problem
            return await self._fail(feed, f"{type(exc).__name__}: {exc}", exc, unexpected=True)

        items = parsed.items
        fresh = await self.seen.unseen(items)
        seeding = not health.seeded
        if fresh:
            try:
                await self._on_items(feed, fresh, seeding)
            except Exception as exc:
                return await self._fail(
                    feed, f"callback failed: {type(exc).__name__}: {exc}", exc, unexpected=True
                )
        await self.seen.mark(items, now=self._clock())
        new = 0 if seeding else len(fresh)
        await self.health.record_success(
            feed,
            self._clock(),
            etag=result.etag,
            last_modified=result.last_modified,
            items=len(items),
            new=new,
            seeded=True,
        )
        self._log_recovery(feed, health)
        warning = None
        if parsed.recovered:
            # Refusing ill-formed XML would lose every item in it; keep what parsed, say so, count it.
            warning = f"ill-formed XML: recovered {len(items)} items"
            await self.health.record_warning(feed, self._clock(), warning)
            log.warning("feed %s: %s", feed.url, warning, extra={"feed": feed.url})
        if seeding:
            log.info("feed %s: seeded with %d items", feed.url, len(fresh), extra={"feed": feed.url})
        elif fresh:
            log.info("feed %s: %d new of %d items", feed.url, new, len(items), extra={"feed": feed.url})
        return FeedOutcome(
            feed,
            "ok",
            items=len(items),
            new=new,
            seeded=len(fresh) if seeding else 0,
            new_items=tuple(fresh),
            warning=warning,
            seeding=seeding,
        )

    async def _fail(
        self, feed: FeedSpec, message: str, exc: BaseException, *, unexpected: bool
    ) -> FeedOutcome:
        updated = await self.health.record_failure(feed, self._clock(), message)
        log.log(
            logging.ERROR if unexpected else logging.WARNING,
            "feed %s failed (%d in a row, next try in %.0fs): %s",
            feed.url,
            updated.failures,
            (updated.next_due or 0.0) - self._clock(),
            message,
            exc_info=exc if unexpected else None,
            extra={"feed": feed.url},
        )
        return FeedOutcome(feed, "error", error=message)

    def _unrecorded(self, feed: FeedSpec, exc: Exception) -> FeedOutcome:
        message = f"{type(exc).__name__}: {exc}"
        log.error(
            "feed %s: poll failed and was not recorded: %s",
            feed.url,
            message,
            exc_info=exc,
            extra={"feed": feed.url},
        )
        return FeedOutcome(feed, "error", error=message)

    @staticmethod
    def _log_recovery(feed: FeedSpec, before: FeedHealth) -> None:
        if before.failures:
            log.info(
                "feed %s recovered after %d failures", feed.url, before.failures, extra={"feed": feed.url}
            )
