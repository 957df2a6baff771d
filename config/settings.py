"""Settings from the environment, one pydantic-settings class per concern (names as in ``design.md``).

Built in the entry point, never at import time. :func:`load_settings` validates everything at once and
raises :class:`SettingsError` with one line per problem; secrets are ``SecretStr`` and never printed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config import CONFIG_DIR


def default_data_dir() -> Path:
    """The per-user data directory (XDG on Linux, the usual places elsewhere)."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        return Path(xdg) / "rumourbot"
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "rumourbot"
    return Path.home() / ".local" / "share" / "rumourbot"


class SettingsError(ValueError):
    """The environment holds invalid settings; ``problems`` has one message each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid settings:\n" + "\n".join(f"  - {p}" for p in problems))


class CoreSettings(BaseSettings):
    """``RUMOURBOT_*``: where config and data live, logging, owners, metrics."""

    model_config = SettingsConfigDict(env_prefix="RUMOURBOT_", extra="ignore", env_ignore_empty=True)

    config_dir: Path = CONFIG_DIR
    data_dir: Path = Field(default_factory=default_data_dir)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    owners: str = ""
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    # several bots (or test runs) can share one Redis under different prefixes
    key_prefix: str = Field(default="rumourbot:", pattern=r"^[A-Za-z0-9_.:-]{1,64}$")

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _fold_case(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        return (
            value.upper()
            if value.lower() != value.upper()
            and value.lower() in {"debug", "info", "warning", "error", "critical"}
            else value.lower()
        )

    @field_validator("config_dir")
    @classmethod
    def _config_dir_exists(cls, value: Path) -> Path:
        if not value.is_dir():
            raise ValueError(f"{value} is not a directory")
        return value

    @field_validator("owners")
    @classmethod
    def _owners_shape(cls, value: str) -> str:
        for owner in filter(None, (part.strip() for part in value.split(","))):
            platform, _, user = owner.partition(":")
            if platform not in {"telegram", "discord"} or not user.isdigit():
                raise ValueError(f"{owner!r} is not telegram:<id> or discord:<id>")
        return value

    def owner_ids(self) -> frozenset[str]:
        return frozenset(filter(None, (part.strip() for part in self.owners.split(","))))


class RedisSettings(BaseSettings):
    """``REDIS_URL``: the server to use; unset means the embedded one."""

    model_config = SettingsConfigDict(extra="ignore", env_ignore_empty=True)

    # a secret: the URL may carry a password
    redis_url: SecretStr | None = None

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        scheme = value.get_secret_value().partition("://")[0]
        if scheme not in {"redis", "rediss", "unix"}:
            raise ValueError(f"must start with redis://, rediss:// or unix://, not {scheme}://")
        return value

    def url(self) -> str | None:
        return self.redis_url.get_secret_value() if self.redis_url else None


class TelegramSettings(BaseSettings):
    """``TELEGRAM_TOKEN`` enables Telegram; ``TELEGRAM_API_URL`` is the Bot API base."""

    model_config = SettingsConfigDict(env_prefix="TELEGRAM_", extra="ignore", env_ignore_empty=True)

    token: SecretStr | None = None
    api_url: str = "https://api.telegram.org/bot"


class DiscordSettings(BaseSettings):
    """``DISCORD_TOKEN`` enables Discord; the URLs point it at a proxy or a test server."""

    model_config = SettingsConfigDict(env_prefix="DISCORD_", extra="ignore", env_ignore_empty=True)

    token: SecretStr | None = None
    api_url: str = "https://discord.com/api/v10"
    gateway_url: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    core: CoreSettings
    redis: RedisSettings
    telegram: TelegramSettings
    discord: DiscordSettings

    def describe(self) -> list[str]:
        """Human-readable lines for ``rumourbot check``; secrets shown only as set / unset."""
        return [
            f"config dir: {self.core.config_dir}",
            f"data dir:   {self.core.data_dir}",
            f"redis:      {redact_url(self.redis.url() or '') or 'embedded (REDIS_URL unset)'}",
            f"telegram:   {'on' if self.telegram.token else 'off (TELEGRAM_TOKEN unset)'}",
            f"discord:    {'on' if self.discord.token else 'off (DISCORD_TOKEN unset)'}",
            f"log:        {self.core.log_level} {self.core.log_format}",
        ]


def redact_url(url: str) -> str:
    """Hide a password in a URL (``redis://:secret@host`` -> ``redis://:***@host``)."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    creds, _, host = rest.rpartition("@")
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


_ENV_NAMES = {
    CoreSettings: "RUMOURBOT_",
    RedisSettings: "",
    TelegramSettings: "TELEGRAM_",
    DiscordSettings: "DISCORD_",
}


def load_settings() -> Settings:
    """Read and validate every settings class; all problems are reported together."""
    problems: list[str] = []
    built: dict[type, BaseSettings] = {}
    for cls, prefix in _ENV_NAMES.items():
        try:
            built[cls] = cls()
        except ValidationError as exc:
            for error in exc.errors():
                field = ".".join(str(part) for part in error["loc"])
                # the input is not echoed: it may be a secret
                problems.append(f"{prefix}{field.upper()}: {error['msg']}")
    if problems:
        raise SettingsError(problems)
    return Settings(
        core=built[CoreSettings],  # type: ignore[arg-type]
        redis=built[RedisSettings],  # type: ignore[arg-type]
        telegram=built[TelegramSettings],  # type: ignore[arg-type]
        discord=built[DiscordSettings],  # type: ignore[arg-type]
    )
