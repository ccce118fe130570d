"""Alertmanager config: amtool checks, a routing table, and the inhibition rules' shape."""

from __future__ import annotations

import pytest
import yaml

from tests.ops.stack import ALERTMANAGER_CONFIG, RULE_FILES, run

pytestmark = pytest.mark.ops

ROUTING_CASES = yaml.safe_load((ALERTMANAGER_CONFIG.parent / "tests.yaml").read_text())["cases"]
RECEIVER_BY_SEVERITY = {"critical": "pager", "warning": "ops-webhook"}


def config() -> dict:
    return yaml.safe_load(ALERTMANAGER_CONFIG.read_text())


def route(amtool: str, labels: dict[str, str], expected: str) -> tuple[int, str]:
    argv = [amtool, "config", "routes", "test", f"--config.file={ALERTMANAGER_CONFIG}",
            f"--verify.receivers={expected}", *(f"{k}={v}" for k, v in labels.items())]
    result = run(argv)
    return result.returncode, result.stdout.strip().splitlines()[0]  # later lines: amtool warnings


def test_config_is_valid(amtool: str) -> None:
    result = run([amtool, "check-config", str(ALERTMANAGER_CONFIG)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout
    assert "2 receivers" in result.stdout and "2 inhibit rules" in result.stdout


@pytest.mark.parametrize("case", ROUTING_CASES, ids=lambda c: "-".join(c["labels"].values()))
def test_routing_table(amtool: str, case: dict) -> None:
    code, receiver = route(amtool, case["labels"], case["receiver"])
    assert receiver == case["receiver"]
    assert code == 0


def test_a_wrong_expectation_is_reported(amtool: str) -> None:
    """amtool's verification really compares: a critical alert does not reach the ops webhook."""
    labels = {"alertname": "VigilEscalationCritical", "severity": "critical"}
    code, receiver = route(amtool, labels, "ops-webhook")
    assert receiver == "pager"
    assert code != 0


def test_every_alert_rule_is_in_the_routing_table() -> None:
    """Each alert of the rules routes by its severity, and the table holds a case for it."""
    tabled = {case["labels"].get("alertname"): case for case in ROUTING_CASES}
    for path in RULE_FILES:
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                if "alert" not in rule:
                    continue
                case = tabled.get(rule["alert"])
                assert case is not None, f"no routing case for {rule['alert']}"
                assert case["labels"]["severity"] == rule["labels"]["severity"]
                assert case["receiver"] == RECEIVER_BY_SEVERITY[rule["labels"]["severity"]]


def test_grouping_and_inhibition_are_scoped() -> None:
    cfg = config()
    assert cfg["route"]["group_by"] == ["alertname", "theatre"]
    inhibit = {rule["target_matchers"][0]: rule for rule in cfg["inhibit_rules"]}
    escalation = inhibit['alertname="VigilEscalationWarning"']
    assert escalation["source_matchers"] == ['alertname="VigilEscalationCritical"']
    assert escalation["equal"] == ["theatre"]
    # Without `equal`, one critical would mute every warning of every theatre.
    assert all(rule.get("equal") for rule in cfg["inhibit_rules"])


def test_webhooks_stay_on_loopback() -> None:
    urls = [hook["url"] for receiver in config()["receivers"] for hook in receiver.get("webhook_configs", [])]
    assert urls and all(url.startswith("http://127.0.0.1:") for url in urls)
