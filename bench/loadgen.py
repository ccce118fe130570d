"""Load generator: publish the benchmark stream with ingest's Publisher at a fixed rate (or flat out).

Run as a subprocess (`python -m bench.loadgen SPEC.json`) so its CPU and memory are its own. The spec is
JSON: {"rate": articles/s (0 = as fast as possible), "count": N or null, "duration": s or null, "tag": str,
"theatre": BurstTheatre fields, "burst_every": int, "clock": "live" | "burst", "pool": int, "seed": int,
"out": path} (see `bench.corpus.stream` for the clocks). Kafka comes from
the environment (KAFKA_BOOTSTRAP, KAFKA_TOPIC_PREFIX). SIGTERM stops it early, still writing its record.

It writes to `out` one JSON line per published article: id, kind, known_at and published_at (epoch
seconds), and prints a one-line JSON summary.
"""

from __future__ import annotations

import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from prometheus_client import CollectorRegistry

from bench.corpus import BurstTheatre, background_pool, live, stream
from services.common.settings import KafkaSettings
from services.ingest.app import Publisher
from services.ingest.core import Limits
from services.ingest.metrics import build_metrics
from services.ingest.settings import IngestSettings


class RecordingPublisher(Publisher):
    """Ingest's Publisher, remembering the `now` it stamped as the last article's known_at."""

    last_now: datetime | None = None

    def limits(self) -> Limits:
        limits = super().limits()
        self.last_now = limits.now
        return limits


def publish(spec: dict[str, Any]) -> dict[str, Any]:
    """Publish the stream as the spec says; return the summary."""
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    theatre = BurstTheatre(**spec["theatre"])
    pool = background_pool(spec["pool"], spec["seed"])
    items = stream(
        pool,
        theatre,
        tag=spec["tag"],
        burst_every=spec["burst_every"],
        first_cycle=spec.get("first_cycle", 0),
        clock=spec.get("clock", "live"),
    )
    publisher = RecordingPublisher(
        KafkaSettings(), IngestSettings(metrics_port=0, http_port=0), build_metrics(CollectorRegistry())
    )
    rate, count, duration = spec["rate"], spec.get("count"), spec.get("duration")
    records: list[bytes] = []
    outcomes: dict[str, int] = {}
    started, cpu_started = time.monotonic(), time.process_time()
    try:
        for n, (kind, item) in enumerate(items):
            elapsed = time.monotonic() - started
            if (
                stop["now"]
                or (count is not None and n >= count)
                or (duration is not None and elapsed >= duration)
            ):
                break
            if rate:
                lag = n / rate - elapsed
                if lag > 0:
                    time.sleep(
                        lag
                    )  # pacing: article n leaves at n/rate seconds, no catch-up bursts beyond that
            outcome = publisher.submit(live(item, datetime.now(UTC)), input="file", ref=f"bench:{n}")
            outcomes[outcome.outcome] = outcomes.get(outcome.outcome, 0) + 1
            if outcome.outcome == "published" and publisher.last_now is not None:
                records.append(
                    orjson.dumps(
                        {
                            "id": outcome.article_id,
                            "kind": kind,
                            "known_at": publisher.last_now.timestamp(),
                            "published_at": datetime.fromisoformat(item["published_at"]).timestamp()
                            if item.get("published_at")
                            else None,
                        }
                    )
                )
        sent_seconds = time.monotonic() - started
        publisher.flush()
        acked_seconds = time.monotonic() - started
        cpu_seconds = time.process_time() - cpu_started
    finally:
        publisher.close()
    Path(spec["out"]).write_bytes(b"\n".join(records) + b"\n")
    published = outcomes.get("published", 0)
    return {
        "published": published,
        "outcomes": outcomes,
        "send_seconds": round(sent_seconds, 3),
        "acked_seconds": round(acked_seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "rate_offered": rate,
        "rate_achieved": round(published / acked_seconds, 1) if acked_seconds else None,
        "stopped_early": stop["now"],
    }


def main() -> None:
    spec = orjson.loads(Path(sys.argv[1]).read_bytes())
    print(orjson.dumps(publish(spec)).decode(), flush=True)


if __name__ == "__main__":
    main()
