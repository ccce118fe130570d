# One image for Vigil's three services (ingest, extractor, escalation) and its CLI, from the lock file.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/app/.venv

# uv from PyPI at the version the Makefile and CI use.
RUN pip install --no-cache-dir uv==0.13.9

WORKDIR /app
# Dependencies first, in their own layer: code edits do not reinstall them.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project

COPY schemas ./schemas
COPY services ./services
COPY deploy/kafka/topics.yaml ./deploy/kafka/topics.yaml
RUN uv sync --frozen --no-dev

# Unprivileged user; faust keeps its per-app data directory in the working directory.
RUN useradd --system --uid 10001 --home-dir /app --no-create-home vigil \
    && mkdir -p /app/state && chown vigil /app/state
USER vigil
WORKDIR /app/state
ENV PATH=/app/.venv/bin:$PATH

# Metrics: ingest 9101, extractor 9102, escalation 9103; ingest's HTTP endpoint 8088.
EXPOSE 9101 9102 9103 8088
CMD ["vigil", "--help"]
