"""What a command handler gets: who calls, for which target, when, and the services it may use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.commands.spec import CallerRole
from bot.digest import DigestService
from bot.feedback import FeedbackStore
from bot.resolve import Resolver
from bot.subscriptions import SubscriptionStore
from bot.target_settings import TargetSettingsStore
from feeds.rumours import RumourStore


@dataclass(frozen=True, slots=True)
class CommandDeps:
    """The services commands use; built once by the composition root and shared by every adapter.

    ``digests`` may be ``None`` in a process that sends no digests (``digest now`` then says so).
    """

    subscriptions: SubscriptionStore
    settings: TargetSettingsStore
    resolver: Resolver
    rumours: RumourStore
    feedback: FeedbackStore
    digests: DigestService | None = None


@dataclass(frozen=True, slots=True)
class CommandContext:
    """One command call.

    ``target`` is the target string of ``design.md`` (``telegram:<chat>[:<thread>]``,
    ``discord:<channel>``, ``console``); ``caller`` the platform user id (``telegram:<user>``,
    ``discord:<user>``, ``console``); ``role`` what the adapter knows of the caller there; ``now`` an
    aware datetime (injected, so tests need no sleeping).
    """

    target: str
    caller: str
    role: CallerRole
    now: datetime
    deps: CommandDeps
