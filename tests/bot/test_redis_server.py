"""The embedded server: starts, keeps data on disk across restarts, and leaves no process behind."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import redis

from bot.redis_server import EmbeddedRedis


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); it has no server left in it
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def test_embedded_redis_persists_and_stops_cleanly(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path)
    url = server.start()
    pid = server.pid
    assert pid is not None
    client = redis.Redis.from_url(url)
    client.set("seen", "yes")
    client.close()
    server.stop()
    assert not _alive(pid)

    with EmbeddedRedis(tmp_path) as again:
        client = redis.Redis.from_url(again.url)
        assert client.get("seen") == b"yes"
        client.close()
    assert (tmp_path / "appendonlydir").is_dir()


def test_stop_twice_is_harmless(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path)
    server.start()
    server.stop()
    server.stop()


def test_a_server_left_by_a_killed_bot_is_stopped_at_the_next_start(tmp_path: Path) -> None:
    left = EmbeddedRedis(tmp_path)
    left.start()
    orphan = left.pid
    assert orphan is not None
    process, left._process = left._process, None  # the bot died without stopping it
    assert process is not None
    with EmbeddedRedis(tmp_path) as again:
        assert not _alive(orphan)
        assert again.pid != orphan
    process.wait()  # reap it: in real life its parent is gone and init does this


def test_the_server_dies_with_a_bot_killed_outright(tmp_path: Path) -> None:
    script = (
        "import sys, time; from pathlib import Path; from bot.redis_server import EmbeddedRedis\n"
        f"s = EmbeddedRedis(Path({str(tmp_path)!r})); s.start(); print(s.pid, flush=True); time.sleep(60)\n"
    )
    bot = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert bot.stdout is not None
    server_pid = int(bot.stdout.readline())
    assert _alive(server_pid)
    bot.send_signal(signal.SIGKILL)
    bot.wait()
    bot.stdout.close()
    deadline = time.monotonic() + 10
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(server_pid)


def test_ctrl_c_at_a_terminal_does_not_reach_the_server(tmp_path: Path) -> None:
    with EmbeddedRedis(tmp_path) as server:
        assert server.pid is not None
        assert os.getpgid(server.pid) != os.getpgid(0)  # its own session: the bot stops it, in order
