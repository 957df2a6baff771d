"""Follows, the followers index and target state, against a real Redis."""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis

from bot.models import Direction, EntityKind, Roles, Subscription
from bot.subscriptions import MAX_FOLLOWS, FollowLimitError, SubscriptionStore
from feeds.keys import Keys


def club(target: str, club_id: str, name: str, **kw: object) -> Subscription:
    return Subscription(target=target, kind=EntityKind.CLUB, entity_id=club_id, name=name, **kw)  # type: ignore[arg-type]


@pytest.fixture
def subs(redis: aioredis.Redis, keys: Keys) -> SubscriptionStore:
    return SubscriptionStore(redis, keys, clock=lambda: 1000.0)


async def test_follow_is_listed_and_indexed_by_entity(subs: SubscriptionStore) -> None:
    assert await subs.follow(club("telegram:42", "liverpool", "Liverpool", direction=Direction.OUTGOING))
    assert await subs.follow(
        Subscription("telegram:42", EntityKind.PERSON, "xabi-alonso", "Xabi Alonso", roles=Roles.MANAGERS)
    )
    assert await subs.follow(club("discord:7", "liverpool", "Liverpool"))

    following = await subs.following("telegram:42")
    assert [(s.kind, s.entity_id, s.name) for s in following] == [
        (EntityKind.CLUB, "liverpool", "Liverpool"),
        (EntityKind.PERSON, "xabi-alonso", "Xabi Alonso"),
    ]
    assert following[0].direction is Direction.OUTGOING and following[0].since == 1000.0
    followers = await subs.followers(["club:liverpool", "person:xabi-alonso", "club:arsenal"])
    assert sorted(s.target for s in followers["club:liverpool"]) == ["discord:7", "telegram:42"]
    assert [s.target for s in followers["person:xabi-alonso"]] == ["telegram:42"]
    assert "club:arsenal" not in followers


async def test_following_again_updates_the_options(subs: SubscriptionStore) -> None:
    assert await subs.follow(club("console", "liverpool", "Liverpool"))
    assert not await subs.follow(club("console", "liverpool", "Liverpool", direction=Direction.INCOMING))
    (only,) = await subs.following("console")
    assert only.direction is Direction.INCOMING
    (follower,) = (await subs.followers(["club:liverpool"]))["club:liverpool"]
    assert follower.direction is Direction.INCOMING
    assert await subs.count("console") == 1


async def test_unfollow_removes_both_sides(subs: SubscriptionStore) -> None:
    await subs.follow(club("console", "liverpool", "Liverpool"))
    assert await subs.unfollow("console", EntityKind.CLUB, "liverpool")
    assert not await subs.unfollow("console", EntityKind.CLUB, "liverpool")
    assert await subs.following("console") == []
    assert await subs.followers(["club:liverpool"]) == {}


async def test_a_target_follows_at_most_the_limit_with_a_clear_error(subs: SubscriptionStore) -> None:
    for i in range(MAX_FOLLOWS):
        await subs.follow(club("console", f"club-{i}", f"Club {i}"))
    with pytest.raises(FollowLimitError, match=r"already follows 100 .* unfollow one first"):
        await subs.follow(club("console", "one-too-many", "One Too Many"))
    # changing an existing follow is still allowed at the limit
    assert not await subs.follow(club("console", "club-0", "Club 0", direction=Direction.INCOMING))
    assert await subs.count("console") == MAX_FOLLOWS


async def test_the_limit_holds_under_concurrent_follows(redis: aioredis.Redis, keys: Keys) -> None:
    subs = SubscriptionStore(redis, keys, limit=5)
    results = await asyncio.gather(
        *(subs.follow(club("console", f"c{i}", f"C{i}")) for i in range(20)), return_exceptions=True
    )
    assert sum(r is True for r in results) == 5
    assert sum(isinstance(r, FollowLimitError) for r in results) == 15
    assert await subs.count("console") == 5


async def test_targets_are_checked(subs: SubscriptionStore) -> None:
    with pytest.raises(ValueError, match="not a target"):
        await subs.follow(club("whatsapp:1", "liverpool", "Liverpool"))
    for ok in ("console", "telegram:-100123", "telegram:-100123:7", "discord:99"):
        assert await subs.follow(club(ok, "liverpool", "Liverpool"))


async def test_remove_target_forgets_everything_about_it(
    subs: SubscriptionStore, redis: aioredis.Redis, keys: Keys
) -> None:
    await subs.follow(club("telegram:1", "liverpool", "Liverpool"))
    await subs.follow(club("telegram:1", "chelsea", "Chelsea"))
    await subs.follow(club("telegram:2", "liverpool", "Liverpool"))
    await redis.rpush(keys.outbox("telegram:1"), "x")
    await redis.zadd(keys.outbox_due(), {"telegram:1": 1.0})
    await redis.sadd(keys.sent("telegram:1"), "ev_1")
    await redis.hset(keys.target("telegram:1"), "settings", "{}")
    await redis.set(keys.message("telegram:1", "a|b"), "m1")
    await redis.set(keys.message("telegram:1:7", "a|b"), "m2")  # a forum topic of that chat stays
    await redis.hset(keys.digest_items("telegram:1"), "a|b", "{}")
    await redis.zadd(keys.digest("telegram:1"), {"a|b": 1.0})
    await redis.zadd(keys.digest_due(), {"telegram:1": 1.0})

    assert await subs.remove_target("telegram:1") == 2
    assert await subs.following("telegram:1") == []
    followers = await subs.followers(["club:liverpool", "club:chelsea"])
    assert [s.target for s in followers["club:liverpool"]] == ["telegram:2"]
    assert "club:chelsea" not in followers
    assert not await redis.sismember(keys.targets(), "telegram:1")
    assert await redis.exists(keys.outbox("telegram:1"), keys.sent("telegram:1")) == 0
    assert await redis.zscore(keys.outbox_due(), "telegram:1") is None
    assert await redis.exists(keys.target("telegram:1"), keys.message("telegram:1", "a|b")) == 0
    assert await redis.exists(keys.digest("telegram:1"), keys.digest_items("telegram:1")) == 0
    assert await redis.zscore(keys.digest_due(), "telegram:1") is None
    assert await redis.get(keys.message("telegram:1:7", "a|b")) == "m2"


async def test_target_state_and_reactivation(
    subs: SubscriptionStore, redis: aioredis.Redis, keys: Keys
) -> None:
    assert (await subs.state("telegram:1")).active
    await redis.hset(
        keys.target("telegram:1"), mapping={"state": "gone", "reason": "bot was blocked", "since": "5"}
    )
    state = await subs.state("telegram:1")
    assert not state.active and state.reason == "bot was blocked" and state.since == 5.0
    assert await subs.reactivate("telegram:1")
    assert (await subs.state("telegram:1")).active
    assert not await subs.reactivate("telegram:1")
