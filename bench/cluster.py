"""A private broker and Vigil worker processes for the benchmarks: start, scrape /metrics, read /proc, stop."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from tests.integration.kafka_helpers import Broker, Deployment, free_port, start_broker

ROOT = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")

__all__ = ["Broker", "Service", "Stack", "proc_memory", "proc_cpu_seconds", "start_broker", "stop_broker"]


def stop_broker(broker: Broker) -> None:
    """Stop a broker started by `start_broker` (kafka.sh stop: SIGTERM, then SIGKILL)."""
    broker.kafka_sh("stop", check=False)


def broker_pid(broker: Broker) -> int | None:
    """Process id of a broker started by kafka.sh (from its pid file), None when unknown."""
    env = broker.env
    pidfile = Path(env.get("VIGIL_STATE_DIR", "")) / f"kafka-{env.get('KAFKA_PORT', '')}" / "broker.pid"
    with suppress(OSError, ValueError):
        return int(pidfile.read_text().strip())
    return None


def proc_memory(pid: int) -> dict[str, float]:
    """Current and peak resident set size of a process in MB (VmRSS, VmHWM); empty once it is gone."""
    out: dict[str, float] = {}
    with suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out


def proc_cpu_seconds(pid: int) -> dict[str, float]:
    """User+system CPU seconds of a process: in total, in its main thread and in its other threads."""

    def ticks(stat: Path) -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15 of stat)

    out = {"total": 0.0, "main_thread": 0.0, "other_threads": 0.0}
    with suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            seconds = ticks(task / "stat")
            out["total"] += seconds
            out["main_thread" if task.name == str(pid) else "other_threads"] += seconds
    return out


def scrape(port: int, timeout: float = 2.0) -> dict[str, float]:
    """Prometheus samples of one /metrics endpoint as {'name{label="v",...}': value} (no _created)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=timeout) as response:
        text = response.read().decode()
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
            samples[f"{s.name}{{{labels}}}" if labels else s.name] = s.value
    return samples


def total(samples: dict[str, float], name: str, **labels: str) -> float:
    """Sum of the samples of one metric whose labels include `labels`."""
    wanted = [f'{k}="{v}"' for k, v in labels.items()]
    return sum(
        value
        for key, value in samples.items()
        if key.split("{", 1)[0] == name and all(w in key for w in wanted)
    )


@dataclass
class Service:
    """One worker subprocess with its metrics port."""

    name: str
    proc: subprocess.Popen[bytes]
    metrics_port: int
    peak_rss_mb: float = 0.0
    samples: dict[str, float] = field(default_factory=dict)

    def scrape(self) -> dict[str, float]:
        with suppress(OSError, ValueError):
            self.samples = scrape(self.metrics_port)
        return self.samples

    def sample_memory(self) -> dict[str, float]:
        mem = proc_memory(self.proc.pid)
        self.peak_rss_mb = max(self.peak_rss_mb, mem.get("VmHWM", 0.0), mem.get("VmRSS", 0.0))
        return mem


@dataclass
class Stack:
    """One benchmark deployment: fresh topics (a unique prefix) and the extractor and escalation workers."""

    broker: Broker
    log_dir: Path
    partitions: int = 4
    env: dict[str, str] = field(default_factory=dict)
    dep: Deployment = field(init=False)
    services: dict[str, Service] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dep = Deployment(self.broker, f"b{uuid.uuid4().hex[:8]}.", partitions=self.partitions)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.dep.create_topics()

    def start_worker(self, service: str, *, profile_to: Path | None = None) -> Service:
        """Start `vigil <service> worker` (optionally under pyinstrument) with a metrics port."""
        port = free_port()
        # The services' own defaults (log level info) unless --env overrides: at warning or above, faust's
        # worker sets the root logger to DEBUG for its terminal spinner, and every aiokafka debug call then
        # builds a LogRecord (measured: ~12 % of the extractor's send path).
        env = {f"VIGIL_{service.upper()}_METRICS_PORT": str(port), **self.env}
        if profile_to is None:
            proc = self.dep.start(service, "worker", log_dir=self.log_dir, name=service, **env)
        else:
            proc = self._start_profiled(service, profile_to, env)
        svc = Service(service, proc, port)
        self.services[service] = svc
        return svc

    def _start_profiled(self, service: str, out: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.log_dir / f"{service}-profiled.log").open("ab")
        cmd = [sys.executable, "-m", "bench.profiled", str(out), service, "worker"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=self.dep.env(**env), stdout=log, stderr=subprocess.STDOUT)
        self.dep.processes.append(proc)
        return proc

    def wait_metrics(self, timeout: float = 60.0) -> None:
        """Wait until every worker serves /metrics (raise with the logs if one died or never answered)."""
        deadline = time.monotonic() + timeout
        for svc in self.services.values():
            while not svc.scrape():
                if svc.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{svc.name} worker did not come up\n{self.dep.logs_tail()}")
                time.sleep(0.5)

    def stop(self) -> None:
        """Take a last memory reading, then stop every process (SIGTERM, then SIGKILL after 30 s)."""
        for svc in self.services.values():
            svc.sample_memory()
        self.dep.stop_all()

