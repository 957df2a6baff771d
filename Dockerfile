FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY feeds ./feeds
COPY config ./config
RUN pip install --no-cache-dir '.[platforms]'
RUN useradd --system --home /var/lib/rumourbot rumourbot && mkdir -p /var/lib/rumourbot \
    && chown rumourbot /var/lib/rumourbot
USER rumourbot
CMD ["rumourbot", "run"]
