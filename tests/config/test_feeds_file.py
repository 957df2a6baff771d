"""The shipped feeds file loads and lists enough distinct, secure, English feeds."""

from __future__ import annotations

from config import CONFIG_DIR
from feeds.feedlist import load_feeds

FEEDS_FILE = CONFIG_DIR / "feeds.yml"


def test_shipped_feeds_file_loads() -> None:
    feeds = load_feeds(FEEDS_FILE)
    assert len(feeds) >= 12
    assert all(feed.url.startswith("https://") for feed in feeds)
    assert len({feed.url for feed in feeds}) == len(feeds)
    assert all(feed.language == "en" for feed in feeds)
    assert all(feed.outlet for feed in feeds)
    # gently: nothing polled more often than every five minutes
    assert all(feed.interval >= 300 for feed in feeds)


def test_shipped_feeds_cover_the_main_outlets() -> None:
    outlets = {feed.outlet for feed in load_feeds(FEEDS_FILE)}
    for outlet in ("BBC Sport", "The Guardian", "Sky Sports", "ESPN", "TEAMtalk", "football.london"):
        assert outlet in outlets
    urls = {feed.url for feed in load_feeds(FEEDS_FILE)}
    assert "https://feeds.bbci.co.uk/sport/football/gossip/rss.xml" in urls


def test_shipped_feeds_file_says_its_format() -> None:
    head = FEEDS_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#")
