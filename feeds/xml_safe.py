"""Feed text to an lxml tree, refusing hostile documents (see :mod:`feeds.parse` for the whole story).

A DOCTYPE whose internal subset declares an entity (billion laughs, external entities) is refused
before lxml sees a byte; any other DOCTYPE is removed unread; the parser never resolves entities,
loads a DTD or touches the network; ill-formed documents are retried once in recovery mode.
"""

from __future__ import annotations

import html.entities
import logging
import re

from lxml import etree

from feeds.errors import FeedParseError, HostileXMLError

log = logging.getLogger(__name__)

_DECL_TEXT = re.compile(r"\A[\s\ufeff]*<\?xml\b[^>]*?\?>")
# Characters XML 1.0 forbids (controls, lone surrogates); one makes libxml2 fail the whole document.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAMED_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_BARE_AMP = re.compile(r"&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z_][A-Za-z0-9._-]{0,31};)")
# The prolog: whitespace, comments and processing instructions, then possibly a DOCTYPE.
_PROLOG_MISC = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_DOCTYPE_HEAD = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"<!ENTITY\b", re.IGNORECASE)
_ELEMENT_START = re.compile(r"<[A-Za-z_]")
_SUBSET_END = re.compile(r"\]\s*>")


def _html_entity_to_ref(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    # HTML 4 meanings first (&lang; is U+2329 there, as feed producers meant), then HTML5's.
    code = html.entities.name2codepoint.get(name)
    if code is not None:
        return f"&#{code};"
    char = html.entities.html5.get(name + ";")
    if char is None:
        return f"&amp;{name};"  # unknown: keep it as literal text rather than lose it
    return "".join(f"&#{ord(c)};" for c in char)


def check_doctype(text: str) -> str:
    """``text`` without its DOCTYPE; :class:`HostileXMLError` when the DOCTYPE declares any entity.

    An external DTD reference alone (RSS 0.91's Netscape DTD) is harmless but useless, since it is
    never loaded; it is removed so that libxml2 does not even try to.
    """
    start = _PROLOG_MISC.match(text)
    pos = start.end() if start else 0
    if not _DOCTYPE_HEAD.match(text, pos):
        # No DOCTYPE where one may stand; a "<!ENTITY" before the first element is still refused.
        first = _ELEMENT_START.search(text)
        head = text[: first.start()] if first else text
        if _ENTITY_DECL.search(head):
            raise HostileXMLError("entity declaration outside the document element: refused")
        return text
    bracket = text.find("[", pos)
    close = text.find(">", pos)
    if bracket == -1 or (close != -1 and close < bracket):
        return text[:pos] + text[close + 1 :] if close != -1 else text
    # The internal subset runs to "]>"; an entity declaration anywhere up to there is refused.
    end = _SUBSET_END.search(text, bracket)
    subset = text[bracket : end.start() if end else len(text)]
    if _ENTITY_DECL.search(subset):
        raise HostileXMLError("DOCTYPE declares entities (entity expansion or external entity): refused")
    return text[:pos] + text[end.end() :] if end else text


def _prepare(text: str) -> bytes:
    text = _DECL_TEXT.sub("", text, count=1).lstrip()
    if _BAD_CHARS.search(text):
        text = _BAD_CHARS.sub("", text)
    # HTML entities (&eacute;, &nbsp;) are undefined in XML without the DTD we never load.
    if "&" in text:
        text = _NAMED_ENTITY.sub(_html_entity_to_ref, text)
    return text.encode("utf-8", errors="replace")


def _make_parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=recover,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def _strict(data: bytes, base_url: str | None) -> etree._Element | None:
    try:
        root: etree._Element | None = etree.fromstring(data, _make_parser(False), base_url=base_url)
    except etree.XMLSyntaxError:
        return None
    return root


def parse_xml(text: str, base_url: str | None, utf8: bytes | None = None) -> tuple[etree._Element, bool]:
    """The document element and whether recovery was needed.

    Three attempts, cheapest first: the bytes as they are (``utf8``: the document already in UTF-8,
    as most feeds are); then the text cleaned (XML declaration dropped, forbidden characters
    removed, HTML entities turned into character references); then that with bare ``&`` escaped,
    in recovery mode.
    """
    if not text.strip():
        raise FeedParseError("empty document")
    if utf8 is None or text[:1] != "<":
        utf8 = text.encode("utf-8", errors="replace") if text[:1] == "<" else None
    if utf8 is not None:
        root = _strict(utf8, base_url)
        if root is not None:
            return root, False
    data = _prepare(text)
    try:
        return etree.fromstring(data, _make_parser(False), base_url=base_url), False
    except etree.XMLSyntaxError as strict_error:
        repaired = _BARE_AMP.sub("&amp;", data.decode("utf-8", errors="replace")).encode(
            "utf-8", errors="replace"
        )
        try:
            root = etree.fromstring(repaired, _make_parser(True), base_url=base_url)
        except etree.XMLSyntaxError as error:
            raise FeedParseError(f"not well-formed XML: {strict_error}") from error
        if root is None:
            raise FeedParseError(f"not well-formed XML: {strict_error}") from strict_error
        log.debug("recovered ill-formed feed: %s", strict_error)
        return root, True


def check_tree(root: etree._Element) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise HostileXMLError("DOCTYPE declares entities: refused")
