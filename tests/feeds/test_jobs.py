"""ScheduledJobs: shutdown cancels running jobs and waits until their cleanup has run."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from feeds.jobs import ScheduledJobs


async def test_shutdown_waits_for_a_cancelled_job_to_unwind() -> None:
    started = asyncio.Event()
    unwound: list[str] = []

    async def job() -> None:
        started.set()
        try:
            await asyncio.sleep(60)
        finally:
            await asyncio.sleep(0.2)  # cleanup that needs the loop, as a lease release does
            unwound.append("released")

    jobs = ScheduledJobs()
    jobs.add(job, "interval", seconds=60, next_run_time=datetime.now(UTC))
    jobs.start()
    await asyncio.wait_for(started.wait(), 5)
    await jobs.shutdown()
    assert unwound == ["released"]
    assert not jobs.scheduler.running


async def test_a_finished_run_is_not_waited_for_and_a_stuck_one_only_for_the_grace_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    runs: list[int] = []
    stuck, let_go, ended = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def quick() -> None:
        runs.append(1)

    async def stubborn() -> None:
        stuck.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            await let_go.wait()  # slow to unwind: shutdown gives up waiting after the grace time
        ended.set()

    jobs = ScheduledJobs()
    jobs.add(quick, "interval", seconds=60, next_run_time=datetime.now(UTC))
    jobs.add(stubborn, "interval", seconds=60, next_run_time=datetime.now(UTC))
    jobs.start()
    await asyncio.wait_for(stuck.wait(), 5)
    await asyncio.wait_for(jobs.shutdown(grace_seconds=0.2), 5)
    assert runs == [1]
    assert not ended.is_set()
    assert "1 scheduled job(s) still running" in caplog.text
    let_go.set()
    await asyncio.wait_for(ended.wait(), 5)
