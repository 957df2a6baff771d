from __future__ import annotations

import pytest

from feeds.identity import canonical_link, looks_like_url, normalise_title, title_fingerprint


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.bbc.com/sport/football/articles/c0k1?at_medium=RSS&at_campaign=rss",
            "https://www.bbc.com/sport/football/articles/c0k1",
        ),
        (
            "https://www.bbc.com/sport/football/articles/c0k1#0",
            "https://www.bbc.com/sport/football/articles/c0k1",
        ),
        (
            "https://blog.test/post?id=7&utm_source=rss&utm_medium=feed&utm_campaign=x&page=2",
            "https://blog.test/post?id=7&page=2",
        ),
        ("https://x.test/a?fbclid=abc&gclid=def&ocid=ghi&cmpid=jkl", "https://x.test/a"),
        (
            "https://www.theguardian.com/football/x?CMP=Share_iOSApp_Other",
            "https://www.theguardian.com/football/x",
        ),
        ("HTTPS://WWW.Example.COM:443/Path/Case", "https://www.example.com/Path/Case"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://app.test/#!/story/12", "https://app.test/#!/story/12"),
        ("  https://x.test/a?q=1  ", "https://x.test/a?q=1"),
        ("", ""),
    ],
)
def test_canonical_link(url: str, expected: str) -> None:
    assert canonical_link(url) == expected


def test_canonical_link_resolves_relative_links_against_base() -> None:
    assert canonical_link("/news/1?utm_source=x", "https://site.test/feed.xml") == "https://site.test/news/1"
    assert canonical_link("2", "https://site.test/news/") == "https://site.test/news/2"
    # An absolute link ignores the base.
    assert canonical_link("https://other.test/a", "https://site.test/") == "https://other.test/a"


def test_canonical_link_keeps_unparseable_input() -> None:
    assert canonical_link("not a url") == "not a url"
    assert canonical_link("http://[::1/bad") == "http://[::1/bad"


def test_looks_like_url() -> None:
    assert looks_like_url("https://x.test/a")
    assert looks_like_url("HTTP://X.TEST/")
    assert not looks_like_url("45391234")
    assert not looks_like_url("tag:club-news.test,2025:post-101")
    assert not looks_like_url("urn:uuid:60a76c80")


def test_normalise_title_folds_case_accents_punctuation_and_space() -> None:
    assert normalise_title("Mbappé's £150m move – 'done deal'!") == "mbappes 150m move done deal"
    assert normalise_title("  Ødegaard   signs\tnew   DEAL ") == "odegaard signs new deal"
    assert normalise_title("Gyökeres: Sporting’s striker") == "gyokeres sportings striker"
    assert normalise_title("Straße") == "strasse"


def test_fingerprint_is_stable_across_cosmetic_changes() -> None:
    base = title_fingerprint("Arsenal agree £47m deal for Zubimendi")
    assert base == title_fingerprint("ARSENAL agree £47m deal for Zubimendi!")
    assert base == title_fingerprint("Arsenal  agree £47m deal, for Zubimendi")
    assert title_fingerprint("Mbappé joins Real") == title_fingerprint("Mbappe joins Real")
    assert len(base) == 32
    int(base, 16)


def test_fingerprint_differs_for_different_titles() -> None:
    assert title_fingerprint("Arsenal agree deal for Zubimendi") != title_fingerprint(
        "Arsenal reject deal for Zubimendi"
    )


def test_fingerprint_of_empty_title_is_empty() -> None:
    assert title_fingerprint("") == ""
    assert title_fingerprint(" -- ! ") == ""


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bbc.com/sport/football/articles/c0k1?at_medium=RSS&at_campaign=rss",
        "https://www.bbc.com/sport/football/articles/c0k1#0",
        "https://x.test/a?id=7&&utm_source=rss&page=2&",
        "https://x.test/a?MSCL\u212aID=1&b=2",
        "https://x.test/a?b=%20c#!/route",
        "https://x.test",
        "http://x.test/a?#",
    ],
)
def test_canonical_link_fast_path_agrees_with_the_general_one(url: str) -> None:
    # A lower-case http(s) URL takes the fast path; the same URL with its host in capitals
    # takes the general one. Both must come out the same.
    scheme, _, rest = url.partition("://")
    host, slash, tail = rest.partition("/")
    shouted = f"{scheme}://{host.upper()}{slash}{tail}"
    assert canonical_link(url) == canonical_link(shouted)
