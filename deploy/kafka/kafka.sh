#!/usr/bin/env bash
# Fetch, format, start, wait for and stop a single-node KRaft Apache Kafka broker built from Maven jars.
#
#   kafka.sh fetch            resolve the broker jars into the cache (Maven Central)
#   kafka.sh start            format storage if needed and start the broker in the background
#   kafka.sh run              the same in the foreground (for a Procfile); Ctrl-C stops it
#   kafka.sh wait [SECONDS]   wait until the broker answers a metadata request
#   kafka.sh stop             stop the broker started by `start` (SIGTERM, then SIGKILL)
#   kafka.sh status           print whether it runs
#   kafka.sh classpath        print the broker classpath (for the perf tools)
#
# Settings (environment): KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# VIGIL_STATE_DIR (.vigil in the project), VIGIL_CACHE_DIR (~/.cache/vigil), KAFKA_HEAP (512m).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")"
cache="${VIGIL_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil}"
libs="$cache/kafka-$version/libs"
port="${KAFKA_PORT:-9092}"
cport="${KAFKA_CONTROLLER_PORT:-9093}"
state="${VIGIL_STATE_DIR:-$root/.vigil}/kafka-$port"
data="$state/data"
pidfile="$state/broker.pid"
logfile="$state/broker.log"
heap="${KAFKA_HEAP:-512m}"

fetch() {
  if [ -f "$libs/.complete" ]; then return 0; fi
  echo "kafka.sh: resolving Apache Kafka $version jars from Maven Central into $libs" >&2
  mkdir -p "$libs"
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs"
  touch "$libs/.complete"
}

render_config() {
  mkdir -p "$data"
  sed -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#$cport#g" -e "s#@DATA_DIR@#$data#g" \
    "$here/server.properties" > "$state/server.properties"
  if [ -n "${KAFKA_EXTRA_CONFIG:-}" ] && [ -f "$KAFKA_EXTRA_CONFIG" ]; then
    cat "$KAFKA_EXTRA_CONFIG" >> "$state/server.properties"
  fi
}

java_cmd=(java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  -Dlog4j.configuration="file:$here/log4j.properties" -cp "$libs/*")

format() {
  render_config
  if [ -f "$data/meta.properties" ]; then return 0; fi
  local cluster_id
  # A random id in Kafka's form (URL-safe base64 of 16 bytes). One in 64 begins with "-", which the storage tool
  # reads as an option ("argument --cluster-id: expected one argument"); Kafka's own Uuid.randomUuid() draws
  # again in that case, and so does this.
  cluster_id="$(python3 -c 'import base64,uuid
while True:
    cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
    if not cid.startswith("-"):
        print(cid)
        break')"
  # shellcheck disable=SC2086  # KAFKA_FORMAT_ARGS is a word list (e.g. --add-scram ...)
  if ! "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$state/server.properties" \
      --ignore-formatted ${KAFKA_FORMAT_ARGS:-} >> "$logfile" 2>&1; then
    echo "kafka.sh: formatting storage failed; last log lines:" >&2
    tail -n 20 "$logfile" >&2
    return 1
  fi
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

start() {
  fetch
  if running; then echo "kafka.sh: broker already running (pid $(cat "$pidfile"), port $port)" >&2; return 0; fi
  format
  echo "kafka.sh: starting Kafka $version on 127.0.0.1:$port (log: $logfile)" >&2
  nohup "${java_cmd[@]}" kafka.Kafka "$state/server.properties" >> "$logfile" 2>&1 &
  echo $! > "$pidfile"
}

run() {
  fetch
  format
  echo "kafka.sh: Kafka $version on 127.0.0.1:$port in the foreground (log: $logfile)" >&2
  exec "${java_cmd[@]}" kafka.Kafka "$state/server.properties"
}

wait_ready() {
  local timeout="${1:-120}"
  local py="${VIGIL_PYTHON:-$root/.venv/bin/python}"
  [ -x "$py" ] || py=python3
  if ! "$py" -m services.common.kafka_ready --bootstrap "127.0.0.1:$port" --timeout "$timeout"; then
    echo "kafka.sh: broker did not answer within ${timeout}s; last log lines:" >&2
    tail -n 30 "$logfile" >&2 || true
    return 1
  fi
}

stop() {
  if ! running; then rm -f "$pidfile"; return 0; fi
  local pid; pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "kafka.sh: broker on port $port stopped" >&2
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  run) run ;;
  wait) wait_ready "${2:-120}" ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidfile"), port $port)"; else echo "stopped"; exit 1; fi ;;
  classpath) fetch; echo "$libs/*" ;;
  clean) stop; rm -rf "$state" ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
