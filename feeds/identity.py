"""Item identity: the canonical link and the title fingerprint.

Feeds re-publish the same story with a new guid, a new date or a link decorated with tracking
parameters (``feeds.md``). Two values survive that: the link with the decoration removed
(:func:`canonical_link`) and a hash of the title folded to its letters and digits
(:func:`title_fingerprint`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urljoin, urlsplit, urlunsplit

__all__ = ["canonical_link", "looks_like_url", "normalise_title", "title_fingerprint"]

# Query parameters that only say how the reader arrived; never part of what the page is.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "ocid",
        "cmpid",
        "cmp",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_ga",
        "_gl",
        "icid",
        "ito",
        "xtor",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")

# A parameter whose name starts like a tracking one: a superset of what _filter_query removes.
_MAYBE_TRACKING = re.compile(
    "(?:^|&)(?:" + "|".join(sorted({*_TRACKING_PARAMS, *_TRACKING_PREFIXES})) + ")",
    re.IGNORECASE | re.ASCII,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SIMPLE_URL = re.compile(r"(https?)://([a-z0-9.-]*[a-z0-9])(/[^?#]*)?(?:\?([^#]*))?(?:#(.*))?", re.DOTALL)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*\Z")


def looks_like_url(value: str) -> bool:
    """True when ``value`` is an absolute http(s) URL (a guid that is really a link)."""
    if value.startswith(("http://", "https://")):
        return True
    return value[:8].lower().startswith(("http://", "https://"))


def _filter_query(query: str) -> str:
    # Split by hand rather than parse_qsl/urlencode: the kept parameters stay byte for byte as the
    # outlet wrote them (re-encoding would turn %20 into + and make two spellings of one link).
    if (
        query.isascii()  # str.lower() folds a few non-ASCII letters (the Kelvin sign) to ASCII
        and not _MAYBE_TRACKING.search(query)
        and "&&" not in query
        and query[:1] != "&"
        and query[-1:] != "&"
    ):
        return query  # nothing to remove (the common case for links that have a query)
    kept = []
    for param in query.split("&"):
        if param:
            name = param.partition("=")[0].lower()
            if name not in _TRACKING_PARAMS and not name.startswith(_TRACKING_PREFIXES):
                kept.append(param)
    return "&".join(kept)


def _canonical_general(url: str) -> str:
    """:func:`canonical_link` for URLs with user info or an IPv6 host: the slower, general path."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{host}"
    if port is not None and _DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{netloc}:{port}"
    fragment = parts.fragment if parts.fragment.startswith("!") else ""
    return urlunsplit((scheme, netloc, parts.path or "/", _filter_query(parts.query), fragment))


def canonical_link(url: str, base: str | None = None) -> str:
    """The link with tracking parameters and fragments removed, resolved against ``base``.

    Scheme and host are lower-cased and a default port dropped; the path and the remaining
    query (order and encoding kept) are left alone, since servers may treat them case-sensitively.
    Fragments are dropped (BBC guids end in ``#0``; a fragment never names a different article)
    except ``#!`` routes, which some sites still use as the page address. A string that is not an
    absolute URL comes back stripped but otherwise unchanged.
    """
    url = url.strip()
    if not url:
        return ""
    if base and not looks_like_url(url):
        try:
            url = urljoin(base, url)
        except ValueError:
            return url
    simple = _SIMPLE_URL.fullmatch(url)
    if simple:
        # Scheme and host already lower case, no port, user info or trailing dot: what the
        # general code below would do reduces to the path, query and fragment.
        scheme, host, path, query, fragment = simple.groups()
        out = f"{scheme}://{host}{path or '/'}"
        if query:
            query = _filter_query(query)
            if query:
                out = f"{out}?{query}"
        if fragment and fragment[0] == "!":
            out = f"{out}#{fragment}"
        return out
    head, _, fragment = url.partition("#")
    head, _, query = head.partition("?")
    scheme, sep, rest = head.partition("://")
    if not sep or not _SCHEME.match(scheme):
        return url
    netloc, slash, path = rest.partition("/")
    if not netloc:
        return url
    if "@" in netloc or "[" in netloc:
        return _canonical_general(url)
    scheme = scheme.lower()
    host, colon, port = netloc.partition(":")
    netloc = host.lower().rstrip(".")
    if colon and port and not (port.isdigit() and _DEFAULT_PORTS.get(scheme) == int(port)):
        netloc = f"{netloc}:{port}"
    out = f"{scheme}://{netloc}{slash}{path}" if slash else f"{scheme}://{netloc}/"
    if query:
        query = _filter_query(query)
        if query:
            out = f"{out}?{query}"
    if fragment.startswith("!"):
        out = f"{out}#{fragment}"
    return out


# Letters NFKD does not decompose into a base letter plus a mark.
_FOLD = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
_FOLD_CHARS = re.compile("[" + "".join(chr(c) for c in _FOLD) + "]")
# Combining marks left by NFKD on Latin, Greek and Cyrillic letters (the accents to strip).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[\W_]+")


def normalise_title(title: str) -> str:
    """Casefolded, accents stripped, apostrophes dropped, other punctuation turned into spaces.

    ``"Mbappé's £150m move – 'done deal'!"`` → ``"mbappes 150m move done deal"``.
    """
    if title.isascii():
        text = title.lower().replace("'", "").replace("`", "")
    else:
        text = unicodedata.normalize("NFKD", title.casefold())
        if _FOLD_CHARS.search(text):  # str.translate with a dict costs ~2 µs even when idle
            text = text.translate(_FOLD)
        text = _COMBINING.sub("", text)
        text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def title_fingerprint(title: str) -> str:
    """A stable hash (32 hex digits) of :func:`normalise_title`; ``""`` for an empty title."""
    norm = normalise_title(title)
    if not norm:
        return ""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()
