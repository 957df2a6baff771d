"""Run rumourbot's feed parser over feedparser's test corpus and count agreement.

    .venv/bin/python scripts/feedparser_corpus.py /work/shared/data/feedparser_tests/tests [-v]

Each corpus file carries a comment with ``Expect:`` (a Python expression over feedparser's result,
e.g. ``not bozo and entries[0]['title'] == u'...'``) and optional ``Header:`` lines (HTTP headers
the feedparser test server would send). The script reads every ``==`` comparison in the expression
whose left side maps onto one of our fields and checks our value:

    entries[i]['title'] / ['title_detail']['value']                 -> items[i].title
    entries[i]['link']                                              -> items[i].link
    entries[i]['id'] / ['guid']                                     -> items[i].id
    entries[i]['summary'] / ['description'] / ['summary_detail']['value']
        / ['content'][j]['value']                                   -> items[i].summary
    entries[i]['published_parsed'] / ['updated_parsed']             -> items[i].published
    feed['title'] / ['title_detail']['value'], feed['link']         -> ParsedFeed.title, .link

Our values are plain text with whitespace folded, so an expected value agrees when it equals ours
as it is or once converted the same way (HTML to text for text fields, canonical form for links).
A crash is any exception other than FeedParseError; there must be none. The corpus is read in
place, never copied into the project.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from feeds.errors import FeedParseError
from feeds.html_text import collapse_whitespace, html_to_text
from feeds.identity import canonical_link
from feeds.parse import ParsedFeed, parse_feed

_COMMENT = re.compile(rb"<!--(.*?)-->", re.DOTALL)
_SERVER = "http://127.0.0.1:8097/"  # where feedparser's test suite serves the corpus from

FIELDS = ("title", "link", "id", "summary", "published", "feed_title", "feed_link")


@dataclass
class Tally:
    agree: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    refused: Counter[str] = field(default_factory=Counter)  # FeedParseError, by error class and dir
    files: int = 0
    disagreements: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _path_of(node: ast.expr) -> list[object] | None:
    """``entries[0]['title']`` → ``['entries', 0, 'title']``; ``None`` for anything else."""
    parts: list[object] = []
    while isinstance(node, ast.Subscript):
        try:
            parts.append(ast.literal_eval(node.slice))
        except ValueError:
            return None
        node = node.value
    if isinstance(node, ast.Name) and node.id in ("entries", "feed"):
        parts.append(node.id)
        return parts[::-1]
    return None


def _field_of(path: list[object]) -> tuple[str, int] | None:
    if path[0] == "feed":
        rest = path[1:]
        if rest in (["title"], ["title_detail", "value"]):
            return "feed_title", 0
        if rest == ["link"]:
            return "feed_link", 0
        return None
    if len(path) < 3 or not isinstance(path[1], int):
        return None
    index, rest = path[1], path[2:]
    if rest in (["title"], ["title_detail", "value"]):
        return "title", index
    if rest == ["link"]:
        return "link", index
    if rest in (["id"], ["guid"]):
        return "id", index
    if rest in (["summary"], ["description"], ["summary_detail", "value"]):
        return "summary", index
    if len(rest) == 3 and rest[0] == "content" and rest[2] == "value":
        return "summary", index
    if rest in (["published_parsed"], ["updated_parsed"]):
        return "published", index
    return None


def _comparisons(expect: str) -> list[tuple[str, int, object]]:
    try:
        tree = ast.parse(expect.strip(), mode="eval")
    except SyntaxError:
        return []
    found: list[tuple[str, int, object]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
            continue
        path = _path_of(node.left)
        if path is None:
            continue
        target = _field_of(path)
        if target is None:
            continue
        try:
            expected = ast.literal_eval(node.comparators[0])
        except ValueError:
            continue
        found.append((target[0], target[1], expected))
    return found


def _ours(parsed: ParsedFeed | None, name: str, index: int) -> object:
    if parsed is None:
        return None
    if name == "feed_title":
        return parsed.title
    if name == "feed_link":
        return parsed.link
    if index >= len(parsed.items):
        return None
    item = parsed.items[index]
    if name == "published":
        return item.published.timetuple()[:6] if item.published else None
    return getattr(item, name)


def _agrees(name: str, expected: object, ours: object) -> bool:
    if name == "published":
        return isinstance(expected, tuple) and ours == tuple(expected[:6])
    if not isinstance(expected, str):
        return False
    exp = expected
    if ours is None:
        ours = ""
    if not isinstance(ours, str):
        return False
    if name in ("link", "feed_link", "id"):
        return ours in (exp, exp.strip(), canonical_link(exp))
    return ours in (collapse_whitespace(exp), html_to_text(exp))


def _headers(comment: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in comment.splitlines():
        line = line.strip()
        if line.startswith("Header:"):
            name, _, value = line[len("Header:") :].strip().partition(":")
            out[name.strip().lower()] = value.strip()
    return out


def run(root: Path, verbose: bool) -> Tally:
    tally = Tally()
    base_dir = root.parent
    for path in sorted(root.rglob("*.xml")):
        data = path.read_bytes()
        match = _COMMENT.search(data)
        comment = match.group(1).decode("utf-8", errors="replace") if match else ""
        expect = next(
            (ln.split(":", 1)[1] for ln in comment.splitlines() if ln.strip().startswith("Expect:")), ""
        )
        headers = _headers(comment)
        rel = path.relative_to(base_dir).as_posix()
        base_url = headers.get("content-location") or _SERVER + rel
        tally.files += 1
        parsed: ParsedFeed | None
        try:
            parsed = parse_feed(data, content_type=headers.get("content-type"), base_url=base_url)
        except FeedParseError as error:
            parsed = None
            tally.refused[f"{type(error).__name__} in {path.relative_to(root).parts[0]}"] += 1
            if verbose:
                print(f"refused {rel}: {type(error).__name__}: {error}")
        except Exception as error:  # the point of the script: nothing else may escape
            parsed = None
            tally.crashes.append((rel, f"{type(error).__name__}: {error}"))
        for name, index, expected in _comparisons(expect):
            ours = _ours(parsed, name, index)
            tally.total[name] += 1
            if _agrees(name, expected, ours):
                tally.agree[name] += 1
            else:
                tally.disagreements[name].append(f"{rel}: expected {expected!r}, ours {ours!r}")
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="feedparser's tests/ directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement and refusal")
    args = ap.parse_args()
    started = time.perf_counter()
    tally = run(args.corpus, args.verbose)
    elapsed = time.perf_counter() - started
    print(f"{tally.files} files in {elapsed:.1f} s; crashes: {len(tally.crashes)}")
    for rel, error in tally.crashes:
        print(f"  CRASH {rel}: {error}")
    print("refused (FeedParseError):")
    for key, count in sorted(tally.refused.items()):
        print(f"  {key}: {count}")
    print(f"{'field':<12} {'agree':>6} {'total':>6} {'rate':>7}")
    for name in FIELDS:
        total = tally.total[name]
        rate = f"{tally.agree[name] / total:.1%}" if total else "-"
        print(f"{name:<12} {tally.agree[name]:>6} {total:>6} {rate:>7}")
    all_agree, all_total = sum(tally.agree.values()), sum(tally.total.values())
    print(f"{'all':<12} {all_agree:>6} {all_total:>6} {all_agree / max(all_total, 1):>7.1%}")
    if args.verbose:
        for name, lines in tally.disagreements.items():
            print(f"\n== {name}: {len(lines)} disagreements")
            for line in lines:
                print("  " + line)
    return 1 if tally.crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
