"""Domain values of the bot side: subscriptions, alerts, target settings and state.

All frozen dataclasses. A subscription is stored as JSON (:meth:`Subscription.options_json`) under
both the target's follows and the entity's followers, so either side rebuilds the whole value; an
alert is stored in the outbox as JSON (:func:`alert_to_json`).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from enum import StrEnum

from feeds.models import RumourEvent, Stage
from feeds.rumours import event_from_dict, event_to_dict

PLATFORMS = ("console", "telegram", "discord")


def platform_of(target: str) -> str:
    """The platform prefix of a target (``telegram:123`` -> ``telegram``, ``console`` -> ``console``)."""
    return target.split(":", 1)[0]


def check_target(target: str) -> str:
    """``target`` if it is written as in ``design.md``; ``ValueError`` otherwise."""
    platform, _, rest = target.partition(":")
    parts = rest.split(":") if rest else []
    ok = (
        (platform == "console" and not parts)
        or (platform == "telegram" and 1 <= len(parts) <= 2 and all(parts))
        or (platform == "discord" and len(parts) == 1 and parts[0] != "")
    )
    if not ok:
        raise ValueError(f"not a target: {target!r} (telegram:<chat>[:<thread>], discord:<channel>, console)")
    return target


class EntityKind(StrEnum):
    CLUB = "club"
    PERSON = "person"


class Direction(StrEnum):
    """Which moves of a followed club to hear about (ignored for a followed person)."""

    INCOMING = "incoming"  # people the club may sign or appoint
    OUTGOING = "outgoing"  # its people wanted elsewhere, leaving, or staying
    BOTH = "both"


class Roles(StrEnum):
    """Whose moves of a followed club to hear about (ignored for a followed person)."""

    PLAYERS = "players"
    MANAGERS = "managers"
    ALL = "all"


class Relation(StrEnum):
    """How an event touches a followed entity: the person, the club they'd join, or the one they'd leave."""

    PERSON = "person"
    INCOMING = "incoming"
    OUTGOING = "outgoing"


def entity_key(kind: EntityKind, entity_id: str) -> str:
    """The key naming an entity in follows and followers: ``club:<id>`` or ``person:<id>``."""
    return f"{kind.value}:{entity_id}"


@dataclass(frozen=True, slots=True)
class Subscription:
    """A target following one club or person.

    ``name`` is the display name at the time of following (for listings and the alert's "why").
    ``direction`` and ``roles`` filter a club's events; a followed person gets every event about them.
    """

    target: str
    kind: EntityKind
    entity_id: str
    name: str
    direction: Direction = Direction.BOTH
    roles: Roles = Roles.ALL
    since: float = 0.0  # unix seconds when it was followed

    @property
    def entity_key(self) -> str:
        return entity_key(self.kind, self.entity_id)

    def options_json(self) -> str:
        """What the stores keep for the subscription (the target and entity are the hash keys)."""
        return json.dumps(
            {
                "name": self.name,
                "direction": self.direction.value,
                "roles": self.roles.value,
                "since": self.since,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_options(cls, target: str, key: str, options: str) -> Subscription:
        """Rebuild a subscription from a stored entity key and its :meth:`options_json`."""
        kind, _, entity_id = key.partition(":")
        data = json.loads(options)
        return cls(
            target=target,
            kind=EntityKind(kind),
            entity_id=entity_id,
            name=str(data.get("name") or entity_id),
            direction=Direction(data.get("direction", Direction.BOTH)),
            roles=Roles(data.get("roles", Roles.ALL)),
            since=float(data.get("since", 0.0)),
        )


EVERYTHING = "everything"
"""The ``followed`` name and key of an alert sent to a follow-everything target (the console)."""


@dataclass(frozen=True, slots=True)
class Alert:
    """One event for one target, and why the target gets it.

    ``followed`` is the display name of the follow that matched (the most specific one when several
    did), ``relation`` how the event touches it; the evidence sentence is the event's.
    """

    target: str
    event: RumourEvent
    followed: str
    followed_key: str
    relation: Relation

    @property
    def evidence(self) -> str:
        return self.event.evidence


def event_json(event: RumourEvent) -> str:
    """An event's JSON as it appears inside :func:`alert_to_json` (serialise once, use per target)."""
    return json.dumps(event_to_dict(event), ensure_ascii=False, separators=(",", ":"))


def alert_to_json(alert: Alert, event_payload: str | None = None) -> str:
    """The outbox form of an alert; :func:`alert_from_json` reads it back unchanged.

    ``event_payload``: the event's :func:`event_json`, when the caller has it already (one event
    fans out to many targets, and serialising it is most of the cost).
    """
    dump = functools.partial(json.dumps, ensure_ascii=False)
    payload = event_payload if event_payload is not None else event_json(alert.event)
    return (
        f'{{"target":{dump(alert.target)},"event":{payload},"followed":{dump(alert.followed)},'
        f'"followed_key":{dump(alert.followed_key)},"relation":{dump(alert.relation.value)}}}'
    )


def alert_from_json(payload: str) -> Alert:
    """An alert from :func:`alert_to_json` output."""
    data = json.loads(payload)
    return Alert(
        target=str(data["target"]),
        event=event_from_dict(data["event"]),
        followed=str(data["followed"]),
        followed_key=str(data["followed_key"]),
        relation=Relation(data["relation"]),
    )


class DeliveryMode(StrEnum):
    """How a target hears of rumours: alerts at once, a daily digest, or both."""

    INSTANT = "instant"
    DIGEST = "digest"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class TargetSettings:
    """A target's preferences; validated and stored by :mod:`bot.target_settings`.

    ``timezone``: IANA name; digest time and quiet hours are local to it.
    ``min_tier``: only outlets at this tier or better (1 is best) alert instantly (``None``: all).
    ``instant_stages``: stages alerted at once; the others wait for the digest.
    ``mode``: instant alerts, digest only, or both (instant and again in the digest).
    ``digest_time``: local ``HH:MM`` of the daily digest (``None``: no digest).
    ``quiet_hours``: local ``(start, end)`` ``HH:MM`` during which instant alerts are held for the
    digest (sent at ``digest_time``, or at the end of the quiet hours when there is no digest).
    """

    timezone: str = "UTC"
    min_tier: int | None = None
    instant_stages: frozenset[Stage] = field(default_factory=lambda: frozenset(Stage))
    mode: DeliveryMode = DeliveryMode.INSTANT
    digest_time: str | None = None
    quiet_hours: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class TargetState:
    """Whether a target receives alerts; a deactivated one keeps the reason and when it happened."""

    active: bool = True
    reason: str | None = None
    since: float | None = None
