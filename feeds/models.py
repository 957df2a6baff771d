"""Domain values of the feed side: feeds, items, claims, rumour events.

All frozen dataclasses; pydantic stays at the settings edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Stage(StrEnum):
    """A claim's stage (``claims.md``). Forward stages are ordered by :attr:`rank`."""

    INTEREST = "interest"
    APPROACH = "approach"
    BID = "bid"
    TALKS = "talks"
    AGREED = "agreed"
    DONE = "done"
    OFF = "off"
    EXIT = "exit"
    STAY = "stay"

    @property
    def is_forward(self) -> bool:
        return self in FORWARD_STAGES

    @property
    def rank(self) -> int:
        """Position among forward stages (interest=0 … done=5); -1 for off, exit, stay."""
        try:
            return FORWARD_STAGES.index(self)
        except ValueError:
            return -1


FORWARD_STAGES: tuple[Stage, ...] = (
    Stage.INTEREST,
    Stage.APPROACH,
    Stage.BID,
    Stage.TALKS,
    Stage.AGREED,
    Stage.DONE,
)


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed to poll, as listed in ``config/feeds.yml`` or an OPML file."""

    url: str
    outlet: str
    language: str = "en"
    interval: float = 900.0  # seconds between polls
    tier: int | None = None  # overrides the outlet's tier from the knowledge base


@dataclass(frozen=True, slots=True)
class Item:
    """One feed entry, normalised.

    ``id`` is stable across polls and feeds: the guid when it is a URL-free story id, else the
    canonical link (tracking parameters removed). ``fingerprint`` hashes the normalised title, so a
    re-published item with a new guid or date is recognised as the same item.
    """

    id: str
    title: str
    link: str | None
    summary: str  # plain text, HTML removed
    published: datetime | None  # UTC
    author: str | None = None
    categories: tuple[str, ...] = ()
    fingerprint: str = ""
    source: str = ""  # outlet name of the feed the item came from
    quoted_source: str | None = None  # e.g. Google News <source>, the publisher actually quoted


@dataclass(frozen=True, slots=True)
class Claim:
    """One rumour about one person and one club at one stage (``claims.md``).

    ``person`` and ``club`` are display names (canonical from the knowledge base when known);
    ``person_id`` / ``club_id`` are the knowledge-base ids, or a ``?slug`` for a person not in it.
    """

    person: str
    club: str
    stage: Stage
    evidence: str
    tier: int
    from_club: str | None = None
    person_id: str = ""
    club_id: str = ""
    from_club_id: str | None = None
    source: str = ""  # the outlet (or quoted outlet / journalist) the tier came from

    def to_json(self) -> dict[str, object]:
        return {
            "person": self.person,
            "club": self.club,
            "stage": self.stage.value,
            "from_club": self.from_club,
            "tier": self.tier,
            "evidence": self.evidence,
            "person_id": self.person_id,
            "club_id": self.club_id,
            "from_club_id": self.from_club_id,
            "source": self.source,
        }


class EventKind(StrEnum):
    NEW = "new"
    CORROBORATED = "corroborated"
    ESCALATED = "escalated"
    REVIVED = "revived"


@dataclass(frozen=True, slots=True)
class Report:
    """A claim as reported by one item: what the rumour state machine consumes."""

    claim: Claim
    item_id: str
    outlet: str
    headline: str
    link: str | None
    published: datetime | None
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class RumourEvent:
    """One change of a rumour, produced at most once per report (``claims.md`` table)."""

    id: str  # unique and stable: the same report never yields two ids
    kind: EventKind
    rumour_id: str  # "<person_id>|<club_id>"
    person: str
    person_id: str
    club: str
    club_id: str
    from_club: str | None
    from_club_id: str | None
    stage: Stage
    previous_stage: Stage | None
    outlets: tuple[str, ...]
    best_tier: int
    headline: str
    link: str | None
    evidence: str
    at: datetime
    first_seen: datetime
    extra: dict[str, str] = field(default_factory=dict)
