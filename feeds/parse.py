"""Feed bytes to normalised :class:`~feeds.models.Item` values, safely.

Reads RSS 0.9x/2.0, RSS 1.0 and
0.90 (RDF), Atom 1.0 and 0.3.

Pipeline of :func:`parse_feed`:

1. **Decode** (:func:`decode_feed`): BOM, then the HTTP charset (it overrides the XML
   declaration, as in feedparser and RFC 3023), then the declaration, then UTF-8; bytes the chosen
   encoding cannot decode fall back to UTF-8, then windows-1252 byte by byte. Never raises.
2. **Refuse hostile documents**: a DOCTYPE whose internal subset declares an entity (billion
   laughs, ``SYSTEM "file:///etc/passwd"``) raises :class:`HostileXMLError` before lxml sees a
   byte; any other DOCTYPE is removed unread. The parser itself never resolves entities, loads a
   DTD or touches the network, and the parsed tree is checked again for declared entities. An
   HTML page raises :class:`NotAFeedError` before parsing.
3. **Parse** with lxml, strictly first: the bytes as fetched when they are UTF-8, then the text
   cleaned (forbidden control characters removed, HTML entities such as ``&eacute;`` made
   character references). On a syntax error the document is retried once with bare ``&``
   escaped in libxml2's recovery mode. Why recover: real feeds are often ill-formed in
   harmless ways (an unescaped ``&`` in a URL, a truncated last item, a stray control byte) and
   refusing them loses every item of the poll, while the recovered tree still has to look like a
   feed (an RSS/RDF/Atom root) to yield anything; recovery changes nothing about entity handling.
   :attr:`ParsedFeed.recovered` says it happened so feed health can report it.
4. **Normalise** each entry into an :class:`Item` (identity via :mod:`feeds.identity`, text via
   :mod:`feeds.html_text`); audio and video entries are dropped and counted.

Modules: decoding in :mod:`feeds.xml_decode`, steps 2 and 3 in :mod:`feeds.xml_safe` (where the feed
XML parser is built), dates in :mod:`feeds.dates`; this module walks the tree into items.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urljoin

from lxml import etree

from feeds.dates import parse_date, parse_date_cached
from feeds.errors import FeedParseError, NotAFeedError
from feeds.html_text import collapse_whitespace, html_to_text, truncate
from feeds.identity import canonical_link, looks_like_url, title_fingerprint
from feeds.models import Item
from feeds.xml_decode import decode_feed
from feeds.xml_safe import check_doctype, check_tree, parse_xml

__all__ = ["ParsedFeed", "clear_caches", "decode_feed", "item_to_json", "parse_date", "parse_feed"]

log = logging.getLogger(__name__)

SUMMARY_MAX_CHARS = 2000
"""Summaries are teasers: the extractor reads headline + summary, and we never repost article text."""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """One parsed feed: its own title and link, its items in document order.

    ``skipped_media``: audio and video entries dropped. ``recovered``: the document was not
    well-formed XML and was read in libxml2's recovery mode (items may be missing).
    """

    title: str | None
    link: str | None
    items: tuple[Item, ...]
    skipped_media: int
    recovered: bool = False


# --------------------------------------------------------------------------------------------
# Memos
#
# A feed is polled every few minutes and nearly all of its items come back unchanged, so the pure
# string functions below see the same inputs poll after poll. Bounded LRU memos make a re-poll
# about three times cheaper (docs/benchmarks.md). Long texts are not memoised, which bounds the
# memory to a few MiB.

_MEMO_TEXT_MAX_CHARS = 1024


@functools.lru_cache(maxsize=4096)
def _html_to_text_memo(fragment: str, max_chars: int | None) -> str:
    return html_to_text(fragment, max_chars=max_chars)


def _to_text(fragment: str, max_chars: int | None = None) -> str:
    if len(fragment) > _MEMO_TEXT_MAX_CHARS:
        return html_to_text(fragment, max_chars=max_chars)
    return _html_to_text_memo(fragment, max_chars)


_canonical = functools.lru_cache(maxsize=8192)(canonical_link)
_fingerprint = functools.lru_cache(maxsize=8192)(title_fingerprint)


def clear_caches() -> None:
    """Empty the memos (benchmarks measure a first poll with this; tests never need it)."""
    for memo in (_html_to_text_memo, _canonical, _fingerprint, parse_date_cached):
        memo.cache_clear()


# --------------------------------------------------------------------------------------------
# Tree helpers

_NS_PREFIX: dict[str, str] = {
    "": "",
    "http://purl.org/rss/1.0/": "",
    "http://my.netscape.com/rdf/simple/0.9/": "",
    "http://backend.userland.com/rss2": "",
    "http://backend.userland.com/rss": "",
    "http://blogs.law.harvard.edu/tech/rss": "",
    "http://purl.org/net/rss1.1#": "",
    "http://www.w3.org/2005/Atom": "atom",
    "http://purl.org/atom/ns#": "atom",
    "http://www.w3.org/2007/app": "app",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/elements/1.0/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://search.yahoo.com/mrss/": "media",
    "http://search.yahoo.com/mrss": "media",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/1999/xhtml": "xhtml",
}

# Element names of the core vocabularies, by their lower-case spelling: some producers (and iTunes)
# treat them case-insensitively.
_CORE_NAMES = {
    name.lower(): name
    for name in (
        "rss", "channel", "item", "title", "link", "description", "guid", "pubDate", "lastBuildDate",
        "author", "category", "enclosure", "source", "comments", "feed", "entry", "id", "summary",
        "content", "published", "updated", "RDF",
    )
}  # fmt: skip

Key = str  # "prefix:local" for a known namespace, "local" for the core vocabulary
_tag_cache: dict[str, Key] = {}


def _key(tag: str) -> Key:
    key = _tag_cache.get(tag)
    if key is not None:
        return key
    if tag[:1] == "{":
        ns, _, local = tag[1:].partition("}")
        prefix = _NS_PREFIX.get(ns)
        if prefix is None:
            folded = ns.lower()
            prefix = _NS_PREFIX.get(folded)
            if prefix is None:
                prefix = _NS_PREFIX.get(folded.rstrip("/#"), "?")
        if not prefix:
            local = _CORE_NAMES.get(local.lower(), local)
        key = f"{prefix}:{local}" if prefix else local
    else:
        key = _CORE_NAMES.get(tag.lower(), tag)
    if len(_tag_cache) < 4096:
        _tag_cache[tag] = key
    return key


def _children(el: etree._Element) -> dict[Key, list[etree._Element]]:
    out: dict[Key, list[etree._Element]] = {}
    cache = _tag_cache
    for child in el:
        tag = child.tag
        key = cache.get(tag)
        if key is None:
            if not isinstance(tag, str):  # a comment, processing instruction or entity reference
                continue
            key = _key(tag)
        found = out.get(key)
        if found is None:
            out[key] = [child]
        else:
            found.append(child)
    return out


def _text(el: etree._Element | None) -> str:
    """All the character data inside ``el``, child elements' text included."""
    if el is None:
        return ""
    if len(el) == 0:
        return el.text or ""
    return "".join(t for t in el.itertext() if isinstance(t, str))


def _inner_markup(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(etree.tostring(child, encoding="unicode", with_tail=False))
        parts.append(child.tail or "")
    return "".join(parts)


def _html_of(el: etree._Element) -> str:
    """``el`` read as an HTML fragment: its text, plus any unescaped child markup."""
    if len(el) == 0:
        return el.text or ""
    return _inner_markup(el)


def _all(kids: dict[Key, list[etree._Element]], *keys: Key) -> list[etree._Element]:
    out: list[etree._Element] = []
    for key in keys:
        out.extend(kids.get(key, ()))
    return out


def _first(kids: dict[Key, list[etree._Element]], *keys: Key) -> etree._Element | None:
    for key in keys:
        found = kids.get(key)
        if found:
            return found[0]
    return None


def _first_text(kids: dict[Key, list[etree._Element]], *keys: Key) -> str:
    for key in keys:
        for el in kids.get(key, ()):
            value = _text(el).strip()
            if value:
                return value
    return ""


TextType = Literal["text", "html", "xhtml", "base64"]


def _atom_type(el: etree._Element) -> TextType:
    kind = (el.get("type") or "").strip().lower()
    mode = (el.get("mode") or "").strip().lower()
    if mode == "base64":
        return "base64"
    if kind in ("html", "text/html") or mode == "escaped":
        return "html"
    if kind in ("xhtml", "application/xhtml+xml"):
        return "xhtml"
    if kind and "/" in kind and not kind.startswith("text/") and not kind.endswith(("+xml", "/xml")):
        return "base64"  # Atom 1.0: any other media type is carried base64-encoded
    if len(el) and kind in ("", "text/plain"):
        return "xhtml"  # Atom 0.3 mode="xml" or a sloppy producer: markup as child elements
    return "text"


def _atom_text(el: etree._Element | None, *, max_chars: int | None = None) -> str:
    """Plain text of an Atom text construct (``type`` text, html or xhtml; Atom 0.3 ``mode``)."""
    if el is None:
        return ""
    kind = _atom_type(el)
    if kind == "base64":
        try:
            raw = base64.b64decode("".join(_text(el).split())).decode("utf-8", errors="replace")
        except (binascii.Error, ValueError):
            raw = ""
        return _to_text(raw, max_chars)
    if kind == "html":
        return _to_text(_html_of(el), max_chars)
    if kind == "xhtml":
        return _to_text(_inner_markup(el), max_chars)
    text = collapse_whitespace(_text(el))
    return truncate(text, max_chars) if max_chars else text


def _rss_text(el: etree._Element | None, *, max_chars: int | None = None) -> str:
    """Plain text of an RSS element, which by convention may hold (escaped) HTML."""
    if el is None:
        return ""
    # keys() first: an attribute-less element (most titles and descriptions) answers in 60 ns.
    if el.keys() and (el.get("type") is not None or el.get("mode") is not None):
        return _atom_text(el, max_chars=max_chars)
    fragment = _inner_markup(el) if len(el) else el.text or ""  # _html_of, inlined: a hot path
    if len(fragment) > _MEMO_TEXT_MAX_CHARS:
        return html_to_text(fragment, max_chars=max_chars)
    return _html_to_text_memo(fragment, max_chars)


def _resolve(url: str, el: etree._Element, base_url: str | None) -> str:
    url = url.strip()
    if not url or looks_like_url(url):
        return url
    base = el.base or base_url
    if base and base != url:
        try:
            return urljoin(base, url)
        except ValueError:
            return url
    return url


# --------------------------------------------------------------------------------------------
# Items

_MEDIA_PATH = re.compile("/sounds/play/|/av/|/videos/|/video/|/audio/")
_JOB_WORDS = frozenset(
    {
        "correspondent", "reporter", "editor", "writer", "columnist", "journalist", "critic",
        "analyst", "contributor", "sportswriter", "producer", "presenter", "commentator",
        "blogger", "staff", "desk", "agency", "agencies", "team", "chief", "senior", "football",
        "sport", "sports", "sportswire", "deputy", "assistant", "associate", "special",
        "international", "northern", "european", "global", "transfer", "transfers", "news", "at",
        "large", "us", "uk", "political", "feature", "features", "and", "for", "the", "of",
    }
)  # fmt: skip
_JOB_HEADS = frozenset(
    {"correspondent", "reporter", "editor", "writer", "columnist", "journalist", "critic", "analyst",
     "contributor", "sportswriter", "producer", "presenter", "commentator", "blogger"}
)  # fmt: skip
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")
_NAME_EMAIL = re.compile(r"^\s*(.+?)\s*[(<]\s*\S+@\S+\s*[)>]\s*$")
_GOOGLE_HOSTS = ("news.google.com", "news.google.co.uk")


def _clean_author(raw: str) -> str | None:
    """A byline without an e-mail address or a job title glued to the name.

    ``"Jacob Steinberg Football correspondent"`` → ``"Jacob Steinberg"``: trailing words are dropped
    only when they end in a job noun (correspondent, editor…) and are all job-title words.
    """
    text = collapse_whitespace(raw)
    if not text:
        return None
    match = (_EMAIL_NAME.match(text) or _NAME_EMAIL.match(text)) if "@" in text else None
    if match:
        text = match.group(1).strip()
    elif "@" in text and " " not in text:
        return text
    words = text.split(" ")
    if len(words) >= 3 and words[-1].casefold() in _JOB_HEADS:
        cut = len(words) - 1
        while cut > 1 and words[cut - 1].casefold() in _JOB_WORDS:
            cut -= 1
        # Keep at least two words of name ("Jacob Steinberg"), and only when the title part was
        # written after a capitalised name, as the Guardian does.
        if cut >= 2:
            text = " ".join(words[:cut]).rstrip(",;-– ")
    return text or None


def _is_media_link(link: str | None) -> bool:
    if not link or _MEDIA_PATH.search(link) is None:  # nowhere in the link, so not in its path
        return False
    address = link.partition("?")[0].partition("#")[0]
    path = address[address.find("//") + 2 :] if "//" in address else address
    return _MEDIA_PATH.search(path) is not None


_AV_KEYS = frozenset({"enclosure", "atom:link", "media:content", "media:group"})
_AUTHOR_KEYS = frozenset({"dc:creator", "author", "itunes:author", "dc:contributor", "atom:author"})


def _has_av_media(kids: dict[Key, list[etree._Element]]) -> bool:
    get = kids.get
    if kids.keys().isdisjoint(_AV_KEYS):  # only RSS <link>s to look at, if any
        return any(
            link.keys()
            and link.get("rel") == "enclosure"
            and (link.get("type") or "").lower().startswith(("audio/", "video/"))
            for link in get("link") or ()
        )
    for enclosure in get("enclosure") or ():
        if (enclosure.get("type") or "").lower().startswith(("audio/", "video/")):
            return True
    for links in (get("atom:link"), get("link")):
        for link in links or ():
            if link.get("rel") == "enclosure" and (link.get("type") or "").lower().startswith(
                ("audio/", "video/")
            ):
                return True
    groups = get("media:group")
    if not groups:
        contents: list[etree._Element] = get("media:content") or []
    else:
        contents = list(get("media:content") or ())
    for group in groups or ():
        contents.extend(c for c in group if isinstance(c.tag, str) and _key(c.tag) == "media:content")
    for media in contents:
        medium = (media.get("medium") or "").lower()
        kind = (media.get("type") or "").lower()
        if medium in ("audio", "video") or kind.startswith(("audio/", "video/")):
            return True
    return False


def _categories(kids: dict[Key, list[etree._Element]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for el in _all(kids, "category", "atom:category"):
        names = el.keys()  # one call instead of two get()s: RSS categories rarely have either
        term = el.get("term") if "term" in names else None
        label = el.get("label") if "label" in names else None
        value = term or label or (_text(el) if len(el) else el.text or "")
        if term or "," not in value:
            # One category, the common case (nine per Guardian item): collapse_whitespace inlined
            # for ASCII, where it is exactly this.
            part = " ".join(value.split()) if value.isascii() else collapse_whitespace(value)
            if part:
                seen[part] = None
            continue
        for part in value.split(","):
            part = collapse_whitespace(part)
            if part:
                seen.setdefault(part, None)
    for el in _all(kids, "dc:subject", "media:keywords"):
        value = _text(el)
        for part in value.split(",") if "," in value else (value,):
            part = collapse_whitespace(part)
            if part:
                seen.setdefault(part, None)
    return tuple(seen)


def _split_google_title(title: str, publisher: str | None) -> tuple[str, str | None]:
    if publisher:
        suffix = f" - {publisher}"
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].rstrip(), publisher
        return title, publisher
    head, sep, tail = title.rpartition(" - ")
    if sep and head and tail and len(tail) <= 60:
        return head.rstrip(), tail.strip()
    return title, None


def _hash_id(*parts: str) -> str:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return f"hash:{digest}"


def _item_id(guid: str, guid_is_link: bool, link: str | None, title: str, published: datetime | None) -> str:
    if guid:
        if guid_is_link or looks_like_url(guid):
            return _canonical(guid)
        return guid
    if link:
        return link
    return _hash_id(title, published.isoformat() if published else "")


@dataclass(frozen=True, slots=True)
class _Context:
    source: str
    base_url: str | None
    recovered: bool = False


def _finish(
    ctx: _Context,
    *,
    title: str,
    link: str | None,
    guid: str,
    guid_is_link: bool,
    summary: str,
    published: datetime | None,
    author: str | None,
    categories: tuple[str, ...],
    quoted_source: str | None,
    av_media: bool,
) -> Item | None:
    """The :class:`Item`, or ``None`` for an audio/video entry."""
    if _is_media_link(link) or (av_media and not summary):
        return None
    canon = _canonical(link) if link else None
    if guid_is_link and not canon:
        canon = _canonical(guid) or None
    if canon and "news.google.co" in canon and any(host in canon for host in _GOOGLE_HOSTS):
        title, quoted_source = _split_google_title(title, quoted_source)
        # Google's description is the headline (and the publisher) again: no teaser in it.
        if summary and title and summary.startswith(title):
            rest = summary[len(title) :].strip()
            if not rest or rest == quoted_source:
                summary = ""
    elif quoted_source and title.endswith(f" - {quoted_source}"):
        title = title[: -len(quoted_source) - 3].rstrip()
    return Item(
        id=_item_id(guid, guid_is_link, canon, title, published),
        title=title,
        link=canon,
        summary=summary,
        published=published,
        author=author,
        categories=categories,
        fingerprint=_fingerprint(title),
        source=ctx.source,
        quoted_source=quoted_source,
    )


def _rss_link(kids: dict[Key, list[etree._Element]], base_url: str | None) -> str | None:
    for el in kids.get("link", ()):
        value = _text(el).strip() or (el.get("href") or "").strip()
        if value:
            return _resolve(value, el, base_url)
    for el in kids.get("atom:link", ()):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            return _resolve(el.get("href", ""), el, base_url)
    return None


def _media_text(kids: dict[Key, list[etree._Element]], key: Key) -> str:
    """``media:description`` or ``media:title``, directly in the entry or in its ``media:group``."""
    for el in kids.get(key, ()):
        text = _rss_text(el, max_chars=SUMMARY_MAX_CHARS)
        if text:
            return text
    for group in kids.get("media:group", ()):
        for child in group:
            if isinstance(child.tag, str) and _key(child.tag) == key:
                text = _rss_text(child, max_chars=SUMMARY_MAX_CHARS)
                if text:
                    return text
    return ""


# The teaser first: description before the full content:encoded.
_RSS_SUMMARY_KEYS = (
    "description", "summary", "atom:summary", "dc:description", "content:encoded", "content",
    "atom:content", "itunes:summary", "itunes:subtitle", "body", "xhtml:body", "fullitem",
)  # fmt: skip


def _rss_summary(kids: dict[Key, list[etree._Element]]) -> str:
    for key in _RSS_SUMMARY_KEYS:
        for el in kids.get(key, ()):
            text = _rss_text(el, max_chars=SUMMARY_MAX_CHARS)
            if text:
                return text
    return _media_text(kids, "media:description")


def _rss_author(kids: dict[Key, list[etree._Element]]) -> str | None:
    if kids.keys().isdisjoint(_AUTHOR_KEYS):
        return None
    creator_els = kids.get("dc:creator")
    if creator_els:
        creators = [collapse_whitespace(_text(el)) for el in creator_els]
        creators = [c for c in creators if c]
        if creators:
            names = [_clean_author(c) for c in creators]
            return ", ".join(n for n in names if n) or None
    for key in ("author", "itunes:author", "dc:contributor", "atom:author"):
        for el in kids.get(key) or ():
            if key == "atom:author":
                name = _first_text(_children(el), "atom:name", "name")
                raw = name or _text(el)
            else:
                raw = _text(el)
            cleaned = _clean_author(raw)
            if cleaned:
                return cleaned
    return None


_RSS_DATE_KEYS = (
    "pubDate", "dc:date", "atom:published", "dcterms:issued", "dcterms:created", "atom:issued",
    "dcterms:modified", "atom:updated", "atom:modified", "lastBuildDate", "date",
)  # fmt: skip
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"


def _rss_item(el: etree._Element, ctx: _Context, feed_base: str | None) -> Item | None:
    # Written out rather than with _first/_all: this runs for every item of every feed, and the
    # helper calls were a third of its time. Lists in ``kids`` are never empty.
    kids = _children(el)
    get = kids.get
    found = get("title") or get("dc:title") or get("atom:title")
    title = (_rss_text(found[0]) if found else "") or _media_text(kids, "media:title")
    link = _rss_link(kids, feed_base)
    guids = get("guid")
    found = guids or get("atom:id") or get("id") or get("dc:identifier")
    guid_el = found[0] if found else None
    guid = _text(guid_el).strip() if guid_el is not None else ""
    if not guid:
        guid = (el.get(_RDF_ABOUT) or "").strip()
    guid_is_link = False
    if guid and guids:
        guid_el = guids[0]
        permalink = (guid_el.get("isPermaLink") or guid_el.get("ispermalink") or "true").strip().lower()
        guid_is_link = permalink != "false" and looks_like_url(guid)
        if guid_is_link:
            guid = _resolve(guid, guid_el, feed_base)
            if not link:
                link = guid
    published = None
    for key in _RSS_DATE_KEYS:
        date_els = get(key)
        if date_els:
            for date_el in date_els:
                published = parse_date_cached(_text(date_el))
                if published:
                    break
            if published:
                break
    found = get("source")
    quoted = (collapse_whitespace(_text(found[0])) or None) if found else None
    has_categories = (
        "category" in kids or "atom:category" in kids or "dc:subject" in kids or "media:keywords" in kids
    )
    return _finish(
        ctx,
        title=title,
        link=link,
        guid=guid,
        guid_is_link=guid_is_link,
        summary=_rss_summary(kids),
        published=published,
        author=_rss_author(kids),
        categories=_categories(kids) if has_categories else (),
        quoted_source=quoted,
        av_media=_has_av_media(kids),
    )


def _atom_link(kids: dict[Key, list[etree._Element]], base_url: str | None) -> str | None:
    links = _all(kids, "atom:link", "link")
    best: str | None = None
    for el in links:
        href = (el.get("href") or "").strip()
        if not href:
            continue
        rel = (el.get("rel") or "alternate").strip().lower()
        if rel == "alternate":
            kind = (el.get("type") or "").lower()
            resolved = _resolve(href, el, base_url)
            if not kind or "html" in kind:
                return resolved
            best = best or resolved
    return best


def _atom_entry(el: etree._Element, ctx: _Context, feed_base: str | None) -> Item | None:
    kids = _children(el)
    title = _atom_text(_first(kids, "atom:title", "title")) or _media_text(kids, "media:title")
    link = _atom_link(kids, feed_base)
    id_el = _first(kids, "atom:id", "id", "guid")
    guid = _text(id_el).strip() if id_el is not None else ""
    if guid.startswith("/") and id_el is not None:
        guid = _resolve(guid, id_el, feed_base)  # an invalid relative id; resolved as feedparser does
    summary = ""
    for key in ("atom:summary", "summary", "atom:content", "content", "content:encoded"):
        for s_el in kids.get(key, ()):
            summary = _atom_text(s_el, max_chars=SUMMARY_MAX_CHARS)
            if summary:
                break
        if summary:
            break
    summary = summary or _media_text(kids, "media:description")
    published = None
    for key in ("atom:published", "atom:issued", "atom:updated", "atom:modified", "atom:created",
                "published", "updated", "dc:date", "dcterms:issued", "dcterms:modified"):  # fmt: skip
        for date_el in kids.get(key, ()):
            published = parse_date_cached(_text(date_el))
            if published:
                break
        if published:
            break
    author: str | None = None
    for a_el in _all(kids, "atom:author", "author"):
        a_kids = _children(a_el)
        author = _clean_author(_first_text(a_kids, "atom:name", "name") or _text(a_el))
        if author:
            break
    if author is None:
        author = _rss_author({k: v for k, v in kids.items() if k == "dc:creator"})
    source_title: str | None = None
    source_el = _first(kids, "atom:source", "source")
    if source_el is not None:
        source_title = _atom_text(_first(_children(source_el), "atom:title", "title")) or None
    return _finish(
        ctx,
        title=title,
        link=link,
        guid=guid,
        guid_is_link=False,
        summary=summary,
        published=published,
        author=author,
        categories=_categories(kids),
        quoted_source=source_title,
        av_media=_has_av_media(kids),
    )


ItemParser = Callable[[etree._Element, _Context, str | None], Item | None]


def _walk(
    entries: Iterator[etree._Element], parse_one: ItemParser, ctx: _Context, feed_base: str | None
) -> tuple[tuple[Item, ...], int]:
    items: list[Item] = []
    skipped = 0
    for entry in entries:
        try:
            item = parse_one(entry, ctx, feed_base)
        except (UnicodeDecodeError, ValueError) as error:
            # libxml2's recovery can leave text lxml cannot decode; lose the entry, not the feed.
            log.debug("unreadable entry skipped: %s", error)
            continue
        if item is None:
            skipped += 1
        elif ctx.recovered and item.link is None and item.id.startswith("hash:"):
            # Without a link or guid, an entry of a recovered document is likely the torn-off
            # tail of a truncated download: its title may be cut short too.
            continue
        else:
            items.append(item)
    return tuple(items), skipped


def _is_tag(el: etree._Element, *keys: Key) -> bool:
    return isinstance(el.tag, str) and _key(el.tag) in keys


def _feed_from_rss(root: etree._Element, ctx: _Context, recovered: bool) -> ParsedFeed:
    channel = next((c for c in root if _is_tag(c, "channel")), None)
    kids = _children(channel) if channel is not None else {}
    title = _rss_text(_first(kids, "title", "dc:title")) or None
    link = _rss_link(kids, ctx.base_url) if kids else None
    feed_base = ctx.base_url or link
    entries: list[etree._Element] = list(kids.get("item", ()))
    # RSS 1.0 and 0.90 put items beside the channel; some 0.9x producers do the same.
    entries.extend(c for c in root if _is_tag(c, "item"))
    items, skipped = _walk(iter(entries), _rss_item, ctx, feed_base)
    return ParsedFeed(title=title, link=link, items=items, skipped_media=skipped, recovered=recovered)


def _feed_from_atom(root: etree._Element, ctx: _Context, recovered: bool) -> ParsedFeed:
    kids = _children(root)
    title = _atom_text(_first(kids, "atom:title", "title")) or None
    link = _atom_link(kids, ctx.base_url)
    feed_base = ctx.base_url or link
    entries = iter(_all(kids, "atom:entry", "entry"))
    items, skipped = _walk(entries, _atom_entry, ctx, feed_base)
    return ParsedFeed(title=title, link=link, items=items, skipped_media=skipped, recovered=recovered)


# An HTML page: "<html" as the first element, after any declaration, comments and DOCTYPE.
_HTML_SNIFF = re.compile(r"\A(?:\s|<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>\[]*>)*+<html\b", re.I | re.S)


def parse_feed(
    data: bytes, *, source: str = "", content_type: str | None = None, base_url: str | None = None
) -> ParsedFeed:
    """Parse RSS, RDF or Atom bytes into a :class:`ParsedFeed`.

    ``source`` is the outlet name stamped on every item; ``content_type`` the HTTP header (its
    charset overrides the XML declaration); ``base_url`` the address the feed was fetched from,
    against which relative links are resolved (``xml:base`` first, then ``base_url``, then the
    feed's own link).

    Raises :class:`HostileXMLError` for entity declarations, :class:`NotAFeedError` for an HTML
    page or another XML document, :class:`FeedParseError` for anything unreadable. Never raises
    anything else for any input.
    """
    text, encoding = decode_feed(data, content_type)
    if _HTML_SNIFF.match(text):
        raise NotAFeedError("an HTML page, not a feed")
    stripped = check_doctype(text)
    # The common case (UTF-8, no BOM, no DOCTYPE) hands lxml the bytes as they came.
    utf8 = data if encoding == "utf-8" and stripped is text and not data.startswith(codecs.BOM_UTF8) else None
    try:
        root, recovered = parse_xml(stripped, base_url, utf8)
        check_tree(root)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError) as error:
        raise FeedParseError(f"unreadable feed: {error}") from error
    try:
        tag = root.tag
    except UnicodeDecodeError as error:  # libxml2's recovery can produce names lxml cannot decode
        raise FeedParseError(f"unreadable feed: {error}") from error
    if not isinstance(tag, str):
        raise NotAFeedError("no document element")
    key = _key(tag)
    local = key.rpartition(":")[2]
    ctx = _Context(source=source, base_url=base_url, recovered=recovered)
    if local in ("rss", "RDF", "rdf", "channel"):
        if local == "channel":  # a bare channel (some RSS 0.9x and feedparser corpus files)
            wrapper = etree.Element("rss")
            wrapper.append(root)
            root = wrapper
        reader = _feed_from_rss
    elif local == "feed":
        reader = _feed_from_atom
    elif local.lower() == "html":
        raise NotAFeedError("an HTML page, not a feed")
    else:
        raise NotAFeedError(f"not RSS, RDF or Atom: document element <{local}>")
    try:
        return reader(root, ctx, recovered)
    except (UnicodeDecodeError, ValueError) as error:
        raise FeedParseError(f"unreadable feed: {error}") from error


def _iso_utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def item_to_json(item: Item) -> dict[str, object]:
    """The JSON shape of ``rumourbot parse`` (``design.md``).

    ``{"id", "title", "link", "summary", "published" (``YYYY-MM-DDTHH:MM:SSZ`` in UTC, or
    ``None``), "author", "categories"}``.
    """
    return {
        "id": item.id,
        "title": item.title,
        "link": item.link,
        "summary": item.summary,
        "published": _iso_utc(item.published),
        "author": item.author,
        "categories": list(item.categories),
    }
