"""``digest`` and ``settings``: when and how a target hears of rumours."""

from __future__ import annotations

from datetime import datetime

from bot.commands.context import CommandContext
from bot.commands.reply import Action, Button, Item, Link, Reply, Section, Tone, error
from bot.digest import DigestView
from bot.models import DeliveryMode, TargetSettings
from bot.target_settings import (
    DEFAULT_DIGEST_TIME,
    SettingsError,
    describe,
    parse_clock,
    parse_mode,
    parse_quiet_hours,
    parse_stages,
    parse_tier,
    parse_timezone,
    zone,
)

SETTING_FIELDS = ("timezone", "tier", "stages", "mode", "quiet")

_FIELD_HELP = {
    "timezone": "an IANA name, e.g. Europe/London, America/New_York",
    "tier": "1 (most reliable outlets only) to 5, or any",
    "stages": "e.g. bid+ (bid and beyond), 'interest, talks, off', all or none",
    "mode": "instant (alerts at once), digest (once a day) or both",
    "quiet": "e.g. 23:00-07:00 (local time), or off",
}


def report_button(event_id: str) -> Button:
    """The "report wrong alert" button of an alert or digest entry (adapters add it to alerts)."""
    return Button("Report wrong alert", Action.of("report", {"event": event_id}))


def digest_reply(view: DigestView) -> Reply:
    """A digest as a neutral reply: a section per followed name, an item per rumour, with links."""
    sections = []
    for group in view.groups:
        items = []
        for entry in group.entries:
            status = entry.stage_label
            if entry.previous_label:
                status += f" (was {entry.previous_label})"
            items.append(
                Item(
                    title=entry.title,
                    lines=(f"{status} · {entry.sources_line}", f"“{entry.headline}”"),
                    link=Link(entry.headline, entry.link) if entry.link else None,
                    buttons=(report_button(entry.event_id),),
                )
            )
        sections.append(Section(heading=f"You follow {group.followed}", items=tuple(items)))
    count = f"{view.total} rumour{'s' if view.total != 1 else ''}"
    return Reply(title=view.title, lines=(count,), sections=tuple(sections))


def _when(at: datetime | None, settings: TargetSettings) -> str:
    if at is None:
        return "not scheduled"
    local = at.astimezone(zone(settings))
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M} ({settings.timezone})"


async def digest(ctx: CommandContext, action: str | None = None, time: str | None = None) -> Reply:
    """Show the digest setting; ``now`` sends what is held; ``at HH:MM`` sets the time; ``off``."""
    store = ctx.deps.settings
    settings = await store.get(ctx.target)
    digests = ctx.deps.digests
    if action is None and time is None:
        lines = [
            f"Daily digest: {settings.digest_time or 'off'} ({settings.timezone}), mode {settings.mode.value}"
        ]
        if digests is not None:
            lines.append(f"Next digest: {_when(await digests.next_due(ctx.target), settings)}")
            lines.append(f"Rumours held for it so far: {await digests.pending(ctx.target)}")
        return Reply(title="Digest", lines=tuple(lines))
    if action == "now":
        if digests is None:
            return error("Digests are not available here")
        view = await digests.take_now(ctx.target, ctx.now)
        if view is None:
            return Reply(title="Nothing new for a digest", lines=("No rumours are waiting for this chat.",))
        return digest_reply(view)
    if action == "off":
        changes: dict[str, object] = {"digest_time": None}
        lines = ["No more daily digests."]
        if settings.mode is not DeliveryMode.INSTANT:
            changes["mode"] = DeliveryMode.INSTANT
            lines.append("Mode is back to instant, so alerts still come at once.")
        await store.update(ctx.target, **changes)
        return Reply(title="Digest off", lines=tuple(lines), tone=Tone.SUCCESS)
    if time is None:
        return error("When?", "Write: digest at HH:MM, e.g. digest at 08:00")
    try:
        clock = parse_clock(time)
    except SettingsError as exc:
        return error("That is not a time", str(exc))
    saved = await store.update(ctx.target, digest_time=clock)
    lines = [f"Every day at {clock} ({saved.timezone})."]
    if saved.mode is DeliveryMode.INSTANT:
        lines.append(
            "Mode is instant: the digest collects what is not sent at once (quiet hours, lower tiers, "
            "earlier stages). 'settings mode both' puts everything in it too."
        )
    if saved.timezone == "UTC":
        lines.append("Times are in UTC: set yours with 'settings timezone Europe/London' (for example).")
    return Reply(title="Digest on", lines=tuple(lines), tone=Tone.SUCCESS)


async def settings(ctx: CommandContext, field: str | None = None, value: str | None = None) -> Reply:
    """Show the settings, or change one: timezone, tier, stages, mode, quiet (hours)."""
    store = ctx.deps.settings
    current = await store.get(ctx.target)
    if field is None and value is not None:
        return error(
            f"No setting {value.split()[0]!r}",
            f"field is one of {', '.join(SETTING_FIELDS)}, e.g. settings timezone Europe/London",
        )
    if field is None:
        usage = tuple(f"settings {name} — {_FIELD_HELP[name]}" for name in SETTING_FIELDS)
        return Reply(
            title="Settings", lines=tuple(describe(current)), sections=(Section("Change one", usage),)
        )
    if value is None:
        return Reply(title=f"Setting: {field}", lines=(f"Accepted: {_FIELD_HELP[field]}",))
    notes: list[str] = []
    try:
        changes: dict[str, object]
        match field:
            case "timezone":
                changes = {"timezone": parse_timezone(value)}
            case "tier":
                changes = {"min_tier": parse_tier(value)}
            case "stages":
                changes = {"instant_stages": parse_stages(value)}
            case "mode":
                mode = parse_mode(value)
                changes = {"mode": mode}
                if mode is not DeliveryMode.INSTANT and current.digest_time is None:
                    changes["digest_time"] = DEFAULT_DIGEST_TIME
                    notes.append(
                        f"The daily digest is now on, at {DEFAULT_DIGEST_TIME}: "
                        "change it with digest at HH:MM."
                    )
            case "quiet":
                changes = {"quiet_hours": parse_quiet_hours(value)}
            case _:  # pragma: no cover - the spec's choices keep this out
                return error(f"No setting {field!r}")
    except SettingsError as exc:
        return error(f"Can't set {field}", str(exc), f"Accepted: {_FIELD_HELP[field]}")
    saved = await store.update(ctx.target, **changes)
    return Reply(title="Settings saved", lines=(*notes, *describe(saved)), tone=Tone.SUCCESS)
