"""The broker's own ceiling: Kafka's ProducerPerformance with article-sized records, acks=all."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient

from bench.cluster import ROOT, Broker

KAFKA_SH = ROOT / "deploy" / "kafka" / "kafka.sh"
PERF_CLASS = "org.apache.kafka.tools.ProducerPerformance"
# The last line of ProducerPerformance, e.g. "50000 records sent, 9975.1 records/sec (29.31 MB/sec), 41.2 ms avg
# latency, 402.0 ms max latency, 30 ms 50th, 110 ms 95th, 190 ms 99th, 390 ms 99.9th."
_SUMMARY = re.compile(
    r"(?P<records>\d+) records sent, (?P<rps>[\d.]+) records/sec \((?P<mbps>[\d.]+) MB/sec\), "
    r"(?P<avg>[\d.]+) ms avg latency, (?P<max>[\d.]+) ms max latency, (?P<p50>\d+) ms 50th, "
    r"(?P<p95>\d+) ms 95th, (?P<p99>\d+) ms 99th"
)

# Two producer configurations: the one ingest uses (kafka-python Publisher: acks=all, idempotent, linger 5 ms,
# default 16 KB batches), and a batching one that shows how far the broker goes when clients batch harder.
CONFIGS: dict[str, list[str]] = {
    "ingest-like": ["acks=all", "enable.idempotence=true", "linger.ms=5"],
    "batched": ["acks=all", "enable.idempotence=true", "linger.ms=20", "batch.size=262144"],
}


def parse_summary(output: str) -> dict[str, float]:
    """The figures of ProducerPerformance's final summary line (raise when it is missing)."""
    matches = list(_SUMMARY.finditer(output))
    if not matches:
        raise RuntimeError(f"no ProducerPerformance summary in its output:\n{output[-2000:]}")
    found = matches[-1].groupdict()
    return {
        "records": int(found["records"]),
        "records_per_s": float(found["rps"]),
        "mb_per_s": float(found["mbps"]),
        "latency_avg_ms": float(found["avg"]),
        "latency_max_ms": float(found["max"]),
        "latency_p50_ms": float(found["p50"]),
        "latency_p95_ms": float(found["p95"]),
        "latency_p99_ms": float(found["p99"]),
    }


def classpath(broker: Broker) -> str:
    """The broker's jar classpath from kafka.sh (kafka-tools is on it)."""
    return broker.kafka_sh("classpath").stdout.strip().splitlines()[-1]


def create_topic(broker: Broker, name: str, partitions: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        admin.create_topics(
            {name: {"num_partitions": partitions, "replication_factor": 1}}, wait_for_metadata=True
        )
    finally:
        admin.close()


def producer_perf(
    broker: Broker, payload_file: Path, *, topic: str, records: int, props: list[str], timeout: float = 600.0
) -> dict[str, Any]:
    """Run ProducerPerformance unthrottled with payloads drawn from `payload_file` (one record per line)."""
    cmd = [
        "java",
        "-Xmx512m",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        f"-Dlog4j.configuration=file:{ROOT / 'deploy' / 'kafka' / 'log4j.properties'}",
        "-cp",
        classpath(broker),
        PERF_CLASS,
        "--topic",
        topic,
        "--num-records",
        str(records),
        "--throughput",
        "-1",
        "--payload-file",
        str(payload_file),
        "--producer-props",
        f"bootstrap.servers={broker.bootstrap}",
        *props,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ProducerPerformance failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return {**parse_summary(done.stdout), "props": props}


def write_payloads(lines: list[bytes], path: Path) -> dict[str, float]:
    """Write one JSON payload per line (ProducerPerformance picks lines at random); return size statistics."""
    if any(b"\n" in line for line in lines):
        raise ValueError("a payload contains a newline; ProducerPerformance splits the file on newlines")
    path.write_bytes(b"\n".join(lines) + b"\n")
    sizes = sorted(len(line) for line in lines)
    return {
        "payloads": len(sizes),
        "bytes_mean": sum(sizes) / len(sizes),
        "bytes_median": sizes[len(sizes) // 2],
        "bytes_min": sizes[0],
        "bytes_max": sizes[-1],
    }


def run_ceiling(
    broker: Broker, payloads: list[bytes], work: Path, *, records: int, partitions: int = 4
) -> dict[str, Any]:
    """ProducerPerformance for each producer configuration, each on its own topic."""
    sizes = write_payloads(payloads, work / "payloads.txt")
    results: dict[str, Any] = {"payload": sizes, "partitions": partitions, "configs": {}}
    for name, props in CONFIGS.items():
        topic = f"bench-ceiling-{name}"
        create_topic(broker, topic, partitions)
        results["configs"][name] = producer_perf(
            broker, work / "payloads.txt", topic=topic, records=records, props=props
        )
    return results
