"""The knowledge-base loader and alias automaton, against the small fixture in ``kb_fixture/``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.extract import Extractor
from feeds.kb import Club, KnowledgeBase, Person, check_kb, fold, load_kb, surname_of
from feeds.models import Item

FIXTURE = Path(__file__).parent / "kb_fixture"
REAL_CONFIG = Path(__file__).parents[2] / "config"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(FIXTURE)


def names(kb: KnowledgeBase, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.text, m.kind, m.ids) for m in kb.find_mentions(text)]


def test_fold_strips_accents_case_and_punctuation() -> None:
    assert fold("Atlético  de Madrid") == "atletico de madrid"
    assert fold("St. James’ Park") == "st james' park"
    assert fold("Brighton & Hove") == "brighton and hove"
    assert fold("Ødegaard") == "odegaard"


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Roberto De Zerbi", "De Zerbi"),
        ("Erik ten Hag", "ten Hag"),
        ("Virgil van Dijk", "van Dijk"),
        ("Dominic Calvert-Lewin", "Calvert-Lewin"),
        ("Vinícius Júnior", "Vinícius"),
        ("Endrick", None),
    ],
)
def test_surname_of(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


def test_loads_every_section(kb: KnowledgeBase) -> None:
    assert isinstance(kb.club("liverpool"), Club)
    assert kb.nation("spain") is not None
    assert kb.sources.default_tier == 4
    assert kb.leagues["bundesliga"].country == "Germany"


def test_curated_people_win_over_generated(kb: KnowledgeBase) -> None:
    alonso = kb.person("xabi-alonso")
    assert isinstance(alonso, Person)
    assert alonso.role == "manager" and alonso.club == "bayer-leverkusen"


def test_person_with_unknown_club_is_kept_without_club(kb: KnowledgeBase) -> None:
    ghost = kb.person("ghost-player")
    assert ghost is not None and ghost.club is None and ghost.listed_club == "not-a-club"


def test_mentions_longest_match_and_word_boundaries(kb: KnowledgeBase) -> None:
    found = names(kb, "Atletico Madrid and Real Madrid want Vini Jr, not Madridista fans")
    assert found == [
        ("Atletico Madrid", "club", ("atletico-madrid",)),
        ("Real Madrid", "club", ("real-madrid",)),
        ("Vini Jr", "person", ("vinicius-junior",)),
    ]


def test_mentions_accents_particles_and_possessives(kb: KnowledgeBase) -> None:
    found = names(kb, "Brighton’s Roberto de Zerbi and ten Hag; Calvert-Lewin to the Bernabéu")
    assert [f[0] for f in found] == [
        "Brighton",
        "Roberto de Zerbi",
        "ten Hag",
        "Calvert-Lewin",
        "the Bernabéu",
    ]
    assert found[2][2] == ("erik-ten-hag",)


def test_ambiguous_nickname_keeps_every_candidate(kb: KnowledgeBase) -> None:
    (reds,) = kb.find_mentions("The Reds are keen")
    assert reds.kind == "club" and set(reds.ids) == {"liverpool", "nottingham-forest"} and reds.ambiguous


def test_shared_surname_is_ambiguous(kb: KnowledgeBase) -> None:
    (muller,) = kb.find_mentions("Muller scored")
    assert set(muller.ids) == {"thomas-muller", "gerd-muller"} and muller.derived


def test_eszett_and_ss_both_match(kb: KnowledgeBase) -> None:
    assert names(kb, "Grosskreutz")[0][2] == ("kevin-grosskreutz",)
    assert names(kb, "Großkreutz")[0][2] == ("kevin-grosskreutz",)


def test_lower_case_common_words_do_not_match(kb: KnowledgeBase) -> None:
    assert names(kb, "a forest fire near the city") == []
    assert names(kb, "Forest want him")[0][2] == ("nottingham-forest",)


def test_nations_adjectives_and_demonyms(kb: KnowledgeBase) -> None:
    found = names(kb, "The Spaniard left Spain for the German club")
    assert [(f[0], f[1]) for f in found] == [
        ("Spaniard", "demonym"),
        ("Spain", "nation"),
        ("German", "demonym"),
    ]
    assert kb.nation_for_word("Dutch") == "netherlands"


def test_journalists_are_mentions(kb: KnowledgeBase) -> None:
    assert names(kb, "according to David Ornstein")[0][1] == "journalist"


def test_search_typos_accents_and_nicknames(kb: KnowledgeBase) -> None:
    assert kb.search("Liverpol")[0][0].id == "liverpool"
    assert kb.search("atletico de madrid")[0][0].id == "atletico-madrid"
    assert kb.search("Los Blancos")[0][0].id == "real-madrid"
    best, score = kb.search("Vinicius Junior")[0]
    assert best.id == "vinicius-junior" and score == 1.0
    assert kb.search("") == []


def test_check_kb_reports_problems(kb: KnowledgeBase) -> None:
    problems = "\n".join(check_kb(kb))
    assert "club orphan-fc: unknown league" in problems
    assert "person bare-person: role" in problems
    assert "unknown club id 'not-a-club'" in problems
    assert "alias 'the blues'" not in problems  # declared ambiguous
    assert "person lost-manager: manager without a club" in problems
    assert "free-manager" not in problems  # club: null says out of work


def test_check_kb_reports_undeclared_shared_alias(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "leagues.yml").write_text("leagues: [{id: l, name: L, country: X, tier: 1}]\n")
    (kb_dir / "clubs.yml").write_text(
        "clubs:\n"
        "  - {id: a, name: A Town, country: X, league: l, aliases: [Town]}\n"
        "  - {id: b, name: B Town, country: X, league: l, aliases: [Town]}\n"
    )
    kb = load_kb(tmp_path)
    assert any("'town'" in p for p in check_kb(kb))


def test_generated_club_files_add_clubs_the_registry_lacks(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "leagues.yml").write_text("leagues: [{id: l, name: L, country: X, tier: 1}]\n")
    (kb_dir / "clubs.yml").write_text("clubs:\n  - {id: a, name: A Town, country: X, league: l}\n")
    (kb_dir / "clubs_more.yml").write_text(
        "clubs:\n"
        "  - {id: a, name: A Rovers, country: X, league: l}\n"  # the registry's id wins
        "  - {id: b, name: B United, country: X, league: l}\n"
    )
    kb = load_kb(tmp_path)
    assert kb.clubs["a"].name == "A Town" and kb.clubs["b"].name == "B United"
    assert [m.ids for m in kb.find_mentions("B United want him")] == [("b",)]


def test_missing_directory_gives_an_empty_kb(tmp_path: Path) -> None:
    kb = load_kb(tmp_path)
    assert kb.find_mentions("Liverpool") == [] and kb.search("Liverpool") == []


@pytest.mark.skipif(not (REAL_CONFIG / "kb" / "clubs.yml").exists(), reason="no real knowledge base")
def test_real_kb_loads_with_every_kind_of_entity() -> None:
    # load time is measured in bench/bench_extract.py, not asserted here (shared, noisy machines)
    kb = load_kb(REAL_CONFIG)
    assert len(kb.clubs) > 300 and len(kb.people) > 2000 and kb.nations and kb.leagues


# ---- loader rules: tier 0, homonyms, clubs outside the knowledge base --------------------------------


def _write_kb(tmp_path: Path, people: str, ambiguous: str = "") -> KnowledgeBase:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir(exist_ok=True)
    (kb_dir / "leagues.yml").write_text(
        "leagues:\n"
        "  - {id: top, name: Top League, country: X, tier: 1}\n"
        "  - {id: other, name: Other, country: null, tier: 0}\n"
        "  - {id: untiered, name: Untiered, country: X}\n"
    )
    (kb_dir / "clubs.yml").write_text(
        "clubs:\n"
        "  - {id: paris, name: Paris Saint-Germain, country: X, league: top, aliases: [PSG]}\n"
        "  - {id: genoa, name: Genoa, country: X, league: top}\n"
        "  - {id: arsenal, name: Arsenal, country: X, league: top}\n"
    )
    (kb_dir / "people.yml").write_text(people)
    if ambiguous:
        (kb_dir / "ambiguous.yml").write_text(ambiguous)
    return load_kb(tmp_path)


_HOMONYMS = (
    "people:\n"
    "  - {id: vitinha, name: Vitinha, role: player, club: paris}\n"
    "  - {id: vitinha-2, name: Vitinha, role: player, club: genoa}\n"
)


def test_league_tier_zero_is_kept_and_a_missing_tier_is_one(tmp_path: Path) -> None:
    kb = _write_kb(tmp_path, "people: []\n")
    assert kb.leagues["other"].tier == 0
    assert kb.leagues["untiered"].tier == 1
    assert kb.leagues["top"].tier == 1


def test_homonyms_are_both_kept_and_their_name_is_ambiguous(tmp_path: Path) -> None:
    kb = _write_kb(tmp_path, _HOMONYMS, 'people:\n  "Vitinha": [vitinha, vitinha-2]\n')
    assert {kb.people["vitinha"].club, kb.people["vitinha-2"].club} == {"paris", "genoa"}
    (mention,) = kb.find_mentions("Arsenal want Vitinha")[1:]
    assert mention.kind == "person" and set(mention.ids) == {"vitinha", "vitinha-2"}
    assert check_kb(kb) == []


def test_undeclared_homonyms_are_a_problem(tmp_path: Path) -> None:
    kb = _write_kb(tmp_path, _HOMONYMS)
    assert any("'vitinha' is shared by people" in p for p in check_kb(kb))


def test_declared_homonym_with_unknown_id_is_a_problem(tmp_path: Path) -> None:
    kb = _write_kb(tmp_path, _HOMONYMS, 'people:\n  "Vitinha": [vitinha, vitinha-9]\n')
    assert any("unknown person id 'vitinha-9'" in p for p in check_kb(kb))


def test_club_outside_the_kb_is_free_text_not_a_problem(tmp_path: Path) -> None:
    kb = _write_kb(
        tmp_path,
        "people:\n"
        "  - {id: darius-olaru, name: Darius Olaru, role: player, club_name: FCSB}\n"
        "  - {id: typo, name: Typo Person, role: player, club: arsenall}\n"
        "  - {id: coach, name: Some Coach, role: manager, club_name: Lugano}\n",
    )
    olaru = kb.people["darius-olaru"]
    assert olaru.club is None and olaru.club_name == "FCSB"
    problems = check_kb(kb)
    assert problems == [
        "person typo: unknown club id 'arsenall' (a club outside the knowledge base goes in club_name)"
    ]


@pytest.mark.skipif(not (REAL_CONFIG / "kb" / "clubs.yml").exists(), reason="no real knowledge base")
def test_shipped_kb_checks_clean() -> None:
    kb = load_kb(REAL_CONFIG)
    assert check_kb(kb) == []
    assert {"vitinha", "vitinha-2"} <= set(kb.people)


def test_an_official_is_named_in_full_only(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "people_officials.yml").write_text(
        "people:\n  - {id: daniel-levy, name: Daniel Levy, role: official, club: null}\n"
    )
    kb = load_kb(tmp_path)
    assert [(m.text, m.ids) for m in kb.find_mentions("Daniel Levy said no")] == [
        ("Daniel Levy", ("daniel-levy",))
    ]
    assert kb.find_mentions("Levy said no") == []  # a bare surname may be someone else
    assert check_kb(kb) == []  # "official" is a role of its own


def test_years_of_birth_come_from_the_entry_else_from_births_yml(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "births.yml").write_text(
        "births:\n  vitinha: 2000\n  own-year: 1990\n  ghost: 1999\n  odd: 1776\n"
    )
    kb = _write_kb(
        tmp_path,
        "people:\n"
        "  - {id: vitinha, name: Vitinha, role: player, club: paris}\n"
        "  - {id: own-year, name: Own Year, role: player, club: genoa, born: 1985}\n"
        "  - {id: odd, name: Odd One, role: player, club: genoa}\n",
    )
    assert kb.people["vitinha"].born == 2000
    assert kb.people["own-year"].born == 1985  # the entry's own year wins
    assert kb.people["odd"].born is None
    problems = "\n".join(check_kb(kb))
    assert "births.yml: unknown person id 'ghost'" in problems
    assert "births.yml: odd: 1776 is no year of birth" in problems


def test_people_known_by_their_full_names_only_have_no_bare_surname(tmp_path: Path) -> None:
    _write_kb(tmp_path, "people:\n  - {id: kai-havertz, name: Kai Havertz, role: player, club: arsenal}\n")
    (tmp_path / "kb" / "people_history_players.yml").write_text(
        "full_names_only: true\npeople:\n  - {id: timo-werner, name: Timo Werner, role: player, club: null}\n"
    )
    kb = load_kb(tmp_path)
    assert kb.full_names_only == frozenset({"timo-werner"})
    assert names(kb, "Timo Werner joins") == [("Timo Werner", "person", ("timo-werner",))]
    assert names(kb, "Werner joins") == []
    # (the other files keep their surnames)
    assert names(kb, "Havertz joins") == [("Havertz", "person", ("kai-havertz",))]


# ---- head coaches' spells: the knowledge base as it stood in an older item's month --------------------

_COACHES = (
    "people:\n"
    "  - {id: coach-a, name: Coach Alpha, role: manager, club: arsenal, as_of: 2025-09-02}\n"
    "  - {id: coach-b, name: Coach Beta, role: manager, club: genoa, as_of: 2025-09-02}\n"
)


# a coach at Genoa, between clubs, then at Arsenal
_GENOA_THEN_ARSENAL = (
    "spells:\n"
    "  coach-a:\n"
    "    - {club: genoa, start: 2019-07, end: 2023-05}\n"
    "    - {club: arsenal, start: 2024-07, end: null}\n"
)


def _write_spells(tmp_path: Path, spells: str) -> KnowledgeBase:
    (tmp_path / "kb").mkdir(exist_ok=True)
    (tmp_path / "kb" / "coach_spells.yml").write_text(spells)
    return _write_kb(tmp_path, _COACHES)


def test_a_coach_is_at_the_club_of_his_spell_in_an_older_month(tmp_path: Path) -> None:
    kb = _write_spells(tmp_path, _GENOA_THEN_ARSENAL)
    assert check_kb(kb) == []
    assert kb.at(2021, 3).person("coach-a").club == "genoa"  # type: ignore[union-attr]
    between = kb.at(2024, 1).person("coach-a")
    assert between is not None and between.club is None and between.unattached
    assert kb.at(2025, 1).person("coach-a").club == "arsenal"  # type: ignore[union-attr]
    # the month he took charge may be before or after it: no club; his last month is still his
    assert kb.at(2024, 7).person("coach-a").club is None  # type: ignore[union-attr]
    assert kb.at(2023, 5).person("coach-a").club == "genoa"  # type: ignore[union-attr]
    # from his entry's as_of on, the entry stands; a coach without spells is never moved
    assert kb.at(2025, 10) is kb
    assert kb.at(2021, 3).person("coach-b").club == "genoa"  # type: ignore[union-attr]
    # views are cached, and the base is untouched
    assert kb.at(2021, 3) is kb.at(2021, 3)


def test_a_man_is_settled_at_his_club_a_month_clear_of_a_move(tmp_path: Path) -> None:
    kb = _write_spells(tmp_path, _GENOA_THEN_ARSENAL)
    assert "coach-a" in kb.at(2021, 3).settled
    # the spells' months may be off by one: not in the month after he took charge, nor in his last month
    assert "coach-a" not in kb.at(2019, 8).settled
    assert "coach-a" in kb.at(2019, 9).settled
    assert "coach-a" not in kb.at(2023, 5).settled
    assert "coach-a" in kb.at(2023, 4).settled
    assert "coach-a" not in kb.at(2024, 1).settled  # (between clubs)


def test_a_players_spells_place_him_in_an_older_month_but_make_him_no_coach(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir(exist_ok=True)
    (tmp_path / "kb" / "player_spells.yml").write_text(
        "spells:\n  player-a:\n    - {club: genoa, start: 2019-07, end: 2023-06}\n"
        "    - {club: arsenal, start: 2023-07, end: null}\n"
    )
    kb = _write_kb(
        tmp_path,
        "people:\n  - {id: player-a, name: Player Alpha, role: player, club: arsenal, as_of: 2025-09-02}\n",
    )
    assert kb.spell_problems == []
    assert kb.at(2021, 3).person("player-a").club == "genoa"  # type: ignore[union-attr]
    assert kb.at(2025, 10) is kb
    assert "player-a" not in kb.coached  # ("the former Genoa coach" is none of the players)


def test_a_young_coach_is_a_player_in_a_month_before_his_first_spell_in_charge(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir(exist_ok=True)
    (tmp_path / "kb" / "coach_spells.yml").write_text(
        "spells:\n  coach-a:\n    - {club: genoa, start: 2020-11, end: null}\n"
        "  coach-b:\n    - {club: genoa, start: 2016-02, end: 2019-06}\n"
    )
    (tmp_path / "kb" / "births.yml").write_text("births:\n  coach-a: 1985\n  coach-b: 1960\n")
    kb = _write_kb(
        tmp_path,
        "people:\n  - {id: coach-a, name: Coach Alpha, role: manager, club: genoa, as_of: 2025-09-02}\n"
        "  - {id: coach-b, name: Coach Beta, role: manager, club: null, as_of: 2025-09-02}\n",
    )
    assert kb.at(2017, 7).person("coach-a").role == "player"  # type: ignore[union-attr]
    assert kb.at(2021, 3).person("coach-a").role == "manager"  # type: ignore[union-attr]
    # (a man of 55 before his first spell the file knows was coaching somewhere it does not reach)
    assert kb.at(2015, 3).person("coach-b").role == "manager"  # type: ignore[union-attr]


def test_in_his_entrys_own_month_a_spell_still_running_places_him(tmp_path: Path) -> None:
    # (Ancelotti's entry: at no club as of 2025-05-26; news of that month still has him at Real Madrid)
    kb = _write_spells(
        tmp_path,
        "spells:\n"
        "  coach-a:\n"
        "    - {club: genoa, start: 2021-06, end: 2025-09}\n"
        "  coach-b:\n"
        "    - {club: arsenal, start: 2019-07, end: 2025-06}\n",
    )
    assert kb.at(2025, 9).person("coach-a").club == "genoa"  # type: ignore[union-attr]
    assert kb.at(2025, 10) is kb
    # (no spell covers the month: the entry stands)
    assert kb.at(2025, 9).person("coach-b").club == "genoa"  # type: ignore[union-attr]
    assert kb.person("coach-a").club == "arsenal"  # type: ignore[union-attr]


def test_spells_with_unknown_ids_bad_months_or_overlaps_are_problems(tmp_path: Path) -> None:
    kb = _write_spells(
        tmp_path,
        "spells:\n"
        "  nobody: [{club: genoa, start: 2019-07, end: null}]\n"
        "  coach-a:\n"
        "    - {club: atlantis, start: 2019-07, end: 2020-05}\n"
        "    - {club: genoa, start: July 2019, end: 2020-05}\n"
        "    - {club: paris, start: 2021-07, end: 2021-01}\n"
        "  coach-b:\n"
        "    - {club: genoa, start: 2019-07, end: null}\n"
        "    - {club: arsenal, start: 2022-07, end: null}\n",
    )
    problems = "\n".join(check_kb(kb))
    assert "nobody: unknown person id" in problems
    assert "unknown club id 'atlantis'" in problems
    assert "genoa: start and end are YYYY-MM" in problems
    assert "paris: ends before it starts" in problems
    assert "coach-b: genoa and arsenal overlap" in problems


def test_namesakes_are_told_apart_by_the_club_one_joins_next_or_his_sentence_names(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir(exist_ok=True)
    (tmp_path / "kb" / "player_spells.yml").write_text(
        "spells:\n  vitinha-2:\n    - {club: genoa, start: 2019-07, end: 2023-06}\n"
        "    - {club: arsenal, start: 2023-07, end: null}\n"
    )
    kb = _write_kb(tmp_path, _HOMONYMS, 'people:\n  "Vitinha": [vitinha, vitinha-2]\n')
    assert kb.at(2023, 1).joins == {"vitinha-2": "arsenal"}
    assert kb.at(2021, 3).joins == {}  # (a move more than a year away tells nothing yet)
    extractor = Extractor(kb)

    def claims(title: str, summary: str, year: int, month: int) -> list[tuple[str, str]]:
        when = datetime(year, month, 10, tzinfo=UTC)
        item = Item(id="x", title=title, link=None, summary=summary, published=when, source="")
        return [(c.person_id, c.stage) for c in extractor.extract(item)]

    # in January 2023 neither man is at Arsenal: the one who moves there within the year is meant
    assert [person for person, _stage in claims("Arsenal close in on Vitinha", "", 2023, 1)] == ["vitinha-2"]
    # both men's clubs named in the item: the one whose club his own sentence names
    summary = "PSG have won again. Arsenal have made an enquiry with Genoa about Vitinha."
    assert claims("Transfer gossip", summary, 2021, 3) == [("vitinha-2", "approach")]


@pytest.mark.skipif(not (REAL_CONFIG / "kb" / "clubs.yml").exists(), reason="no real knowledge base")
def test_spells_club_is_the_months_club_of_a_man_with_spells_only() -> None:
    kb = load_kb(REAL_CONFIG)
    august_2017 = kb.at(2017, 8)
    assert august_2017.spells_club("ousmane-dembele") == "borussia-dortmund"
    assert kb.at(2018, 3).spells_club("ousmane-dembele") == "barcelona"
    assert kb.spells_club("ousmane-dembele") is None  # (no month: today's club is not the spells')


@pytest.mark.skipif(not (REAL_CONFIG / "kb" / "clubs.yml").exists(), reason="no real knowledge base")
def test_an_officials_spells_place_him_at_his_club_of_the_month() -> None:
    kb = load_kb(REAL_CONFIG)
    assert not [p for p in kb.spell_problems if p.startswith("official_spells.yml")]
    then = kb.at(2019, 6).person("luis-campos")
    assert then is not None and then.club == "lille" and then.role == "official"
    assert kb.person("luis-campos").club == "paris-saint-germain"  # type: ignore[union-attr]
