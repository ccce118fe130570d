"""The scenario corpus end to end (real extractor, default parameters) against tests/data/scenario/expected.yaml."""

from __future__ import annotations

from datetime import datetime

from schemas.escalation import Alert
from services.escalation.backtest import BacktestResult
from tests.unit.conftest import DATA

SCENARIO = DATA / "scenario"


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_every_line_is_an_article(scenario_result: BacktestResult):
    counts = scenario_result.counts
    assert scenario_result.errors == [] and counts["articles"] > 0 and counts["events"] > 0


def test_first_crisis_alert_inside_the_window(scenario_crisis: list[Alert], scenario_expected: dict):
    raised = [a for a in scenario_crisis if a.state == "raised"]
    assert raised, "the scenario_crisis theatre never alerted"
    window = scenario_expected["first_alert_window"]
    assert _time(window["start"]) <= raised[0].raised_at <= _time(window["end"])


def test_no_alert_before_the_crisis(scenario_result: BacktestResult, scenario_expected: dict):
    early = [a.summary for a in scenario_result.alerts if a.changed_at < _time(scenario_expected["no_alert_before"])]
    assert early == []


def test_quiet_theatres_never_alert(scenario_result: BacktestResult, scenario_expected: dict):
    noisy = [a.summary for a in scenario_result.alerts if a.theatre in scenario_expected["quiet_theatres"]]
    assert noisy == []


def test_soft_quiet_theatres_do_not_alert(scenario_result: BacktestResult, scenario_expected: dict):
    noisy = [a.summary for a in scenario_result.alerts if a.theatre in scenario_expected.get("soft_quiet_theatres", [])]
    assert noisy == []


def test_each_episode_raised_once_and_few_episodes(scenario_crisis: list[Alert], scenario_expected: dict):
    episodes = [a.episode_id for a in scenario_crisis if a.state == "raised"]
    assert len(episodes) == len(set(episodes))
    assert 1 <= len(set(episodes)) <= scenario_expected["max_crisis_episodes"]
    for episode in set(episodes):
        states = [a.state for a in scenario_crisis if a.episode_id == episode]
        assert states.count("escalated") <= 1 and states.count("resolved") <= 1


def test_crisis_stays_open_through_the_peak_and_resolves(scenario_crisis: list[Alert], scenario_expected: dict):
    resolved = [a for a in scenario_crisis if a.state == "resolved"]
    raised = {a.episode_id for a in scenario_crisis if a.state == "raised"}
    assert {a.episode_id for a in resolved} == raised, "every scenario_crisis episode must be resolved"
    first_resolution = min(a.changed_at for a in resolved)
    assert first_resolution > _time(scenario_expected["resolve_after"])
    assert max(a.changed_at for a in resolved) <= _time(scenario_expected["resolve_before"])


def test_no_new_crisis_alert_once_calm(scenario_crisis: list[Alert], scenario_expected: dict):
    after = _time(scenario_expected["no_new_crisis_alert_after"])
    late = [a.summary for a in scenario_crisis if a.state == "raised" and a.raised_at > after]
    assert late == []


def test_every_alert_of_every_theatre_is_well_formed(scenario_result: BacktestResult):
    for alert in scenario_result.alerts:
        assert alert.changed_at >= alert.raised_at
        if alert.state != "resolved":
            assert alert.score >= alert.threshold and alert.top_events
