"""HTML fragments (feed descriptions, content) to one line of plain text.

Uses the standard library's tolerant :class:`html.parser.HTMLParser`, not lxml: only
``feeds/parse.py`` imports the XML parser, and a description is a fragment, often broken. The
markup most feeds send (well-formed tags with ordinary attributes, no comments, scripts or
styles) takes a regular-expression fast path that gives the same text several times sooner;
anything else goes to the HTML parser.
What never reaches the text: tags, comments, and the contents of ``script``, ``style``,
``noscript``, ``template``, ``iframe``, ``object``, ``svg`` and ``math``. Entities are decoded,
twice when a feed escaped them twice (``&amp;#163;`` → ``£``); whitespace is folded to single
spaces; trailing "Continue reading..." / "Read more" links are dropped.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["collapse_whitespace", "html_to_text", "truncate"]

_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head"})
# Tags whose boundaries separate words; inline tags (b, a, span…) join their text as it is.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "title", "body", "html",
        "caption", "tbody", "thead", "tfoot", "center",
    }
)  # fmt: skip

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# An entity left in the text after one decoding pass: the feed escaped its HTML twice.
_LEFTOVER_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAILS = re.compile(
    r"""(?:\s*(?:
        (?:continue|keep)\s+reading(?:\s+(?:the\s+)?(?:full\s+)?(?:story|article|post))?
      | read\s+(?:more|the\s+full\s+(?:story|article|post))
      | the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+.{1,120}?
    )\s*(?:\.{2,}|…|»|›|→|>>)?\s*[.!]?\s*
    | \s*\[(?:…|\.\.\.|&hellip;)\]\s*
    )+$""",
    re.IGNORECASE | re.VERBOSE,
)


# C1 control characters are never text; a feed that has them meant windows-1252 (``&#146;`` for ’).
_C1 = re.compile("[\x80-\x9f]")
_C1_TO_CP1252 = {
    code: bytes([code]).decode("windows-1252", errors="ignore") or None for code in range(0x80, 0xA0)
}
# The first word of each kind of tail in _TAILS, lower-cased.
_TAIL_WORDS = ("continue", "keep", "read", "the post", "[")
_TAIL_WINDOW = 600  # the longest tail we remove is a WordPress "The post … appeared first on …"
_C1_OR_INVISIBLE = re.compile("[\x80-\x9f\u200b-\u200d\u2060\ufeff\u00ad]")


def collapse_whitespace(text: str) -> str:
    """Every run of whitespace (non-breaking spaces included) as one space; invisible marks removed.

    C1 control characters, which only appear when a windows-1252 byte was taken for a code point,
    are read as windows-1252 (``"don\x92t"`` → ``"don’t"``).
    """
    if not text.isascii() and _C1_OR_INVISIBLE.search(text):
        if _C1.search(text):
            text = text.translate(_C1_TO_CP1252)
        text = _INVISIBLE.sub("", text)
    # str.split() splits on every Unicode space (no-break, thin, ideographic…) and is much faster
    # than a regular expression.
    return " ".join(text.split())


def _cut_unclosed_comment(fragment: str) -> str:
    """An unclosed comment runs to the end (HTML5); HTMLParser would hand it back as text."""
    pos = 0
    while (start := fragment.find("<!--", pos)) != -1:
        end = fragment.find("-->", start + 4)
        if end == -1:
            return fragment[:start]
        pos = end + 3
    return fragment


def _drop_tail(text: str) -> str:
    tail = text[-_TAIL_WINDOW:]
    lowered = tail.lower()
    if "read" not in lowered and "appeared first" not in lowered and "[" not in tail:
        return text
    start = 0
    if len(lowered) == len(tail) and "\u0131" not in tail and "\u017f" not in tail:
        # Searching from every position of the window is slow (10 µs); a tail can only begin
        # where one of its words does. Whitespace is single spaces by now, so "the post" is found
        # as it is written. With no character lower-cased to two, positions in ``lowered`` are
        # those in ``tail``; dotless i and long s are the letters re.IGNORECASE matches to "i"
        # and "s" that str.lower() leaves alone (the Kelvin sign lower-cases to "k" in both).
        start = len(tail)
        for word in _TAIL_WORDS:
            i = lowered.find(word)
            if i != -1 and i < start:
                start = i
    match = _TAILS.search(tail, start)
    if match is None:
        return text
    return text[: len(text) - len(tail) + match.start()].rstrip()


# A tag the fast path is sure HTMLParser reads the same way: a name, then ordinary attributes whose
# values hold no "<" or ">", then ">" or "/>". The capture is the tag name.
_SIMPLE_TAG = re.compile(
    r"</?([A-Za-z][-A-Za-z0-9_:.]*)"
    r"(?:[ \t\n\r\f]+[A-Za-z_:][-A-Za-z0-9_:.]*"
    r"""(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`][^\s"'<>`]*))?)*"""
    r"[ \t\n\r\f]*/?>"
)


def _simple_markup_text(fragment: str) -> str | None:
    """The text :class:`_TextExtractor` would give, or ``None`` when the markup is not simple.

    Simple: every ``<`` opens a :data:`_SIMPLE_TAG` and no tag is one whose contents are skipped
    (``script``, ``style``…), so there is nothing for the HTML parser's error recovery to decide.
    Text between tags is unescaped piece by piece, as HTMLParser does.
    """
    pieces = _SIMPLE_TAG.split(fragment)  # text, tag name, text, tag name, …, text
    if len(pieces) == 1 or fragment.count("<") != len(pieces) // 2:
        return None
    # Whole-list operations: a loop over the pieces cost more than the split.
    lowered = "\0".join(pieces[1::2]).lower()  # a tag name never holds "\0"
    names = lowered.split("\0")
    if ":" in lowered:
        names = [name.rpartition(":")[2] for name in names]
    if not _SKIP.isdisjoint(names):
        return None
    pieces[1::2] = [" " if name in _BLOCK else "" for name in names]
    if "&" in fragment:
        pieces[0::2] = [html.unescape(text) if "&" in text else text for text in pieces[0::2]]
    return "".join(pieces)


def _parsed_markup_text(fragment: str) -> str:
    extractor = _TextExtractor()
    try:
        extractor.feed(fragment)
        extractor.close()
    except AssertionError:  # very old CPython raised on some malformed declarations
        pass
    return "".join(extractor.parts)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = tag.rpartition(":")[2]
        if name in _SKIP:
            self._skip.append(name)
        elif name in _BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <script/> or <br/>: nothing to skip, only a possible word break.
        if tag.rpartition(":")[2] in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        name = tag.rpartition(":")[2]
        if self._skip:
            if name in self._skip:
                while self._skip and self._skip.pop() != name:
                    pass
        elif name in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _decode_leftovers(text: str) -> str:
    if "&" in text and _LEFTOVER_ENTITY.search(text):
        return _LEFTOVER_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def truncate(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters at a word boundary, with "…" when cut."""
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    space = cut.rfind(" ")
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def html_to_text(fragment: str, *, max_chars: int | None = None) -> str:
    """Plain text of an HTML fragment, on one line, at most ``max_chars`` characters (``None``: no cap).

    Text without ``<`` or ``&`` skips the HTML parser altogether (BBC and Sky descriptions), and
    simple markup (Guardian descriptions) is read without it too.
    """
    if "<" in fragment:
        if "<!--" in fragment:
            fragment = _cut_unclosed_comment(fragment)
        simple = _simple_markup_text(fragment)
        text = _parsed_markup_text(fragment) if simple is None else simple
    elif "&" in fragment:
        text = html.unescape(fragment)
    else:
        text = fragment
    text = collapse_whitespace(_decode_leftovers(text))
    if text:
        text = _drop_tail(text)
    if max_chars is not None:
        text = truncate(text, max_chars)
    return text
