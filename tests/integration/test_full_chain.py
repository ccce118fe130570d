"""The whole chain for real: broker, services, Prometheus scraping them and Alertmanager paging a webhook."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.integration.kafka_helpers import Deployment, free_port, metric_value, wait_for
from tests.ops.grafana_model import targets
from tests.ops.stack import (
    WebhookReceiver,
    http_json,
    prometheus_query,
    render_rules,
    start_alertmanager,
    start_prometheus,
)

pytestmark = [pytest.mark.integration, pytest.mark.ops]


def serves_own_metrics(port: int, service: str) -> bool:
    """Whether the service's /metrics answers with its own metric families (not only that the port is open)."""
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return f"# TYPE vigil_{service}_" in response.read().decode()
DEMO = Path(__file__).resolve().parents[2] / "deploy" / "demo" / "feed.jsonl"
CRISIS_UNTIL = "2026-10-01"  # the demo's build-up: the alert is open (critical) when the feed stops here
DATA_PANELS = ("vigil_escalation_index", "vigil_extractor_events_total", "vigil_ingest_articles_total")


def test_a_crisis_fires_in_prometheus_and_pages_through_alertmanager(deployment: Deployment, tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("ingest", "extractor", "escalation", "http")}
    deployment.start(
        "extractor", "worker", log_dir=tmp_path, name="extractor", VIGIL_EXTRACTOR_METRICS_PORT=str(ports["extractor"])
    )
    deployment.start(
        "escalation",
        "worker",
        log_dir=tmp_path,
        name="escalation",
        VIGIL_ESCALATION_METRICS_PORT=str(ports["escalation"]),
    )
    deployment.start(
        "ingest",
        "serve",
        log_dir=tmp_path,
        name="ingest",
        VIGIL_INGEST_METRICS_PORT=str(ports["ingest"]),
        VIGIL_INGEST_HTTP_PORT=str(ports["http"]),
    )
    webhook = WebhookReceiver().start()
    alertmanager = start_alertmanager(tmp_path / "am", webhook.base_url)
    rules = render_rules(tmp_path, {"VigilEscalationWarning": "1s", "VigilEscalationCritical": "1s"})
    prometheus = start_prometheus(
        tmp_path / "prom",
        {f"vigil-{name}": [f"127.0.0.1:{ports[name]}"] for name in ("ingest", "extractor", "escalation")},
        alertmanager=alertmanager.url.removeprefix("http://"),
        rule_files=rules,
    )
    try:
        for name in ("ingest", "extractor", "escalation"):
            wait_for(
                lambda n=name: (
                    serves_own_metrics(ports[n], n)
                    and prometheus_query(prometheus.url, f'up{{job="vigil-{n}"}} == 1')["data"]["result"] != []
                ),
                timeout=90,
                what=f"Prometheus scraping vigil-{name}",
                describe=deployment.logs_tail,
            )
        articles = sorted(
            (orjson.loads(line) for line in DEMO.read_text().splitlines() if line.strip()),
            key=lambda a: a["published_at"],
        )
        crisis = [a for a in articles if a["published_at"] < CRISIS_UNTIL]
        processed = 'vigil_extractor_articles_total{outcome="processed"}'
        for count, article in enumerate(crisis, start=1):
            # a live source: in event-time order, each article extracted before the next one arrives (a burst
            # of weeks of news in a second is a backfill, which the README's "Guarantees" treats apart)
            reply = http_json(f"http://127.0.0.1:{ports['http']}/articles", data=article, timeout=30)
            assert reply["results"][0]["outcome"] == "published"
            wait_for(
                lambda n=count: metric_value(ports["extractor"], processed) >= n,
                timeout=60,
                what=f"article {count} extracted",
                describe=deployment.logs_tail,
            )

        labels = {"alertname": "VigilEscalationCritical", "theatre": "venezuela-guyana", "severity": "critical"}
        paged = webhook.wait_for_alert("/pager", labels, timeout=180)
        assert paged["annotations"]["runbook_url"] and paged["annotations"]["summary"]
        firing = prometheus_query(prometheus.url, 'ALERTS{alertstate="firing",theatre="venezuela-guyana"}')
        assert {r["metric"]["alertname"] for r in firing["data"]["result"]} >= {"VigilEscalationCritical"}
        # the raise and the escalation are decided by early checks on the router's ticks; each tick carries the
        # known_at of the event that sent it, so both alerts have a measured article-to-alert latency
        assert metric_value(ports["escalation"], "vigil_escalation_event_to_alert_seconds_count") >= 2

        for target in targets():  # every dashboard query is valid against the live services
            answer = prometheus_query(prometheus.url, target.promql(rate_interval="1m"))
            assert answer["status"] == "success", f"{target.dashboard}/{target.panel}: {answer}"
            if any(name in target.expr for name in DATA_PANELS):
                assert answer["data"]["result"], f"{target.dashboard}/{target.panel} returned no data"
    finally:
        prometheus.stop()
        alertmanager.stop()
        webhook.stop()
