"""Source reliability: which outlet or journalist an item's rumour comes from, and its tier.

Precedence (``claims.md``): a journalist the item names ("according to David Ornstein", "via Fabrizio
Romano", the byline) > the quoted source (Google News publisher, "(Sun)" closing a paragraph, a
"Headline - Publisher" title) > the outlet of the feed > the default tier. A club override
(``sources.yml``) replaces the chosen source's tier for claims about that club.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feeds.kb import KnowledgeBase, fold

_BRACKETED = re.compile(r"\((?:via\s+)?([^()]{2,60})\)\s*[.!]?\s*$")
_TITLE_PUBLISHER = re.compile(r"\s+[-–|]\s+([^-–|]{2,60})$")
_SUFFIX = re.compile(r"\s*[-–]\s*(?:subscription required|in \w+)$", re.IGNORECASE)
# a club's own site: "Arsenal.com", "Chelsea FC - Official Site"
_CLUB_SITE = re.compile(
    r"(?:\.com|\.co\.uk|\.net|\s*[-–|]\s*official\s+(?:site|website)|\s+official\s+(?:site|website))$",
    re.IGNORECASE,
)
# what a club's own name may add to the name the knowledge base knows ("Liverpool FC", "AS Roma")
_CLUB_NAME_EXTRAS = re.compile(r"(?:(?:fc|afc|cf|sc|ssc|as|ac|the|official)\s*)*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceTier:
    """The source a claim's tier comes from (``name``) and that tier."""

    name: str
    tier: int


class TierResolver:
    """Looks outlets and journalists up by any of their names, folded."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._by_name: dict[str, SourceTier] = {}
        self._club_named: dict[str, str | None] = {}  # outlet -> the club it is named after (memo)
        self._journalist_ids: dict[str, SourceTier] = {}
        for outlet in kb.sources.outlets:
            for name in (outlet.name, *outlet.aliases):
                self._by_name.setdefault(fold(name), SourceTier(outlet.name, outlet.tier))
        for journalist in kb.sources.journalists:
            entry = SourceTier(journalist.name, journalist.tier)
            self._journalist_ids[fold(journalist.name).replace(" ", "-").replace("'", "")] = entry
            for name in (journalist.name, *journalist.aliases):
                self._by_name[fold(name)] = entry
        self._overrides = {(fold(o.source), o.club): o.tier for o in kb.sources.club_overrides}
        self._home = {
            fold(name): outlet.home_club
            for outlet in kb.sources.outlets
            for name in (outlet.name, *outlet.aliases)
            if outlet.home_club
        }

    def lookup(self, name: str | None) -> SourceTier | None:
        """The outlet or journalist called ``name`` (any alias, " - subscription required" ignored)."""
        if not name:
            return None
        return self._by_name.get(fold(_SUFFIX.sub("", name)))

    def home_club(self, outlet: str | None) -> str | None:
        """The club an outlet covers (a club's own site, a local paper), if any: the configured one, else
        the club an unlisted outlet is named after ("Arsenal", "Liverpool FC", "Arsenal.com")."""
        if not outlet:
            return None
        key = fold(outlet)
        if key in self._home or key in self._by_name:
            return self._home.get(key)
        if key not in self._club_named:
            self._club_named[key] = self._club_of_name(outlet)
        return self._club_named[key]

    def _club_of_name(self, outlet: str) -> str | None:
        name = _CLUB_SITE.sub("", outlet).strip()
        mentions = self._kb.find_mentions(name)
        if len(mentions) != 1 or mentions[0].kind != "club" or len(mentions[0].ids) != 1:
            return None
        rest = (name[: mentions[0].start] + name[mentions[0].end :]).strip()
        return mentions[0].ids[0] if _CLUB_NAME_EXTRAS.fullmatch(rest) else None

    def resolve(
        self,
        source: str,
        author: str | None,
        quoted: str | None,
        title: str,
        text: str,
        journalists: list[str],
    ) -> SourceTier:
        """The source an item's claims are attributed to, by the precedence in the module docstring.

        ``journalists`` are the ids of the journalists the text names (``Mention.ids``), in order.
        """
        found = self.journalist(journalists)
        if found:
            return found
        for candidate in (author, quoted):
            found = self.lookup(candidate)
            if found:
                return found
        m = _TITLE_PUBLISHER.search(title)
        if m and (found := self.lookup(m.group(1))):
            return found
        for _start, _end, quoted_here in self.paragraph_sources(text):
            return quoted_here
        found = self.lookup(source)
        if found:
            return found
        return SourceTier(source, self._kb.sources.default_tier)

    def journalist(self, journalists: list[str]) -> SourceTier | None:
        """The first of ``journalists`` (ids, in order) the knowledge base rates."""
        for journalist_id in journalists:
            found = self._journalist_ids.get(journalist_id)
            if found:
                return found
        return None

    def paragraph_sources(self, text: str) -> list[tuple[int, int, SourceTier]]:
        """``(start, end, source)`` of each paragraph of ``text`` that closes by naming its origin in
        brackets ("(Sun)", "(RAC1, via Daily Mirror)", "(Telegraph - subscription required)"): the
        first outlet named, as the one that reported it."""
        out: list[tuple[int, int, SourceTier]] = []
        pos = 0
        for paragraph in text.split("\n"):
            start, pos = pos, pos + len(paragraph) + 1
            m = _BRACKETED.search(paragraph.strip())
            if m is None:
                continue
            for name in re.split(r",|\s+via\s+", m.group(1)):
                if found := self.lookup(name.strip()):
                    out.append((start, start + len(paragraph), found))
                    break
        return out

    def tier_for_club(self, source: SourceTier, club_id: str | None) -> int:
        """``source``'s tier, or its club override for ``club_id``."""
        if club_id is None:
            return source.tier
        return self._overrides.get((fold(source.name), club_id), source.tier)
