"""Fetch feeds over HTTP: conditional GET, hard limits, one shared session.

:class:`Fetcher` is the only place that talks HTTP on the feed side. It sends the stored validators
(``If-None-Match`` / ``If-Modified-Since``), accepts gzip and deflate, caps connect and read times, the
body size (counted while streaming, after decompression, so a gzip bomb stops at the cap too) and the
number of redirects, and keeps at most ``per_host`` requests in flight to any one host. Every failure
is raised as a :mod:`feeds.errors` exception, chained to the aiohttp one with ``raise ... from``.

The session is created once, either by the caller (``Fetcher(session)``) or by the fetcher itself
when used as an async context manager (``async with Fetcher() as fetcher``), and closed by whoever
created it.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

import aiohttp
from yarl import URL

from feeds.errors import FetchError, FetchTimeoutError, HTTPStatusError, TooLargeError, TooManyRedirects

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return importlib.metadata.version("rumourbot")
    except importlib.metadata.PackageNotFoundError:  # running from a source tree
        return "0.1.0"


USER_AGENT = f"rumourbot/{_version()} (+https://github.com/rumourbot/rumourbot)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9,"
    " text/xml;q=0.9, */*;q=0.5"
)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Timeouts (seconds), size and redirect caps, and per-host concurrency of a :class:`Fetcher`."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence while waiting for headers or body bytes
    total_timeout: float = 90.0  # the whole request, so a trickling server cannot hold a poll forever
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 2


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One successful answer: 200 with a body, or 304 with ``body=None``.

    ``etag`` and ``last_modified`` are the validators to store for the next request (on a 304 without
    new ones, the ones that were sent). ``elapsed`` is in seconds, from sending to the last byte.
    """

    status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None
    content_type: str | None
    final_url: str
    elapsed: float

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FeedFetcher(Protocol):
    """What the poller needs from a fetcher; tests may pass a fake."""

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult: ...


class Fetcher:
    """Conditional GET of feeds through one shared :class:`aiohttp.ClientSession`."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None = None,
        *,
        limits: FetchLimits | None = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        self._session = session
        self._owns_session = False
        self.limits = limits or FetchLimits()
        self._user_agent = user_agent
        self._host_slots: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Self:
        if self._session is None:
            self._session = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
            self._owns_session = True
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the session if this fetcher created it; a caller's session is left to the caller."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None
            self._owns_session = False

    def _slot(self, url: URL) -> asyncio.Semaphore:
        host = (url.host or "").lower()
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(self.limits.per_host)
        return slot

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url``, conditionally when validators are given.

        Returns a 200 (with body) or 304 (body ``None``) result. Raises :class:`HTTPStatusError` for any
        other final status, :class:`FetchTimeoutError`, :class:`TooLargeError`,
        :class:`TooManyRedirects`, or :class:`FetchError` for connection and protocol errors.
        """
        if self._session is None:
            raise RuntimeError("Fetcher has no session: pass one or use 'async with Fetcher()'")
        try:
            target = URL(url)
        except ValueError as exc:
            raise FetchError(f"invalid URL {url!r}: {exc}") from exc
        if target.scheme not in {"http", "https"} or not target.host:
            raise FetchError(f"not an http(s) URL: {url!r}")
        headers = {
            "User-Agent": self._user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        limits = self.limits
        timeout = aiohttp.ClientTimeout(
            total=limits.total_timeout, sock_connect=limits.connect_timeout, sock_read=limits.read_timeout
        )
        async with self._slot(target):
            started = time.monotonic()
            try:
                async with self._session.get(
                    target,
                    headers=headers,
                    timeout=timeout,
                    max_redirects=limits.max_redirects,
                    allow_redirects=True,
                ) as resp:
                    return await self._read(resp, etag, last_modified, started)
            except aiohttp.TooManyRedirects as exc:
                raise TooManyRedirects(f"more than {limits.max_redirects} redirects") from exc
            except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
                raise FetchTimeoutError(f"timed out after {time.monotonic() - started:.1f}s") from exc
            except aiohttp.ClientError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}") from exc

    async def _read(
        self, resp: aiohttp.ClientResponse, etag: str | None, last_modified: str | None, started: float
    ) -> FetchResult:
        if resp.status == 304:
            return FetchResult(
                status=304,
                body=None,
                etag=resp.headers.get("ETag") or etag,
                last_modified=resp.headers.get("Last-Modified") or last_modified,
                content_type=resp.headers.get("Content-Type"),
                final_url=str(resp.url),
                elapsed=time.monotonic() - started,
            )
        if not 200 <= resp.status < 300:
            raise HTTPStatusError(resp.status, resp.reason or "")
        cap = self.limits.max_bytes
        declared = resp.content_length
        # Content-Length counts the encoded bytes; with gzip the decoded body is checked while streaming.
        if declared is not None and declared > cap:
            raise TooLargeError(f"Content-Length {declared} exceeds the {cap}-byte cap")
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise TooLargeError(f"body exceeds the {cap}-byte cap")
            chunks.append(chunk)
        return FetchResult(
            status=resp.status,
            body=b"".join(chunks),
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
            content_type=resp.headers.get("Content-Type"),
            final_url=str(resp.url),
            elapsed=time.monotonic() - started,
        )
