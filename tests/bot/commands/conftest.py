"""Command fixtures: the real knowledge base (loaded once), services on the test Redis, a context."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis

import config
from bot.commands import CallerRole, CommandContext, CommandDeps
from bot.digest import DigestService
from bot.feedback import FeedbackStore
from bot.resolve import Resolver
from bot.subscriptions import SubscriptionStore
from bot.target_settings import TargetSettingsStore
from feeds.kb import load_kb
from feeds.keys import Keys
from feeds.rumours import RumourStore

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    return Resolver(load_kb(config.CONFIG_DIR))


@pytest.fixture
def deps(redis: aioredis.Redis, keys: Keys, resolver: Resolver) -> CommandDeps:
    clock = NOW.timestamp
    settings = TargetSettingsStore(redis, keys, clock=clock)

    async def no_send(target: str, view: object) -> object:  # digests are tested in test_digest
        raise AssertionError("not sent from commands")

    return CommandDeps(
        subscriptions=SubscriptionStore(redis, keys, clock=clock),
        settings=settings,
        resolver=resolver,
        rumours=RumourStore(redis, keys, clock=clock),
        feedback=FeedbackStore(redis, keys, clock=clock),
        digests=DigestService(redis, keys, settings, no_send, clock=clock),  # type: ignore[arg-type]
    )


ContextFactory = Callable[..., CommandContext]


@pytest.fixture
def context(deps: CommandDeps) -> ContextFactory:
    def make(
        target: str = "telegram:1", role: CallerRole = CallerRole.PRIVATE, caller: str = "telegram:1"
    ) -> CommandContext:
        return CommandContext(target=target, caller=caller, role=role, now=NOW, deps=deps)

    return make
