"""The services' real metrics match docs/metrics.md (what the rules and dashboards are built on)."""

from __future__ import annotations

import importlib

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics import MetricWrapperBase

from tests.ops.stack import parse_metrics_contract, run

pytestmark = pytest.mark.ops

SERVICES = ("ingest", "extractor", "escalation")


def service_metrics(service: str) -> tuple[CollectorRegistry, dict[str, tuple[str, tuple[str, ...]]]]:
    """Build a service's metrics on a fresh registry: full name -> (type, label names)."""
    module = importlib.import_module(f"services.{service}.metrics")
    registry = CollectorRegistry()
    args = (["russia-ukraine"],) if service == "escalation" else ()
    built = module.build_metrics(registry, *args)
    found = {}
    for metric in built:
        assert isinstance(metric, MetricWrapperBase)
        # `_name`, `_type`, `_labelnames`: prometheus_client keeps them as the metric's identity.
        name = metric._name + ("_total" if metric._type == "counter" else "")
        found[name] = (metric._type, tuple(metric._labelnames))
    return registry, found


def test_every_contract_metric_is_built_by_its_service_with_its_labels() -> None:
    contract = parse_metrics_contract()
    built = {}
    for service in SERVICES:
        _, metrics = service_metrics(service)
        assert all(name.startswith(f"vigil_{service}_") for name in metrics), metrics
        built.update(metrics)
    assert set(built) == set(contract)
    for name, metric in contract.items():
        assert built[name] == (metric.kind, metric.labels), name


@pytest.mark.parametrize("service", SERVICES)
def test_exposition_passes_promtool_lint(promtool: str, service: str) -> None:
    """`promtool check metrics` lints names and units of what the service serves."""
    registry, _ = service_metrics(service)
    text = generate_latest(registry).decode()
    assert f"vigil_{service}_" in text
    result = run([promtool, "check", "metrics"], input=text)
    assert result.returncode == 0, result.stdout + result.stderr
