from __future__ import annotations

import codecs
import json
import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.errors import FeedParseError, HostileXMLError, NotAFeedError
from feeds.identity import title_fingerprint
from feeds.models import Item
from feeds.parse import SUMMARY_MAX_CHARS, ParsedFeed, decode_feed, item_to_json, parse_date, parse_feed

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse(name: str, **kwargs: str) -> ParsedFeed:
    return parse_feed(load(name), **kwargs)


def by_title(feed: ParsedFeed, start: str) -> Item:
    return next(item for item in feed.items if item.title.startswith(start))


def rss(items: str, channel: str = "") -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()


# --------------------------------------------------------------------------- outlets


def test_bbc_cdata_entities_tracking_params_and_stylesheet() -> None:
    feed = parse("bbc.xml", source="BBC Sport")
    assert feed.title == "BBC Sport - Football"
    assert feed.link == "https://www.bbc.co.uk/sport/football"
    assert not feed.recovered
    first = feed.items[0]
    assert first.title == "Arsenal agree £47m deal for Real Sociedad's Zubimendi"
    assert first.summary == (
        "Arsenal agree a £47m fee with Real Sociedad for Spain midfielder Martin Zubimendi & plan a medical "
        "next week."
    )
    # Tracking parameters gone from the link; the "#0" guid canonicalised to the same URL.
    assert first.link == "https://www.bbc.com/sport/football/articles/c0k1x2y3z4o"
    assert first.id == first.link
    assert first.published == datetime(2025, 6, 3, 14, 5, 12, tzinfo=UTC)
    assert first.source == "BBC Sport"
    assert first.fingerprint == title_fingerprint(first.title)
    assert first.quoted_source is None


def test_bbc_audio_and_video_items_are_skipped_and_counted() -> None:
    feed = parse("bbc.xml")
    assert [item.title for item in feed.items] == [
        "Arsenal agree £47m deal for Real Sociedad's Zubimendi",
        "Football gossip: Isak, Gyokeres, Wirtz, Mbeumo, Sancho",
    ]
    assert feed.skipped_media == 2  # /sounds/play/ and /sport/av/
    assert all("/sounds/" not in (item.link or "") for item in feed.items)


def test_guardian_escaped_html_categories_and_author() -> None:
    feed = parse("guardian.xml", source="The Guardian")
    item = by_title(feed, "Chelsea close in")
    assert item.summary == (
        "Chelsea are closing in on a £55m deal for Borussia Dortmund’s Jamie Gittens after productive talks. "
        "The winger, 20, is keen on the move."
    )
    assert "trackView" not in item.summary and "color" not in item.summary
    assert "Continue reading" not in item.summary
    assert item.author == "Jacob Steinberg"
    # Many categories, deduplicated, in order.
    assert item.categories == (
        "Chelsea",
        "Borussia Dortmund",
        "Transfer window",
        "Premier League",
        "Bundesliga",
        "European club football",
        "Sport",
        "Football",
    )
    assert item.published == datetime(2025, 6, 3, 13, 27, 45, tzinfo=UTC)
    # A plain guid URL (isPermaLink defaults to true) is the id, canonicalised.
    assert item.id == item.link


def test_guardian_entities_in_escaped_html_and_share_params() -> None:
    item = by_title(parse("guardian.xml"), "The big picture")
    assert item.summary == "Newcastle’s striker & the price of patience."
    assert item.link == "https://www.theguardian.com/football/2025/jun/02/isak-big-picture"
    assert item.author == "Louise Taylor"


def test_guardian_podcast_is_skipped() -> None:
    feed = parse("guardian.xml")
    assert feed.skipped_media == 1
    assert not any("Football Weekly" in item.title for item in feed.items)


def test_espn_cdata_link_est_dates_and_story_id_guid() -> None:
    feed = parse("espn.xml", source="ESPN")
    assert feed.link == "https://www.espn.com"
    first, second = feed.items
    assert (
        first.link
        == "https://www.espn.com/soccer/story/_/id/45391234/transfer-talk-real-madrid-eye-dayot-upamecano"
    )
    assert first.id == "45391234"  # a story id, not a URL: kept as the id
    assert first.published == datetime(2025, 6, 3, 11, 30, 15, tzinfo=UTC)  # 06:30 EST
    assert second.published == datetime(2025, 6, 3, 0, 0, tzinfo=UTC)  # 20:00 EDT the day before
    assert first.summary.startswith("Real Madrid are weighing up a move for Dayot Upamecano")


def test_sky_enclosure_bst_dates_and_video_skip() -> None:
    feed = parse("sky.xml")
    item = feed.items[0]
    assert item.title == "Man Utd agree deal to sign Wolves forward Matheus Cunha"
    assert item.summary.endswith("triggering his £62.5m release clause.")
    assert item.published == datetime(2025, 6, 3, 8, 4, tzinfo=UTC)  # 09:04 BST
    assert item.categories == ("News Story",)
    # The image enclosure is not media; the video enclosure with no text is.
    assert len(feed.items) == 2
    assert feed.skipped_media == 1


def test_google_news_headline_publisher_and_source() -> None:
    feed = parse("google_news.xml", source="Google News")
    first, second, third = feed.items
    assert first.title == "Liverpool open talks over Alexander Isak"
    assert first.quoted_source == "Sky Sports - Football"
    # A publisher name with " - " in it is taken whole from <source>.
    assert second.title == "Newcastle reject Isak bid"
    assert second.quoted_source == "The Athletic - The New York Times"
    # Without <source>, the last " - " part of the title.
    assert third.title == "Isak wanted by Arsenal"
    assert third.quoted_source == "Daily Express"
    # The guid is a Google token, not a URL: it is the id; the description repeats the headline only.
    assert first.id == "CBMiqAFBVV95cUxQZmRrUk9zbnFq"
    assert first.summary == ""
    assert first.fingerprint == title_fingerprint("Liverpool open talks over Alexander Isak")


def test_rss1_rdf() -> None:
    feed = parse("rdf.xml", base_url="https://example-fc-blog.test/feed.rdf")
    assert feed.title == "Example FC blog"
    first, second = feed.items
    assert first.id == "https://example-fc-blog.test/2025/06/kudus-bid"  # rdf:about, canonical link
    assert first.link == "https://example-fc-blog.test/2025/06/kudus-bid"  # utm_* removed
    assert first.summary == "Tottenham have made an opening offer for the West Ham winger."  # the teaser
    assert first.author == "Terrace Tom"
    assert first.published == datetime(2025, 6, 3, 8, 15, tzinfo=UTC)
    assert first.categories == ("Tottenham", "West Ham")
    # Relative link resolved against the document URL; content:encoded used when there is no description.
    assert second.link == "https://example-fc-blog.test/2025/06/frank"
    assert second.summary == "Thomas Frank is the favourite for the job."
    assert second.published == datetime(2025, 6, 2, tzinfo=UTC)


def test_atom_text_html_xhtml_and_xml_base() -> None:
    feed = parse("atom.xml")
    assert feed.title == "Club News"
    assert feed.link == "https://club-news.test/"
    first, second, third = feed.items
    assert first.title == "Wirtz agrees terms with Liverpool"  # type="html"
    assert first.link == "https://club-news.test/blog/posts/wirtz-agrees"  # xml:base, utm_source removed
    assert first.id == "tag:club-news.test,2025:post-101"
    assert first.summary == "Florian Wirtz has agreed personal terms."  # summary preferred, script dropped
    assert first.published == datetime(2025, 6, 3, 8, 30, tzinfo=UTC)  # published preferred to updated
    assert first.author == "Anna Writer"
    assert first.categories == ("Liverpool", "Transfers")
    assert second.title == "Text title with <tags> kept & literal"  # type="text": not HTML
    assert second.summary == "Xhtml bold body. Second para."  # xhtml content, script dropped
    assert second.published == datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
    assert third.summary == "A <b> stays literal in text."
    assert third.link == "https://club-news.test/news/plain"


def test_atom_03_escaped_and_base64() -> None:
    feed = parse("atom03.xml")
    first, second = feed.items
    assert first.summary == "Escaped content."
    assert first.published == datetime(2005, 6, 3, 8, 30, tzinfo=UTC)  # issued
    assert first.author == "Old Author"
    assert second.summary == "Encoded body"


# --------------------------------------------------------------------------- encodings


def test_windows_1252_declared() -> None:
    feed = parse("windows1252.xml")
    assert feed.title == "Mundo Fútbol"
    item = feed.items[0]
    assert item.title == "Barça close in on Nico Williams – “it’s done”"
    assert item.summary == "The Athletic Club winger’s release clause is €58m … and Barça will pay it."
    assert item.published == datetime(2025, 6, 3, 8, 0, tzinfo=UTC)  # Spanish weekday/month, CEST


def test_iso_8859_1_declared() -> None:
    item = parse("latin1.xml").items[0]
    assert item.title == "Mbappé y Vinícius: la delantera del Madrid, según Ancelotti"
    assert item.summary == "El técnico italiano habló de la pareja de ataque. ¿Año de éxitos?"


def test_stray_windows_1252_byte_in_utf8_keeps_the_utf8() -> None:
    item = parse("mixed_bytes.xml").items[0]
    assert item.title == "Gyökeres ’s move to Sporting"


def test_http_charset_overrides_the_declaration() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        "<rss><channel><item><title>Müller – £5m</title></item></channel></rss>"
    )
    data = body.encode("windows-1252")
    feed = parse_feed(data, content_type="text/xml; charset=windows-1252")
    assert feed.items[0].title == "Müller – £5m"
    # And the declaration wins when HTTP says nothing.
    declared = body.replace("utf-8", "windows-1252").encode("windows-1252")
    assert parse_feed(declared, content_type="application/rss+xml").items[0].title == "Müller – £5m"


def test_wrong_http_charset_falls_back_to_utf8() -> None:
    data = "<rss><channel><item><title>Ødegaard</title></item></channel></rss>".encode()
    assert parse_feed(data, content_type="text/xml; charset=us-ascii").items[0].title == "Ødegaard"
    assert parse_feed(data, content_type="text/xml; charset=no-such-codec").items[0].title == "Ødegaard"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_boms_and_wide_encodings(encoding: str) -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        "<rss><channel><item><title>Gyökeres</title></item></channel></rss>"
    )
    data = body.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert parse_feed(data).items[0].title == "Gyökeres"


def test_decode_feed_never_raises_on_bad_bytes() -> None:
    text, encoding = decode_feed(b"<rss>\xff\xfe\x81\x8d\xc3(</rss>")
    assert encoding == "utf-8"
    assert text.startswith("<rss>")
    text, _ = decode_feed(b"\xef\xbb\xbf<rss>\xff</rss>")
    assert text == "<rss>ÿ</rss>"


# --------------------------------------------------------------------------- hostile input


def test_billion_laughs_refused_fast_without_expansion() -> None:
    started = time.perf_counter()
    with pytest.raises(HostileXMLError) as caught:
        parse("billion_laughs.xml")
    assert time.perf_counter() - started < 0.5
    assert "lollol" not in str(caught.value)


def test_external_entity_refused_and_file_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    data = load("xxe.xml").replace(b"file:///etc/passwd", secret.as_uri().encode())
    started = time.perf_counter()
    with pytest.raises(HostileXMLError) as caught:
        parse_feed(data)
    assert time.perf_counter() - started < 0.5
    assert "TOP-SECRET-MARKER" not in str(caught.value)
    with pytest.raises(HostileXMLError) as caught:
        parse("xxe.xml")
    assert "root:" not in str(caught.value)


def test_parameter_entity_behind_a_comment_refused() -> None:
    with pytest.raises(HostileXMLError):
        parse("xxe_parameter.xml")


def test_lxml_layer_alone_never_resolves_external_entities(tmp_path: Path) -> None:
    """Defence in depth: even past the DOCTYPE check, the parser itself reads no file."""
    from lxml import etree

    from feeds.xml_safe import check_tree as _check_tree
    from feeds.xml_safe import parse_xml as _parse_xml

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    text = load("xxe.xml").decode().replace("file:///etc/passwd", secret.as_uri())
    root, _ = _parse_xml(text, None)
    assert "TOP-SECRET-MARKER" not in etree.tostring(root, encoding="unicode")
    with pytest.raises(HostileXMLError):
        _check_tree(root)


def test_external_dtd_reference_alone_is_harmless_and_html_entities_work() -> None:
    feed = parse("rss091_netscape_dtd.xml")
    assert not feed.recovered
    item = feed.items[0]
    assert item.title == "Benoît Badiashile étudie ses options"
    assert item.summary == "Le défenseur & Chelsea : rien de décidé."


def test_unknown_entity_kept_as_text() -> None:
    feed = parse_feed(rss("<item><title>Fish &chips; tonight</title><link>https://x.test/a</link></item>"))
    assert feed.items[0].title == "Fish &chips; tonight"


@pytest.mark.parametrize("name", ["html_page.html", "xhtml_page.xml", "other_xml.xml"])
def test_not_a_feed(name: str) -> None:
    with pytest.raises(NotAFeedError):
        parse(name)


def test_malformed_but_recoverable_feed_yields_its_complete_items() -> None:
    feed = parse("malformed_recoverable.xml")
    assert feed.recovered
    assert feed.title == "Sloppy & Sons transfer blog"
    assert [item.title for item in feed.items] == [
        "Rice & Saka: Arsenal's midfield plans",
        "Second item survives",
    ]
    assert feed.items[0].link == "https://sloppy.test/post?id=1&ref=rss"
    assert feed.items[0].summary == "Declan Rice & Bukayo Saka are central to the plans."
    # The torn-off last item (no link, no guid, title possibly cut) is not reported.
    assert not any(item.title.startswith("Truncated") for item in feed.items)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n ",
        b"\x00\x00\x00",
        b"plain text, not xml",
        (FIXTURES / "malformed_garbage.xml").read_bytes(),
    ],
)
def test_garbage_raises_feed_parse_error(data: bytes) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(data)


def test_mutated_feeds_never_crash() -> None:
    rng = random.Random(20250603)
    originals = [load(name) for name in ("bbc.xml", "guardian.xml", "atom.xml", "rdf.xml", "windows1252.xml")]
    outcomes = {"parsed": 0, "refused": 0}
    for _ in range(400):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(len(data))
            action = rng.random()
            if action < 0.4:
                data[pos] = rng.randrange(256)
            elif action < 0.7:
                del data[pos : pos + rng.randint(1, 40)]
            else:
                data[pos:pos] = rng.choice([b"<", b"&", b"]]>", b"<!--", b"\x00", b"<item>", b"&#xD800;"])
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        try:
            parse_feed(bytes(data))
            outcomes["parsed"] += 1
        except FeedParseError:
            outcomes["refused"] += 1
    assert outcomes["parsed"] > 100  # most damage is recoverable


# --------------------------------------------------------------------------- identity


def test_republished_item_with_new_guid_and_date_has_the_same_fingerprint() -> None:
    first = parse_feed(
        rss(
            "<item><title>Arsenal agree £47m deal for Zubimendi</title>"
            "<link>https://www.bbc.com/sport/football/articles/c1?at_medium=RSS&amp;at_campaign=rss</link>"
            '<guid isPermaLink="false">https://www.bbc.com/sport/football/articles/c1#0</guid>'
            "<pubDate>Tue, 03 Jun 2025 14:05:12 GMT</pubDate></item>"
        )
    ).items[0]
    again = parse_feed(
        rss(
            "<item><title>Arsenal agree £47m deal for Zubimendi!</title>"
            "<link>https://www.bbc.com/sport/football/articles/c1?at_medium=RSS&amp;at_campaign=other</link>"
            '<guid isPermaLink="false">https://www.bbc.com/sport/football/articles/c1#1</guid>'
            "<pubDate>Wed, 04 Jun 2025 08:00:00 GMT</pubDate></item>"
        )
    ).items[0]
    assert first.fingerprint == again.fingerprint
    assert first.id == again.id == "https://www.bbc.com/sport/football/articles/c1"
    assert first.published != again.published


def test_id_falls_back_to_link_then_to_a_stable_hash() -> None:
    linked = parse_feed(rss("<item><title>A</title><link>https://x.test/a?utm_source=rss</link></item>"))
    assert linked.items[0].id == "https://x.test/a"
    bare = rss("<item><title>No link</title><pubDate>Tue, 03 Jun 2025 14:05:12 GMT</pubDate></item>")
    first, second = parse_feed(bare).items[0], parse_feed(bare).items[0]
    assert first.id == second.id
    assert first.id.startswith("hash:")
    other = parse_feed(rss("<item><title>No link</title></item>")).items[0]
    assert other.id != first.id


def test_permalink_guid_is_used_as_link_when_link_missing() -> None:
    item = parse_feed(rss("<item><title>A</title><guid>https://x.test/story?ocid=rss</guid></item>")).items[0]
    assert item.link == "https://x.test/story"
    assert item.id == "https://x.test/story"


def test_relative_links_resolved_against_base_url_then_feed_link() -> None:
    data = rss("<item><title>A</title><link>/news/1</link></item>", "<link>https://site.test/</link>")
    assert (
        parse_feed(data, base_url="https://feeds.site.test/rss.xml").items[0].link
        == "https://feeds.site.test/news/1"
    )
    assert parse_feed(data).items[0].link == "https://site.test/news/1"


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jacob Steinberg Football correspondent", "Jacob Steinberg"),
        ("David Hytner Chief football correspondent", "David Hytner"),
        ("Sid Lowe", "Sid Lowe"),
        ("Louise Taylor", "Louise Taylor"),
        (
            "Max Rushden, Barry Glendenning and Jonathan Wilson",
            "Max Rushden, Barry Glendenning and Jonathan Wilson",
        ),
        ("sport@example.com (Jo Bloggs)", "Jo Bloggs"),
        ("Jo Bloggs <jo@example.com>", "Jo Bloggs"),
        ("Editor", "Editor"),
    ],
)
def test_author_job_titles_and_emails_removed(raw: str, expected: str) -> None:
    item = parse_feed(
        rss(
            '<item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>A</title><link>https://x.test/a</link>'
            f"<dc:creator>{raw.replace('<', '&lt;').replace('>', '&gt;')}</dc:creator></item>"
        )
    ).items[0]
    assert item.author == expected


def test_media_content_video_without_text_skipped_with_text_kept() -> None:
    media = 'xmlns:media="http://search.yahoo.com/mrss/"'
    feed = parse_feed(
        rss(
            f"<item {media}><title>Clip</title><link>https://x.test/clip</link>"
            '<media:content url="https://x.test/c.mp4" medium="video"/></item>'
            f"<item {media}><title>Story</title><link>https://x.test/story</link><description>Words.</description>"
            '<media:content url="https://x.test/c.mp4" medium="video"/></item>'
            "<item><title>Pod</title><link>https://x.test/pod</link>"
            '<enclosure url="https://x.test/p.mp3" type="audio/mpeg" length="1"/></item>'
        )
    )
    assert [item.title for item in feed.items] == ["Story"]
    assert feed.skipped_media == 2


def test_summary_prefers_description_and_is_bounded() -> None:
    content = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    long_body = "<p>" + "Long body sentence. " * 400 + "</p>"
    feed = parse_feed(
        rss(
            f"<item {content}><title>A</title><link>https://x.test/a</link><description>Teaser.</description>"
            f"<content:encoded><![CDATA[{long_body}]]></content:encoded></item>"
            f"<item {content}><title>B</title><link>https://x.test/b</link>"
            f"<content:encoded><![CDATA[{long_body}]]></content:encoded></item>"
        )
    )
    assert feed.items[0].summary == "Teaser."
    assert len(feed.items[1].summary) <= SUMMARY_MAX_CHARS
    assert feed.items[1].summary.startswith("Long body sentence.")


def test_unescaped_markup_inside_description_is_read_as_html() -> None:
    item = parse_feed(
        rss(
            "<item><title>A</title><link>https://x.test/a</link>"
            "<description><p>Hi <b>there</b></p></description></item>"
        )
    ).items[0]
    assert item.summary == "Hi there"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 03 Jun 2025 14:05:12 GMT", datetime(2025, 6, 3, 14, 5, 12, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 14:05:12 UTC", datetime(2025, 6, 3, 14, 5, 12, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 09:04:00 BST", datetime(2025, 6, 3, 8, 4, tzinfo=UTC)),
        ("Tue, 3 Jun 2025 06:30:15 EST", datetime(2025, 6, 3, 11, 30, 15, tzinfo=UTC)),
        ("Tue, 3 Jun 2025 06:30:15 EDT", datetime(2025, 6, 3, 10, 30, 15, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 10:00:00 CET", datetime(2025, 6, 3, 9, 0, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 10:00:00 CEST", datetime(2025, 6, 3, 8, 0, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 10:00:00 PST", datetime(2025, 6, 3, 18, 0, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 10:00:00 +0200", datetime(2025, 6, 3, 8, 0, tzinfo=UTC)),
        ("Tue, 03 Jun 2025 10:00:00 -05:30", datetime(2025, 6, 3, 15, 30, tzinfo=UTC)),
        ("03 Jun 2025 10:00 GMT", datetime(2025, 6, 3, 10, 0, tzinfo=UTC)),
        ("Tue, 03 Jun 25 10:00:00 GMT", datetime(2025, 6, 3, 10, 0, tzinfo=UTC)),
        ("Tue, 03 June 2025 10:00:00 XYZ", datetime(2025, 6, 3, 10, 0, tzinfo=UTC)),
        ("mar, 03 jun 2025 10:00:00 +0200", datetime(2025, 6, 3, 8, 0, tzinfo=UTC)),
        ("2025-06-03T14:05:12Z", datetime(2025, 6, 3, 14, 5, 12, tzinfo=UTC)),
        ("2025-06-03T14:05:12.123+01:00", datetime(2025, 6, 3, 13, 5, 12, tzinfo=UTC)),
        ("2025-06-03T14:05:12-0400", datetime(2025, 6, 3, 18, 5, 12, tzinfo=UTC)),
        ("2025-06-03 14:05", datetime(2025, 6, 3, 14, 5, tzinfo=UTC)),
        ("2025-06-03", datetime(2025, 6, 3, tzinfo=UTC)),
        ("2025-06", datetime(2025, 6, 1, tzinfo=UTC)),
        ("", None),
        (None, None),
        ("yesterday", None),
        ("Tue, 31 Feb 2025 10:00:00 GMT", None),
        ("2025-13-45T99:00:00Z", None),
    ],
)
def test_parse_date(value: str | None, expected: datetime | None) -> None:
    parsed = parse_date(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("common", "general"),
    [
        # The spellings parse_date reads on its fast path, each beside one that takes the general
        # expressions (a doubled space or a long weekday): both must give the same answer.
        ("Tue, 03 Jun 2025 14:05:12 GMT", "Tuesday, 03 Jun 2025 14:05:12 GMT"),
        ("Tue, 03 Jun 2025 14:05:12 UT", "Tue,  03 Jun 2025 14:05:12 UT"),
        ("3 Jun 2025 14:05:12 Z", "3  Jun 2025 14:05:12 Z"),
        ("Tue, 03 Jun 2025 14:05:12 +0100", "Tue, 03 Jun 2025 14:05:12  +0100"),
        ("Tue, 03 Jun 2025 14:05:12 -0530", "Tuesday, 03 Jun 2025 14:05:12 -0530"),
        ("Tue, 01 Jan 0001 00:30:00 +0100", "Tuesday, 01 Jan 0001 00:30:00 +0100"),  # read as 2001
        ("Tue, 03 Ene 2025 14:05:12 GMT", "Tuesday, 03 Ene 2025 14:05:12 GMT"),
        ("Tue, 03 Foo 2025 14:05:12 GMT", "Tuesday, 03 Foo 2025 14:05:12 GMT"),
        ("Sat, 31 Dec 2016 23:59:60 GMT", "Saturday, 31 Dec 2016 23:59:60 GMT"),  # leap second
        ("Tue, 31 Feb 2025 10:00:00 GMT", "Tuesday, 31 Feb 2025 10:00:00 GMT"),
        ("2025-06-03T14:05:12Z", "2025-06-03T14:05:12 Z"),
        ("2025-06-03T14:05:12+05:30", "2025-06-03T14:05:12 +05:30"),
        ("2016-12-31T23:59:60Z", "2016-12-31T23:59:60 Z"),
        ("2025-02-30T10:00:00Z", "2025-02-30T10:00:00 Z"),
    ],
)
def test_parse_date_fast_path_agrees_with_the_general_reading(common: str, general: str) -> None:
    assert parse_date(common) == parse_date(general)
    parsed = parse_date(common)
    if parsed is not None:
        assert parsed.tzinfo is UTC


# --------------------------------------------------------------------------- JSON


def test_item_to_json_shape() -> None:
    item = parse("guardian.xml").items[0]
    data = item_to_json(item)
    assert list(data) == ["id", "title", "link", "summary", "published", "author", "categories"]
    assert data["published"] == "2025-06-03T13:27:45Z"
    assert data["categories"][:2] == ["Chelsea", "Borussia Dortmund"]  # type: ignore[index]
    json.dumps(data)
    undated = parse_feed(rss("<item><title>A</title><link>https://x.test/a</link></item>")).items[0]
    assert item_to_json(undated)["published"] is None
