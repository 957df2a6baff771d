"""The embedded server: starts, keeps data on disk across restarts, and leaves no process behind."""

import os
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
