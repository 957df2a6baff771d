"""``rumourbot run`` end to end: a local feed server, the real Redis, the real knowledge base.

Each test runs the composition root (:func:`bot.app.run_bot`) with short poll intervals, changes what
the feed server serves, and reads what the console target printed. Nothing is mocked between the
HTTP request and the printed alert.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import io
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import Path

import aiohttp
import pytest
import redis.asyncio as aioredis
from pydantic import SecretStr

from bot import app, oneshot
from bot.redis_server import EmbeddedRedis
from config import CONFIG_DIR
from config.settings import CoreSettings, DiscordSettings, RedisSettings, Settings, TelegramSettings
from feeds.kb import KnowledgeBase, load_kb
from feeds.keys import Keys
from feeds.lease import FeedLeases
from feeds.models import FeedSpec
from tests.fakes.feed_server import FeedServer, make_rss

INTERVAL = 0.2  # seconds between polls of a feed
TICK = 0.05  # how often the scheduler looks for due feeds

SEED = {"title": "Premier League fixtures announced for the new season", "guid": "seed-1"}
TALKS = {
    "title": "Arsenal in talks to sign Bayer Leverkusen playmaker Florian Wirtz",
    "description": "The Gunners have opened talks over a deal.",
    "link": "https://bbc.example/wirtz-talks",
    "guid": "bbc-wirtz-talks",
}
TALKS_ELSEWHERE = {
    "title": "Arsenal hold talks with Leverkusen over Florian Wirtz",
    "link": "https://sky.example/wirtz",
    "guid": "sky-wirtz",
}
AGREED = {
    "title": "Arsenal agree fee with Leverkusen for Florian Wirtz",
    "link": "https://bbc.example/wirtz-agreed",
    "guid": "bbc-wirtz-agreed",
}
OFF = {
    "title": "Arsenal end interest in Florian Wirtz",
    "description": "The Gunners have pulled out of the race.",
    "link": "https://bbc.example/wirtz-off",
    "guid": "bbc-wirtz-off",
}
BID_AGAIN = {
    "title": "Arsenal make fresh bid for Florian Wirtz",
    "link": "https://bbc.example/wirtz-bid",
    "guid": "bbc-wirtz-bid",
}
MATCH_REPORT = {
    "title": "Arsenal 2-1 Chelsea: Bukayo Saka scores late winner at the Emirates",
    "description": "Mikel Arteta praised his side after the win.",
    "link": "https://bbc.example/report",
    "guid": "bbc-report",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(CONFIG_DIR)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as srv:
        yield srv


@pytest.fixture
def settings(redis_url: str, keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        core=CoreSettings(
            config_dir=CONFIG_DIR, data_dir=tmp_path_factory.mktemp("data"), key_prefix=keys.prefix
        ),
        redis=RedisSettings(redis_url=SecretStr(redis_url)),
        telegram=TelegramSettings(token=None),
        discord=DiscordSettings(token=None),
    )


def serve(server: FeedServer, path: str, items: Sequence[Mapping[str, str]]) -> None:
    server.set_feed(path, make_rss(items))


class RunningBot:
    """One ``run_bot`` in a task, printing to its own buffer."""

    def __init__(
        self,
        settings: Settings,
        feeds: Sequence[FeedSpec],
        kb: KnowledgeBase,
        name: str,
        role: app.Role = "all",
    ) -> None:
        self.out = io.StringIO()
        self.stop = asyncio.Event()
        self.task = asyncio.create_task(
            app.run_bot(
                settings,
                feeds,
                role=role,
                stop=self.stop,
                out=self.out,
                tick_seconds=TICK,
                kb=kb,
                consumer=name,
            )
        )

    @property
    def alerts(self) -> list[str]:
        """Printed alert heads and update lines (the seeding notices left out)."""
        return [line for line in self.out.getvalue().splitlines() if line[:1] in "●▲↺↻"]

    async def seeded(self, feeds: int = 2) -> None:
        """Wait until this bot printed the seeding notice of ``feeds`` feeds."""
        await until(
            lambda: self.out.getvalue().count("seeded") == feeds, "feeds seeded", show=self.out.getvalue
        )

    async def close(self) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, timeout=15)


async def until(
    check: Callable[[], bool], what: str, within: float = 30.0, show: Callable[[], object] = lambda: ""
) -> None:
    deadline = time.monotonic() + within
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {show()}")
        await asyncio.sleep(0.02)


async def settled(redis: aioredis.Redis, keys: Keys, server: FeedServer, paths: Sequence[str]) -> None:
    """Wait until every feed was polled twice more and nothing is left to route or deliver."""
    start = {path: server.hits[path] for path in paths}
    await until(lambda: all(server.hits[p] >= start[p] + 2 for p in paths), "two more polls")
    deadline = time.monotonic() + 30
    while True:
        backlog = await redis.xlen(keys.events()) + await redis.zcard(keys.outbox_due())
        if backlog == 0:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{backlog} events or alerts still pending")
        await asyncio.sleep(0.02)


@pytest.fixture
def feeds(server: FeedServer) -> Iterator[list[FeedSpec]]:
    serve(server, "/bbc", [SEED])
    serve(server, "/sky", [SEED])
    yield [
        FeedSpec(url=server.url("/bbc"), outlet="BBC Sport", interval=INTERVAL),
        FeedSpec(url=server.url("/sky"), outlet="Sky Sports", interval=INTERVAL),
    ]


async def test_a_rumour_as_it_evolves_gives_one_alert_per_change(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    bot = RunningBot(settings, feeds, kb, "one")
    try:
        await bot.seeded()
        assert bot.alerts == []

        serve(server, "/bbc", [TALKS, SEED])
        await until(lambda: len(bot.alerts) == 1, "the first alert")
        assert bot.alerts[0].startswith("● Florian Wirtz → Arsenal")
        assert "https://bbc.example/wirtz-talks" in bot.out.getvalue()
        assert "Why: “" in bot.out.getvalue()

        await settled(redis, keys, server, ["/bbc", "/sky"])  # polled again: nothing new
        assert len(bot.alerts) == 1

        serve(server, "/sky", [TALKS_ELSEWHERE, SEED])  # a second outlet: an update, not an alert
        await until(lambda: len(bot.alerts) == 2, "the update line")
        assert bot.alerts[1].startswith("↻ update: now 2 outlets")

        serve(server, "/bbc", [AGREED, TALKS, SEED])  # a more advanced stage: a new alert
        await until(lambda: len(bot.alerts) == 3, "the escalation")
        assert bot.alerts[2].startswith("▲ Florian Wirtz → Arsenal") and "(was Talks)" in bot.alerts[2]

        serve(server, "/bbc", [OFF, AGREED, TALKS, SEED])
        await until(lambda: len(bot.alerts) == 4, "the move called off")
        serve(server, "/bbc", [BID_AGAIN, OFF, AGREED, TALKS, SEED])
        await until(lambda: len(bot.alerts) == 5, "the revival")
        assert bot.alerts[4].startswith("↺ Florian Wirtz → Arsenal") and "back on" in bot.alerts[4]

        serve(server, "/sky", [MATCH_REPORT, TALKS_ELSEWHERE, SEED])  # names the club, is no rumour
        await settled(redis, keys, server, ["/bbc", "/sky"])
        assert len(bot.alerts) == 5
    finally:
        await bot.close()


async def test_a_restart_repeats_nothing_and_loses_nothing(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    first = RunningBot(settings, feeds, kb, "first")
    await first.seeded()
    serve(server, "/bbc", [TALKS, SEED])
    await until(lambda: len(first.alerts) == 1, "the first alert")
    await first.close()

    # while the bot is down, the rumour moves on
    serve(server, "/bbc", [AGREED, TALKS, SEED])
    second = RunningBot(settings, feeds, kb, "second")
    try:
        await until(lambda: len(second.alerts) == 1, "the alert missed while down")
        await settled(redis, keys, server, ["/bbc", "/sky"])
        assert "seeded" not in second.out.getvalue()  # the feeds are remembered
        assert len(second.alerts) == 1 and second.alerts[0].startswith("▲ Florian Wirtz → Arsenal")
    finally:
        await second.close()


async def test_two_processes_on_one_redis_deliver_each_event_once(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    bots = [RunningBot(settings, feeds, kb, "a"), RunningBot(settings, feeds, kb, "b")]
    try:
        await until(lambda: sum(b.out.getvalue().count("seeded") for b in bots) >= 2, "both feeds seeded")
        assert sum(b.out.getvalue().count("seeded") for b in bots) == 2, [b.out.getvalue() for b in bots]
        serve(server, "/bbc", [TALKS, SEED])
        serve(server, "/sky", [TALKS_ELSEWHERE, SEED])
        await until(lambda: sum(len(b.alerts) for b in bots) >= 2, "the alert and its update")
        await settled(redis, keys, server, ["/bbc", "/sky"])
        alerts = [line for b in bots for line in b.alerts]
        assert len(alerts) == 2
        assert sum(line.startswith("●") for line in alerts) == 1
        assert sum(line.startswith("↻") for line in alerts) == 1
    finally:
        for bot in bots:
            await bot.close()


# redis-py drops the sockets of connections the server closed without closing them; they are collected
# (and warned about) here rather than in whichever test runs next
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_a_redis_restart_loses_nothing(
    feeds: list[FeedSpec], kb: KnowledgeBase, server: FeedServer, tmp_path: Path, keys: Keys
) -> None:
    with socket.socket() as probe:  # a free port, kept across the restart so the URL stays valid
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    redis_server = EmbeddedRedis(tmp_path / "redis", port=port)
    url = redis_server.start()
    settings = Settings(
        core=CoreSettings(config_dir=CONFIG_DIR, data_dir=tmp_path, key_prefix=keys.prefix),
        redis=RedisSettings(redis_url=SecretStr(url)),
        telegram=TelegramSettings(token=None),
        discord=DiscordSettings(token=None),
    )
    bot = RunningBot(settings, feeds, kb, "survivor")
    try:
        await bot.seeded()
        # a feed polled again has its first poll recorded (the notice prints before the record)
        polled = {path: server.hits[path] for path in ("/bbc", "/sky")}
        await until(lambda: all(server.hits[p] > polled[p] for p in polled), "a second poll of each feed")
        redis_server.stop()
        serve(server, "/bbc", [TALKS, SEED])  # news arrives while Redis is away
        hits = server.hits["/bbc"]
        await asyncio.sleep(4 * INTERVAL)
        assert server.hits["/bbc"] == hits  # nothing polled without Redis (no lease, no due time)
        redis_server.start()
        await until(lambda: len(bot.alerts) == 1, "the alert once Redis is back")
        assert bot.alerts[0].startswith("● Florian Wirtz → Arsenal")
        assert "seeded" not in bot.out.getvalue().split("● ")[-1]  # its data survived: no new seeding
    finally:
        await bot.close()
        redis_server.stop()
        gc.collect()


async def test_a_digest_only_console_gets_the_rumour_in_its_digest_not_at_once(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    replies = io.StringIO()
    assert await oneshot.console_command(settings, "digest at 08:00", replies) == 0
    assert await oneshot.console_command(settings, "settings mode digest", replies) == 0
    bot = RunningBot(settings, feeds, kb, "digest")
    try:
        await bot.seeded()
        serve(server, "/bbc", [TALKS, SEED])
        await settled(redis, keys, server, ["/bbc", "/sky"])
        assert bot.alerts == []
    finally:
        await bot.close()
    digest = io.StringIO()
    assert await oneshot.console_command(settings, "digest now", digest) == 0
    assert "Florian Wirtz → Arsenal" in digest.getvalue()
    assert "https://bbc.example/wirtz-talks" in digest.getvalue()


async def test_an_ingest_process_and_a_deliver_process_split_the_work(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    ingest = RunningBot(settings, feeds, kb, "ingest", role="ingest")
    deliver = RunningBot(settings, [], kb, "deliver", role="deliver")
    try:
        await ingest.seeded()
        serve(server, "/bbc", [TALKS, SEED])
        await until(lambda: len(deliver.alerts) == 1, "the alert, printed by the deliver process")
        await settled(redis, keys, server, ["/bbc", "/sky"])
        assert ingest.alerts == [] and len(deliver.alerts) == 1
    finally:
        await ingest.close()
        await deliver.close()


async def test_a_console_closed_last_run_prints_again_on_the_next(
    settings: Settings,
    feeds: list[FeedSpec],
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
) -> None:
    await redis.hset(keys.target("console"), mapping={"state": "gone", "reason": "console stream closed"})
    bot = RunningBot(settings, feeds, kb, "reopened")
    try:
        await bot.seeded()
        serve(server, "/bbc", [TALKS, SEED])
        await until(lambda: len(bot.alerts) == 1, "the alert on the new console")
    finally:
        await bot.close()


async def test_the_running_bot_serves_health_and_metrics_when_asked(
    settings: Settings, feeds: list[FeedSpec], kb: KnowledgeBase
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with_metrics = dataclasses.replace(settings, core=settings.core.model_copy(update={"metrics_port": port}))
    bot = RunningBot(with_metrics, feeds, kb, "metrics")
    try:
        await bot.seeded()
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as response:
            assert response.status == 200
            assert "rumourbot_feeds 2" in (await response.text()).splitlines()
    finally:
        await bot.close()


async def test_stopping_mid_poll_releases_the_lease_before_redis_closes(
    settings: Settings,
    kb: KnowledgeBase,
    server: FeedServer,
    redis: aioredis.Redis,
    keys: Keys,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = FeedLeases.release

    async def slow_release(self: FeedLeases, url: str, token: str) -> bool:
        await asyncio.sleep(0.3)  # a busy Redis: the release must still happen before the client closes
        return await release(self, url, token)

    monkeypatch.setattr(FeedLeases, "release", slow_release)
    server.slow_seconds = 5.0
    feed = FeedSpec(url=server.url("/slow"), outlet="Slow Sports", interval=INTERVAL)
    bot = RunningBot(settings, [feed], kb, "stopping", role="ingest")
    await until(lambda: server.hits["/slow"] >= 1, "a poll in flight")
    assert await redis.exists(keys.feed_lease(feed.url))
    await bot.close()
    # the cancelled poll released its lease while the bot's Redis client was still open: the next
    # start polls at once, and no connection was opened on a closed pool
    assert not await redis.exists(keys.feed_lease(feed.url))
    assert "could not release its lease" not in caplog.text
    gc.collect()  # an unclosed socket would be warned about (an error here) now
