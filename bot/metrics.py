"""``/healthz`` and ``/metrics`` on 127.0.0.1 (``RUMOURBOT_METRICS_PORT``), for a supervisor or Prometheus.

``/healthz`` answers 200 while Redis answers, 503 otherwise. ``/metrics`` is the Prometheus text format,
read from Redis at each scrape, so every process of a deployment reports the same shared state: the
delivery counters, the outbox backlog, the events waiting to be routed, and feed health.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from typing import cast

import redis.asyncio as aioredis
from aiohttp import web
from redis.exceptions import RedisError

from feeds.health import HealthStore
from feeds.keys import Keys
from feeds.models import FeedSpec

log = logging.getLogger(__name__)


async def render_metrics(redis: aioredis.Redis, keys: Keys, feeds: Sequence[FeedSpec]) -> str:
    """The metrics as Prometheus text exposition."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hgetall(keys.delivery_stats())
        pipe.zcard(keys.outbox_due())
        pipe.xlen(keys.events())
        stats, backlog_targets, events = await pipe.execute()
    health = await HealthStore(redis, keys).get_many(f.url for f in feeds)
    lines = [
        "# HELP rumourbot_deliveries_total Delivery outcomes since the data began.",
        "# TYPE rumourbot_deliveries_total counter",
    ]
    for outcome, count in sorted(cast(dict[str, str], stats).items()):
        lines.append(f'rumourbot_deliveries_total{{outcome="{outcome}"}} {int(count)}')
    lines += [
        "# HELP rumourbot_outbox_targets Targets with alerts waiting in the outbox.",
        "# TYPE rumourbot_outbox_targets gauge",
        f"rumourbot_outbox_targets {int(backlog_targets)}",
        "# HELP rumourbot_events_pending Rumour events not yet routed to the outbox.",
        "# TYPE rumourbot_events_pending gauge",
        f"rumourbot_events_pending {int(events)}",
        "# HELP rumourbot_feeds Feeds polled by this process.",
        "# TYPE rumourbot_feeds gauge",
        f"rumourbot_feeds {len(feeds)}",
        "# HELP rumourbot_feeds_failing Feeds whose last poll failed.",
        "# TYPE rumourbot_feeds_failing gauge",
        f"rumourbot_feeds_failing {sum(1 for h in health if h.failures)}",
        "# HELP rumourbot_feed_consecutive_failures Consecutive failures per feed.",
        "# TYPE rumourbot_feed_consecutive_failures gauge",
    ]
    for feed, h in zip(feeds, health, strict=True):
        url = feed.url.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'rumourbot_feed_consecutive_failures{{feed="{url}"}} {h.failures}')
    return "\n".join(lines) + "\n"


def metrics_app(redis: aioredis.Redis, keys: Keys, feeds: Sequence[FeedSpec]) -> web.Application:
    async def healthz(_request: web.Request) -> web.Response:
        try:
            await redis.ping()
        except (RedisError, OSError) as exc:
            return web.Response(status=503, text=f"redis unreachable: {type(exc).__name__}\n")
        return web.Response(text="ok\n")

    async def metrics(_request: web.Request) -> web.Response:
        try:
            body = await render_metrics(redis, keys, feeds)
        except (RedisError, OSError) as exc:
            return web.Response(status=503, text=f"redis unreachable: {type(exc).__name__}\n")
        return web.Response(text=body, content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


@contextlib.asynccontextmanager
async def serve_metrics(
    port: int, redis: aioredis.Redis, keys: Keys, feeds: Sequence[FeedSpec]
) -> AsyncIterator[int]:
    """Serve the endpoints on 127.0.0.1:``port`` until the context ends; yields the bound port."""
    runner = web.AppRunner(metrics_app(redis, keys, feeds), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        bound = cast(int, runner.addresses[0][1])
        log.info("metrics on http://127.0.0.1:%d/metrics", bound)
        yield bound
    finally:
        await runner.cleanup()
