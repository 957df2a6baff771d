"""Scheduled coroutine jobs that a shutdown waits for.

APScheduler's asyncio executor cancels a running job at shutdown but cannot wait for it: its
``shutdown`` is not a coroutine. A cancelled poll still releases its feed's lease in Redis as it
unwinds, so whoever owns the Redis client must keep it open until the job has finished; otherwise
the release opens a connection on a pool that was already closed, and that socket is never closed.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC
from typing import Any

from apscheduler.job import Job
from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)


class ScheduledJobs:
    """An :class:`AsyncIOScheduler` whose running jobs :meth:`shutdown` cancels and waits for."""

    def __init__(self, scheduler: AsyncIOScheduler | None = None) -> None:
        self.scheduler = scheduler if scheduler is not None else AsyncIOScheduler(timezone=UTC)
        self._running: set[asyncio.Task[Any]] = set()

    def add(self, job: Callable[[], Awaitable[object]], trigger: str, **options: Any) -> Job:
        """Schedule ``job`` (``scheduler.add_job`` options); its runs are tracked until they end."""

        @functools.wraps(job)
        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None  # the asyncio executor runs each coroutine job in a task
            self._running.add(task)
            try:
                await job()
            finally:
                self._running.discard(task)

        return self.scheduler.add_job(run, trigger, **options)

    def start(self) -> None:
        self.scheduler.start()

    async def shutdown(self, grace_seconds: float = 10.0) -> None:
        """Start no more jobs, cancel the running ones and wait up to ``grace_seconds`` for them to unwind."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        running = set(self._running)
        for task in running:
            task.cancel()
        if not running:
            return
        _, pending = await asyncio.wait(running, timeout=grace_seconds)
        if pending:
            log.warning("%d scheduled job(s) still running %.0f s after stop", len(pending), grace_seconds)
