"""Live: real Prometheus scrapes a contract exporter, answers every dashboard query, and fires an
escalation alert that real Alertmanager routes to a webhook, with the warning inhibited."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from tests.ops.grafana_model import targets
from tests.ops.stack import (
    ContractMetric,
    ManagedProcess,
    QueryRejected,
    WebhookReceiver,
    free_port,
    http_json,
    parse_metrics_contract,
    prometheus_query,
    render_rules,
    start_alertmanager,
    start_prometheus,
    wait_until,
)

pytestmark = pytest.mark.ops

# Label values for labels whose contract row names no fixed set.
SAMPLE_VALUES: Mapping[str, tuple[str, ...]] = {
    "theatre": ("russia-ukraine", "taiwan-strait"),
    "severity": ("warning", "critical"),
    "reason": ("invalid_json", "invalid_schema"),
    "feed": ("wire-a",),
    "source": ("example-wire", "other"),
    "type": ("troop_movement", "military_drill", "diplomatic_statement"),
    "subtype": ("buildup", "exercise"),
    "topic": ("articles.raw.v1",),
}
# Open alerts: a critical and a warning for russia-ukraine (the warning must be inhibited), a warning
# for taiwan-strait (it must reach the ops webhook).
OPEN_ALERTS = {("russia-ukraine", "critical"), ("russia-ukraine", "warning"), ("taiwan-strait", "warning")}
FAST_FOR = {"VigilEscalationWarning": "1s", "VigilEscalationCritical": "1s"}


def label_sets(metric: ContractMetric) -> list[dict[str, str]]:
    choices = [metric.values.get(label) or SAMPLE_VALUES[label] for label in metric.labels]
    return [dict(zip(metric.labels, combo, strict=True)) for combo in itertools.product(*choices)]


def gauge_value(name: str, labels: dict[str, str]) -> float:
    if name == "vigil_escalation_alerts_active":
        return 1.0 if (labels["theatre"], labels["severity"]) in OPEN_ALERTS else 0.0
    if name == "vigil_escalation_open_index":
        return 31.5  # the open window (early checks) runs ahead of the last closed window
    if name.endswith("_timestamp_seconds"):
        return time.time() - 60  # a feed that published a minute ago
    return 3.5


def contract_registry() -> CollectorRegistry:
    """A registry with every metric of docs/metrics.md, each labelled series holding a sample value."""
    registry = CollectorRegistry()
    for metric in parse_metrics_contract().values():
        # prometheus_client appends `_total` to counters itself.
        base = metric.name.removesuffix("_total") if metric.kind == "counter" else metric.name
        kind = {"counter": Counter, "gauge": Gauge, "histogram": Histogram}[metric.kind]
        collector = kind(base, metric.name, metric.labels, registry=registry)
        for labels in label_sets(metric) or [{}]:
            child = collector.labels(**labels) if labels else collector
            if metric.kind == "counter":
                child.inc(7)
            elif metric.kind == "gauge":
                child.set(gauge_value(metric.name, labels))
            else:
                for seconds in (0.02, 0.3, 1.2):
                    child.observe(seconds)
    return registry


@dataclass
class LiveStack:
    prometheus: ManagedProcess
    alertmanager: ManagedProcess
    webhook: WebhookReceiver


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    workdir: Path = tmp_path_factory.mktemp("live-ops")
    port = free_port()
    server, _ = start_http_server(port, addr="127.0.0.1", registry=contract_registry())
    webhook = WebhookReceiver().start()
    started: list[ManagedProcess] = []
    try:
        alertmanager = start_alertmanager(workdir / "alertmanager", webhook.base_url)
        started.append(alertmanager)
        rules = render_rules(workdir, FAST_FOR)
        exporter = [f"127.0.0.1:{port}"]
        prometheus = start_prometheus(
            workdir / "prometheus",
            {"vigil-ingest": exporter, "vigil-extractor": exporter, "vigil-escalation": exporter},
            alertmanager=alertmanager.url.removeprefix("http://"),
            rule_files=rules,
        )
        started.append(prometheus)
        yield LiveStack(prometheus, alertmanager, webhook)
    finally:
        for process in reversed(started):
            process.stop()
        webhook.stop()
        server.shutdown()
        server.server_close()


def test_every_dashboard_query_returns_data(live: LiveStack) -> None:
    """Each target, variables filled in, answers `success` with at least one series."""
    pending = {t: t.promql(rate_interval="15s") for t in targets()}
    answers: dict = {}

    def all_answered() -> bool:
        for target, expr in list(pending.items()):
            answer = prometheus_query(live.prometheus.url, expr)
            assert answer["status"] == "success", (target, answer)
            if answer["data"]["result"]:
                answers[target] = answer
                del pending[target]
        return not pending

    try:
        wait_until(all_answered, timeout=90, interval=1, what="data for every dashboard query")
    except TimeoutError:
        missing = [(t.panel, expr) for t, expr in pending.items()]
        pytest.fail(f"no data for: {missing}\n{live.prometheus.log()}")
    assert len(answers) == len(targets())
    index = answers[next(t for t in targets() if t.expr.startswith("theatre:vigil_escalation_index:max"))]
    assert {s["metric"]["theatre"] for s in index["data"]["result"]} == {"russia-ukraine", "taiwan-strait"}


def test_bad_promql_is_reported_as_an_error(live: LiveStack) -> None:
    """The query check can fail: a syntax error comes back at once as Prometheus's own message, not a retry."""
    with pytest.raises(QueryRejected, match="bad_data: .*parse error"):
        prometheus_query(live.prometheus.url, "sum by (theatre (vigil_escalation_index)")


def test_critical_escalation_reaches_the_pager(live: LiveStack) -> None:
    alert = live.webhook.wait_for_alert(
        "/pager", {"alertname": "VigilEscalationCritical", "theatre": "russia-ukraine"}, timeout=90)
    assert alert["labels"]["severity"] == "critical"
    assert alert["annotations"]["runbook_url"] == "deploy/RUNBOOK.md#vigilescalationcritical"
    assert alert["annotations"]["summary"] == "Critical escalation for russia-ukraine"
    assert "Open-window index: 31.50; last closed window: 3.50." in alert["annotations"]["description"]


def test_warning_goes_to_ops_and_is_inhibited_by_a_critical(live: LiveStack) -> None:
    live.webhook.wait_for_alert(
        "/ops", {"alertname": "VigilEscalationWarning", "theatre": "taiwan-strait"}, timeout=90)

    def russia_warning_state() -> str | None:
        for alert in http_json(f"{live.alertmanager.url}/api/v2/alerts"):
            wanted = {"alertname": "VigilEscalationWarning", "theatre": "russia-ukraine"}
            if wanted.items() <= alert["labels"].items():
                return alert["status"]["state"]
        return None

    state = wait_until(russia_warning_state, timeout=60, what="russia-ukraine warning in Alertmanager")
    assert state == "suppressed"
    delivered = [a["labels"].get("theatre") for a in live.webhook.alerts_at("/ops")
                 if a["labels"].get("alertname") == "VigilEscalationWarning"]
    assert "russia-ukraine" not in delivered
    pager_alertnames = {a["labels"]["alertname"] for a in live.webhook.alerts_at("/pager")}
    assert "VigilEscalationWarning" not in pager_alertnames
