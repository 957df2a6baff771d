"""The outbox and delivery worker: the delivery promises of ``design.md``, against a real Redis."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict, deque
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from bot.delivery import Delivered, DeliveryOutcome, Gone, Rejected, RetryAfter, Transient
from bot.models import Alert
from bot.outbox import DeliveryWorker, Outbox
from bot.render import AlertView
from bot.store import connect
from bot.subscriptions import SubscriptionStore
from feeds.keys import Keys
from feeds.models import EventKind
from tests.bot.events import T0, make_alert


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


class FakeNotifier:
    """Records every call; answers from a per-target script of outcomes, else Delivered."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.edited: list[tuple[str, str, str]] = []
        self.views: list[AlertView] = []
        self.script: dict[str, deque[DeliveryOutcome | Exception]] = defaultdict(deque)
        self._ids = 0

    def answer(self, target: str, *outcomes: DeliveryOutcome | Exception) -> None:
        self.script[target].extend(outcomes)

    def _next(self, target: str) -> DeliveryOutcome:
        if self.script[target]:
            outcome = self.script[target].popleft()
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        self._ids += 1
        return Delivered(message_id=f"m-{self._ids}")

    async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
        self.sent.append((alert.target, alert.event.id))
        self.views.append(view)
        return self._next(alert.target)

    async def edit(self, alert: Alert, view: AlertView, message_id: str) -> DeliveryOutcome:
        self.edited.append((alert.target, alert.event.id, message_id))
        self.views.append(view)
        return self._next(alert.target)


class HangingNotifier:
    """A send that never returns until released: the process is "killed" mid-delivery."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.release = asyncio.Event()

    async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
        self.started.set()
        await self.release.wait()
        return Delivered("late")

    async def edit(self, alert: Alert, view: AlertView, message_id: str) -> DeliveryOutcome:
        return await self.send(alert, view)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def outbox(redis: aioredis.Redis, keys: Keys, clock: Clock) -> Outbox:
    return Outbox(redis, keys, clock=clock)


@pytest.fixture
def fake() -> FakeNotifier:
    return FakeNotifier()


def worker(redis: aioredis.Redis, keys: Keys, clock: Clock, notifier: object, **kw: object) -> DeliveryWorker:
    return DeliveryWorker(
        redis,
        keys,
        {"console": notifier, "telegram": notifier, "discord": notifier},  # type: ignore[dict-item]
        clock=clock,
        rng=random.Random(7),
        **kw,  # type: ignore[arg-type]
    )


async def test_alerts_are_written_before_delivery_and_delivered_in_order(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    alerts = [make_alert("telegram:1", id=f"ev_{i}") for i in range(3)]
    assert await outbox.enqueue(alerts) == 3
    assert await outbox.pending("telegram:1") == alerts
    assert await outbox.due_at("telegram:1") == clock.now

    assert await worker(redis, keys, clock, fake).run_once() == 3
    assert fake.sent == [("telegram:1", "ev_0"), ("telegram:1", "ev_1"), ("telegram:1", "ev_2")]
    assert await outbox.pending("telegram:1") == []
    assert await outbox.due_at("telegram:1") is None
    assert await redis.get(keys.message("telegram:1", alerts[0].event.rumour_id)) == "m-3"
    assert await worker(redis, keys, clock, fake).run_once() == 0


async def test_an_alert_in_flight_when_the_worker_dies_is_delivered_later_and_counted(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("telegram:1", id="ev_a"), make_alert("telegram:1", id="ev_b")])
    hanging = HangingNotifier()
    doomed = asyncio.create_task(worker(redis, keys, clock, hanging, lease=60.0).run_once())
    await hanging.started.wait()
    doomed.cancel()  # killed mid-send
    with pytest.raises(asyncio.CancelledError):
        await doomed

    survivor = worker(redis, keys, clock, fake, lease=60.0)
    assert await survivor.run_once() == 0  # the dead worker's lease still holds the target
    assert len(await outbox.pending("telegram:1")) == 2  # nothing lost
    clock.now += 61
    assert await survivor.run_once() == 2
    assert fake.sent == [("telegram:1", "ev_a"), ("telegram:1", "ev_b")]
    assert (await survivor.stats())["redelivered"] == 1
    assert await redis.hget(keys.target("telegram:1"), "redelivered") == "1"


async def test_a_rate_limited_target_does_not_delay_another(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("telegram:A", id="ev_1"), make_alert("telegram:A", id="ev_2")])
    await outbox.enqueue([make_alert("telegram:B", id="ev_1")])
    fake.answer("telegram:A", RetryAfter(30))
    w = worker(redis, keys, clock, fake)

    assert await w.run_once() == 1
    assert ("telegram:B", "ev_1") in fake.sent
    assert await outbox.due_at("telegram:A") == clock.now + 30
    clock.now += 29
    assert await w.run_once() == 0
    clock.now += 1
    assert await w.run_once() == 2
    assert [e for t, e in fake.sent if t == "telegram:A"] == ["ev_1", "ev_1", "ev_2"]


async def test_targets_are_delivered_concurrently(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock
) -> None:
    b_delivered = asyncio.Event()

    class SlowA(FakeNotifier):
        async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
            if alert.target == "telegram:A":
                await asyncio.wait_for(b_delivered.wait(), timeout=5)  # only returns if B is not waiting on A
            else:
                b_delivered.set()
            return await super().send(alert, view)

    await outbox.enqueue([make_alert("telegram:A"), make_alert("telegram:B")])
    assert await worker(redis, keys, clock, SlowA()).run_once() == 2


async def test_two_racing_workers_send_each_event_once_per_target(
    outbox: Outbox, redis_url: str, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    targets = [f"discord:{i}" for i in range(6)]
    alerts = [make_alert(t, id=f"ev_{n}") for t in targets for n in range(5)]
    await outbox.enqueue(alerts)
    await outbox.enqueue(alerts[::2])  # duplicates queued before anything was sent

    clients: list[aioredis.Redis] = [connect(redis_url) for _ in range(2)]
    try:
        workers = [worker(c, keys, clock, fake, burst=2) for c in clients]
        for _ in range(20):
            await asyncio.gather(*(w.run_once() for w in workers))
    finally:
        for c in clients:
            await c.aclose(close_connection_pool=True)
    assert sorted(fake.sent) == sorted((a.target, a.event.id) for a in alerts)
    for t in targets:  # and in order within each target
        assert [e for tt, e in fake.sent if tt == t] == [f"ev_{n}" for n in range(5)]
        assert await outbox.pending(t) == []


async def test_an_event_already_sent_to_a_target_is_not_queued_again(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    alert = make_alert("console")
    await outbox.enqueue([alert])
    await worker(redis, keys, clock, fake).run_once()
    assert await outbox.enqueue([alert]) == 0
    assert await worker(redis, keys, clock, fake).run_once() == 0
    assert fake.sent == [("console", alert.event.id)]


async def test_a_corroboration_edits_the_message_the_target_has(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    new = make_alert("telegram:1", id="ev_new")
    update = make_alert(
        "telegram:1", id="ev_upd", kind=EventKind.CORROBORATED, outlets=("The Athletic", "Marca"), best_tier=1
    )
    await outbox.enqueue([new, update])
    assert await worker(redis, keys, clock, fake).run_once() == 2
    assert fake.sent == [("telegram:1", "ev_new")]
    assert fake.edited == [("telegram:1", "ev_upd", "m-1")]
    assert fake.views[-1].is_update and fake.views[-1].outlet_count == 2
    assert (await worker(redis, keys, clock, fake).stats())["edited"] == 1


async def test_a_corroboration_with_no_message_to_edit_is_not_sent_as_new(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("telegram:1", kind=EventKind.CORROBORATED)])
    assert await worker(redis, keys, clock, fake).run_once() == 0
    assert fake.sent == [] and fake.edited == []
    assert await outbox.pending("telegram:1") == []


async def test_gone_deactivates_the_target_and_drops_its_alerts(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("telegram:1", id=f"ev_{i}") for i in range(3)])
    await outbox.enqueue([make_alert("telegram:2")])
    fake.answer("telegram:1", Gone("bot was blocked by the user"))
    assert await worker(redis, keys, clock, fake).run_once() == 1

    state = await SubscriptionStore(redis, keys).state("telegram:1")
    assert not state.active and state.reason == "bot was blocked by the user" and state.since == clock.now
    assert await outbox.pending("telegram:1") == []
    assert await outbox.due_at("telegram:1") is None
    assert await outbox.enqueue([make_alert("telegram:1", id="ev_later")]) == 0
    assert fake.sent.count(("telegram:2", "ev_1")) == 1


async def test_rejected_is_logged_with_its_payload_and_dropped(
    outbox: Outbox,
    redis: aioredis.Redis,
    keys: Keys,
    clock: Clock,
    fake: FakeNotifier,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await outbox.enqueue([make_alert("discord:9", id="ev_bad"), make_alert("discord:9", id="ev_good")])
    fake.answer("discord:9", Rejected("embed too long", payload='{"embeds": [...]}'))
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        assert await worker(redis, keys, clock, fake).run_once() == 1
    assert fake.sent == [("discord:9", "ev_bad"), ("discord:9", "ev_good")]
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "ev_bad" in record.getMessage() and '{"embeds": [...]}' in record.getMessage()
    assert await outbox.pending("discord:9") == []
    # a rejected alert is not "sent": only ev_good is remembered
    assert await redis.smembers(keys.sent("discord:9")) == {"ev_good"}


async def test_transient_failures_back_off_exponentially_and_keep_order(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("telegram:1", id="ev_1"), make_alert("telegram:1", id="ev_2")])
    fake.answer(
        "telegram:1", Transient("502 Bad Gateway"), ConnectionResetError("reset"), Transient("timeout")
    )
    w = worker(redis, keys, clock, fake, backoff_base=2.0)
    waits = []
    for _ in range(3):
        assert await w.run_once() == 0
        due = await outbox.due_at("telegram:1")
        assert due is not None
        waits.append(due - clock.now)
        clock.now = due
    assert 2.0 <= waits[0] <= 2.5 and 4.0 <= waits[1] <= 5.0 and 8.0 <= waits[2] <= 10.0
    assert await w.run_once() == 2
    assert [e for _, e in fake.sent] == ["ev_1", "ev_1", "ev_1", "ev_1", "ev_2"]  # ev_2 waited its turn
    assert await redis.hget(keys.target("telegram:1"), "attempts") is None  # reset by the success
    stats = await w.stats()
    assert stats["transient"] == 3 and stats["sent"] == 2


async def test_backoff_is_capped(redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier) -> None:
    w = worker(redis, keys, clock, fake, backoff_base=2.0, backoff_max=60.0)
    assert 60.0 <= w.backoff(30) <= 75.0


async def test_an_alert_for_a_platform_without_a_notifier_waits(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    await outbox.enqueue([make_alert("discord:1")])
    only_console = DeliveryWorker(redis, keys, {"console": fake}, clock=clock)
    assert await only_console.run_once() == 0
    assert len(await outbox.pending("discord:1")) == 1
    due = await outbox.due_at("discord:1")
    assert due is not None and due > clock.now


async def test_run_delivers_until_stopped(
    outbox: Outbox, redis: aioredis.Redis, keys: Keys, clock: Clock, fake: FakeNotifier
) -> None:
    stop = asyncio.Event()

    class Stopping(FakeNotifier):
        async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
            outcome = await super().send(alert, view)
            if len(self.sent) == 2:
                stop.set()
            return outcome

    notifier = Stopping()
    await outbox.enqueue([make_alert("console", id="ev_1"), make_alert("telegram:5", id="ev_1")])
    await asyncio.wait_for(worker(redis, keys, clock, notifier, idle_interval=0.005).run(stop), timeout=5)
    assert sorted(notifier.sent) == [("console", "ev_1"), ("telegram:5", "ev_1")]


@pytest.fixture
async def second_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = connect(redis_url)
    yield client
    await client.aclose(close_connection_pool=True)


async def test_a_late_outcome_after_the_lease_was_taken_over_does_not_pop_the_new_holders_head(
    outbox: Outbox, redis: aioredis.Redis, second_client: aioredis.Redis, keys: Keys, clock: Clock
) -> None:
    await outbox.enqueue([make_alert("console", id="ev_1"), make_alert("console", id="ev_2")])
    hanging = HangingNotifier()
    slow = asyncio.create_task(worker(redis, keys, clock, hanging, lease=10.0, send_timeout=5.0).run_once())
    await hanging.started.wait()
    clock.now += 11  # the slow worker's lease ran out
    fake = FakeNotifier()
    fake.answer("console", Transient("flaky"))
    other = worker(second_client, keys, clock, fake, lease=10.0)
    assert await other.run_once() == 0  # took ev_1 over, then backed off
    hanging.release.set()
    assert await slow == 1  # its send went out; it is recorded but the queue is not touched
    assert [a.event.id for a in await outbox.pending("console")] == ["ev_1", "ev_2"]
    clock.now += 100
    assert await other.run_once() == 1  # ev_1 is known to be sent: skipped; ev_2 goes out
    assert fake.sent == [("console", "ev_1"), ("console", "ev_2")]


def test_the_outbox_form_of_an_alert_is_plain_json_that_reads_back_unchanged() -> None:
    import json

    from bot.models import alert_from_json, alert_to_json, event_json
    from feeds.rumours import event_to_dict

    alert = make_alert("telegram:42", person="Zoë “Quotes” O'Neil")
    text = alert_to_json(alert)
    assert json.loads(text) == {
        "target": "telegram:42",
        "event": event_to_dict(alert.event),
        "followed": alert.followed,
        "followed_key": alert.followed_key,
        "relation": alert.relation.value,
    }
    assert alert_to_json(alert, event_json(alert.event)) == text
    assert alert_from_json(text) == alert
