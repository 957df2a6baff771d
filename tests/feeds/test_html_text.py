from __future__ import annotations

import random

import pytest

from feeds.html_text import (
    _parsed_markup_text,
    _simple_markup_text,
    collapse_whitespace,
    html_to_text,
    truncate,
)


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


# --------------------------------------------------------------------------- fast paths
# html_to_text reads text without "<" directly and simple markup with a regular expression; both
# must give exactly what the HTML parser gives.


@pytest.mark.parametrize(
    ("plain", "marked_up"),
    [
        ("Arsenal agree £47m deal", "<p>Arsenal agree £47m deal</p>"),
        ("Arsenal agree &#163;47m deal &amp; more", "<p>Arsenal agree <b>&#163;47m</b> deal &amp; more</p>"),
        ("Chelsea are close.", '<p>Chelsea are close.</p> <a href="/a">Continue reading...</a>'),
        ("Q&A: the manager", "<p>Q&A: the <i>manager</i></p>"),
    ],
)
def test_summaries_with_and_without_markup_give_the_same_text(plain: str, marked_up: str) -> None:
    assert html_to_text(plain) == html_to_text(marked_up)
    assert html_to_text(plain, max_chars=2000) == html_to_text(marked_up, max_chars=2000)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>One</p><p>Two <a href=\"https://x.test/?a=1&amp;b=2\" title='t'>link</a></p>",
        "line<br>break<br/>and<br />more<BR>",
        "<ul><li>a</li><li>b</li></ul><x:p>ns</x:p><img src=x alt=y>",
        "<p>&amp;#163;5m &eacute; &copy</p><b>bold</b>",
        "<a href=/rel/path>rel</a><span\n  class=x\n>wrapped</span>",
    ],
)
def test_simple_markup_takes_the_fast_path_and_agrees_with_the_parser(fragment: str) -> None:
    fast = _simple_markup_text(fragment)
    assert fast is not None
    assert fast == _parsed_markup_text(fragment)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>a</p><script>SECRET()</script>",  # skipped contents
        "<p>a</p><STYLE>.SECRET{}</STYLE>",
        "<x:script>SECRET</x:script>",
        "a<!-- SECRET -->b",  # comments
        "a < b <p>c</p>",  # a bare "<"
        '<a href="x>y">z</a>',  # ">" inside an attribute value
        "<a b==c>e</a>",
        "</ p>x",
        "<!DOCTYPE html><p>x</p>",
    ],
)
def test_anything_unusual_goes_to_the_html_parser(fragment: str) -> None:
    assert _simple_markup_text(fragment) is None
    assert "SECRET" not in html_to_text(fragment)


def test_fast_path_agrees_with_the_parser_on_random_fragments() -> None:
    tokens = [
        "<p>", "</p>", "<b>", "</b>", "<br>", "<br/>", '<a href="x>y">', "<a href='q'>", "<a href=x/y>",
        "</a>",
        '<img src=x alt="a b">', "<div class=a>", "</div>", "<span\n>", "</span >", "< p>", "<!-- c -->",
        "<script>", "</script>", "<P>", "<x:p>", "<a b=c=d>", '<a b="c"d>', "text", " ", "&amp;", "&#163;",
        "&amp;#163;", "&", "<", ">", '"', "a<b", "</>", "<?pi?>", "<li>", "<td/>", "é", "&nbsp;", "<head>",
    ]  # fmt: skip
    rng = random.Random(20260601)
    fast = 0
    for _ in range(5000):
        fragment = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 10)))
        simple = _simple_markup_text(fragment)
        if simple is not None:
            fast += 1
            assert simple == _parsed_markup_text(fragment), fragment
    assert fast > 300  # the generator does reach the fast path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arsenal close in on £40m deal. Continue reading...", "Arsenal close in on £40m deal."),
        ("Already read the reports? Read more", "Already read the reports?"),
        ("Read more about the deal: it is done. Keep reading", "Read more about the deal: it is done."),
        # Letters re.IGNORECASE folds but str.lower() does not: the tail is still found.
        ("Deal done. Contınue reading", "Deal done."),
        ("Deal done. The poſt Big deal appeared first on Blues Blog.", "Deal done."),
        ("İstanbul deal done. Read more", "İstanbul deal done."),
    ],
)
def test_tails_found_wherever_they_start(text: str, expected: str) -> None:
    assert html_to_text(text) == expected
