"""Names the extractor saw as the object of a move but could not resolve, kept for maintainers.

Recorded by the running bot (``extract`` stays pure) and listed by ``rumourbot kb unknown``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import redis.asyncio as aioredis

from feeds.keys import Keys
from feeds.models import Claim

_SAMPLE_TTL = 90 * 24 * 3600
MAX_NAMES = 10_000


@dataclass(frozen=True, slots=True)
class UnknownName:
    name: str
    seen: int
    sample: str | None


class UnknownNames:
    def __init__(self, redis: aioredis.Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def record(self, claims: Iterable[Claim]) -> int:
        """Count every claim whose person is not in the knowledge base; returns how many."""
        unknown = [c for c in claims if c.person_id.startswith("?")]
        if not unknown:
            return 0
        async with self._redis.pipeline(transaction=False) as pipe:
            for claim in unknown:
                pipe.zincrby(self._keys.kb_unknown(), 1, claim.person)
                pipe.set(self._keys.kb_unknown_sample(claim.person), claim.evidence[:500], ex=_SAMPLE_TTL)
            # bounded memory: the least-seen names beyond the cap make room (their samples expire)
            pipe.zremrangebyrank(self._keys.kb_unknown(), 0, -(MAX_NAMES + 1))
            await pipe.execute()
        return len(unknown)

    async def most_seen(self, limit: int = 50) -> list[UnknownName]:
        rows = cast(
            list[tuple[str, float]],
            await self._redis.zrevrange(self._keys.kb_unknown(), 0, limit - 1, withscores=True),
        )
        samples = cast(
            list[str | None],
            await self._redis.mget([self._keys.kb_unknown_sample(name) for name, _ in rows]) if rows else [],
        )
        return [
            UnknownName(name, int(score), sample) for (name, score), sample in zip(rows, samples, strict=True)
        ]
