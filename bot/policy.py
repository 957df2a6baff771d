"""The alert policy: which alerts go out at once and which wait for the target's digest.

For each alert, the target's settings decide (:func:`route`):

- ``digest`` mode: everything waits for the digest;
- ``corroborated``: goes out at once, whatever the hour or tier: the outbox edits the message the
  target already has (silent on both platforms) or drops it when there is none. It also updates the
  digest entry of that rumour when one is held (and in ``both`` mode always adds one), so a digest
  shows the latest outlet count, keeping the entry's "new" or "escalated from" wording;
- ``new``, ``escalated``, ``revived``: go out at once when the outlet tier is good enough
  (``min_tier``), the stage is one of ``instant_stages`` and the local time is outside quiet hours.
  Otherwise they wait: quiet-hour alerts for the digest (or the end of the quiet hours), alerts held
  back by tier or stage only when the target has a daily digest, else they are dropped;
- ``both`` mode: every alert is also kept for the digest;
- an alert that goes out at once refreshes the digest entry of its rumour when one is held, so the
  digest never shows an older stage than the target already saw.

Held alerts are stored in Redis before :meth:`AlertPolicy.split` returns, one entry per target and
rumour (``Keys.digest_items`` and ``Keys.digest``; the latest alert wins). Storing is idempotent, so a
batch routed twice after a crash holds nothing twice. A deactivated target holds nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import redis.asyncio as aioredis

from bot.feedback import remember_events
from bot.models import Alert, DeliveryMode, TargetSettings, alert_to_json
from bot.target_settings import TargetSettingsStore, digest_clock, is_quiet
from feeds.keys import Keys
from feeds.models import EventKind

log = logging.getLogger(__name__)


class Hold(StrEnum):
    """What an alert does to the target's digest."""

    ADD = "add"  # keep it for the digest
    REFRESH = "refresh"  # update the digest entry of its rumour, if one is held
    NO = "no"


@dataclass(frozen=True, slots=True)
class Route:
    instant: bool
    hold: Hold


# KEYS: 1 digest zset (rumour id -> time held), 2 digest items hash, 3 target hash
# ARGV: 1 rumour id, 2 alert json, 3 now, 4 hold (add|refresh), 5 event kind, 6 stage
# Returns 1 when the alert is held, else 0.
_HOLD = """
if redis.call('HGET', KEYS[3], 'state') == 'gone' then
    return 0
end
local old = redis.call('HGET', KEYS[2], ARGV[1])
if not old and ARGV[4] == 'refresh' then
    return 0
end
local payload = ARGV[2]
if old and ARGV[5] == 'corroborated' then
    -- a corroboration updates the counts but keeps what the entry says happened ("new", "escalated")
    local prev, alert = cjson.decode(old), cjson.decode(ARGV[2])
    if prev.event.stage == ARGV[6] then
        alert.event.kind = prev.event.kind
        alert.event.previous_stage = prev.event.previous_stage
        payload = cjson.encode(alert)
    end
end
redis.call('HSET', KEYS[2], ARGV[1], payload)
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
"""


def _effective_mode(settings: TargetSettings) -> DeliveryMode:
    # a digest mode with no digest to send would swallow alerts: treat it as instant
    if settings.mode is not DeliveryMode.INSTANT and digest_clock(settings) is None:
        return DeliveryMode.INSTANT
    return settings.mode


def route(alert: Alert, settings: TargetSettings, at: datetime) -> Route:
    """Where one alert goes for a target with ``settings`` at time ``at`` (rules in the module doc)."""
    mode = _effective_mode(settings)
    event = alert.event
    if mode is DeliveryMode.DIGEST:
        return Route(instant=False, hold=Hold.ADD)
    both = mode is DeliveryMode.BOTH
    # a target with neither digest nor quiet hours never holds anything: nothing to refresh
    # (most targets; it saves a script call per instant alert)
    refresh = Hold.REFRESH if settings.digest_time or settings.quiet_hours else Hold.NO
    if event.kind is EventKind.CORROBORATED:
        return Route(instant=True, hold=Hold.ADD if both else refresh)
    passes = (settings.min_tier is None or event.best_tier <= settings.min_tier) and (
        event.stage in settings.instant_stages
    )
    quiet = is_quiet(settings, at)
    if passes and not quiet:
        return Route(instant=True, hold=Hold.ADD if both else refresh)
    if both or settings.digest_time or (quiet and passes):
        return Route(instant=False, hold=Hold.ADD)
    return Route(instant=False, hold=Hold.NO)


class AlertPolicy:
    """Splits alerts into those sent at once and those held (durably) for each target's digest.

    The router calls :meth:`split` and enqueues the instant ones; ``bot.digest`` sends the held ones.
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        keys: Keys,
        settings_store: TargetSettingsStore,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis
        self._keys = keys
        self._settings = settings_store
        self._clock = clock
        self._hold = redis.register_script(_HOLD)

    async def split(self, alerts: Sequence[Alert]) -> tuple[list[Alert], list[Alert]]:
        """(instant, held): the alerts to enqueue now, and those now stored for the digest.

        An alert may be in both lists (``both`` mode, or a refreshed digest entry); an alert in
        neither was held back by the target's settings and has no digest to wait for.
        """
        if not alerts:
            return [], []
        now = self._clock()
        at = datetime.fromtimestamp(now, UTC)
        settings = await self._settings.get_many(a.target for a in alerts)
        routes = [route(alert, settings[alert.target], at) for alert in alerts]
        stored: list[Alert] = []
        async with self._redis.pipeline(transaction=False) as pipe:
            for alert, decided in zip(alerts, routes, strict=True):
                if decided.hold is Hold.NO:
                    continue
                stored.append(alert)
                await self._hold(
                    keys=[
                        self._keys.digest(alert.target),
                        self._keys.digest_items(alert.target),
                        self._keys.target(alert.target),
                    ],
                    args=[
                        alert.event.rumour_id,
                        alert_to_json(alert),
                        repr(now),
                        decided.hold.value,
                        alert.event.kind.value,
                        alert.event.stage.value,
                    ],
                    client=pipe,
                )
            remember_events(pipe, self._keys, (a.event for a in alerts))
            results = await pipe.execute()
        held = [alert for alert, result in zip(stored, results[: len(stored)], strict=True) if int(result)]
        instant = [alert for alert, decided in zip(alerts, routes, strict=True) if decided.instant]
        log.debug("policy: %d alerts, %d instant, %d held", len(alerts), len(instant), len(held))
        return instant, held
