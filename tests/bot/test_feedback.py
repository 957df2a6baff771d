"""'Wrong alert' reports: kept with the item and the claim, listed newest first."""

from __future__ import annotations

import redis.asyncio as aioredis

from bot.feedback import FeedbackReport, FeedbackStore
from bot.policy import AlertPolicy
from bot.target_settings import TargetSettingsStore
from feeds.keys import Keys
from tests.bot.events import make_alert


async def test_a_report_by_event_id_keeps_the_item_and_the_claim(redis: aioredis.Redis, keys: Keys) -> None:
    policy = AlertPolicy(redis, keys, TargetSettingsStore(redis, keys), lambda: 1000.0)
    await policy.split([make_alert("telegram:1", id="ev_7")])  # routing remembers the event
    store = FeedbackStore(redis, keys, clock=lambda: 2000.0)

    report = await store.report("telegram:1", "telegram:99", "ev_7", note="  he never left  ")
    assert report is not None
    assert (report.person, report.club, report.stage, report.from_club) == (
        "Trent Alexander-Arnold",
        "Real Madrid",
        "bid",
        "Liverpool",
    )
    assert report.headline == "Real Madrid submit bid for Trent Alexander-Arnold"
    assert report.link == "https://news.example/trent-bid"
    assert report.evidence.startswith("Real Madrid have submitted a bid")
    assert (report.note, report.at, report.reporter) == ("he never left", 2000.0, "telegram:99")
    assert await store.list_feedback(10) == [report]
    assert FeedbackReport.from_json(report.to_json()) == report


async def test_unknown_events_and_listing_order(redis: aioredis.Redis, keys: Keys) -> None:
    store = FeedbackStore(redis, keys)
    assert await store.report("console", "console", "ev_missing") is None
    first = await store.report_alert(make_alert("console", id="ev_1"), "console")
    second = await store.report_alert(make_alert("console", id="ev_2"), "console")
    assert await store.list_feedback(10) == [second, first]
    assert await store.list_feedback(1) == [second]
    assert await store.list_feedback(0) == []
