"""Commands written once: plain async functions from a target and arguments to a neutral reply.

Modules: :mod:`~bot.commands.spec` (signatures, text parsing, the permission rule),
:mod:`~bot.commands.reply` (the neutral reply), :mod:`~bot.commands.context` (caller, target, time,
services), the handlers (:mod:`~bot.commands.follows`, :mod:`~bot.commands.rumours`,
:mod:`~bot.commands.preferences`) and :mod:`~bot.commands.registry` (every command, and running one).

An adapter does four things: register :func:`visible_commands` (Discord slash options from each
``OptionSpec``; ``autocomplete`` options answered by ``deps.resolver.autocomplete(prefix)``), build a
:class:`CommandContext` per call (target, caller, :class:`CallerRole`, now, the shared
:class:`CommandDeps`), call :func:`run_command` / :func:`run_text` (a button runs its
``Action``: ``run_command(ctx, action.command, action.arguments)`` or ``run_text(ctx, action.text)``),
and render the :class:`Reply`.
"""

from bot.commands.context import CommandContext, CommandDeps
from bot.commands.preferences import digest_reply, report_button
from bot.commands.registry import COMMAND_MAP, COMMANDS, run_command, run_text, visible_commands
from bot.commands.reply import Action, Button, Item, Link, Page, Reply, Section, Tone
from bot.commands.spec import (
    Access,
    ArgumentError,
    CallerRole,
    CommandSpec,
    OptionSpec,
    OptionType,
    may_change,
    parse_args,
    split_command,
)

__all__ = [
    "COMMANDS",
    "COMMAND_MAP",
    "Access",
    "Action",
    "ArgumentError",
    "Button",
    "CallerRole",
    "CommandContext",
    "CommandDeps",
    "CommandSpec",
    "Item",
    "Link",
    "OptionSpec",
    "OptionType",
    "Page",
    "Reply",
    "Section",
    "Tone",
    "digest_reply",
    "may_change",
    "parse_args",
    "report_button",
    "run_command",
    "run_text",
    "split_command",
    "visible_commands",
]
