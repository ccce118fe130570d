"""Prometheus config and rules: promtool checks, unit tests at every `for` boundary, alert metadata."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from tests.ops.stack import (
    PROMETHEUS_CONFIG,
    PROMETHEUS_DIR,
    REPO,
    RULE_FILES,
    parse_metrics_contract,
    render_rules,
    run,
)

pytestmark = pytest.mark.ops

RULE_TESTS = tuple(sorted((PROMETHEUS_DIR / "tests").glob("*.test.yml")))
RUNBOOK = REPO / "deploy" / "RUNBOOK.md"
REQUIRED_ALERTS = {
    "VigilEscalationWarning", "VigilEscalationCritical", "VigilPipelineStalled", "VigilConsumerLagHigh",
    "VigilDeadLetterRate", "VigilFeedSilent", "VigilServiceDown", "VigilMetricsAbsent",
    "VigilEscalationStateLarge",
}
TEST_EVALUATION_STEP = "15s"  # evaluation_interval of the alert test files


def rules() -> list[dict]:
    return [rule for path in RULE_FILES for group in yaml.safe_load(path.read_text())["groups"]
            for rule in group["rules"]]


def alerts() -> dict[str, dict]:
    return {rule["alert"]: rule for rule in rules() if "alert" in rule}


def recordings() -> set[str]:
    return {rule["record"] for rule in rules() if "record" in rule}


def seconds(duration: str) -> int:
    units = {"s": 1, "m": 60, "h": 3600}
    return sum(int(n) * units[u] for n, u in re.findall(r"(\d+)([smh])", duration))


def github_anchors(markdown: str) -> set[str]:
    """Anchors GitHub derives from headings: lower case, punctuation dropped, spaces to dashes."""
    headings = re.findall(r"^#+\s+(.+?)\s*$", markdown, flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}


def test_config_is_valid_with_its_rules(promtool: str) -> None:
    result = run([promtool, "check", "config", str(PROMETHEUS_CONFIG)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(RULE_FILES)} rule files found" in result.stdout
    assert result.stdout.count("SUCCESS") == 1 + 1 + len(RULE_FILES)


def test_compose_config_differs_only_in_addresses(promtool: str) -> None:
    compose_config = PROMETHEUS_DIR / "prometheus.compose.yml"
    result = run([promtool, "check", "config", "--syntax-only", str(compose_config)])
    assert result.returncode == 0, result.stdout + result.stderr
    local, compose = (yaml.safe_load(p.read_text()) for p in (PROMETHEUS_CONFIG, compose_config))
    assert compose["rule_files"] == ["/etc/prometheus/rules/*.yml"]

    def without_hosts(config: dict) -> str:
        """The config with every host:port target's host and the rule files' folder left out."""
        text = json.dumps({**config, "rule_files": None}, sort_keys=True)
        return re.sub(r'"[\w.-]+:(\d+)"', r'"HOST:\1"', text)

    # everything else (intervals, paths, relabelling, alerting) is the same, and the ports are (Alertmanager's
    # aside: 9095 locally, where the Kafka controller holds 9093)
    assert without_hosts(local).replace('"HOST:9095"', '"HOST:9093"') == without_hosts(compose)
    ports = {job["job_name"]: job["static_configs"][0]["targets"][0].rsplit(":", 1)[1]
             for job in local["scrape_configs"]}
    assert ports == {"vigil-ingest": "9101", "vigil-extractor": "9102", "vigil-escalation": "9103",
                     "prometheus": "9090"}


def test_rules_are_valid(promtool: str) -> None:
    result = run([promtool, "check", "rules", *map(str, RULE_FILES)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(RULE_FILES)


def test_rule_unit_tests_pass(promtool: str) -> None:
    result = run([promtool, "test", "rules", *map(str, RULE_TESTS)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(RULE_TESTS)
    assert "FAILED" not in result.stdout


def test_required_alerts_exist_with_metadata() -> None:
    found = alerts()
    assert REQUIRED_ALERTS <= set(found)
    anchors = github_anchors(RUNBOOK.read_text(encoding="utf-8"))
    for name, rule in found.items():
        assert re.fullmatch(r"Vigil(?:[A-Z][a-z0-9]+)+", name), name
        assert rule["labels"]["severity"] in {"warning", "critical"}, name
        assert {"summary", "description", "runbook_url"} <= set(rule["annotations"]), name
        assert seconds(rule.get("for", "0s")) > 0, f"{name} needs a `for` to debounce"
        path, _, anchor = rule["annotations"]["runbook_url"].partition("#")
        assert path == "deploy/RUNBOOK.md" and anchor == name.lower(), name
        assert anchor in anchors, f"RUNBOOK.md has no section {name}"


def alert_cases() -> dict[str, list[dict]]:
    """alertname -> every alert_rule_test case naming it, over all test files."""
    cases: dict[str, list[dict]] = {}
    for path in RULE_TESTS:
        doc = yaml.safe_load(path.read_text())
        assert doc["evaluation_interval"] == TEST_EVALUATION_STEP or "alert_rule_test" not in str(doc), path
        for test in doc["tests"]:
            for case in test.get("alert_rule_test", []):
                cases.setdefault(case["alertname"], []).append(case)
    return cases


def test_every_alert_has_a_case_before_and_at_its_boundary() -> None:
    cases = alert_cases()
    for name in alerts():
        silent = {seconds(c["eval_time"]) for c in cases.get(name, []) if not c.get("exp_alerts")}
        firing = [c for c in cases.get(name, []) if c.get("exp_alerts")]
        assert firing, f"{name} has no firing case"
        step = seconds(TEST_EVALUATION_STEP)
        before = any(seconds(c["eval_time"]) - step in silent for c in firing)
        assert before, f"{name}: no silent case one evaluation before a firing one"
        for case in firing:
            for expected in case["exp_alerts"]:
                assert expected["exp_labels"]["severity"] == alerts()[name]["labels"]["severity"]
                assert set(expected["exp_annotations"]) == {"summary", "description", "runbook_url"}


def copy_tests_with_rules(tmp_path: Path, rule_files: list[Path], alertname: str) -> list[Path]:
    """The rule test files with cases for `alertname`, rewritten to load `rule_files` instead."""
    copies = []
    by_name = {p.name: p for p in rule_files}
    for path in RULE_TESTS:
        doc = yaml.safe_load(path.read_text())
        if f"alertname: {alertname}" not in path.read_text():
            continue
        doc["rule_files"] = [str(by_name[Path(f).name]) for f in doc["rule_files"]]
        copy = tmp_path / path.name
        copy.write_text(yaml.safe_dump(doc, sort_keys=False))
        copies.append(copy)
    return copies


@pytest.mark.parametrize("name", sorted(REQUIRED_ALERTS))
@pytest.mark.parametrize("shift", [-15, 15])
def test_moving_a_for_boundary_by_one_step_fails_the_tests(promtool: str, tmp_path: Path, name: str,
                                                           shift: int) -> None:
    """Proof that the cases sit exactly at the boundary: a `for` one evaluation shorter or longer fails."""
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    moved = f"{seconds(alerts()[name]['for']) + shift}s"
    rendered = render_rules(rules_dir, {name: moved})
    copies = copy_tests_with_rules(tmp_path, rendered, name)
    result = run([promtool, "test", "rules", *map(str, copies)])
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name} with for={moved} still passes:\n{output}"
    assert f"alertname: {name}," in output, output


def test_every_recording_rule_has_an_expression_test() -> None:
    tested = set()
    for path in RULE_TESTS:
        for test in yaml.safe_load(path.read_text())["tests"]:
            tested |= {case["expr"] for case in test.get("promql_expr_test", [])}
    assert recordings() <= tested


def test_rules_name_only_contract_metrics() -> None:
    contract = parse_metrics_contract()
    known = set(contract) | recordings() | {"up"}
    for rule in rules():
        for name in re.findall(r"\b(vigil_[a-z0-9_]+|[a-z_]+:[a-z0-9_]+:[a-z0-9_]+)\b", rule["expr"]):
            assert name in known, f"{rule.get('alert') or rule.get('record')} names unknown metric {name}"
    # The regex selectors must match real contract names too.
    for pattern in re.findall(r'__name__=~"([^"]+)"', " ".join(r["expr"] for r in rules())):
        assert any(re.fullmatch(pattern, m) for m in contract), pattern


def test_promtool_is_the_debian_2_4x_line(promtool: str) -> None:
    """Rules stay within the syntax of the promtool CI installs (Debian 12's 2.42): another line is worth a look."""
    result = run([promtool, "--version"])
    version = result.stdout + result.stderr
    assert re.search(r"version 2\.4\d\.\d+", version), version
