"""Events to alerts: who follows an entity of the event, filtered by their options.

An event touches at most three entities: the person, the club (the destination for forward stages
and ``off``; the person's own club for ``exit`` and ``stay``) and ``from_club`` (the club the person
would leave). Matching reads the followers of those entities only, in one round trip.

- a person's followers get every event about them;
- a club's followers get its incoming moves, and with ``outgoing`` its people wanted elsewhere
  (as ``from_club``) or leaving or staying (``exit``/``stay`` claims about the club itself);
- role filters use the person's role when known (``event.extra["role"]`` or the ``role_of`` lookup,
  typically the knowledge base); an unknown role passes, since a missed alert is worse than an extra.

A target gets one alert per event however many of its follows match; its "why" names the most
specific follow: the person, then the club, then the club being left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from bot.models import EVERYTHING, Alert, Direction, EntityKind, Relation, Roles, Subscription, entity_key
from bot.subscriptions import SubscriptionStore
from feeds.models import RumourEvent, Stage

log = logging.getLogger(__name__)

RoleOf = Callable[[str], str | None]
"""Person id -> ``"player"``, ``"manager"`` or ``None`` when unknown."""

_ROLE_FILTER = {Roles.PLAYERS: "player", Roles.MANAGERS: "manager"}


def club_relation(stage: Stage) -> Relation:
    """How a claim's ``club`` relates to the person: where they'd go, or (exit/stay) where they are."""
    return Relation.OUTGOING if stage in (Stage.EXIT, Stage.STAY) else Relation.INCOMING


class Matcher:
    """Finds the targets an event concerns."""

    def __init__(
        self,
        subscriptions: SubscriptionStore,
        *,
        role_of: RoleOf | None = None,
        everything: Iterable[str] = (),
    ) -> None:
        """``everything``: targets that get every event until they follow something (the console when
        no platform is set up: it shows all rumours until its user narrows them with ``follow``)."""
        self._subs = subscriptions
        self._role_of = role_of
        self._everything = tuple(everything)

    def _role(self, event: RumourEvent) -> str | None:
        role = event.extra.get("role")
        if not role and self._role_of is not None:
            role = self._role_of(event.person_id)
        return role or None

    async def alerts_for(self, event: RumourEvent) -> list[Alert]:
        """One alert per target that follows an entity of the event (options honoured), by target."""
        return (await self.alerts_for_many([event]))[0]

    async def alerts_for_many(self, events: Sequence[RumourEvent]) -> list[list[Alert]]:
        """:meth:`alerts_for` of each event, reading the followers of all of them in one round trip."""
        touched = [_touched(event) for event in events]
        followers = await self._subs.followers(key for keys in touched for key, _ in keys)
        everything = [t for t in self._everything if not await self._subs.count(t)]
        return [
            self._choose(event, keys, followers, everything)
            for event, keys in zip(events, touched, strict=True)
        ]

    def _choose(
        self,
        event: RumourEvent,
        touched: Sequence[tuple[str, Relation]],
        followers: Mapping[str, Sequence[Subscription]],
        everything: Sequence[str],
    ) -> list[Alert]:
        role = self._role(event)
        chosen: dict[str, Alert] = {}
        for key, relation in touched:
            for sub in followers.get(key, ()):
                if sub.target in chosen or not _wants(sub, relation, role):
                    continue
                chosen[sub.target] = Alert(
                    target=sub.target, event=event, followed=sub.name, followed_key=key, relation=relation
                )
        for target in everything:
            if target not in chosen:
                chosen[target] = Alert(
                    target=target,
                    event=event,
                    followed=EVERYTHING,
                    followed_key=EVERYTHING,
                    relation=club_relation(event.stage),
                )
        log.debug("event %s (%s): %d alerts", event.id, event.rumour_id, len(chosen))
        return [chosen[target] for target in sorted(chosen)]


def _touched(event: RumourEvent) -> list[tuple[str, Relation]]:
    """The entity keys an event concerns, most specific first (the first match names the "why")."""
    touched: list[tuple[str, Relation]] = [
        (entity_key(EntityKind.PERSON, event.person_id), Relation.PERSON),
        (entity_key(EntityKind.CLUB, event.club_id), club_relation(event.stage)),
    ]
    if event.from_club_id and event.from_club_id != event.club_id:
        touched.append((entity_key(EntityKind.CLUB, event.from_club_id), Relation.OUTGOING))
    return touched


def _wants(sub: Subscription, relation: Relation, role: str | None) -> bool:
    if sub.kind is EntityKind.PERSON:
        return True
    if sub.direction is not Direction.BOTH and sub.direction.value != relation.value:
        return False
    wanted_role = _ROLE_FILTER.get(sub.roles)
    return wanted_role is None or role is None or role == wanted_role
