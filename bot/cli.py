"""The ``rumourbot`` command line (``design.md``): run, poll, parse, extract, check, kb, command.

Each subcommand builds its settings here, at the entry point, and hands them to :mod:`bot.app`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.errors import RedisUnavailableError
from config.logs import setup_logging
from config.settings import Settings, SettingsError, load_settings


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rumourbot",
        description="Football transfer and managerial rumours: one clean alert per rumour.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="poll feeds, extract rumours and deliver alerts (the main job)")
    run.add_argument("--feeds", type=Path, help="feeds file (the project's YAML or OPML)")
    run.add_argument(
        "--interval", type=float, help="poll every feed this often (seconds), overriding the file"
    )
    run.add_argument("--role", choices=("all", "ingest", "deliver"), default="all")

    poll = sub.add_parser("poll", help="poll feeds and print each feed's outcome and the claims found")
    poll.add_argument("--once", action="store_true", required=True, help="poll every feed once and exit")
    poll.add_argument("--feeds", type=Path, help="feeds file (the project's YAML or OPML)")

    parse = sub.add_parser("parse", help="show what the parser makes of feed files or URLs (JSON lines)")
    parse.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")

    extract = sub.add_parser("extract", help="JSON lines of items in, one JSON line of claims out per item")
    extract.add_argument("--input", type=Path, help="read items from FILE instead of stdin")

    sub.add_parser("check", help="validate settings and config, reach Redis, print feed health")

    kb = sub.add_parser("kb", help="knowledge-base upkeep")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    kb_sub.add_parser("check", help="validate the knowledge base")
    unknown = kb_sub.add_parser("unknown", help="names seen in move sentences but not in the knowledge base")
    unknown.add_argument("--limit", type=int, default=50)
    feedback = kb_sub.add_parser("feedback", help="alerts users reported as wrong (JSON lines, newest first)")
    feedback.add_argument("--limit", type=int, default=50)

    command = sub.add_parser(
        "command", help="run a bot command for the console target, e.g. `rumourbot command follow Arsenal`"
    )
    command.add_argument("words", nargs="+", metavar="WORD", help="the command and its arguments (try: help)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"rumourbot: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.core.log_level, settings.core.log_format)
    try:
        return _dispatch(args, settings)
    except KeyboardInterrupt:
        return 130
    except RedisUnavailableError as exc:
        print(f"rumourbot: {exc}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    # bot.app pulls in the whole runtime (aiohttp, Redis, platforms); extract and kb check stay light
    if args.command == "extract":
        return _extract(settings, args.input)
    if args.command == "kb" and args.kb_command == "check":
        return _kb_check(settings)

    from bot import app, oneshot

    if args.command == "parse":
        return asyncio.run(oneshot.parse_inputs(args.inputs, sys.stdout))
    if args.command == "kb" and args.kb_command == "unknown":
        return asyncio.run(oneshot.kb_unknown(settings, limit=args.limit, out=sys.stdout))
    if args.command == "kb" and args.kb_command == "feedback":
        return asyncio.run(oneshot.kb_feedback(settings, limit=args.limit, out=sys.stdout))
    if args.command == "command":
        return asyncio.run(oneshot.console_command(settings, " ".join(args.words), sys.stdout))
    if args.command == "check":
        return asyncio.run(oneshot.check(settings, sys.stdout))
    if args.command == "poll":
        return asyncio.run(oneshot.poll_once(settings, feeds_file=args.feeds, out=sys.stdout))
    if args.command == "run":
        return app.run_forever(settings, feeds_file=args.feeds, interval=args.interval, role=args.role)
    raise AssertionError(f"unhandled command {args.command}")


def _extract(settings: Settings, input_file: Path | None) -> int:
    from feeds.dates import parse_published
    from feeds.extract import Extractor
    from feeds.kb import load_kb
    from feeds.models import Item

    extractor = Extractor(load_kb(settings.core.config_dir))
    source: TextIO = input_file.open(encoding="utf-8") if input_file else sys.stdin
    out = sys.stdout
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                print(f"rumourbot extract: line {number}: {exc}", file=sys.stderr)
                return 1
            item = Item(
                id=str(raw.get("id", number)),
                title=str(raw.get("title") or ""),
                link=raw.get("link"),
                summary=str(raw.get("summary") or ""),
                published=parse_published(raw.get("published")),
                author=raw.get("author"),
                source=str(raw.get("source") or ""),
            )
            claims = extractor.extract(item)
            out.write(
                json.dumps(
                    {"id": raw.get("id", number), "claims": [c.to_json() for c in claims]}, ensure_ascii=False
                )
                + "\n"
            )
    out.flush()
    return 0


def _kb_check(settings: Settings) -> int:
    from feeds.kb import check_kb, load_kb

    kb = load_kb(settings.core.config_dir)
    problems = check_kb(kb)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "knowledge base OK", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
