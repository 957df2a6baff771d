"""The mypyc-compiled build of the package (setup.py with RUMOURBOT_COMPILE=1), built out of tree.

Used by bench/bench_compiled.py and tests/test_compiled_build.py: the sources are copied to a scratch
directory, built into a wheel there (the same command the Dockerfile runs) and the wheel unpacked, so
the working tree never holds a compiled module that would shadow an edited one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SOURCES = ("pyproject.toml", "setup.py", "README.md", "bot", "feeds", "config")


def missing_toolchain() -> str | None:
    """Why a compiled build can't be made here (no C compiler, no Python headers, no mypyc), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h)"
    try:
        import mypyc  # noqa: F401
        import setuptools.command.bdist_wheel  # noqa: F401
    except ImportError as exc:
        return f"missing build package: {exc.name}"
    return None


def build_compiled(scratch: Path, opt_level: str = "3") -> Path:
    """Build the compiled wheel under ``scratch``; returns the directory to import the package from.

    ``opt_level`` is the C compiler's: the image's "3" by default; "0" compiles the same mypyc code in about
    a third of the time, for a test of what the build computes rather than how fast."""
    src = scratch / "src"
    for name in _SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name)
    wheels = scratch / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps"]
    done = subprocess.run(
        [*command, "--wheel-dir", str(wheels), str(src)],
        env={**os.environ, "RUMOURBOT_COMPILE": "1", "RUMOURBOT_COMPILE_OPT": opt_level},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"compiled build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    (wheel,) = wheels.glob("rumourbot-*.whl")
    site = scratch / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site
