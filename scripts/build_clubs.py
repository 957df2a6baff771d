#!/usr/bin/env python3
"""Draft a club registry from the openfootball reference data.

Usage:
    python scripts/build_clubs.py DATA_DIR [--names "Leicester City FC" ...] > /tmp/clubs.draft.yml

DATA_DIR is the shared reference-data folder holding ``openfootball_clubs/*.clubs.txt`` and
``openfootball_football_json/{2025-26,2025}/*.json``. Nothing is copied from it: the script only
prints a *draft* (id, name, country, league, aliases = openfootball spelling variants, grounds) for
every club of the 2025-26 top flights it finds in the fixture files, plus any club named with
``--names`` (league ``other``). The committed ``config/kb/clubs.yml`` is that draft after hand
curation: English press names, nicknames, grounds used as metonyms and ambiguity review
(see docs/knowledge-base.md).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import yaml

# fixture file -> (league id, country)
LEAGUE_FILES = {
    "2025-26/en.1.json": ("premier-league", "England"),
    "2025-26/es.1.json": ("la-liga", "Spain"),
    "2025-26/it.1.json": ("serie-a", "Italy"),
    "2025-26/de.1.json": ("bundesliga", "Germany"),
    "2025-26/fr.1.json": ("ligue-1", "France"),
    "2025-26/pt.1.json": ("primeira-liga", "Portugal"),
    "2025-26/nl.1.json": ("eredivisie", "Netherlands"),
    "2025-26/sco.1.json": ("scottish-premiership", "Scotland"),
    "2025-26/tr.1.json": ("super-lig", "Turkey"),
    "2025/mls.json": ("mls", "USA"),
}
CLUB_FILE_COUNTRY = {
    "eng": "England",
    "es": "Spain",
    "it": "Italy",
    "de": "Germany",
    "fr": "France",
    "mc": "Monaco",
    "pt": "Portugal",
    "nl": "Netherlands",
    "sco": "Scotland",
    "tr": "Turkey",
    "sa": "Saudi Arabia",
    "us": "USA",
    "ca": "Canada",
}
KEEP_LANG_TAGS = {"en"}  # variants tagged [de], [it]... are foreign-press forms: dropped


def fold(text: str) -> str:
    """Lower-case ASCII fold used to match names across files."""
    text = text.lower().translate(str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "ł": "l"}))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


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
}


def core(text: str) -> str:
    return " ".join(
        w for w in fold(text).split() if w not in GENERIC and not re.fullmatch(r"(18|19|20)\d\d", w)
    )


def kebab(text: str) -> str:
    return "-".join(fold(text).split())


def parse_clubs_file(path: str) -> list[dict]:
    country = CLUB_FILE_COUNTRY.get(os.path.basename(path).split(".")[0], "?")
    clubs: list[dict] = []
    current: dict | None = None
    for raw in Path(path).read_text(encoding="utf-8").splitlines(keepends=True):
        line = re.sub(r"\s#.*$", "", raw.rstrip("\n"))
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "=")) or "//" in stripped:
            continue
        if stripped.startswith("ii)"):
            current = None  # reserve team: ignore it and its variants
            continue
        if stripped.startswith("|"):
            if current is None:
                continue
            for variant in stripped.split("|"):
                variant = variant.strip()
                tag = re.search(r"\[(\w+)\]\s*$", variant)
                if tag:
                    if tag.group(1) not in KEEP_LANG_TAGS:
                        continue
                    variant = variant[: tag.start()].strip()
                if variant and variant not in current["variants"]:
                    current["variants"].append(variant)
            continue
        if line[:1].isspace():
            continue  # address or other continuation line
        parts = [p.strip() for p in stripped.split(",")]
        name = re.sub(r"\s*\(.*?\)\s*$", "", parts[0]).strip()
        ground = next((p[1:].strip() for p in parts[1:] if p.startswith("@")), None)
        city = parts[-1].split("›")[0].strip() if len(parts) > 1 else None
        current = {"name": name, "country": country, "ground": ground, "city": city, "variants": []}
        clubs.append(current)
    return clubs


def league_members(data_dir: str) -> dict[str, list[str]]:
    members = {}
    for rel, (league, _country) in LEAGUE_FILES.items():
        path = os.path.join(data_dir, "openfootball_football_json", rel)
        if not os.path.exists(path):
            continue
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        teams = set()
        for match in data.get("matches", []):
            teams.update((match["team1"], match["team2"]))
        members[league] = sorted(teams)
    return members


def find_club(name: str, clubs: list[dict], country: str | None = None) -> dict | None:
    key, ckey = fold(name), core(name)
    pools = [[c for c in clubs if c["country"] == country], clubs] if country else [clubs]
    for pool in pools:  # same country first (Monaco and Canadian clubs are filed apart)
        for test in (lambda s: fold(s) == key, lambda s: core(s) == ckey and ckey):
            for club in pool:
                if any(test(s) for s in [club["name"], *club["variants"]]):
                    return club
    return None


def draft_entry(team: str, league: str, country: str, club: dict | None) -> dict:
    entry = {
        "id": kebab(core(team) or team),
        "name": team,
        "country": country,
        "league": league,
        "aliases": [],
        "nicknames": [],
        "grounds": [],
    }
    if club:
        entry["aliases"] = [
            v
            for v in [club["name"], *club["variants"]]
            if fold(v) != fold(team) and fold(v) != fold(club.get("city") or "")
        ]
        if club["ground"]:
            entry["grounds"] = [club["ground"]]
    return entry


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir")
    ap.add_argument("--names", nargs="*", default=[], help="extra clubs to look up (league: other)")
    args = ap.parse_args()
    clubs = [
        c
        for f in sorted(glob.glob(os.path.join(args.data_dir, "openfootball_clubs", "*.clubs.txt")))
        for c in parse_clubs_file(f)
    ]
    out, unmatched = [], []
    members = league_members(args.data_dir)
    countries = {league: country for league, country in LEAGUE_FILES.values()}
    for league, teams in members.items():
        for team in teams:
            club = find_club(team, clubs, countries[league])
            if club is None:
                unmatched.append(team)
            out.append(draft_entry(team, league, countries[league], club))
    for name in args.names:
        club = find_club(name, clubs)
        if club is None:
            unmatched.append(name)
        out.append(draft_entry(name, "other", club["country"] if club else "?", club))
    for team in unmatched:
        print(f"warning: no openfootball club entry for {team!r}", file=sys.stderr)
    for league, teams in members.items():
        print(f"# {league}: {len(teams)} clubs", file=sys.stderr)
    yaml.safe_dump({"clubs": out}, sys.stdout, allow_unicode=True, sort_keys=False, width=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
