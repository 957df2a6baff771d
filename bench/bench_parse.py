"""Feed parsing speed: rumourbot's lxml parser against feedparser, on a generated 500-item feed.

    .venv/bin/python bench/bench_parse.py [--items 500] [--seconds 3] [--rounds 5] [--style bbc|guardian]

The feed is built in memory: BBC-like items (CDATA title and teaser with entities, link with
``at_medium``/``at_campaign``, ``#0`` guid, RFC 822 GMT date, ``media:thumbnail``), or with
``--style guardian`` Guardian-like ones (entity-escaped HTML description with a "Continue
reading..." link, nine categories, ``dc:creator``, two ``media:content``). Each parser runs over it
repeatedly for about ``--seconds`` in all, split into ``--rounds`` rounds that alternate between
the parsers, so that load from other processes falls on all of them alike; time is this process's
CPU time. The script prints the median items/s of each over the rounds, the median of the
per-round ratios (the headline figure, with its range) and the peak memory of one parse of each
(tracemalloc). Ours is measured twice: as a first poll (the parser's string memos emptied before
every parse) and as a re-poll (memos warm, which is what every poll after the first sees for
unchanged items). feedparser is a dev-only dependency and is imported here only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from feeds.parse import clear_caches, parse_feed

CLUBS = [
    "Arsenal",
    "Chelsea",
    "Liverpool",
    "Manchester United",
    "Tottenham",
    "Newcastle",
    "Aston Villa",
    "Everton",
]
PLAYERS = [
    "Martin Zubimendi",
    "Viktor Gyökeres",
    "Florian Wirtz",
    "Bryan Mbeumo",
    "Alexander Isak",
    "Jadon Sancho",
]


def _bbc_item(i: int) -> str:
    club, player = CLUBS[i % len(CLUBS)], PLAYERS[i % len(PLAYERS)]
    return f"""
        <item>
            <title><![CDATA[{club} agree &#163;{40 + i % 30}m deal for {player}]]></title>
            <description><![CDATA[{club} have agreed a &#163;{40 + i % 30}m fee for {player}, who is \
expected to have a medical this week &amp; sign a five-year contract.]]></description>
            <link>https://www.bbc.com/sport/football/articles/c{i:08d}o?at_medium=RSS&amp;at_campaign=rss</link>
            <guid isPermaLink="false">https://www.bbc.com/sport/football/articles/c{i:08d}o#0</guid>
            <pubDate>Tue, {1 + i % 28:02d} Jun 2025 {i % 24:02d}:{i % 60:02d}:12 GMT</pubDate>
            <media:thumbnail width="240" height="135" url="https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/{i}/live/x.jpg"/>
        </item>"""


def _guardian_item(i: int) -> str:
    club, player = CLUBS[i % len(CLUBS)], PLAYERS[i % len(PLAYERS)]
    url = f"https://www.theguardian.com/football/2025/jun/03/story-{i}"
    categories = "".join(
        f'<category domain="https://www.theguardian.com/football/{c.lower().replace(" ", "")}">{c}</category>'
        for c in [*CLUBS[:6], "Transfer window", "Premier League", "Football"][:9]
    )
    return f"""
    <item>
      <title>{club} close in on £{40 + i % 30}m deal for {player}</title>
      <link>{url}</link>
      <description>&lt;p&gt;{club} are closing in on a &amp;#163;{40 + i % 30}m deal for \
&lt;a href="{url}"&gt;{player}&lt;/a&gt; after productive talks with the selling club.&lt;/p&gt;\
&lt;p&gt;The player is keen on the move.&lt;/p&gt; \
&lt;a href="{url}"&gt;Continue reading...&lt;/a&gt;</description>
      {categories}
      <pubDate>Tue, 03 Jun 2025 13:27:45 GMT</pubDate>
      <guid>{url}</guid>
      <media:content width="140" url="https://i.guim.co.uk/img/media/{i}/master/3000.jpg?width=140&amp;s=1"/>
      <media:content width="460" url="https://i.guim.co.uk/img/media/{i}/master/3000.jpg?width=460&amp;s=2"/>
      <dc:creator>Jacob Steinberg Football correspondent</dc:creator>
      <dc:date>2025-06-03T13:27:45Z</dc:date>
    </item>"""


def build_feed(items: int, style: str) -> bytes:
    make = _guardian_item if style == "guardian" else _bbc_item
    body = "".join(make(i) for i in range(items))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/bsp/xsl/rss/nolsol.xsl"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
    <channel>
        <title><![CDATA[BBC Sport - Football]]></title>
        <link>https://www.bbc.co.uk/sport/football</link>
        <lastBuildDate>Tue, 03 Jun 2025 15:20:44 GMT</lastBuildDate>
        {body}
    </channel>
</rss>
""".encode()


def measure(run: Callable[[], int], seconds: float) -> tuple[float, int]:
    """Items per CPU second over repeated runs lasting about ``seconds``; also the number of runs."""
    runs = items = 0
    started = time.process_time()
    while True:
        items += run()
        runs += 1
        elapsed = time.process_time() - started
        if elapsed >= seconds:
            return items / elapsed, runs


def peak_memory(run: Callable[[], int]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=500)
    ap.add_argument("--seconds", type=float, default=3.0, help="CPU time per parser, all rounds together")
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds the time is split into")
    ap.add_argument("--style", choices=["bbc", "guardian"], default="bbc")
    args = ap.parse_args()

    import feedparser  # dev-only; never imported from feeds/

    data = build_feed(args.items, args.style)

    def ours() -> int:  # a re-poll: the parser's memos hold this feed's strings already
        return len(parse_feed(data, source="BBC Sport").items)

    def ours_cold() -> int:  # a first poll: memos emptied before every parse
        clear_caches()
        return len(parse_feed(data, source="BBC Sport").items)

    def theirs() -> int:
        return len(feedparser.parse(data).entries)

    assert ours_cold() == theirs() == args.items, (ours_cold(), theirs())
    print(f"feed: {args.items} {args.style}-like items, {len(data) / 1024:.0f} KiB")
    parsers = {"rumourbot, first poll": ours_cold, "rumourbot, re-poll": ours, "feedparser": theirs}
    for run in parsers.values():
        run()  # warm-up (imports, caches)
    rates: dict[str, list[float]] = {name: [] for name in parsers}
    runs: dict[str, int] = dict.fromkeys(parsers, 0)
    for _ in range(args.rounds):
        for name, run in parsers.items():
            rate, count = measure(run, args.seconds / args.rounds)
            rates[name].append(rate)
            runs[name] += count
    for name, per_round in rates.items():
        rate = statistics.median(per_round)
        each = 1000 * args.items / rate
        print(f"{name:<22}: {rate:>8,.0f} items/s  ({runs[name]} parses, {each:.1f} ms each)")
    for label, name in (("first poll", "rumourbot, first poll"), ("re-poll", "rumourbot, re-poll")):
        ratios = [mine / ref for mine, ref in zip(rates[name], rates["feedparser"], strict=True)]
        print(
            f"{'ratio (' + label + ')':<22}: {statistics.median(ratios):.1f}x feedparser"
            f"  (rounds: {min(ratios):.1f}-{max(ratios):.1f}x)"
        )
    print(
        f"peak memory of one parse (tracemalloc): rumourbot {peak_memory(ours_cold) / 2**20:.1f} MiB, "
        f"feedparser {peak_memory(theirs) / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()
