"""Helpers for tests against the real broker: a private broker, unique topics, worker processes, deadlines."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kafka import KafkaConsumer, KafkaProducer
from pydantic import BaseModel

from services.common.settings import KafkaSettings
from services.common.topics import create_topics, load_topics

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SH = ROOT / "deploy" / "kafka" / "kafka.sh"
VIGIL = [sys.executable, "-m", "services.cli"]
M = TypeVar("M", bound=BaseModel)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Broker:
    """A KRaft broker started by kafka.sh for the test session (or an external one)."""

    bootstrap: str
    env: dict[str, str]
    log: Path | None

    def kafka_sh(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(KAFKA_SH), *args], env=self.env, check=check, capture_output=True, text=True)

    def log_tail(self, lines: int = 40) -> str:
        if self.log is None or not self.log.exists():
            return "(no broker log)"
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def start_broker(state_dir: Path, port: int | None = None, extra_env: dict[str, str] | None = None) -> Broker:
    """Start a private broker on free loopback ports and wait until it answers (raise when it does not)."""
    port = port or free_port()
    env = {
        **os.environ,
        "KAFKA_PORT": str(port),
        "KAFKA_CONTROLLER_PORT": str(free_port()),
        "VIGIL_STATE_DIR": str(state_dir),
        "VIGIL_PYTHON": sys.executable,
        **(extra_env or {}),
    }
    broker = Broker(f"127.0.0.1:{port}", env, state_dir / f"kafka-{port}" / "broker.log")
    started = broker.kafka_sh("start", check=False)
    if started.returncode != 0:
        raise RuntimeError(f"kafka.sh start failed:\n{started.stdout}\n{started.stderr}\n{broker.log_tail()}")
    result = broker.kafka_sh("wait", "120", check=False)
    if result.returncode != 0:
        broker.kafka_sh("stop", check=False)
        raise RuntimeError(f"the test broker did not start:\n{result.stderr}\n{broker.log_tail()}")
    return broker


@dataclass
class Deployment:
    """One test's own topics (a unique prefix) on the broker, and the environment for its processes."""

    broker: Broker
    prefix: str
    partitions: int = 2
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    @property
    def kafka(self) -> KafkaSettings:
        return KafkaSettings(bootstrap=self.broker.bootstrap, topic_prefix=self.prefix)

    def topic(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def env(self, **extra: str) -> dict[str, str]:
        return {
            **os.environ,
            "KAFKA_BOOTSTRAP": self.broker.bootstrap,
            "KAFKA_TOPIC_PREFIX": self.prefix,
            "VIGIL_EXTRACTOR_PARTITIONS": str(self.partitions),
            "VIGIL_ESCALATION_PARTITIONS": str(self.partitions),
            "VIGIL_EXTRACTOR_METRICS_PORT": "0",
            "VIGIL_ESCALATION_METRICS_PORT": "0",
            "VIGIL_INGEST_METRICS_PORT": "0",
            "PYTHONUNBUFFERED": "1",
            "VIGIL_FAUST_APP_DATADIR": str(Path(tempfile.gettempdir()) / f"vigil-test-{self.prefix}{{conf.name}}-data"),
            **extra,
        }

    def create_topics(self) -> None:
        create_topics(self.kafka, load_topics(partitions=self.partitions))

    def start(self, *args: str, log_dir: Path, name: str, **env: str) -> subprocess.Popen[bytes]:
        """Start a `vigil` subcommand (e.g. a worker) with this deployment's settings; output to a log file."""
        log = log_dir / f"{name}.log"
        handle = log.open("ab")
        proc = subprocess.Popen([*VIGIL, *args], cwd=ROOT, env=self.env(**env), stdout=handle, stderr=subprocess.STDOUT)
        self.processes.append(proc)
        self.logs.append(log)
        return proc

    def stop_all(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.processes.clear()

    def logs_tail(self, lines: int = 30) -> str:
        parts = []
        for log in self.logs:
            text = log.read_text(errors="replace").splitlines()[-lines:] if log.exists() else []
            parts.append(f"--- {log.name}\n" + "\n".join(text))
        return "\n".join(parts)

    def producer(self) -> KafkaProducer:
        return KafkaProducer(bootstrap_servers=self.broker.bootstrap, acks="all", enable_idempotence=True)

    def consumer(self, *names: str) -> KafkaConsumer:
        return KafkaConsumer(
            *[self.topic(n) for n in names],
            bootstrap_servers=self.broker.bootstrap,
            group_id=f"{self.prefix}test-reader-{uuid.uuid4().hex[:6]}",
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )


def unique_prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}."


def read_until(
    consumer: KafkaConsumer,
    done: Callable[[list[tuple[str, bytes]]], bool],
    *,
    timeout: float,
    describe: Callable[[], str] = lambda: "",
) -> list[tuple[str, bytes]]:
    """Poll (topic, value) records until `done(records)` or the deadline; fail with context on the deadline."""
    records: list[tuple[str, bytes]] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend((r.topic, r.value) for r in batch)
        if done(records):
            return records
    raise AssertionError(f"deadline of {timeout:.0f}s passed with {len(records)} records read\n{describe()}")


def decode(records: Iterable[tuple[str, bytes]], model: type[M], topic_suffix: str) -> list[M]:
    """Decode with the contract model the records of topics ending in `topic_suffix`."""
    return [model.model_validate_json(value) for topic, value in records if topic.endswith(topic_suffix)]


def read_to_end(dep: Deployment, *names: str, timeout: float = 60.0) -> list[tuple[str, bytes]]:
    """Every record currently in the topics: read until each partition's position reaches its end offset."""
    from kafka import TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=dep.broker.bootstrap, enable_auto_commit=False, group_id=None)
    try:
        partitions = [
            TopicPartition(dep.topic(name), p)
            for name in names
            for p in sorted(consumer.partitions_for_topic(dep.topic(name)) or [])
        ]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        records: list[tuple[str, bytes]] = []
        deadline = time.monotonic() + timeout
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            if time.monotonic() > deadline:
                raise AssertionError(f"could not read {names} to the end within {timeout}s")
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend((r.topic, r.value) for r in batch)
        return records
    finally:
        consumer.close()


def metric_value(port: int, sample: str) -> float:
    """The value of one sample line (name with labels, exactly as exposed) of a /metrics endpoint, 0 if absent."""
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        for line in response.read().decode().splitlines():
            if line.startswith(sample + " "):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def wait_for(
    condition: Callable[[], bool], *, timeout: float, what: str, describe: Callable[[], str] = lambda: ""
) -> None:
    """Poll `condition` until true or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass  # endpoint not up yet
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n{describe()}")
