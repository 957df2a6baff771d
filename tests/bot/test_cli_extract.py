"""`rumourbot extract`: JSON lines in, one line of claims per item out, dates honoured."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from feeds.dates import parse_published


def test_published_accepts_dates_and_iso_times_and_ignores_anything_else() -> None:
    assert parse_published("2025-08-02") == datetime(2025, 8, 2, tzinfo=UTC)
    assert parse_published("2025-08-02T10:30:00Z") == datetime(2025, 8, 2, 10, 30, tzinfo=UTC)
    assert parse_published("yesterday") is None
    assert parse_published(None) is None
    assert parse_published(20250802) is None


def test_extract_dates_the_item_so_a_move_of_an_earlier_year_is_background(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = {
        "id": "x1",
        "source": "BBC Sport",
        "published": "2025-10-05",
        "title": "Erling Haaland reaches 100 Premier League goals",
        "summary": "Haaland joined City from Borussia Dortmund in the summer of 2022 for a fee of £51m.",
    }
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert main(["extract", "--input", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {"id": "x1", "claims": []}
