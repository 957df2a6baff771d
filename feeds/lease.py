"""Per-feed leases in Redis, so several processes never poll one feed at the same time.

A lease is ``SET <feed lease key> <token> NX PX <ms>``: whoever sets it holds the feed until it
releases it or the lease expires (a crashed holder frees the feed after ``ttl``). Release deletes the
key only if it still holds the caller's token, in one Lua script, so a holder whose lease expired
and was taken over never frees someone else's lease.
"""

from __future__ import annotations

import secrets
from typing import cast

import redis.asyncio as aioredis

from feeds.keys import Keys

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


class FeedLeases:
    """Take and release per-feed leases."""

    def __init__(self, redis: aioredis.Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys
        self._release = redis.register_script(_RELEASE)

    async def acquire(self, url: str, ttl: float) -> str | None:
        """Take the feed's lease for ``ttl`` seconds; returns the token, or ``None`` if it is held."""
        token = secrets.token_hex(16)
        ok = await self._redis.set(self._keys.feed_lease(url), token, nx=True, px=max(1, int(ttl * 1000)))
        return token if ok else None

    async def release(self, url: str, token: str) -> bool:
        """Release the lease if ``token`` still holds it; ``False`` if it expired or changed hands."""
        released = await self._release(keys=[self._keys.feed_lease(url)], args=[token])
        return bool(released)

    async def holder(self, url: str) -> str | None:
        """The token holding the feed's lease, if any (for diagnostics and tests)."""
        token = await self._redis.get(self._keys.feed_lease(url))
        return cast(str | None, token)
