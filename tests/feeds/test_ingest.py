"""Ingest: items -> claims -> rumour state; seeding records silently, later items announce."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis

from config import CONFIG_DIR
from feeds.extract import Extractor
from feeds.ingest import Ingest
from feeds.kb import KnowledgeBase, load_kb
from feeds.keys import Keys
from feeds.models import FeedSpec, Item
from feeds.rumours import RumourStore
from feeds.unknown_names import UnknownNames

FEED = FeedSpec(url="https://feeds.example/bbc", outlet="BBC Sport")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(CONFIG_DIR)


def item(n: int, title: str) -> Item:
    return Item(id=f"item-{n}", title=title, link=f"https://news.example/{n}", summary="",
                published=datetime(2026, 11, 1, tzinfo=UTC), source="BBC Sport")  # fmt: skip


@pytest.fixture
def ingest(kb: KnowledgeBase, redis: aioredis.Redis, keys: Keys) -> Ingest:
    return Ingest(Extractor(kb), RumourStore(redis, keys), UnknownNames(redis, keys))


async def test_seeding_records_rumours_without_announcing_them(
    ingest: Ingest, redis: aioredis.Redis, keys: Keys
) -> None:
    result = await ingest.handle(FEED, [item(1, "Arsenal in talks to sign Florian Wirtz")], seeding=True)
    assert result.claim_count == 1 and result.events == ()
    assert await redis.xlen(keys.events()) == 0
    rumours = await RumourStore(redis, keys).by_person("florian-wirtz")
    assert [r.stage.value for r in rumours] == ["talks"]


async def test_new_items_announce_once_however_often_they_come_back(
    ingest: Ingest, redis: aioredis.Redis, keys: Keys
) -> None:
    items = [item(1, "Arsenal in talks to sign Florian Wirtz"), item(2, "Arsenal 2-1 Chelsea: Saka scores")]
    first = await ingest.handle(FEED, items, seeding=False)
    assert [e.kind.value for e in first.events] == ["new"]
    again = await ingest.handle(FEED, items, seeding=False)  # a failed poll retried: idempotent
    assert again.events == ()
    assert await redis.xlen(keys.events()) == 1


async def test_unknown_people_in_move_sentences_are_recorded_for_maintainers(
    ingest: Ingest, redis: aioredis.Redis, keys: Keys
) -> None:
    await ingest.handle(FEED, [item(3, "Arsenal plot swoop for Sporting hitman Zorblax Quendari")], False)
    names = await UnknownNames(redis, keys).most_seen(5)
    assert [n.name for n in names] == ["Zorblax Quendari"]
    assert names[0].sample and "Zorblax" in names[0].sample


async def test_unknown_names_keep_the_most_seen_within_the_cap(
    redis: aioredis.Redis, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from feeds import unknown_names
    from feeds.models import Claim, Stage

    monkeypatch.setattr(unknown_names, "MAX_NAMES", 2)
    store = UnknownNames(redis, keys)

    def claim(name: str) -> Claim:
        return Claim(person=name, club="Arsenal", stage=Stage.INTEREST, evidence=f"Arsenal want {name}.",
                     tier=3, person_id=f"?{name.lower()}", club_id="arsenal")  # fmt: skip

    await store.record([claim("Often"), claim("Often"), claim("Twice"), claim("Twice"), claim("Once")])
    await store.record([claim("Often")])
    assert [n.name for n in await store.most_seen(10)] == ["Often", "Twice"]
