"""One signature per command: text parsing (Telegram, console) and validation (Discord) agree."""

from __future__ import annotations

import pytest

from bot.commands import COMMAND_MAP, Action, ArgumentError, CallerRole, may_change, parse_args, split_command
from bot.commands.spec import OptionType, tokenize


def parse(command: str, text: str) -> dict[str, str | int]:
    return parse_args(COMMAND_MAP[command], text)


def test_follow_takes_a_name_of_several_words_then_choices_in_any_order() -> None:
    assert parse("follow", "Man Utd outgoing players") == {
        "name": "Man Utd",
        "direction": "outgoing",
        "roles": "players",
    }
    assert parse("follow", "Man Utd players OUTGOING")["direction"] == "outgoing"
    assert parse("follow", "Man Utd players") == {"name": "Man Utd", "direction": "both", "roles": "players"}
    assert parse("follow", "N'Golo Kanté") == {"name": "N'Golo Kanté", "direction": "both", "roles": "all"}
    assert parse("follow", 'name="Inter Milan" roles=managers')["roles"] == "managers"
    assert parse("follow", "Incoming")["name"] == "Incoming"  # a lone word is the name
    with pytest.raises(
        ArgumentError, match=r"name is missing\. Usage: follow NAME \[incoming\|outgoing\|both\]"
    ):
        parse("follow", "")


def test_rumours_days_and_page() -> None:
    assert parse("rumours", "Salah 7") == {"name": "Salah", "days": 7, "page": 1}
    assert parse("rumours", "Salah 7 page=2") == {"name": "Salah", "days": 7, "page": 2}
    assert parse("rumours", "Schalke 04") == {"name": "Schalke", "days": 4, "page": 1}
    assert parse("rumours", '"Schalke 04"')["name"] == "Schalke 04"
    assert parse("rumours", "Real Madrid 90")["name"] == "Real Madrid 90"  # out of range: not the days
    with pytest.raises(ArgumentError, match="days must be between 1 and 60"):
        parse("rumours", "name=Salah days=90")


def test_positional_options_skip_optional_ones_that_do_not_fit() -> None:
    assert parse("digest", "at 08:00") == {"action": "at", "time": "08:00"}
    assert parse("digest", "08:00") == {"time": "08:00"}
    assert parse("digest", "off") == {"action": "off"}
    assert parse("digest", "") == {}
    assert parse("settings", "quiet 23:00 - 07:00") == {"field": "quiet", "value": "23:00 - 07:00"}
    assert parse("settings", "timezone Europe/London") == {"field": "timezone", "value": "Europe/London"}
    with pytest.raises(ArgumentError, match="Unexpected 'later'"):
        parse("digest", "at 08:00 later")


def test_actions_parse_back_to_themselves() -> None:
    for action in (
        Action.of("follow", {"name": "club:inter-milan", "direction": "incoming", "roles": "all"}),
        Action.of("rumours", {"name": "person:xabi-alonso", "days": 14, "page": 2}),
        Action.of("report", {"event": "ev_0123456789abcdef01234567"}),
        Action.of("follow", {"name": "Real Madrid", "direction": "both", "roles": "all"}),
    ):
        name, rest = split_command(action.text)
        assert name == action.command
        assert parse(name, rest) == {**parse(name, rest), **action.arguments}
        assert len(action.text.encode()) <= 64 or " " in str(action.arguments.get("name"))


def test_command_lines_from_telegram() -> None:
    assert split_command("/follow@rumourbot Man Utd") == ("follow", "Man Utd")
    assert split_command("Rumours   Salah") == ("rumours", "Salah")
    assert tokenize('a "b c" d=e f="g h"') == ["a", "b c", "d=e", "f=g h"]


def test_specs_describe_discord_options() -> None:
    follow = COMMAND_MAP["follow"]
    name = follow.options[0]
    assert (name.name, name.type, name.required, name.autocomplete) == ("name", OptionType.STRING, True, True)
    assert follow.options[1].choices == ("incoming", "outgoing", "both")
    days = COMMAND_MAP["rumours"].option("days")
    assert days is not None and (days.type, days.min_value, days.max_value) == (OptionType.INTEGER, 1, 60)
    assert COMMAND_MAP["report"].hidden
    with pytest.raises(ArgumentError, match="no option 'colour'"):
        follow.validate({"name": "x", "colour": "red"})
    assert follow.validate({"name": "Arsenal", "direction": "INCOMING"})["direction"] == "incoming"


def test_who_may_change_a_target() -> None:
    assert may_change(CallerRole.PRIVATE) and may_change(CallerRole.ADMIN)
    assert not may_change(CallerRole.MEMBER)
    assert COMMAND_MAP["digest"].changes_target({"action": "off"})
    assert not COMMAND_MAP["digest"].changes_target({})
    assert not COMMAND_MAP["rumours"].changes_target({"name": "x"})
