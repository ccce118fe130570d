"""The scenario corpus end to end (real extractor, default parameters) against tests/data/scenario/expected.yaml."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from schemas.escalation import Alert
from services.escalation.backtest import BacktestResult, run_backtest
from services.escalation.params import DetectorParams
from services.escalation.theatres import load_theatres

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "scenario"


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((SCENARIO / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result() -> BacktestResult:
    lines = (SCENARIO / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return run_backtest(lines, DetectorParams(), load_theatres())


@pytest.fixture(scope="module")
def crisis(result: BacktestResult, expected: dict) -> list[Alert]:
    return [a for a in result.alerts if a.theatre == expected["crisis_theatre"]]


def test_every_line_is_an_article(result: BacktestResult):
    assert result.errors == [] and result.counts["articles"] > 0 and result.counts["events"] > 0


def test_first_crisis_alert_inside_the_window(crisis: list[Alert], expected: dict):
    raised = [a for a in crisis if a.state == "raised"]
    assert raised, "the crisis theatre never alerted"
    window = expected["first_alert_window"]
    assert _time(window["start"]) <= raised[0].raised_at <= _time(window["end"])


def test_no_alert_before_the_crisis(result: BacktestResult, expected: dict):
    early = [a.summary for a in result.alerts if a.changed_at < _time(expected["no_alert_before"])]
    assert early == []


def test_quiet_theatres_never_alert(result: BacktestResult, expected: dict):
    noisy = [a.summary for a in result.alerts if a.theatre in expected["quiet_theatres"]]
    assert noisy == []


def test_soft_quiet_theatres_do_not_alert(result: BacktestResult, expected: dict):
    noisy = [a.summary for a in result.alerts if a.theatre in expected.get("soft_quiet_theatres", [])]
    assert noisy == []


def test_each_episode_raised_once_and_few_episodes(crisis: list[Alert], expected: dict):
    episodes = [a.episode_id for a in crisis if a.state == "raised"]
    assert len(episodes) == len(set(episodes))
    assert 1 <= len(set(episodes)) <= expected["max_crisis_episodes"]
    for episode in set(episodes):
        states = [a.state for a in crisis if a.episode_id == episode]
        assert states.count("escalated") <= 1 and states.count("resolved") <= 1


def test_crisis_stays_open_through_the_peak_and_resolves(crisis: list[Alert], expected: dict):
    resolved = [a for a in crisis if a.state == "resolved"]
    raised = {a.episode_id for a in crisis if a.state == "raised"}
    assert {a.episode_id for a in resolved} == raised, "every crisis episode must be resolved"
    first_resolution = min(a.changed_at for a in resolved)
    assert first_resolution > _time(expected["resolve_after"])
    assert max(a.changed_at for a in resolved) <= _time(expected["resolve_before"])


def test_no_new_crisis_alert_once_calm(crisis: list[Alert], expected: dict):
    after = _time(expected["no_new_crisis_alert_after"])
    late = [a.summary for a in crisis if a.state == "raised" and a.raised_at > after]
    assert late == []


def test_every_alert_of_every_theatre_is_well_formed(result: BacktestResult):
    for alert in result.alerts:
        assert alert.changed_at >= alert.raised_at
        if alert.state != "resolved":
            assert alert.score >= alert.threshold and alert.top_events
