"""Which items were seen before, across every feed and re-publication.

An item is recorded under two keys (``Keys.item``): ``id:<hash of Item.id>`` and
``fp:<Item.fingerprint>``. It is new unless either key exists, so the same article in two feeds, or
re-published with a new guid or date, is one item. Keys hold the first-seen time and expire after
``ttl`` of not being seen; every poll that still finds an item in its feed refreshes them, so an item
that stays in a feed never comes back as new.

Reading (:meth:`SeenItems.unseen`) and recording (:meth:`SeenItems.mark`) are separate on purpose:
the poller records items only after the pipeline has handled them, so a crash in between loses
nothing (the pipeline is idempotent). :meth:`mark` is one Lua script and says, per item, whether it
had already been seen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import redis.asyncio as aioredis

from feeds.keys import Keys
from feeds.models import Item

DEFAULT_TTL = 60 * 24 * 3600.0  # seconds an item is remembered after it was last seen in a feed

# KEYS: each item's keys (its id key, then its fingerprint key if it has one).
# ARGV: now, ttl ms, then per item how many of KEYS are its own (1 or 2).
# Returns one 0/1 per item: 1 if any of its keys already existed.
_MARK = """
local out = {}
local k = 1
for i = 3, #ARGV do
    local seen = 0
    for _ = 1, tonumber(ARGV[i]) do
        if not redis.call('SET', KEYS[k], ARGV[1], 'NX', 'PX', ARGV[2]) then
            seen = 1
            redis.call('PEXPIRE', KEYS[k], ARGV[2])
        end
        k = k + 1
    end
    out[#out + 1] = seen
end
return out
"""


def id_key(item: Item) -> str:
    """The item key of an item's id (hashed: ids are URLs of any length)."""
    return "id:" + hashlib.blake2b(item.id.encode("utf-8"), digest_size=16).hexdigest()


def fingerprint_key(item: Item) -> str | None:
    """The item key of an item's title fingerprint, or ``None`` when the parser gave none."""
    if not item.fingerprint:
        return None
    fp = item.fingerprint
    if len(fp) > 64:
        fp = hashlib.blake2b(fp.encode("utf-8"), digest_size=16).hexdigest()
    return "fp:" + fp


class SeenItems:
    """Dedup of items across feeds and polls."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, *, ttl: float = DEFAULT_TTL) -> None:
        self._redis = redis
        self._keys = keys
        self._ttl_ms = max(1, int(ttl * 1000))
        self._mark = redis.register_script(_MARK)

    def _item_keys(self, item: Item) -> tuple[str, str | None]:
        fp = fingerprint_key(item)
        return self._keys.item(id_key(item)), (self._keys.item(fp) if fp else None)

    async def unseen(self, items: Sequence[Item]) -> list[Item]:
        """The items neither seen before nor repeated earlier in ``items`` (by id or fingerprint)."""
        if not items:
            return []
        pairs = [self._item_keys(item) for item in items]
        flat = [k for pair in pairs for k in pair if k is not None]
        existing = await self._redis.mget(flat)
        known = {k for k, v in zip(flat, existing, strict=True) if v is not None}
        fresh: list[Item] = []
        for item, (ik, fk) in zip(items, pairs, strict=True):
            if ik in known or (fk is not None and fk in known):
                continue
            fresh.append(item)
            known.add(ik)  # a repeat later in the same batch is not new either
            if fk is not None:
                known.add(fk)
        return fresh

    async def mark(self, items: Sequence[Item], *, now: float) -> list[bool]:
        """Record ``items`` as seen; per item, ``True`` if it had already been seen.

        Atomic: of two processes marking the same item, exactly one gets ``False``.
        """
        if not items:
            return []
        keys: list[str] = []
        counts: list[int] = []
        for item in items:
            own = [k for k in self._item_keys(item) if k is not None]
            keys += own
            counts.append(len(own))
        flags: list[int] = await self._mark(keys=keys, args=[repr(now), self._ttl_ms, *counts])
        return [bool(flag) for flag in flags]
