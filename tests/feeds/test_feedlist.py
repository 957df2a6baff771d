"""Loading feeds files: YAML or OPML told apart by content, clear errors naming file and entry."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from feeds.errors import FeedConfigError
from feeds.feedlist import DEFAULT_INTERVAL, load_feeds, parse_feed_list
from feeds.models import FeedSpec

YAML = """\
# a comment
feeds:
  - outlet: BBC Sport
    url: https://feeds.bbci.co.uk/sport/football/rss.xml
    interval: 600
    tier: 2
  - outlet: The Guardian
    url: https://www.theguardian.com/football/rss
    language: en-gb
"""

OPML = """\
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My football feeds</title></head>
  <body>
    <outline text="Football">
      <outline type="rss" text="BBC Sport" title="BBC Sport football"
               xmlUrl="https://feeds.bbci.co.uk/sport/football/rss.xml" htmlUrl="https://www.bbc.co.uk/sport"/>
      <outline type="rss" title="Sky Sports" xmlUrl="https://www.skysports.com/rss/12040" interval="1200"/>
    </outline>
  </body>
</opml>
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_yaml_file(tmp_path: Path) -> None:
    feeds = load_feeds(write(tmp_path, "feeds.yml", YAML))
    assert feeds == [
        FeedSpec(
            url="https://feeds.bbci.co.uk/sport/football/rss.xml", outlet="BBC Sport", interval=600.0, tier=2
        ),
        FeedSpec(
            url="https://www.theguardian.com/football/rss",
            outlet="The Guardian",
            language="en-gb",
            interval=DEFAULT_INTERVAL,
        ),
    ]


def test_opml_file(tmp_path: Path) -> None:
    feeds = load_feeds(write(tmp_path, "feeds.opml", OPML))
    assert feeds == [
        FeedSpec(url="https://feeds.bbci.co.uk/sport/football/rss.xml", outlet="BBC Sport"),
        FeedSpec(url="https://www.skysports.com/rss/12040", outlet="Sky Sports", interval=1200.0),
    ]


def test_format_is_told_by_content_not_extension(tmp_path: Path) -> None:
    assert len(load_feeds(write(tmp_path, "feeds.yml", OPML))) == 2
    assert len(load_feeds(write(tmp_path, "feeds.opml", YAML))) == 2
    assert len(load_feeds(write(tmp_path, "feeds.txt", b"\xef\xbb\xbf\n  " + OPML.encode()))) == 2


def test_a_bare_list_is_accepted() -> None:
    feeds = parse_feed_list("- outlet: A\n  url: https://a.example/rss\n")
    assert feeds == [FeedSpec(url="https://a.example/rss", outlet="A")]


def error(text: str, source: str = "feeds.yml") -> str:
    with pytest.raises(FeedConfigError) as info:
        parse_feed_list(text, source=source)
    return str(info.value)


def test_missing_url_names_file_and_entry() -> None:
    message = error("feeds:\n  - outlet: A\n    url: https://a.example/rss\n  - outlet: B\n")
    assert message.startswith("feeds.yml: feed #2")
    assert "missing 'url'" in message


def test_missing_outlet() -> None:
    message = error("feeds:\n  - url: https://a.example/rss\n")
    assert "feed #1 (https://a.example/rss)" in message and "outlet" in message


@pytest.mark.parametrize("interval", ["0", "-5", "soon", "true", "1e9", ".nan"])
def test_bad_interval(interval: str) -> None:
    message = error(f"feeds:\n  - outlet: A\n    url: https://a.example/rss\n    interval: {interval}\n")
    assert "feed #1 (https://a.example/rss)" in message and "bad interval" in message


@pytest.mark.parametrize("tier", ["0", "6", "x", "1.5"])
def test_bad_tier(tier: str) -> None:
    message = error(f"feeds:\n  - outlet: A\n    url: https://a.example/rss\n    tier: {tier}\n")
    assert "bad tier" in message


def test_duplicate_url() -> None:
    text = (
        "feeds:\n  - outlet: A\n    url: https://a.example/rss\n"
        "  - outlet: B\n    url: https://A.example/rss/\n"
    )
    message = error(text)
    assert "feed #2 (https://A.example/rss/)" in message
    assert "duplicate url" in message and "feed #1" in message


@pytest.mark.parametrize("url", ["ftp://a.example/rss", "a.example/rss", "https://", "42"])
def test_bad_url(url: str) -> None:
    assert "feed #1" in error(f"feeds:\n  - outlet: A\n    url: '{url}'\n")


def test_unknown_key_is_a_typo() -> None:
    message = error("feeds:\n  - outlet: A\n    url: https://a.example/rss\n    intreval: 60\n")
    assert "unknown key(s): intreval" in message


def test_invalid_yaml_gives_the_line() -> None:
    message = error("feeds:\n  - outlet: A\n    url: [unclosed\n")
    assert "invalid YAML at line" in message


def test_not_a_list() -> None:
    assert "expected a 'feeds:' list" in error("feeds: 3\n")
    assert "expected a 'feeds:' list" in error("")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FeedConfigError) as info:
        load_feeds(tmp_path / "missing.yml")
    assert str(tmp_path / "missing.yml") in str(info.value)
    with pytest.raises(FeedConfigError, match="not UTF-8"):
        load_feeds(write(tmp_path, "latin1.yml", "feeds:\n  - outlet: Café\n".encode("latin-1")))


def test_opml_errors() -> None:
    assert "invalid OPML/XML" in error("<opml><body><outline", source="f.opml")
    assert "not <opml>" in error("<rss version='2.0'/>", source="f.opml")
    assert "no <outline> with an xmlUrl" in error("<opml><body><outline text='x'/></body></opml>")
    message = error(
        "<opml><body>\n<outline text='A' xmlUrl='https://a.example/rss'/>\n"
        "<outline text='B' xmlUrl='https://a.example/rss'/></body></opml>",
        source="f.opml",
    )
    assert message.startswith("f.opml: outline line 3 (https://a.example/rss): duplicate url")
    assert "missing 'outlet'" in error("<opml><body><outline xmlUrl='https://a.example/rss'/></body></opml>")


def test_opml_with_entities_is_refused() -> None:
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<opml><body><outline text='&x;' xmlUrl='https://a.example/rss'/></body></opml>"
    )
    assert "DOCTYPE" in error(hostile) or "invalid OPML" in error(hostile)


def test_aggressive_interval_is_allowed_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="feeds.feedlist"):
        feeds = parse_feed_list("feeds:\n  - outlet: A\n    url: https://a.example/rss\n    interval: 5\n")
    assert feeds[0].interval == 5.0
    assert "interval 5.0s is below" in caplog.text
