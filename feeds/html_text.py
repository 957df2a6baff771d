"""HTML fragments (feed descriptions, content) to one line of plain text.

Uses the standard library's tolerant :class:`html.parser.HTMLParser`, not lxml: only
``feeds/parse.py`` imports the XML parser, and a description is a fragment, often broken.
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
_TAIL_WINDOW = 600  # the longest tail we remove is a WordPress "The post … appeared first on …"


def collapse_whitespace(text: str) -> str:
    """Every run of whitespace (non-breaking spaces included) as one space; invisible marks removed.

    C1 control characters, which only appear when a windows-1252 byte was taken for a code point,
    are read as windows-1252 (``"don\x92t"`` → ``"don’t"``).
    """
    if not text.isascii():
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
    match = _TAILS.search(tail)
    if match is None:
        return text
    return text[: len(text) - len(tail) + match.start()].rstrip()


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

    Text without ``<`` or ``&`` skips the HTML parser altogether (BBC and Sky descriptions).
    """
    if "<" in fragment:
        if "<!--" in fragment:
            fragment = _cut_unclosed_comment(fragment)
        extractor = _TextExtractor()
        try:
            extractor.feed(fragment)
            extractor.close()
        except AssertionError:  # very old CPython raised on some malformed declarations
            pass
        text = "".join(extractor.parts)
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
