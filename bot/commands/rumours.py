"""``rumours NAME [days]``: the latest claims about a club or person, paged."""

from __future__ import annotations

from datetime import timedelta

from bot.commands.common import resolve_name, rumour_item
from bot.commands.context import CommandContext
from bot.commands.reply import Reply, Section, page_of, paged
from bot.models import EntityKind
from bot.target_settings import zone

PAGE_SIZE = 5
MAX_LISTED = 200


async def rumours(ctx: CommandContext, name: str, days: int = 14, page: int = 1) -> Reply:
    """Rumours about ``name`` reported in the last ``days`` days, most recently reported first."""
    found = resolve_name(ctx, name, "rumours", {"days": days})
    if isinstance(found, Reply):
        return found
    since = ctx.now - timedelta(days=days)
    store = ctx.deps.rumours
    if found.entity_kind is EntityKind.CLUB:
        listed = await store.by_club(found.id, since=since, limit=MAX_LISTED)
    else:
        listed = await store.by_person(found.id, since=since, limit=MAX_LISTED)
    period = "day" if days == 1 else f"{days} days"
    if not listed:
        return Reply(
            title=f"No rumours about {found.name} in the last {period}",
            lines=(f"Follow {found.name} to hear about the next one: follow {found.name}",),
        )
    shown, number, count = paged(listed, page, PAGE_SIZE)
    tz = zone(await ctx.deps.settings.get(ctx.target))
    return Reply(
        title=f"Rumours about {found.name}, last {period}",
        lines=(f"{len(listed)} rumour{'s' if len(listed) != 1 else ''}, most recently reported first",),
        sections=(Section(items=tuple(rumour_item(r, tz) for r in shown)),),
        page=page_of(number, count, "rumours", {"name": found.ref, "days": days}),
    )
