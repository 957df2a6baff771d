"""Failures the runtime reports to the user as one clear line, without a traceback."""

from __future__ import annotations


class RedisUnavailableError(RuntimeError):
    """Redis could not be reached or started; the message says which and what to do."""
