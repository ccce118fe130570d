"""The test harness itself: CI turns a missing tool into a failure, and the renderers keep the contract."""

from __future__ import annotations

import pytest
import yaml

from tests.ops.stack import (
    COMMITTED_WEBHOOK_BASE,
    VIGIL_JOBS,
    parse_metrics_contract,
    render_alertmanager_config,
    render_prometheus_config,
    require_binary,
)

pytestmark = pytest.mark.ops


def test_missing_tool_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="not installed"):
        require_binary("vigil-no-such-tool")


def test_missing_tool_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_binary("vigil-no-such-tool")


def test_rendered_prometheus_config_keeps_jobs_and_swaps_targets() -> None:
    config = render_prometheus_config({"vigil-extractor": ["127.0.0.1:4242"]}, alertmanager="127.0.0.1:4343")
    assert [job["job_name"] for job in config["scrape_configs"]] == ["vigil-extractor"]
    assert config["scrape_configs"][0]["static_configs"] == [{"targets": ["127.0.0.1:4242"]}]
    assert config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] == ["127.0.0.1:4343"]
    assert config["global"]["evaluation_interval"] == "1s"
    with pytest.raises(ValueError, match="vigil-typo"):
        render_prometheus_config({"vigil-typo": ["127.0.0.1:1"]})


def test_committed_prometheus_config_uses_the_contract_ports() -> None:
    config = render_prometheus_config({job: [f"127.0.0.1:{port}"] for job, port in VIGIL_JOBS.items()})
    assert {job["job_name"] for job in config["scrape_configs"]} == set(VIGIL_JOBS)
    assert "alerting" not in config


def test_rendered_alertmanager_config_sends_to_the_test_receiver() -> None:
    text = render_alertmanager_config("http://127.0.0.1:5555")
    assert COMMITTED_WEBHOOK_BASE not in text
    config = yaml.safe_load(text)
    urls = {hook["url"] for r in config["receivers"] for hook in r["webhook_configs"]}
    assert urls == {"http://127.0.0.1:5555/pager", "http://127.0.0.1:5555/ops"}
    assert config["route"]["group_wait"] == "1s"


def test_metrics_contract_parses() -> None:
    contract = parse_metrics_contract()
    assert len(contract) >= 20
    assert contract["vigil_escalation_alerts_active"].labels == ("theatre", "severity")
    assert contract["vigil_ingest_articles_total"].values["outcome"] == ("published", "duplicate", "rejected")
    assert contract["vigil_extractor_processing_duration_seconds"].kind == "histogram"
    assert contract["vigil_ingest_dlq_messages_total"].values["reason"] == ()  # prose, not a value list
