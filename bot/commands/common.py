"""Pieces several commands share: turning a typed name into one entity (or a question), and a rumour
as a reply item."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from bot.commands.context import CommandContext
from bot.commands.reply import Action, Button, Item, Link, Reply, error
from bot.render import stage_label, title_of
from bot.resolve import Ambiguous, Candidate, NationalTeam, Resolved, Unknown
from feeds.rumours import Rumour


def resolve_name(
    ctx: CommandContext, name: str, command: str, other_args: Mapping[str, str | int | None]
) -> Candidate | Reply:
    """The club or person ``name`` means, or the reply to send instead: the choices of an ambiguous
    name, suggestions for an unknown one, "clubs only" for a national team. Choosing re-runs
    ``command`` with the same other arguments."""
    result = ctx.deps.resolver.resolve(name)
    match result:
        case Resolved(candidate=candidate):
            return candidate
        case NationalTeam(nation=nation):
            return error(
                f"{nation.name} is a national team",
                "rumourbot follows transfers between clubs: name a club or a person instead.",
            )
        case Ambiguous(candidates=candidates):
            return Reply(
                title=f"Which {name!r} do you mean?",
                choices=_choices(candidates, command, other_args),
                private=True,
            )
        case Unknown(suggestions=suggestions):
            lines = (
                ("Did you mean one of these?",)
                if suggestions
                else ("Check the spelling, or try a shorter name.",)
            )
            return error(
                f"No club or person called {name!r} is known",
                *lines,
                choices=_choices(suggestions, command, other_args),
            )
    raise AssertionError(result)  # pragma: no cover


def _choices(
    candidates: tuple[Candidate, ...], command: str, other_args: Mapping[str, str | int | None]
) -> tuple[Button, ...]:
    return tuple(
        Button(candidate.label, Action.of(command, {"name": candidate.ref, **other_args}))
        for candidate in candidates
        if candidate.kind != "nation"
    )


def short_date(when: datetime, tz: tzinfo) -> str:
    local = when.astimezone(tz)
    return f"{local.day} {local:%b %Y}"


def sources_line(outlets: int, best_tier: int) -> str:
    """ "1 outlet (tier 2)" or "3 outlets, best tier 1"."""
    return f"1 outlet (tier {best_tier})" if outlets == 1 else f"{outlets} outlets, best tier {best_tier}"


def rumour_item(rumour: Rumour, tz: tzinfo) -> Item:
    """A rumour as a listed item: stage, outlets and best tier, first and last seen, headline, link."""
    status = stage_label(rumour.stage)
    if not rumour.live and rumour.closed_by == "age":
        status += " (gone quiet)"
    lines = (
        f"{status} · {sources_line(len(rumour.outlets), rumour.best_tier)}",
        f"First seen {short_date(rumour.first_seen, tz)}, last seen {short_date(rumour.last_seen, tz)}",
        f"“{rumour.headline}”",
    )
    link = Link(rumour.headline, rumour.link) if rumour.link else None
    return Item(title=title_of(rumour.person, rumour.club, rumour.stage), lines=lines, link=link)
