"""Redis connections: one client per process, over a blocking pool.

redis-py's asyncio pool raises when it runs out of connections; the blocking pool waits instead,
which is what a burst of pollers and delivery workers needs.
"""

from __future__ import annotations

import redis.asyncio as aioredis


def connect(url: str, *, max_connections: int = 32, timeout: float = 20.0) -> aioredis.Redis:
    """A client for ``url`` with string responses and a pool that waits for a free connection."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=timeout,
        decode_responses=True,
        health_check_interval=30,
        socket_connect_timeout=5,
        retry_on_timeout=True,
    )
    return aioredis.Redis(connection_pool=pool)
