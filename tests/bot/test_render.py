"""Neutral alert views: the words a fan reads, decided once for every platform."""

from __future__ import annotations

import pytest

from bot.models import Alert, Relation
from bot.render import STAGE_LABELS, render_alert, stage_label
from feeds.models import EventKind, Stage
from tests.bot.events import make_alert, make_event


def test_a_new_alert_view() -> None:
    view = render_alert(make_alert("telegram:1"))
    assert view.title == "Trent Alexander-Arnold → Real Madrid"
    assert (view.stage, view.stage_label) == (Stage.BID, "Bid")
    assert view.previous_label is None and not view.back_on and not view.is_update
    assert view.from_club == "Liverpool"
    assert (view.outlet_count, view.best_tier, view.sources_line) == (1, 1, "1 outlet (tier 1)")
    assert view.headline == "Real Madrid submit bid for Trent Alexander-Arnold"
    assert view.link == "https://news.example/trent-bid"
    assert view.why == "You follow Liverpool"
    assert view.evidence == "Real Madrid have submitted a bid for Trent Alexander-Arnold."


def test_an_escalation_names_the_earlier_stage() -> None:
    view = render_alert(make_alert(kind=EventKind.ESCALATED, stage=Stage.AGREED, previous_stage=Stage.BID))
    assert (view.stage_label, view.previous_label) == ("Agreed", "Bid")


def test_a_revival_is_back_on() -> None:
    view = render_alert(make_alert(kind=EventKind.REVIVED, stage=Stage.TALKS, previous_stage=Stage.OFF))
    assert view.back_on and view.previous_label == "Off" and view.stage_label == "Talks"


def test_a_corroboration_is_an_update_with_the_new_count() -> None:
    view = render_alert(
        make_alert(kind=EventKind.CORROBORATED, outlets=("Sun", "Marca", "The Athletic"), best_tier=1)
    )
    assert view.is_update and view.previous_label is None
    assert view.sources_line == "3 outlets, best tier 1"


@pytest.mark.parametrize("stage", [Stage.EXIT, Stage.STAY])
def test_exit_and_stay_are_about_the_club_the_person_is_at(stage: Stage) -> None:
    view = render_alert(
        make_alert(
            stage=stage, person="Mauricio Pochettino", club="Chelsea", from_club=None, from_club_id=None
        )
    )
    assert view.title == "Mauricio Pochettino at Chelsea"


def test_every_stage_has_a_fan_label() -> None:
    assert {stage_label(s) for s in Stage} == {
        "Interest",
        "Approach made",
        "Bid",
        "Talks",
        "Agreed",
        "Done deal",
        "Off",
        "May leave",
        "Staying",
    }
    assert set(STAGE_LABELS) == set(Stage)


def test_the_why_names_the_followed_entity() -> None:
    alert = Alert("console", make_event(), "Trent", "person:trent-alexander-arnold", Relation.PERSON)
    assert render_alert(alert).why == "You follow Trent"
