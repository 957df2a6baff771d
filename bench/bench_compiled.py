"""The mypyc-compiled build against the pure-Python one: the same extraction benchmark on both.

Usage: python bench/bench_compiled.py [--seconds 3] [--rounds 2]

Builds the compiled package out of tree (bench/compiled.py, what the Docker image installs), then runs
bench/bench_extract.py on the pure and the compiled build alternately, so that both see the same
machine load, and prints each run and the ratio of their rates.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.compiled import build_compiled, missing_toolchain  # noqa: E402

_RATE = re.compile(r"^(headline\+summary \(|full articles \().*?: ([\d,]+) (?:items|articles)/s", re.M)


def _run(seconds: float, site: Path | None) -> dict[str, float]:
    command = [sys.executable, str(ROOT / "bench" / "bench_extract.py"), "--seconds", str(seconds)]
    if site is not None:
        command += ["--site", str(site)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    print(out.rstrip(), flush=True)
    return {m.group(1): float(m.group(2).replace(",", "")) for m in _RATE.finditer(out)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    why_not = missing_toolchain()
    if why_not:
        print(f"compiled build skipped: {why_not}")
        return 0
    with tempfile.TemporaryDirectory(prefix="rumourbot-compiled-") as scratch:
        site = build_compiled(Path(scratch))
        totals: dict[str, list[float]] = {}
        for _ in range(args.rounds):
            for name, where in (("pure", None), ("compiled", site)):
                for kind, rate in _run(args.seconds, where).items():
                    totals.setdefault(f"{name} {kind}", []).append(rate)
    labels = {"headline+summary (": "headline+summary items/s", "full articles (": "articles/s"}
    for kind, label in labels.items():
        pure = sum(totals[f"pure {kind}"]) / args.rounds
        compiled = sum(totals[f"compiled {kind}"]) / args.rounds
        ratio = compiled / pure
        print(f"{label}: pure {pure:,.0f}, compiled {compiled:,.0f} -> compiled runs at {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
