"""The commands end to end through ``run_text`` / ``run_command``, on the real knowledge base and Redis."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import redis.asyncio as aioredis

from bot.commands import CallerRole, CommandDeps, Reply, Tone, run_command, run_text
from bot.models import DeliveryMode, Direction, EntityKind, Roles, Subscription
from bot.policy import AlertPolicy
from bot.target_settings import parse_stages
from feeds.keys import Keys
from feeds.models import Claim, Report, Stage
from tests.bot.commands.conftest import NOW, ContextFactory
from tests.bot.events import make_alert


def report(person: str, pid: str, club: str, cid: str, stage: Stage, item: str, **kw: object) -> Report:
    claim = Claim(
        person=person,
        club=club,
        stage=stage,
        evidence=f"{club} {stage.value} {person}.",
        tier=int(kw.pop("tier", 2)),  # type: ignore[call-overload]
        person_id=pid,
        club_id=cid,
        from_club=kw.pop("from_club", None),  # type: ignore[arg-type]
        from_club_id=kw.pop("from_club_id", None),  # type: ignore[arg-type]
        source=str(kw.pop("source", "The Athletic")),
    )
    return Report(
        claim=claim,
        item_id=item,
        outlet=claim.source,
        headline=f"{club} {stage.value}: {person}",
        link=f"https://news.example/{item}",
        published=None,
        seen_at=NOW,
    )


def text_of(reply: Reply) -> str:
    parts = [reply.title, *reply.lines]
    for section in reply.sections:
        parts += [section.heading or "", *section.lines]
        for item in section.items:
            parts += [item.title, *item.lines]
    return "\n".join(parts)


async def test_follow_resolves_and_shows_the_live_rumours_at_once(
    context: ContextFactory, deps: CommandDeps
) -> None:
    await deps.rumours.apply(
        report("Florian Wirtz", "florian-wirtz", "Liverpool", "liverpool", Stage.BID, "i1", tier=1)
    )
    await deps.rumours.apply(
        report(
            "Trent Alexander-Arnold",
            "trent-alexander-arnold",
            "Real Madrid",
            "real-madrid",
            Stage.TALKS,
            "i2",
            from_club="Liverpool",
            from_club_id="liverpool",
        )
    )
    reply = await run_text(context(), "/follow Liverpol incoming players")
    assert reply.tone is Tone.SUCCESS and reply.title == "Following Liverpool"
    (section,) = reply.sections
    assert [item.title for item in section.items] == ["Florian Wirtz → Liverpool"]  # incoming only
    (item,) = section.items
    assert item.lines[0] == "Bid · 1 outlet (tier 1)"
    assert item.link is not None and item.link.url == "https://news.example/i1"
    (sub,) = await deps.subscriptions.following("telegram:1")
    assert (sub.entity_id, sub.direction, sub.roles) == ("liverpool", Direction.INCOMING, Roles.PLAYERS)

    again = await run_text(context(), "follow Liverpool")
    assert again.title == "Updated: following Liverpool"
    assert len(again.sections[0].items) == 2


async def test_follow_an_ambiguous_name_offers_choices_that_work(context: ContextFactory) -> None:
    reply = await run_text(context(), "follow Inter outgoing")
    assert reply.title == "Which 'Inter' do you mean?"
    labels = [c.label for c in reply.choices]
    assert "Inter Milan (club, Serie A)" in labels
    chosen = next(c for c in reply.choices if c.label.startswith("Inter Milan"))
    assert chosen.action.arguments == {"name": "club:inter-milan", "direction": "outgoing", "roles": "all"}
    done = await run_text(context(), chosen.action.text)
    assert done.title == "Following Inter Milan"


async def test_national_teams_and_unknown_names_get_clear_answers(context: ContextFactory) -> None:
    nation = await run_text(context(), "follow England")
    assert nation.tone is Tone.ERROR and nation.title == "England is a national team"
    assert "name a club or a person" in nation.lines[0]
    unknown = await run_text(context(), "follow Manchestre Unitd Reserves")
    assert unknown.tone is Tone.ERROR and unknown.title.startswith("No club or person called")
    assert "Manchester United (club, Premier League)" in [c.label for c in unknown.choices]


async def test_the_follow_limit_is_a_clear_error(context: ContextFactory, deps: CommandDeps) -> None:
    for i in range(deps.subscriptions.limit):
        await deps.subscriptions.follow(Subscription("telegram:1", EntityKind.CLUB, f"c{i}", f"C{i}"))
    reply = await run_text(context(), "follow Arsenal")
    assert reply.tone is Tone.ERROR
    assert "already follows 100 clubs and people" in text_of(reply)


async def test_unfollow_following_and_stop(context: ContextFactory, deps: CommandDeps) -> None:
    await run_text(context(), "follow Arsenal")
    await run_text(context(), "follow Xabi Alonso")
    listing = await run_text(context(), "following")
    assert listing.title == "Following 2 of at most 100"
    assert [i.title for i in listing.sections[0].items] == ["Arsenal", "Xabi Alonso"]
    # "Alonso" is ambiguous in general, but this chat follows only one Alonso
    assert (await run_text(context(), "unfollow Alonso")).title == "Unfollowed Xabi Alonso"
    assert (await run_text(context(), "unfollow Chelsea")).title == "You don't follow Chelsea"
    await run_text(context(), "settings timezone Europe/London")
    stopped = await run_text(context(), "stop")
    assert stopped.title == "Stopped: this chat is forgotten" and "Removed 1 follow," in stopped.lines[0]
    assert await deps.subscriptions.following("telegram:1") == []
    assert (await deps.settings.get("telegram:1")).timezone == "UTC"


async def test_rumours_lists_claims_paged(context: ContextFactory, deps: CommandDeps) -> None:
    people = [(f"Player {i}", f"p{i}") for i in range(7)]
    for i, (name, pid) in enumerate(people):
        await deps.rumours.apply(report(name, pid, "Arsenal", "arsenal", Stage.INTEREST, f"item{i}"))
    first = await run_text(context(role=CallerRole.MEMBER), "rumours Gunners")  # everyone may read
    assert first.title == "Rumours about Arsenal, last 14 days"
    assert len(first.sections[0].items) == 5
    assert first.page is not None and (first.page.number, first.page.count) == (1, 2)
    assert first.page.next is not None and first.page.previous is None
    second = await run_text(context(role=CallerRole.MEMBER), first.page.next.text)
    assert len(second.sections[0].items) == 2
    item = second.sections[0].items[0]
    assert item.lines[1] == "First seen 1 Jun 2024, last seen 1 Jun 2024"
    assert item.lines[2].startswith("“Arsenal interest")
    empty = await run_text(context(), "rumours Chelsea 3")
    assert empty.title == "No rumours about Chelsea in the last 3 days"


async def test_settings_validation_gives_clear_errors(context: ContextFactory, deps: CommandDeps) -> None:
    bad = {
        "settings timezone Mars/Olympus": "Unknown timezone 'Mars/Olympus'",
        "settings quiet 25:00-07:00": "'25:00' is not a time of day",
        "settings tier 9": "Tier '9' does not exist",
        "settings stages rumour": "Unknown stage 'rumour'",
        "digest at 25:00": "'25:00' is not a time of day",
        "settings colour red": "field is one of timezone, tier, stages, mode, quiet",
    }
    for line, message in bad.items():
        reply = await run_text(context(), line)
        assert reply.tone is Tone.ERROR, line
        assert message in text_of(reply), (line, text_of(reply))
    assert (await deps.settings.get("telegram:1")).timezone == "UTC"  # nothing was changed

    ok = await run_text(context(), "settings stages bid and beyond")
    assert ok.tone is Tone.SUCCESS and "Stages alerted at once: bid+" in ok.lines
    await run_text(context(), "settings tier 2")
    await run_text(context(), "settings quiet 23:00-07:00")
    shown = await run_text(context(role=CallerRole.MEMBER), "settings")  # reading is open to all
    assert "Minimum tier for instant alerts: 2 or better" in shown.lines
    assert "Quiet hours: 23:00-07:00" in shown.lines
    saved = await deps.settings.get("telegram:1")
    assert saved.instant_stages == parse_stages("bid+") and saved.min_tier == 2


async def test_mode_digest_turns_the_digest_on(context: ContextFactory, deps: CommandDeps) -> None:
    reply = await run_text(context(), "settings mode digest")
    assert "The daily digest is now on, at 08:00" in reply.lines[0]
    saved = await deps.settings.get("telegram:1")
    assert saved.mode is DeliveryMode.DIGEST and saved.digest_time == "08:00"
    off = await run_text(context(), "digest off")
    assert "Mode is back to instant" in text_of(off)
    assert (await deps.settings.get("telegram:1")).digest_time is None


async def test_digest_at_status_and_now(
    context: ContextFactory, deps: CommandDeps, redis: aioredis.Redis, keys: Keys
) -> None:
    await run_text(context(), "settings timezone Europe/London")
    on = await run_text(context(), "digest at 7:30")
    assert on.title == "Digest on" and on.lines[0] == "Every day at 07:30 (Europe/London)."
    status = await run_text(context(), "digest")
    assert "Next digest: Sun 2 Jun 07:30 (Europe/London)" in status.lines
    policy = AlertPolicy(redis, keys, deps.settings, NOW.timestamp)
    await deps.settings.update("telegram:1", mode=DeliveryMode.DIGEST)
    await policy.split([make_alert("telegram:1", id="ev_9")])
    now = await run_text(context(), "digest now")
    assert now.title == "Transfer digest for Saturday 1 June 2024"
    (section,) = now.sections
    assert section.heading == "You follow Liverpool"
    assert section.items[0].buttons[0].action.text == "report event=ev_9"
    assert (await run_text(context(), "digest now")).title == "Nothing new for a digest"


async def test_only_admins_change_a_group(context: ContextFactory, deps: CommandDeps) -> None:
    member = context(target="telegram:-100", role=CallerRole.MEMBER)
    for line in ("follow Arsenal", "unfollow Arsenal", "stop", "settings tier 2", "digest at 08:00"):
        reply = await run_text(member, line)
        assert reply.title == "Only admins can do that here", line
    assert (await run_text(member, "help")).tone is Tone.INFO
    assert (await run_text(member, "following")).title == "You don't follow anything yet"
    admin = context(target="telegram:-100", role=CallerRole.ADMIN)
    assert (await run_text(admin, "follow Arsenal")).tone is Tone.SUCCESS
    assert (
        await run_command(admin, "follow", {"name": "Chelsea", "direction": "incoming"})
    ).tone is Tone.SUCCESS


async def test_a_wrong_alert_report_is_stored(
    context: ContextFactory, deps: CommandDeps, redis: aioredis.Redis, keys: Keys
) -> None:
    policy = AlertPolicy(redis, keys, deps.settings, NOW.timestamp)
    await policy.split([make_alert("telegram:-100", id="ev_5")])
    member = context(target="telegram:-100", role=CallerRole.MEMBER, caller="telegram:77")
    reply = await run_text(member, "report event=ev_5")
    assert reply.title == "Thanks, reported"
    (stored,) = await deps.feedback.list_feedback(5)
    assert (stored.event_id, stored.reporter, stored.target) == ("ev_5", "telegram:77", "telegram:-100")
    assert (await run_text(member, "report event=ev_gone")).title == "That alert is too old to report"


async def test_help_and_unknown_commands(context: ContextFactory) -> None:
    reply = await run_text(context(), "help")
    listed = "\n".join(reply.sections[0].lines)
    assert "follow NAME [incoming|outgoing|both] [players|managers|all]" in listed
    assert "report" not in listed
    one = await run_text(context(), "help rumours")
    assert "Usage: rumours NAME [DAYS] [PAGE]" in one.lines
    assert (await run_text(context(), "/dance")).title == "No command 'dance'"


def test_now_is_aware() -> None:
    assert NOW.tzinfo is UTC and NOW - timedelta(days=1) < datetime.now(UTC)
