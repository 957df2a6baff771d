"""Daily digests against a real Redis: local time, DST, exactly once across processes and restarts."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import redis.asyncio as aioredis

from bot.delivery import Delivered, DeliveryOutcome, Gone, Transient
from bot.digest import DigestService, DigestView, build_digest
from bot.models import Alert, DeliveryMode
from bot.policy import AlertPolicy
from bot.store import connect
from bot.target_settings import TargetSettingsStore
from feeds.keys import Keys
from feeds.models import EventKind, Stage
from tests.bot.events import make_alert

TARGET = "telegram:1"


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now.timestamp()

    def __call__(self) -> float:
        return self.now

    def set(self, when: datetime) -> datetime:
        self.now = when.timestamp()
        return when


class Sender:
    """A fake platform: records digests, answers with the queued outcomes (then Delivered)."""

    def __init__(self, *outcomes: DeliveryOutcome) -> None:
        self.sent: list[tuple[str, DigestView]] = []
        self.outcomes = list(outcomes)
        self.gate: asyncio.Event | None = None
        self.entered = asyncio.Event()

    async def __call__(self, target: str, view: DigestView) -> DeliveryOutcome:
        self.entered.set()
        if self.gate is not None:
            await self.gate.wait()
        outcome = self.outcomes.pop(0) if self.outcomes else Delivered("m1")
        if isinstance(outcome, Delivered):
            self.sent.append((target, view))
        return outcome


@pytest.fixture
def clock() -> Clock:
    return Clock(utc(2024, 6, 1, 6, 0))


@pytest.fixture
def settings(redis: aioredis.Redis, keys: Keys, clock: Clock) -> TargetSettingsStore:
    return TargetSettingsStore(redis, keys, clock=clock)


@pytest.fixture
def policy(redis: aioredis.Redis, keys: Keys, settings: TargetSettingsStore, clock: Clock) -> AlertPolicy:
    return AlertPolicy(redis, keys, settings, clock)


def service(redis: aioredis.Redis, keys: Keys, clock: Clock, send: Sender, **kw: Any) -> DigestService:
    return DigestService(redis, keys, TargetSettingsStore(redis, keys, clock=clock), send, clock=clock, **kw)


async def hold(policy: AlertPolicy, *alerts: Alert) -> None:
    _instant, held = await policy.split(list(alerts))
    assert len(held) == len(alerts)


async def digest_target(settings: TargetSettingsStore, timezone: str = "UTC", at: str = "08:00") -> None:
    await settings.update(TARGET, timezone=timezone, digest_time=at, mode=DeliveryMode.DIGEST)


async def test_sent_at_local_time_once_and_then_tomorrow(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    clock.set(utc(2024, 5, 31, 20, 0))
    await digest_target(settings, "Europe/Madrid")  # 08:00 in Madrid is 06:00 UTC in June
    await hold(policy, make_alert(TARGET))
    send = Sender()
    digests = service(redis, keys, clock, send)

    assert await digests.run_due(clock.set(utc(2024, 6, 1, 5, 59))) == 0
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 6, 0))) == 1
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 6, 1))) == 0
    ((target, view),) = send.sent
    assert target == TARGET and view.day == date(2024, 6, 1) and view.total == 1
    assert await redis.get(keys.digest_sent(TARGET, "2024-06-01")) == "sent"
    assert await digests.pending(TARGET) == 0
    assert await digests.next_due(TARGET) == utc(2024, 6, 2, 6, 0)

    # nothing new by tomorrow: nothing sent, and the day still counts as done
    assert await digests.run_due(clock.set(utc(2024, 6, 2, 6, 0))) == 0
    assert len(send.sent) == 1
    assert await digests.next_due(TARGET) == utc(2024, 6, 3, 6, 0)


async def test_a_digest_across_the_dst_change(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    clock.set(utc(2024, 3, 29, 12, 0))
    await digest_target(settings, "Europe/London")
    send = Sender()
    digests = service(redis, keys, clock, send)
    await hold(policy, make_alert(TARGET, id="ev_1", rumour_id="a|b"))
    assert await digests.run_due(clock.set(utc(2024, 3, 30, 8, 0))) == 1  # GMT: 08:00 local is 08:00 UTC

    clock.set(utc(2024, 3, 30, 20, 0))
    await hold(policy, make_alert(TARGET, id="ev_2", rumour_id="c|d"))
    # the clocks go forward that night: 08:00 local is now 07:00 UTC
    assert await digests.next_due(TARGET) == utc(2024, 3, 31, 7, 0)
    assert await digests.run_due(clock.set(utc(2024, 3, 31, 6, 59))) == 0
    assert await digests.run_due(clock.set(utc(2024, 3, 31, 7, 0))) == 1
    assert [view.day for _, view in send.sent] == [date(2024, 3, 30), date(2024, 3, 31)]
    assert [view.groups[0].entries[0].rumour_id for _, view in send.sent] == ["a|b", "c|d"]
    assert await digests.next_due(TARGET) == utc(2024, 4, 1, 7, 0)


async def test_two_processes_racing_send_the_digest_once(
    redis_url: str,
    redis: aioredis.Redis,
    keys: Keys,
    clock: Clock,
    settings: TargetSettingsStore,
    policy: AlertPolicy,
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    clock.set(utc(2024, 6, 1, 8, 0))
    other_redis = connect(redis_url)
    try:
        first, second = Sender(), Sender()
        first.gate = asyncio.Event()  # the first process is mid-send while the second one runs
        a = service(redis, keys, clock, first)
        b = service(other_redis, keys, clock, second)
        task = asyncio.create_task(a.run_due())
        await first.entered.wait()
        assert await b.run_due() == 0
        first.gate.set()
        assert await task == 1
        assert await b.run_due() == 0
    finally:
        await other_redis.aclose(close_connection_pool=True)
    assert len(first.sent) + len(second.sent) == 1


async def test_racing_without_a_head_start(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    clock.set(utc(2024, 6, 1, 9, 0))
    senders = [Sender() for _ in range(5)]
    results = await asyncio.gather(*(service(redis, keys, clock, s).run_due() for s in senders))
    assert sum(results) == 1 and sum(len(s.sent) for s in senders) == 1


async def test_a_failed_send_is_retried_and_not_marked_sent(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    send = Sender(Transient("502"))
    digests = service(redis, keys, clock, send, retry_base=60.0)
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 0))) == 0
    assert await redis.get(keys.digest_sent(TARGET, "2024-06-01")) is None
    assert await digests.next_due(TARGET) == utc(2024, 6, 1, 8, 1)
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 0, 30))) == 0  # backing off
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 1))) == 1
    assert len(send.sent) == 1 and send.sent[0][1].day == date(2024, 6, 1)


async def test_a_crash_between_claim_and_send_is_recovered_after_the_lease(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    clock.set(utc(2024, 6, 1, 8, 0))
    crashed = Sender()
    crashed.gate = asyncio.Event()  # never opened: the process dies mid-send
    task = asyncio.create_task(service(redis, keys, clock, crashed, lease=300.0).run_due())
    await crashed.entered.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    send = Sender()
    restarted = service(redis, keys, clock, send, lease=300.0)
    assert await restarted.run_due(clock.set(utc(2024, 6, 1, 8, 4))) == 0  # lease still held
    assert await restarted.run_due(clock.set(utc(2024, 6, 1, 8, 6))) == 1
    assert await restarted.run_due(clock.set(utc(2024, 6, 1, 8, 7))) == 0
    assert len(send.sent) == 1


async def test_a_digest_missed_while_down_is_sent_once_on_return(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    send = Sender()
    digests = service(redis, keys, clock, send)
    back = clock.set(utc(2024, 6, 3, 10, 0))  # down from before 06-01 08:00 until 06-03 10:00
    assert await digests.run_due(back) == 1
    assert await digests.run_due(back + timedelta(minutes=1)) == 0
    assert len(send.sent) == 1 and send.sent[0][1].day == date(2024, 6, 1)
    assert await digests.next_due(TARGET) == utc(2024, 6, 4, 8, 0)


async def test_an_entry_updated_while_sending_stays_for_the_next_digest(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    clock.set(utc(2024, 6, 1, 8, 0))
    send = Sender()
    send.gate = asyncio.Event()
    task = asyncio.create_task(service(redis, keys, clock, send).run_due())
    await send.entered.wait()
    escalation = make_alert(
        TARGET, id="ev_2", kind=EventKind.ESCALATED, stage=Stage.AGREED, previous_stage=Stage.BID
    )
    await hold(policy, escalation)
    send.gate.set()
    assert await task == 1
    assert await service(redis, keys, clock, send).pending(TARGET) == 1


async def test_moving_the_digest_later_the_same_day_does_not_send_twice(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    send = Sender()
    digests = service(redis, keys, clock, send)
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 0))) == 1
    await hold(policy, make_alert(TARGET, id="ev_2", rumour_id="x|y"))
    await settings.update(TARGET, digest_time="20:00")  # today's 20:00 belongs to a day already done
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 20, 0))) == 0
    assert await digests.next_due(TARGET) == utc(2024, 6, 2, 20, 0)
    assert await digests.run_due(clock.set(utc(2024, 6, 2, 20, 0))) == 1


async def test_a_gone_target_is_deactivated(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    digests = service(redis, keys, clock, Sender(Gone("bot was kicked")))
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 0))) == 0
    assert await redis.hget(keys.target(TARGET), "state") == "gone"
    assert await digests.next_due(TARGET) is None and await digests.pending(TARGET) == 0


async def test_take_now_empties_what_is_held(
    redis: aioredis.Redis, keys: Keys, clock: Clock, settings: TargetSettingsStore, policy: AlertPolicy
) -> None:
    await digest_target(settings)
    await hold(policy, make_alert(TARGET))
    digests = service(redis, keys, clock, Sender())
    view = await digests.take_now(TARGET, utc(2024, 6, 1, 7, 0))
    assert view is not None and view.total == 1
    assert await digests.take_now(TARGET, utc(2024, 6, 1, 7, 0)) is None
    assert await digests.run_due(clock.set(utc(2024, 6, 1, 8, 0))) == 0  # nothing new left


def test_digest_groups_by_followed_name_and_ranks_by_stage_and_corroboration() -> None:
    def alert(followed: str, rid: str, stage: Stage, outlets: tuple[str, ...], tier: int = 2) -> Alert:
        base = make_alert(TARGET, rumour_id=rid, stage=stage, outlets=outlets, best_tier=tier)
        return Alert(base.target, base.event, followed, f"club:{followed.lower()}", base.relation)

    view = build_digest(
        TARGET,
        date(2024, 6, 1),
        [
            alert("Arsenal", "a|1", Stage.INTEREST, ("Sun",)),
            alert("Liverpool", "l|1", Stage.INTEREST, ("BBC", "Sky"), tier=1),
            alert("Liverpool", "l|2", Stage.AGREED, ("BBC",)),
            alert("Liverpool", "l|3", Stage.INTEREST, ("BBC", "Sky", "Times")),
        ],
    )
    assert view.title == "Transfer digest for Saturday 1 June 2024"
    assert [g.followed for g in view.groups] == ["Liverpool", "Arsenal"]
    assert [e.rumour_id for e in view.groups[0].entries] == ["l|2", "l|3", "l|1"]
    assert view.groups[0].entries[1].sources_line == "3 outlets, best tier 2"
    assert view.total == 4
