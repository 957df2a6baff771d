#!/usr/bin/env python3
"""Generate config/kb/people_euro2024.yml from the openfootball Euro 2024 squad lists.

Usage:
    python scripts/build_people.py SQUADS_DIR [--out config/kb/people_euro2024.yml]
                                   [--people config/kb/people.yml] [--clubs config/kb/clubs.yml]

SQUADS_DIR holds openfootball's ``<nation>.txt`` squad files (CC0, openfootball/euro); nothing is
copied from it, the script only reads it. Each player becomes a ``role: player`` entry with the
club he was at in June 2024 (``as_of: 2024-06-14``), nationality = the squad's nation and the
position of the list (GK/DF/MF/FW).

Rules:
* ids are kebab-case ASCII of the full name (the same rule as people.yml).
* **people.yml wins**: a squad player is skipped when his id, or his folded full name, is the id,
  name or an alias of someone of the same nationality in the hand-curated people.yml (which is more
  current). A same-named person of another nationality is a homonym and gets a suffixed id (-2, -3).
  So the two files never share an id and the loader need not arbitrate.
* Diogo Jota (died July 2025) is left out.
* club names are mapped to clubs.yml ids through the club names and aliases there (after dropping
  FC/CF/AFC/SK/... and the country tag), plus a few explicit mappings below. A club outside the
  knowledge base (clubs.yml covers some leagues only) is written as free text, ``club_name: FCSB``,
  instead of a club id; the script reports how many.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import os
import re
import sys
import unicodedata
from pathlib import Path

import yaml

AS_OF = datetime.date(2024, 6, 14)
POSITIONS = {"GK": "goalkeeper", "DF": "defender", "MF": "midfielder", "FW": "forward"}
# squad nation (file header) -> nation id, when the kebab of the English name is not the id
NATION_IDS: dict[str, str] = {}
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
    "fk",
    "nk",
    "hnk",
    "gnk",
    "jk",
    "sfc",
    "if",
    "kv",
    "krc",
    "rsc",
    "kvc",
    "pfc",
    "cfr",
    "mks",
    "club",
    "calcio",
    "te",
    "tc",
    "cs",
    "bk",
    "tsg",
    "tsv",
    "rcd",
    "1",
    "04",
    "05",
    "09",
}
# squad players left out on purpose (deceased)
EXCLUDE = {"diogo-jota"}
# squad spelling -> clubs.yml id, where the aliases do not reach
CLUB_MAP = {
    "FC Bayern Munich": "bayern-munich",
    "FC Bayern München": "bayern-munich",
    "Inter Milan": "inter-milan",
    "FC Internazionale Milano": "inter-milan",
    "Athletic Bilbao": "athletic-club",
    "Atlético Madrid": "atletico-madrid",
    "Paris Saint-Germain F.C.": "paris-saint-germain",
    "Sporting CP": "sporting-cp",
    "Sporting Clube de Portugal": "sporting-cp",
    "S.L. Benfica": "benfica",
    "PSV Eindhoven": "psv-eindhoven",
    "AC Milan": "ac-milan",
    "SSC Napoli": "napoli",
    "AS Roma": "roma",
    "Olympique de Marseille": "marseille",
    "Olympique Lyonnais": "lyon",
    "Red Star Belgrade": "red-star-belgrade",
    "Pisa SC": "pisa",
    "Hertha BSC": "hertha-berlin",
    "VfL Bochum": "bochum",
    "Al Shabab FC": "al-shabab",
    "Al-Okhdood Club": "al-okhdood",
    "Wolverhampton Wanderers F.C.": "wolverhampton-wanderers",
    "Brighton & Hove Albion F.C.": "brighton",
}


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


def kebab(text: str) -> str:
    return "-".join(fold(text).split())


def core(text: str) -> str:
    return " ".join(
        w
        for w in fold(text).split()
        if w not in GENERIC and len(w) > 1 and not re.fullmatch(r"(18|19|20)\d\d", w)
    )


def club_index(clubs_path: str) -> dict[str, str]:
    index: dict[str, str] = {}
    if not os.path.exists(clubs_path):
        return index
    for club in yaml.safe_load(Path(clubs_path).read_text(encoding="utf-8"))["clubs"]:
        for name in [club["id"].replace("-", " "), club["name"], *(club.get("aliases") or [])]:
            for key in (fold(name), core(name)):
                if key:
                    index.setdefault(key, club["id"])
    return index


def resolve_club(raw: str, index: dict[str, str]) -> tuple[str, bool]:
    """(club id, known?) for a squad club string like 'Everton F.C. (ENG)'."""
    name = re.sub(r"\s*\([A-Z]{3}\)\s*$", "", raw).strip()
    if name in CLUB_MAP:
        return CLUB_MAP[name], CLUB_MAP[name] in index.values()
    for key in (fold(name), core(name)):
        if key in index:
            return index[key], True
    return kebab(core(name) or name), False


def club_display_name(raw: str) -> str:
    """The squad list's club name without its country tag: 'FCSB (ROU)' -> 'FCSB'."""
    return re.sub(r"\s*\([A-Z]{3}\)\s*$", "", raw).strip()


def parse_squads(squads_dir: str):
    line_re = re.compile(
        r"^\s*\d+,\s*(?P<name>[^,]+?),\s*(?P<pos>GK|DF|MF|FW),.*?,\s*b\.\s*(?P<born>\d{4}),\s*(?P<club>.+?)\s*$"
    )
    for path in sorted(glob.glob(os.path.join(squads_dir, "*.txt"))):
        nation = None
        for raw in Path(path).read_text(encoding="utf-8").splitlines(keepends=True):
            head = re.match(r"^=\s+(.+?)\s+-\s+Euro 2024", raw)
            if head:
                nation = NATION_IDS.get(head.group(1), kebab(head.group(1)))
                continue
            m = line_re.match(raw)
            if m:
                name, club = m.group("name").strip(), m.group("club")
                yield nation, name, POSITIONS[m.group("pos")], club, int(m.group("born"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("squads_dir")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "config/kb/people_euro2024.yml"))
    ap.add_argument("--people", default=os.path.join(root, "config/kb/people.yml"))
    ap.add_argument("--clubs", default=os.path.join(root, "config/kb/clubs.yml"))
    ap.add_argument("--births", default=os.path.join(root, "config/kb/births.yml"))
    args = ap.parse_args()

    curated = (
        yaml.safe_load(Path(args.people).read_text(encoding="utf-8"))["people"]
        if os.path.exists(args.people)
        else []
    )
    curated_ids = {p["id"] for p in curated}
    curated_by_id = {p["id"]: p for p in curated}
    curated_names = {}
    for p in curated:
        for n in [p["name"], *(p.get("aliases") or [])]:
            curated_names.setdefault(fold(n), p["id"])
    index = club_index(args.clubs)

    entries, skipped, unknown_clubs, seen = [], [], {}, set()
    births: dict[str, int] = {}  # every squad player's year of birth, by his id in either file
    for nation, name, position, club_raw, born in parse_squads(args.squads_dir):
        pid = kebab(name)
        if pid in EXCLUDE:
            continue
        match = curated_by_id.get(pid) or curated_by_id.get(curated_names.get(fold(name), ""))
        if match and match.get("nationality") == nation:
            skipped.append((pid, match["id"]))
            births[match["id"]] = born
            continue
        # a different person with the same name (homonym): keep him under a suffixed id
        n = 2
        base = pid
        while pid in seen or pid in curated_ids:
            pid = f"{base}-{n}"
            n += 1
        seen.add(pid)
        births[pid] = born
        club, known = resolve_club(club_raw, index)
        entry = {"id": pid, "name": name, "role": "player"}
        if known:
            entry["club"] = club
        else:
            unknown_clubs.setdefault(club, club_raw)
            entry["club_name"] = club_display_name(club_raw)
        entry.update({"nationality": nation, "position": position, "as_of": AS_OF, "aliases": []})
        entries.append(entry)

    out = [
        "# GENERATED by scripts/build_people.py from openfootball/euro Euro 2024 squads (CC0) -- "
        "do not edit.",
        "# Clubs as of June 2024 (as_of 2024-06-14): the text of a news item decides direction, an outdated",
        "# club is harmless. Players also in the hand-curated people.yml are left out (people.yml wins).",
        "people:",
    ]
    for e in entries:
        dump = yaml.safe_dump([e], allow_unicode=True, sort_keys=False, default_flow_style=None, width=200)
        out.append("\n".join("  " + line for line in dump.rstrip("\n").split("\n")))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    with open(args.births, "w", encoding="utf-8") as fh:
        fh.write(
            "# GENERATED by scripts/build_people.py from openfootball/euro Euro 2024 squads (CC0) -- "
            "do not edit.\n"
            "# Years of birth by person id (people.yml or people_euro2024.yml); a person's own `born` wins.\n"
            "births:\n"
        )
        fh.write("".join(f"  {pid}: {year}\n" for pid, year in sorted(births.items())))
    print(
        f"{len(entries)} players written to {os.path.relpath(args.out)}; "
        f"{len(skipped)} skipped (in people.yml); "
        f"{len(unknown_clubs)} club ids not in clubs.yml",
        file=sys.stderr,
    )
    for cid, raw in sorted(unknown_clubs.items()):
        print(f"  unknown club: {cid:35s} <- {raw}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
