"""Real Prometheus and Alertmanager on loopback for tests: rendered configs, a webhook sink, deadlines."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
PROMETHEUS_CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULE_FILES: tuple[Path, ...] = tuple(sorted((PROMETHEUS_DIR / "rules").glob("*.yml")))
ALERTMANAGER_CONFIG = REPO / "deploy" / "alertmanager" / "alertmanager.yml"
METRICS_CONTRACT = REPO / "docs" / "metrics.md"
# The webhook host:port the committed alertmanager.yml sends to; tests substitute their own receiver.
COMMITTED_WEBHOOK_BASE = "http://127.0.0.1:9097"
VIGIL_JOBS: dict[str, int] = {"vigil-ingest": 9101, "vigil-extractor": 9102, "vigil-escalation": 9103}

T = TypeVar("T")


def require_binary(name: str) -> str:
    """Path of an executable; a missing one fails under CI=true and skips elsewhere."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is not installed (apt-get install prometheus prometheus-alertmanager)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a tool and capture its text output (never raises on a non-zero exit)."""
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False, **kwargs)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(
    probe: Callable[[], T], *, timeout: float, interval: float = 0.25, what: str = "condition"
) -> T:
    """Call `probe` until it returns something truthy and return that; raise TimeoutError at the deadline."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            result = probe()
            if result:
                return result
        except (OSError, ValueError) as exc:  # not listening yet, or a half-written answer
            last_error = exc
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what} not reached within {timeout:.0f}s (last error: {last_error!r})")
        time.sleep(interval)


def http_json(url: str, *, data: Any = None, timeout: float = 5.0) -> Any:
    """GET (or POST `data` as JSON to) `url` and decode the JSON answer."""
    body = None if data is None else json.dumps(data).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def http_ok(url: str) -> bool:
    """Whether `url` answers 200."""
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200


# --- configuration rendering -------------------------------------------------------------------

def render_prometheus_config(
    targets: Mapping[str, Sequence[str]],
    *,
    alertmanager: str | None = None,
    rule_files: Sequence[Path] = RULE_FILES,
    interval: str = "1s",
) -> dict[str, Any]:
    """The committed prometheus.yml with other targets, Alertmanager, rule files and intervals.

    `targets` maps a job name to host:port strings; the committed jobs it does not name are dropped,
    so only what the test runs is scraped.
    """
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text(encoding="utf-8"))
    config["global"].update(scrape_interval=interval, evaluation_interval=interval, scrape_timeout=interval)
    config["rule_files"] = [str(Path(p).resolve()) for p in rule_files]
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    unknown = set(targets) - set(jobs)
    if unknown:
        raise ValueError(f"jobs not in prometheus.yml: {sorted(unknown)}")
    config["scrape_configs"] = [
        {**jobs[name], "static_configs": [{"targets": list(hosts)}]} for name, hosts in targets.items()
    ]
    if alertmanager is None:
        config.pop("alerting", None)
    else:
        config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [alertmanager]}]}]}
    return config


def render_rules(
    workdir: Path, for_overrides: Mapping[str, str], rule_files: Sequence[Path] = RULE_FILES
) -> list[Path]:
    """Copies of the rule files in `workdir` with the `for` of the named alerts replaced."""
    rendered = []
    seen: set[str] = set()
    for path in rule_files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for group in doc["groups"]:
            for rule in group["rules"]:
                if rule.get("alert") in for_overrides:
                    rule["for"] = for_overrides[rule["alert"]]
                    seen.add(rule["alert"])
        out = workdir / path.name
        out.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        rendered.append(out)
    missing = set(for_overrides) - seen
    if missing:
        raise ValueError(f"no such alerts: {sorted(missing)}")
    return rendered


def render_alertmanager_config(
    webhook_base: str, *, group_wait: str = "1s", group_interval: str = "1s"
) -> str:
    """The committed alertmanager.yml sending to `webhook_base` with short grouping delays."""
    config = yaml.safe_load(ALERTMANAGER_CONFIG.read_text(encoding="utf-8"))
    config["route"].update(group_wait=group_wait, group_interval=group_interval)
    for receiver in config["receivers"]:
        for hook in receiver.get("webhook_configs", []):
            if not hook["url"].startswith(COMMITTED_WEBHOOK_BASE):
                raise ValueError(f"unexpected webhook url {hook['url']}")
            hook["url"] = webhook_base + hook["url"][len(COMMITTED_WEBHOOK_BASE):]
    return yaml.safe_dump(config, sort_keys=False)


# --- processes -------------------------------------------------------------------------------

@dataclass
class ManagedProcess:
    """A server process started by a test; `stop()` ends it and returns its log."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        return self.log()


def _start(name: str, argv: list[str], url: str, workdir: Path, timeout: float) -> ManagedProcess:
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    managed = ManagedProcess(name, url, process, log_path)

    def ready() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{managed.log()}")
        return http_ok(f"{url}/-/ready")

    try:
        wait_until(ready, timeout=timeout, what=f"{name} ready at {url}")
    except BaseException:
        managed.stop()
        raise
    return managed


def start_prometheus(
    workdir: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    alertmanager: str | None = None,
    rule_files: Sequence[Path] = RULE_FILES,
    interval: str = "1s",
    timeout: float = 60.0,
) -> ManagedProcess:
    """Start Debian's `prometheus` on a free loopback port scraping `targets` (job -> host:port list)."""
    binary = require_binary("prometheus")
    workdir.mkdir(parents=True, exist_ok=True)
    config = render_prometheus_config(
        targets, alertmanager=alertmanager, rule_files=rule_files, interval=interval
    )
    config_path = workdir / "prometheus.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    port = free_port()
    argv = [
        binary, f"--config.file={config_path}", f"--storage.tsdb.path={workdir / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
    ]
    return _start("prometheus", argv, f"http://127.0.0.1:{port}", workdir, timeout)


def start_alertmanager(
    workdir: Path,
    webhook_base: str,
    *,
    group_wait: str = "1s",
    group_interval: str = "1s",
    timeout: float = 60.0,
) -> ManagedProcess:
    """Start Debian's `prometheus-alertmanager` (no clustering) sending its webhooks to `webhook_base`."""
    binary = require_binary("prometheus-alertmanager")
    workdir.mkdir(parents=True, exist_ok=True)
    config_path = workdir / "alertmanager.yml"
    config_path.write_text(
        render_alertmanager_config(webhook_base, group_wait=group_wait, group_interval=group_interval),
        encoding="utf-8",
    )
    port = free_port()
    argv = [
        binary, f"--config.file={config_path}", f"--storage.path={workdir / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=", "--log.level=warn",
    ]
    return _start("alertmanager", argv, f"http://127.0.0.1:{port}", workdir, timeout)


class QueryRejected(AssertionError):
    """Prometheus refused a query (bad syntax, unknown function): a test error, never worth waiting for."""


def prometheus_query(url: str, expr: str) -> dict[str, Any]:
    """Run an instant query; return the whole API answer (status, data). A query Prometheus refuses (4xx, with
    status "error") raises QueryRejected with its message, which `wait_until` does not retry."""
    try:
        return http_json(f"{url}/api/v1/query?" + urllib.parse.urlencode({"query": expr}))
    except urllib.error.HTTPError as exc:
        if 400 <= exc.code < 500:
            answer = json.loads(exc.read() or b"{}")
            raise QueryRejected(f"{expr!r}: {answer.get('errorType')}: {answer.get('error')}") from exc
        raise


# --- webhook sink ----------------------------------------------------------------------------

@dataclass
class Notification:
    """One webhook POST from Alertmanager."""

    path: str
    payload: dict[str, Any]

    def alerts(self) -> list[dict[str, Any]]:
        return self.payload.get("alerts", [])


@dataclass
class WebhookReceiver:
    """A stdlib HTTP server on loopback recording every JSON POST it gets."""

    notifications: list[Notification] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "receiver not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
                length = int(self.headers.get("Content-Length", "0"))
                payload = json.loads(self.rfile.read(length) or b"{}")
                with receiver._lock:
                    receiver.notifications.append(Notification(self.path, payload))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:  # keep pytest output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def received(self) -> list[Notification]:
        with self._lock:
            return list(self.notifications)

    def alerts_at(self, path: str) -> list[dict[str, Any]]:
        """Every alert delivered to `path` so far."""
        return [alert for note in self.received() if note.path == path for alert in note.alerts()]

    def wait_for_alert(self, path: str, labels: Mapping[str, str], *, status: str = "firing",
                       timeout: float = 60.0) -> dict[str, Any]:
        """Wait until an alert with these labels (a subset) and status reaches `path`; return it."""
        def match() -> dict[str, Any] | None:
            for alert in self.alerts_at(path):
                if alert.get("status") == status and labels.items() <= alert.get("labels", {}).items():
                    return alert
            return None

        return wait_until(match, timeout=timeout, what=f"{status} alert {dict(labels)} at {path}")


# --- the metrics contract ----------------------------------------------------------------------

@dataclass(frozen=True)
class ContractMetric:
    """One row of docs/metrics.md."""

    name: str
    kind: str
    labels: tuple[str, ...]
    values: Mapping[str, tuple[str, ...]]  # label -> the values the contract lists (may be empty)


_ROW = re.compile(r"^\|\s*`(vigil_[a-z0-9_]+)`\s*\|\s*(\w+)\s*\|(.*?)\|")
_VALUE = re.compile(r"^[a-z_]+$")


def parse_metrics_contract(path: Path = METRICS_CONTRACT) -> dict[str, ContractMetric]:
    """The metrics table of docs/metrics.md: name, type, label names and any enumerated label values."""
    metrics: dict[str, ContractMetric] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        name, kind, column = match.groups()
        names = tuple(re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", column)))
        values = {}
        for label in names:
            listed = re.search(rf"`{label}`\s*\(([^)]*)\)", column)
            options = [v.strip() for v in listed.group(1).split(",")] if listed else []
            # Prose such as "configured feed names" enumerates nothing.
            values[label] = tuple(options) if all(map(_VALUE.match, options)) else ()
        metrics[name] = ContractMetric(name, kind, names, values)
    return metrics


def exposed_series_names(metric: ContractMetric) -> set[str]:
    """The sample names Prometheus stores for a contract metric (histograms have three)."""
    if metric.kind == "histogram":
        return {f"{metric.name}_bucket", f"{metric.name}_sum", f"{metric.name}_count"}
    return {metric.name}
