"""Event routing: one leader at a time, stream order kept, nothing lost across a hand-over."""

from __future__ import annotations

import asyncio
import json

import redis.asyncio as aioredis

from bot.matching import Matcher
from bot.outbox import Outbox
from bot.router import EventRouter
from bot.subscriptions import SubscriptionStore
from feeds.keys import Keys
from feeds.models import EventKind
from feeds.rumours import EventStream, event_to_dict
from tests.bot.events import make_event


def router(redis: aioredis.Redis, keys: Keys, name: str, lease: float = 10.0) -> EventRouter:
    matcher = Matcher(SubscriptionStore(redis, keys), everything=["console"])
    return EventRouter(
        EventStream(redis, keys),
        matcher,
        Outbox(redis, keys),
        consumer=name,
        redis=redis,
        keys=keys,
        lease=lease,
    )


async def publish(redis: aioredis.Redis, keys: Keys, *events_kw: dict[str, object]) -> None:
    for kw in events_kw:
        event = make_event(**kw)
        await redis.xadd(keys.events(), {"id": event.id, "event": json.dumps(event_to_dict(event))})


async def queued_ids(redis: aioredis.Redis, keys: Keys) -> list[str]:
    return [e.event.id for e in await Outbox(redis, keys).pending("console")]


async def test_only_the_leader_routes_and_the_standby_takes_over_when_it_steps_down(
    redis: aioredis.Redis, keys: Keys
) -> None:
    a, b = router(redis, keys, "a"), router(redis, keys, "b")
    await publish(redis, keys, {"id": "e1"}, {"id": "e2", "kind": EventKind.CORROBORATED})
    assert await a.run_once() == 2
    await publish(redis, keys, {"id": "e3", "kind": EventKind.ESCALATED})
    assert await b.run_once() == 0  # a holds the lease
    await a.step_down()
    assert await b.run_once() == 1
    assert await queued_ids(redis, keys) == ["e1", "e2", "e3"]
    assert await redis.xlen(keys.events()) == 0  # acknowledged and deleted


async def test_events_a_dead_leader_read_are_routed_by_the_next_in_order(
    redis: aioredis.Redis, keys: Keys
) -> None:
    stream = EventStream(redis, keys)
    await stream.ensure_group()
    await publish(redis, keys, {"id": "e1"}, {"id": "e2", "kind": EventKind.CORROBORATED})
    # the old leader read both, then died before queueing them: its lease lapses
    assert len(await stream.read("dead", count=10)) == 2
    await publish(redis, keys, {"id": "e3", "kind": EventKind.ESCALATED})
    successor = router(redis, keys, "next", lease=0.01)
    await asyncio.sleep(0.05)  # the dead leader's lease, and so its claim on what it read, lapses
    assert await successor.run_once() == 3
    assert await queued_ids(redis, keys) == ["e1", "e2", "e3"]


async def test_a_redis_that_lost_the_consumer_group_gets_it_back(redis: aioredis.Redis, keys: Keys) -> None:
    r = router(redis, keys, "a")
    await publish(redis, keys, {"id": "e1"})
    assert await r.run_once() == 1
    await redis.delete(keys.events())  # what a restart without persistence looks like
    await publish(redis, keys, {"id": "e2", "kind": EventKind.ESCALATED})
    assert await r.run_once() == 0  # NOGROUP noticed, the group is made again on the next round
    assert await r.run_once() == 1
    assert await queued_ids(redis, keys) == ["e1", "e2"]
