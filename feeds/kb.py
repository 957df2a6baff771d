"""The knowledge base: clubs, people, nations and sources, and the alias automaton over them.

Loaded once from ``config/kb/*.yml`` (formats in ``docs/knowledge-base.md``) by :func:`load_kb`.
Every alias is folded (lower case, accents and punctuation removed, spaces collapsed) and put in one
Aho-Corasick automaton; :meth:`KnowledgeBase.find_mentions` scans a text once and keeps, among the
matches that sit on word boundaries and are written with capitals, the longest non-overlapping ones.

Aliases the loader derives itself: a person's surname (the last word, or from the first particle on:
"De Zerbi", "ten Hag", "van Dijk"), the name without a "Jr"/"Junior" suffix, and "ss" forms of "ß".
A derived alias shared by several people, or an alias listed in ``ambiguous.yml``, gives a mention
with several candidates: the extractor resolves it from context or drops it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final, Literal, overload

import ahocorasick
import yaml
from rapidfuzz import fuzz, process

MentionKind = Literal["club", "person", "nation", "nation_adj", "demonym", "journalist", "outlet"]

_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "dello",
        "dei",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "le",
        "la",
        "los",
        "las",
        "dos",
        "das",
        "do",
        "du",
        "des",
        "bin",
        "ben",
        "al",
        "el",
    ]
)
_SUFFIXES = frozenset({"jr", "junior", "sr", "ii", "iii"})
# Words that may start an alias in lower case ("the Reds", "ten Hag"); every other word of a match
# must be capitalised in the text, so "forest fire" or "a rice dish" never match.
_LOWER_OK = _PARTICLES | {"the", "of", "and", "y", "e", "st", "&"}


# --------------------------------------------------------------------------------------------------
# folding


def _fold_char(ch: str) -> str:
    special = {
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "Œ": "oe",
        "’": "'",
        "‘": "'",
        "`": "'",
        "&": " and ",
    }
    if ch in special:
        return special[ch]
    if ch.isascii():
        low = ch.lower()
        return low if low.isalnum() or low == "'" else " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
    return base if base.isascii() and base.isalnum() else " "


_FOLD_CACHE: dict[str, str] = {}


class _OneCharFolds(dict[int, str]):
    """``str.translate`` table folding each character to one character; characters that fold to
    several ("æ", "&") map to NUL, which sends the text to the slow path."""

    def __missing__(self, code: int) -> str:
        f = _fold_char(chr(code))
        self[code] = f if len(f) == 1 else "\0"
        return self[code]


_ONE_CHAR_FOLDS = _OneCharFolds()
_SPACE_RUN = re.compile(r"  +")


class _CollapsedOffsets(Sequence[int]):
    """``offsets[i]`` for a folded text whose runs of spaces were collapsed: the index in the original
    of folded char ``i``, found from the few collapsed runs rather than stored per character."""

    __slots__ = ("_length", "_origin", "_starts")

    def __init__(self, starts: list[int], origin: list[int], length: int) -> None:
        self._starts = starts  # folded index where each stretch begins
        self._origin = origin  # the original index of that stretch's first char
        self._length = length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...
    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        j = bisect.bisect_right(self._starts, i) - 1
        return self._origin[j] + (i - self._starts[j])


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """Fold ``text`` for matching and map every folded character back to its index in ``text``.

    Letters and digits are lower-cased and stripped of accents, apostrophes unified, anything else
    becomes one space (runs collapsed). ``offsets[i]`` is the index in ``text`` of folded char ``i``.
    """
    folded = text.translate(_ONE_CHAR_FOLDS)
    if "\0" not in folded:
        lead = len(folded) - len(folded.lstrip(" "))
        if "  " not in folded and not lead:
            return folded, range(len(folded))
        # collapse runs of spaces (and drop leading ones): one stretch per run, not one entry per char
        starts, origin, parts = [0], [lead], []
        pos, out_len = lead, 0
        for m in _SPACE_RUN.finditer(folded, lead):
            parts.append(folded[pos : m.start() + 1])
            out_len += m.start() + 1 - pos
            pos = m.end()
            starts.append(out_len)
            origin.append(pos)
        parts.append(folded[pos:])
        out_len += len(folded) - pos
        return "".join(parts), _CollapsedOffsets(starts, origin, out_len)
    out: list[str] = []
    offsets: list[int] = []
    prev_space = True
    cache = _FOLD_CACHE
    for i, ch in enumerate(text):
        f = cache.get(ch)
        if f is None:
            f = cache[ch] = _fold_char(ch)
        for c in f:
            if c == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            out.append(c)
            offsets.append(i)
    return "".join(out), offsets


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form of ``text`` used as an alias key (see :func:`fold_with_offsets`)."""
    folded = text.translate(_ONE_CHAR_FOLDS)
    if "\0" not in folded:
        return " ".join(folded.split(" ")).strip() if "  " not in folded else " ".join(folded.split())
    return fold_with_offsets(text)[0].strip()


def slug(text: str) -> str:
    """A stable id fragment: the folded text with hyphens."""
    return fold(text).replace("'", "").replace(" ", "-")


# --------------------------------------------------------------------------------------------------
# entities


@dataclass(frozen=True, slots=True)
class League:
    id: str
    name: str
    country: str
    tier: int


@dataclass(frozen=True, slots=True)
class Club:
    id: str
    name: str
    country: str
    league: str
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Nation:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    role: str  # "player" | "manager" | "official" (never moves) | "" when the file does not say
    club: str | None = None  # a club id of the knowledge base, or None when unknown
    national_team: str | None = None
    nationality: str | None = None
    position: str | None = None
    as_of: str | None = None
    aliases: tuple[str, ...] = ()
    listed_club: str | None = None  # the club id as written, kept when it is not a known club
    club_name: str | None = None  # free text: a club the knowledge base does not cover ("FCSB")
    unattached: bool = False  # the file says ``club: null`` on purpose (a manager out of work)
    born: int | None = None  # the year of birth, to check "the 25-year-old" against


@dataclass(frozen=True, slots=True)
class Spell:
    """A head coach's time at a club: ``start``/``end`` are (year, month), ``end`` None while he is there."""

    club: str
    start: tuple[int, int]
    end: tuple[int, int] | None = None

    def covers(self, month: tuple[int, int]) -> bool:
        # not the month he took charge: news of it may be from before or after (the text then places him)
        return self.start < month and (self.end is None or month <= self.end)


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    tier: int
    home_club: str | None = None


@dataclass(frozen=True, slots=True)
class Journalist:
    name: str
    aliases: tuple[str, ...]
    outlet: str | None
    tier: int


@dataclass(frozen=True, slots=True)
class ClubOverride:
    source: str
    club: str
    tier: int


@dataclass(frozen=True, slots=True)
class Sources:
    default_tier: int = 4
    outlets: tuple[Outlet, ...] = ()
    journalists: tuple[Journalist, ...] = ()
    club_overrides: tuple[ClubOverride, ...] = ()


Entity = Club | Person | Nation


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming something in the knowledge base.

    ``ids`` holds every candidate of ``kind`` for the alias (one when unambiguous). ``start``/``end``
    index the original text; ``derived`` is true when the alias was derived by the loader (surname).
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    ids: tuple[str, ...]
    derived: bool = False

    @property
    def ambiguous(self) -> bool:
        return len(self.ids) > 1


@dataclass(frozen=True, slots=True)
class _Target:
    kind: MentionKind
    id: str
    derived: bool
    listed_ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    """What an alias key stands for, after conflicts were settled at load time."""

    key: str
    kind: MentionKind
    ids: tuple[str, ...]
    derived: bool
    first_lower: tuple[bool, ...]  # per word: may be written in lower case


_KIND_ORDER: dict[str, int] = {
    "club": 0,
    "person": 1,
    "journalist": 2,
    "nation": 3,
    "demonym": 4,
    "nation_adj": 5,
    "outlet": 6,
}


@dataclass
class KnowledgeBase:
    """Everything the extractor knows, with id lookups and the alias automaton."""

    leagues: dict[str, League]
    clubs: dict[str, Club]
    nations: dict[str, Nation]
    people: dict[str, Person]
    sources: Sources
    ambiguous: dict[str, tuple[str, ...]]
    ambiguous_people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # people known by their full names only: a bare surname is theirs only after the item names them in full
    full_names_only: frozenset[str] = frozenset()
    alias_conflicts: list[str] = field(default_factory=list)
    birth_problems: list[str] = field(default_factory=list)
    # head coaches' and players' spells at clubs (coach_spells.yml, player_spells.yml), by person id: an older
    # item's "Klopp's side"
    spells: dict[str, tuple[Spell, ...]] = field(default_factory=dict)
    spell_problems: list[str] = field(default_factory=list)
    # the clubs each head coach has had by his spells (kept in a month's view, which drops the spells):
    # "the former Roma coach" is one of the men who coached Roma
    coached: dict[str, frozenset[str]] = field(default_factory=dict)
    # in a month's view, the club each man with spells moves to within the next year: news of a move comes
    # before it ("Inter Miami are keen to add Luis Suarez" in December 2023 tells him from a namesake)
    joins: dict[str, str] = field(default_factory=dict)
    # the month each head coach first took charge by his spells: a young man's older item is from his playing
    # days ("the manager who sold him" in 2017 is not Wayne Rooney)
    coaching_since: dict[str, tuple[int, int]] = field(default_factory=dict)
    # in a month's view, the people with spells: their club is the spells' for that month (or their entry's,
    # from its as_of on), not today's club of an entry written later
    dated: frozenset[str] = frozenset()
    # in a month's view, the people with spells whose club then is a month or more from a move either side
    # (the spells' months may be off by one, and the month of a move may be told of either club)
    settled: frozenset[str] = frozenset()
    load_seconds: float = 0.0
    _entries: dict[str, _Entry] = field(default_factory=dict, repr=False)
    _automaton: Any = field(default=None, repr=False)
    _search_names: list[str] = field(default_factory=list, repr=False)
    _search_owner: list[Entity] = field(default_factory=list, repr=False)
    _nation_by_word: dict[str, str] = field(default_factory=dict, repr=False)
    _league_by_word: dict[str, str] = field(default_factory=dict, repr=False)
    _views: dict[tuple[int, int], KnowledgeBase] = field(default_factory=dict, repr=False)

    # ---- lookups ---------------------------------------------------------------------------------

    def spells_club(self, person_id: str) -> str | None:
        """In a month's view, the club a man's spells place him at (None for a man without spells)."""
        person = self.people.get(person_id) if person_id in self.dated else None
        return person.club if person else None

    def at(self, year: int, month: int) -> KnowledgeBase:
        """The knowledge base as it stood in a month: a head coach whose spells say where he was then is
        at that club (at none between clubs or in the month he took charge), when the month is before his
        entry's ``as_of``. The same object when no coach moves; views are cached and share everything else."""
        when = (year, month)
        view = self._views.get(when)
        if view is not None:
            return view
        people = self.people
        joins: dict[str, str] = {}
        settled: set[str] = set()
        soon = (year + 1, month)
        for person_id, spells in self.spells.items():
            person = people[person_id]  # (the loader keeps spells of known people only)
            joined = next((spell.club for spell in spells if when <= spell.start <= soon), None)
            if joined is not None:
                joins[person_id] = joined
            covering = next((spell for spell in spells if spell.covers(when)), None)
            if (
                covering is not None
                and _months_between(covering.start, when) >= 2
                and (covering.end is None or _months_between(when, covering.end) >= 1)
            ):
                settled.add(person_id)
            as_of = _month(person.as_of)
            if as_of is not None and when > as_of:
                continue
            club = covering.club if covering else None
            if when == as_of and club is None:
                continue  # (in the entry's own month, a spell still running says where he was until then)
            role = person.role
            since = self.coaching_since.get(person_id)
            if role == "manager" and since is not None and when < since and _playing_age(person, year):
                role = "player"
            if club != person.club or role != person.role:
                if people is self.people:
                    people = dict(people)
                people[person_id] = replace(person, club=club, unattached=club is None, role=role)
        if people is self.people and not joins:
            view = self
        else:
            view = replace(
                self,
                people=people,
                spells={},
                joins=joins,
                dated=frozenset(self.spells),
                settled=frozenset(settled),
                _views={},
            )
        self._views[when] = view
        return view

    def club(self, club_id: str | None) -> Club | None:
        return self.clubs.get(club_id) if club_id else None

    def person(self, person_id: str | None) -> Person | None:
        return self.people.get(person_id) if person_id else None

    def nation(self, nation_id: str | None) -> Nation | None:
        return self.nations.get(nation_id) if nation_id else None

    def nation_for_word(self, word: str) -> str | None:
        """The nation id named by a name, adjective or demonym ("Spain", "Spanish", "Spaniard")."""
        return self._nation_by_word.get(fold(word))

    def league_for_words(self, words: str) -> str | None:
        """The league id named by ``words`` ("Bundesliga", "Premier League"), if any."""
        return self._league_by_word.get(fold(words))

    # ---- mentions --------------------------------------------------------------------------------

    def find_mentions(self, text: str) -> list[Mention]:
        """Every knowledge-base name in ``text``, longest match first, without overlaps, in order.

        Matching is case- and accent-insensitive on word boundaries, but each word of a match that is
        not a particle ("de", "van", "the") must be capitalised in ``text``.
        """
        folded, offsets = fold_with_offsets(text)
        return self._mentions_in(text, folded, offsets)

    def _mentions_in(self, text: str, folded: str, offsets: Sequence[int]) -> list[Mention]:
        if self._automaton is None:
            return []
        n = len(folded)
        found: list[tuple[int, int, _Entry]] = []
        for end, entry in self._automaton.iter(folded):
            start = end - len(entry.key) + 1
            if start > 0 and folded[start - 1] not in " '":
                continue
            if end + 1 < n and folded[end + 1] not in " '":
                continue
            if not _capitalised(text, folded, offsets, start, entry):
                continue
            found.append((start, end + 1, entry))
        if not found:
            return []
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        taken: list[tuple[int, int, _Entry]] = []
        used = bytearray(n + 1)
        for start, stop, entry in found:
            if any(used[start:stop]):
                continue
            used[start:stop] = b"\x01" * (stop - start)
            taken.append((start, stop, entry))
        taken.sort(key=lambda f: f[0])
        out = []
        for start, stop, entry in taken:
            o_start, o_end = offsets[start], offsets[stop - 1] + 1
            out.append(Mention(o_start, o_end, text[o_start:o_end], entry.kind, entry.ids, entry.derived))
        return out

    # ---- fuzzy search ----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 5) -> list[tuple[Entity, float]]:
        """Clubs, people and nations whose names are closest to ``query`` (typos, accents, nicknames).

        Scores are 0..1; an exact alias scores 1. Each entity appears once, best score kept.
        """
        q = fold(query)
        if not q:
            return []
        results: dict[int, tuple[Entity, float]] = {}
        hits = process.extract(q, self._search_names, scorer=fuzz.WRatio, limit=limit * 8, score_cutoff=60)
        for _name, score, index in hits:
            entity = self._search_owner[index]
            key = id(entity)
            value = float(score) / 100.0
            if self._search_names[index] == q:
                value = 1.0
            if key not in results or results[key][1] < value:
                results[key] = (entity, value)
        ranked = sorted(results.values(), key=lambda r: (-r[1], r[0].name))
        return ranked[:limit]


def _capitalised(text: str, folded: str, offsets: Sequence[int], start: int, entry: _Entry) -> bool:
    pos = start
    for lower_ok in entry.first_lower:
        if not lower_ok:
            at = offsets[pos]
            ch = text[at]
            # "Heung-min", "Ait-Nouri": the word after a hyphen inside a name may be lower case (but a
            # name never starts there: "a three-man shortlist")
            if ch.isalpha() and not ch.isupper() and not (pos > start and at and text[at - 1] == "-"):
                return False
        nxt = folded.find(" ", pos)
        if nxt < 0:
            break
        pos = nxt + 1
    return True


# --------------------------------------------------------------------------------------------------
# loading


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # a safe loader, libyaml's when available


def _strs(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v)


def _opt(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


# months and days: capitalised words that are never a surname ("in March" is no Solly March)
CALENDAR_WORDS: Final = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def surname_of(name: str) -> str | None:
    """The surname a text may use alone: the last word, or from the first particle on.

    "Roberto De Zerbi" -> "De Zerbi", "Erik ten Hag" -> "ten Hag", "Vinicius Junior" -> "Vinicius";
    None for one-word names.
    """
    words = name.split()
    stripped = False
    while len(words) > 1 and fold(words[-1]) in _SUFFIXES:
        words, stripped = words[:-1], True
    if len(words) < 2:
        return words[0] if stripped else None
    for i in range(1, len(words) - 1):
        if fold(words[i]) in _PARTICLES:
            return " ".join(words[i:])
    return words[-1]


def _people(raw: Any, clubs: Mapping[str, Club]) -> Iterator[Person]:
    for row in (raw or {}).get("people") or []:
        if not isinstance(row, dict) or not row.get("name"):
            continue
        name = str(row["name"])
        club = _opt(row.get("club"))
        yield Person(
            id=str(row.get("id") or slug(name)),
            name=name,
            role=str(row.get("role") or ""),
            club=club if club in clubs else None,
            national_team=_opt(row.get("national_team")),
            nationality=_opt(row.get("nationality")),
            position=_opt(row.get("position")),
            as_of=_opt(row.get("as_of")),
            aliases=_strs(row.get("aliases")),
            listed_club=club,
            club_name=_opt(row.get("club_name")),
            unattached="club" in row and row["club"] is None,
            born=_year(row.get("born")),
        )


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bare_nicknames(nicknames: tuple[str, ...]) -> list[str]:
    """Headlines drop the article: "Magpies miss out" is "the Magpies" (matched capitalised only)."""
    return [
        n[4:] for n in nicknames if n.startswith("the ") and n[4:5].isupper() and n[4:] not in _EVERYDAY_WORDS
    ]


# bare forms that open everyday sentences ("Well done, big man.", "Posh Spice"): only "the Well" names
# Motherwell, "the Posh" Peterborough
_EVERYDAY_WORDS: Final = frozenset(["Well", "Crew", "Posh"])


def load_kb(config_dir: Path) -> KnowledgeBase:
    """Read ``config_dir/kb/*.yml`` and build the knowledge base and its automaton.

    Missing files give empty sections. ``people.yml`` (hand-curated) wins over generated people files
    (``people_*.yml``) for the same id or the same folded name, and ``clubs.yml`` over ``clubs_*.yml``
    for the same id.
    """
    t0 = time.perf_counter()
    kb_dir = config_dir / "kb"
    leagues = {
        str(r["id"]): League(
            str(r["id"]),
            str(r.get("name") or r["id"]),
            str(r.get("country") or ""),
            1 if r.get("tier") is None else int(r["tier"]),  # tier 0 is the catch-all league
        )
        for r in (_load_yaml(kb_dir / "leagues.yml") or {}).get("leagues") or []
        if isinstance(r, dict) and r.get("id")
    }
    clubs: dict[str, Club] = {}
    # clubs.yml, then generated files (clubs_*.yml) of clubs it lacks
    club_rows = [
        r
        for path in [kb_dir / "clubs.yml", *sorted(kb_dir.glob("clubs_*.yml"))]
        for r in (_load_yaml(path) or {}).get("clubs") or []
    ]
    for r in club_rows:
        if not isinstance(r, dict) or not r.get("id") or str(r["id"]) in clubs:
            continue
        clubs[str(r["id"])] = Club(
            id=str(r["id"]),
            name=str(r.get("name") or r["id"]),
            country=str(r.get("country") or ""),
            league=str(r.get("league") or ""),
            aliases=_strs(r.get("aliases")),
            nicknames=_strs(r.get("nicknames")),
            grounds=_strs(r.get("grounds")),
        )
    nations: dict[str, Nation] = {}
    for r in (_load_yaml(kb_dir / "nations.yml") or {}).get("nations") or []:
        if not isinstance(r, dict) or not r.get("id"):
            continue
        nations[str(r["id"])] = Nation(
            id=str(r["id"]),
            name=str(r.get("name") or r["id"]),
            aliases=_strs(r.get("aliases")),
            adjectives=_strs(r.get("adjectives")),
            demonyms=_strs(r.get("demonyms")),
        )
    raw_ambiguous = _load_yaml(kb_dir / "ambiguous.yml") or {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for alias, ids in (raw_ambiguous.get("ambiguous") or {}).items():
        ambiguous[fold(str(alias))] = _strs(ids)
    ambiguous_people: dict[str, tuple[str, ...]] = {}
    for alias, ids in (raw_ambiguous.get("people") or {}).items():
        ambiguous_people[fold(str(alias))] = _strs(ids)

    people: dict[str, Person] = {}
    curated = kb_dir / "people.yml"
    generated = sorted(p for p in kb_dir.glob("people*.yml") if p != curated)
    full_names_only: set[str] = set()
    for path in [curated, *generated]:
        raw_people = _load_yaml(path) or {}
        names_only = bool(raw_people.get("full_names_only"))
        for person in _people(raw_people, clubs):
            # the curated file is read first and wins for an id; homonyms (vitinha, vitinha-2) are kept
            if names_only and person.id not in people:
                full_names_only.add(person.id)
            people.setdefault(person.id, person)
    # years of birth by person id (births.yml, generated from squad lists): for a person whose own entry
    # gives none
    birth_problems: list[str] = []
    for person_id, year in ((_load_yaml(kb_dir / "births.yml") or {}).get("births") or {}).items():
        entry = people.get(str(person_id))
        if entry is None:
            birth_problems.append(f"births.yml: unknown person id {person_id!r}")
        elif _year(year) is None or not 1930 <= year <= 2015:
            birth_problems.append(f"births.yml: {person_id}: {year!r} is no year of birth")
        elif entry.born is None:
            people[entry.id] = replace(entry, born=year)

    spells, spell_problems = _load_spells(kb_dir / "coach_spells.yml", people, clubs)
    player_spells, player_spell_problems = _load_spells(kb_dir / "player_spells.yml", people, clubs)
    # (an official's club in an older item: "Luis Campos" in June 2019 speaks for Lille, not PSG)
    official_spells, official_spell_problems = _load_spells(kb_dir / "official_spells.yml", people, clubs)
    sources = _load_sources(_load_yaml(kb_dir / "sources.yml") or {})
    kb = KnowledgeBase(
        leagues=leagues,
        clubs=clubs,
        nations=nations,
        people=people,
        sources=sources,
        ambiguous=ambiguous,
        ambiguous_people=ambiguous_people,
        full_names_only=frozenset(full_names_only),
        birth_problems=birth_problems,
        spells={**player_spells, **official_spells, **spells},
        spell_problems=spell_problems + player_spell_problems + official_spell_problems,
        coached={pid: frozenset(spell.club for spell in rows) for pid, rows in spells.items()},
        coaching_since={pid: min(spell.start for spell in rows) for pid, rows in spells.items() if rows},
    )
    _build_index(kb)
    kb.load_seconds = time.perf_counter() - t0
    return kb


def _playing_age(person: Person, year: int) -> bool:
    # (a man of 36 or more before his first spell in charge was more likely coaching where the spells do not
    # reach, as an assistant, in a youth team or abroad)
    return person.born is not None and year - person.born <= 35


def _load_spells(
    path: Path, people: Mapping[str, Person], clubs: Mapping[str, Club]
) -> tuple[dict[str, tuple[Spell, ...]], list[str]]:
    """Spells at clubs by person id (head coaches', players'), and the problems of the file (unknown ids,
    bad months)."""
    raw: Mapping[str, Any] = _load_yaml(path) or {}
    spells: dict[str, tuple[Spell, ...]] = {}
    problems: list[str] = []
    for person_id, rows in (raw.get("spells") or {}).items():
        where = f"{path.name}: {person_id}"
        if str(person_id) not in people:
            problems.append(f"{where}: unknown person id")
            continue
        kept: list[Spell] = []
        for row in rows or []:
            club, start = str(row.get("club") or ""), _month(row.get("start"))
            end = None if row.get("end") is None else _month(row.get("end"))
            if club not in clubs:
                problems.append(f"{where}: unknown club id {club!r}")
            elif start is None or (row.get("end") is not None and end is None):
                problems.append(f"{where}: {club}: start and end are YYYY-MM")
            elif end is not None and end < start:
                problems.append(f"{where}: {club}: ends before it starts")
            else:
                kept.append(Spell(club, start, end))
        kept.sort(key=lambda spell: spell.start)
        for before, after in itertools.pairwise(kept):
            if before.end is None or after.start < before.end:
                problems.append(f"{where}: {before.club} and {after.club} overlap")
        spells[str(person_id)] = tuple(kept)
    return spells, problems


def _months_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (b[0] - a[0]) * 12 + b[1] - a[1]


def _month(value: Any) -> tuple[int, int] | None:
    """(year, month) of "YYYY-MM" or "YYYY-MM-DD"."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", str(value or ""))
    return (int(m.group(1)), int(m.group(2))) if m and 1 <= int(m.group(2)) <= 12 else None


def _load_sources(raw: Mapping[str, Any]) -> Sources:
    default = int(raw.get("default_tier") or 4)
    outlets = tuple(
        Outlet(
            str(r["name"]), _strs(r.get("aliases")), int(r.get("tier") or default), _opt(r.get("home_club"))
        )
        for r in raw.get("outlets") or []
        if isinstance(r, dict) and r.get("name")
    )
    journalists = tuple(
        Journalist(
            str(r["name"]), _strs(r.get("aliases")), _opt(r.get("outlet")), int(r.get("tier") or default)
        )
        for r in raw.get("journalists") or []
        if isinstance(r, dict) and r.get("name")
    )
    overrides = tuple(
        ClubOverride(str(r["source"]), str(r["club"]), int(r["tier"]))
        for r in raw.get("club_overrides") or []
        if isinstance(r, dict) and r.get("source") and r.get("club") and r.get("tier") is not None
    )
    return Sources(default, outlets, journalists, overrides)


def _alias_variants(alias: str) -> set[str]:
    key = fold(alias)
    out = {key} if key else set()
    if "ß" in alias:
        out.add(fold(alias.replace("ß", "s")))
    if "'" in key:
        out.add(" ".join(key.replace("'", " ").split()))
    return out


def _build_index(kb: KnowledgeBase) -> None:
    targets: dict[str, list[_Target]] = {}
    lower_words: dict[str, tuple[bool, ...]] = {}

    def add(alias: str, kind: MentionKind, entity_id: str, derived: bool = False) -> None:
        for key in _alias_variants(alias):
            bucket = targets.setdefault(key, [])
            if not any(t.kind == kind and t.id == entity_id for t in bucket):
                bucket.append(_Target(kind, entity_id, derived))
            if key not in lower_words:
                lower_words[key] = _lower_pattern(alias, key)

    for club in kb.clubs.values():
        for alias in (club.name, *club.aliases, *club.nicknames, *club.grounds):
            add(alias, "club", club.id)
        for alias in _bare_nicknames(club.nicknames):
            add(alias, "club", club.id, derived=True)
    for alias, ids in kb.ambiguous.items():
        for club_id in ids:
            if club_id in kb.clubs:
                add(alias, "club", club_id)
                for bare in _bare_nicknames((alias,)):
                    add(bare, "club", club_id, derived=True)
    for person in kb.people.values():
        for alias in (person.name, *person.aliases):
            add(alias, "person", person.id)
        if person.role == "official" or person.id in kb.full_names_only:
            continue  # (only the names listed: a bare "Levy" or "Hughes" may be someone else)
        # (not from an epithet: "The Special One" gives no "One", as in "One step remains")
        for name in (person.name, *(a for a in person.aliases if not a.lower().startswith("the "))):
            sur = surname_of(name)
            if sur and fold(sur) not in CALENDAR_WORDS:  # "in March" is no Solly March
                add(sur, "person", person.id, derived=True)
            words = name.split()
            if len(words) > 2 and fold(words[-1]) in _SUFFIXES:
                add(" ".join(words[:-1]), "person", person.id, derived=True)
            elif len(words) == 3 and not any(fold(w) in _PARTICLES for w in words):
                add(" ".join(words[1:]), "person", person.id, derived=True)  # "Kolo Muani", "Mac Allister"
    for nation in kb.nations.values():
        for alias in (nation.name, *nation.aliases):
            add(alias, "nation", nation.id)
        for alias in nation.demonyms:
            add(alias, "demonym", nation.id)
        for alias in nation.adjectives:
            add(alias, "nation_adj", nation.id)
    # outlets named in the text ("Mundo Deportivo reports", "according to The Athletic"): the longest
    # match wins over a club's shorter alias inside them ("Deportivo", "Athletic")
    for outlet in kb.sources.outlets:
        for alias in (outlet.name, *outlet.aliases):
            if len(alias) > 3 and " " in alias:
                add(alias, "outlet", slug(outlet.name), derived=True)
    for journalist in kb.sources.journalists:
        jid = slug(journalist.name)
        for alias in (journalist.name, *journalist.aliases):
            add(alias, "journalist", jid)
            sur = surname_of(alias)
            if sur:
                add(sur, "journalist", jid, derived=True)

    automaton = ahocorasick.Automaton()
    conflicts: list[str] = []
    for key, bucket in targets.items():
        entry = _settle(key, bucket, kb, conflicts, lower_words[key])
        if entry is not None:
            kb._entries[key] = entry
            automaton.add_word(key, entry)
    if kb._entries:
        automaton.make_automaton()
        kb._automaton = automaton
    kb.alias_conflicts = conflicts

    for nation in kb.nations.values():
        for word in (nation.name, *nation.aliases, *nation.adjectives, *nation.demonyms):
            kb._nation_by_word.setdefault(fold(word), nation.id)
    for league in kb.leagues.values():
        kb._league_by_word.setdefault(fold(league.name), league.id)
        kb._league_by_word.setdefault(fold(league.id.replace("-", " ")), league.id)

    names: list[str] = []
    owners: list[Entity] = []
    for club in kb.clubs.values():
        for alias in {club.name, *club.aliases, *club.nicknames}:
            names.append(fold(alias))
            owners.append(club)
    for person in kb.people.values():
        for alias in {person.name, *person.aliases}:
            names.append(fold(alias))
            owners.append(person)
    for nation in kb.nations.values():
        for alias in {nation.name, *nation.aliases}:
            names.append(fold(alias))
            owners.append(nation)
    kb._search_names, kb._search_owner = names, owners


def _lower_pattern(alias: str, key: str) -> tuple[bool, ...]:
    words = key.split()
    pattern = []
    for i, word in enumerate(words):
        lower_ok = word in _LOWER_OK or word[0].isdigit()
        if i == 0 and word == "the":
            lower_ok = True
        pattern.append(lower_ok)
    # an alias written in lower case in the file ("inter" is not): trust the file's capitals
    return tuple(pattern)


def _settle(
    key: str,
    bucket: list[_Target],
    kb: KnowledgeBase,
    conflicts: list[str],
    lower: tuple[bool, ...],
) -> _Entry | None:
    """Decide what an alias key means when several entities list it.

    Listed aliases beat derived ones; among listed aliases the kinds rank club > person > journalist >
    nation; several candidates of that kind stay as an ambiguous mention (recorded as a conflict when a
    listed alias is shared by clubs, or by people, without being declared in ``ambiguous.yml``).
    """
    listed = [t for t in bucket if not t.derived]
    pool = listed or bucket
    best_kind = min(pool, key=lambda t: _KIND_ORDER[t.kind]).kind
    chosen = [t for t in pool if t.kind == best_kind]
    ids = tuple(dict.fromkeys(t.id for t in chosen))
    declared = kb.ambiguous_people if best_kind == "person" else kb.ambiguous
    if listed and len(ids) > 1 and best_kind in ("club", "person") and key not in declared:
        conflicts.append(
            f"alias {key!r} is shared by {'people' if best_kind == 'person' else 'clubs'} {', '.join(ids)}"
            " but not declared ambiguous"
        )
    return _Entry(key, best_kind, ids, derived=not listed, first_lower=lower)


# --------------------------------------------------------------------------------------------------
# validation


def check_kb(kb: KnowledgeBase) -> list[str]:
    """Problems a maintainer should fix, one line each (empty when the knowledge base is sound)."""
    problems = [*kb.alias_conflicts, *kb.birth_problems, *kb.spell_problems]
    for club in kb.clubs.values():
        if club.league not in kb.leagues and club.league not in ("", "other"):
            problems.append(f"club {club.id}: unknown league {club.league!r}")
        elif not club.league:
            problems.append(f"club {club.id}: no league")
    for alias, ids in kb.ambiguous.items():
        for club_id in ids:
            if club_id not in kb.clubs:
                problems.append(f"ambiguous alias {alias!r}: unknown club id {club_id!r}")
    for alias, ids in kb.ambiguous_people.items():
        for person_id in ids:
            if person_id not in kb.people:
                problems.append(f"ambiguous alias {alias!r}: unknown person id {person_id!r}")
    for person in kb.people.values():
        if person.role not in ("player", "manager", "official"):
            problems.append(f"person {person.id}: role {person.role!r} is not player, manager or official")
        if person.listed_club and person.club is None:
            problems.append(
                f"person {person.id}: unknown club id {person.listed_club!r}"
                " (a club outside the knowledge base goes in club_name)"
            )
        if (
            person.role == "manager"
            and not person.listed_club
            and not person.club_name
            and not person.national_team
            and not person.unattached
        ):
            problems.append(
                f"person {person.id}: manager without a club or national team (say club: null if out of work)"
            )
        for nation_id in (person.national_team, person.nationality):
            if nation_id and nation_id not in kb.nations:
                problems.append(f"person {person.id}: unknown nation id {nation_id!r}")
    for outlet in kb.sources.outlets:
        if outlet.home_club and outlet.home_club not in kb.clubs:
            problems.append(f"outlet {outlet.name}: unknown home club {outlet.home_club!r}")
    for override in kb.sources.club_overrides:
        if override.club not in kb.clubs:
            problems.append(f"club override for {override.source}: unknown club {override.club!r}")
    return problems
