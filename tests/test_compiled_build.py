"""The compiled build (setup.py with RUMOURBOT_COMPILE=1, what the Docker image installs) builds and
gives the same claims as the source on every labelled item."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.compiled import build_compiled, missing_toolchain

ROOT = Path(__file__).resolve().parents[1]

# run in a fresh interpreter, so that the package comes from PYTHONPATH and nothing is imported yet
_EXTRACT_ALL = """
import json, sys
from pathlib import Path
import feeds.extract
from feeds.extract import Extractor
from feeds.kb import load_kb
from feeds.models import Item
print(feeds.extract.__file__)
extractor = Extractor(load_kb(Path(sys.argv[1]) / "config"))
for path in sorted(Path(sys.argv[1], "tests", "feeds", "labelled").glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            item = Item(id=raw["id"], title=raw["title"], link=None, summary=raw["summary"],
                        published=None, source=raw.get("source", ""))
            print(raw["id"], extractor.extract(item))
"""


def _extract_all(import_from: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALL, str(ROOT)],
        env={**os.environ, "PYTHONPATH": str(import_from)},
        cwd=import_from,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_compiled_build_gives_the_same_claims_as_the_source(tmp_path: Path) -> None:
    why_not = missing_toolchain()
    if why_not:
        pytest.skip(f"no compiled build on this machine: {why_not}")
    # (the C compiler's level 0: the same mypyc code as the image's level 3, built in a third of the time)
    site = build_compiled(tmp_path, opt_level="0")

    compiled = _extract_all(site)
    source = _extract_all(ROOT)

    assert compiled[0].startswith(str(site / "feeds" / "extract.")) and compiled[0].endswith(".so")
    assert source[0] == str(ROOT / "feeds" / "extract.py")
    assert len(compiled) > 4000
    assert compiled[1:] == source[1:]
