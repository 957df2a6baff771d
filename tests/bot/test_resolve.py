"""Resolving what fans type against the real knowledge base: typos, accents, nicknames, short names."""

from __future__ import annotations

import pytest

import config
from bot.models import EntityKind
from bot.resolve import Ambiguous, NationalTeam, Resolved, Resolver, Unknown
from feeds.kb import load_kb


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb(config.CONFIG_DIR))


@pytest.mark.parametrize(
    ("typed", "ref"),
    [
        ("Liverpool", "club:liverpool"),
        ("Man Utd", "club:manchester-united"),  # short name
        ("man united", "club:manchester-united"),
        ("Spurs", "club:tottenham-hotspur"),  # nickname
        ("the Gunners", "club:arsenal"),
        ("Barca", "club:barcelona"),
        ("PSG", "club:paris-saint-germain"),
        ("Munchen", "club:bayern-munich"),
        ("Liverpol", "club:liverpool"),  # typo
        ("Arsnal", "club:arsenal"),
        ("Gyokeres", "person:viktor-gyokeres"),  # accent left out
        ("Gyökeres", "person:viktor-gyokeres"),
        ("Vinicius Jr", "person:vinicius-junior"),
        ("Kompany", "person:vincent-kompany"),  # surname alone
        ("De Zerbi", "person:roberto-de-zerbi"),
        ("dezerbi", "person:roberto-de-zerbi"),
        ("Alonso Xabi", "person:xabi-alonso"),  # words swapped
        ("Kylian", "person:kylian-mbappe"),  # a whole first name that only one person has
        ("club:liverpool", "club:liverpool"),  # what choice buttons send back
    ],
)
def test_names_resolve(resolver: Resolver, typed: str, ref: str) -> None:
    result = resolver.resolve(typed)
    assert isinstance(result, Resolved), result
    assert result.candidate.ref == ref


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Inter", {"club:inter-milan", "club:inter-miami"}),
        ("Alonso", {"person:xabi-alonso", "person:marcos-alonso"}),
        ("Mbape", {"person:kylian-mbappe", "person:ethan-mbappe"}),  # typo and shared surname
    ],
)
def test_ambiguous_names_offer_the_choices(resolver: Resolver, typed: str, expected: set[str]) -> None:
    result = resolver.resolve(typed)
    assert isinstance(result, Ambiguous), result
    assert expected <= {c.ref for c in result.candidates}
    assert all(c.detail for c in result.candidates)  # "player, Real Madrid" tells them apart


def test_real_lists_the_real_clubs_first_division_first(resolver: Resolver) -> None:
    result = resolver.resolve("Real")
    assert isinstance(result, Ambiguous)
    names = [c.name for c in result.candidates]
    assert "Real Madrid" in names and "Real Betis" in names
    assert names.index("Real Madrid") < names.index("Real Salt Lake")


def test_national_teams_are_recognised(resolver: Resolver) -> None:
    for typed in ("England", "Brazil", "Englnd"):
        result = resolver.resolve(typed)
        assert isinstance(result, NationalTeam), result
    england = resolver.resolve("England")
    assert isinstance(england, NationalTeam) and england.nation.name == "England"
    with pytest.raises(ValueError, match="national team"):
        _ = england.nation.entity_kind


def test_unknown_names_suggest_the_closest(resolver: Resolver) -> None:
    result = resolver.resolve("Manchestre Unitd Reserves")
    assert isinstance(result, Unknown)
    assert "Manchester United" in [c.name for c in result.suggestions]
    nothing = resolver.resolve("Zzzzqqq")
    assert isinstance(nothing, Unknown) and nothing.suggestions == ()
    assert isinstance(resolver.resolve("  "), Unknown)


def test_candidates_know_their_entity_kind(resolver: Resolver) -> None:
    club = resolver.get("club:liverpool")
    person = resolver.get("person:xabi-alonso")
    assert club is not None and club.entity_kind is EntityKind.CLUB
    assert person is not None and person.entity_kind is EntityKind.PERSON
    assert resolver.get("club:nowhere-fc") is None


def test_autocomplete_prefixes_and_typos(resolver: Resolver) -> None:
    assert resolver.autocomplete("man")[:2] == ["Manchester City", "Manchester United"]
    assert resolver.autocomplete("xabi")[0] == "Xabi Alonso"
    assert {"Xabi Alonso", "Marcos Alonso"} <= set(resolver.autocomplete("alon")[:3])  # word inside
    assert resolver.autocomplete("liverpol")[0] == "Liverpool"  # typo
    assert resolver.autocomplete("gyök")[0] == "Viktor Gyökeres"
    assert "England" not in resolver.autocomplete("engl")  # national teams can't be followed
    assert len(resolver.autocomplete("m", limit=5)) == 5
    assert resolver.autocomplete("") == []
    # every name offered resolves back to itself
    for name in resolver.autocomplete("real"):
        result = resolver.resolve(name)
        assert isinstance(result, Resolved) and result.candidate.name == name


def test_the_blues_list_top_flight_clubs_before_clubs_of_other_leagues(resolver: Resolver) -> None:
    result = resolver.resolve("the Blues")
    assert isinstance(result, Ambiguous)
    names = [c.name for c in result.candidates]
    assert names.index("Chelsea") < names.index("Cardiff City")
