"""Names typed by fans to knowledge-base clubs and people: fuzzy resolution and autocomplete.

Built once from a :class:`~feeds.kb.KnowledgeBase`'s public dicts (clubs, people, nations, leagues,
ambiguous aliases). :meth:`Resolver.resolve` tries, in order, and stops at the first step that finds
something:

1. a reference ``club:<id>`` / ``person:<id>`` (what choice buttons send back);
2. an exact name, alias or nickname (accents, case and punctuation folded): one entity resolves,
   several are ambiguous, a national team gets its own answer (clubs and people only);
3. an exact surname ("Alonso", "Kompany"), derived from each person's name;
4. every typed word found whole in a name ("Kylian", "Real" -> the Real clubs);
5. fuzzy matching on all of those names (typos): a clear winner resolves, near-ties are ambiguous,
   anything weaker is unknown with the closest suggestions.

:meth:`Resolver.autocomplete` answers a prefix from a sorted index of every word-start of every name
(binary search), topped up with fuzzy matches for typos; see ``bench/bench_autocomplete.py``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.models import EntityKind
from feeds.kb import Club, KnowledgeBase, Nation, Person, fold, surname_of

CandidateKind = Literal["club", "person", "nation"]

RESOLVE_SCORE = 85.0  # a fuzzy match at least this good resolves (when no rival is close)
RIVAL_MARGIN = 4.0  # rivals within this many points make it ambiguous
SUGGEST_SCORE = 55.0  # weaker fuzzy matches are not worth suggesting
AUTOCOMPLETE_SCORE = 75.0  # typo matches offered while typing must be closer than suggestions
MAX_CHOICES = 8
FUZZY_BELOW = 3  # autocomplete adds typo matches only when fewer names than this start with the prefix


@dataclass(frozen=True, slots=True)
class Candidate:
    """A club, person or national team a name may mean; ``detail`` tells same-named ones apart."""

    kind: CandidateKind
    id: str
    name: str
    detail: str

    @property
    def ref(self) -> str:
        """``club:<id>`` / ``person:<id>`` / ``nation:<id>``: resolves back to exactly this one."""
        return f"{self.kind}:{self.id}"

    @property
    def entity_kind(self) -> EntityKind:
        """The followable kind; ``ValueError`` for a national team."""
        if self.kind == "nation":
            raise ValueError(f"{self.name} is a national team, not a club or person")
        return EntityKind(self.kind)

    @property
    def label(self) -> str:
        """ "Name (detail)" for choice lists."""
        return f"{self.name} ({self.detail})" if self.detail else self.name


@dataclass(frozen=True, slots=True)
class Resolved:
    candidate: Candidate


@dataclass(frozen=True, slots=True)
class Ambiguous:
    query: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class NationalTeam:
    query: str
    nation: Candidate


@dataclass(frozen=True, slots=True)
class Unknown:
    query: str
    suggestions: tuple[Candidate, ...]


Resolution = Resolved | Ambiguous | NationalTeam | Unknown

_KIND_RANK: dict[CandidateKind, int] = {"club": 0, "person": 1, "nation": 2}


class Resolver:
    """Fuzzy name resolution and prefix autocomplete over a knowledge base (build once, reuse)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._candidates: list[Candidate] = []
        self._rank: list[tuple[int, int, str]] = []  # kind, league tier (clubs), folded name
        self._by_ref: dict[str, int] = {}
        self._listed: dict[str, list[int]] = {}  # folded name/alias/nickname -> entities
        self._derived: dict[str, list[int]] = {}  # folded surname -> people
        self._words: dict[str, set[int]] = {}  # folded word of a listed name -> entities
        fuzzy_keys: dict[str, set[int]] = {}
        prefixes: list[tuple[str, int, int]] = []  # (word-start suffix of a name, priority, entity)

        def add_entity(candidate: Candidate, tier: int) -> int:
            index = len(self._candidates)
            self._candidates.append(candidate)
            self._rank.append((_KIND_RANK[candidate.kind], tier, fold(candidate.name)))
            self._by_ref[candidate.ref] = index
            return index

        def add_name(index: int, name: str, *, derived: bool = False, canonical: bool = False) -> None:
            key = fold(name)
            if not key:
                return
            bucket = (self._derived if derived else self._listed).setdefault(key, [])
            if index not in bucket:
                bucket.append(index)
            fuzzy_keys.setdefault(key, set()).add(index)
            if self._candidates[index].kind == "nation":
                return
            if not derived:
                for word in key.split():
                    self._words.setdefault(word, set()).add(index)
            words = key.split()
            for start in range(len(words)):
                suffix = " ".join(words[start:])
                priority = (0 if canonical else 1) if start == 0 else 2
                prefixes.append((suffix, priority, index))

        for club in kb.clubs.values():
            league = kb.leagues.get(club.league)
            candidate = _club_candidate(club, league.name if league else "")
            # tier 0 is the catch-all "other leagues": listed after every ranked league
            index = add_entity(candidate, league.tier if league and league.tier > 0 else 9)
            add_name(index, club.name, canonical=True)
            for alias in (*club.aliases, *club.nicknames):
                add_name(index, alias)
        for alias, club_ids in kb.ambiguous.items():
            for club_id in club_ids:
                if f"club:{club_id}" in self._by_ref:
                    add_name(self._by_ref[f"club:{club_id}"], alias)
        for person in kb.people.values():
            club_name = kb.clubs[person.club].name if person.club in kb.clubs else ""
            index = add_entity(_person_candidate(person, club_name), 9)
            add_name(index, person.name, canonical=True)
            for alias in person.aliases:
                add_name(index, alias)
            for name in (person.name, *person.aliases):
                surname = surname_of(name)
                if surname:
                    add_name(index, surname, derived=True)
        for nation in kb.nations.values():
            index = add_entity(_nation_candidate(nation), 9)
            for alias in (nation.name, *nation.aliases):
                add_name(index, alias)

        self._fuzzy_names = list(fuzzy_keys)
        self._fuzzy_owners = [sorted(fuzzy_keys[key]) for key in self._fuzzy_names]
        # autocomplete's typo matches look only at names with the same first letter (a typo there is
        # rare), which keeps the fuzzy pass a few hundred names long
        self._by_initial: dict[str, tuple[list[str], list[list[int]]]] = {}
        for key, owners in zip(self._fuzzy_names, self._fuzzy_owners, strict=True):
            names, owned = self._by_initial.setdefault(key[0], ([], []))
            names.append(key)
            owned.append(owners)
        self._roles = {person.id: person.role or None for person in kb.people.values()}
        self._short: dict[tuple[str, int], list[Candidate]] = {}
        prefixes.sort()
        self._prefix_keys = [p[0] for p in prefixes]
        self._prefix_rows = [(p[1], p[2]) for p in prefixes]

    # ---- lookups ---------------------------------------------------------------------------------

    def get(self, ref: str) -> Candidate | None:
        """The candidate of a ``club:<id>`` / ``person:<id>`` / ``nation:<id>`` reference."""
        index = self._by_ref.get(ref)
        return None if index is None else self._candidates[index]

    def role_of(self, person_id: str) -> str | None:
        """``"player"``, ``"manager"`` or ``None`` when unknown (the ``RoleOf`` of ``bot.matching``)."""
        return self._roles.get(person_id)

    def _ranked(self, indexes: Iterable[int]) -> tuple[Candidate, ...]:
        ordered = sorted(set(indexes), key=lambda i: self._rank[i])
        return tuple(self._candidates[i] for i in ordered[:MAX_CHOICES])

    def _decide(self, query: str, indexes: Iterable[int]) -> Resolution:
        found = set(indexes)
        people_or_clubs = {i for i in found if self._candidates[i].kind != "nation"}
        if not people_or_clubs:
            return NationalTeam(query, self._candidates[min(found)])
        if len(people_or_clubs) == 1:
            return Resolved(self._candidates[people_or_clubs.pop()])
        return Ambiguous(query, self._ranked(people_or_clubs))

    # ---- resolution ------------------------------------------------------------------------------

    def resolve(self, query: str) -> Resolution:
        """What ``query`` names: one club or person, several, a national team, or nothing known."""
        text = query.strip()
        ref = self._by_ref.get(text.casefold())
        if ref is not None:
            candidate = self._candidates[ref]
            return NationalTeam(text, candidate) if candidate.kind == "nation" else Resolved(candidate)
        q = fold(text)
        if not q:
            return Unknown(text, ())
        for table in (self._listed, self._derived):
            if q in table:
                return self._decide(text, table[q])
        words = q.split()
        if all(word in self._words for word in words):
            common = set.intersection(*(self._words[word] for word in words))
            if common:
                return self._decide(text, common)
        return self._fuzzy(text, q)

    def _scores(
        self, q: str, limit: int, cutoff: float = SUGGEST_SCORE, *, same_initial: bool = False
    ) -> list[tuple[int, float]]:
        """Entities by best fuzzy score of any of their names, best first."""
        names, owners = self._fuzzy_names, self._fuzzy_owners
        if same_initial:
            names, owners = self._by_initial.get(q[0], ([], []))
        hits = process.extract(q, names, scorer=fuzz.token_sort_ratio, limit=limit, score_cutoff=cutoff)
        best: dict[int, float] = {}
        for _name, score, position in hits:
            for index in owners[position]:
                best[index] = max(best.get(index, 0.0), float(score))
        return sorted(best.items(), key=lambda item: (-item[1], self._rank[item[0]]))

    def _fuzzy(self, text: str, q: str) -> Resolution:
        scored = self._scores(q, limit=40)
        if not scored or scored[0][1] < RESOLVE_SCORE:
            return Unknown(text, tuple(self._candidates[i] for i, _ in scored[:5]))
        top = scored[0][1]
        close = [i for i, score in scored if score >= top - RIVAL_MARGIN]
        return self._decide(text, close)

    # ---- autocomplete ----------------------------------------------------------------------------

    def suggest(self, prefix: str, *, limit: int = 10) -> list[Candidate]:
        """Clubs and people whose names (or a word of them) start with ``prefix``, best first; topped
        up with fuzzy matches when hardly any name starts that way (typos). No national teams."""
        q = fold(prefix)
        if not q:
            return []
        if len(q) <= 2:  # the most names to rank, and few distinct prefixes: remember the answers
            key = (q, limit)
            if key not in self._short:
                self._short[key] = self._suggest(q, limit)
            return list(self._short[key])
        return self._suggest(q, limit)

    def _suggest(self, q: str, limit: int) -> list[Candidate]:
        start = bisect.bisect_left(self._prefix_keys, q)
        found: dict[int, tuple[int, ...]] = {}
        for position in range(start, min(start + 4000, len(self._prefix_keys))):
            if not self._prefix_keys[position].startswith(q):
                break
            priority, index = self._prefix_rows[position]
            kind, tier, name = self._rank[index]
            exact = 0 if self._prefix_keys[position] == q else 1
            key = (priority, exact, kind, tier, len(name))
            if index not in found or key < found[index]:
                found[index] = key
        ordered = sorted(found, key=lambda i: (found[i], self._rank[i]))[:limit]
        if len(ordered) < FUZZY_BELOW and len(q) >= 3:
            for index, _score in self._scores(
                q, limit=limit * 2, cutoff=AUTOCOMPLETE_SCORE, same_initial=True
            ):
                if index not in found and self._candidates[index].kind != "nation":
                    ordered.append(index)
                    found[index] = ()
                if len(ordered) >= limit:
                    break
        return [self._candidates[i] for i in ordered]

    def autocomplete(self, prefix: str, *, limit: int = 10) -> list[str]:
        """The names of :meth:`suggest` (what Discord's autocomplete offers; each resolves back)."""
        return [candidate.name for candidate in self.suggest(prefix, limit=limit)]


def _club_candidate(club: Club, league: str) -> Candidate:
    return Candidate("club", club.id, club.name, f"club, {league or club.country or 'unknown league'}")


def _person_candidate(person: Person, club: str) -> Candidate:
    role = person.role or "person"
    return Candidate("person", person.id, person.name, f"{role}, {club}" if club else role)


def _nation_candidate(nation: Nation) -> Candidate:
    return Candidate("nation", nation.id, nation.name, "national team")
