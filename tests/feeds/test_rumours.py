"""The rumour state machine: every row of the table in ``claims.md``, against a real Redis."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis

from bot.store import connect
from feeds.keys import Keys
from feeds.models import Claim, EventKind, Report, Stage
from feeds.rumours import (
    DAY,
    MAX_AGE,
    RETENTION,
    EventStream,
    RumourStatus,
    RumourStore,
    event_from_json,
    event_id,
)

T0 = 1_717_200_000.0  # 2024-06-01


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


_items = iter(range(1_000_000))


def report(
    stage: Stage,
    outlet: str = "The Athletic",
    *,
    tier: int = 1,
    person: tuple[str, str] = ("Trent Alexander-Arnold", "trent-alexander-arnold"),
    club: tuple[str, str] = ("Real Madrid", "real-madrid"),
    from_club: tuple[str, str] | None = ("Liverpool", "liverpool"),
    item: str | None = None,
    headline: str | None = None,
    evidence: str = "Real Madrid are keen on Trent.",
) -> Report:
    claim = Claim(
        person=person[0],
        person_id=person[1],
        club=club[0],
        club_id=club[1],
        stage=stage,
        evidence=evidence,
        tier=tier,
        from_club=from_club[0] if from_club else None,
        from_club_id=from_club[1] if from_club else None,
        source=outlet,
    )
    item_id = item or f"https://news.example/{next(_items)}"
    return Report(
        claim=claim,
        item_id=item_id,
        outlet=outlet,
        headline=headline or f"{person[0]}: {stage.value} ({outlet})",
        link=item_id,
        published=None,
        seen_at=datetime.fromtimestamp(T0, UTC),
    )


RID = "trent-alexander-arnold|real-madrid"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(redis: aioredis.Redis, keys: Keys, clock: Clock) -> RumourStore:
    return RumourStore(redis, keys, clock=clock)


# ---- the table, row by row -------------------------------------------------------------------------


async def test_first_report_of_a_pair_is_new(store: RumourStore) -> None:
    r = report(Stage.INTEREST, "The Athletic", tier=1)
    event = await store.apply(r)
    assert event is not None
    assert event.kind is EventKind.NEW
    assert event.id == event_id(r)
    assert event.rumour_id == RID
    assert (event.person, event.club, event.from_club) == (
        "Trent Alexander-Arnold",
        "Real Madrid",
        "Liverpool",
    )
    assert event.stage is Stage.INTEREST and event.previous_stage is None
    assert event.outlets == ("The Athletic",) and event.best_tier == 1
    assert event.at == event.first_seen == datetime.fromtimestamp(T0, UTC)


async def test_the_same_report_twice_the_second_says_nothing(store: RumourStore) -> None:
    r = report(Stage.BID)
    assert await store.apply(r) is not None
    assert await store.apply(r) is None


async def test_two_workers_applying_the_same_report_produce_one_event(
    redis_url: str, keys: Keys, clock: Clock, redis: aioredis.Redis
) -> None:
    clients = [connect(redis_url) for _ in range(4)]
    try:
        stores = [RumourStore(c, keys, clock=clock) for c in clients]
        r = report(Stage.TALKS)
        results = await asyncio.gather(*(s.apply(r) for s in stores for _ in range(5)))
    finally:
        for c in clients:
            await c.aclose(close_connection_pool=True)
    events = [e for e in results if e is not None]
    assert len(events) == 1
    assert await redis.xlen(keys.events()) == 1


@pytest.mark.parametrize(
    ("first", "then", "kind"),
    [
        # live | same or earlier stage, an outlet not yet counted -> corroborated
        ((Stage.BID, "The Athletic"), (Stage.BID, "Marca"), EventKind.CORROBORATED),
        ((Stage.BID, "The Athletic"), (Stage.INTEREST, "Marca"), EventKind.CORROBORATED),
        ((Stage.EXIT, "The Athletic"), (Stage.EXIT, "Marca"), EventKind.CORROBORATED),
        # live | same or earlier stage, an outlet already counted -> nothing
        ((Stage.BID, "The Athletic"), (Stage.BID, "The Athletic"), None),
        ((Stage.BID, "The Athletic"), (Stage.APPROACH, "The Athletic"), None),
        # live | a more advanced forward stage (any outlet) -> escalated
        ((Stage.INTEREST, "The Athletic"), (Stage.BID, "The Athletic"), EventKind.ESCALATED),
        ((Stage.TALKS, "The Athletic"), (Stage.AGREED, "Marca"), EventKind.ESCALATED),
        # live | off, done -> escalated (and closed)
        ((Stage.TALKS, "The Athletic"), (Stage.OFF, "The Athletic"), EventKind.ESCALATED),
        ((Stage.AGREED, "The Athletic"), (Stage.DONE, "Marca"), EventKind.ESCALATED),
        # live (exit) | stay, and live (stay) | exit -> escalated
        ((Stage.EXIT, "The Athletic"), (Stage.STAY, "The Athletic"), EventKind.ESCALATED),
        ((Stage.STAY, "The Athletic"), (Stage.EXIT, "Marca"), EventKind.ESCALATED),
    ],
)
async def test_table_row_for_a_live_rumour(
    store: RumourStore, first: tuple[Stage, str], then: tuple[Stage, str], kind: EventKind | None
) -> None:
    assert await store.apply(report(first[0], first[1])) is not None
    event = await store.apply(report(then[0], then[1]))
    assert (event.kind if event else None) is kind


async def test_corroboration_counts_the_outlet_keeps_the_stage_and_takes_the_best_tier(
    store: RumourStore,
) -> None:
    await store.apply(report(Stage.BID, "Daily Star", tier=3, headline="Star says bid"))
    event = await store.apply(report(Stage.INTEREST, "The Athletic", tier=1, headline="Athletic: interest"))
    assert event is not None and event.kind is EventKind.CORROBORATED
    assert event.stage is Stage.BID and event.previous_stage is None
    assert event.outlets == ("Daily Star", "The Athletic")
    assert event.best_tier == 1
    # the more reliable outlet's report is the one shown from now on
    assert event.headline == "Athletic: interest"
    worse = await store.apply(report(Stage.BID, "Sun", tier=4, headline="Sun says bid"))
    assert worse is not None and worse.outlets == ("Daily Star", "The Athletic", "Sun")
    assert worse.best_tier == 1 and worse.headline == "Athletic: interest"


async def test_escalation_names_the_earlier_stage_and_shows_the_new_report(store: RumourStore) -> None:
    await store.apply(report(Stage.INTEREST, "Marca", tier=2))
    event = await store.apply(report(Stage.BID, "The Athletic", tier=1, headline="Real Madrid bid"))
    assert event is not None and event.kind is EventKind.ESCALATED
    assert (event.previous_stage, event.stage) == (Stage.INTEREST, Stage.BID)
    assert event.outlets == ("Marca", "The Athletic") and event.best_tier == 1
    assert event.headline == "Real Madrid bid"


async def test_off_closes_then_a_forward_stage_revives_it(store: RumourStore) -> None:
    await store.apply(report(Stage.TALKS, "Marca"))
    off = await store.apply(report(Stage.OFF, "Marca"))
    assert off is not None and off.kind is EventKind.ESCALATED and off.previous_stage is Stage.TALKS
    rumour = await store.get(RID)
    assert rumour is not None and rumour.status is RumourStatus.CLOSED and rumour.closed_by == "off"
    # closed by off: another off, or an exit/stay, changes nothing
    assert await store.apply(report(Stage.OFF, "AS")) is None
    assert await store.apply(report(Stage.STAY, "AS")) is None
    revived = await store.apply(report(Stage.INTEREST, "AS", tier=2))
    assert revived is not None and revived.kind is EventKind.REVIVED
    assert (revived.previous_stage, revived.stage) == (Stage.OFF, Stage.INTEREST)
    assert revived.outlets == ("AS",) and revived.best_tier == 2  # a fresh count
    assert revived.first_seen == datetime.fromtimestamp(T0, UTC)  # still the same rumour
    # live again: the outlets that reported the old phase may corroborate the new one
    again = await store.apply(report(Stage.INTEREST, "Marca"))
    assert again is not None and again.kind is EventKind.CORROBORATED


async def test_done_closes_and_then_nothing_changes_it(store: RumourStore) -> None:
    await store.apply(report(Stage.AGREED, "Marca"))
    done = await store.apply(report(Stage.DONE, "Marca"))
    assert done is not None and done.kind is EventKind.ESCALATED
    for stage in Stage:
        assert await store.apply(report(stage, "Brand New Outlet")) is None, stage
    rumour = await store.get(RID)
    assert rumour is not None and rumour.closed_by == "done" and rumour.stage is Stage.DONE


async def test_off_or_done_as_a_first_report_is_new_and_closed(store: RumourStore) -> None:
    event = await store.apply(report(Stage.DONE, "Marca"))
    assert event is not None and event.kind is EventKind.NEW
    assert await store.apply(report(Stage.DONE, "AS")) is None


async def test_revival_straight_to_done_closes_again(store: RumourStore) -> None:
    await store.apply(report(Stage.OFF, "Marca"))
    event = await store.apply(report(Stage.DONE, "Marca"))
    assert event is not None and event.kind is EventKind.REVIVED and event.stage is Stage.DONE
    assert await store.apply(report(Stage.INTEREST, "AS")) is None


async def test_sixty_days_without_a_report_closes_by_age_and_the_next_report_is_new(
    store: RumourStore, clock: Clock
) -> None:
    await store.apply(report(Stage.BID, "Marca"))
    clock.advance(MAX_AGE - DAY)
    kept = await store.apply(report(Stage.BID, "AS"))
    assert kept is not None and kept.kind is EventKind.CORROBORATED
    # that report counts: the 60 days run from it
    clock.advance(MAX_AGE - DAY)
    rumour = await store.get(RID)
    assert rumour is not None and rumour.live
    clock.advance(DAY)
    rumour = await store.get(RID)
    assert rumour is not None and rumour.status is RumourStatus.CLOSED and rumour.closed_by == "age"
    event = await store.apply(report(Stage.INTEREST, "AS"))
    assert event is not None and event.kind is EventKind.NEW
    assert event.outlets == ("AS",) and event.previous_stage is None
    assert event.first_seen == event.at == datetime.fromtimestamp(clock.now, UTC)
    rumour = await store.get(RID)
    assert rumour is not None and [s for s, _ in rumour.history] == [Stage.INTEREST]


async def test_a_report_of_a_counted_outlet_still_keeps_the_rumour_live(
    store: RumourStore, clock: Clock
) -> None:
    await store.apply(report(Stage.BID, "Marca"))
    clock.advance(MAX_AGE - DAY)
    assert await store.apply(report(Stage.BID, "Marca")) is None
    clock.advance(MAX_AGE - DAY)
    again = await store.apply(report(Stage.BID, "AS"))
    assert again is not None and again.kind is EventKind.CORROBORATED


async def test_a_forward_stage_on_an_exit_rumour_is_a_change(store: RumourStore) -> None:
    # contradictory reports of one pair: subscribers hear of the change
    await store.apply(report(Stage.EXIT, "Marca"))
    event = await store.apply(report(Stage.INTEREST, "Marca"))
    assert event is not None and event.kind is EventKind.ESCALATED and event.previous_stage is Stage.EXIT


# ---- state, snapshot, stream --------------------------------------------------------------------------


async def test_snapshot_holds_the_rumour_and_its_history(store: RumourStore, clock: Clock) -> None:
    await store.apply(report(Stage.INTEREST, "Marca", tier=2, evidence="Madrid like Trent."))
    clock.advance(3600)
    await store.apply(report(Stage.BID, "The Athletic", tier=1, evidence="Madrid bid for Trent."))
    rumour = await store.get(RID)
    assert rumour is not None
    assert rumour.stage is Stage.BID and rumour.live and rumour.closed_by is None
    assert rumour.outlets == ("Marca", "The Athletic") and rumour.best_tier == 1
    assert rumour.from_club == "Liverpool" and rumour.from_club_id == "liverpool"
    assert rumour.evidence == "Madrid bid for Trent."
    assert rumour.first_seen == datetime.fromtimestamp(T0, UTC)
    assert rumour.last_seen == datetime.fromtimestamp(T0 + 3600, UTC)
    assert rumour.history == (
        (Stage.INTEREST, datetime.fromtimestamp(T0, UTC)),
        (Stage.BID, datetime.fromtimestamp(T0 + 3600, UTC)),
    )
    assert await store.get("nobody|nowhere") is None


async def test_from_club_is_filled_by_a_later_report_and_then_kept(store: RumourStore) -> None:
    first = await store.apply(report(Stage.INTEREST, "Marca", from_club=None))
    assert first is not None and first.from_club is None
    second = await store.apply(report(Stage.INTEREST, "AS", from_club=("Liverpool", "liverpool")))
    assert second is not None and second.from_club_id == "liverpool"
    third = await store.apply(report(Stage.BID, "AS", from_club=("Everton", "everton")))
    assert third is not None and third.from_club_id == "liverpool"


async def test_every_event_is_appended_to_the_stream(
    store: RumourStore, redis: aioredis.Redis, keys: Keys
) -> None:
    new = await store.apply(report(Stage.INTEREST, "Marca"))
    await store.apply(report(Stage.INTEREST, "Marca"))  # nothing
    bid = await store.apply(report(Stage.BID, "AS"))
    assert new is not None and bid is not None
    entries: list[tuple[str, dict[str, str]]] = await redis.xrange(keys.events())  # type: ignore[assignment]
    assert [event_from_json(fields["event"]) for _, fields in entries] == [new, bid]
    assert [fields["id"] for _, fields in entries] == [new.id, bid.id]


async def test_apply_many_applies_in_order_in_one_round_trip(store: RumourStore) -> None:
    first = report(Stage.INTEREST, "Marca")
    batch = [
        first,
        report(Stage.INTEREST, "AS"),
        first,  # the same report again: handled once
        report(Stage.BID, "AS"),
        report(Stage.INTEREST, "Marca", club=("Chelsea", "chelsea")),
    ]
    events = await store.apply_many(batch)
    assert [(e.kind, e.club_id) for e in events] == [
        (EventKind.NEW, "real-madrid"),
        (EventKind.CORROBORATED, "real-madrid"),
        (EventKind.ESCALATED, "real-madrid"),
        (EventKind.NEW, "chelsea"),
    ]
    assert await store.apply_many(batch) == []
    assert await store.apply_many([]) == []


async def test_event_ids_are_stable_per_report_and_distinct_per_rumour() -> None:
    a = report(Stage.BID, item="https://x/1")
    b = replace(a, claim=replace(a.claim, club="Chelsea", club_id="chelsea"))
    assert event_id(a) == event_id(replace(a, headline="changed", seen_at=datetime.now(UTC)))
    assert event_id(a) != event_id(b)


async def test_lookups_by_club_person_and_recent_newest_first(store: RumourStore, clock: Clock) -> None:
    await store.apply(report(Stage.INTEREST, "Marca"))  # Trent: Liverpool -> Real Madrid
    clock.advance(60)
    await store.apply(
        report(
            Stage.BID, "Marca", person=("Virgil van Dijk", "virgil-van-dijk"), club=("Juventus", "juventus")
        )
    )
    clock.advance(60)
    await store.apply(report(Stage.TALKS, "Marca", club=("Chelsea", "chelsea"), from_club=None))

    liverpool = await store.by_club("liverpool")
    assert [r.id for r in liverpool] == ["virgil-van-dijk|juventus", RID]  # as from_club, newest first
    assert [r.id for r in await store.by_club("chelsea")] == ["trent-alexander-arnold|chelsea"]
    assert [r.id for r in await store.by_person("trent-alexander-arnold")] == [
        "trent-alexander-arnold|chelsea",
        RID,
    ]
    assert [r.id for r in await store.by_person("trent-alexander-arnold", limit=1)] == [
        "trent-alexander-arnold|chelsea"
    ]
    since = datetime.fromtimestamp(T0 + 30, UTC)
    assert [r.id for r in await store.by_club("liverpool", since=since)] == ["virgil-van-dijk|juventus"]
    assert len(await store.recent()) == 3
    assert await store.by_club("arsenal") == []


async def test_keys_expire_so_memory_stays_bounded(
    store: RumourStore, redis: aioredis.Redis, keys: Keys, clock: Clock
) -> None:
    live_ttl = (MAX_AGE + RETENTION) * 1000
    await store.apply(report(Stage.INTEREST, "Marca", item="https://x/a"))
    for key in (
        keys.rumour(RID),
        keys.rumour_outlets(RID),
        keys.rumours_by_person("trent-alexander-arnold"),
        keys.rumours_by_club("real-madrid"),
        keys.rumours_by_club("liverpool"),
    ):
        assert live_ttl - 60_000 < await redis.pttl(key) <= live_ttl, key
    report_keys = [k async for k in redis.scan_iter(match=f"{keys.prefix}report:*")]
    assert len(report_keys) == 1 and await redis.pttl(report_keys[0]) > 0
    # a closed rumour is kept for the retention period only
    await store.apply(report(Stage.DONE, "Marca"))
    assert RETENTION * 1000 - 60_000 < await redis.pttl(keys.rumour(RID)) <= RETENTION * 1000
    assert await redis.pttl(keys.rumour_outlets(RID)) <= RETENTION * 1000
    # index entries older than the horizon are pruned by score when the index is next touched
    clock.advance(MAX_AGE + RETENTION + DAY)
    await store.apply(report(Stage.INTEREST, "Marca", club=("Chelsea", "chelsea")))
    assert await redis.zrange(keys.rumours_all(), 0, -1) == ["trent-alexander-arnold|chelsea"]
    # an index not touched since is pruned when read
    assert await store.by_club("real-madrid") == []
    assert await redis.zcard(keys.rumours_by_club("real-madrid")) == 0


async def test_expired_rumours_drop_out_of_lookups(
    store: RumourStore, redis: aioredis.Redis, keys: Keys
) -> None:
    await store.apply(report(Stage.INTEREST, "Marca"))
    await redis.delete(keys.rumour(RID))  # as if its time to live ran out
    assert await store.by_club("real-madrid") == []
    assert await redis.zcard(keys.rumours_by_club("real-madrid")) == 0


async def test_an_unknown_person_gets_a_slug_id(store: RumourStore) -> None:
    event = await store.apply(
        report(Stage.INTEREST, person=("Viktor Gyökeres", ""), club=("Arsenal", "arsenal"))
    )
    assert event is not None and event.rumour_id.startswith("?") and event.rumour_id.endswith("|arsenal")


# ---- the stream consumer --------------------------------------------------------------------------------


async def test_event_stream_hands_each_event_to_one_consumer_and_reclaims_abandoned_ones(
    store: RumourStore, redis: aioredis.Redis, keys: Keys
) -> None:
    stream = EventStream(redis, keys)
    await stream.ensure_group()
    await stream.ensure_group()  # idempotent
    a = await store.apply(report(Stage.INTEREST, "Marca"))
    b = await store.apply(report(Stage.BID, "Marca"))
    got = await stream.read("worker-1", count=10)
    assert [e for _, e in got] == [a, b]
    assert await stream.read("worker-2", count=10) == []
    # worker-1 dies before acking: after the idle time, worker-2 reclaims both
    reclaimed = await stream.read("worker-2", count=10, reclaim_idle=0.0)
    assert [e for _, e in reclaimed] == [a, b]
    await stream.ack([entry for entry, _ in reclaimed])
    assert await stream.read("worker-3", count=10, reclaim_idle=0.0) == []
    assert await redis.xlen(keys.events()) == 0
