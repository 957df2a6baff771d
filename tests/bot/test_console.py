"""The console notifier: readable alerts, colour only where it belongs."""

from __future__ import annotations

import io
from datetime import date

import pytest

from bot.commands import Action, Button, Page, Reply
from bot.delivery import Delivered, Gone
from bot.digest import build_digest
from bot.platforms.console import ConsoleNotifier, wants_colour
from bot.platforms.console_reply import reply_text
from bot.render import render_alert
from feeds.models import EventKind, Stage
from tests.bot.events import make_alert


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_a_new_alert_prints_everything_a_fan_needs() -> None:
    out = io.StringIO()
    alert = make_alert(outlets=("The Athletic", "Marca"), best_tier=1)
    outcome = await ConsoleNotifier(out, environ={}).send(alert, render_alert(alert))
    assert outcome == Delivered(message_id=alert.event.id)
    text = out.getvalue()
    assert "\033[" not in text  # not a terminal
    assert text.splitlines() == [
        "● Trent Alexander-Arnold → Real Madrid · Bid",
        "  from Liverpool · 2 outlets, best tier 1 (The Athletic, Marca)",
        "  Real Madrid submit bid for Trent Alexander-Arnold",
        "  https://news.example/trent-bid",
        "  You follow Liverpool: “Real Madrid have submitted a bid for Trent Alexander-Arnold.”",
        "  wrong? rumourbot command report event=ev_1",
    ]


async def test_an_escalation_names_the_earlier_stage_and_a_revival_is_back_on() -> None:
    out = io.StringIO()
    console = ConsoleNotifier(out, environ={})
    up = make_alert(kind=EventKind.ESCALATED, stage=Stage.AGREED, previous_stage=Stage.BID)
    back = make_alert(kind=EventKind.REVIVED, stage=Stage.INTEREST, previous_stage=Stage.OFF)
    await console.send(up, render_alert(up))
    await console.send(back, render_alert(back))
    heads = [line for line in out.getvalue().splitlines() if not line.startswith("  ")]
    assert heads == [
        "▲ Trent Alexander-Arnold → Real Madrid · Agreed (was Bid)",
        "↺ Trent Alexander-Arnold → Real Madrid · Interest · back on",
    ]


async def test_a_corroboration_prints_an_update_line() -> None:
    out = io.StringIO()
    alert = make_alert(kind=EventKind.CORROBORATED, outlets=("A", "B", "C"), best_tier=1)
    outcome = await ConsoleNotifier(out, environ={}).edit(alert, render_alert(alert), "ev_first")
    assert outcome == Delivered(message_id="ev_first")
    assert (
        out.getvalue()
        == "↻ update: now 3 outlets, best tier 1 · Trent Alexander-Arnold → Real Madrid (Bid)\n"
    )


async def test_colour_on_a_terminal() -> None:
    out = TTY()
    alert = make_alert(stage=Stage.DONE)
    await ConsoleNotifier(out, environ={}).send(alert, render_alert(alert))
    assert "\033[1;32mDone deal\033[0m" in out.getvalue()


@pytest.mark.parametrize(
    ("environ", "tty", "expected"),
    [
        ({}, False, False),
        ({}, True, True),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # empty NO_COLOR does not count
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "0"}, False, False),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
    ],
)
def test_colour_rules(environ: dict[str, str], tty: bool, expected: bool) -> None:
    assert wants_colour(TTY() if tty else io.StringIO(), environ) is expected


async def test_a_closed_stream_is_gone() -> None:
    out = io.StringIO()
    out.close()
    alert = make_alert()
    assert isinstance(await ConsoleNotifier(out, environ={}).send(alert, render_alert(alert)), Gone)


async def test_a_digest_prints_each_followed_name_with_its_rumours() -> None:
    escalated = make_alert(
        id="ev_2",
        kind=EventKind.ESCALATED,
        stage=Stage.AGREED,
        previous_stage=Stage.BID,
        rumour_id="x|real-madrid",
        person="Xabi",
    )
    alerts = [make_alert(), escalated]
    view = build_digest("console", date(2026, 11, 30), alerts)
    out = io.StringIO()
    assert isinstance(await ConsoleNotifier(out, colour=False).send_digest("console", view), Delivered)
    text = out.getvalue()
    assert "Liverpool" in text  # the followed name heads its group
    assert "Trent Alexander-Arnold → Real Madrid" in text and "https://news.example/trent-bid" in text
    assert "(was Bid)" in text
    assert "Report wrong alert: rumourbot command report event=ev_1" in text


def test_a_reply_keeps_every_button_reachable_as_a_command() -> None:
    reply = Reply(
        title="Which 'Blues' do you mean?",
        choices=(Button("Chelsea", Action.of("follow", {"name": "club:chelsea"})),),
        buttons=(Button("Help", Action.of("help")),),
        page=Page(1, 2, next=Action.of("following", {"page": 2})),
    )
    text = reply_text(reply)
    assert "1. Chelsea  (rumourbot command follow name=club:chelsea)" in text
    assert "Help: rumourbot command help" in text
    assert "next: rumourbot command following page=2" in text
