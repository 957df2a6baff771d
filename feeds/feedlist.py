"""Load the list of feeds to poll from the project's YAML file or an OPML export.

The two formats are told apart by content, not by extension: a document whose first character
(after a byte-order mark and whitespace) is ``<`` is read as OPML, anything else as YAML.

YAML (``config/feeds.yml``)::

    feeds:
      - outlet: BBC Sport        # required: the outlet name shown in alerts
        url: https://...         # required: http(s) feed address, unique in the file
        language: en             # optional, default "en"
        interval: 600            # optional seconds between polls, default 900
        tier: 2                  # optional 1 (most reliable) .. 5, overrides the outlet's tier

OPML: every ``<outline>`` with an ``xmlUrl`` is a feed; its ``text`` (else ``title``) is the outlet.
Optional ``language``, ``interval`` and ``tier`` attributes are read like the YAML keys.

Every problem raises :class:`FeedConfigError` naming the file and the entry.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from pathlib import Path

import yaml
from lxml import etree
from yarl import URL

from feeds.errors import FeedConfigError
from feeds.models import FeedSpec

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 900.0
MAX_INTERVAL = 7 * 24 * 3600.0
POLITE_INTERVAL = 60.0  # below this a warning is logged: public feeds are not for hammering
_KEYS = frozenset({"outlet", "url", "language", "interval", "tier"})


def load_feeds(path: str | Path) -> list[FeedSpec]:
    """Read ``path`` (YAML or OPML, detected from its content) into feed specs, in file order."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FeedConfigError(f"{path}: cannot read the feeds file: {exc.strerror or exc}") from exc
    return parse_feed_list(data, source=str(path))


def parse_feed_list(data: bytes | str, *, source: str = "<feeds>") -> list[FeedSpec]:
    """Parse the content of a feeds file; ``source`` names it in error messages."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    # OPML is parsed from the stripped bytes: leading blank lines make an XML declaration invalid
    entries = _opml_entries(head, source) if head.startswith(b"<") else _yaml_entries(raw, source)
    return _validate(entries, source)


def _yaml_entries(raw: bytes, source: str) -> list[tuple[str, Mapping[str, object]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedConfigError(f"{source}: not UTF-8 text (byte {exc.start})") from exc
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc)
        raise FeedConfigError(f"{source}: invalid YAML{where}: {problem}") from exc
    if isinstance(doc, Mapping):
        unknown = set(doc) - {"feeds"}
        if unknown:
            raise FeedConfigError(
                f"{source}: unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}"
            )
        doc = doc.get("feeds")
    if not isinstance(doc, list):
        raise FeedConfigError(f"{source}: expected a 'feeds:' list of entries")
    entries: list[tuple[str, Mapping[str, object]]] = []
    for n, entry in enumerate(doc, 1):
        label = f"feed #{n}"
        if not isinstance(entry, Mapping):
            raise FeedConfigError(f"{source}: {label}: expected a mapping with outlet and url")
        if isinstance(entry.get("url"), str):
            label = f"{label} ({entry['url']})"
        unknown = set(entry) - _KEYS
        if unknown:
            raise FeedConfigError(
                f"{source}: {label}: unknown key(s): {', '.join(sorted(map(str, unknown)))}"
            )
        entries.append((label, entry))
    return entries


def _opml_entries(raw: bytes, source: str) -> list[tuple[str, Mapping[str, object]]]:
    # A feeds file is trusted more than a feed, but still: no DTD, no entities, no network.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedConfigError(f"{source}: invalid OPML/XML: {exc}") from exc
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise FeedConfigError(f"{source}: OPML with a DOCTYPE is refused")
    if etree.QName(root).localname != "opml":
        raise FeedConfigError(f"{source}: XML root is <{etree.QName(root).localname}>, not <opml>")
    entries: list[tuple[str, Mapping[str, object]]] = []
    for outline in root.iter("{*}outline"):
        attrs = dict(outline.attrib)
        url = attrs.get("xmlUrl") or attrs.get("xmlurl")
        if url is None:
            continue  # a folder of outlines, not a feed
        outlet = attrs.get("text") or attrs.get("title")
        entry: dict[str, object] = {"url": url, "outlet": outlet}
        for key in ("language", "interval", "tier"):
            if key in attrs:
                entry[key] = attrs[key]
        entries.append((f"outline line {outline.sourceline} ({url})", entry))
    if not entries:
        raise FeedConfigError(f"{source}: OPML has no <outline> with an xmlUrl")
    return entries


def _validate(entries: list[tuple[str, Mapping[str, object]]], source: str) -> list[FeedSpec]:
    feeds: list[FeedSpec] = []
    seen: dict[str, str] = {}
    for label, entry in entries:
        where = f"{source}: {label}"
        url = _url(entry.get("url"), where)
        outlet = entry.get("outlet")
        if not isinstance(outlet, str) or not outlet.strip():
            raise FeedConfigError(f"{where}: missing 'outlet' (the outlet name)")
        language = entry.get("language", "en")
        if not isinstance(language, str) or not language.strip():
            raise FeedConfigError(f"{where}: 'language' must be a language code such as 'en'")
        interval = _interval(entry.get("interval", DEFAULT_INTERVAL), where)
        tier = _tier(entry.get("tier"), where)
        key = _dedup_key(url)
        if key in seen:
            raise FeedConfigError(f"{where}: duplicate url, already listed as {seen[key]}")
        seen[key] = label
        if interval < POLITE_INTERVAL:
            log.warning(
                "%s: interval %ss is below %ss; please poll public feeds gently",
                where,
                interval,
                POLITE_INTERVAL,
            )
        feeds.append(
            FeedSpec(url=url, outlet=outlet.strip(), language=language.strip(), interval=interval, tier=tier)
        )
    return feeds


def _url(value: object, where: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise FeedConfigError(f"{where}: missing 'url'")
    if not isinstance(value, str):
        raise FeedConfigError(f"{where}: 'url' must be a string")
    url = value.strip()
    try:
        parsed = URL(url)
    except ValueError as exc:
        raise FeedConfigError(f"{where}: invalid url {url!r}: {exc}") from exc
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise FeedConfigError(f"{where}: url {url!r} is not an http(s) address")
    return url


def _interval(value: object, where: str) -> float:
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise FeedConfigError(f"{where}: bad interval {value!r}: expected seconds") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FeedConfigError(f"{where}: bad interval {value!r}: expected seconds")
    interval = float(value)
    if not math.isfinite(interval) or interval <= 0 or interval > MAX_INTERVAL:
        raise FeedConfigError(f"{where}: bad interval {value!r}: expected 0 < seconds <= {MAX_INTERVAL:.0f}")
    return interval


def _tier(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise FeedConfigError(f"{where}: bad tier {value!r}: expected 1 (most reliable) to 5")
    return value


def _dedup_key(url: str) -> str:
    """Two urls are one feed when they differ only in scheme, host case or a trailing slash."""
    parsed = URL(url)
    port = "" if parsed.explicit_port is None else f":{parsed.explicit_port}"
    query = f"?{parsed.raw_query_string}" if parsed.raw_query_string else ""
    return f"{(parsed.host or '').lower()}{port}{parsed.raw_path.rstrip('/')}{query}"
