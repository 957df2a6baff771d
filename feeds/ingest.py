"""Items to rumour state: the poller's callback (extract -> reports -> rumour store).

The poller hands over the items of a feed it has not seen before; each claim the extractor finds
becomes a :class:`Report` applied to the rumour state machine, which puts at most one event per report
on the events stream. On a feed's first poll (``seeding``) the rumours are recorded silently, so
lookups and later reports know them, and nothing is announced.

Idempotent, as the poller requires: a report is applied once however often its item comes back
(the state machine marks each (item, rumour) pair). Unknown names are only counted, so a retried
batch counting them twice does no harm.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from feeds.extract import Extractor
from feeds.models import Claim, FeedSpec, Item, Report, RumourEvent
from feeds.rumours import RumourStore
from feeds.unknown_names import UnknownNames

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one batch of items produced: the claims per item, and the events announced."""

    claims: tuple[tuple[Item, tuple[Claim, ...]], ...]
    events: tuple[RumourEvent, ...]

    @property
    def claim_count(self) -> int:
        return sum(len(claims) for _, claims in self.claims)


def reports_for(feed: FeedSpec, item: Item, claims: Sequence[Claim], seen_at: datetime) -> list[Report]:
    """One report per claim of an item, attributed to the feed's outlet."""
    return [
        Report(
            claim=claim,
            item_id=item.id,
            outlet=feed.outlet,
            headline=item.title,
            link=item.link,
            published=item.published,
            seen_at=seen_at,
        )
        for claim in claims
    ]


class Ingest:
    """Extracts claims from new items and applies them to the rumour state."""

    def __init__(
        self,
        extractor: Extractor,
        rumours: RumourStore,
        unknown: UnknownNames | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._extractor = extractor
        self._rumours = rumours
        self._unknown = unknown
        self._clock = clock

    def extract(self, items: Sequence[Item]) -> list[tuple[Item, tuple[Claim, ...]]]:
        """Claims per item, in order; an item the extractor chokes on is logged and yields none."""
        out: list[tuple[Item, tuple[Claim, ...]]] = []
        for item in items:
            try:
                claims = tuple(self._extractor.extract(item))
            except Exception:  # one odd item must never cost the rest of the feed
                log.exception("extraction failed for item %s (%s)", item.id, item.source)
                claims = ()
            out.append((item, claims))
        return out

    async def handle(self, feed: FeedSpec, items: Sequence[Item], seeding: bool) -> IngestResult:
        """Extract, record and (unless seeding) announce; raises on Redis trouble so the poller retries."""
        return await self.record(feed, self.extract(items), seeding)

    async def record(
        self, feed: FeedSpec, per_item: Sequence[tuple[Item, tuple[Claim, ...]]], seeding: bool
    ) -> IngestResult:
        """Apply extracted claims to the rumour state (one pipelined round trip) and count unknown names."""
        now = datetime.fromtimestamp(self._clock(), UTC)
        reports = [r for item, claims in per_item for r in reports_for(feed, item, claims, now)]
        events = await self._rumours.apply_many(reports, announce=not seeding)
        if self._unknown is not None:
            await self._unknown.record(claim for _, claims in per_item for claim in claims)
        result = IngestResult(claims=tuple(per_item), events=tuple(events) if not seeding else ())
        if reports:
            log.info(
                "feed %s: %d claims in %d items, %d %s",
                feed.url,
                len(reports),
                len(per_item),
                len(events),
                "rumours recorded (seeding, no alerts)" if seeding else "events",
                extra={"feed": feed.url},
            )
        return result

    async def __call__(self, feed: FeedSpec, items: Sequence[Item], seeding: bool) -> None:
        """The poller's ``on_items`` callback."""
        await self.handle(feed, items, seeding)
