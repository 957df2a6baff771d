"""The commands that run once and exit: ``poll --once``, ``parse``, ``check``, ``kb unknown``,
``kb feedback`` and ``command``. Their resources come from :mod:`bot.app`, the composition root."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.app import (
    CONSOLE,
    command_deps,
    digest_sender,
    feeds_path,
    keys_for,
    load_feed_specs,
    open_redis,
)
from bot.commands import CallerRole, CommandContext, Tone, run_text
from bot.delivery import PlatformNotifier
from bot.digest import DigestService
from bot.feedback import FeedbackStore
from bot.platforms.console import ConsoleNotifier
from bot.platforms.console_reply import reply_text
from bot.target_settings import TargetSettingsStore
from config.settings import Settings
from feeds.errors import FeedConfigError, FeedError
from feeds.extract import Extractor
from feeds.fetch import Fetcher
from feeds.health import HealthStore
from feeds.ingest import Ingest, IngestResult
from feeds.kb import load_kb
from feeds.models import FeedSpec, Item
from feeds.parse import item_to_json, parse_feed
from feeds.poll import FeedOutcome, Poller
from feeds.rumours import RumourStore
from feeds.unknown_names import UnknownNames

log = logging.getLogger(__name__)


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
