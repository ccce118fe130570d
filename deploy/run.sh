#!/usr/bin/env bash
# `make run`: a fresh local broker (unless KAFKA_BOOTSTRAP names one), Vigil's topics, every service,
# the demo feed and a live view of events and alerts. Ctrl-C stops everything, the broker included.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
kafka="deploy/kafka/kafka.sh"

if [ -z "${KAFKA_BOOTSTRAP:-}" ]; then
  "$kafka" clean >/dev/null 2>&1 || true     # the demo starts from an empty broker every time
  trap '"$kafka" stop' EXIT
  "$kafka" start
  "$kafka" wait 120
  export KAFKA_BOOTSTRAP="127.0.0.1:${KAFKA_PORT:-9092}"
else
  echo "run.sh: using the Kafka cluster at $KAFKA_BOOTSTRAP" >&2
fi
.venv/bin/vigil topics create
echo "run.sh: metrics on http://127.0.0.1:9101/metrics (ingest), :9102 (extractor), :9103 (escalation)" >&2
echo "run.sh: POST articles to http://127.0.0.1:${VIGIL_INGEST_HTTP_PORT:-8088}/articles" >&2
.venv/bin/honcho -f Procfile start
