"""Scoring extracted claims against labelled items, by the rules of the shared evaluation.

The rules are those of ``eval/score.py``: a predicted claim matches a labelled one when the clubs fold
to the same key and the names are the same person ("Alonso" = "Xabi Alonso", "Xavi" != "Xavi Simons");
predictions and labels are paired by a maximum one-to-one matching; an unmatched prediction that
matches an ``optional`` label, or an ``exit`` for a person the item gives a destination, counts neither
way. Club keys come from the knowledge base (a club's name and unshared aliases) instead of the
scorer's short table, so every club the knowledge base knows is matched however it is spelt.

Three scores: pairs (person, club), triples (person, club, stage) and club-follower alerts (item, club).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from feeds.dates import parse_published
from feeds.kb import KnowledgeBase
from feeds.models import Item

FORWARD = frozenset({"interest", "approach", "bid", "talks", "agreed", "done"})
_TRANSLIT = str.maketrans(
    {"ø": "o", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "æ": "ae", "ð": "d", "þ": "th", "œ": "oe", "’": "'"}
)
_CLUB_WORDS = frozenset({"fc", "cf", "afc", "sc", "ssc", "bc", "sfc"})
_SHORT_NAMES = {
    "vini jr": "vinicius junior",
    "vinicius jr": "vinicius junior",
    "vini junior": "vinicius junior",
    "xavi hernandez": "xavi",
    "rodrygo goes": "rodrygo",
    "endrick felipe": "endrick",
}

Claim = Mapping[str, Any]  # {"person": ..., "club": ..., "stage": ...}


def labelled_item(raw: Mapping[str, Any]) -> Item:
    """The item of a labelled line, built as ``rumourbot extract`` builds it (its date included)."""
    return Item(
        id=raw["id"],
        title=raw["title"],
        link=raw.get("link"),
        summary=raw.get("summary", ""),
        published=parse_published(raw.get("published")),
        source=raw.get("source", ""),
    )


def norm(text: str) -> str:
    """Lower case, no accents or punctuation, "&" as "and", spaces collapsed."""
    text = text.lower().translate(_TRANSLIT).replace(".", "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace("&", " and "))
    return " ".join(text.split())


def same_person(a: str, b: str) -> bool:
    """One name's words are all in the other and both end on a shared word."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    return (sa <= sb or sb <= sa) and ta[-1] in sb and tb[-1] in sa


def _tokens(name: str) -> list[str]:
    n = norm(name)
    return _SHORT_NAMES.get(n, n).split()


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if not self.fn else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Score:
    """Micro-averaged counts over a set of items."""

    items: int = 0
    items_with_claims: int = 0  # items where some prediction counts (for negatives)
    pairs: Counts = field(default_factory=Counts)
    triples: Counts = field(default_factory=Counts)
    alerts: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"items={self.items:3d}  pair_f1={self.pairs.f1:.3f}  triple_f1={self.triples.f1:.3f}  "
            f"alert_p={self.alerts.precision:.3f}  alert_r={self.alerts.recall:.3f}"
        )


class Scorer:
    """Scores predictions for labelled items; club names are keyed through one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        owners: dict[str, set[str]] = {}
        for club in kb.clubs.values():
            for name in (club.name, club.id.replace("-", " "), *club.aliases):
                owners.setdefault(self._strip(norm(name)), set()).add(club.id)
        self._club = {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}

    @staticmethod
    def _strip(n: str) -> str:
        return " ".join(w for w in n.split() if w not in _CLUB_WORDS)

    def club_key(self, name: str) -> str:
        n = self._strip(norm(name))
        return self._club.get(n, n)

    def match(self, pred: Claim, gold: Claim, with_stage: bool) -> bool:
        if self.club_key(str(pred.get("club", ""))) != self.club_key(str(gold["club"])):
            return False
        if not same_person(str(pred.get("person", "")), str(gold["person"])):
            return False
        return not with_stage or gold["stage"] == "*" or pred.get("stage") == gold["stage"]

    def implied_exit(self, pred: Claim, gold: Sequence[Claim]) -> bool:
        """An exit for a person the item gives a destination counts neither way (claims.md)."""
        return pred.get("stage") == "exit" and any(
            g["stage"] in FORWARD
            and same_person(str(pred.get("person", "")), str(g["person"]))
            and self.club_key(str(g["club"])) != self.club_key(str(pred.get("club", "")))
            for g in gold
        )

    def score_item(
        self, preds: Sequence[Claim], gold: Sequence[Claim], optional: Sequence[Claim], with_stage: bool
    ) -> tuple[int, int, int, list[Claim], list[Claim]]:
        """(tp, fp, fn, missed labels, extra predictions) under a maximum one-to-one matching."""
        owner: dict[int, int] = {}  # gold index -> prediction index

        def augment(p: int, seen: set[int]) -> bool:
            for g in range(len(gold)):
                if g not in seen and self.match(preds[p], gold[g], with_stage):
                    seen.add(g)
                    if g not in owner or augment(owner[g], seen):
                        owner[g] = p
                        return True
            return False

        for p in range(len(preds)):
            augment(p, set())
        matched = set(owner.values())
        extras: list[Claim] = []
        used_optional: set[int] = set()
        for p, pred in enumerate(preds):
            if p in matched:
                continue
            opt = next(
                (
                    i
                    for i, o in enumerate(optional)
                    if i not in used_optional and self.match(pred, o, with_stage)
                ),
                None,
            )
            if opt is not None:
                used_optional.add(opt)
            elif not self.implied_exit(pred, gold):
                extras.append(pred)
        misses = [g for i, g in enumerate(gold) if i not in owner]
        return len(owner), len(extras), len(misses), misses, extras

    def add(self, score: Score, item: Mapping[str, Any], preds: Sequence[Claim]) -> None:
        """Add one labelled item (``expected``, optional ``optional``) and its predictions to ``score``."""
        gold: list[Claim] = list(item["expected"])
        optional: list[Claim] = list(item.get("optional", []))
        score.items += 1
        counted = [p for p in preds if not self.implied_exit(p, gold)]
        got = {self.club_key(str(c.get("club", ""))) for c in counted}
        want = {self.club_key(str(g["club"])) for g in gold}
        maybe = {self.club_key(str(o["club"])) for o in optional}
        score.alerts.add(len(got & want), len(got - want - maybe), len(want - got))
        for with_stage, counts in ((False, score.pairs), (True, score.triples)):
            tp, fp, fn, misses, extras = self.score_item(preds, gold, optional, with_stage)
            counts.add(tp, fp, fn)
            if with_stage:
                score.items_with_claims += bool(tp + fp)
                for m in misses:
                    score.misses.append(f"[{item['id']}] missed {m['person']} -> {m['club']} ({m['stage']})")
                for e in extras:
                    score.misses.append(
                        f"[{item['id']}] extra  {e.get('person')} -> {e.get('club')} ({e.get('stage')})"
                    )
