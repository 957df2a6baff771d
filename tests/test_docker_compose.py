"""The compose file can't be run here (no Docker engine), so check what it promises."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _compose() -> dict[str, object]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_redis_persists_with_aof_on_a_named_volume() -> None:
    compose = _compose()
    redis = compose["services"]["redis"]  # type: ignore[index]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command
    volume, _, mount = redis["volumes"][0].partition(":")
    assert mount == "/data"
    assert volume in compose["volumes"]  # type: ignore[operator]


def test_bot_uses_compose_redis_and_takes_tokens_from_the_environment() -> None:
    bot = _compose()["services"]["bot"]  # type: ignore[index]
    env = bot["environment"]
    assert env["REDIS_URL"].startswith("redis://redis:")
    assert env["TELEGRAM_TOKEN"] == "${TELEGRAM_TOKEN:-}"
    assert env["DISCORD_TOKEN"] == "${DISCORD_TOKEN:-}"
    assert "redis" in bot["depends_on"]
    assert bot["command"][:2] == ["rumourbot", "run"]


def test_no_secret_is_committed_in_the_compose_file() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "TOKEN:" in line:
            assert "${" in line, line
