"""Daily digests: each target's held alerts, sent once per local day at its local time.

The alert policy stores what a target's digest will contain (``Keys.digest_items``, one entry per
rumour, the latest alert). :class:`DigestService` is run every minute by the app
(:meth:`DigestService.run_due`); it sends each due digest through an injected ``send`` callable, so
every platform plugs in the same way.

Exactly once per target and local day, with any number of processes and across restarts:

- ``Keys.digest_due`` holds when each target's next digest is due; the target hash's ``digest_day``
  the local day it belongs to (both written when settings change, see ``bot.target_settings``);
- a process *claims* a due digest with one script that writes the day's marker
  (``Keys.digest_sent``) as a lease ``lease <token> <expiry>``, only when no marker exists, or the
  previous holder's lease has expired (a crash between claiming and sending loses nothing: another
  process, or the same after a restart, claims it again once the lease runs out);
- after a delivered send the marker becomes ``sent`` (kept a few days), the entries sent are removed
  (only those unchanged since: one updated meanwhile stays for tomorrow) and the next digest is
  scheduled; two processes racing for the same digest: one claims it, the other sees the lease;
- a failed send (transient, rate limited) releases the lease and retries later; a digest that is
  due while the bot is down is simply overdue when it comes back, and is sent then, once;
- nothing is sent when nothing new is held, but the day still counts as done.

A crash after the platform accepted the digest and before the marker became ``sent`` may send it
twice, the same exception the outbox makes for a message in flight.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

import redis.asyncio as aioredis

from bot.delivery import Delivered, DeliveryOutcome, Gone, Rejected, RetryAfter, Transient
from bot.models import Alert, alert_from_json
from bot.render import previous_label, stage_label, title_of
from bot.target_settings import TargetSettingsStore, digest_after_day, next_digest, zone
from feeds.keys import Keys
from feeds.models import EventKind, Stage

log = logging.getLogger(__name__)

DAY = 24 * 3600.0

# most newsworthy first: a done deal beats a bid, a collapse beats mere interest
STAGE_WEIGHT: dict[Stage, int] = {
    Stage.DONE: 9,
    Stage.AGREED: 8,
    Stage.TALKS: 7,
    Stage.BID: 6,
    Stage.OFF: 5,
    Stage.APPROACH: 4,
    Stage.EXIT: 3,
    Stage.STAY: 2,
    Stage.INTEREST: 1,
}


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One rumour in a digest: its latest state, and what happened to it since the last digest."""

    rumour_id: str
    event_id: str  # for the "report wrong alert" button
    kind: EventKind
    title: str
    stage: Stage
    stage_label: str
    previous_label: str | None  # the earlier stage of an escalation ("Off" for a revival)
    outlets: tuple[str, ...]
    best_tier: int
    headline: str
    link: str | None
    first_seen: datetime
    last_seen: datetime

    @property
    def sources_line(self) -> str:
        """ "1 outlet (tier 2)" or "3 outlets, best tier 1"."""
        if len(self.outlets) == 1:
            return f"1 outlet (tier {self.best_tier})"
        return f"{len(self.outlets)} outlets, best tier {self.best_tier}"


@dataclass(frozen=True, slots=True)
class DigestGroup:
    """The entries of one followed name ("You follow Liverpool"), most newsworthy first."""

    followed: str
    entries: tuple[DigestEntry, ...]


@dataclass(frozen=True, slots=True)
class DigestView:
    """A whole digest, platform-neutral: groups by followed name, the best group first."""

    target: str
    day: date
    title: str
    groups: tuple[DigestGroup, ...]

    @property
    def total(self) -> int:
        return sum(len(g.entries) for g in self.groups)


DigestSender = Callable[[str, DigestView], Awaitable[DeliveryOutcome]]
"""``send(target, view)``: deliver a digest; platform errors map to an outcome, never raise."""


def _entry(alert: Alert) -> DigestEntry:
    event = alert.event
    previous = previous_label(event)
    return DigestEntry(
        rumour_id=event.rumour_id,
        event_id=event.id,
        kind=event.kind,
        title=title_of(event.person, event.club, event.stage),
        stage=event.stage,
        stage_label=stage_label(event.stage),
        previous_label=previous,
        outlets=event.outlets,
        best_tier=event.best_tier,
        headline=event.headline,
        link=event.link,
        first_seen=event.first_seen,
        last_seen=event.at,
    )


def _rank(entry: DigestEntry) -> tuple[int, int, int, float]:
    return (-STAGE_WEIGHT[entry.stage], -len(entry.outlets), entry.best_tier, -entry.last_seen.timestamp())


def build_digest(target: str, day: date, alerts: Sequence[Alert]) -> DigestView:
    """Group alerts by followed name, rank by stage then corroboration (outlets, tier), newest last."""
    groups: dict[str, list[DigestEntry]] = {}
    for alert in alerts:
        groups.setdefault(alert.followed, []).append(_entry(alert))
    ordered = [
        DigestGroup(followed=name, entries=tuple(sorted(entries, key=_rank)))
        for name, entries in groups.items()
    ]
    ordered.sort(key=lambda g: (_rank(g.entries[0]), g.followed.casefold()))
    title = f"Transfer digest for {day:%A} {day.day} {day:%B %Y}"
    return DigestView(target=target, day=day, title=title, groups=tuple(ordered))


# KEYS: 1 digest:due, 2 target hash, 3 marker digest:<t>:<day>
# ARGV: 1 target, 2 day, 3 now, 4 lease value "lease <token> <expiry>", 5 marker ttl ms
# Returns 1 claimed, 0 not due or held by a live lease, -1 that day's digest was sent, -2 target gone.
_CLAIM = """
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) > tonumber(ARGV[3]) or redis.call('HGET', KEYS[2], 'digest_day') ~= ARGV[2] then
    return 0
end
if redis.call('HGET', KEYS[2], 'state') == 'gone' then
    return -2
end
local cur = redis.call('GET', KEYS[3])
if cur == 'sent' then
    return -1
end
if cur then
    local expiry = tonumber(string.match(cur, '(%S+)$'))
    if expiry and expiry > tonumber(ARGV[3]) then
        return 0
    end
end
redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
return 1
"""

# KEYS: 1 digest:due, 2 target hash, 3 marker, 4 digest zset, 5 digest items hash
# ARGV: 1 target, 2 day, 3 marker ttl ms, 4 next due ('' to unschedule), 5 next day,
#       6.. pairs (rumour id, payload) to remove when unchanged
# Marks the day sent, removes what was sent, schedules the next digest (unless settings moved it).
_FINISH = """
redis.call('SET', KEYS[3], 'sent', 'PX', ARGV[3])
for i = 6, #ARGV, 2 do
    if redis.call('HGET', KEYS[5], ARGV[i]) == ARGV[i + 1] then
        redis.call('HDEL', KEYS[5], ARGV[i])
        redis.call('ZREM', KEYS[4], ARGV[i])
    end
end
redis.call('HDEL', KEYS[2], 'digest_attempts')
if redis.call('HGET', KEYS[2], 'digest_day') == ARGV[2] then
    if ARGV[4] == '' then
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('HDEL', KEYS[2], 'digest_day')
    else
        redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
        redis.call('HSET', KEYS[2], 'digest_day', ARGV[5])
    end
end
return 1
"""

# KEYS: 1 digest:due, 2 target hash, 3 marker
# ARGV: 1 target, 2 day, 3 lease value, 4 retry at
# Gives the claim back after a failed send; the digest is tried again at ARGV[4].
_RELEASE = """
if redis.call('GET', KEYS[3]) == ARGV[3] then
    redis.call('DEL', KEYS[3])
end
redis.call('HINCRBY', KEYS[2], 'digest_attempts', 1)
if redis.call('HGET', KEYS[2], 'digest_day') == ARGV[2] then
    redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
end
return 1
"""

# KEYS: 1 digest zset, 2 digest items hash; ARGV: pairs (rumour id, payload) to remove when unchanged
_TAKE = """
for i = 1, #ARGV, 2 do
    if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[i + 1] then
        redis.call('HDEL', KEYS[2], ARGV[i])
        redis.call('ZREM', KEYS[1], ARGV[i])
    end
end
return 1
"""


class DigestService:
    """Sends each target's daily digest once per local day; safe to run in several processes.

    ``send(target, view)`` delivers one digest. ``lease`` is how long a claimed digest is reserved
    for its process (a send is cut off at ``lease / 2``); ``max_age`` drops held entries older than
    that (a digest switched off for a week does not come back with last week's news).
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        settings_store: TargetSettingsStore,
        send: DigestSender,
        *,
        clock: Callable[[], float] = time.time,
        lease: float = 300.0,
        retry_base: float = 60.0,
        retry_max: float = 3600.0,
        marker_ttl: float = 4 * DAY,
        max_age: float = 3 * DAY,
        batch: int = 200,
        concurrency: int = 16,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self._settings = settings_store
        self._send = send
        self._clock = clock
        self._lease = lease
        self._retry_base = retry_base
        self._retry_max = retry_max
        self._marker_ttl_ms = max(1, int(marker_ttl * 1000))
        self._max_age = max_age
        self._batch = batch
        self._semaphore = asyncio.Semaphore(concurrency)
        self._claim = redis.register_script(_CLAIM)
        self._finish = redis.register_script(_FINISH)
        self._release = redis.register_script(_RELEASE)
        self._take = redis.register_script(_TAKE)

    async def run_due(self, now: datetime | None = None) -> int:
        """Send every digest due at ``now`` (default: the clock); returns how many were sent."""
        at = self._clock() if now is None else now.timestamp()
        due = cast(
            list[str],
            await self._redis.zrangebyscore(
                self._keys.digest_due(), "-inf", repr(at), start=0, num=self._batch
            ),
        )
        if not due:
            return 0
        results = await asyncio.gather(*(self._guarded(target, at) for target in due))
        return sum(results)

    async def _guarded(self, target: str, at: float) -> bool:
        async with self._semaphore:
            try:
                return await self._run_target(target, at)
            except Exception:
                log.exception("digest for %s failed", target)
                return False

    def _marker_keys(self, target: str, day: str) -> list[str]:
        k = self._keys
        return [k.digest_due(), k.target(target), k.digest_sent(target, day)]

    async def _run_target(self, target: str, at: float) -> bool:
        day_raw = cast(str | None, await self._redis.hget(self._keys.target(target), "digest_day"))
        if day_raw is None:  # scheduled by an older version or half-written: schedule it again
            await self._settings.save(target, await self._settings.get(target))
            return False
        token = secrets.token_hex(8)
        lease_value = f"lease {token} {at + self._lease!r}"
        claimed = int(
            await self._claim(
                keys=self._marker_keys(target, day_raw),
                args=[target, day_raw, repr(at), lease_value, self._marker_ttl_ms],
            )
        )
        day = date.fromisoformat(day_raw)
        if claimed == -2:
            await self._redis.zrem(self._keys.digest_due(), target)
            return False
        if claimed == -1:  # that day is done (settings moved the digest within the same day)
            await self._complete(target, day, at, [])
            return False
        if claimed == 0:
            return False
        rows = await self._held(target, at)
        if not rows:
            log.debug("digest %s %s: nothing new", target, day_raw)
            await self._complete(target, day, at, [])
            return False
        view = build_digest(target, day, [alert for _rid, _payload, alert in rows])
        outcome = await self._deliver(target, view)
        pairs = [(rid, payload) for rid, payload, _alert in rows]
        match outcome:
            case Delivered():
                await self._complete(target, day, at, pairs)
                log.info("digest %s %s sent (%d rumours)", target, day_raw, view.total)
                return True
            case Rejected(reason=reason, payload=payload):
                log.error("digest %s %s rejected (%s): dropped; payload %s", target, day_raw, reason, payload)
                await self._complete(target, day, at, pairs)
                return False
            case Gone(reason=reason):
                log.warning("%s is gone (%s): deactivated, its digest dropped", target, reason)
                await self._gone(target, reason, at)
                return False
            case RetryAfter(seconds=seconds):
                await self._retry(target, day_raw, lease_value, at + max(0.0, seconds))
                return False
            case Transient(reason=reason):
                attempts = int(await self._redis.hget(self._keys.target(target), "digest_attempts") or 0)
                wait = min(self._retry_base * 2.0**attempts, self._retry_max)
                log.warning("digest %s %s: %s; retry in %.0fs", target, day_raw, reason, wait)
                await self._retry(target, day_raw, lease_value, at + wait)
                return False
        return False  # pragma: no cover

    async def _deliver(self, target: str, view: DigestView) -> DeliveryOutcome:
        try:
            return await asyncio.wait_for(self._send(target, view), timeout=self._lease / 2)
        except TimeoutError:
            return Transient(f"no answer within {self._lease / 2:g}s")
        except Exception as exc:
            log.exception("digest sender for %s raised", target)
            return Transient(f"{type(exc).__name__}: {exc}")

    async def _held(self, target: str, at: float) -> list[tuple[str, str, Alert]]:
        """The target's held entries (rumour id, stored payload, alert), dropping stale ones."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(self._keys.digest_items(target))
            pipe.zrangebyscore(self._keys.digest(target), "-inf", repr(at - self._max_age))
            items, stale_ids = cast(tuple[dict[str, str], list[str]], tuple(await pipe.execute()))
        stale = set(stale_ids)
        if stale:
            await self._take(
                keys=[self._keys.digest(target), self._keys.digest_items(target)],
                args=[v for rid in stale if rid in items for v in (rid, items[rid])],
            )
        rows: list[tuple[str, str, Alert]] = []
        for rid, payload in items.items():
            if rid in stale:
                continue
            try:
                rows.append((rid, payload, alert_from_json(payload)))
            except (ValueError, KeyError, TypeError):
                log.error("digest entry of %s unreadable, dropped: %r", target, payload[:2000])
                await self._take(
                    keys=[self._keys.digest(target), self._keys.digest_items(target)], args=[rid, payload]
                )
        return rows

    async def _complete(self, target: str, day: date, at: float, sent: Sequence[tuple[str, str]]) -> None:
        settings = await self._settings.get(target)
        nxt = next_digest(settings, datetime.fromtimestamp(at, UTC))
        if nxt is not None and nxt[1] <= day:
            nxt = digest_after_day(settings, day)
        args: list[Any] = [target, day.isoformat(), self._marker_ttl_ms]
        args += ["", ""] if nxt is None else [repr(nxt[0].timestamp()), nxt[1].isoformat()]
        args += [v for pair in sent for v in pair]
        await self._finish(
            keys=[
                *self._marker_keys(target, day.isoformat()),
                self._keys.digest(target),
                self._keys.digest_items(target),
            ],
            args=args,
        )

    async def _retry(self, target: str, day: str, lease_value: str, when: float) -> None:
        await self._release(keys=self._marker_keys(target, day), args=[target, day, lease_value, repr(when)])

    async def _gone(self, target: str, reason: str, at: float) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                self._keys.target(target), mapping={"state": "gone", "reason": reason, "since": repr(at)}
            )
            pipe.delete(self._keys.digest(target), self._keys.digest_items(target))
            pipe.zrem(self._keys.digest_due(), target)
            await pipe.execute()

    async def take_now(self, target: str, now: datetime) -> DigestView | None:
        """The digest of what is held right now, removed from the store (the ``digest now`` command);
        ``None`` when nothing is held. The scheduled digest then carries only what comes after."""
        at = now.timestamp()
        rows = await self._held(target, at)
        if not rows:
            return None
        settings = await self._settings.get(target)
        local_day = now.astimezone(zone(settings)).date()
        view = build_digest(target, local_day, [alert for _rid, _payload, alert in rows])
        await self._take(
            keys=[self._keys.digest(target), self._keys.digest_items(target)],
            args=[v for rid, payload, _alert in rows for v in (rid, payload)],
        )
        return view

    async def pending(self, target: str) -> int:
        """How many rumours the target's next digest holds so far."""
        return int(await self._redis.hlen(self._keys.digest_items(target)))

    async def next_due(self, target: str) -> datetime | None:
        """When the target's next digest is due (``None``: no digest scheduled)."""
        score = await self._redis.zscore(self._keys.digest_due(), target)
        return None if score is None else datetime.fromtimestamp(float(score), UTC)
