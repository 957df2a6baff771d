"""The composition root: every resource of the bot is created and closed here, in one place.

``rumourbot run`` is :func:`run_forever` -> :func:`run_bot`; the commands that run once and exit
(``poll --once``, ``parse``, ``check``, ``kb``, ``command``) are in :mod:`bot.oneshot` and take their
resources from here. Resources are entered on one :class:`contextlib.AsyncExitStack`, so they
close in reverse order however the program ends (Ctrl-C, SIGTERM, an error): the scheduler, the
delivery tasks, the HTTP session, the Redis client, and last the embedded Redis server when one was
started.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TextIO

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.commands import CommandDeps
from bot.delivery import DeliveryOutcome, PlatformNotifier, Transient
from bot.digest import DigestSender, DigestService, DigestView
from bot.errors import RedisUnavailableError
from bot.feedback import FeedbackStore
from bot.matching import Matcher
from bot.metrics import serve_metrics
from bot.models import platform_of
from bot.outbox import DeliveryWorker, Outbox
from bot.platforms.console import ConsoleNotifier
from bot.policy import AlertPolicy
from bot.redis_server import EmbeddedRedis, EmbeddedRedisError
from bot.resolve import Resolver
from bot.router import EventRouter
from bot.store import connect
from bot.subscriptions import SubscriptionStore
from bot.target_settings import TargetSettingsStore
from config.settings import Settings, redact_url
from feeds.errors import FeedConfigError
from feeds.extract import Extractor
from feeds.feedlist import load_feeds
from feeds.fetch import Fetcher
from feeds.ingest import Ingest
from feeds.jobs import ScheduledJobs
from feeds.kb import KnowledgeBase, load_kb
from feeds.keys import Keys
from feeds.models import FeedSpec
from feeds.poll import FeedOutcome, Poller
from feeds.rumours import EventStream, RumourStore
from feeds.unknown_names import UnknownNames

log = logging.getLogger(__name__)

Role = Literal["all", "ingest", "deliver"]
CONSOLE = "console"


def keys_for(settings: Settings) -> Keys:
    return Keys(prefix=settings.core.key_prefix)


def feeds_path(settings: Settings, feeds_file: Path | None) -> Path:
    return feeds_file if feeds_file is not None else settings.core.config_dir / "feeds.yml"


def load_feed_specs(
    settings: Settings, feeds_file: Path | None, interval: float | None = None
) -> list[FeedSpec]:
    """The feeds to poll; ``interval`` (``run --interval``) overrides every feed's own."""
    specs = load_feeds(feeds_path(settings, feeds_file))
    if interval is not None:
        specs = [dataclasses.replace(spec, interval=interval) for spec in specs]
    return specs


@contextlib.asynccontextmanager
async def open_redis(settings: Settings, *, wait: float = 0.0) -> AsyncIterator[aioredis.Redis]:
    """The Redis of ``REDIS_URL``, or an embedded server with its data in the data directory.

    ``wait``: how long to keep trying to reach ``REDIS_URL`` (a server starting alongside the bot,
    as with docker compose) before giving up with :class:`RedisUnavailableError`.
    """
    async with contextlib.AsyncExitStack() as stack:
        url = settings.redis.url()
        if url is None:
            server = EmbeddedRedis(settings.core.data_dir / "redis")
            try:
                url = server.start()  # blocks ~0.1 s: not worth a thread
            except EmbeddedRedisError as exc:
                raise RedisUnavailableError(str(exc)) from exc
            stack.callback(server.stop)
        client = connect(url)
        stack.push_async_callback(client.aclose, close_connection_pool=True)
        await _reach(client, settings, wait)
        yield client


async def _reach(client: aioredis.Redis, settings: Settings, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            await client.ping()
            return
        except (RedisError, OSError) as exc:
            if time.monotonic() >= deadline:
                where = redact_url(settings.redis.url() or "the embedded server")
                reason = str(exc).rstrip(".")
                raise RedisUnavailableError(
                    f"cannot reach Redis at {where}: {reason}. "
                    "Check REDIS_URL, or unset it to use the embedded server."
                ) from exc
            log.warning("Redis not reachable yet (%s); retrying", exc)
            await asyncio.sleep(1.0)


def platform_notifiers(settings: Settings, out: TextIO) -> dict[str, PlatformNotifier]:
    """The notifier of every platform that is set up; the console when none is."""
    notifiers: dict[str, PlatformNotifier] = {}
    for name, token in (("telegram", settings.telegram.token), ("discord", settings.discord.token)):
        if token is not None:
            log.warning(
                "%s token set, but this build has no %s adapter yet; alerts go to the console",
                name.capitalize(),
                name.capitalize(),
            )
    notifiers[CONSOLE] = ConsoleNotifier(out)
    return notifiers


def digest_sender(notifiers: Mapping[str, PlatformNotifier]) -> DigestSender:
    """Sends a digest through the notifier of the target's platform."""

    async def send(target: str, view: DigestView) -> DeliveryOutcome:
        notifier = notifiers.get(platform_of(target))
        if notifier is None:  # the platform is not set up in this process: keep it for later
            return Transient(f"no {platform_of(target)} notifier in this process")
        return await notifier.send_digest(target, view)

    return send


def command_deps(
    redis: aioredis.Redis, keys: Keys, kb: KnowledgeBase, digests: DigestService | None
) -> CommandDeps:
    """The services the commands layer uses, shared by every adapter (and the console)."""
    return CommandDeps(
        subscriptions=SubscriptionStore(redis, keys),
        settings=TargetSettingsStore(redis, keys),
        resolver=Resolver(kb),
        rumours=RumourStore(redis, keys),
        feedback=FeedbackStore(redis, keys),
        digests=digests,
    )


def role_lookup(kb: KnowledgeBase) -> Callable[[str], str | None]:
    def role_of(person_id: str) -> str | None:
        person = kb.person(person_id)
        return person.role if person is not None else None

    return role_of


def consumer_name() -> str:
    """A stream consumer name unique to this process."""
    return f"{socket.gethostname()}:{os.getpid()}"


async def run_bot(
    settings: Settings,
    feeds: Sequence[FeedSpec],
    *,
    role: Role = "all",
    stop: asyncio.Event,
    out: TextIO | None = None,
    keys: Keys | None = None,
    tick_seconds: float = 5.0,
    digest_tick_seconds: float = 60.0,
    redis_wait: float = 0.0,
    kb: KnowledgeBase | None = None,
    consumer: str | None = None,
) -> None:
    """Run the bot until ``stop`` is set: pollers (ingest role) and routing plus delivery (deliver role)."""
    out = out if out is not None else sys.stdout
    keys = keys or keys_for(settings)
    consumer = consumer or consumer_name()
    async with contextlib.AsyncExitStack() as stack:
        redis = await stack.enter_async_context(open_redis(settings, wait=redis_wait))
        tasks: list[asyncio.Task[None]] = []
        jobs = ScheduledJobs()

        if role in ("all", "deliver"):
            kb = kb if kb is not None else load_kb(settings.core.config_dir)
            notifiers = platform_notifiers(settings, out)
            target_settings = TargetSettingsStore(redis, keys)
            subscriptions = SubscriptionStore(redis, keys)
            if CONSOLE in notifiers and await subscriptions.reactivate(CONSOLE):
                # a closed stdout last time (`rumourbot run | head`) deactivated it; this is a new one
                log.info("console target reactivated")
            everything = [CONSOLE] if set(notifiers) == {CONSOLE} else []
            matcher = Matcher(subscriptions, role_of=role_lookup(kb), everything=everything)
            router = EventRouter(
                EventStream(redis, keys),
                matcher,
                Outbox(redis, keys),
                consumer=consumer,
                redis=redis,
                keys=keys,
                policy=AlertPolicy(redis, keys, target_settings),
            )
            worker = DeliveryWorker(redis, keys, notifiers)
            digests = DigestService(redis, keys, target_settings, digest_sender(notifiers))
            tasks.append(asyncio.create_task(router.run(stop), name="route events"))
            tasks.append(asyncio.create_task(worker.run(stop), name="deliver alerts"))
            jobs.add(
                _logged(digests.run_due, "sending digests"),
                "interval",
                seconds=digest_tick_seconds,
                id="rumourbot.digests",
                max_instances=1,
                coalesce=True,
                next_run_time=datetime.now(UTC),
            )

        if role in ("all", "ingest"):
            kb = kb if kb is not None else load_kb(settings.core.config_dir)
            fetcher = await stack.enter_async_context(Fetcher())
            ingest = Ingest(Extractor(kb), RumourStore(redis, keys), UnknownNames(redis, keys))
            poller = Poller(redis, keys, fetcher, feeds, ingest, on_outcome=seeding_notice(out))
            poller.schedule(jobs, tick_seconds=tick_seconds)
            log.info("polling %d feeds", len(feeds))

        jobs.start()
        # before Redis and the fetcher close: a cancelled poll still releases its lease as it unwinds
        stack.push_async_callback(jobs.shutdown)
        if settings.core.metrics_port is not None:
            await stack.enter_async_context(serve_metrics(settings.core.metrics_port, redis, keys, feeds))

        try:
            await stop.wait()
        finally:
            stop.set()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait_for(task, timeout=10)


def _logged(job: Callable[[], Awaitable[object]], what: str) -> Callable[[], Awaitable[None]]:
    """A scheduled job that logs its failure (Redis away) and runs again at its next time."""

    async def run() -> None:
        try:
            await job()
        except Exception:
            log.exception("%s failed; trying again later", what)

    return run


def seeding_notice(out: TextIO) -> Callable[[FeedOutcome], None]:
    """Prints a line when a feed is seeded, so a new user sees at once that the feed works."""

    def notice(outcome: FeedOutcome) -> None:
        if outcome.status == "ok" and outcome.seeding:
            feed = outcome.feed
            print(
                f"seeded {feed.outlet} ({feed.url}): {outcome.items} items recorded, "
                "no alerts for them; alerts start with the next new item",
                file=out,
                flush=True,
            )

    return notice


def run_forever(settings: Settings, *, feeds_file: Path | None, interval: float | None, role: Role) -> int:
    """``rumourbot run``: run until Ctrl-C or SIGTERM, then close everything and exit 0."""
    try:
        feeds = load_feed_specs(settings, feeds_file, interval) if role != "deliver" else []
    except FeedConfigError as exc:
        print(f"rumourbot: {exc}", file=sys.stderr)
        return 2

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        # due times are checked every tick: often enough for the shortest interval, never busy
        tick = max(0.05, min([5.0, *(feed.interval / 4 for feed in feeds)]))
        await run_bot(settings, feeds, role=role, stop=stop, tick_seconds=tick, redis_wait=30.0)

    print(f"rumourbot: running ({role}); Ctrl-C to stop", file=sys.stderr)
    asyncio.run(main())
    print("rumourbot: stopped", file=sys.stderr)
    return 0
