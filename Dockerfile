# Build stage: the package as a wheel with the extraction modules compiled by mypyc (setup.py), about
# 1.25x faster than pure Python (bench/bench_compiled.py); the compiler stays in this stage.
FROM python:3.11-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY feeds ./feeds
COPY config ./config
RUN pip install --no-cache-dir 'mypy>=1.10' 'setuptools>=70.1' \
    && RUMOURBOT_COMPILE=1 pip wheel --no-cache-dir --no-build-isolation --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir "$(ls /wheels/rumourbot-*.whl)[platforms]" && rm -rf /wheels
RUN useradd --system --home /var/lib/rumourbot rumourbot && mkdir -p /var/lib/rumourbot \
    && chown rumourbot /var/lib/rumourbot
USER rumourbot
CMD ["rumourbot", "run"]
