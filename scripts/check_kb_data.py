#!/usr/bin/env python3
"""Consistency checks for the knowledge-base data in config/kb/ (clubs, leagues, ambiguous, nations, sources).

Usage:
    python scripts/check_kb_data.py [--data DATA_DIR] [--kb config/kb]

Without --data only the project's own files are checked. With --data (the shared reference-data
folder: openfootball fixtures, observed_tiers.csv) it also compares each league's clubs with the
2025-26 fixture lists and every row of observed_tiers.csv with sources.yml, recomputing the tier rule
of docs/knowledge-base.md. Exit status 1 when an error is found; differences that are expected are
printed as notes.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import os
import re
import statistics
import sys
import unicodedata
from pathlib import Path

import yaml

GENERIC = {
    "fc",
    "cf",
    "afc",
    "sc",
    "ac",
    "as",
    "ss",
    "ssc",
    "us",
    "cd",
    "ud",
    "sk",
    "bc",
    "sv",
    "vfl",
    "vfb",
    "rc",
    "ogc",
    "sl",
    "cp",
    "1",
    "04",
    "05",
    "09",
    "65",
    "1846",
    "1899",
    "1901",
    "1907",
    "1909",
    "1910",
    "1913",
    "1963",
    "29",
}
FIXTURES = {
    "2025-26/en.1.json": "premier-league",
    "2025-26/es.1.json": "la-liga",
    "2025-26/it.1.json": "serie-a",
    "2025-26/de.1.json": "bundesliga",
    "2025-26/fr.1.json": "ligue-1",
    "2025-26/pt.1.json": "primeira-liga",
    "2025-26/nl.1.json": "eredivisie",
    "2025-26/sco.1.json": "scottish-premiership",
    "2025-26/tr.1.json": "super-lig",
    "2025/mls.json": "mls",
}
EXPECTED_COUNTS = {
    "premier-league": 20,
    "la-liga": 20,
    "serie-a": 20,
    "bundesliga": 18,
    "ligue-1": 18,
    "primeira-liga": 18,
    "eredivisie": 18,
    "scottish-premiership": 12,
    "mls": 30,
    "super-lig": 18,
    "saudi-pro-league": 18,
    "championship": 24,
}
# observed_tiers.csv: guide columns and the club a club-specific guide speaks for (None = general guide)
GUIDE_COLUMNS = {
    "SW_chelsea": "chelsea",
    "SW_arsenal": "arsenal",
    "SW_barcelona_2023": "barcelona",
    "rBarca_2025": "barcelona",
    "FH_outlets_2022": None,
}
OBSERVATION_CLUBS = [
    (re.compile(r"barca", re.I), "barcelona"),
    (re.compile(r"leicester|filbertway", re.I), "leicester-city"),
]


def fold(text: str) -> str:
    text = text.lower().translate(
        str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "ł": "l", "æ": "ae", "’": "'"})
    )
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def term_key(text: str) -> str:
    """The key two surface forms share when a reader would take them for the same name."""
    key = fold(text)
    return key[4:] if key.startswith("the ") else key


def core(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in GENERIC)


# ---------------------------------------------------------------- tier rule (docs/knowledge-base.md)


def _numbers(cell: str) -> list[float]:
    cell = re.sub(
        r"\(.*?\)", "", cell
    )  # "(listed twice)", "(truncated excerpt '90min.co')", "(marked removed)"
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", cell)]


def cautious_median(values: list[float]) -> int:
    """Median, rounded toward the less reliable (higher) tier when it falls between two tiers."""
    return math.ceil(statistics.median(values) - 1e-9)


def guide_ratings(row: dict) -> tuple[list[float], dict[str, list[float]]]:
    """All ratings of one observed_tiers.csv row, and those of club-specific guides by club id."""
    overall: list[float] = []
    by_club: dict[str, list[float]] = collections.defaultdict(list)
    for column, club in GUIDE_COLUMNS.items():
        nums = _numbers(row.get(column) or "")
        if not nums:
            continue  # empty, or "aggregator" (not a tier)
        value = max(nums)  # "2 and 3 (listed twice)": the more cautious
        overall.append(value)
        if club:
            by_club[club].append(value)
    for part in (row.get("other_observations") or "").split(";"):
        found = re.findall(r"(?:tier|:)\s*(\d+(?:\.\d+)?)", re.sub(r"\(.*?\)", "", part), re.I)
        if not found:
            continue
        value = float(found[-1])
        overall.append(value)
        for pattern, club in OBSERVATION_CLUBS:
            if pattern.search(part):
                by_club[club].append(value)
    return overall, by_club


def tier_rule(row: dict) -> tuple[int | None, dict[str, int]]:
    overall, by_club = guide_ratings(row)
    if not overall:
        return None, {}
    tier = cautious_median(overall)
    if row.get("kind") != "journalist":
        return (
            tier,
            {},
        )  # an outlet's rating in a club's guide is that fan base's general view, not a club beat
    overrides = {club: cautious_median(vals) for club, vals in by_club.items()}
    return tier, {club: t for club, t in overrides.items() if t != tier}


# ---------------------------------------------------------------- checks


class Report:
    def __init__(self):
        self.errors = 0

    def error(self, msg: str):
        self.errors += 1
        print("ERROR", msg)

    def note(self, msg: str):
        print("note ", msg)


def load(kb: str, name: str):
    with open(os.path.join(kb, name), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def check_unique(rep: Report, items: list[dict], what: str):
    ids = collections.Counter(item.get("id") for item in items)
    for i, n in ids.items():
        if n > 1:
            rep.error(f"{what}: id {i!r} used {n} times")
        if not isinstance(i, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i):
            rep.error(f"{what}: id {i!r} is not kebab-case ASCII")


def check_clubs(rep: Report, kb: str, data: str | None):
    leagues = load(kb, "leagues.yml")["leagues"]
    clubs = load(kb, "clubs.yml")["clubs"]
    ambiguous = load(kb, "ambiguous.yml")["ambiguous"]
    nations = load(kb, "nations.yml")["nations"]
    check_unique(rep, leagues, "leagues")
    check_unique(rep, clubs, "clubs")
    check_unique(rep, nations, "nations")
    league_ids = {lg["id"] for lg in leagues}
    for lg in leagues:
        if lg.get("tier") not in (0, 1, 2):
            rep.error(f"league {lg['id']}: tier {lg.get('tier')!r}")
    nation_names = {n["name"] for n in nations}
    club_ids = {c["id"] for c in clubs}
    per_league = collections.Counter()
    owners: dict[str, list[str]] = collections.defaultdict(list)
    for c in clubs:
        for field in ("id", "name", "country", "league", "aliases", "nicknames", "grounds"):
            if field not in c:
                rep.error(f"club {c.get('id')}: no {field}")
        if c["league"] not in league_ids:
            rep.error(f"club {c['id']}: unknown league {c['league']!r}")
        if c["country"] not in nation_names:
            rep.error(f"club {c['id']}: country {c['country']!r} is not a nation name in nations.yml")
        per_league[c["league"]] += 1
        terms = [c["name"], *c.get("aliases", []), *c.get("nicknames", []), *c.get("grounds", [])]
        for field in ("aliases", "nicknames", "grounds"):
            for t in c.get(field) or []:
                if not isinstance(t, str) or not t.strip():
                    rep.error(f"club {c['id']}: bad {field} entry {t!r}")
        for key in {term_key(t) for t in terms}:
            owners[key].append(c["id"])
    amb_keys: dict[str, set[str]] = collections.defaultdict(set)
    for term, ids in ambiguous.items():
        if len(ids) < 2:
            rep.error(f"ambiguous {term!r}: fewer than two candidates")
        for i in ids:
            if i not in club_ids:
                rep.error(f"ambiguous {term!r}: unknown club id {i!r}")
        amb_keys[term_key(term)].update(ids)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    for key, ids in sorted(shared.items()):
        if key not in amb_keys:
            rep.error(f"{key!r} is carried by {ids} but is not in ambiguous.yml")
        elif not set(ids) <= amb_keys[key]:
            rep.error(f"{key!r}: clubs {sorted(set(ids) - amb_keys[key])} carry it but are not candidates")
    for key, ids in amb_keys.items():
        missing = ids - set(owners.get(key, []))
        if missing:
            rep.note(f"ambiguous {key!r}: candidates {sorted(missing)} do not list it themselves")
    print(
        f"leagues: {len(leagues)}; clubs: {len(clubs)}; ambiguous surface forms: {len(ambiguous)} "
        f"({len(amb_keys)} distinct); nations: {len(nations)}"
    )
    for lg in leagues:
        exp = EXPECTED_COUNTS.get(lg["id"])
        flag = "" if exp is None or exp == per_league[lg["id"]] else f"  (expected {exp})"
        print(f"  {lg['id']:28} {per_league[lg['id']]:3}{flag}")
        if flag:
            rep.error(f"league {lg['id']}: {per_league[lg['id']]} clubs, expected {exp}")
    if data:
        check_fixtures(rep, data, clubs)


def check_fixtures(rep: Report, data: str, clubs: list[dict]):
    index: dict[str, set[str]] = collections.defaultdict(set)
    for c in clubs:
        for t in [c["name"], *c["aliases"]]:
            index[core(t)].add(c["id"])
    by_id = {c["id"]: c for c in clubs}
    for rel, league in FIXTURES.items():
        path = os.path.join(data, "openfootball_football_json", rel)
        if not os.path.exists(path):
            rep.note(f"no fixture file {rel}")
            continue
        teams = set()
        for m in json.loads(Path(path).read_text(encoding="utf-8")).get("matches", []):
            teams.update((m["team1"], m["team2"]))
        matched = set()
        for team in sorted(teams):
            ids = index.get(core(team), set())
            if len(ids) != 1:
                rep.error(f"{rel}: team {team!r} matches clubs {sorted(ids) or 'none'}")
                continue
            cid = next(iter(ids))
            matched.add(cid)
            if by_id[cid]["league"] != league:
                rep.error(f"{rel}: {team!r} -> {cid} is filed under {by_id[cid]['league']}")
        ours = {c["id"] for c in clubs if c["league"] == league}
        extra = ours - matched
        if extra:
            rep.error(f"{league}: clubs not in the fixture list {rel}: {sorted(extra)}")
        print(f"  fixtures {rel:22} {len(teams):3} teams, {len(matched):3} matched")


def check_nations(rep: Report, kb: str):
    nations = load(kb, "nations.yml")["nations"]
    clubs = load(kb, "clubs.yml")["clubs"]
    club_terms = {term_key(t): c["id"] for c in clubs for t in [c["name"], *c["aliases"], *c["nicknames"]]}
    seen: dict[str, str] = {}
    for n in nations:
        for field in ("aliases", "adjectives", "demonyms"):
            if not isinstance(n.get(field), list):
                rep.error(f"nation {n['id']}: {field} is not a list")
        for t in [n["name"], *n["aliases"]]:
            k = term_key(t)
            if k in seen and seen[k] != n["id"]:
                rep.error(f"nation alias {t!r} on {seen[k]} and {n['id']}")
            seen[k] = n["id"]
            if k in club_terms:
                rep.note(f"nation alias {t!r} ({n['id']}) is also a club term ({club_terms[k]})")
    uefa = sum(1 for n in nations if n["id"] in UEFA)
    if uefa != len(UEFA):
        rep.error(f"UEFA nations: {uefa} of {len(UEFA)}: missing {sorted(UEFA - {n['id'] for n in nations})}")


UEFA = {
    "albania",
    "andorra",
    "armenia",
    "austria",
    "azerbaijan",
    "belarus",
    "belgium",
    "bosnia-and-herzegovina",
    "bulgaria",
    "croatia",
    "cyprus",
    "czech-republic",
    "denmark",
    "england",
    "estonia",
    "faroe-islands",
    "finland",
    "france",
    "georgia",
    "germany",
    "gibraltar",
    "greece",
    "hungary",
    "iceland",
    "israel",
    "italy",
    "kazakhstan",
    "kosovo",
    "latvia",
    "liechtenstein",
    "lithuania",
    "luxembourg",
    "malta",
    "moldova",
    "montenegro",
    "netherlands",
    "north-macedonia",
    "northern-ireland",
    "norway",
    "poland",
    "portugal",
    "republic-of-ireland",
    "romania",
    "russia",
    "san-marino",
    "scotland",
    "serbia",
    "slovakia",
    "slovenia",
    "spain",
    "sweden",
    "switzerland",
    "turkey",
    "ukraine",
    "wales",
}


def check_sources(rep: Report, kb: str, data: str | None):
    src = load(kb, "sources.yml")
    clubs = {c["id"] for c in load(kb, "clubs.yml")["clubs"]}
    outlets, journalists = src["outlets"], src["journalists"]
    if src.get("default_tier") not in range(1, 6):
        rep.error("default_tier must be 1..5")
    names: dict[str, str] = {}
    for kind, items in (("outlet", outlets), ("journalist", journalists)):
        for item in items:
            if item.get("tier") not in range(1, 6):
                rep.error(f"{kind} {item['name']}: tier {item.get('tier')!r}")
            for t in [item["name"], *(item.get("aliases") or [])]:
                k = fold(t)
                if k in names and names[k] != item["name"]:
                    rep.error(f"source name {t!r} on {names[k]!r} and {item['name']!r}")
                names[k] = item["name"]
            if kind == "outlet" and item.get("home_club") not in (None, *clubs):
                rep.error(f"outlet {item['name']}: unknown home_club {item.get('home_club')!r}")
    outlet_names = {o["name"] for o in outlets}
    for j in journalists:
        if j.get("outlet") not in (None, *outlet_names):
            rep.error(f"journalist {j['name']}: outlet {j.get('outlet')!r} is not an outlet name")
    tiers = {o["name"]: o["tier"] for o in [*outlets, *journalists]}
    overrides = {}
    for o in src.get("club_overrides") or []:
        if fold(o["source"]) not in names:
            rep.error(f"club_override: unknown source {o['source']!r}")
        if o["club"] not in clubs:
            rep.error(f"club_override: unknown club {o['club']!r}")
        overrides[(names.get(fold(o["source"])), o["club"])] = o["tier"]
    print(f"outlets: {len(outlets)}; journalists: {len(journalists)}; club overrides: {len(overrides)}")
    if not data:
        return
    path = os.path.join(data, "observed_tiers.csv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            raw = row["name"]
            name = names.get(fold(raw)) or names.get(fold(re.sub(r"\(.*?\)", "", raw)))
            if name is None:
                rep.error(f"observed_tiers.csv: {raw!r} is not in sources.yml")
                continue
            tier, club_tiers = tier_rule(row)
            if tier is not None and tiers[name] != tier:
                rep.error(f"{raw}: sources.yml tier {tiers[name]}, rule gives {tier}")
            for club, t in club_tiers.items():
                if overrides.get((name, club)) != t:
                    rep.error(
                        f"{raw}: rule gives club override {club}={t}, "
                        f"sources.yml has {overrides.get((name, club))}"
                    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="shared reference-data folder (optional)")
    ap.add_argument("--kb", default=os.path.join(os.path.dirname(__file__), "..", "config", "kb"))
    args = ap.parse_args()
    rep = Report()
    check_clubs(rep, args.kb, args.data)
    check_nations(rep, args.kb)
    check_sources(rep, args.kb, args.data)
    print("OK" if not rep.errors else f"{rep.errors} error(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
