"""A scenario from a real timeline (the Russian build-up of autumn 2021) through the backtest, default parameters.

The articles and the expectations in tests/data/scenario_ru2021/ were written from the public record before
any detector was run on them; nothing in the detector was set from this scenario.
"""

from __future__ import annotations

from datetime import datetime

from schemas.escalation import Alert
from services.escalation.backtest import BacktestResult
from tests.unit.conftest import DATA

SCENARIO = DATA / "scenario_ru2021"


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _alerting(crisis: list[Alert], when: datetime) -> bool:
    """Whether an episode of the crisis theatre is open at `when` (raised at or before it, not yet resolved)."""
    for episode in {a.episode_id for a in crisis}:
        alerts = [a for a in crisis if a.episode_id == episode]
        raised = min(a.changed_at for a in alerts if a.state == "raised")
        resolved = [a.changed_at for a in alerts if a.state == "resolved"]
        if raised <= when and (not resolved or resolved[0] > when):
            return True
    return False


def test_every_line_is_an_article(scenario_result: BacktestResult):
    assert scenario_result.errors == [] and scenario_result.counts["articles"] == 170


def test_first_alert_inside_the_window(scenario_crisis: list[Alert], scenario_expected: dict):
    raised = sorted(a.changed_at for a in scenario_crisis if a.state == "raised")
    window = scenario_expected["first_alert_window"]
    assert raised and _time(window["start"]) <= raised[0] <= _time(window["end"])


def test_alerting_through_the_peak_and_the_invasion(scenario_crisis: list[Alert], scenario_expected: dict):
    closed = [when for when in scenario_expected["must_be_alerting_at"] if not _alerting(scenario_crisis, _time(when))]
    assert closed == []
    after = _time(scenario_expected["no_resolve_after"])
    assert [a.changed_at for a in scenario_crisis if a.state == "resolved" and a.changed_at > after] == []


def test_few_episodes_and_a_timely_reopening(scenario_crisis: list[Alert], scenario_expected: dict):
    raised = sorted((a.changed_at, a.episode_id) for a in scenario_crisis if a.state == "raised")
    assert 1 <= len(raised) <= scenario_expected["max_crisis_episodes"]
    assert len({e for _, e in raised}) == len(raised)  # each episode raised once
    if len(raised) > 1:
        assert raised[-1][0] <= _time(scenario_expected["reopen_by"])


def test_nothing_before_the_build_up(scenario_result: BacktestResult, scenario_expected: dict):
    early = [a.summary for a in scenario_result.alerts if a.changed_at < _time(scenario_expected["no_alert_before"])]
    assert early == []


def test_routine_theatres_stay_quiet(scenario_result: BacktestResult, scenario_expected: dict):
    noisy = [a.summary for a in scenario_result.alerts if a.theatre in scenario_expected["quiet_theatres"]]
    assert noisy == []


def test_other_alerts_are_late_spillover_only(scenario_result: BacktestResult, scenario_expected: dict):
    others = [a for a in scenario_result.alerts if a.theatre != scenario_expected["crisis_theatre"]]
    early = [a.summary for a in others if a.changed_at < _time(scenario_expected["spillover_allowed_after"])]
    assert early == []
