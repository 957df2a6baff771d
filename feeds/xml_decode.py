"""Feed bytes to text: BOM, then the HTTP charset (it overrides the XML declaration, as in feedparser
and RFC 3023), then the declaration, then UTF-8; bytes the chosen encoding cannot decode fall back to
UTF-8, then windows-1252 byte by byte. Never raises.
"""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# "<?" in the UTF-16/32 encodings, for documents without a BOM (XML 1.0 appendix F).
_SNIFF: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)
_XML_DECL = re.compile(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Labels that in practice mean windows-1252 (the WHATWG Encoding Standard maps them so).
_CP1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
)


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return bad.decode("windows-1252", errors="replace"), err.end


codecs.register_error("rumourbot-cp1252", _cp1252_fallback)


def _normalise_label(label: str) -> str | None:
    label = label.strip().strip("\"'").lower()
    if label in _CP1252_LABELS:
        return "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _http_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def decode_feed(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)`` for feed bytes; never raises.

    Order: BOM; HTTP ``charset`` (overrides the XML declaration); UTF-16/32 sniffing; the XML
    declaration; UTF-8. ISO-8859-1 and US-ASCII labels are read as windows-1252, unless the bytes
    are valid UTF-8 beyond ASCII. When the chosen encoding fails, UTF-8 is tried, then UTF-8 with
    each undecodable byte read as windows-1252.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(name), name
            except UnicodeDecodeError:
                if name != "utf-8":
                    return body.decode(name, errors="replace"), name
                return body.decode("utf-8", errors="rumourbot-cp1252"), "utf-8"

    candidates: list[str] = []
    http = _http_charset(content_type)
    if http:
        label = _normalise_label(http)
        if label:
            candidates.append(label)
    for prefix, name in _SNIFF:
        if data.startswith(prefix):
            candidates.append(name)
            break
    else:
        decl = _XML_DECL.match(data)
        if decl:
            label = _normalise_label(decl.group(1).decode("ascii"))
            if label:
                candidates.append(label)
    candidates.append("utf-8")

    for name in candidates:
        if name.startswith(("utf-16", "utf-32")) and not any(data.startswith(p) for p, _ in _SNIFF):
            # A UTF-16 label on bytes that are not UTF-16 (common: the label survived a re-encode).
            continue
        if name == "windows-1252" and not data.isascii():
            # Servers label UTF-8 feeds ISO-8859-1 by default (Apache's AddDefaultCharset); text that
            # is valid UTF-8 beyond ASCII is almost never windows-1252 by chance.
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="rumourbot-cp1252"), "utf-8"
