"""``follow``, ``unfollow``, ``following`` and ``stop``: what a target follows."""

from __future__ import annotations

from bot.commands.common import resolve_name, rumour_item
from bot.commands.context import CommandContext
from bot.commands.reply import Action, Button, Item, Reply, Section, Tone, error, page_of, paged
from bot.models import Direction, EntityKind, Roles, Subscription
from bot.resolve import Candidate
from bot.subscriptions import FollowLimitError
from bot.target_settings import zone
from feeds.models import Stage
from feeds.rumours import Rumour

LIVE_SHOWN = 5  # live rumours shown with a new follow
FOLLOWING_PAGE = 25

_DIRECTION_WORDS = {
    Direction.INCOMING: "incoming moves",
    Direction.OUTGOING: "outgoing moves",
    Direction.BOTH: "incoming and outgoing moves",
}
_ROLE_WORDS = {Roles.PLAYERS: "players", Roles.MANAGERS: "managers", Roles.ALL: "players and managers"}


def describe_follow(sub: Subscription) -> str:
    if sub.kind is EntityKind.PERSON:
        return "every rumour about them"
    return f"{_DIRECTION_WORDS[sub.direction]}, {_ROLE_WORDS[sub.roles]}"


def _wanted(ctx: CommandContext, sub: Subscription, rumour: Rumour) -> bool:
    """Whether a follow's options would alert on this rumour (as ``bot.matching`` decides)."""
    if sub.kind is EntityKind.PERSON:
        return True
    at_club = rumour.stage in (Stage.EXIT, Stage.STAY)
    incoming = rumour.club_id == sub.entity_id and not at_club
    if sub.direction is Direction.INCOMING and not incoming:
        return False
    if sub.direction is Direction.OUTGOING and incoming:
        return False
    role = ctx.deps.resolver.role_of(rumour.person_id)
    wanted = {Roles.PLAYERS: "player", Roles.MANAGERS: "manager"}.get(sub.roles)
    return wanted is None or role is None or role == wanted


async def _live_rumours(ctx: CommandContext, sub: Subscription) -> list[Rumour]:
    store = ctx.deps.rumours
    if sub.kind is EntityKind.CLUB:
        found = await store.by_club(sub.entity_id, limit=100)
    else:
        found = await store.by_person(sub.entity_id, limit=100)
    return [r for r in found if r.live and _wanted(ctx, sub, r)]


async def follow(ctx: CommandContext, name: str, direction: str = "both", roles: str = "all") -> Reply:
    """Follow a club or person; the answer shows the live rumours about it at once."""
    found = resolve_name(ctx, name, "follow", {"direction": direction, "roles": roles})
    if isinstance(found, Reply):
        return found
    sub = Subscription(
        target=ctx.target,
        kind=found.entity_kind,
        entity_id=found.id,
        name=found.name,
        direction=Direction(direction),
        roles=Roles(roles),
        since=ctx.now.timestamp(),
    )
    try:
        new = await ctx.deps.subscriptions.follow(sub)
    except FollowLimitError as exc:
        return error("You follow too many clubs and people", str(exc), "See them with: following")
    live = await _live_rumours(ctx, sub)
    tz = zone(await ctx.deps.settings.get(ctx.target))
    lines = [f"You'll hear about {describe_follow(sub)}."]
    if found.kind == "person" and (direction, roles) != ("both", "all"):
        lines.append("(Direction and roles apply to clubs; a person is followed in full.)")
    sections: tuple[Section, ...] = ()
    if live:
        shown = tuple(rumour_item(r, tz) for r in live[:LIVE_SHOWN])
        more = len(live) - len(shown)
        extra = (f"…and {more} more: rumours {found.name}",) if more > 0 else ()
        sections = (Section(heading=f"Live rumours about {found.name}", lines=extra, items=shown),)
    else:
        lines.append(f"No live rumours about {found.name} right now: you'll get the next one.")
    title = f"Following {found.name}" if new else f"Updated: following {found.name}"
    unfollow_button = Button(f"Unfollow {found.name}", Action.of("unfollow", {"name": found.ref}))
    return Reply(
        title=title, lines=tuple(lines), sections=sections, buttons=(unfollow_button,), tone=Tone.SUCCESS
    )


async def unfollow(ctx: CommandContext, name: str) -> Reply:
    """Stop following a club or person (a name the target follows wins over other matches)."""
    follows = await ctx.deps.subscriptions.following(ctx.target)
    followed = {f"{s.kind.value}:{s.entity_id}": s for s in follows}
    candidate: Candidate | None = None
    result = ctx.deps.resolver.resolve(name)
    options = getattr(result, "candidates", None) or getattr(result, "suggestions", None) or ()
    mine = [c for c in options if c.ref in followed]
    if len(mine) == 1:
        candidate = mine[0]
    else:
        found = resolve_name(ctx, name, "unfollow", {})
        if isinstance(found, Reply):
            return found
        candidate = found
    if candidate.ref not in followed:
        return error(f"You don't follow {candidate.name}", "See what you follow with: following")
    await ctx.deps.subscriptions.unfollow(ctx.target, candidate.entity_kind, candidate.id)
    return Reply(title=f"Unfollowed {candidate.name}", tone=Tone.SUCCESS)


async def following(ctx: CommandContext, page: int = 1) -> Reply:
    """What the target follows, clubs then people."""
    follows = await ctx.deps.subscriptions.following(ctx.target)
    if not follows:
        return Reply(
            title="You don't follow anything yet", lines=("Start with: follow NAME (a club or a person)",)
        )
    shown, number, count = paged(follows, page, FOLLOWING_PAGE)
    items = tuple(
        Item(
            title=s.name,
            lines=(f"{s.kind.value}: {describe_follow(s)}",),
            buttons=(
                Button(
                    f"Unfollow {s.name}", Action.of("unfollow", {"name": f"{s.kind.value}:{s.entity_id}"})
                ),
            ),
        )
        for s in shown
    )
    limit = ctx.deps.subscriptions.limit
    return Reply(
        title=f"Following {len(follows)} of at most {limit}",
        sections=(Section(items=items),),
        page=page_of(number, count, "following", {}),
    )


async def stop(ctx: CommandContext) -> Reply:
    """Forget this target: follows, settings, pending alerts and digests, stored message ids."""
    count = await ctx.deps.subscriptions.remove_target(ctx.target)
    return Reply(
        title="Stopped: this chat is forgotten",
        lines=(
            f"Removed {count} follow{'s' if count != 1 else ''}, the settings, pending alerts and digests.",
            "Follow something again to start over.",
        ),
        tone=Tone.SUCCESS,
    )
