"""Matching events to followers: person, club (incoming), from_club (outgoing), options honoured."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from bot.matching import EVERYTHING, Matcher
from bot.models import Direction, EntityKind, Relation, Roles, Subscription
from bot.subscriptions import SubscriptionStore
from feeds.keys import Keys
from feeds.models import Stage
from tests.bot.events import make_event


@pytest.fixture
def subs(redis: aioredis.Redis, keys: Keys) -> SubscriptionStore:
    return SubscriptionStore(redis, keys)


def follow_club(target: str, club_id: str, name: str, **kw: object) -> Subscription:
    return Subscription(target, EntityKind.CLUB, club_id, name, **kw)  # type: ignore[arg-type]


def follow_person(target: str, person_id: str, name: str) -> Subscription:
    return Subscription(target, EntityKind.PERSON, person_id, name)


async def test_a_from_club_follower_gets_the_rumour_about_their_player(subs: SubscriptionStore) -> None:
    # "a Liverpool follower wants 'Real Madrid target Trent Alexander-Arnold'"
    await subs.follow(follow_club("telegram:1", "liverpool", "Liverpool"))
    (alert,) = await Matcher(subs).alerts_for(make_event(stage=Stage.INTEREST))
    assert alert.target == "telegram:1"
    assert (alert.followed, alert.followed_key, alert.relation) == (
        "Liverpool",
        "club:liverpool",
        Relation.OUTGOING,
    )
    assert alert.evidence.startswith("Real Madrid have submitted")


async def test_person_club_and_from_club_followers_all_get_it(subs: SubscriptionStore) -> None:
    await subs.follow(follow_person("telegram:1", "trent-alexander-arnold", "Trent Alexander-Arnold"))
    await subs.follow(follow_club("telegram:2", "real-madrid", "Real Madrid"))
    await subs.follow(follow_club("telegram:3", "liverpool", "Liverpool"))
    await subs.follow(follow_club("telegram:4", "arsenal", "Arsenal"))
    alerts = await Matcher(subs).alerts_for(make_event())
    assert [(a.target, a.relation) for a in alerts] == [
        ("telegram:1", Relation.PERSON),
        ("telegram:2", Relation.INCOMING),
        ("telegram:3", Relation.OUTGOING),
    ]


@pytest.mark.parametrize(
    ("direction", "club_id", "stage", "matches"),
    [
        (Direction.INCOMING, "real-madrid", Stage.BID, True),
        (Direction.OUTGOING, "real-madrid", Stage.BID, False),
        (Direction.INCOMING, "liverpool", Stage.BID, False),  # Liverpool is the club he'd leave
        (Direction.OUTGOING, "liverpool", Stage.BID, True),
        (Direction.BOTH, "liverpool", Stage.BID, True),
        # exit and stay are about the person's own club: outgoing news for its followers
        (Direction.OUTGOING, "real-madrid", Stage.EXIT, True),
        (Direction.INCOMING, "real-madrid", Stage.EXIT, False),
        (Direction.OUTGOING, "real-madrid", Stage.STAY, True),
        (Direction.INCOMING, "real-madrid", Stage.OFF, True),
    ],
)
async def test_direction_filter(
    subs: SubscriptionStore, direction: Direction, club_id: str, stage: Stage, matches: bool
) -> None:
    await subs.follow(follow_club("console", club_id, club_id, direction=direction))
    alerts = await Matcher(subs).alerts_for(make_event(stage=stage))
    assert bool(alerts) is matches


async def test_one_alert_per_target_naming_the_most_specific_follow(subs: SubscriptionStore) -> None:
    await subs.follow(follow_club("console", "liverpool", "Liverpool"))
    await subs.follow(follow_club("console", "real-madrid", "Real Madrid"))
    (alert,) = await Matcher(subs).alerts_for(make_event())
    assert (alert.followed, alert.relation) == ("Real Madrid", Relation.INCOMING)
    await subs.follow(follow_person("console", "trent-alexander-arnold", "Trent"))
    (alert,) = await Matcher(subs).alerts_for(make_event())
    assert (alert.followed, alert.relation) == ("Trent", Relation.PERSON)


async def test_a_filtered_out_follow_leaves_room_for_a_less_specific_one(subs: SubscriptionStore) -> None:
    await subs.follow(follow_club("console", "real-madrid", "Real Madrid", direction=Direction.OUTGOING))
    await subs.follow(follow_club("console", "liverpool", "Liverpool"))
    (alert,) = await Matcher(subs).alerts_for(make_event())
    assert alert.followed == "Liverpool"


async def test_role_filter_uses_the_known_role_and_lets_unknown_roles_through(
    subs: SubscriptionStore,
) -> None:
    await subs.follow(follow_club("telegram:players", "real-madrid", "Real Madrid", roles=Roles.PLAYERS))
    await subs.follow(follow_club("telegram:managers", "real-madrid", "Real Madrid", roles=Roles.MANAGERS))
    await subs.follow(follow_club("telegram:all", "real-madrid", "Real Madrid"))
    roles = {"trent-alexander-arnold": "player", "xabi-alonso": "manager"}
    matcher = Matcher(subs, role_of=roles.get)

    trent = await matcher.alerts_for(make_event())
    assert [a.target for a in trent] == ["telegram:all", "telegram:players"]
    xabi = await matcher.alerts_for(make_event(person="Xabi Alonso", person_id="xabi-alonso"))
    assert [a.target for a in xabi] == ["telegram:all", "telegram:managers"]
    unknown = await matcher.alerts_for(make_event(person="Someone", person_id="?someone"))
    assert len(unknown) == 3
    # a role carried by the event wins over the lookup
    tagged = await matcher.alerts_for(make_event(extra={"role": "manager"}))
    assert [a.target for a in tagged] == ["telegram:all", "telegram:managers"]


async def test_a_person_follow_ignores_club_options(subs: SubscriptionStore) -> None:
    await subs.follow(
        Subscription(
            "console",
            EntityKind.PERSON,
            "trent-alexander-arnold",
            "Trent",
            Direction.INCOMING,
            Roles.MANAGERS,
        )
    )
    alerts = await Matcher(subs, role_of=lambda _: "player").alerts_for(make_event(stage=Stage.EXIT))
    assert len(alerts) == 1


async def test_no_followers_no_alerts(subs: SubscriptionStore) -> None:
    assert await Matcher(subs).alerts_for(make_event(from_club=None, from_club_id=None)) == []


async def test_a_follow_everything_target_gets_all_until_it_follows_something(
    subs: SubscriptionStore,
) -> None:
    matcher = Matcher(subs, everything=["console"])
    event = make_event()
    [alert] = await matcher.alerts_for(event)
    assert alert.target == "console" and alert.followed == EVERYTHING

    await subs.follow(follow_club("console", "arsenal", "Arsenal"))
    assert await matcher.alerts_for(event) == []  # narrowed: the event is about other clubs
    await subs.follow(follow_club("console", "real-madrid", "Real Madrid"))
    [alert] = await matcher.alerts_for(event)
    assert alert.followed == "Real Madrid"
