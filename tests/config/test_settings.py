from pathlib import Path

import pytest

from config import CONFIG_DIR
from config.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "REDIS_URL",
        "TELEGRAM_TOKEN",
        "DISCORD_TOKEN",
        "RUMOURBOT_CONFIG_DIR",
        "RUMOURBOT_DATA_DIR",
        "RUMOURBOT_LOG_LEVEL",
        "RUMOURBOT_LOG_FORMAT",
        "RUMOURBOT_OWNERS",
        "RUMOURBOT_METRICS_PORT",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults_need_no_environment() -> None:
    settings = load_settings()
    assert settings.redis.redis_url is None
    assert settings.telegram.token is None and settings.discord.token is None
    assert settings.core.config_dir == CONFIG_DIR
    assert settings.core.log_level == "INFO"


def test_every_problem_is_reported_at_once_by_its_variable_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "http://localhost:6379")
    monkeypatch.setenv("RUMOURBOT_LOG_LEVEL", "LOUD")
    monkeypatch.setenv("RUMOURBOT_METRICS_PORT", "70000")
    monkeypatch.setenv("RUMOURBOT_OWNERS", "telegram:12,slack:3")
    with pytest.raises(SettingsError) as err:
        load_settings()
    text = str(err.value)
    for name in ("REDIS_URL", "RUMOURBOT_LOG_LEVEL", "RUMOURBOT_METRICS_PORT", "RUMOURBOT_OWNERS"):
        assert name in text
    assert len(err.value.problems) == 4


def test_secrets_are_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", "123456:SECRET-telegram")
    monkeypatch.setenv("DISCORD_TOKEN", "SECRET-discord")
    monkeypatch.setenv("REDIS_URL", "redis://:SECRET-pass@localhost:6379/0")
    settings = load_settings()
    shown = "\n".join(settings.describe()) + repr(settings)
    assert "SECRET" not in shown
    assert "telegram:   on" in shown
    assert settings.telegram.token is not None
    assert settings.telegram.token.get_secret_value() == "123456:SECRET-telegram"


def test_a_missing_config_dir_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RUMOURBOT_CONFIG_DIR", str(tmp_path / "nope"))
    with pytest.raises(SettingsError, match="RUMOURBOT_CONFIG_DIR"):
        load_settings()


def test_log_level_and_format_are_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUMOURBOT_LOG_LEVEL", "debug")
    monkeypatch.setenv("RUMOURBOT_LOG_FORMAT", "JSON")
    settings = load_settings()
    assert settings.core.log_level == "DEBUG"
    assert settings.core.log_format == "json"


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # docker compose passes `${TELEGRAM_TOKEN:-}` through as an empty string
    for name in ("TELEGRAM_TOKEN", "DISCORD_TOKEN", "REDIS_URL", "RUMOURBOT_METRICS_PORT"):
        monkeypatch.setenv(name, "")
    settings = load_settings()
    assert settings.telegram.token is None and settings.discord.token is None
    assert settings.redis.url() is None and settings.core.metrics_port is None
