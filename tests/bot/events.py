"""Test helpers: rumour events and alerts with sensible defaults (Trent: Liverpool -> Real Madrid)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.models import Alert, Relation
from feeds.models import EventKind, RumourEvent, Stage

T0 = 1_717_200_000.0


def make_event(**overrides: Any) -> RumourEvent:
    fields: dict[str, Any] = {
        "id": "ev_1",
        "kind": EventKind.NEW,
        "rumour_id": "trent-alexander-arnold|real-madrid",
        "person": "Trent Alexander-Arnold",
        "person_id": "trent-alexander-arnold",
        "club": "Real Madrid",
        "club_id": "real-madrid",
        "from_club": "Liverpool",
        "from_club_id": "liverpool",
        "stage": Stage.BID,
        "previous_stage": None,
        "outlets": ("The Athletic",),
        "best_tier": 1,
        "headline": "Real Madrid submit bid for Trent Alexander-Arnold",
        "link": "https://news.example/trent-bid",
        "evidence": "Real Madrid have submitted a bid for Trent Alexander-Arnold.",
        "at": datetime.fromtimestamp(T0, UTC),
        "first_seen": datetime.fromtimestamp(T0, UTC),
    }
    fields.update(overrides)
    return RumourEvent(**fields)


def make_alert(target: str = "console", **overrides: Any) -> Alert:
    return Alert(
        target=target,
        event=make_event(**overrides),
        followed="Liverpool",
        followed_key="club:liverpool",
        relation=Relation.OUTGOING,
    )
