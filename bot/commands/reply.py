"""Neutral replies: what a command answers, with no platform markup.

Each adapter renders a :class:`Reply` its own way (Telegram HTML and inline keyboards, a Discord embed
and components, plain console text). Buttons and choices carry an :class:`Action`: the command and
arguments to run when pressed, so pressing one is just running another command. ``Action.text``
writes it as a command line that :func:`bot.commands.spec.parse_args` reads back (Telegram callback
data, console); every action text is short (ids, not names) to fit Telegram's 64-byte callback data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class Tone(StrEnum):
    """How a reply reads: plain information, a change done, or a refusal / bad input."""

    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Action:
    """A command to run with its arguments (what a button or a choice does)."""

    command: str
    args: tuple[tuple[str, str | int], ...] = ()

    @classmethod
    def of(cls, command: str, args: Mapping[str, str | int | None] | None = None) -> Action:
        """An action from a mapping; ``None`` values are left out."""
        return cls(command, tuple((k, v) for k, v in (args or {}).items() if v is not None))

    @property
    def arguments(self) -> dict[str, str | int]:
        return dict(self.args)

    @property
    def text(self) -> str:
        """The command line (``rumours name=club:liverpool page=2``) that parses back to this action."""
        parts = [self.command]
        for name, value in self.args:
            text = str(value)
            parts.append(f'{name}="{text}"' if " " in text else f"{name}={text}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: Action


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Item:
    """One thing in a list (a rumour, a follow): a title, detail lines, a link, its own buttons."""

    title: str
    lines: tuple[str, ...] = ()
    link: Link | None = None
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of lines and items (a followed name in a digest, the live rumours of a follow)."""

    heading: str | None = None
    lines: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """Where a paged reply is: page ``number`` of ``count``, and the actions to move."""

    number: int
    count: int
    previous: Action | None = None
    next: Action | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """A command's answer.

    ``choices`` answer a question the reply asks ("which one do you mean?"): the adapter shows them
    as buttons (Telegram) or a select/buttons (Discord), the console as numbered lines. ``buttons``
    are further actions ("report wrong alert", "unfollow"). ``private`` asks the adapter to show it
    only to the caller where the platform can (Discord ephemeral replies).
    """

    title: str
    lines: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    choices: tuple[Button, ...] = ()
    buttons: tuple[Button, ...] = ()
    page: Page | None = None
    tone: Tone = Tone.INFO
    private: bool = False


def error(title: str, *lines: str, choices: tuple[Button, ...] = ()) -> Reply:
    """A refusal or bad input, shown only to the caller where the platform allows."""
    return Reply(title=title, lines=lines, choices=choices, tone=Tone.ERROR, private=True)


def paged(items: list[T], page: int, size: int) -> tuple[list[T], int, int]:
    """(the items of ``page`` (1-based, clamped), the page number used, the page count)."""
    count = max(1, -(-len(items) // size))
    number = min(max(1, page), count)
    return items[(number - 1) * size : number * size], number, count


def page_of(number: int, count: int, command: str, args: Mapping[str, str | int | None]) -> Page | None:
    """The :class:`Page` of a multi-page reply (``None`` for a single page)."""
    if count <= 1:
        return None
    previous = Action.of(command, {**args, "page": number - 1}) if number > 1 else None
    nxt = Action.of(command, {**args, "page": number + 1}) if number < count else None
    return Page(number=number, count=count, previous=previous, next=nxt)
