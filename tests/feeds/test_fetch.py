"""The fetcher against the local feed server: conditional GET, limits, errors as feeds.errors."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator

import aiohttp
import pytest

from feeds.errors import FetchError, FetchTimeoutError, HTTPStatusError, TooLargeError, TooManyRedirects
from feeds.fetch import USER_AGENT, Fetcher, FetchLimits
from tests.fakes.feed_server import GOOD_FEED, FeedServer

LIMITS = FetchLimits(
    connect_timeout=1.0,
    read_timeout=0.3,
    total_timeout=3.0,
    max_bytes=1024 * 1024,
    max_redirects=3,
    per_host=2,
)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer(slow_seconds=2.0) as srv:
        yield srv


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(limits=LIMITS) as f:
        yield f


async def test_good_feed_returns_body_validators_and_content_type(
    server: FeedServer, fetcher: Fetcher
) -> None:
    result = await fetcher.fetch(server.url("/good"))
    assert result.status == 200
    assert result.body == GOOD_FEED
    assert result.etag == '"good-v1"'
    assert result.last_modified is not None and result.last_modified.endswith("GMT")
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.final_url == server.url("/good")
    assert result.elapsed >= 0
    headers = server.last_headers["/good"]
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("rumourbot/") and "(+https://github.com/rumourbot/rumourbot)" in USER_AGENT
    assert "gzip" in headers["Accept-Encoding"] and "deflate" in headers["Accept-Encoding"]
    assert "application/rss+xml" in headers["Accept"]


async def test_conditional_get_sends_validators_and_gets_304(server: FeedServer, fetcher: Fetcher) -> None:
    first = await fetcher.fetch(server.url("/good"))
    second = await fetcher.fetch(server.url("/good"), etag=first.etag, last_modified=first.last_modified)
    assert server.last_headers["/good"]["If-None-Match"] == '"good-v1"'
    assert server.last_headers["/good"]["If-Modified-Since"] == first.last_modified
    assert second.status == 304 and second.not_modified
    assert second.body is None
    assert second.etag == first.etag and second.last_modified == first.last_modified


async def test_if_modified_since_alone_gets_304(server: FeedServer, fetcher: Fetcher) -> None:
    first = await fetcher.fetch(server.url("/good"))
    second = await fetcher.fetch(server.url("/good"), last_modified=first.last_modified)
    assert "If-None-Match" not in server.last_headers["/good"]
    assert second.status == 304


async def test_changed_feed_returns_200_with_new_etag(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/good", b"<rss/>", etag='"good-v2"')
    result = await fetcher.fetch(server.url("/good"), etag='"good-v1"')
    assert result.status == 200 and result.body == b"<rss/>" and result.etag == '"good-v2"'
    assert result.last_modified is None


async def test_gzip_body_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.url("/gzip"))
    assert result.body == GOOD_FEED


@pytest.mark.parametrize("status", [404, 500])
async def test_error_status_raises_http_status_error(
    server: FeedServer, fetcher: Fetcher, status: int
) -> None:
    with pytest.raises(HTTPStatusError) as info:
        await fetcher.fetch(server.url(f"/{status}"))
    assert info.value.status == status
    assert str(status) in str(info.value)


async def test_read_timeout(server: FeedServer, fetcher: Fetcher) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(FetchTimeoutError) as info:
        await fetcher.fetch(server.url("/slow"))
    assert loop.time() - started < 1.5
    assert isinstance(info.value.__cause__, asyncio.TimeoutError)


async def test_connect_error_is_fetch_error(fetcher: Fetcher) -> None:
    # a port nothing listens on
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert isinstance(info.value.__cause__, aiohttp.ClientError)


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
async def test_oversized_body_is_refused(server: FeedServer, fetcher: Fetcher, path: str) -> None:
    with pytest.raises(TooLargeError):
        await fetcher.fetch(server.url(path))


async def test_gzip_bomb_is_capped_after_decoding(server: FeedServer) -> None:
    bomb = b"<rss>" + b" " * (4 * 1024 * 1024) + b"</rss>"
    assert len(gzip.compress(bomb)) < 64 * 1024
    server.set_feed("/bomb", bomb, gzip=True)
    async with Fetcher(limits=LIMITS) as fetcher:
        with pytest.raises(TooLargeError):
            await fetcher.fetch(server.url("/bomb"))


async def test_redirect_is_followed(server: FeedServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.url("/redirect"))
    assert result.final_url == server.url("/good")
    assert result.body == GOOD_FEED


async def test_redirect_loop_hits_the_cap(server: FeedServer, fetcher: Fetcher) -> None:
    with pytest.raises(TooManyRedirects):
        await fetcher.fetch(server.url("/loop"))
    assert server.hits["/loop"] == LIMITS.max_redirects


@pytest.mark.parametrize("url", ["ftp://example.com/feed", "not a url", "file:///etc/passwd"])
async def test_non_http_urls_are_refused(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(FetchError):
        await fetcher.fetch(url)


async def test_per_host_concurrency_limit(server: FeedServer, fetcher: Fetcher) -> None:
    results = await asyncio.gather(*(fetcher.fetch(server.url("/delay")) for _ in range(6)))
    assert all(r.status == 200 for r in results)
    assert server.hits["/delay"] == 6
    assert server.max_in_flight["/delay"] == LIMITS.per_host


async def test_other_hosts_are_not_held_up_by_a_busy_one(server: FeedServer) -> None:
    # 127.0.0.1 and localhost are two hosts to the fetcher: each gets its own slots
    # (a second's wait, not 0.1 s: on a loaded machine resolving "localhost" alone could outlast the first
    # request, and the two would then never be in flight together)
    server.delay_seconds = 1.0
    async with Fetcher(limits=FetchLimits(per_host=1)) as fetcher:
        port = server.url("/").split(":")[2].rstrip("/")
        urls = [server.url("/delay"), f"http://localhost:{port}/delay"]
        await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    assert server.max_in_flight["/delay"] == 2


async def test_callers_session_is_used_and_left_open(server: FeedServer) -> None:
    async with aiohttp.ClientSession() as session:
        async with Fetcher(session, limits=LIMITS) as fetcher:
            assert (await fetcher.fetch(server.url("/good"))).status == 200
        assert not session.closed


async def test_fetch_without_session_is_an_error() -> None:
    with pytest.raises(RuntimeError):
        await Fetcher().fetch("https://example.com/feed")
