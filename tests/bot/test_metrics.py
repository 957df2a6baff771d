"""/healthz and /metrics, served as the running bot serves them, scraped over HTTP."""

from __future__ import annotations

import aiohttp
import redis.asyncio as aioredis

from bot.metrics import serve_metrics
from feeds.health import HealthStore
from feeds.keys import Keys
from feeds.models import FeedSpec

FEEDS = [FeedSpec(url="https://a.example/rss", outlet="A"), FeedSpec(url="https://b.example/rss", outlet="B")]


async def test_health_and_metrics_read_the_shared_state(redis: aioredis.Redis, keys: Keys) -> None:
    await redis.hset(keys.delivery_stats(), mapping={"sent": 7, "retry": 2})
    await redis.zadd(keys.outbox_due(), {"telegram:1": 0, "discord:2": 0})
    await HealthStore(redis, keys).record_failure(FEEDS[1], 1000.0, "HTTP 500")
    async with serve_metrics(0, redis, keys, FEEDS) as port, aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
            assert response.status == 200 and await response.text() == "ok\n"
        async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
            assert response.status == 200
            body = await response.text()
    lines = body.splitlines()
    assert 'rumourbot_deliveries_total{outcome="sent"} 7' in lines
    assert "rumourbot_outbox_targets 2" in lines
    assert "rumourbot_feeds_failing 1" in lines
    assert 'rumourbot_feed_consecutive_failures{feed="https://b.example/rss"} 1' in lines


async def test_health_says_503_when_redis_is_away(keys: Keys) -> None:
    dead = aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    try:
        async with (
            serve_metrics(0, dead, keys, FEEDS) as port,
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{port}/healthz") as response,
        ):
            assert response.status == 503
    finally:
        await dead.aclose(close_connection_pool=True)
