"""The alert policy, per event type and per setting, against a real Redis."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pytest
import redis.asyncio as aioredis

from bot.models import Alert, DeliveryMode, alert_from_json
from bot.policy import AlertPolicy
from bot.target_settings import TargetSettingsStore, parse_stages
from feeds.keys import Keys
from feeds.models import EventKind, Stage
from tests.bot.events import make_alert

NOON = datetime(2024, 6, 1, 12, 0, tzinfo=UTC).timestamp()
MIDNIGHT = datetime(2024, 6, 1, 23, 30, tzinfo=UTC).timestamp()
RID = "trent-alexander-arnold|real-madrid"


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOON)


@pytest.fixture
def settings(redis: aioredis.Redis, keys: Keys, clock: Clock) -> TargetSettingsStore:
    return TargetSettingsStore(redis, keys, clock=clock)


@pytest.fixture
def policy(redis: aioredis.Redis, keys: Keys, settings: TargetSettingsStore, clock: Clock) -> AlertPolicy:
    return AlertPolicy(redis, keys, settings, clock)


async def held_items(redis: aioredis.Redis, keys: Keys, target: str) -> dict[str, Alert]:
    raw = cast(dict[str, str], await redis.hgetall(keys.digest_items(target)))
    return {rid: alert_from_json(payload) for rid, payload in raw.items()}


def ids(alerts: list[Alert]) -> list[tuple[str, str]]:
    return [(a.target, a.event.id) for a in alerts]


async def test_new_alerts_go_out_at_once_by_default(policy: AlertPolicy) -> None:
    alerts = [make_alert("console"), make_alert("telegram:1")]
    instant, held = await policy.split(alerts)
    assert instant == alerts and held == []


async def test_each_event_kind_goes_out_at_once_for_an_instant_target(
    policy: AlertPolicy, redis: aioredis.Redis, keys: Keys
) -> None:
    for i, (kind, previous) in enumerate(
        [
            (EventKind.NEW, None),
            (EventKind.CORROBORATED, None),  # the outbox edits the alert the target has
            (EventKind.ESCALATED, Stage.INTEREST),  # a new alert naming the earlier stage
            (EventKind.REVIVED, Stage.OFF),
        ]
    ):
        alert = make_alert("console", id=f"ev_{i}", kind=kind, previous_stage=previous)
        assert await policy.split([alert]) == ([alert], [])
    assert await held_items(redis, keys, "console") == {}


async def test_min_tier_and_instant_stages_hold_alerts_for_the_digest(
    policy: AlertPolicy, settings: TargetSettingsStore, redis: aioredis.Redis, keys: Keys
) -> None:
    await settings.update("console", min_tier=2, instant_stages=parse_stages("bid+"), digest_time="08:00")
    good = make_alert("console", id="ev_good", best_tier=1, stage=Stage.BID)
    low_tier = make_alert("console", id="ev_tier", best_tier=4, rumour_id="a|b")
    early = make_alert("console", id="ev_stage", stage=Stage.INTEREST, rumour_id="c|d")
    instant, held = await policy.split([good, low_tier, early])
    assert instant == [good]
    assert held == [low_tier, early]
    assert set(await held_items(redis, keys, "console")) == {"a|b", "c|d"}


async def test_without_a_digest_filtered_alerts_are_dropped(
    policy: AlertPolicy, settings: TargetSettingsStore
) -> None:
    await settings.update("console", min_tier=1)
    assert await policy.split([make_alert("console", best_tier=3)]) == ([], [])


async def test_quiet_hours_hold_alerts_in_local_time(
    policy: AlertPolicy, settings: TargetSettingsStore, clock: Clock, redis: aioredis.Redis, keys: Keys
) -> None:
    await settings.update("console", timezone="Europe/Madrid", quiet_hours=("23:00", "07:00"))
    clock.now = MIDNIGHT  # 01:30 in Madrid
    alert = make_alert("console")
    assert await policy.split([alert]) == ([], [alert])
    # a corroboration edits silently, even at night, and updates the held entry
    update = make_alert(
        "console", id="ev_2", kind=EventKind.CORROBORATED, outlets=("The Athletic", "BBC Sport")
    )
    instant, held = await policy.split([update])
    assert instant == [update] and held == [update]
    entry = (await held_items(redis, keys, "console"))[RID]
    assert entry.event.outlets == ("The Athletic", "BBC Sport")
    assert entry.event.kind is EventKind.NEW  # the digest still says it is new
    clock.now = NOON  # 14:00 in Madrid
    later = make_alert("console", id="ev_3", rumour_id="x|y")
    assert await policy.split([later]) == ([later], [])


async def test_digest_mode_holds_everything_and_both_mode_does_both(
    policy: AlertPolicy, settings: TargetSettingsStore
) -> None:
    await settings.update("telegram:1", mode=DeliveryMode.DIGEST, digest_time="08:00")
    await settings.update("telegram:2", mode=DeliveryMode.BOTH, digest_time="08:00")
    kinds = [EventKind.NEW, EventKind.CORROBORATED, EventKind.ESCALATED, EventKind.REVIVED]
    for i, kind in enumerate(kinds):
        digest_only = make_alert("telegram:1", id=f"ev_{i}", kind=kind)
        both = make_alert("telegram:2", id=f"ev_{i}", kind=kind)
        instant, held = await policy.split([digest_only, both])
        assert ids(instant) == [("telegram:2", f"ev_{i}")]
        assert ids(held) == [("telegram:1", f"ev_{i}"), ("telegram:2", f"ev_{i}")]


async def test_digest_mode_without_a_digest_time_falls_back_to_instant(
    policy: AlertPolicy, settings: TargetSettingsStore
) -> None:
    await settings.update("console", mode=DeliveryMode.DIGEST)
    alert = make_alert("console")
    assert await policy.split([alert]) == ([alert], [])


async def test_an_instant_escalation_refreshes_a_held_entry(
    policy: AlertPolicy, settings: TargetSettingsStore, redis: aioredis.Redis, keys: Keys
) -> None:
    await settings.update("console", instant_stages=parse_stages("bid+"), digest_time="08:00")
    interest = make_alert("console", id="ev_1", stage=Stage.INTEREST)
    assert await policy.split([interest]) == ([], [interest])
    bid = make_alert("console", id="ev_2", kind=EventKind.ESCALATED, previous_stage=Stage.INTEREST)
    assert await policy.split([bid]) == ([bid], [bid])
    entry = (await held_items(redis, keys, "console"))[RID]
    assert entry.event.stage is Stage.BID and entry.event.kind is EventKind.ESCALATED


async def test_holding_is_idempotent_and_skips_deactivated_targets(
    policy: AlertPolicy, settings: TargetSettingsStore, redis: aioredis.Redis, keys: Keys
) -> None:
    await settings.update("console", mode=DeliveryMode.DIGEST, digest_time="08:00")
    await settings.update("telegram:9", mode=DeliveryMode.DIGEST, digest_time="08:00")
    await redis.hset(keys.target("telegram:9"), "state", "gone")
    alert = make_alert("console")
    await policy.split([alert])
    _, held = await policy.split([alert, make_alert("telegram:9")])
    assert held == [alert]
    assert len(await held_items(redis, keys, "console")) == 1
    assert await held_items(redis, keys, "telegram:9") == {}


async def test_routed_events_are_remembered_for_feedback(
    policy: AlertPolicy, redis: aioredis.Redis, keys: Keys
) -> None:
    await policy.split([make_alert("console", id="ev_42")])
    assert await redis.exists(keys.event_ref("ev_42"))
    assert 0 < await redis.pttl(keys.event_ref("ev_42")) <= 30 * 24 * 3600 * 1000
