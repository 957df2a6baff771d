"""Shared fixtures: a real Redis for every test, under its own key prefix, cleaned up after.

``REDIS_URL`` when set (CI points it at the machine's Redis); otherwise an embedded server started
once for the session, so ``make test`` passes on a laptop with no Redis installed.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from bot.redis_server import EmbeddedRedis
from bot.store import connect
from feeds.keys import Keys


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="rumourbot-test-redis-") as tmp:
        server = EmbeddedRedis(Path(tmp))
        yield server.start()
        server.stop()


@pytest.fixture
def keys() -> Keys:
    return Keys(prefix=f"rbtest:{uuid.uuid4().hex[:12]}:")


@pytest.fixture
async def redis(redis_url: str, keys: Keys) -> AsyncIterator[aioredis.Redis]:
    client = connect(redis_url)
    try:
        yield client
    finally:
        async for key in client.scan_iter(match=f"{keys.prefix}*", count=500):
            await client.delete(key)
        await client.aclose(close_connection_pool=True)
