"""Reported speech and clause breaks: a manager who speaks or is told is not the one who moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.extract import Extractor
from feeds.kb import load_kb
from feeds.models import Claim, Item

CONFIG = Path(__file__).parents[2] / "config"

pytestmark = pytest.mark.skipif(not (CONFIG / "kb" / "clubs.yml").exists(), reason="no knowledge base")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_kb(CONFIG))


def _triples(extractor: Extractor, title: str, summary: str) -> set[tuple[str, str, str]]:
    claims: list[Claim] = extractor.extract(
        Item(id="t", title=title, link=None, summary=summary, published=None, source="Sky Sports")
    )
    return {(c.person, c.club, c.stage.value) for c in claims}


def test_he_after_a_manager_speaking_is_the_player(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Real Madrid add Bukayo Saka to their shortlist",
        "Arsenal's winger is also wanted by PSG, though Mikel Arteta insists he is going nowhere.",
    )
    assert ("Bukayo Saka", "Paris Saint-Germain", "interest") in got
    assert not any(p == "Mikel Arteta" for p, _c, _s in got)


def test_a_manager_told_the_news_is_not_the_mover(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Bukayo Saka commits future to Arsenal",
        "The winger turned down an approach from Real Madrid and told Mikel Arteta he will stay.",
    )
    assert ("Bukayo Saka", "Arsenal", "stay") in got
    assert not any(p == "Mikel Arteta" for p, _c, _s in got)


def test_a_consequence_clause_does_not_pass_the_cue_on(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Bukayo Saka signs new Arsenal deal",
        "The winger has signed a new contract at the Emirates, ending Carlo Ancelotti's hopes of a reunion.",
    )
    assert ("Bukayo Saka", "Arsenal", "stay") in got
    assert not any(p == "Carlo Ancelotti" for p, _c, _s in got)


def test_terms_agreed_but_fee_still_debated_is_talks(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Bukayo Saka closes in on Real Madrid move",
        "The winger has agreed personal terms but the clubs are still haggling over the fee.",
    )
    assert ("Bukayo Saka", "Real Madrid", "talks") in got


def test_a_consequence_naming_no_one_stays_part_of_the_same_event(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Declan Rice picks Arsenal over Manchester City",
        "The West Ham captain has agreed to join Arsenal, ending Premier League rivals' interest.",
    )
    assert ("Declan Rice", "Arsenal", "agreed") in got
    assert ("Declan Rice", "Arsenal", "off") not in got


def test_an_incumbent_the_signing_would_challenge_is_not_the_mover(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Arsenal weigh up move for Brentford's Mark Flekken",
        "Mikel Arteta wants competition for David Raya between the posts.",
    )
    assert ("Mark Flekken", "Arsenal", "interest") in got
    assert not any(p == "David Raya" for p, _c, _s in got)


def test_an_injured_player_who_prompts_a_move_is_not_the_mover(extractor: Extractor) -> None:
    got = _triples(extractor, "Liverpool eye Marc Guehi following Ibrahima Konate injury", "")
    assert ("Marc Guéhi", "Liverpool", "interest") in got
    assert not any(p == "Ibrahima Konaté" for p, _c, _s in got)


def test_the_admirer_is_not_the_one_admired(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Chelsea make second bid for Xavi Simons",
        "Leipzig turned down the first offer for the Dutchman, and Enzo Maresca remains a big admirer.",
    )
    assert ("Xavi Simons", "Chelsea", "bid") in got
    assert not any(p == "Enzo Maresca" for p, _c, _s in got)


def test_the_club_told_of_a_buyer_s_interest_is_the_seller(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Juventus keen on Jadon Sancho",
        "Juventus have told Manchester United that they are interested in a loan for the winger.",
    )
    assert ("Jadon Sancho", "Juventus", "interest") in got
    assert not any(c == "Manchester United" for _p, c, _s in got)


def test_a_description_by_position_skips_someone_of_another_position(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Liverpool agree fee with Crystal Palace for Marc Guehi",
        "Jean-Philippe Mateta scored twice on Saturday, and the centre-back has a medical booked.",
    )
    assert ("Marc Guéhi", "Liverpool", "agreed") in got
    assert not any(p == "Jean-Philippe Mateta" and c == "Liverpool" for p, c, _s in got)


def test_the_buying_club_s_manager_is_a_bystander_but_a_successor_is_not(extractor: Extractor) -> None:
    got = _triples(
        extractor,
        "Unai Emery keen on Morgan Rogers reunion as Aston Villa plan Jadon Sancho bid",
        "Villa are preparing an offer for the winger, and Emery is a long-time admirer.",
    )
    assert ("Jadon Sancho", "Aston Villa", "interest") in got  # a bid planned, not made (claims.md)
    assert not any(p == "Unai Emery" for p, _c, _s in got)
    carousel = _triples(
        extractor,
        "Tottenham part company with Ange Postecoglou",
        "The Australian leaves after two seasons, and Thomas Frank is on the list of possible successors.",
    )
    assert ("Ange Postecoglou", "Tottenham Hotspur", "exit") in carousel
    assert any(p == "Thomas Frank" and c == "Tottenham Hotspur" for p, c, _s in carousel)
