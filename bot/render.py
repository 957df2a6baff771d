"""Neutral alert views: what an alert says, with no platform markup.

Each platform turns an :class:`AlertView` into its own message (HTML, an embed, coloured text); the
words a fan reads (stage labels, "back on", outlet counts) are decided here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import EVERYTHING, Alert
from feeds.models import EventKind, RumourEvent, Stage

STAGE_LABELS: dict[Stage, str] = {
    Stage.INTEREST: "Interest",
    Stage.APPROACH: "Approach made",
    Stage.BID: "Bid",
    Stage.TALKS: "Talks",
    Stage.AGREED: "Agreed",
    Stage.DONE: "Done deal",
    Stage.OFF: "Off",
    Stage.EXIT: "May leave",
    Stage.STAY: "Staying",
}


def stage_label(stage: Stage) -> str:
    """The label a fan understands for a stage ("Approach made", "Done deal", "May leave")."""
    return STAGE_LABELS[stage]


@dataclass(frozen=True, slots=True)
class AlertView:
    """Everything a platform shows for one alert.

    ``title`` is "Person → Club" for a move (or "Person at Club" for exit/stay); ``previous_label``
    names the earlier stage of an escalation; ``back_on`` marks a revival after the move was off;
    ``is_update`` marks a corroboration, which edits the alert the target already has.
    """

    kind: EventKind
    title: str
    person: str
    club: str
    from_club: str | None
    stage: Stage
    stage_label: str
    previous_label: str | None
    back_on: bool
    outlets: tuple[str, ...]
    outlet_count: int
    best_tier: int
    headline: str
    link: str | None
    followed: str
    why: str
    evidence: str
    is_update: bool
    event_id: str  # for the "report wrong alert" button (bot.commands.report_button)

    @property
    def sources_line(self) -> str:
        """ "1 outlet (tier 2)" or "3 outlets, best tier 1"."""
        if self.outlet_count == 1:
            return f"1 outlet (tier {self.best_tier})"
        return f"{self.outlet_count} outlets, best tier {self.best_tier}"


def title_of(person: str, club: str, stage: Stage) -> str:
    """ "Person → Club" for a move; "Person at Club" when the club is the one they are at."""
    if stage in (Stage.EXIT, Stage.STAY):
        return f"{person} at {club}"
    return f"{person} → {club}"


def previous_label(event: RumourEvent) -> str | None:
    """The earlier stage an escalation or revival names ("Bid", "Off"); ``None`` for other events."""
    if event.kind is EventKind.ESCALATED and event.previous_stage is not None:
        return stage_label(event.previous_stage)
    if event.kind is EventKind.REVIVED:
        return stage_label(event.previous_stage or Stage.OFF)
    return None


def render_alert(alert: Alert) -> AlertView:
    """The neutral view of an alert."""
    event = alert.event
    previous = previous_label(event)
    return AlertView(
        kind=event.kind,
        title=title_of(event.person, event.club, event.stage),
        person=event.person,
        club=event.club,
        from_club=event.from_club,
        stage=event.stage,
        stage_label=stage_label(event.stage),
        previous_label=previous,
        back_on=event.kind is EventKind.REVIVED,
        outlets=event.outlets,
        outlet_count=len(event.outlets),
        best_tier=event.best_tier,
        headline=event.headline,
        link=event.link,
        followed=alert.followed,
        why="Why" if alert.followed_key == EVERYTHING else f"You follow {alert.followed}",
        evidence=event.evidence,
        is_update=event.kind is EventKind.CORROBORATED,
        event_id=event.id,
    )
