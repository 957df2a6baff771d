"""A local feed server for tests: good feeds, broken feeds and hostile ones, on 127.0.0.1.

Usage::

    async with FeedServer() as server:
        url = server.url("/good")                 # http://127.0.0.1:<port>/good
        ...                                       # poll it
        assert server.hits["/good"] == 2          # requests per path (redirect hops count)
        assert server.last_headers["/good"]["If-None-Match"] == '"good-v1"'
        server.set_feed("/good", make_rss([...]), etag='"good-v2"')   # change a feed
        server.set_feed("/mine", body, etag=None, content_type="application/atom+xml")  # add one

Built-in paths (:data:`ROUTES`):

    /good            RSS, 3 items, ETag + Last-Modified, answers 304 to a matching conditional GET
    /redirect        301 to /good
    /gzip            the good feed, gzip-encoded (when the client accepts gzip)
    /404, /500       errors
    /slow            waits ``slow_seconds`` (default 2 s) before answering, to trip a read timeout
    /delay           waits ``delay_seconds`` (default 0.1 s); ``max_in_flight["/delay"]`` shows
                     how many requests it had at once (every path is tracked the same way)
    /huge            a 6 MiB RSS streamed without Content-Length (size cap while streaming)
    /huge-declared   the same with Content-Length (size cap from the header)
    /loop            302 to itself forever
    /html            an HTML page, not a feed
    /malformed       XML that is not well-formed
    /billion-laughs  nested entity expansion
    /xxe             an external entity pointing at file:///etc/passwd
    /cp1252          windows-1252 bytes (curly quotes, a pound sign) with a matching declaration
    /cp1252-undeclared  the same bytes without an encoding declaration
    /guid-churn      the same 3 titles every time, with a new guid, link query and pubDate per request

:func:`make_rss` builds small RSS documents for :meth:`FeedServer.set_feed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import html
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import TracebackType
from typing import Self

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

RSS_TYPE = "application/rss+xml; charset=utf-8"

GOOD_ITEMS: tuple[Mapping[str, str], ...] = (
    {
        "title": "Arsenal in talks to sign Real Sociedad midfielder",
        "link": "https://news.example/football/arsenal-talks-1",
        "guid": "https://news.example/football/arsenal-talks-1",
        "description": "Arsenal have opened talks over a £50m deal.",
    },
    {
        "title": "Liverpool make bid for Bayern Munich winger",
        "link": "https://news.example/football/liverpool-bid-2",
        "guid": "https://news.example/football/liverpool-bid-2",
        "description": "Liverpool have made an opening offer.",
    },
    {
        "title": "Chelsea agree fee for Brighton defender",
        "link": "https://news.example/football/chelsea-agree-3",
        "guid": "https://news.example/football/chelsea-agree-3",
        "description": "Chelsea have agreed a fee with Brighton.",
    },
)

BASE_DATE = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def make_rss(
    items: Sequence[Mapping[str, str]], *, title: str = "Test football feed", encoding: str = "utf-8"
) -> bytes:
    """An RSS 2.0 document with ``items`` (keys: title, link, guid, description, pubDate; all optional)."""
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>',
        f"<title>{html.escape(title)}</title><link>https://news.example/</link>",
        "<description>Test feed</description>",
    ]
    for n, item in enumerate(items):
        published = item.get("pubDate") or format_datetime(BASE_DATE - timedelta(hours=n), usegmt=True)
        parts.append("<item>")
        for tag in ("title", "link", "description"):
            if tag in item:
                parts.append(f"<{tag}>{html.escape(item[tag])}</{tag}>")
        if "guid" in item:
            permalink = "true" if item["guid"].startswith("http") else "false"
            parts.append(f'<guid isPermaLink="{permalink}">{html.escape(item["guid"])}</guid>')
        parts.append(f"<pubDate>{published}</pubDate></item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode(encoding, errors="xmlcharrefreplace")


GOOD_FEED = make_rss(GOOD_ITEMS)

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Football | News</title></head>"
    b"<body><h1>Latest football news</h1><p>Nothing to see here.</p></body></html>\n"
)
MALFORMED = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Broken</title>'
    b"<item><title>Unclosed item</title><link>https://news.example/x</link></channel>\n"
)
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><link>https://news.example/lol</link></item>
</channel></rss>
"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>Leak &xxe;</title><link>https://news.example/xxe</link></item>
</channel></rss>
"""
CP1252_ITEMS: tuple[Mapping[str, str], ...] = (
    {
        "title": "\u201cDone deal\u201d: Spurs pay \u00a330m for striker",
        "link": "https://news.example/football/spurs-done-1",
        "guid": "https://news.example/football/spurs-done-1",
        "description": "Tottenham\u2019s \u00a330m move is complete.",
    },
)
CP1252_FEED = make_rss(CP1252_ITEMS, encoding="windows-1252")
CP1252_UNDECLARED = CP1252_FEED.replace(b' encoding="windows-1252"', b"")
HUGE_SIZE = 6 * 1024 * 1024

ROUTES: tuple[str, ...] = (
    "/good",
    "/redirect",
    "/gzip",
    "/404",
    "/500",
    "/slow",
    "/delay",
    "/huge",
    "/huge-declared",
    "/loop",
    "/html",
    "/malformed",
    "/billion-laughs",
    "/xxe",
    "/cp1252",
    "/cp1252-undeclared",
    "/guid-churn",
)


@dataclass(frozen=True, slots=True)
class StaticFeed:
    """A document served at a path, with optional validators honoured on conditional GETs."""

    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = RSS_TYPE
    status: int = 200
    gzip: bool = False


class FeedServer:
    """The fake feed server; see the module docstring for its paths and API."""

    def __init__(self, *, slow_seconds: float = 2.0, delay_seconds: float = 0.1) -> None:
        self.slow_seconds = slow_seconds
        self.delay_seconds = delay_seconds
        self.hits: Counter[str] = Counter()
        self.last_headers: dict[str, Mapping[str, str]] = {}
        self.max_in_flight: Counter[str] = Counter()
        self._in_flight: Counter[str] = Counter()
        self._churn = 0
        self._closing = asyncio.Event()
        self._static: dict[str, StaticFeed] = {}
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._handlers: dict[str, Handler] = {
            "/redirect": self._redirect,
            "/404": self._status(404),
            "/500": self._status(500),
            "/slow": self._slow,
            "/delay": self._delay,
            "/huge": self._huge,
            "/huge-declared": self._huge_declared,
            "/loop": self._loop,
            "/guid-churn": self._guid_churn,
        }
        modified = format_datetime(BASE_DATE, usegmt=True)
        self.set_feed("/good", GOOD_FEED, etag='"good-v1"', last_modified=modified)
        self.set_feed("/gzip", GOOD_FEED, etag='"gzip-v1"', gzip=True)
        self.set_feed("/html", HTML_PAGE, content_type="text/html; charset=utf-8")
        self.set_feed("/malformed", MALFORMED)
        self.set_feed("/billion-laughs", BILLION_LAUGHS, content_type="application/xml")
        self.set_feed("/xxe", XXE, content_type="application/xml")
        self.set_feed("/cp1252", CP1252_FEED, content_type="application/rss+xml")
        self.set_feed("/cp1252-undeclared", CP1252_UNDECLARED, content_type="application/rss+xml")

    # -- API -------------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        if self._runner is None:
            raise RuntimeError("FeedServer is not started")
        return f"http://127.0.0.1:{self._port}{path}"

    def set_feed(
        self,
        path: str,
        body: bytes,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str = RSS_TYPE,
        status: int = 200,
        gzip: bool = False,
    ) -> None:
        """Serve ``body`` at ``path`` (new or replacing what was there), honouring the validators."""
        self._handlers.pop(path, None)
        self._static[path] = StaticFeed(body, etag, last_modified, content_type, status, gzip)

    def reset_counts(self) -> None:
        """Forget hit counts, headers and concurrency figures."""
        self.hits.clear()
        self.last_headers.clear()
        self.max_in_flight.clear()

    async def start(self) -> Self:
        app = web.Application(middlewares=[self._count])
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(
            app, handle_signals=False, shutdown_timeout=1.0, handler_cancellation=True, access_log=None
        )
        await self._runner.setup()
        try:
            site = web.TCPSite(self._runner, "127.0.0.1", 0)  # port 0: a free port
            await site.start()
            self._port = int(self._runner.addresses[0][1])
        except BaseException:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- plumbing --------------------------------------------------------------------------------

    @web.middleware
    async def _count(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.last_headers[path] = dict(request.headers)
        self._in_flight[path] += 1
        self.max_in_flight[path] = max(self.max_in_flight[path], self._in_flight[path])
        try:
            return await handler(request)
        finally:
            self._in_flight[path] -= 1

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        handler = self._handlers.get(request.path)
        if handler is not None:
            return await handler(request)
        feed = self._static.get(request.path)
        if feed is None:
            raise web.HTTPNotFound()
        return self._serve(request, feed)

    @staticmethod
    def _serve(request: web.Request, feed: StaticFeed) -> web.Response:
        headers: dict[str, str] = {}
        if feed.etag:
            headers["ETag"] = feed.etag
        if feed.last_modified:
            headers["Last-Modified"] = feed.last_modified
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        if feed.status == 200 and (
            (inm is not None and feed.etag is not None and inm in {feed.etag, "*"})
            or (
                inm is None
                and ims is not None
                and feed.last_modified is not None
                and ims == feed.last_modified
            )
        ):
            return web.Response(status=304, headers=headers)
        body = feed.body
        if feed.gzip and "gzip" in request.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = feed.content_type
        return web.Response(status=feed.status, body=body, headers=headers)

    async def _wait(self, seconds: float) -> None:
        # ends early when the server closes, so a test's teardown never waits for a slow handler
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # -- special routes --------------------------------------------------------------------------

    @staticmethod
    def _status(status: int) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, text=f"error {status}\n")

        return handler

    async def _redirect(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPMovedPermanently(location="/good")

    async def _loop(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(location="/loop")

    async def _slow(self, request: web.Request) -> web.StreamResponse:
        await self._wait(self.slow_seconds)
        return web.Response(body=GOOD_FEED, content_type="application/rss+xml")

    async def _delay(self, request: web.Request) -> web.StreamResponse:
        await self._wait(self.delay_seconds)
        return web.Response(body=GOOD_FEED, content_type="application/rss+xml")

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": RSS_TYPE})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->"
        try:
            await response.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
            for _ in range(HUGE_SIZE // len(chunk) + 1):
                await response.write(chunk)
            await response.write(b"</channel></rss>")
            await response.write_eof()
        except ConnectionError:
            pass  # the client gave up at its size cap, as it should
        return response

    async def _huge_declared(self, request: web.Request) -> web.StreamResponse:
        body = b'<?xml version="1.0"?><rss version="2.0"><channel>' + b" " * HUGE_SIZE + b"</channel></rss>"
        return web.Response(body=body, headers={"Content-Type": RSS_TYPE})

    async def _guid_churn(self, request: web.Request) -> web.StreamResponse:
        self._churn += 1
        n = self._churn
        items = [
            {
                "title": item["title"],
                "link": item["link"],
                "guid": f"story-{n}-{i}",
                "description": item["description"],
                "pubDate": format_datetime(BASE_DATE + timedelta(minutes=n, seconds=i), usegmt=True),
            }
            for i, item in enumerate(GOOD_ITEMS)
        ]
        return web.Response(body=make_rss(items), headers={"Content-Type": RSS_TYPE})
