"""Command signatures, written once: both adapters register from them and validate through them.

A :class:`CommandSpec` names a command, describes it and lists typed :class:`OptionSpec` s (string or
integer, optional choices, bounds, autocomplete). Discord builds its slash-command options from them
(types, ``required``, ``choices``, ``min_value``/``max_value``, ``autocomplete``); Telegram and the
console parse a text line with :func:`parse_args` ("follow Man Utd outgoing players"):

- ``name=value`` (``name="two words"``) sets any option directly (what buttons send back); a
  ``keyword_only`` option (a page number) is set only this way;
- one option may be ``rest``: it takes the words left over, so a name needs no quotes. Options
  declared before it take the first words; options after it take the last words, in any order, each
  word going to the first of them that accepts it (a choice, a number in range);
- without a ``rest`` option the words fill the options in order, an optional option that does not
  accept a word being skipped ("digest 08:00" is "digest time=08:00").

Who may run what is one rule (:func:`may_change`): a command that changes the target needs the user of
a private chat or an administrator of the group, channel or guild channel; everyone may read.

Exceptions::

    ArgumentError (ValueError)   bad arguments; ``str(err)`` is written for the user, with the usage
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.commands.reply import Reply

Handler = Callable[..., Awaitable[Reply]]
"""``async def handler(ctx: CommandContext, **args) -> Reply``."""


class ArgumentError(ValueError):
    """Arguments that don't fit the command's signature."""


class CallerRole(StrEnum):
    """Who is calling, as the adapter knows it."""

    PRIVATE = "private"  # the user of a private chat: the target is theirs
    ADMIN = "admin"  # an administrator of the group, channel or guild channel
    MEMBER = "member"  # anyone else in a group, channel or guild channel


def may_change(role: CallerRole) -> bool:
    """Whether the caller may change the target (follows, settings, digest, stop)."""
    return role in (CallerRole.PRIVATE, CallerRole.ADMIN)


class OptionType(StrEnum):
    STRING = "string"
    INTEGER = "integer"


class Access(StrEnum):
    """Whether a command changes the target (and so needs :func:`may_change`)."""

    READ = "read"  # everyone
    CHANGE = "change"  # private-chat user or admins
    CHANGE_WITH_ARGS = "change_with_args"  # reading without arguments, changing with them


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """One argument of a command."""

    name: str
    description: str
    type: OptionType = OptionType.STRING
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | int | None = None
    rest: bool = False  # takes the words left over (a name of several words, no quotes needed)
    autocomplete: bool = False  # Discord asks ``Resolver.autocomplete`` while the user types
    keyword_only: bool = False  # in text only as ``name=value`` (a page number, set by buttons)
    min_value: int | None = None
    max_value: int | None = None

    def accepts(self, word: str) -> bool:
        """Whether ``word`` is a valid value."""
        try:
            self.coerce(word)
        except ArgumentError:
            return False
        return True

    def coerce(self, value: object) -> str | int:
        """The typed value, or :class:`ArgumentError` saying what is accepted."""
        if self.type is OptionType.INTEGER:
            try:
                number = int(str(value).strip())
            except ValueError:
                raise ArgumentError(f"{self.name} must be a whole number, not {value!r}") from None
            low = self.min_value if self.min_value is not None else number
            high = self.max_value if self.max_value is not None else number
            if not low <= number <= high:
                raise ArgumentError(f"{self.name} must be between {self.min_value} and {self.max_value}")
            return number
        text = str(value).strip()
        if self.choices:
            folded = text.casefold()
            if folded not in self.choices:
                raise ArgumentError(f"{self.name} is one of {', '.join(self.choices)}, not {text!r}")
            return folded
        if not text:
            raise ArgumentError(f"{self.name} is empty")
        return text

    @property
    def usage(self) -> str:
        word = "|".join(self.choices) if self.choices else self.name.upper()
        return f"{word}" if self.required else f"[{word}]"


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """A command: its signature, who may run it, and its handler."""

    name: str
    description: str
    handler: Handler
    options: tuple[OptionSpec, ...] = ()
    access: Access = Access.CHANGE
    hidden: bool = False  # run by buttons only (not registered as a slash command nor listed by help)

    @property
    def usage(self) -> str:
        return " ".join([self.name, *(o.usage for o in self.options)])

    def option(self, name: str) -> OptionSpec | None:
        return next((o for o in self.options if o.name == name), None)

    def changes_target(self, args: Mapping[str, Any]) -> bool:
        if self.access is Access.CHANGE_WITH_ARGS:
            return any(args.get(o.name) is not None for o in self.options)
        return self.access is Access.CHANGE

    def validate(self, args: Mapping[str, Any]) -> dict[str, str | int]:
        """Typed arguments with defaults filled in (what Discord sends goes through here too)."""
        out: dict[str, str | int] = {}
        for name in args:
            if self.option(name) is None:
                raise ArgumentError(f"{self.name} has no option {name!r}. Usage: {self.usage}")
        for option in self.options:
            value = args.get(option.name)
            if value is None or (isinstance(value, str) and not value.strip()):
                if option.required:
                    raise ArgumentError(f"{option.name} is missing. Usage: {self.usage}")
                if option.default is not None:
                    out[option.name] = option.default
                continue
            try:
                out[option.name] = option.coerce(value)
            except ArgumentError as exc:
                raise ArgumentError(f"{exc}. Usage: {self.usage}") from None
        return out


_TOKEN = re.compile(r'(\w+=)?"([^"]*)"|(\S+)')
_KEYWORD = re.compile(r"^([a-z_]+)=(.*)$", re.S)


def tokenize(text: str) -> list[str]:
    """Words of a command line; ``"double quotes"`` group words (apostrophes are letters: N'Golo)."""
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        prefix, quoted, bare = match.groups()
        out.append(f"{prefix or ''}{quoted}" if quoted is not None else bare)
    return out


def _fill_in_order(options: list[OptionSpec], words: list[str], args: dict[str, Any], usage: str) -> None:
    position = 0
    for word in words:
        while position < len(options) and not options[position].accepts(word):
            if options[position].required:
                options[position].coerce(word)  # raises, saying what is accepted
            position += 1
        if position == len(options):
            raise ArgumentError(f"Unexpected {word!r}. Usage: {usage}")
        args[options[position].name] = word
        position += 1


def _fill_tail(options: list[OptionSpec], words: list[str]) -> dict[str, str] | None:
    taken: dict[str, str] = {}
    for word in words:
        option = next((o for o in options if o.name not in taken and o.accepts(word)), None)
        if option is None:
            return None
        taken[option.name] = word
    return taken


def parse_args(spec: CommandSpec, text: str) -> dict[str, str | int]:
    """The typed arguments of ``text`` (the words after the command name) for ``spec``."""
    args: dict[str, Any] = {}
    words: list[str] = []
    for token in tokenize(text):
        keyword = _KEYWORD.match(token)
        if keyword and spec.option(keyword.group(1)) is not None:
            args[keyword.group(1)] = keyword.group(2)
        else:
            words.append(token)
    free = [o for o in spec.options if o.name not in args and not o.keyword_only]
    rest_at = next((i for i, o in enumerate(free) if o.rest), None)
    if rest_at is None:
        _fill_in_order(free, words, args, spec.usage)
        return spec.validate(args)
    lead, rest, trail = free[:rest_at], free[rest_at], free[rest_at + 1 :]
    used = 0
    for option in lead:
        if used < len(words) and option.accepts(words[used]):
            args[option.name] = words[used]
            used += 1
        elif option.required:
            raise ArgumentError(f"{option.name} is missing. Usage: {spec.usage}")
    remaining = words[used:]
    most = min(len(trail), len(remaining) - (1 if rest.required else 0))
    for count in range(max(0, most), -1, -1):
        tail = _fill_tail(trail, remaining[len(remaining) - count :]) if count else {}
        if tail is not None:
            args.update(tail)
            remaining = remaining[: len(remaining) - count]
            break
    if remaining:
        args[rest.name] = " ".join(remaining)
    return spec.validate(args)


def split_command(line: str) -> tuple[str, str]:
    """(command name, the rest) of a line such as ``/follow@rumourbot Man Utd`` or ``follow Man Utd``."""
    head, _, rest = line.strip().partition(" ")
    name = head.removeprefix("/").split("@", 1)[0].casefold()
    return name, rest.strip()
