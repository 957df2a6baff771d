"""Every command, in one registry, and the one way to run them.

Adapters register from :data:`COMMANDS` (skipping ``hidden`` ones, which only buttons run), then call
:func:`run_command` with typed arguments (Discord) or :func:`run_text` with a line (Telegram, console).
Both check the caller may change the target (:func:`~bot.commands.spec.may_change`), validate the
arguments against the spec, and turn bad input into an error :class:`~bot.commands.reply.Reply`; a
handler that fails unexpectedly is logged and answered with an apology, never raised to the adapter.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from bot.commands.context import CommandContext
from bot.commands.follows import follow, following, stop, unfollow
from bot.commands.preferences import SETTING_FIELDS, digest, settings
from bot.commands.reply import Reply, Section, Tone, error
from bot.commands.rumours import rumours
from bot.commands.spec import (
    Access,
    ArgumentError,
    CommandSpec,
    OptionSpec,
    OptionType,
    may_change,
    parse_args,
    split_command,
)

log = logging.getLogger(__name__)

_NAME = OptionSpec(
    "name", "A club or a person (nicknames and short names work)", required=True, rest=True, autocomplete=True
)
_PAGE = OptionSpec(
    "page", "Page", OptionType.INTEGER, default=1, min_value=1, max_value=100, keyword_only=True
)


async def help_(ctx: CommandContext, command: str | None = None) -> Reply:
    """The commands, or one command's options."""
    if command is not None:
        spec = COMMAND_MAP.get(command.casefold().removeprefix("/"))
        if spec is None or spec.hidden:
            return error(f"No command {command!r}", "See them all with: help")
        lines = [spec.description, f"Usage: {spec.usage}"]
        for option in spec.options:
            choices = f" ({', '.join(option.choices)})" if option.choices else ""
            lines.append(f"{option.name}: {option.description}{choices}")
        return Reply(title=spec.name, lines=tuple(lines))
    usages = tuple(f"{spec.usage} — {spec.description}" for spec in visible_commands())
    note = (
        "In groups and channels only admins can change follows and settings; "
        "everyone can use rumours and help."
    )
    return Reply(
        title="rumourbot: transfer rumours as they happen",
        sections=(Section(lines=usages), Section(lines=(note,))),
    )


async def report(ctx: CommandContext, event: str) -> Reply:
    """Report an alert as wrong (the button under every alert)."""
    stored = await ctx.deps.feedback.report(ctx.target, ctx.caller, event)
    if stored is None:
        return error("That alert is too old to report")
    return Reply(
        title="Thanks, reported",
        lines=(f"{stored.person} → {stored.club} ({stored.stage}) will be checked.",),
        tone=Tone.SUCCESS,
        private=True,
    )


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "follow",
        "Follow a club or a person",
        follow,
        (
            _NAME,
            OptionSpec(
                "direction",
                "A club's moves: incoming, outgoing or both",
                choices=("incoming", "outgoing", "both"),
                default="both",
            ),
            OptionSpec(
                "roles",
                "A club's players, managers or all",
                choices=("players", "managers", "all"),
                default="all",
            ),
        ),
    ),
    CommandSpec("unfollow", "Stop following a club or a person", unfollow, (_NAME,)),
    CommandSpec(
        "following",
        "What this chat follows",
        following,
        (_PAGE,),
        access=Access.READ,
    ),
    CommandSpec(
        "rumours",
        "The latest rumours about a club or a person",
        rumours,
        (
            _NAME,
            OptionSpec(
                "days", "How many days back (1-60)", OptionType.INTEGER, default=14, min_value=1, max_value=60
            ),
            _PAGE,
        ),
        access=Access.READ,
    ),
    CommandSpec(
        "digest",
        "The daily digest: now, at HH:MM, or off",
        digest,
        (
            OptionSpec("action", "now, at (a time) or off", choices=("now", "at", "off")),
            OptionSpec("time", "Local time HH:MM, e.g. 08:00"),
        ),
        access=Access.CHANGE_WITH_ARGS,
    ),
    CommandSpec(
        "settings",
        "Timezone, minimum tier, instant stages, mode, quiet hours",
        settings,
        (
            OptionSpec("field", "The setting to change", choices=SETTING_FIELDS),
            OptionSpec("value", "Its new value", rest=True),
        ),
        access=Access.CHANGE_WITH_ARGS,
    ),
    CommandSpec("stop", "Forget this chat: follows, settings, pending alerts", stop),
    CommandSpec(
        "help",
        "What rumourbot can do",
        help_,
        (OptionSpec("command", "A command to explain"),),
        access=Access.READ,
    ),
    CommandSpec(
        "report",
        "Report an alert as wrong",
        report,
        (OptionSpec("event", "The alert's event id", required=True),),
        access=Access.READ,
        hidden=True,
    ),
)

COMMAND_MAP: dict[str, CommandSpec] = {spec.name: spec for spec in COMMANDS}


def visible_commands() -> list[CommandSpec]:
    """The commands adapters register (slash commands, Telegram's command list)."""
    return [spec for spec in COMMANDS if not spec.hidden]


async def run_command(ctx: CommandContext, name: str, args: Mapping[str, Any] | None = None) -> Reply:
    """Run command ``name`` with (untyped or typed) ``args`` for ``ctx``; always returns a reply."""
    spec = COMMAND_MAP.get(name.casefold())
    if spec is None:
        return error(f"No command {name!r}", "See what rumourbot can do with: help")
    try:
        typed = spec.validate(args or {})
    except ArgumentError as exc:
        return error(f"Can't run {spec.name}", str(exc))
    return await _call(ctx, spec, typed)


async def run_text(ctx: CommandContext, line: str) -> Reply:
    """Run a command line (``/follow@rumourbot Man Utd outgoing``, ``rumours Salah 7``)."""
    name, rest = split_command(line)
    spec = COMMAND_MAP.get(name)
    if spec is None:
        return error(f"No command {name!r}", "See what rumourbot can do with: help")
    try:
        typed = parse_args(spec, rest)
    except ArgumentError as exc:
        return error(f"Can't run {spec.name}", str(exc))
    return await _call(ctx, spec, typed)


async def _call(ctx: CommandContext, spec: CommandSpec, args: dict[str, str | int]) -> Reply:
    changes = spec.changes_target(args)
    if changes and not may_change(ctx.role):
        return error(
            "Only admins can do that here",
            "In a group or channel, only its administrators change follows and settings. "
            "Everyone can use rumours and help.",
        )
    try:
        if changes:
            await ctx.deps.subscriptions.reactivate(ctx.target)  # it speaks to the bot again
        return await spec.handler(ctx, **args)
    except Exception:
        log.exception("command %s for %s failed (args %r)", spec.name, ctx.target, args)
        return error("Sorry, that went wrong", "Please try again in a moment.")
