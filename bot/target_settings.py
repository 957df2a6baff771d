"""A target's settings: parsing user input with clear errors, local time, and the store in Redis.

Settings are one JSON field (``settings``) of the target hash (``Keys.target``), so forgetting the
target forgets them. Saving settings that move the digest also reschedules it: ``Keys.digest_due``
holds when each target's next digest is due (UTC seconds) and the target hash's ``digest_day`` the
local day that digest belongs to (the "sent once per local day" marker is keyed by it).

Times are local to the target's IANA timezone; a digest time that falls in a DST gap is sent at the
first instant after the gap, and one that occurs twice is sent at its first occurrence.

Exceptions::

    SettingsError (ValueError)   bad user input; the message says what is wrong and what is accepted
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from functools import lru_cache
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import redis.asyncio as aioredis
from rapidfuzz import process

from bot.models import DeliveryMode, TargetSettings
from feeds.keys import Keys
from feeds.models import FORWARD_STAGES, Stage

MIN_TIER, MAX_TIER = 1, 5
DEFAULT_DIGEST_TIME = "08:00"


class SettingsError(ValueError):
    """User input that is not a valid setting; ``str(err)`` is written for the user."""


# ---- parsing -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_timezone(text: str) -> str:
    """An IANA timezone name, spelled as the database spells it ("europe/london" -> "Europe/London")."""
    name = text.strip().replace(" ", "_")
    canonical = _zones().get(name.casefold())
    if canonical is None:
        close = process.extractOne(name.casefold(), list(_zones()), score_cutoff=80)
        hint = f" Did you mean {_zones()[close[0]]}?" if close else ""
        raise SettingsError(
            f"Unknown timezone {text.strip()!r}: use an IANA name such as Europe/London or "
            f"America/New_York.{hint}"
        )
    try:
        ZoneInfo(canonical)
    except ZoneInfoNotFoundError as exc:  # listed but not loadable: a broken tz database
        raise SettingsError(f"Timezone {canonical!r} is not available on this server") from exc
    return canonical


_CLOCK = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def parse_clock(text: str) -> str:
    """A local time of day as ``HH:MM`` ("7:30" -> "07:30"); hours 00-23, minutes 00-59."""
    raw = text.strip()
    match = _CLOCK.match(raw)
    if not match:
        raise SettingsError(f"{raw!r} is not a time of day: write HH:MM, e.g. 07:30 or 21:00")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise SettingsError(
            f"{raw!r} is not a time of day: hours run 00-23 and minutes 00-59, e.g. 07:30 or 21:00"
        )
    return f"{hour:02d}:{minute:02d}"


_ANY = frozenset({"any", "all", "off", "none"})


def parse_tier(text: str) -> int | None:
    """A minimum outlet tier, 1 (most reliable) to 5; ``any`` for every outlet (``None``)."""
    raw = text.strip().casefold().removeprefix("tier").strip()
    if raw in _ANY:
        return None
    if not raw.isdigit() or not MIN_TIER <= int(raw) <= MAX_TIER:
        raise SettingsError(
            f"Tier {text.strip()!r} does not exist: tiers run from {MIN_TIER} (most reliable) to "
            f"{MAX_TIER}; 'any' alerts from every outlet"
        )
    return int(raw)


def parse_stages(text: str) -> frozenset[Stage]:
    """Stages that alert at once: a list ("bid, talks, off"), ``bid+`` for bid and every later forward
    stage, ``all``, or ``none`` (everything waits for the digest)."""
    raw = text.strip().casefold()
    if raw in ("all", "any"):
        return frozenset(Stage)
    if raw == "none":
        return frozenset()
    raw = re.sub(r"\s*(and beyond|and later|onwards|or later)\b", "+", raw)
    stages: set[Stage] = set()
    for token in re.split(r"[\s,;]+", raw):
        if not token:
            continue
        plus = token.endswith("+")
        name = token.rstrip("+")
        try:
            stage = Stage(name)
        except ValueError:
            valid = ", ".join(s.value for s in Stage)
            raise SettingsError(
                f"Unknown stage {name!r}: stages are {valid}; 'bid+' means bid and beyond"
            ) from None
        if plus:
            if not stage.is_forward:
                raise SettingsError(f"'{name}+' makes no sense: only forward stages have a 'beyond'")
            stages.update(s for s in FORWARD_STAGES if s.rank >= stage.rank)
        else:
            stages.add(stage)
    if not stages:
        raise SettingsError("Name at least one stage, e.g. 'bid+', or 'all' / 'none'")
    return frozenset(stages)


def parse_mode(text: str) -> DeliveryMode:
    """``instant``, ``digest`` or ``both``."""
    try:
        return DeliveryMode(text.strip().casefold())
    except ValueError:
        raise SettingsError(
            f"Unknown mode {text.strip()!r}: instant (alerts at once), digest (once a day) or both"
        ) from None


def parse_quiet_hours(text: str) -> tuple[str, str] | None:
    """Quiet hours as ``(start, end)`` from "23:00-07:00" (or "23:00 to 07:00"); ``off`` for none."""
    raw = text.strip().casefold()
    if raw in _ANY:
        return None
    parts = [p for p in re.split(r"\s*(?:-|–|to|\s)\s*", raw) if p]
    if len(parts) != 2:
        raise SettingsError(f"Quiet hours look like 23:00-07:00 (or 'off'), not {text.strip()!r}")
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start == end:
        raise SettingsError("Quiet hours need a start and an end that differ, e.g. 23:00-07:00")
    return start, end


# ---- describing ----------------------------------------------------------------------------------


def describe_stages(stages: frozenset[Stage]) -> str:
    """The stages in words, in the form :func:`parse_stages` reads back ("bid+, off", "all")."""
    if stages == frozenset(Stage):
        return "all"
    if not stages:
        return "none"
    parts: list[str] = []
    forward = [s for s in FORWARD_STAGES if s in stages]
    if forward and forward == [s for s in FORWARD_STAGES if s.rank >= forward[0].rank]:
        parts.append(f"{forward[0].value}+" if len(forward) > 1 else forward[0].value)
    else:
        parts.extend(s.value for s in forward)
    parts.extend(s.value for s in Stage if s in stages and not s.is_forward)
    return ", ".join(parts)


def describe(settings: TargetSettings) -> list[str]:
    """One line per setting, for the ``settings`` reply."""
    tier = "any" if settings.min_tier is None else f"{settings.min_tier} or better"
    quiet = "-".join(settings.quiet_hours) if settings.quiet_hours else "off"
    return [
        f"Timezone: {settings.timezone}",
        f"Minimum tier for instant alerts: {tier}",
        f"Stages alerted at once: {describe_stages(settings.instant_stages)}",
        f"Mode: {settings.mode.value}",
        f"Daily digest: {settings.digest_time or 'off'}",
        f"Quiet hours: {quiet}",
    ]


# ---- local time ----------------------------------------------------------------------------------


def zone(settings: TargetSettings) -> ZoneInfo:
    return ZoneInfo(settings.timezone)


def _time_of(hhmm: str) -> dtime:
    hour, minute = hhmm.split(":")
    return dtime(int(hour), int(minute))


def is_quiet(settings: TargetSettings, at: datetime) -> bool:
    """Whether ``at`` falls in the target's quiet hours (local time; the range may wrap midnight)."""
    if settings.quiet_hours is None:
        return False
    local = at.astimezone(zone(settings)).time().replace(second=0, microsecond=0)
    start, end = (_time_of(t) for t in settings.quiet_hours)
    if start < end:
        return start <= local < end
    return local >= start or local < end


def digest_clock(settings: TargetSettings) -> str | None:
    """When the target's daily digest goes out (local ``HH:MM``): its digest time, else the end of its
    quiet hours (alerts held overnight come then), else ``None``."""
    if settings.digest_time:
        return settings.digest_time
    return settings.quiet_hours[1] if settings.quiet_hours else None


def local_occurrence(hhmm: str, tz: ZoneInfo, day: date) -> datetime:
    """The UTC instant of ``hhmm`` on the local ``day`` (after the gap when DST skips it)."""
    # a wall time in a DST gap does not exist; zoneinfo reads it (fold=0) with the offset before the
    # gap, which lands just after it: 02:30 on a spring-forward night becomes 03:30
    return datetime.combine(day, _time_of(hhmm), tzinfo=tz).astimezone(UTC)


def next_digest(settings: TargetSettings, after: datetime) -> tuple[datetime, date] | None:
    """The first digest strictly after ``after``: (UTC instant, local day), or ``None`` (no digest)."""
    hhmm = digest_clock(settings)
    if hhmm is None:
        return None
    tz = zone(settings)
    day = after.astimezone(tz).date() - timedelta(days=1)
    for offset in range(4):
        when = local_occurrence(hhmm, tz, day + timedelta(days=offset))
        if when > after:
            return when, day + timedelta(days=offset)
    raise AssertionError("a local time occurs within three days")  # pragma: no cover


def digest_after_day(settings: TargetSettings, day: date) -> tuple[datetime, date] | None:
    """The digest of the local day after ``day`` (to move on when ``day``'s digest is done)."""
    hhmm = digest_clock(settings)
    if hhmm is None:
        return None
    nxt = day + timedelta(days=1)
    return local_occurrence(hhmm, zone(settings), nxt), nxt


# ---- storage -------------------------------------------------------------------------------------


def settings_to_json(settings: TargetSettings) -> str:
    data: dict[str, Any] = {
        "timezone": settings.timezone,
        "min_tier": settings.min_tier,
        "instant_stages": sorted(s.value for s in settings.instant_stages),
        "mode": settings.mode.value,
        "digest_time": settings.digest_time,
        "quiet_hours": list(settings.quiet_hours) if settings.quiet_hours else None,
    }
    return json.dumps(data, separators=(",", ":"))


def settings_from_json(payload: str | None) -> TargetSettings:
    """Settings from :func:`settings_to_json` output; defaults for anything missing or unreadable."""
    if not payload:
        return TargetSettings()
    data = json.loads(payload)
    default = TargetSettings()
    stages = data.get("instant_stages")
    quiet = data.get("quiet_hours")
    return TargetSettings(
        timezone=str(data.get("timezone") or default.timezone),
        min_tier=int(data["min_tier"]) if data.get("min_tier") is not None else None,
        instant_stages=frozenset(Stage(s) for s in stages) if stages is not None else default.instant_stages,
        mode=DeliveryMode(data.get("mode") or default.mode),
        digest_time=data.get("digest_time") or None,
        quiet_hours=(str(quiet[0]), str(quiet[1])) if quiet else None,
    )


def _schedule_changed(old: TargetSettings, new: TargetSettings) -> bool:
    return (old.timezone, digest_clock(old)) != (new.timezone, digest_clock(new))


class TargetSettingsStore:
    """Target settings in Redis; saving them keeps the digest schedule in step."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, *, clock: Callable[[], float] = time.time) -> None:
        self._redis = redis
        self._keys = keys
        self._clock = clock

    async def get(self, target: str) -> TargetSettings:
        """The target's settings (defaults when it never changed any)."""
        raw = cast(str | None, await self._redis.hget(self._keys.target(target), "settings"))
        return settings_from_json(raw)

    async def get_many(self, targets: Iterable[str]) -> dict[str, TargetSettings]:
        """Settings of several targets in one round trip."""
        wanted = list(dict.fromkeys(targets))
        if not wanted:
            return {}
        async with self._redis.pipeline(transaction=False) as pipe:
            for target in wanted:
                pipe.hget(self._keys.target(target), "settings")
            rows: list[str | None] = await pipe.execute()
        return {target: settings_from_json(raw) for target, raw in zip(wanted, rows, strict=True)}

    async def save(self, target: str, settings: TargetSettings) -> TargetSettings:
        """Store the settings; when the digest moves (time, timezone, quiet hours), reschedule it."""
        zone(settings)  # a stored timezone must load
        old = await self.get(target)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._keys.target(target), "settings", settings_to_json(settings))
            pipe.sadd(self._keys.targets(), target)
            if _schedule_changed(old, settings):
                await self._schedule(pipe, target, settings)
            await pipe.execute()
        return settings

    async def update(self, target: str, **changes: Any) -> TargetSettings:
        """Change some fields (names of :class:`TargetSettings`) and save; returns the new settings."""
        return await self.save(target, replace(await self.get(target), **changes))

    async def _schedule(self, pipe: Any, target: str, settings: TargetSettings) -> None:
        now = datetime.fromtimestamp(self._clock(), UTC)
        nxt = next_digest(settings, now)
        if nxt is None:
            pipe.zrem(self._keys.digest_due(), target)
            pipe.hdel(self._keys.target(target), "digest_day")
        else:
            when, day = nxt
            pipe.zadd(self._keys.digest_due(), {target: when.timestamp()})
            pipe.hset(self._keys.target(target), "digest_day", day.isoformat())
