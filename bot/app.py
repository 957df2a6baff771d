"""The composition root: every resource of the bot is created and closed here, in one place.

``rumourbot run`` is :func:`run_forever` -> :func:`run_bot`; the other commands (``poll --once``,
``parse``, ``check``, ``kb unknown``) are the other public coroutines. Resources are entered on one
:class:`contextlib.AsyncExitStack`, so they close in reverse order however the program ends (Ctrl-C,
SIGTERM, an error): the scheduler, the delivery tasks, the HTTP session, the Redis client, and last
the embedded Redis server when one was started.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
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
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from redis.exceptions import RedisError

from bot.commands import CallerRole, CommandContext, CommandDeps, Tone, run_text
from bot.delivery import DeliveryOutcome, PlatformNotifier, Transient
from bot.digest import DigestSender, DigestService, DigestView
from bot.errors import RedisUnavailableError
from bot.feedback import FeedbackStore
from bot.matching import Matcher
from bot.models import platform_of
from bot.outbox import DeliveryWorker, Outbox
from bot.platforms.console import ConsoleNotifier
from bot.platforms.console_reply import reply_text
from bot.policy import AlertPolicy
from bot.redis_server import EmbeddedRedis, EmbeddedRedisError
from bot.resolve import Resolver
from bot.router import EventRouter
from bot.store import connect
from bot.subscriptions import SubscriptionStore
from bot.target_settings import TargetSettingsStore
from config.settings import Settings, redact_url
from feeds.errors import FeedConfigError, FeedError
from feeds.extract import Extractor
from feeds.feedlist import load_feeds
from feeds.fetch import Fetcher
from feeds.health import HealthStore
from feeds.ingest import Ingest, IngestResult
from feeds.kb import KnowledgeBase, load_kb
from feeds.keys import Keys
from feeds.models import FeedSpec, Item
from feeds.parse import item_to_json, parse_feed
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
        scheduler = AsyncIOScheduler(timezone=UTC)

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
            scheduler.add_job(
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
            poller.schedule(scheduler, tick_seconds=tick_seconds)
            log.info("polling %d feeds", len(feeds))

        scheduler.start()
        stack.callback(scheduler.shutdown, wait=False)

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


async def poll_once(settings: Settings, *, feeds_file: Path | None, out: TextIO) -> int:
    """``rumourbot poll --once``: poll every feed now, print each outcome and the claims found.

    Exits 0 even when feeds fail (their errors are printed); 2 when the feeds file is invalid.
    """
    try:
        feeds = load_feed_specs(settings, feeds_file)
    except FeedConfigError as exc:
        print(f"rumourbot: {exc}", file=sys.stderr)
        return 2
    keys = keys_for(settings)
    results: dict[str, IngestResult] = {}
    async with contextlib.AsyncExitStack() as stack:
        redis = await stack.enter_async_context(open_redis(settings))
        fetcher = await stack.enter_async_context(Fetcher())
        ingest = Ingest(
            Extractor(load_kb(settings.core.config_dir)), RumourStore(redis, keys), UnknownNames(redis, keys)
        )

        async def on_items(feed: FeedSpec, items: Sequence[Item], seeding: bool) -> None:
            results[feed.url] = await ingest.handle(feed, items, seeding)

        poller = Poller(redis, keys, fetcher, feeds, on_items)
        outcomes = await poller.poll_all(force=True)
    for outcome in outcomes:
        print(format_outcome(outcome), file=out)
        result = results.get(outcome.feed.url)
        for item, claims in result.claims if result else ():
            for claim in claims:
                print(
                    f"    {claim.person} -> {claim.club}: {claim.stage.value} (tier {claim.tier})"
                    f"  [{item.title}]",
                    file=out,
                )
    print(summarise(outcomes, results), file=out)
    return 0


def format_outcome(outcome: FeedOutcome) -> str:
    """One line per feed: outlet, URL and what happened."""
    feed = outcome.feed
    if outcome.status == "ok":
        what = f"{outcome.items} items, "
        what += f"{outcome.seeded} seeded (first poll, no alerts)" if outcome.seeded else f"{outcome.new} new"
        if outcome.warning:
            what += f"; warning: {outcome.warning}"
    elif outcome.status == "not_modified":
        what = "not modified"
    elif outcome.status == "error":
        what = f"ERROR {outcome.error}"
    else:
        what = outcome.status.replace("_", " ")
    return f"{feed.outlet:<22} {what}  <{feed.url}>"


def summarise(outcomes: Sequence[FeedOutcome], results: dict[str, IngestResult]) -> str:
    ok = sum(o.status == "ok" for o in outcomes)
    unchanged = sum(o.status == "not_modified" for o in outcomes)
    failed = sum(o.status == "error" for o in outcomes)
    items = sum(o.items for o in outcomes)
    new = sum(o.new + o.seeded for o in outcomes)
    claims = sum(r.claim_count for r in results.values())
    return (
        f"{len(outcomes)} feeds: {ok} ok, {unchanged} not modified, {failed} failed; "
        f"{items} items, {new} new, {claims} claims"
    )


async def parse_inputs(inputs: Sequence[str], out: TextIO) -> int:
    """``rumourbot parse``: one JSON line per file or URL; 1 if any input failed."""
    failed = 0
    async with Fetcher() as fetcher:
        for source in inputs:
            try:
                if source.startswith(("http://", "https://")):
                    fetched = await fetcher.fetch(source)
                    data = fetched.body or b""
                    parsed = parse_feed(
                        data, source=source, content_type=fetched.content_type, base_url=fetched.final_url
                    )
                else:
                    data = await asyncio.to_thread(Path(source).read_bytes)
                    parsed = parse_feed(data, source=source)
                line: dict[str, object] = {"source": source, "items": [item_to_json(i) for i in parsed.items]}
            except (FeedError, OSError) as exc:
                failed += 1
                line = {"source": source, "error": str(exc) or type(exc).__name__}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0


async def check(settings: Settings, out: TextIO) -> int:
    """``rumourbot check``: settings, feeds file, knowledge base, Redis and feed health."""
    problems = 0
    for line in settings.describe():
        print(line, file=out)
    try:
        feeds = load_feed_specs(settings, None)
        print(f"feeds:      {len(feeds)} in {feeds_path(settings, None)}", file=out)
    except FeedConfigError as exc:
        print(f"feeds:      PROBLEM {exc}", file=out)
        feeds, problems = [], problems + 1
    try:
        kb = load_kb(settings.core.config_dir)
        print(f"knowledge:  {len(kb.clubs)} clubs, {len(kb.people)} people", file=out)
    except Exception as exc:  # any loader failure is a config problem to report, not a crash
        print(f"knowledge:  PROBLEM {exc}", file=out)
        problems += 1
    try:
        async with open_redis(settings) as redis:
            print("redis:      reachable", file=out)
            health = await HealthStore(redis, keys_for(settings)).get_many(f.url for f in feeds)
    except Exception as exc:
        print(f"redis:      PROBLEM {type(exc).__name__}: {exc}", file=out)
        return 1
    for feed, h in zip(feeds, health, strict=True):
        if h.last_success is None and h.last_error is None:
            state = "never polled"
        elif h.failures:
            state = f"FAILING x{h.failures}: {h.last_error}"
        else:
            state = f"ok, last success {_ago(h.last_success)}"
        if h.warnings and h.last_warning:
            state += f"; warning: {h.last_warning}"
        print(f"  {feed.outlet:<22} {state}  <{feed.url}>", file=out)
    return 1 if problems else 0


def _ago(when: float | None) -> str:
    if when is None:
        return "never"
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d %H:%M UTC") + (
        f" ({int(time.time() - when)}s ago)"
    )


async def kb_unknown(settings: Settings, *, limit: int, out: TextIO) -> int:
    """``rumourbot kb unknown``: names seen in move sentences but not in the knowledge base."""
    async with open_redis(settings) as redis:
        names = await UnknownNames(redis, keys_for(settings)).most_seen(limit)
    if not names:
        print("no unknown names recorded yet (the running bot records them)", file=out)
    for name in names:
        sample = f"  “{name.sample}”" if name.sample else ""
        print(f"{name.seen:>5}  {name.name}{sample}", file=out)
    return 0


async def console_command(settings: Settings, text: str, out: TextIO) -> int:
    """``rumourbot command TEXT``: run a bot command for the console target (``follow Arsenal``)."""
    keys = keys_for(settings)
    kb = load_kb(settings.core.config_dir)
    async with open_redis(settings) as redis:
        notifiers: dict[str, PlatformNotifier] = {CONSOLE: ConsoleNotifier(out)}
        target_settings = TargetSettingsStore(redis, keys)
        digests = DigestService(redis, keys, target_settings, digest_sender(notifiers))
        ctx = CommandContext(
            target=CONSOLE,
            caller=CONSOLE,
            role=CallerRole.PRIVATE,
            now=datetime.now(UTC),
            deps=command_deps(redis, keys, kb, digests),
        )
        reply = await run_text(ctx, text)
    out.write(reply_text(reply))
    return 1 if reply.tone is Tone.ERROR else 0


async def kb_feedback(settings: Settings, *, limit: int, out: TextIO) -> int:
    """``rumourbot kb feedback``: alerts users reported as wrong, newest first, one JSON line each."""
    async with open_redis(settings) as redis:
        reports = await FeedbackStore(redis, keys_for(settings)).list_feedback(limit)
    for report in reports:
        out.write(report.to_json() + "\n")
    if not reports:
        print("no alerts reported as wrong yet", file=sys.stderr)
    return 0
