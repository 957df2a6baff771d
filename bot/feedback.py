""" "Wrong alert" reports: kept with the item and the claim, so mistakes become test cases.

Every alert carries a "report wrong alert" button whose payload is just the event id (it fits
Telegram's 64-byte callback data). To turn that id back into the item and the claim, the alert
policy remembers each event it routes (:func:`remember_events`, ``Keys.event_ref``, kept
:data:`EVENT_TTL`). A report is one JSON line pushed on ``Keys.feedback`` (newest first, capped at
:data:`MAX_REPORTS`); :meth:`FeedbackStore.list_feedback` reads them for ``rumourbot kb feedback``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, cast

import redis.asyncio as aioredis

from bot.models import Alert
from feeds.keys import Keys
from feeds.models import RumourEvent
from feeds.rumours import event_from_json, event_to_dict

log = logging.getLogger(__name__)

EVENT_TTL = 30 * 24 * 3600.0  # an alert older than this can no longer be reported
MAX_REPORTS = 10_000


@dataclass(frozen=True, slots=True)
class FeedbackReport:
    """One "wrong alert" report: who reported what, with the item (headline, link) and the claim."""

    at: float  # unix seconds
    target: str
    reporter: str
    event_id: str
    rumour_id: str
    headline: str
    link: str | None
    person: str
    person_id: str
    club: str
    club_id: str
    from_club: str | None
    stage: str
    evidence: str
    outlets: tuple[str, ...]
    best_tier: int
    note: str = ""

    def to_json(self) -> str:
        """One JSON line (what ``rumourbot kb feedback`` prints)."""
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, payload: str) -> FeedbackReport:
        data = json.loads(payload)
        data["outlets"] = tuple(data.get("outlets") or ())
        return cls(**data)


def remember_events(pipe: Any, keys: Keys, events: Iterable[RumourEvent], *, ttl: float = EVENT_TTL) -> None:
    """Queue on ``pipe`` the writes that let an event be reported by its id later."""
    ttl_ms = max(1, int(ttl * 1000))
    for event in {e.id: e for e in events}.values():
        payload = json.dumps(event_to_dict(event), ensure_ascii=False, separators=(",", ":"))
        pipe.set(keys.event_ref(event.id), payload, px=ttl_ms)


class FeedbackStore:
    """Stores and lists "wrong alert" reports."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, *, clock: Callable[[], float] = time.time) -> None:
        self._redis = redis
        self._keys = keys
        self._clock = clock

    async def report(
        self, target: str, reporter: str, event_id: str, *, note: str = ""
    ) -> FeedbackReport | None:
        """Report the alert of ``event_id`` as wrong; ``None`` when that event is unknown (expired)."""
        payload = cast(str | None, await self._redis.get(self._keys.event_ref(event_id)))
        if payload is None:
            return None
        return await self._store(target, reporter, event_from_json(payload), note)

    async def report_alert(self, alert: Alert, reporter: str, *, note: str = "") -> FeedbackReport:
        """Report an alert the caller still has in hand."""
        return await self._store(alert.target, reporter, alert.event, note)

    async def _store(self, target: str, reporter: str, event: RumourEvent, note: str) -> FeedbackReport:
        report = FeedbackReport(
            at=self._clock(),
            target=target,
            reporter=reporter,
            event_id=event.id,
            rumour_id=event.rumour_id,
            headline=event.headline,
            link=event.link,
            person=event.person,
            person_id=event.person_id,
            club=event.club,
            club_id=event.club_id,
            from_club=event.from_club,
            stage=event.stage.value,
            evidence=event.evidence,
            outlets=event.outlets,
            best_tier=event.best_tier,
            note=note.strip()[:500],
        )
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.lpush(self._keys.feedback(), report.to_json())
            pipe.ltrim(self._keys.feedback(), 0, MAX_REPORTS - 1)
            await pipe.execute()
        log.info("%s reported %s (%s) as wrong", reporter, event.id, event.rumour_id)
        return report

    async def list_feedback(self, limit: int = 50) -> list[FeedbackReport]:
        """The latest reports, newest first."""
        if limit <= 0:
            return []
        rows = cast(list[str], await self._redis.lrange(self._keys.feedback(), 0, limit - 1))
        return [FeedbackReport.from_json(row) for row in rows]
