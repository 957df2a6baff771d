"""Settings: user input with clear errors, local time across DST, and the store with its schedule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import redis.asyncio as aioredis

from bot.models import DeliveryMode, TargetSettings
from bot.target_settings import (
    SettingsError,
    TargetSettingsStore,
    describe_stages,
    is_quiet,
    next_digest,
    parse_clock,
    parse_mode,
    parse_quiet_hours,
    parse_stages,
    parse_tier,
    parse_timezone,
)
from feeds.keys import Keys
from feeds.models import Stage


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_timezones_are_iana_names_spelled_canonically() -> None:
    assert parse_timezone("europe/london") == "Europe/London"
    assert parse_timezone(" America/New York ") == "America/New_York"
    with pytest.raises(SettingsError, match=r"Unknown timezone 'Mars/Olympus'.*Europe/London"):
        parse_timezone("Mars/Olympus")
    with pytest.raises(SettingsError, match="Did you mean Europe/London"):
        parse_timezone("Europe/Londn")


def test_times_of_day() -> None:
    assert parse_clock("7:30") == "07:30"
    assert parse_clock("21.05") == "21:05"
    with pytest.raises(SettingsError, match=r"'25:00' is not a time of day: hours run 00-23"):
        parse_clock("25:00")
    with pytest.raises(SettingsError, match="minutes 00-59"):
        parse_clock("10:60")
    with pytest.raises(SettingsError, match="write HH:MM"):
        parse_clock("noon")


def test_tiers() -> None:
    assert parse_tier("2") == 2
    assert parse_tier("tier 1") == 1
    assert parse_tier("any") is None
    with pytest.raises(SettingsError, match=r"Tier '9' does not exist: tiers run from 1 .* to 5"):
        parse_tier("9")
    with pytest.raises(SettingsError, match="does not exist"):
        parse_tier("0")


def test_stages() -> None:
    assert parse_stages("bid+") == {Stage.BID, Stage.TALKS, Stage.AGREED, Stage.DONE}
    assert parse_stages("bid and beyond, off") == {
        Stage.BID,
        Stage.TALKS,
        Stage.AGREED,
        Stage.DONE,
        Stage.OFF,
    }
    assert parse_stages("interest talks") == {Stage.INTEREST, Stage.TALKS}
    assert parse_stages("all") == frozenset(Stage)
    assert parse_stages("none") == frozenset()
    assert describe_stages(parse_stages("bid+, off")) == "bid+, off"
    assert describe_stages(parse_stages("interest, talks")) == "interest, talks"
    with pytest.raises(SettingsError, match="Unknown stage 'rumour': stages are interest, approach"):
        parse_stages("rumour")
    with pytest.raises(SettingsError, match="only forward stages"):
        parse_stages("off+")


def test_mode_and_quiet_hours() -> None:
    assert parse_mode("Digest") is DeliveryMode.DIGEST
    with pytest.raises(SettingsError, match=r"instant .* digest .* both"):
        parse_mode("sometimes")
    assert parse_quiet_hours("23:00-07:00") == ("23:00", "07:00")
    assert parse_quiet_hours("22:30 to 6:45") == ("22:30", "06:45")
    assert parse_quiet_hours("off") is None
    with pytest.raises(SettingsError, match="'25:00' is not a time of day"):
        parse_quiet_hours("25:00-07:00")
    with pytest.raises(SettingsError, match="differ"):
        parse_quiet_hours("07:00-07:00")


def test_quiet_hours_wrap_midnight_in_local_time() -> None:
    settings = TargetSettings(timezone="Europe/Madrid", quiet_hours=("23:00", "07:00"))
    assert is_quiet(settings, utc(2024, 6, 1, 22, 30))  # 00:30 in Madrid (UTC+2)
    assert is_quiet(settings, utc(2024, 6, 1, 21, 0))  # 23:00 local: the start is quiet
    assert not is_quiet(settings, utc(2024, 6, 1, 5, 0))  # 07:00 local: the end is not
    assert not is_quiet(settings, utc(2024, 6, 1, 12, 0))
    day = TargetSettings(quiet_hours=("09:00", "17:00"))
    assert is_quiet(day, utc(2024, 6, 1, 9, 0)) and not is_quiet(day, utc(2024, 6, 1, 17, 0))


def test_next_digest_follows_local_time_across_dst() -> None:
    london = TargetSettings(timezone="Europe/London", digest_time="08:00")
    # the night the clocks go forward (2024-03-31): 08:00 is 08:00 UTC before, 07:00 UTC after
    assert next_digest(london, utc(2024, 3, 30, 9, 0)) == (utc(2024, 3, 31, 7, 0), date(2024, 3, 31))
    assert next_digest(london, utc(2024, 3, 30, 7, 59)) == (utc(2024, 3, 30, 8, 0), date(2024, 3, 30))
    # a time in the gap (01:30 does not exist that night) goes at the first instant after it
    gap = TargetSettings(timezone="Europe/London", digest_time="01:30")
    assert next_digest(gap, utc(2024, 3, 30, 12, 0)) == (utc(2024, 3, 31, 1, 30), date(2024, 3, 31))
    # far east of UTC the local day is already the next one
    tokyo = TargetSettings(timezone="Asia/Tokyo", digest_time="07:00")
    assert next_digest(tokyo, utc(2024, 6, 1, 23, 0)) == (utc(2024, 6, 2, 22, 0), date(2024, 6, 3))
    assert next_digest(TargetSettings(), utc(2024, 6, 1)) is None
    # with no digest time, what quiet hours held goes out when they end
    quiet = TargetSettings(quiet_hours=("23:00", "07:00"))
    assert next_digest(quiet, utc(2024, 6, 1, 12, 0)) == (utc(2024, 6, 2, 7, 0), date(2024, 6, 2))


async def test_store_round_trips_and_schedules_the_digest(redis: aioredis.Redis, keys: Keys) -> None:
    now = utc(2024, 6, 1, 12, 0).timestamp()
    store = TargetSettingsStore(redis, keys, clock=lambda: now)
    assert await store.get("console") == TargetSettings()
    saved = await store.update(
        "telegram:1",
        timezone="Europe/London",
        min_tier=2,
        instant_stages=parse_stages("bid+"),
        mode=DeliveryMode.BOTH,
        digest_time="08:00",
        quiet_hours=("23:00", "07:00"),
    )
    assert await store.get("telegram:1") == saved
    assert (await store.get_many(["telegram:1", "console"]))["console"] == TargetSettings()
    assert await redis.zscore(keys.digest_due(), "telegram:1") == utc(2024, 6, 2, 7, 0).timestamp()
    assert await redis.hget(keys.target("telegram:1"), "digest_day") == "2024-06-02"
    # switching the digest off unschedules it
    await store.update("telegram:1", digest_time=None, quiet_hours=None, mode=DeliveryMode.INSTANT)
    assert await redis.zscore(keys.digest_due(), "telegram:1") is None
