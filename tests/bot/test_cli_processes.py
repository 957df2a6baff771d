"""The ``rumourbot`` command as a user runs it: real processes, the local feed server, a real Redis.

The feed server runs in the test's event loop, so the processes are started with asyncio's
subprocess support and the loop keeps serving while they run.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path

import psutil
import pytest
import redis.asyncio as aioredis

from feeds.keys import Keys
from tests.fakes.feed_server import GOOD_FEED, FeedServer, make_rss

RUMOURBOT = [sys.executable, "-m", "bot"]
TALKS = {
    "title": "Arsenal in talks to sign Bayer Leverkusen playmaker Florian Wirtz",
    "link": "https://bbc.example/wirtz-talks",
    "guid": "bbc-wirtz-talks",
}
AGREED = {
    "title": "Arsenal agree fee with Leverkusen for Florian Wirtz",
    "link": "https://bbc.example/wirtz-agreed",
    "guid": "bbc-wirtz-agreed",
}
SEED = {"title": "Premier League fixtures announced for the new season", "guid": "seed-1"}


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as srv:
        yield srv


def env_for(keys: Keys, redis_url: str | None, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_", "RUMOURBOT_"))}
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(RUMOURBOT_KEY_PREFIX=keys.prefix, RUMOURBOT_DATA_DIR=str(data_dir), NO_COLOR="1")
    return env


def feeds_file(tmp_path: Path, server: FeedServer, paths: Mapping[str, str]) -> Path:
    lines = ["feeds:"]
    for path, outlet in paths.items():
        lines += [f"  - outlet: {outlet}", f"    url: {server.url(path)}", "    interval: 60"]
    target = tmp_path / "feeds.yml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


async def run_cli(args: Sequence[str], env: Mapping[str, str], within: float = 60) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *RUMOURBOT, *args, env=dict(env), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(proc.communicate(), within)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


class BotProcess:
    """``rumourbot run`` in the background, its stdout collected line by line."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[str] = []
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def start(cls, args: Sequence[str], env: Mapping[str, str]) -> BotProcess:
        proc = await asyncio.create_subprocess_exec(
            *RUMOURBOT,
            "run",
            *args,
            env=dict(env),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        return cls(proc)

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        async for raw in self.proc.stdout:
            self.lines.append(raw.decode().rstrip("\n"))

    @property
    def alerts(self) -> list[str]:
        return [line for line in self.lines if line[:1] in "●▲↺↻"]

    async def wait_for(self, predicate: str, count: int = 1, within: float = 30) -> None:
        deadline = time.monotonic() + within
        while sum(predicate in line for line in self.lines) < count:
            if time.monotonic() > deadline or self.proc.returncode is not None:
                raise AssertionError(f"no {predicate!r} x{count} in output: {self.lines}")
            await asyncio.sleep(0.05)

    async def finish(self, sig: int, within: float = 20) -> int:
        self.proc.send_signal(sig)
        code = await asyncio.wait_for(self.proc.wait(), within)
        await self._reader
        return code


async def test_poll_once_prints_each_feed_and_the_claims(
    server: FeedServer, keys: Keys, redis: aioredis.Redis, redis_url: str, tmp_path: Path
) -> None:
    server.set_feed("/bbc", make_rss([TALKS, SEED]), etag='"v1"')
    feeds = feeds_file(tmp_path, server, {"/bbc": "BBC Sport", "/404": "Gone Outlet", "/malformed": "Broken"})
    code, out, err = await run_cli(
        ["poll", "--once", "--feeds", str(feeds)], env_for(keys, redis_url, tmp_path)
    )
    assert code == 0, err
    lines = out.splitlines()
    assert any(line.startswith("BBC Sport") and "2 items, 2 seeded" in line for line in lines)
    assert any("Florian Wirtz -> Arsenal: talks" in line for line in lines)
    assert any(line.startswith("Gone Outlet") and "ERROR HTTP 404" in line for line in lines)
    assert any(line.startswith("Broken") and "warning: ill-formed XML" in line for line in lines)
    assert lines[-1].startswith("3 feeds: 2 ok, 0 not modified, 1 failed")

    code, out, _ = await run_cli(
        ["poll", "--once", "--feeds", str(feeds)], env_for(keys, redis_url, tmp_path)
    )
    assert code == 0 and any(
        line.startswith("BBC Sport") and "not modified" in line for line in out.splitlines()
    )


async def test_parse_prints_one_json_line_per_input(server: FeedServer, tmp_path: Path, keys: Keys) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(GOOD_FEED)
    args = ["parse", str(feed), server.url("/billion-laughs"), str(tmp_path / "missing.xml")]
    code, out, _ = await run_cli(args, env_for(keys, None, tmp_path))
    assert code == 1  # some inputs failed
    first, laughs, missing = (json.loads(line) for line in out.splitlines())
    assert first["items"][0]["title"] == "Arsenal in talks to sign Real Sociedad midfielder"
    assert set(first["items"][0]) == {"id", "title", "link", "summary", "published", "author", "categories"}
    assert "entit" in laughs["error"]
    assert missing["source"].endswith("missing.xml") and missing["error"]


async def test_bad_settings_give_one_clear_line_each_and_no_secret(keys: Keys, tmp_path: Path) -> None:
    env = env_for(keys, "http://:hunter2@localhost", tmp_path)
    env["RUMOURBOT_LOG_LEVEL"] = "LOUD"
    code, out, err = await run_cli(["check"], env)
    assert code == 2
    assert "REDIS_URL" in err and "RUMOURBOT_LOG_LEVEL" in err
    assert "hunter2" not in err + out


async def test_run_seeds_alerts_and_a_killed_process_repeats_nothing(
    server: FeedServer, keys: Keys, redis: aioredis.Redis, redis_url: str, tmp_path: Path
) -> None:
    server.set_feed("/bbc", make_rss([SEED]))
    feeds = feeds_file(tmp_path, server, {"/bbc": "BBC Sport"})
    env = env_for(keys, redis_url, tmp_path)
    args = ["--feeds", str(feeds), "--interval", "0.3"]

    bot = await BotProcess.start(args, env)
    await bot.wait_for("seeded BBC Sport")
    server.set_feed("/bbc", make_rss([TALKS, SEED]))
    await bot.wait_for("● Florian Wirtz → Arsenal")
    assert await bot.finish(signal.SIGKILL) == -signal.SIGKILL

    server.set_feed("/bbc", make_rss([AGREED, TALKS, SEED]))
    again = await BotProcess.start(args, env)
    try:
        await again.wait_for("▲ Florian Wirtz → Arsenal")
        hits = server.hits["/bbc"]
        deadline = time.monotonic() + 20
        while server.hits["/bbc"] < hits + 3:  # three more polls: time for anything repeated to show
            assert time.monotonic() < deadline, "the feed is no longer polled"
            await asyncio.sleep(0.05)
        assert not any("seeded" in line for line in again.lines)
        assert len(again.alerts) == 1
    finally:
        assert await again.finish(signal.SIGTERM) == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_run_with_embedded_redis_stops_cleanly_and_leaves_no_server(
    server: FeedServer, keys: Keys, tmp_path: Path, sig: int
) -> None:
    server.set_feed("/bbc", make_rss([TALKS, SEED]))
    feeds = feeds_file(tmp_path, server, {"/bbc": "BBC Sport"})
    bot = await BotProcess.start(["--feeds", str(feeds)], env_for(keys, None, tmp_path))
    await bot.wait_for("seeded BBC Sport")
    children = psutil.Process(bot.proc.pid).children(recursive=True)
    assert children, "the embedded Redis runs as a child process"
    assert await bot.finish(sig) == 0
    _, alive = psutil.wait_procs(children, timeout=10)
    assert alive == []
    assert (tmp_path / "redis").is_dir()  # its data stays on disk for the next start


async def test_the_console_target_is_driven_by_rumourbot_command(
    keys: Keys, redis: aioredis.Redis, redis_url: str, tmp_path: Path
) -> None:
    env = env_for(keys, redis_url, tmp_path)
    code, out, _ = await run_cli(["command", "follow", "Arsnal", "incoming"], env)  # a typo
    assert code == 0 and out.startswith("✓ Following Arsenal")
    code, out, _ = await run_cli(["command", "follow", "England"], env)
    assert code == 1 and "national team" in out
    code, out, _ = await run_cli(["command", "following"], env)
    assert "Arsenal" in out and "incoming moves" in out
    code, out, _ = await run_cli(["command", "settings", "quiet", "25:00-07:00"], env)
    assert code == 1 and "25:00" in out
    code, out, _ = await run_cli(["kb", "feedback"], env)
    assert code == 0 and out == ""


async def test_an_unreachable_redis_is_one_clear_line_without_the_password(
    keys: Keys, tmp_path: Path
) -> None:
    env = env_for(keys, "redis://:hunter2@127.0.0.1:1/0", tmp_path)
    code, out, err = await run_cli(["poll", "--once"], env)
    assert code == 1
    assert "cannot reach Redis at redis://:***@127.0.0.1:1/0" in err and "Traceback" not in err
    assert "hunter2" not in out + err


async def test_an_alert_reported_wrong_from_the_console_is_listed_for_maintainers(
    keys: Keys, redis: aioredis.Redis, redis_url: str, tmp_path: Path
) -> None:
    from bot.feedback import remember_events
    from tests.bot.events import make_event

    async with redis.pipeline(transaction=False) as pipe:  # what routing an event remembers
        remember_events(pipe, keys, [make_event(id="ev_wrong")])
        await pipe.execute()
    env = env_for(keys, redis_url, tmp_path)
    code, out, _ = await run_cli(["command", "report", "event=ev_wrong"], env)
    assert code == 0, out
    code, out, _ = await run_cli(["kb", "feedback"], env)
    [report] = [json.loads(line) for line in out.splitlines()]
    assert report["event_id"] == "ev_wrong" and report["target"] == "console"
    assert report["evidence"] and report["headline"] and report["person_id"] == "trent-alexander-arnold"


async def test_check_prints_each_feeds_health_after_a_poll(
    server: FeedServer, keys: Keys, redis: aioredis.Redis, redis_url: str, tmp_path: Path
) -> None:
    server.set_feed("/bbc", make_rss([SEED]))
    feeds = feeds_file(tmp_path, server, {"/bbc": "BBC Sport", "/500": "Broken Outlet"})
    env = env_for(keys, redis_url, tmp_path)
    (tmp_path / "config").mkdir()
    for path in (Path(__file__).parents[2] / "config").iterdir():  # the shipped config, our feeds file
        target = tmp_path / "config" / path.name
        if path.is_dir():
            target.symlink_to(path, target_is_directory=True)
        elif path.name != "feeds.yml":
            target.symlink_to(path)
    (tmp_path / "config" / "feeds.yml").write_text(feeds.read_text(encoding="utf-8"), encoding="utf-8")
    env["RUMOURBOT_CONFIG_DIR"] = str(tmp_path / "config")
    assert (await run_cli(["poll", "--once"], env))[0] == 0
    code, out, _ = await run_cli(["check"], env)
    assert code == 0, out
    lines = out.splitlines()
    assert any(line.strip().startswith("BBC Sport") and "ok, last success" in line for line in lines)
    assert any(line.strip().startswith("Broken Outlet") and "FAILING x1: HTTP 500" in line for line in lines)
    assert "redis:      reachable" in out
