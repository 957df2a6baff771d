"""Events to the outbox: read the events stream, match subscriptions, queue alerts, acknowledge.

At-least-once from the stream (an event read by a worker that died is reclaimed by another), and at
most once per target from the outbox (it ignores an event a target already had), so a crash between
queueing and acknowledging repeats nothing.

One process routes at a time (a renewed lease in Redis; the others stand by and take over when it
lapses). Routing is cheap, and a single router keeps the events of a rumour in stream order: two
routers could queue a rumour's corroboration before its first alert, leaving nothing to update.

An optional policy splits alerts into those sent at once and those held for the target's digest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Sequence
from typing import Protocol

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from bot.matching import Matcher
from bot.models import Alert
from bot.outbox import Outbox
from feeds.keys import Keys
from feeds.lease import Leases
from feeds.rumours import EventStream

log = logging.getLogger(__name__)


class AlertSplitter(Protocol):
    """Decides which alerts go out at once; it keeps the held ones for the digest itself."""

    async def split(self, alerts: Sequence[Alert]) -> tuple[list[Alert], list[Alert]]: ...


class EventRouter:
    """Routes rumour events to the targets that follow them."""

    def __init__(
        self,
        stream: EventStream,
        matcher: Matcher,
        outbox: Outbox,
        *,
        consumer: str,
        redis: aioredis.Redis,
        keys: Keys,
        policy: AlertSplitter | None = None,
        batch: int = 100,
        lease: float = 10.0,
        retry_pause: float = 1.0,
    ) -> None:
        self._stream = stream
        self._matcher = matcher
        self._outbox = outbox
        self._consumer = consumer
        self._policy = policy
        self._batch = batch
        self._lease = lease
        # a new router reclaims what the last one read but did not finish once its lease has lapsed
        self._reclaim_idle = lease
        self._retry_pause = retry_pause
        self._group_ready = False
        self._lease_key = keys.events_router()
        self._token = f"{consumer}:{secrets.token_hex(8)}"
        self._leases = Leases(redis)

    async def leading(self) -> bool:
        """Take or renew the routing lease; whether this router may route now."""
        return await self._leases.hold(self._lease_key, self._token, self._lease)

    async def step_down(self) -> None:
        """Give the lease up (on shutdown), so a standby router takes over at once."""
        await self._leases.release(self._lease_key, self._token)

    async def run_once(self, *, block: float | None = None) -> int:
        """Route one batch of events; returns how many were handled (0 while another router leads)."""
        if not await self.leading():
            if block:
                await asyncio.sleep(block)
            return 0
        if not self._group_ready:
            await self._stream.ensure_group()
            self._group_ready = True
        try:
            entries = await self._stream.read(
                self._consumer, count=self._batch, block=block, reclaim_idle=self._reclaim_idle
            )
        except ResponseError as exc:
            if "NOGROUP" in str(exc):  # the server restarted without its data: make the group again
                self._group_ready = False
                log.warning("events consumer group missing (Redis restarted?); recreating it")
                return 0
            raise
        if not entries:
            return 0
        per_event = await self._matcher.alerts_for_many([event for _, event in entries])
        alerts: list[Alert] = [alert for event_alerts in per_event for alert in event_alerts]
        instant = alerts
        if self._policy is not None and alerts:
            instant, _held = await self._policy.split(alerts)
        await self._outbox.enqueue(instant)
        await self._stream.ack([entry_id for entry_id, _ in entries])
        log.debug("routed %d events into %d alerts", len(entries), len(instant))
        return len(entries)

    async def run(self, stop: asyncio.Event, *, block: float = 1.0) -> None:
        """Route until ``stop`` is set; a failure (Redis away) is logged and retried after a pause."""
        while not stop.is_set():
            try:
                await self.run_once(block=block)
            except Exception:
                log.exception("routing events failed; retrying in %.0fs", self._retry_pause)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=self._retry_pause)
        with contextlib.suppress(Exception):  # best effort: the lease lapses on its own anyway
            await self.step_down()
