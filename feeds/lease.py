"""Leases in Redis: one holder at a time, released only by its holder, lapsing on their own.

A lease is a key holding the holder's token with a time to live. :meth:`Leases.acquire` takes a free
lease (``SET NX PX``); :meth:`Leases.hold` takes a free lease or renews the caller's own (a long-lived
role such as the event router); :meth:`Leases.release` deletes the key only if it still holds the
caller's token, in one Lua script, so a holder whose lease lapsed and was taken over never frees
someone else's. A crashed holder frees the lease when its time runs out.

:class:`FeedLeases` is the per-feed use: several processes never poll one feed at the same time.
"""

from __future__ import annotations

import secrets
from typing import cast

import redis.asyncio as aioredis

from feeds.keys import Keys

# KEYS: 1 lease key. ARGV: 1 token, 2 lease (ms). Takes a free lease or renews our own; 1 if held.
_HOLD = """
local holder = redis.call('GET', KEYS[1])
if holder == false then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    return 1
elseif holder == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


class Leases:
    """Take, renew and release leases by key."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis
        self._hold = redis.register_script(_HOLD)
        self._release = redis.register_script(_RELEASE)

    async def acquire(self, key: str, ttl: float) -> str | None:
        """Take the lease for ``ttl`` seconds; returns a new token, or ``None`` if it is held."""
        token = secrets.token_hex(16)
        ok = await self._redis.set(key, token, nx=True, px=_ms(ttl))
        return token if ok else None

    async def hold(self, key: str, token: str, ttl: float) -> bool:
        """Take the lease with ``token`` if it is free, or renew it if ``token`` holds it."""
        return bool(await self._hold(keys=[key], args=[token, _ms(ttl)]))

    async def release(self, key: str, token: str) -> bool:
        """Release the lease if ``token`` still holds it; ``False`` if it lapsed or changed hands."""
        return bool(await self._release(keys=[key], args=[token]))

    async def holder(self, key: str) -> str | None:
        """The token holding the lease, if any (for diagnostics and tests)."""
        return cast(str | None, await self._redis.get(key))


class FeedLeases:
    """Per-feed leases, so several processes never poll one feed at the same time."""

    def __init__(self, redis: aioredis.Redis, keys: Keys) -> None:
        self._leases = Leases(redis)
        self._keys = keys

    async def acquire(self, url: str, ttl: float) -> str | None:
        """Take the feed's lease for ``ttl`` seconds; returns the token, or ``None`` if it is held."""
        return await self._leases.acquire(self._keys.feed_lease(url), ttl)

    async def release(self, url: str, token: str) -> bool:
        """Release the lease if ``token`` still holds it; ``False`` if it expired or changed hands."""
        return await self._leases.release(self._keys.feed_lease(url), token)

    async def holder(self, url: str) -> str | None:
        """The token holding the feed's lease, if any (for diagnostics and tests)."""
        return await self._leases.holder(self._keys.feed_lease(url))
