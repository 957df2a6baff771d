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
