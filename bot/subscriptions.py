"""Who follows what: follows per target, and the reverse index used for matching.

Each follow is written twice, in one script: ``follows:<target>`` (entity key -> options) for listing
a target's follows, and ``followers:<entity-key>`` (target -> options) so that matching an event reads
one hash per entity in the claim, however many subscriptions exist. A target follows at most
:data:`MAX_FOLLOWS` entities; the check and the write are one atomic step.

Exceptions::

    SubscriptionError
    └── FollowLimitError    the target already follows the maximum number of entities
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import cast

import redis.asyncio as aioredis
from redis.exceptions import WatchError

from bot.models import EntityKind, Subscription, TargetState, check_target, entity_key
from feeds.keys import Keys

log = logging.getLogger(__name__)

MAX_FOLLOWS = 100


class SubscriptionError(Exception):
    """Base of the subscription errors."""


class FollowLimitError(SubscriptionError):
    def __init__(self, target: str, limit: int) -> None:
        self.target = target
        self.limit = limit
        super().__init__(
            f"{target} already follows {limit} clubs and people, the most allowed; unfollow one first"
        )


# KEYS: 1 follows:<target>, 2 followers:<entity-key>, 3 targets
# ARGV: 1 target, 2 entity key, 3 options json, 4 limit
# Returns 1 for a new follow, 0 for an update of an existing one, -1 when the limit is reached.
_FOLLOW = """
local exists = redis.call('HEXISTS', KEYS[1], ARGV[2])
if exists == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then
    return -1
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[1])
return 1 - exists
"""


def _glob_escape(text: str) -> str:
    return "".join(f"\\{c}" if c in "*?[]\\" else c for c in text)


class SubscriptionStore:
    """Follows, followers and target state in Redis."""

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        *,
        limit: int = MAX_FOLLOWS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self._limit = limit
        self._clock = clock
        self._follow = redis.register_script(_FOLLOW)

    @property
    def limit(self) -> int:
        return self._limit

    async def follow(self, sub: Subscription) -> bool:
        """Follow (or change the options of an existing follow); ``True`` if it is a new follow.

        Raises :class:`FollowLimitError` when the target already has :attr:`limit` follows.
        """
        check_target(sub.target)
        if not sub.entity_id:
            raise ValueError("a follow needs an entity id")
        if not sub.since:
            sub = replace(sub, since=self._clock())
        result = await self._follow(
            keys=[self._keys.follows(sub.target), self._keys.followers(sub.entity_key), self._keys.targets()],
            args=[sub.target, sub.entity_key, sub.options_json(), self._limit],
        )
        if int(result) < 0:
            raise FollowLimitError(sub.target, self._limit)
        log.info("%s follows %s (%s)", sub.target, sub.entity_key, "new" if result else "updated")
        return bool(result)

    async def unfollow(self, target: str, kind: EntityKind, entity_id: str) -> bool:
        """Stop following; ``True`` if the target followed the entity."""
        key = entity_key(kind, entity_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hdel(self._keys.follows(target), key)
            pipe.hdel(self._keys.followers(key), target)
            removed, _ = await pipe.execute()
        return bool(removed)

    async def following(self, target: str) -> list[Subscription]:
        """The target's follows, clubs then people, by name."""
        rows = cast(dict[str, str], await self._redis.hgetall(self._keys.follows(target)))
        subs = [Subscription.from_options(target, key, options) for key, options in rows.items()]
        return sorted(subs, key=lambda s: (s.kind != EntityKind.CLUB, s.name.casefold(), s.entity_id))

    async def count(self, target: str) -> int:
        """How many entities the target follows."""
        return int(await self._redis.hlen(self._keys.follows(target)))

    async def followers(self, entity_keys: Iterable[str]) -> dict[str, list[Subscription]]:
        """The subscriptions to each entity key (one round trip; keys with no followers are left out)."""
        wanted: Sequence[str] = list(dict.fromkeys(entity_keys))
        if not wanted:
            return {}
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in wanted:
                pipe.hgetall(self._keys.followers(key))
            rows: list[dict[str, str]] = await pipe.execute()
        return {
            key: [Subscription.from_options(target, key, options) for target, options in row.items()]
            for key, row in zip(wanted, rows, strict=True)
            if row
        }

    async def remove_target(self, target: str) -> int:
        """Forget a target entirely: follows, followers entries, settings and state, pending alerts,
        sent ids, held digest entries and schedule, and the message ids kept for edits.

        Returns how many follows it had. Markers of digests already sent expire on their own (kept, so
        a target that comes back the same day is not sent that day's digest twice).
        """
        follows_key = self._keys.follows(target)
        async with self._redis.pipeline(transaction=True) as pipe:
            while True:
                try:
                    await pipe.watch(follows_key)
                    entities = cast(list[str], await pipe.hkeys(follows_key))
                    pipe.multi()  # type: ignore[no-untyped-call]
                    for key in entities:
                        pipe.hdel(self._keys.followers(key), target)
                    pipe.delete(
                        follows_key,
                        self._keys.target(target),
                        self._keys.outbox(target),
                        self._keys.sent(target),
                        self._keys.digest(target),
                        self._keys.digest_items(target),
                    )
                    pipe.srem(self._keys.targets(), target)
                    pipe.zrem(self._keys.outbox_due(), target)
                    pipe.zrem(self._keys.digest_due(), target)
                    await pipe.execute()
                    break
                except WatchError:
                    continue
        prefix = self._keys.message(target, "")
        batch: list[str] = []
        async for key in self._redis.scan_iter(match=_glob_escape(prefix) + "*", count=1000):
            if ":" in key[len(prefix) :]:  # a forum topic's message (telegram:<chat>:<thread>)
                continue
            batch.append(key)
            if len(batch) >= 500:
                await self._redis.delete(*batch)
                batch.clear()
        if batch:
            await self._redis.delete(*batch)
        log.info("removed target %s (%d follows)", target, len(entities))
        return len(entities)

    async def state(self, target: str) -> TargetState:
        """Whether the target is active; when deactivated, why and since when."""
        raw = cast(
            list[str | None], await self._redis.hmget(self._keys.target(target), ["state", "reason", "since"])
        )
        state, reason, since = raw
        if state != "gone":
            return TargetState()
        return TargetState(active=False, reason=reason, since=float(since) if since else None)

    async def reactivate(self, target: str) -> bool:
        """Make a deactivated target active again (it spoke to the bot again); ``True`` if it was inactive."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hget(self._keys.target(target), "state")
            pipe.hdel(self._keys.target(target), "state", "reason", "since")
            state, _ = await pipe.execute()
        if state == "gone":
            log.info("target %s reactivated", target)
            return True
        return False
