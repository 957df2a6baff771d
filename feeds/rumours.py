"""The rumour state machine in Redis: reports in, at most one event per report out (``claims.md``).

A rumour's identity is (person, club): the id ``<person_id>|<club_id>``. It is live from its first
report until a ``done`` or ``off`` report closes it, or until :data:`MAX_AGE` passes with no report
(closed by age, decided lazily when the next report or read comes). The whole table lives in one Lua
script (:data:`_APPLY`) that reads the rumour, decides, writes the new state, updates the indexes and
appends the event to the events stream, so:

- two workers applying the same report produce one event: the report is marked with ``SET NX`` in
  the same script and the second call returns ``None``;
- the event id is derived from (item id, rumour id), so it is the same whoever handles the report;
- the hand-off to delivery is durable: the event is in the stream (``Keys.events``) as soon as the
  script returns. :class:`EventStream` reads it through a consumer group.

Decisions the table leaves open, taken here:

- outlets are counted per rumour across its stages (an outlet that reported the interest does not
  "corroborate" the bid); a revival after ``off`` starts a fresh count;
- a corroboration by a better-tier outlet makes that outlet's headline, link and evidence the ones
  shown; an escalation always shows the escalating report's;
- a change between a forward stage and ``exit``/``stay`` on one pair (contradictory reports) is an
  escalation, so subscribers hear of the change;
- ``from_club`` is the first one any report named;
- every report of a rumour (even one yielding no event) counts as "a report" for the 60 days and
  refreshes the keys' time to live, so a ``done`` deal that is still being written about stays closed.

Memory stays bounded: a rumour's keys expire :data:`RETENTION` after it closed (``MAX_AGE +
RETENTION`` after its last report while live), report markers likewise, index entries older than
that are pruned by score, and the events stream is capped (approximately) at ``stream_maxlen``.
Times are unix seconds from the injected clock; Redis time-to-live is always relative, so a test
clock in the past never expires keys early.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from feeds.keys import Keys
from feeds.models import EventKind, Report, RumourEvent, Stage

log = logging.getLogger(__name__)

DAY = 24 * 3600.0
MAX_AGE = 60 * DAY  # a live rumour with no report for this long is closed by age
RETENTION = 90 * DAY  # a closed rumour is kept this long after its last report
STREAM_MAXLEN = 100_000

# KEYS: 1 rumour hash, 2 outlets set, 3 report marker, 4 by-person zset, 5 by-club zset, 6 all zset,
#       7 events stream
# ARGV: 1 now, 2 event id, 3 rumour id, 4 stage, 5 stage rank (-1: off/exit/stay), 6 outlet, 7 tier,
#       8 person, 9 person id, 10 club, 11 club id, 12 from club, 13 from club id, 14 headline,
#       15 link, 16 evidence, 17 max age (s), 18 live ttl (ms), 19 closed ttl (ms),
#       20 by-club key prefix (for a stored from_club that differs from the report's), 21 stream maxlen,
#       22 "1" to announce the event on the stream, "0" to record it silently (seeding)
# Returns the event as JSON, or nil when the report was handled before or changes nothing.
_APPLY = """
if not redis.call('SET', KEYS[3], ARGV[2], 'NX', 'PX', ARGV[18]) then
    return false
end
local now_s = ARGV[1]
local now = tonumber(now_s)
local stage, rank, outlet, tier = ARGV[4], tonumber(ARGV[5]), ARGV[6], tonumber(ARGV[7])
local closing = stage == 'off' or stage == 'done'

local r = {}
local flat = redis.call('HGETALL', KEYS[1])
for i = 1, #flat, 2 do
    r[flat[i]] = flat[i + 1]
end

local kind, prev = nil, nil
if r.stage == nil or (r.status == 'live' and now - tonumber(r.last_seen) >= tonumber(ARGV[17])) then
    kind = 'new'
elseif r.status == 'closed' then
    if r.closed_by == 'off' and rank >= 0 then
        kind, prev = 'revived', 'off'
    end
else
    local cur_rank = tonumber(r.rank)
    local advances
    if closing then
        advances = true
    elseif rank >= 0 and cur_rank >= 0 then
        advances = rank > cur_rank
    else
        advances = stage ~= r.stage
    end
    if advances then
        kind, prev = 'escalated', r.stage
    elseif redis.call('SISMEMBER', KEYS[2], outlet) == 0 then
        kind = 'corroborated'
    end
end

local outlets, best
if kind == 'new' then
    r = {person = ARGV[8], person_id = ARGV[9], club = ARGV[10], club_id = ARGV[11],
         from_club = ARGV[12], from_club_id = ARGV[13], first_seen = now_s, history = '[]'}
end
if kind == 'new' or kind == 'revived' then
    redis.call('DEL', KEYS[2])
    redis.call('SADD', KEYS[2], outlet)
    outlets, best = {outlet}, tier
else
    outlets, best = cjson.decode(r.outlets), tonumber(r.best_tier)
    if kind ~= nil and redis.call('SADD', KEYS[2], outlet) == 1 then
        outlets[#outlets + 1] = outlet
    end
end
if kind ~= nil then
    if kind ~= 'corroborated' or tier < best then
        r.headline, r.link, r.evidence = ARGV[14], ARGV[15], ARGV[16]
    end
    if tier < best then
        best = tier
    end
    if kind ~= 'corroborated' then
        local history = cjson.decode(r.history)
        history[#history + 1] = {stage, now_s}
        r.history = cjson.encode(history)
        r.stage, r.rank = stage, ARGV[5]
        if closing then
            r.status, r.closed_by = 'closed', stage
        else
            r.status, r.closed_by = 'live', ''
        end
    end
    if (r.from_club_id or '') == '' and ARGV[13] ~= '' then
        r.from_club, r.from_club_id = ARGV[12], ARGV[13]
    end
    r.outlets, r.best_tier = cjson.encode(outlets), best
end
r.last_seen = now_s
redis.call('HSET', KEYS[1],
    'person', r.person, 'person_id', r.person_id, 'club', r.club, 'club_id', r.club_id,
    'from_club', r.from_club or '', 'from_club_id', r.from_club_id or '',
    'stage', r.stage, 'rank', r.rank, 'status', r.status, 'closed_by', r.closed_by or '',
    'outlets', r.outlets, 'best_tier', r.best_tier, 'first_seen', r.first_seen, 'last_seen', r.last_seen,
    'headline', r.headline, 'link', r.link or '', 'evidence', r.evidence, 'history', r.history)
local ttl = ARGV[18]
if r.status == 'closed' then
    ttl = ARGV[19]
end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)

local horizon = '(' .. tostring(now - tonumber(ARGV[18]) / 1000)
local indexes = {KEYS[4], KEYS[5], KEYS[6]}
if (r.from_club_id or '') ~= '' and r.from_club_id ~= r.club_id then
    indexes[#indexes + 1] = ARGV[20] .. r.from_club_id
end
for _, key in ipairs(indexes) do
    redis.call('ZADD', key, now_s, ARGV[3])
    redis.call('ZREMRANGEBYSCORE', key, '-inf', horizon)
    if key ~= KEYS[6] then
        redis.call('PEXPIRE', key, ARGV[18])
    end
end

if kind == nil then
    return false
end
local event = {
    id = ARGV[2], kind = kind, rumour_id = ARGV[3], person = r.person, person_id = r.person_id,
    club = r.club, club_id = r.club_id, stage = r.stage, outlets = outlets, best_tier = best,
    headline = r.headline, evidence = r.evidence, at = now_s, first_seen = r.first_seen,
}
if (r.from_club_id or '') ~= '' then
    event.from_club, event.from_club_id = r.from_club, r.from_club_id
end
if prev ~= nil then
    event.previous_stage = prev
end
if (r.link or '') ~= '' then
    event.link = r.link
end
local payload = cjson.encode(event)
if ARGV[22] ~= '1' then
    return payload
end
redis.call('XADD', KEYS[7], 'MAXLEN', '~', ARGV[21], '*', 'id', ARGV[2], 'event', payload)
return payload
"""


class RumourStatus(StrEnum):
    LIVE = "live"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Rumour:
    """A snapshot of one rumour, as :meth:`RumourStore.get` and the lookups return it.

    ``closed_by`` is ``"off"``, ``"done"`` or ``"age"`` for a closed rumour, ``None`` for a live one.
    ``history`` is every stage the rumour went through, with the time it was reached.
    """

    id: str
    person: str
    person_id: str
    club: str
    club_id: str
    from_club: str | None
    from_club_id: str | None
    stage: Stage
    status: RumourStatus
    closed_by: str | None
    outlets: tuple[str, ...]
    best_tier: int
    first_seen: datetime
    last_seen: datetime
    headline: str
    link: str | None
    evidence: str
    history: tuple[tuple[Stage, datetime], ...]

    @property
    def live(self) -> bool:
        return self.status is RumourStatus.LIVE


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def rumour_id(report: Report) -> str:
    """The rumour a report belongs to: ``<person_id>|<club_id>`` (``?<slug>`` for a missing id)."""
    claim = report.claim
    person = claim.person_id or f"?{_slug(claim.person)}"
    club = claim.club_id or f"?{_slug(claim.club)}"
    return f"{person}|{club}"


def _digest(text: str, size: int) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


def event_id(report: Report) -> str:
    """The id of the event a report may produce: stable, whoever handles the report and when."""
    return "ev_" + _digest(f"{report.item_id}\x00{rumour_id(report)}", 12)


def _ts(value: datetime) -> float:
    return value.timestamp()


def _dt(value: Any) -> datetime:
    return datetime.fromtimestamp(float(value), UTC)


def event_to_dict(event: RumourEvent) -> dict[str, Any]:
    """A JSON-ready dict of an event; :func:`event_from_dict` reads it back unchanged."""
    return {
        "id": event.id,
        "kind": event.kind.value,
        "rumour_id": event.rumour_id,
        "person": event.person,
        "person_id": event.person_id,
        "club": event.club,
        "club_id": event.club_id,
        "from_club": event.from_club,
        "from_club_id": event.from_club_id,
        "stage": event.stage.value,
        "previous_stage": event.previous_stage.value if event.previous_stage else None,
        "outlets": list(event.outlets),
        "best_tier": event.best_tier,
        "headline": event.headline,
        "link": event.link,
        "evidence": event.evidence,
        "at": _ts(event.at),
        "first_seen": _ts(event.first_seen),
        "extra": dict(event.extra),
    }


def event_from_dict(data: Mapping[str, Any]) -> RumourEvent:
    """An event from :func:`event_to_dict` output or from the JSON the apply script writes."""
    previous = data.get("previous_stage")
    return RumourEvent(
        id=str(data["id"]),
        kind=EventKind(data["kind"]),
        rumour_id=str(data["rumour_id"]),
        person=str(data["person"]),
        person_id=str(data["person_id"]),
        club=str(data["club"]),
        club_id=str(data["club_id"]),
        from_club=data.get("from_club") or None,
        from_club_id=data.get("from_club_id") or None,
        stage=Stage(data["stage"]),
        previous_stage=Stage(previous) if previous else None,
        outlets=tuple(str(o) for o in data["outlets"]),
        best_tier=int(data["best_tier"]),
        headline=str(data["headline"]),
        link=data.get("link") or None,
        evidence=str(data["evidence"]),
        at=_dt(data["at"]),
        first_seen=_dt(data["first_seen"]),
        extra={str(k): str(v) for k, v in (data.get("extra") or {}).items()},
    )


def event_from_json(payload: str) -> RumourEvent:
    """An event from its JSON text (the events stream's ``event`` field)."""
    return event_from_dict(json.loads(payload))


class RumourStore:
    """Rumour state in Redis: apply reports, look rumours up."""

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        *,
        clock: Callable[[], float] = time.time,
        max_age: float = MAX_AGE,
        retention: float = RETENTION,
        stream_maxlen: int = STREAM_MAXLEN,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self._clock = clock
        self._max_age = max_age
        self._retention = retention
        self._stream_maxlen = stream_maxlen
        self._apply = redis.register_script(_APPLY)
        self._club_prefix = keys.rumours_by_club("")

    async def _call(self, report: Report, client: Any = None, *, announce: bool = True) -> Any:
        claim = report.claim
        rid = rumour_id(report)
        now = self._clock()
        keys = [
            self._keys.rumour(rid),
            self._keys.rumour_outlets(rid),
            self._keys.report(_digest(report.item_id, 16), rid),
            self._keys.rumours_by_person(rid.split("|", 1)[0]),
            self._keys.rumours_by_club(rid.split("|", 1)[1]),
            self._keys.rumours_all(),
            self._keys.events(),
        ]
        args = [
            repr(now),
            event_id(report),
            rid,
            claim.stage.value,
            claim.stage.rank,
            claim.source or report.outlet,
            claim.tier,
            claim.person,
            claim.person_id or rid.split("|", 1)[0],
            claim.club,
            claim.club_id or rid.split("|", 1)[1],
            claim.from_club or "",
            (claim.from_club_id or f"?{_slug(claim.from_club)}") if claim.from_club else "",
            report.headline,
            report.link or "",
            claim.evidence,
            self._max_age,
            max(1, int((self._max_age + self._retention) * 1000)),
            max(1, int(self._retention * 1000)),
            self._club_prefix,
            self._stream_maxlen,
            "1" if announce else "0",
        ]
        return await self._apply(keys=keys, args=args, client=client)

    async def apply(self, report: Report) -> RumourEvent | None:
        """Apply one report; the event it produces, or ``None`` (handled before, or no change).

        Atomic: of two workers applying the same report, one gets the event and the other ``None``.
        """
        payload = await self._call(report)
        if payload is None:
            log.debug("report %s of %s: no event", report.item_id, rumour_id(report))
            return None
        return event_from_json(payload)

    async def apply_many(self, reports: Sequence[Report], *, announce: bool = True) -> list[RumourEvent]:
        """Apply reports in order in one round trip (one script call each); the events they produced.

        ``announce=False`` records the rumours without putting the events on the stream: a feed's
        first poll (seeding) builds the state for lookups and later corroboration, and alerts nothing.
        """
        if not reports:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for report in reports:
                await self._call(report, client=pipe, announce=announce)
            payloads: list[str | None] = await pipe.execute()
        return [event_from_json(p) for p in payloads if p is not None]

    async def get(self, rumour_id: str) -> Rumour | None:
        """The rumour's snapshot, or ``None`` if it was never reported or has expired."""
        data = cast(dict[str, str], await self._redis.hgetall(self._keys.rumour(rumour_id)))
        return self._snapshot(rumour_id, data) if data else None

    async def by_club(self, club_id: str, *, since: datetime | None = None, limit: int = 20) -> list[Rumour]:
        """Rumours to or from a club (its ``club`` or ``from_club``), newest report first."""
        found = await self._lookup(self._keys.rumours_by_club(club_id), since, limit)
        return [r for r in found if club_id in (r.club_id, r.from_club_id)]

    async def by_person(
        self, person_id: str, *, since: datetime | None = None, limit: int = 20
    ) -> list[Rumour]:
        """Rumours about a person, newest report first."""
        return await self._lookup(self._keys.rumours_by_person(person_id), since, limit)

    async def recent(self, *, since: datetime | None = None, limit: int = 50) -> list[Rumour]:
        """All rumours reported since ``since``, newest report first (for digests and listings)."""
        return await self._lookup(self._keys.rumours_all(), since, limit)

    async def _lookup(self, index: str, since: datetime | None, limit: int) -> list[Rumour]:
        horizon = self._clock() - self._max_age - self._retention
        low = max(horizon, since.timestamp()) if since is not None else horizon
        await self._redis.zremrangebyscore(index, "-inf", f"({horizon!r}")
        ids = cast(
            list[str], await self._redis.zrevrangebyscore(index, "+inf", repr(low), start=0, num=limit)
        )
        if not ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for rid in ids:
                pipe.hgetall(self._keys.rumour(rid))
            rows: list[dict[str, str]] = await pipe.execute()
        gone = [rid for rid, row in zip(ids, rows, strict=True) if not row]
        if gone:
            await self._redis.zrem(index, *gone)
        return [self._snapshot(rid, row) for rid, row in zip(ids, rows, strict=True) if row]

    def _snapshot(self, rid: str, data: Mapping[str, str]) -> Rumour:
        last_seen = float(data["last_seen"])
        status = RumourStatus(data["status"])
        closed_by = data.get("closed_by") or None
        if status is RumourStatus.LIVE and self._clock() - last_seen >= self._max_age:
            status, closed_by = RumourStatus.CLOSED, "age"
        return Rumour(
            id=rid,
            person=data["person"],
            person_id=data["person_id"],
            club=data["club"],
            club_id=data["club_id"],
            from_club=data.get("from_club") or None,
            from_club_id=data.get("from_club_id") or None,
            stage=Stage(data["stage"]),
            status=status,
            closed_by=closed_by,
            outlets=tuple(json.loads(data["outlets"])),
            best_tier=int(float(data["best_tier"])),
            first_seen=_dt(data["first_seen"]),
            last_seen=_dt(last_seen),
            headline=data["headline"],
            link=data.get("link") or None,
            evidence=data["evidence"],
            history=tuple((Stage(s), _dt(t)) for s, t in json.loads(data["history"])),
        )


class EventStream:
    """The events stream read through a consumer group: at-least-once hand-off to delivery.

    A consumer reads, routes each event (match, enqueue alerts), then acks; an event read by a consumer
    that died before acking is reclaimed by another after ``reclaim_idle`` seconds. Acked entries are
    deleted, so the stream holds only what is still to be handled.
    """

    def __init__(self, redis: aioredis.Redis, keys: Keys, *, group: str = "delivery") -> None:
        self._redis = redis
        self._key = keys.events()
        self._group = group

    async def ensure_group(self) -> None:
        """Create the consumer group (and the stream) if missing; it starts at the stream's beginning."""
        try:
            await self._redis.xgroup_create(self._key, self._group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def read(
        self, consumer: str, *, count: int = 100, block: float | None = None, reclaim_idle: float = 60.0
    ) -> list[tuple[str, RumourEvent]]:
        """Up to ``count`` (entry id, event) pairs: first events abandoned by dead consumers, then new ones.

        ``block`` is how long to wait for new events, in seconds (``None``: don't wait).
        """
        out: list[tuple[str, RumourEvent]] = []
        reclaimed = await self._redis.xautoclaim(
            self._key, self._group, consumer, min_idle_time=int(reclaim_idle * 1000), count=count
        )
        for entry_id, fields in reclaimed[1]:
            if fields:
                out.append((entry_id, event_from_json(fields["event"])))
        if len(out) < count:
            block_ms = None if block is None else max(1, int(block * 1000))
            streams: Any = await self._redis.xreadgroup(
                self._group, consumer, {self._key: ">"}, count=count - len(out), block=block_ms
            )
            for _stream, entries in streams or []:
                for entry_id, fields in entries:
                    out.append((entry_id, event_from_json(fields["event"])))
        return out

    async def ack(self, entry_ids: Sequence[str]) -> None:
        """Mark entries handled and delete them from the stream."""
        if not entry_ids:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xack(self._key, self._group, *entry_ids)
            pipe.xdel(self._key, *entry_ids)
            await pipe.execute()
