#!/usr/bin/env python3
"""Sanity check of the people registry: config/kb/people.yml (+ people_euro2024.yml).

Usage:
    python scripts/check_people.py [KB_DIR]        # default: config/kb next to this script

Errors (exit status 1): malformed entries, duplicate ids inside one file, an id shared by both
files (people.yml wins, but the generator should have skipped it), a role outside
{player, manager}, a missing nationality, an ``as_of`` that is not a date, a bad position, a
manager whose club is not in clubs.yml, a national team that is not in nations.yml, a club of the
core top flights (REQUIRED_LEAGUES) without a manager in people.yml, unless listed in KNOWN_GAPS.
Warnings: other tier-1 clubs without a manager, nationalities not in nations.yml, players' club ids
not in clubs.yml (a club outside the knowledge base belongs in ``club_name``, free text), aliases
carried by two people or equal to another person's name.
"""

from __future__ import annotations

import datetime
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import yaml

ROLES = {"player", "manager"}
POSITIONS = {"goalkeeper", "defender", "midfielder", "forward"}
KEYS = {
    "id",
    "name",
    "role",
    "club",
    "club_name",
    "national_team",
    "nationality",
    "position",
    "as_of",
    "aliases",
}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# leagues whose every club must have a head coach in people.yml (other tier-1 leagues: warning)
REQUIRED_LEAGUES = {
    "premier-league",
    "la-liga",
    "serie-a",
    "bundesliga",
    "ligue-1",
    "primeira-liga",
    "eredivisie",
    "scottish-premiership",
    "saudi-pro-league",
}
# clubs of those leagues whose 2025-26 head coach is not known reliably enough to write down
KNOWN_GAPS = {
    "avs",
    "tondela",
    "casa-pia",
    "al-fayha",
    "al-riyadh",
    "damac",
    "al-okhdood",
    "al-hazem",
    "al-najma",
}
# explicit aliases that two people may share on purpose (none so far)
SHARED_ALIASES_OK: set[str] = set()


def fold(text: str) -> str:
    text = text.lower().translate(
        str.maketrans(
            {
                "ı": "i",
                "ø": "o",
                "ß": "ss",
                "ł": "l",
                "đ": "d",
                "æ": "ae",
                "ð": "d",
                "þ": "th",
                "œ": "oe",
                "ə": "e",
                "'": "",
                "’": "",
            }
        )
    )
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def load(path: str, key: str) -> list:
    if not os.path.exists(path):
        return []
    return yaml.safe_load(open(path, encoding="utf-8")).get(key) or []


def _jobless_manager(person: dict) -> bool:
    return person.get("role") == "manager" and not person.get("club") and not person.get("national_team")


def main() -> int:
    kb = (
        sys.argv[1]
        if len(sys.argv) > 1
        else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "config", "kb")
    )
    curated = load(os.path.join(kb, "people.yml"), "people")
    euro = load(os.path.join(kb, "people_euro2024.yml"), "people")
    clubs = load(os.path.join(kb, "clubs.yml"), "clubs")
    nations = {n["id"] for n in load(os.path.join(kb, "nations.yml"), "nations")}
    leagues = {lg["id"]: lg for lg in load(os.path.join(kb, "leagues.yml"), "leagues")}
    club_ids = {c["id"]: c for c in clubs}
    errors: list[str] = []
    warnings: list[str] = []

    def check_file(people: list, label: str) -> None:
        seen = set()
        for i, p in enumerate(people):
            where = f"{label}[{i}] {p.get('id')}"
            if not isinstance(p, dict) or not p.get("id") or not p.get("name"):
                errors.append(f"{where}: id and name required")
                continue
            extra = set(p) - KEYS
            if extra:
                errors.append(f"{where}: unknown keys {sorted(extra)}")
            if not ID_RE.match(p["id"]):
                errors.append(f"{where}: id is not kebab-case ASCII")
            if p["id"] in seen:
                errors.append(f"{where}: duplicate id in {label}")
            seen.add(p["id"])
            if p.get("role") not in ROLES:
                errors.append(f"{where}: role {p.get('role')!r} not in {sorted(ROLES)}")
            if not p.get("nationality"):
                errors.append(f"{where}: no nationality")
            elif nations and p["nationality"] not in nations:
                warnings.append(f"{where}: nationality {p['nationality']!r} not in nations.yml")
            if not isinstance(p.get("as_of"), datetime.date):
                errors.append(f"{where}: as_of {p.get('as_of')!r} is not a date")
            if p.get("role") == "player" and p.get("position") not in POSITIONS:
                errors.append(f"{where}: position {p.get('position')!r} not in {sorted(POSITIONS)}")
            if p.get("role") == "manager" and p.get("position") is not None:
                errors.append(f"{where}: a manager has no position")
            if "national_team" in p:
                if p.get("role") != "manager":
                    errors.append(f"{where}: national_team is for national-team coaches")
                elif nations and p["national_team"] not in nations:
                    errors.append(f"{where}: national_team {p['national_team']!r} not in nations.yml")
            if not isinstance(p.get("aliases", []), list):
                errors.append(f"{where}: aliases must be a list")
            if "club" in p and "club_name" in p:
                errors.append(f"{where}: give club (an id of clubs.yml) or club_name (free text), not both")
            club = p.get("club")
            if club is not None and club_ids and club not in club_ids:
                if p.get("role") == "manager":
                    errors.append(f"{where}: manager's club {club!r} not in clubs.yml")
                else:
                    unknown_player_clubs[label][club] += 1

    unknown_player_clubs: dict[str, Counter] = defaultdict(Counter)
    check_file(curated, "people.yml")
    check_file(euro, "people_euro2024.yml")

    curated_ids = {p.get("id") for p in curated}
    overlap = sorted(p.get("id") for p in euro if p.get("id") in curated_ids)
    for pid in overlap:
        errors.append(f"id {pid} in both files (people.yml wins; rerun scripts/build_people.py)")

    # every top-flight club has a manager (people.yml)
    managed = defaultdict(list)
    for p in curated:
        if p.get("role") == "manager" and p.get("club"):
            managed[p["club"]].append(p["id"])
    top = [c["id"] for c in clubs if leagues.get(c.get("league"), {}).get("tier") == 1]
    missing = [cid for cid in top if cid not in managed]
    for cid in missing:
        league = club_ids[cid].get("league")
        msg = f"top-flight club {cid} ({league}) has no manager in people.yml"
        if league in REQUIRED_LEAGUES and cid not in KNOWN_GAPS:
            errors.append(msg)
        else:
            warnings.append(msg + (" (known gap)" if cid in KNOWN_GAPS else ""))
    for cid, ids in managed.items():
        if len(ids) > 1:
            warnings.append(f"club {cid} has {len(ids)} managers: {ids}")

    # aliases shared by two people, or equal to another person's name (people.yml wins on id clashes)
    everyone = curated + [p for p in euro if p.get("id") not in curated_ids]
    owners: dict[str, set] = defaultdict(set)
    names: dict[str, set] = defaultdict(set)
    for p in everyone:
        names[fold(p["name"])].add(p["id"])
        for a in p.get("aliases") or []:
            owners[fold(a)].add(p["id"])
    for a, ids in sorted(owners.items()):
        if len(ids) > 1 and a not in SHARED_ALIASES_OK:
            warnings.append(f"alias {a!r} shared by {sorted(ids)}")
        other = names.get(a, set()) - ids
        if other:
            warnings.append(f"alias {a!r} of {sorted(ids)} is the name of {sorted(other)}")
    for n, ids in sorted(names.items()):
        if len(ids) > 1:
            warnings.append(f"name {n!r} carried by {sorted(ids)} (homonyms)")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    roles = Counter(p.get("role") for p in curated)
    print(
        f"people.yml: {len(curated)} people ({roles['player']} players, {roles['manager']} managers; "
        f"{sum(1 for p in curated if p.get('national_team'))} national-team coaches, "
        f"{sum(1 for p in curated if _jobless_manager(p))} "
        f"managers without a job)"
    )
    print(f"people_euro2024.yml: {len(euro)} players; ids in both files: {len(overlap)}")
    print(f"top-flight clubs with a manager: {len(top) - len(missing)}/{len(top)}")
    for label, cnt in unknown_player_clubs.items():
        print(f"{label}: {sum(cnt.values())} players at {len(cnt)} club ids not in clubs.yml")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
