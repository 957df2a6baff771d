"""Exceptions of the feed side. Low-level errors are wrapped at the boundary with ``raise ... from``.

FeedError
├── FetchError              the feed could not be fetched
│   ├── HTTPStatusError     a 4xx/5xx answer (``status`` kept)
│   ├── FetchTimeoutError   connect or read timed out
│   ├── TooLargeError       the body exceeded the size cap
│   └── TooManyRedirects    the redirect cap was hit
├── FeedParseError          the bytes are not a feed we can read
│   ├── HostileXMLError     entity expansion or external entities: refused, nothing expanded
│   └── NotAFeedError       well-formed, but HTML or another document, not RSS/RDF/Atom
└── FeedConfigError         a feeds file (YAML or OPML) is invalid
"""

from __future__ import annotations


class FeedError(Exception):
    """Base of every feed-side error."""


class FetchError(FeedError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, status: int, message: str = "") -> None:
        self.status = status
        super().__init__(f"HTTP {status}{': ' + message if message else ''}")


class FetchTimeoutError(FetchError):
    pass


class TooLargeError(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class FeedParseError(FeedError):
    pass


class HostileXMLError(FeedParseError):
    pass


class NotAFeedError(FeedParseError):
    pass


class FeedConfigError(FeedError):
    pass
