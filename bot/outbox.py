"""The durable outbox: alerts are written to Redis before any delivery is tried.

Layout (``feeds.keys``): one list per target (``outbox:<target>``, oldest first), a zset of the time
each target's head may next be tried (``outbox:due``), the event ids each target has had
(``sent:<target>``) and the message id of the alert a target has per rumour (``msg:<target>:<rid>``).
The target hash (``target:<target>``) holds the delivery lease, the transient-failure count and the
deactivation state.

The promises of ``design.md``, and how they are kept:

- **never lost**: an alert leaves its list only after its outcome is final (delivered, edited,
  rejected, or already sent). A worker *takes* a target's head by pushing the target's due time
  ``lease`` seconds ahead and recording a token; a worker killed mid-delivery leaves the head in
  place, and once the lease runs out another worker takes it again. That retry may repeat a message
  that did go out: it is counted (``redelivered``, per target and in ``delivery:stats``).
- **one target's back-off never delays another**: due times are per target, and :meth:`run_once`
  delivers to every due target concurrently; within a target, alerts go strictly in order.
- **at most once per target and event**: taking is one script that skips heads already in
  ``sent:<target>``, and a target has one holder at a time, so racing workers and duplicate
  enqueues don't double-send.
- **corroborations edit**: a ``corroborated`` alert edits ``msg:<target>:<rid>``; with no message to
  edit it is dropped here (the digest work decides what else to do with it).
- **gone** deactivates the target (``state=gone``, reason and time kept) and drops its pending alerts;
  later enqueues for it are ignored until it is reactivated. **rejected** is logged with its payload
  and dropped; **transient** failures back off exponentially (with jitter), **retry-after** waits
  exactly as long as the platform asked.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, assert_never, cast

import redis.asyncio as aioredis

from bot.delivery import Delivered, DeliveryOutcome, Gone, Notifier, Rejected, RetryAfter, Transient
from bot.models import Alert, alert_from_json, alert_to_json, event_json, platform_of
from bot.render import render_alert
from feeds.keys import Keys
from feeds.models import EventKind

log = logging.getLogger(__name__)

DAY = 24 * 3600.0

# KEYS: 1 outbox:<t>, 2 outbox:due, 3 target:<t>, 4 sent:<t>
# ARGV: 1 target, 2 now, then pairs: event id, item ("<event id>\n<alert json>")
# Returns how many items were queued (a target's alerts go in one call, in order).
_ENQUEUE = """
if redis.call('HGET', KEYS[3], 'state') == 'gone' then
    return 0
end
local queued = 0
for i = 3, #ARGV, 2 do
    if redis.call('SISMEMBER', KEYS[4], ARGV[i]) == 0 then
        redis.call('RPUSH', KEYS[1], ARGV[i + 1])
        queued = queued + 1
    end
end
if queued > 0 then
    redis.call('ZADD', KEYS[2], 'NX', ARGV[2], ARGV[1])
end
return queued
"""

# KEYS: 1 outbox:due, 2 outbox:<t>, 3 sent:<t>, 4 target:<t>, 5 delivery stats
# ARGV: 1 target, 2 now, 3 lease expiry, 4 token
# Returns {head, transient attempts so far} with the target leased to the caller, or nil.
_TAKE = """
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) > tonumber(ARGV[2]) then
    return false
end
while true do
    local head = redis.call('LINDEX', KEYS[2], 0)
    if not head then
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('HDEL', KEYS[4], 'lease')
        return false
    end
    local eid = string.sub(head, 1, string.find(head, '\\n', 1, true) - 1)
    if redis.call('SISMEMBER', KEYS[3], eid) == 0 then
        if redis.call('HEXISTS', KEYS[4], 'lease') == 1 then
            -- the previous holder never reported back: it may have sent this head already
            redis.call('HINCRBY', KEYS[4], 'redelivered', 1)
            redis.call('HINCRBY', KEYS[5], 'redelivered', 1)
        end
        redis.call('HSET', KEYS[4], 'lease', ARGV[4])
        redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
        return {head, redis.call('HGET', KEYS[4], 'attempts') or '0'}
    end
    redis.call('LPOP', KEYS[2])
    redis.call('HINCRBY', KEYS[5], 'skipped_sent', 1)
end
"""

# KEYS: 1 outbox:due, 2 outbox:<t>, 3 sent:<t>, 4 target:<t>, 5 msg:<t>:<rid>, 6 delivery stats
# ARGV: 1 target, 2 token, 3 outcome (sent|edited|rejected|dropped|retry|transient|gone), 4 event id,
#       5 now, 6 next try (retry/transient), 7 message id or '', 8 message ttl ms, 9 sent ttl ms,
#       10 reason (gone), 11 head
# Returns 1 if the caller still held the lease, else 0.
_FINISH = """
local outcome = ARGV[3]
local mine = redis.call('HGET', KEYS[4], 'lease') == ARGV[2]
redis.call('HINCRBY', KEYS[6], outcome, 1)
if outcome == 'sent' or outcome == 'edited' then
    redis.call('SADD', KEYS[3], ARGV[4])
    redis.call('PEXPIRE', KEYS[3], ARGV[9])
    if ARGV[7] ~= '' then
        redis.call('SET', KEYS[5], ARGV[7], 'PX', ARGV[8])
    end
elseif outcome == 'gone' then
    redis.call('HSET', KEYS[4], 'state', 'gone', 'reason', ARGV[10], 'since', ARGV[5])
    redis.call('HDEL', KEYS[4], 'lease', 'attempts')
    redis.call('DEL', KEYS[2])
    redis.call('ZREM', KEYS[1], ARGV[1])
    return mine and 1 or 0
end
if not mine then
    return 0
end
redis.call('HDEL', KEYS[4], 'lease')
if outcome == 'retry' or outcome == 'transient' then
    if outcome == 'transient' then
        redis.call('HINCRBY', KEYS[4], 'attempts', 1)
    end
    redis.call('ZADD', KEYS[1], ARGV[6], ARGV[1])
    return 1
end
redis.call('HDEL', KEYS[4], 'attempts')
if redis.call('LINDEX', KEYS[2], 0) == ARGV[11] then
    redis.call('LPOP', KEYS[2])
end
if redis.call('LLEN', KEYS[2]) > 0 then
    redis.call('ZADD', KEYS[1], ARGV[5], ARGV[1])
else
    redis.call('ZREM', KEYS[1], ARGV[1])
end
return 1
"""


def _item(alert: Alert, event_payload: str | None = None) -> str:
    return f"{alert.event.id}\n{alert_to_json(alert, event_payload)}"


class Outbox:
    """Writes alerts durably, per target, before delivery."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, *, clock: Callable[[], float] = time.time) -> None:
        self._redis = redis
        self._keys = keys
        self._clock = clock
        self._enqueue = redis.register_script(_ENQUEUE)

    async def enqueue(self, alerts: Sequence[Alert]) -> int:
        """Queue alerts (one round trip); returns how many were queued.

        Alerts for a deactivated target, or for an event the target already had, are ignored.
        """
        if not alerts:
            return 0
        now = repr(self._clock())
        payloads: dict[str, str] = {}
        by_target: dict[str, list[str]] = {}
        for alert in alerts:
            event = alert.event
            payload = payloads.get(event.id)
            if payload is None:
                payload = payloads[event.id] = event_json(event)
            by_target.setdefault(alert.target, []).extend((event.id, _item(alert, payload)))
        async with self._redis.pipeline(transaction=False) as pipe:
            for t, pairs in by_target.items():
                await self._enqueue(
                    keys=[
                        self._keys.outbox(t),
                        self._keys.outbox_due(),
                        self._keys.target(t),
                        self._keys.sent(t),
                    ],
                    args=[t, now, *pairs],
                    client=pipe,
                )
            results: list[int] = await pipe.execute()
        queued = sum(int(r) for r in results)
        log.debug("outbox: %d of %d alerts queued", queued, len(alerts))
        return queued

    async def pending(self, target: str) -> list[Alert]:
        """The target's queued alerts, oldest first."""
        items = cast(list[str], await self._redis.lrange(self._keys.outbox(target), 0, -1))
        return [alert_from_json(item.partition("\n")[2]) for item in items]

    async def due_at(self, target: str) -> float | None:
        """When the target's head may next be tried (``None``: nothing queued)."""
        score = await self._redis.zscore(self._keys.outbox_due(), target)
        return None if score is None else float(score)


class DeliveryWorker:
    """Delivers due alerts through the platform notifiers; any number of workers may share a Redis.

    ``notifiers`` is keyed by platform prefix (``console``, ``telegram``, ``discord``). ``lease`` is how
    long a taken head is reserved for its worker; a send is cut off at ``send_timeout`` (kept below the
    lease, so a slow platform never lets a second worker take the same head meanwhile).
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        notifiers: Mapping[str, Notifier],
        *,
        clock: Callable[[], float] = time.time,
        lease: float = 120.0,
        send_timeout: float = 60.0,
        batch: int = 100,
        burst: int = 20,
        concurrency: int = 32,
        backoff_base: float = 2.0,
        backoff_max: float = 900.0,
        idle_interval: float = 1.0,
        message_ttl: float = 90 * DAY,
        sent_ttl: float = 30 * DAY,
        rng: random.Random | None = None,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self._notifiers = dict(notifiers)
        self._clock = clock
        self._lease = lease
        self._send_timeout = min(send_timeout, lease / 2)
        self._batch = batch
        self._burst = burst
        self._semaphore = asyncio.Semaphore(concurrency)
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._idle = idle_interval
        self._message_ttl_ms = max(1, int(message_ttl * 1000))
        self._sent_ttl_ms = max(1, int(sent_ttl * 1000))
        self._rng = rng or random.Random()
        self._take = redis.register_script(_TAKE)
        self._finish = redis.register_script(_FINISH)

    def backoff(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th consecutive transient failure (1-based), with jitter."""
        delay = min(self._backoff_base * 2.0 ** max(0, attempts - 1), self._backoff_max)
        return delay * self._rng.uniform(1.0, 1.25)

    async def run_once(self) -> int:
        """Deliver what is due now, concurrently across targets; returns how many alerts went out."""
        now = self._clock()
        targets = cast(
            list[str],
            await self._redis.zrangebyscore(
                self._keys.outbox_due(), "-inf", repr(now), start=0, num=self._batch
            ),
        )
        if not targets:
            return 0
        counts = await asyncio.gather(*(self._drain(target) for target in targets))
        return sum(counts)

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until ``stop`` is set; errors are logged and never end the loop."""
        while not stop.is_set():
            delivered = 0
            try:
                delivered = await self.run_once()
            except Exception:
                log.exception("delivery round failed")
            if delivered:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=await self._idle_for())

    async def _idle_for(self) -> float:
        try:
            head = cast(
                list[tuple[str, float]],
                await self._redis.zrange(self._keys.outbox_due(), 0, 0, withscores=True),
            )
        except Exception:
            log.exception("could not read the outbox schedule")
            return self._idle
        if not head:
            return self._idle
        return min(self._idle, max(0.01, head[0][1] - self._clock()))

    async def stats(self) -> dict[str, int]:
        """Delivery counters since the data began: sent, edited, retry, transient, gone, redelivered…"""
        raw = cast(dict[str, str], await self._redis.hgetall(self._keys.delivery_stats()))
        return {name: int(value) for name, value in raw.items()}

    def _target_keys(self, target: str) -> tuple[str, str, str, str]:
        k = self._keys
        return k.outbox_due(), k.outbox(target), k.sent(target), k.target(target)

    async def _drain(self, target: str) -> int:
        """Deliver the target's due alerts in order, up to ``burst``, stopping at the first back-off."""
        delivered = 0
        async with self._semaphore:
            for _ in range(self._burst):
                token = secrets.token_hex(8)
                now = self._clock()
                taken = await self._take(
                    keys=[*self._target_keys(target), self._keys.delivery_stats()],
                    args=[target, repr(now), repr(now + self._lease), token],
                )
                if taken is None:
                    break
                head, attempts = cast(list[str], taken)
                final, sent = await self._deliver_head(target, token, head, int(attempts))
                delivered += sent
                if not final:
                    break
        return delivered

    async def _deliver_head(self, target: str, token: str, head: str, attempts: int) -> tuple[bool, int]:
        """Deliver one taken head; (whether the target may go on to its next alert, alerts sent)."""
        event_id, _, payload = head.partition("\n")
        try:
            alert = alert_from_json(payload)
        except (ValueError, KeyError, TypeError):
            log.error("outbox item for %s unreadable, dropped: %r", target, head[:2000], exc_info=True)
            await self._report(target, token, head, event_id, None, "dropped")
            return True, 0
        outcome, edit = await self._attempt(alert)
        if outcome is None:  # a corroboration with nothing to edit
            log.debug("no message of %s for %s to edit; %s dropped", alert.event.rumour_id, target, event_id)
            await self._report(target, token, head, event_id, alert, "dropped")
            return True, 0
        return await self._settle(target, token, head, alert, outcome, edit, attempts)

    async def _attempt(self, alert: Alert) -> tuple[DeliveryOutcome | None, bool]:
        """Ask the platform; (outcome or ``None`` when there is nothing to edit, whether it was an edit)."""
        notifier = self._notifiers.get(platform_of(alert.target))
        if notifier is None:
            return Transient(f"no notifier for platform {platform_of(alert.target)!r}"), False
        view = render_alert(alert)
        edit = alert.event.kind is EventKind.CORROBORATED
        try:
            if edit:
                message_id = await self._redis.get(self._keys.message(alert.target, alert.event.rumour_id))
                if message_id is None:
                    return None, True
                call = notifier.edit(alert, view, str(message_id))
            else:
                call = notifier.send(alert, view)
            return await asyncio.wait_for(call, timeout=self._send_timeout), edit
        except TimeoutError:
            return Transient(f"no answer within {self._send_timeout:g}s"), edit
        except Exception as exc:
            log.exception("notifier for %s raised", alert.target)
            return Transient(f"{type(exc).__name__}: {exc}"), edit

    async def _settle(
        self,
        target: str,
        token: str,
        head: str,
        alert: Alert,
        outcome: DeliveryOutcome,
        edit: bool,
        attempts: int,
    ) -> tuple[bool, int]:
        event_id = alert.event.id
        now = self._clock()
        match outcome:
            case Delivered(message_id=message_id):
                name = "edited" if edit else "sent"
                await self._report(target, token, head, event_id, alert, name, message_id=message_id)
                log.info("%s %s to %s", name, event_id, target)
                return True, 1
            case RetryAfter(seconds=seconds):
                wait = max(0.0, seconds)
                log.info("%s rate limited: retry %s in %.1fs", target, event_id, wait)
                await self._report(target, token, head, event_id, alert, "retry", next_try=now + wait)
                return False, 0
            case Transient(reason=reason):
                wait = self.backoff(attempts + 1)
                log.warning(
                    "%s: transient failure #%d for %s (%s); retry in %.1fs",
                    target,
                    attempts + 1,
                    event_id,
                    reason,
                    wait,
                )
                await self._report(target, token, head, event_id, alert, "transient", next_try=now + wait)
                return False, 0
            case Gone(reason=reason):
                log.warning("%s is gone (%s): deactivated, its pending alerts dropped", target, reason)
                await self._report(target, token, head, event_id, alert, "gone", reason=reason)
                return False, 0
            case Rejected(reason=reason, payload=rejected):
                log.error(
                    "%s rejected %s (%s): dropped; payload %s; view %r",
                    target,
                    event_id,
                    reason,
                    rejected,
                    render_alert(alert),
                )
                await self._report(target, token, head, event_id, alert, "rejected")
                return True, 0
            case _:
                assert_never(outcome)

    async def _report(
        self,
        target: str,
        token: str,
        head: str,
        event_id: str,
        alert: Alert | None,
        outcome: str,
        *,
        message_id: str | None = None,
        next_try: float = 0.0,
        reason: str = "",
    ) -> None:
        rid = alert.event.rumour_id if alert is not None else ""
        args: list[Any] = [
            target,
            token,
            outcome,
            event_id,
            repr(self._clock()),
            repr(next_try),
            message_id or "",
            self._message_ttl_ms,
            self._sent_ttl_ms,
            reason,
            head,
        ]
        mine = await self._finish(
            keys=[*self._target_keys(target), self._keys.message(target, rid), self._keys.delivery_stats()],
            args=args,
        )
        if not int(mine):
            log.warning(
                "%s: lease on %s expired before its outcome (%s) came back", target, event_id, outcome
            )
