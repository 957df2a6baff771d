"""The console platform: readable alerts on a text stream, coloured when the stream is a terminal.

Colour follows the usual conventions: ``NO_COLOR`` (non-empty) turns it off, ``FORCE_COLOR``
(non-empty, not ``0``) turns it on for pipes too, otherwise only a TTY gets it. A console cannot edit
what it printed, so a corroboration prints a one-line update instead.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from bot.commands.preferences import digest_reply, report_button
from bot.delivery import Delivered, DeliveryOutcome, Gone, Transient
from bot.digest import DigestView
from bot.models import Alert
from bot.platforms.console_reply import reply_text
from bot.render import AlertView
from feeds.models import EventKind, Stage

log = logging.getLogger(__name__)

_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_STAGE_COLOURS: dict[Stage, str] = {
    Stage.INTEREST: "\033[36m",  # cyan
    Stage.APPROACH: "\033[36m",
    Stage.BID: "\033[33m",  # yellow
    Stage.TALKS: "\033[33m",
    Stage.AGREED: "\033[32m",  # green
    Stage.DONE: "\033[1;32m",
    Stage.OFF: "\033[31m",  # red
    Stage.EXIT: "\033[35m",  # magenta
    Stage.STAY: "\033[34m",  # blue
}
_MARKS: dict[EventKind, str] = {
    EventKind.NEW: "●",
    EventKind.ESCALATED: "▲",
    EventKind.REVIVED: "↺",
    EventKind.CORROBORATED: "↻",
}


def wants_colour(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to colour output to ``stream``: NO_COLOR wins, then FORCE_COLOR, then "is it a TTY"."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed or detached
        return False


class ConsoleNotifier:
    """Prints alerts to a text stream (stdout by default)."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        colour: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._stream = stream if stream is not None else sys.stdout
        self._colour = (
            wants_colour(self._stream, os.environ if environ is None else environ)
            if colour is None
            else colour
        )

    def _paint(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self._colour and style else text

    def format_alert(self, view: AlertView) -> str:
        """The lines printed for a new, escalated or revived alert."""
        stage = self._paint(view.stage_label, _STAGE_COLOURS.get(view.stage, ""))
        head = f"{_MARKS[view.kind]} {self._paint(view.title, _BOLD)} · {stage}"
        if view.back_on:
            head += " · back on"
        elif view.previous_label:
            head += f" (was {view.previous_label})"
        sources = view.sources_line
        if view.outlets:
            sources += f" ({', '.join(view.outlets)})"
        lines = [head]
        detail = f"from {view.from_club} · {sources}" if view.from_club else sources
        lines.append(f"  {detail}")
        if view.headline:
            lines.append(f"  {view.headline}")
        if view.link:
            lines.append(f"  {self._paint(view.link, _DIM)}")
        why = f"{view.why}: “{view.evidence}”" if view.evidence else view.why
        lines.append(f"  {self._paint(why, _DIM)}")
        report = report_button(view.event_id).action.text
        lines.append(f"  {self._paint(f'wrong? rumourbot command {report}', _DIM)}")
        return "\n".join(lines) + "\n"

    def format_update(self, view: AlertView) -> str:
        """The line printed for a corroboration (the console cannot edit the earlier alert)."""
        mark = self._paint("↻ update:", _BOLD)
        return f"{mark} now {view.sources_line} · {view.title} ({view.stage_label})\n"

    def _write(self, text: str, message_id: str) -> DeliveryOutcome:
        try:
            self._stream.write(text)
            self._stream.flush()
        except ValueError as exc:  # the stream was closed
            return Gone(f"console stream closed: {exc}")
        except OSError as exc:
            return Transient(f"console write failed: {exc}")
        return Delivered(message_id=message_id)

    async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
        """Print the alert; its message id is the event id."""
        text = self.format_update(view) if view.is_update else self.format_alert(view)
        return self._write(text, alert.event.id)

    async def edit(self, alert: Alert, view: AlertView, message_id: str) -> DeliveryOutcome:
        """Print an update line; the message being "edited" keeps its id."""
        return self._write(self.format_update(view), message_id)

    async def send_digest(self, target: str, view: DigestView) -> DeliveryOutcome:
        """Print a daily digest."""
        return self._write(reply_text(digest_reply(view)), f"digest:{view.day.isoformat()}")
