"""Grafana as code: drift, PromQL validity (promtool), provisioned data sources, contract metrics, lints."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from tests.ops.grafana_model import (
    DASHBOARD_FILES,
    GRAFANA_DIR,
    dashboards,
    load_generator,
    panels,
    targets,
)
from tests.ops.stack import REPO, RULE_FILES, exposed_series_names, parse_metrics_contract, run

pytestmark = pytest.mark.ops

PROVISIONING = GRAFANA_DIR / "provisioning"


def provisioned_datasources() -> dict[str, dict]:
    sources = {}
    for path in (PROVISIONING / "datasources").glob("*.yaml"):
        for source in yaml.safe_load(path.read_text())["datasources"]:
            sources[source["uid"]] = source
    return sources


def recording_rules() -> set[str]:
    return {rule["record"] for path in RULE_FILES for group in yaml.safe_load(path.read_text())["groups"]
            for rule in group["rules"] if "record" in rule}


def test_committed_json_equals_the_generator() -> None:
    rendered = load_generator().render()
    assert sorted(rendered) == sorted(p.name for p in DASHBOARD_FILES) == [
        "escalation-overview.json", "pipeline-health.json"]
    for path in DASHBOARD_FILES:
        assert path.read_text(encoding="utf-8") == rendered[path.name], f"{path.name} drifted: regenerate"


def test_check_mode_reports_drift(tmp_path: Path) -> None:
    script = str(GRAFANA_DIR / "generate.py")
    assert run([sys.executable, script, "--check"]).returncode == 0
    assert run([sys.executable, script, "--out", str(tmp_path)]).returncode == 0
    edited = tmp_path / "pipeline-health.json"
    edited.write_text(edited.read_text().replace("Pipeline health", "Pipeline wealth"))
    result = run([sys.executable, script, "--check", "--out", str(tmp_path)])
    assert result.returncode == 1
    assert "Pipeline wealth" in result.stdout


def test_every_expression_parses_with_promtool(promtool: str, tmp_path: Path) -> None:
    """Each target as a recording rule: promtool parses it with Prometheus' own PromQL parser."""
    exprs = [t.promql() for t in targets()]
    assert len(exprs) >= 25
    rules = {"groups": [{"name": "dashboards", "rules": [
        {"record": f"lint:dashboard_target_{i}", "expr": expr} for i, expr in enumerate(exprs)]}]}
    path = tmp_path / "dashboard-exprs.yml"
    path.write_text(yaml.safe_dump(rules))
    result = run([promtool, "check", "rules", str(path)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_promtool_rejects_a_broken_expression(promtool: str, tmp_path: Path) -> None:
    """The check above can fail: an unbalanced expression is an error."""
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "x", "rules": [
        {"record": "lint:broken", "expr": "sum by (theatre (vigil_escalation_index)"}]}]}))
    assert run([promtool, "check", "rules", str(path)]).returncode != 0


def test_every_datasource_is_provisioned() -> None:
    sources = provisioned_datasources()
    assert sources["prometheus"]["type"] == "prometheus"
    assert sources["alertmanager"]["type"] == "alertmanager"
    assert sources["alertmanager"]["jsonData"]["implementation"] == "prometheus"
    for name, panel in panels():
        if panel["type"] == "row":
            continue
        uid = panel["datasource"]["uid"]
        assert uid in sources, (name, panel["title"])
        assert panel["datasource"]["type"] == sources[uid]["type"]
        for target in panel.get("targets") or []:
            assert target["datasource"]["uid"] == uid, (name, panel["title"])
        if panel["type"] == "alertGroups":
            assert panel["options"]["alertmanager"] in sources
    for dash in dashboards().values():
        for variable in dash.get("templating", {}).get("list", []):
            assert variable["datasource"]["uid"] in sources


def test_every_metric_is_in_the_contract_or_a_recording_rule() -> None:
    contract = parse_metrics_contract()
    known = {name for metric in contract.values() for name in exposed_series_names(metric)}
    known |= recording_rules() | {"up"}
    named = set()
    for target in targets():
        assert target.metrics(), (target.panel, target.expr)
        for metric in target.metrics():
            assert metric in known, f"{target.dashboard} / {target.panel}: unknown metric {metric}"
            named.add(metric)
    assert {"theatre:vigil_escalation_index:max", "vigil_extractor_events_total"} <= named


def test_panels_follow_the_lint_rules() -> None:
    """Units on every data panel, $__rate_interval in every rate, the theatre filter on theatre metrics."""
    for name, panel in panels():
        if panel["type"] in {"row", "alertGroups"}:
            continue
        assert panel["fieldConfig"]["defaults"].get("unit"), (name, panel["title"])
        assert panel.get("description"), (name, panel["title"])
    for target in targets():
        for window in re.findall(r"\[([^\]]+)\]", target.expr):
            assert window in {"$__rate_interval", "$__range"}, (target.panel, target.expr)
        if "theatre" in target.expr and "escalation" in target.dashboard:
            assert 'theatre=~"$theatre"' in target.expr, (target.panel, target.expr)


def test_theatre_variable() -> None:
    variables = dashboards()["escalation-overview.json"]["templating"]["list"]
    theatre = next(v for v in variables if v["name"] == "theatre")
    assert theatre["query"] == "label_values(vigil_escalation_index, theatre)"
    assert theatre["includeAll"] and theatre["multi"] and theatre["allValue"] == ".*"


def test_required_panels_exist() -> None:
    titles = {name: {panel["title"] for n, panel in panels() if n == name} for name in dashboards()}
    assert {"Escalation index vs baseline and thresholds", "Open alerts", "Open alerts by theatre",
            "Alertmanager: Vigil alerts", "Recent alert state changes",
            "Events extracted by type and subtype", "Top sources"} <= titles["escalation-overview.json"]
    assert {"Throughput per stage", "Consumer lag", "Dead letters by reason", "Feed freshness",
            "Extractor: extraction per article"} <= titles["pipeline-health.json"]
    quantiles = [t.expr for t in targets() if "histogram_quantile" in t.expr]
    assert len(quantiles) == 15  # p50, p95 and p99 of the five histograms of the contract


def test_dashboard_provider_matches_compose_mount() -> None:
    provider = yaml.safe_load((PROVISIONING / "dashboards" / "provider.yaml").read_text())["providers"][0]
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    mounts = compose["services"]["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in mounts
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in mounts
    env = compose["services"]["grafana"]["environment"]
    for source in provisioned_datasources().values():
        variable = re.fullmatch(r"\$\{(\w+)\}", source["url"]).group(1)
        assert variable in env, f"compose does not set {variable} for Grafana"
