"""Build hook: with ``RUMOURBOT_COMPILE=1`` the extraction modules are compiled with mypyc.

Everything else about the package is in pyproject.toml. The compiled build gives the same claims
(tests/test_compiled_build.py) about 1.25x faster (bench/bench_compiled.py); the Docker image uses
it. An ordinary or editable install stays pure Python, so an edited module is what runs.

    pip install mypy setuptools wheel
    RUMOURBOT_COMPILE=1 pip wheel --no-build-isolation --no-deps -w dist .
"""

import os

from setuptools import Extension, setup

# the modules extraction spends its time in (bench/bench_extract.py's profile); the rest gain nothing
COMPILED_MODULES = [
    "feeds/extract.py",
    "feeds/stages.py",
    "feeds/mentions.py",
    "feeds/kb.py",
    "feeds/sentences.py",
]


def _ext_modules() -> list[Extension]:
    if os.environ.get("RUMOURBOT_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit(
            "RUMOURBOT_COMPILE=1 needs mypy in the build environment: "
            "pip install mypy setuptools wheel, then build with --no-build-isolation"
        ) from exc
    # (the C compiler's level: the test of the build's claims uses 0, which builds in about a third of the
    # time and runs the same mypyc code; the image and the benchmark keep 3)
    return list(mypycify(COMPILED_MODULES, opt_level=os.environ.get("RUMOURBOT_COMPILE_OPT", "3")))


setup(ext_modules=_ext_modules())
