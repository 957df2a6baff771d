"""The poller end to end: the local feed server, the real parser, a real Redis and a fake clock."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

import pytest
import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from feeds.fetch import Fetcher, FetchLimits
from feeds.health import Backoff
from feeds.jobs import ScheduledJobs
from feeds.keys import Keys
from feeds.models import FeedSpec, Item
from feeds.poll import FeedOutcome, Poller
from tests.fakes.feed_server import GOOD_FEED, GOOD_ITEMS, FeedServer, make_rss

LIMITS = FetchLimits(
    connect_timeout=1.0,
    read_timeout=0.3,
    total_timeout=3.0,
    max_bytes=1024 * 1024,
    max_redirects=3,
    per_host=2,
)
INTERVAL = 60.0


class Clock:
    """A settable clock, so due times and backoff are tested without waiting."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class Recorder:
    """The pipeline callback: records calls; fails ``fail`` more times when asked to."""

    calls: list[tuple[str, list[Item], bool]] = field(default_factory=list)
    fail: int = 0

    async def __call__(self, feed: FeedSpec, items: Sequence[Item], seeding: bool) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("pipeline exploded")
        self.calls.append((feed.url, list(items), seeding))


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer(slow_seconds=2.0) as srv:
        yield srv


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(limits=LIMITS) as f:
        yield f


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def spec(server: FeedServer, path: str, interval: float = INTERVAL) -> FeedSpec:
    return FeedSpec(url=server.url(path), outlet=f"Outlet {path}", interval=interval)


def poller(
    redis: aioredis.Redis,
    keys: Keys,
    fetcher: Fetcher,
    feeds: Sequence[FeedSpec],
    recorder: Recorder,
    clock: Clock,
) -> Poller:
    return Poller(redis, keys, fetcher, feeds, recorder, clock=clock, backoff=Backoff(cap=3600.0, jitter=0.0))


async def test_etag_304_round_trip(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    first = await p.poll_feed(feed)
    assert (first.status, first.items, first.seeded, first.new) == ("ok", 3, 3, 0) and first.seeding
    assert "If-None-Match" not in server.last_headers["/good"]

    clock.now += INTERVAL
    second = await p.poll_feed(feed)
    assert second.status == "not_modified"
    assert server.last_headers["/good"]["If-None-Match"] == '"good-v1"'
    assert "If-Modified-Since" in server.last_headers["/good"]
    assert server.hits["/good"] == 2
    health = await p.health.get(feed.url)
    assert health.last_success == clock.now and health.failures == 0
    assert health.next_due == clock.now + INTERVAL
    assert health.etag == '"good-v1"'


async def test_seeding_then_exactly_one_new_item(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    first = await p.poll_feed(feed)
    assert first.seeded == 3 and first.new == 0 and len(first.new_items) == 3
    assert len(recorder.calls) == 1
    assert recorder.calls[0][2] is True  # seeding
    assert (await p.health.get(feed.url)).seeded

    fresh = {
        "title": "Tottenham close in on Juventus striker",
        "link": "https://news.example/football/spurs-4",
        "guid": "https://news.example/football/spurs-4",
        "description": "Spurs are close.",
    }
    server.set_feed("/good", make_rss([fresh, *GOOD_ITEMS]), etag='"good-v2"')
    clock.now += INTERVAL
    second = await p.poll_feed(feed)
    assert (second.status, second.items, second.new, second.seeded) == ("ok", 4, 1, 0)
    assert not second.seeding
    assert [i.title for i in second.new_items] == [fresh["title"]]
    _, items, seeding = recorder.calls[1]
    assert seeding is False and [i.title for i in items] == [fresh["title"]]
    health = await p.health.get(feed.url)
    assert (health.items, health.new, health.etag) == (4, 1, '"good-v2"')


async def test_guid_churn_is_not_new(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/guid-churn")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    assert (await p.poll_feed(feed)).seeded == 3
    clock.now += INTERVAL
    second = await p.poll_feed(feed)
    assert (second.status, second.items, second.new) == ("ok", 3, 0)
    assert len(recorder.calls) == 1  # nothing new: the callback is not called
    assert server.hits["/guid-churn"] == 2


async def test_same_article_in_two_feeds_is_one_item(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    server.set_feed("/copy", GOOD_FEED)
    good, copy = spec(server, "/good"), spec(server, "/copy")
    p = poller(redis, keys, fetcher, [good, copy], recorder, clock)
    assert (await p.poll_feed(good)).seeded == 3
    outcome = await p.poll_feed(copy)
    assert (outcome.status, outcome.items, outcome.seeded, outcome.new) == ("ok", 3, 0, 0)
    assert len(recorder.calls) == 1


FAILURES = {
    "/404": "HTTP 404",
    "/500": "HTTP 500",
    "/slow": "timed out",
    "/huge": "cap",
    "/loop": "redirects",
    "/html": "",
    "/billion-laughs": "",
    "/xxe": "",
}


async def test_ill_formed_xml_keeps_its_items_and_is_counted_as_a_warning(
    redis: aioredis.Redis,
    keys: Keys,
    server: FeedServer,
    fetcher: Fetcher,
    recorder: Recorder,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    feed = spec(server, "/malformed")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    with caplog.at_level(logging.WARNING, logger="feeds.poll"):
        outcome = await p.poll_feed(feed)
    assert outcome.status == "ok" and outcome.items == 1
    assert outcome.warning and "ill-formed" in outcome.warning
    assert feed.url in caplog.text and "ill-formed" in caplog.text
    assert [item.title for _, items, _ in recorder.calls for item in items] == ["Unclosed item"]
    health = await p.health.get(feed.url)
    assert health.failures == 0 and health.warnings == 1 and health.last_warning == outcome.warning


@pytest.mark.parametrize("path", list(FAILURES))
async def test_a_failing_feed_is_logged_counted_and_recovers(
    redis: aioredis.Redis,
    keys: Keys,
    server: FeedServer,
    fetcher: Fetcher,
    recorder: Recorder,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
    path: str,
) -> None:
    feed = spec(server, path)
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    with caplog.at_level(logging.WARNING, logger="feeds.poll"):
        outcome = await p.poll_feed(feed)
    assert outcome.status == "error"
    assert outcome.error and FAILURES[path] in outcome.error
    assert outcome.items == 0 and not outcome.new_items
    assert feed.url in caplog.text and outcome.error in caplog.text
    assert recorder.calls == []
    health = await p.health.get(feed.url)
    assert health.failures == 1 and health.last_error == outcome.error and health.last_error_at == clock.now
    assert not health.seeded

    clock.now += INTERVAL
    assert (await p.poll_feed(feed)).status == "error"
    assert (await p.health.get(feed.url)).failures == 2

    server.set_feed(path, GOOD_FEED)  # the outlet fixes its feed
    clock.now += 2 * INTERVAL
    with caplog.at_level(logging.INFO, logger="feeds.poll"):
        recovered = await p.poll_feed(feed)
    assert recovered.status == "ok" and recovered.seeded == 3
    assert "recovered after 2 failures" in caplog.text
    health = await p.health.get(feed.url)
    assert health.failures == 0 and health.seeded
    assert health.last_error == outcome.error  # kept for `rumourbot check`


async def test_windows_1252_feed_is_read(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/cp1252")
    outcome = await poller(redis, keys, fetcher, [feed], recorder, clock).poll_feed(feed)
    assert outcome.status == "ok", outcome.error
    assert outcome.new_items[0].title == "\u201cDone deal\u201d: Spurs pay \u00a330m for striker"


async def test_mislabelled_bytes_never_crash(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/cp1252-undeclared")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    outcome = await p.poll_feed(feed)
    health = await p.health.get(feed.url)
    # the parser may recover the text or refuse it; either way it is a value and recorded
    if outcome.status == "ok":
        assert outcome.items == 1 and health.failures == 0
    else:
        assert outcome.status == "error" and health.failures == 1 and health.last_error == outcome.error


async def test_poll_all_returns_an_outcome_for_every_feed(
    redis: aioredis.Redis,
    keys: Keys,
    server: FeedServer,
    fetcher: Fetcher,
    recorder: Recorder,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    paths = ["/good", *FAILURES, "/cp1252", "/cp1252-undeclared", "/guid-churn", "/gzip", "/redirect"]
    feeds = [spec(server, path) for path in paths]
    p = poller(redis, keys, fetcher, feeds, recorder, clock)
    with caplog.at_level(logging.WARNING, logger="feeds.poll"):
        outcomes = await p.poll_all()
    assert [o.feed for o in outcomes] == feeds
    by_path = dict(zip(paths, outcomes, strict=True))
    assert by_path["/good"].status == "ok" and by_path["/good"].seeded == 3
    assert server.hits["/good"] == 2  # itself and /redirect
    for path in FAILURES:
        assert by_path[path].status == "error", path
        assert server.url(path) in caplog.text
    for path in ("/cp1252", "/guid-churn", "/gzip", "/redirect"):
        assert by_path[path].status == "ok", path
    # polled concurrently, feeds carrying the same articles may each hand them over (the callback is
    # idempotent); once all are done every item is recorded as seen
    items = [item for o in outcomes for item in o.new_items]
    assert await p.seen.unseen(items) == []


async def test_not_due_and_force(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    await p.poll_feed(feed)
    assert (await p.poll_feed(feed)) == FeedOutcome(feed, "not_due")
    assert server.hits["/good"] == 1
    assert (await p.poll_feed(feed, force=True)).status == "not_modified"
    assert server.hits["/good"] == 2


async def test_backoff_grows_and_survives_a_restart(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/500", interval=100.0)
    start = clock.now
    assert (await poller(redis, keys, fetcher, [feed], recorder, clock).poll_feed(feed)).status == "error"
    expected_due = start + 100.0
    for delay in (200.0, 400.0, 800.0):
        clock.now = expected_due - 1
        restarted = poller(redis, keys, fetcher, [feed], recorder, clock)  # a new process
        assert (await restarted.poll_feed(feed)).status == "backoff"
        assert (await restarted.poll_all()) == [FeedOutcome(feed, "backoff")]
        clock.now = expected_due
        assert (await restarted.poll_feed(feed)).status == "error"
        expected_due += delay
        assert (await restarted.health.get(feed.url)).next_due == expected_due
    assert server.hits["/500"] == 4
    assert (await restarted.health.get(feed.url)).failures == 4
    assert (await restarted.poll_feed(feed, force=True)).status == "error"  # force ignores backoff


async def test_a_held_lease_is_respected_even_with_force(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    token = await p.leases.acquire(feed.url, 10.0)
    assert token is not None
    assert (await p.poll_feed(feed, force=True)) == FeedOutcome(feed, "leased")
    assert server.hits["/good"] == 0
    await p.leases.release(feed.url, token)
    assert (await p.poll_feed(feed, force=True)).status == "ok"
    assert await p.leases.holder(feed.url) is None  # released after the poll


async def test_failing_callback_loses_nothing(
    redis: aioredis.Redis,
    keys: Keys,
    server: FeedServer,
    fetcher: Fetcher,
    recorder: Recorder,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    recorder.fail = 1
    with caplog.at_level(logging.WARNING, logger="feeds.poll"):
        outcome = await p.poll_feed(feed)
    assert outcome.status == "error" and outcome.error is not None and "callback failed" in outcome.error
    assert "pipeline exploded" in caplog.text and feed.url in caplog.text
    health = await p.health.get(feed.url)
    assert health.failures == 1 and health.etag is None and not health.seeded
    assert len(await p.seen.unseen([])) == 0

    clock.now += INTERVAL
    retry = await p.poll_feed(feed)
    assert "If-None-Match" not in server.last_headers["/good"]  # validators were not stored
    assert retry.status == "ok" and retry.seeded == 3
    assert len(recorder.calls) == 1 and recorder.calls[0][2] is True
    assert len(recorder.calls[0][1]) == 3


async def test_failing_callback_on_new_items_retries_them(
    redis: aioredis.Redis,
    keys: Keys,
    server: FeedServer,
    fetcher: Fetcher,
    recorder: Recorder,
    clock: Clock,
) -> None:
    feed = spec(server, "/good")
    p = poller(redis, keys, fetcher, [feed], recorder, clock)
    await p.poll_feed(feed)
    fresh = {"title": "Newcastle reject bid for captain", "link": "https://news.example/nufc-5"}
    server.set_feed("/good", make_rss([fresh, *GOOD_ITEMS]), etag='"good-v2"')
    recorder.fail = 1
    clock.now += INTERVAL
    assert (await p.poll_feed(feed)).status == "error"
    clock.now += INTERVAL
    retry = await p.poll_feed(feed)
    assert (retry.status, retry.new) == ("ok", 1)
    assert [i.title for i in recorder.calls[-1][1]] == [fresh["title"]]


async def test_two_pollers_poll_each_feed_once_per_interval(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, recorder: Recorder, clock: Clock
) -> None:
    async with Fetcher(limits=LIMITS) as f1, Fetcher(limits=LIMITS) as f2:
        feeds = [spec(server, "/good", interval=60.0), spec(server, "/guid-churn", interval=90.0)]
        one = poller(redis, keys, f1, feeds, recorder, clock)
        two = poller(redis, keys, f2, feeds, recorder, clock)
        start = clock.now
        statuses: list[str] = []
        for step in range(0, 301, 5):  # five minutes of 5-second ticks, both processes ticking
            clock.now = start + step
            for outcomes in await asyncio.gather(one.tick(), two.tick()):
                statuses += [o.status for o in outcomes]
    assert server.hits["/good"] == 6  # t = 0, 60, 120, 180, 240, 300
    assert server.hits["/guid-churn"] == 4  # t = 0, 90, 180, 270
    assert statuses.count("ok") + statuses.count("not_modified") == 10
    assert "error" not in statuses


async def test_scheduler_jobs_of_two_processes_share_due_times(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, recorder: Recorder, clock: Clock
) -> None:
    feeds = [spec(server, "/good"), spec(server, "/guid-churn")]
    processes = [ScheduledJobs(), ScheduledJobs()]
    async with Fetcher(limits=LIMITS) as f1, Fetcher(limits=LIMITS) as f2:
        for jobs, f in zip(processes, (f1, f2), strict=True):
            poller(redis, keys, f, feeds, recorder, clock).schedule(jobs, tick_seconds=0.05)
            job = jobs.scheduler.get_jobs()[0]
            assert job.max_instances == 1 and job.coalesce is True
            jobs.start()
        try:
            await asyncio.sleep(0.4)
            assert (server.hits["/good"], server.hits["/guid-churn"]) == (1, 1)
            clock.now += INTERVAL
            await asyncio.sleep(0.4)
            assert (server.hits["/good"], server.hits["/guid-churn"]) == (2, 2)
        finally:
            for jobs in processes:
                await jobs.shutdown()


async def test_per_host_limit_applies_across_feeds(
    redis: aioredis.Redis, keys: Keys, server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock
) -> None:
    feeds = [spec(server, f"/delay?feed={n}") for n in range(5)]
    outcomes = await poller(redis, keys, fetcher, feeds, recorder, clock).poll_all()
    assert [o.status for o in outcomes] == ["ok"] * 5
    assert server.hits["/delay"] == 5
    assert server.max_in_flight["/delay"] == LIMITS.per_host


async def test_a_redis_outage_is_an_outcome_not_a_crash(
    server: FeedServer, fetcher: Fetcher, recorder: Recorder, clock: Clock, keys: Keys
) -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    dead = aioredis.Redis(
        host="127.0.0.1",
        port=port,
        decode_responses=True,
        socket_connect_timeout=0.2,
        retry=Retry(NoBackoff(), 0),
    )
    try:
        feed = spec(server, "/good")
        outcome = await poller(dead, keys, fetcher, [feed], recorder, clock).poll_feed(feed)
        assert outcome.status == "error" and outcome.error is not None
    finally:
        await dead.aclose()
