from __future__ import annotations

import pytest

from feeds.html_text import collapse_whitespace, html_to_text, truncate


def test_tags_removed_and_block_boundaries_separate_words() -> None:
    assert (
        html_to_text("<p>First para.</p><p>Second <b>bold</b> para.</p>") == "First para. Second bold para."
    )
    assert html_to_text("line one<br>line two<br/>three") == "line one line two three"
    # Inline tags do not split a word.
    assert html_to_text("Sal<b>ah</b> scores") == "Salah scores"


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>Safe</p><script>alert('SECRET')</script><p>text</p>",
        "<p>Safe</p><script type='text/javascript'>if (a < b) { SECRET() }</script>text",
        "<p>Safe</p><style>.SECRET { color: red }</style>text",
        "<p>Safe</p><noscript><img src='x'>SECRET fallback</noscript>text",
        "<p>Safe</p><SCRIPT>SECRET()</SCRIPT>text",
        "<p>Safe</p><template><p>SECRET</p></template>text",
        "<p>Safe</p><iframe src='x'>SECRET</iframe>text",
    ],
)
def test_script_style_noscript_contents_never_leak(fragment: str) -> None:
    text = html_to_text(fragment)
    assert "SECRET" not in text
    assert text == "Safe text"


def test_unclosed_script_swallows_the_rest() -> None:
    assert html_to_text("Safe <script>SECRET(); more SECRET") == "Safe"


def test_comments_never_leak_even_unclosed() -> None:
    assert html_to_text("a<!-- SECRET -->b") == "ab"
    assert html_to_text("safe<!-- SECRET unclosed") == "safe"


def test_entities_decoded_including_double_escaped() -> None:
    assert html_to_text("<p>&#163;47m &amp; add-ons</p>") == "£47m & add-ons"
    assert html_to_text("&amp;#163;47m deal") == "£47m deal"
    assert html_to_text("Newcastle&amp;rsquo;s &amp;quot;striker&amp;quot;") == 'Newcastle’s "striker"'
    assert html_to_text("Atl&eacute;tico &euro;60m") == "Atlético €60m"


def test_whitespace_collapsed_and_invisible_marks_removed() -> None:
    assert html_to_text("  a \n\t b&nbsp;&nbsp;c\u00a0d\u200be  ") == "a b c de"
    assert collapse_whitespace(" x \r\n y ") == "x y"


def test_c1_controls_read_as_windows_1252() -> None:
    assert html_to_text("don&#146;t") == "don’t"
    assert collapse_whitespace("\x93quoted\x94") == "“quoted”"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            '<p>Chelsea are close.</p> <a href="https://x.test/a">Continue reading...</a>',
            "Chelsea are close.",
        ),
        ("Chelsea are close. Continue reading…", "Chelsea are close."),
        ("Chelsea are close. <a href='/a'>Read more</a>", "Chelsea are close."),
        ("Chelsea are close. Read more »", "Chelsea are close."),
        ("Chelsea are close [&#8230;]", "Chelsea are close"),
        ("Chelsea are close. The post Big deal appeared first on Blues Blog.", "Chelsea are close."),
        # Only a tail is removed, never the same words mid-text.
        ("Read more about the deal here: it is done.", "Read more about the deal here: it is done."),
    ],
)
def test_continue_reading_tails_dropped(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected


def test_plain_text_passes_through() -> None:
    assert html_to_text("Man Utd 2 < 3 Arsenal") == "Man Utd 2 < 3 Arsenal"
    assert html_to_text("Q&A with the manager") == "Q&A with the manager"
    assert html_to_text("") == ""


def test_max_chars_cuts_at_a_word_boundary() -> None:
    text = html_to_text("<p>" + "word " * 1000 + "</p>", max_chars=100)
    assert len(text) <= 100
    assert text.endswith("word…")
    assert truncate("short", 10) == "short"
    assert truncate("abcdefghij klm", 12) == "abcdefghij…"
