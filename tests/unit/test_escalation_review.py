"""Edge cases of the detector a review found: flapping after an early escalation, one event counted under two
fingerprints, parameters that silently disable a mechanism, and a plot of a backtest with no closed window."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.escalation.backtest import run_backtest
from services.escalation.core import advance, apply_event, flush, new_state
from services.escalation.params import DetectorParams
from services.escalation.plot import plot_backtest
from tests.unit.test_escalation_core import PARAMS, T0, THEATRES, make_event


def test_an_episode_seen_hot_early_is_not_resolved_by_an_older_calm_window() -> None:
    # raised on day 0, quiet for 13 days, then a surge: the early check escalates it on day 13 at 04:00; the close
    # of the calm window ending day 14 00:00 (decided a day and the lateness later) must not resolve it
    state, alerts = new_state("russia-ukraine"), []

    def step(result) -> None:  # noqa: ANN001
        nonlocal state
        state = result.state
        alerts.extend(result.alerts)

    for i, subtype in enumerate(["buildup", "mobilization", "weapons_test", "readiness_check", "warning"]):
        step(apply_event(state, make_event(subtype, at=T0 + timedelta(hours=2), source=f"S{i}", serial=i), PARAMS,
                         THEATRES, advance=False))
    for hour in range(3, 13 * 24 + 3, 6):
        step(advance(state, T0 + timedelta(hours=hour), PARAMS, THEATRES))
    for i, place in enumerate(["UKR", "BLR", "POL", "MDA", "ROU", "GEO"]):
        surge = make_event("buildup", location=place, at=T0 + timedelta(days=13, hours=3), source=f"X{i}", serial=i,
                           quantity=150_000)
        step(apply_event(state, surge, PARAMS, THEATRES, advance=False))
    for hour in range(13 * 24 + 4, 15 * 24):
        step(advance(state, T0 + timedelta(hours=hour), PARAMS, THEATRES))
    assert [(a.state, a.severity) for a in alerts] == [("raised", "warning"), ("escalated", "critical")]
    assert len({a.episode_id for a in alerts}) == 1
    assert alerts[1].changed_at == T0 + timedelta(days=13, hours=4)


def test_one_event_re_extracted_with_another_location_counts_once() -> None:
    # the event id (article, span, type, subtype) holds no location; the fingerprint does
    first = make_event("buildup", location="UKR", at=T0 + timedelta(hours=9), article="art-1")
    again = make_event("buildup", location=None, claimant="UKR", at=T0 + timedelta(hours=9), article="art-1")
    again = again.model_copy(update={"event_id": first.event_id})
    assert first.fingerprint != again.fingerprint
    state = new_state("russia-ukraine")
    outcomes = []
    for event in (first, again):
        result = apply_event(state, event, PARAMS, THEATRES)
        state = result.state
        outcomes.append(result.outcome)
    assert outcomes == ["counted", "duplicate"]
    assert [score.events for score in flush(state, T0 + timedelta(days=1), PARAMS, THEATRES).scores] == [1]


@pytest.mark.parametrize(
    ("change", "word"),
    [({"bucket_hours": 12}, "24"), ({"bucket_hours": 36}, "whole days"), ({"baseline_windows": 5}, "min_history")],
)
def test_parameters_that_would_disable_a_mechanism_are_refused(change: dict, word: str) -> None:
    with pytest.raises(ValidationError, match=word):
        DetectorParams(**change)


def test_a_backtest_that_alerts_before_any_window_closes_can_be_drawn(tmp_path: Path) -> None:
    subtypes = ["buildup", "mobilization", "weapons_test", "readiness_check", "warning", "accusation"]
    lines = [
        json.dumps({"id": f"a{i}", "published_at": (T0 + timedelta(hours=2 + i)).isoformat(), "source": f"S{i}",
                    "title": "t", "body": "b"})
        for i in range(len(subtypes))
    ]

    def extract(article, known_at):  # noqa: ANN001, ANN202
        i = int(article.article_id[1:])
        return [make_event(subtypes[i], at=article.published_at, source=article.source, article=article.article_id)]

    result = run_backtest(lines, PARAMS, THEATRES, extract=extract)
    assert [a.state for a in result.alerts] == ["raised"] and result.scores == []
    assert plot_backtest(result, tmp_path / "plot.png", THEATRES) == ["russia-ukraine"]
    assert (tmp_path / "plot.png").stat().st_size > 0


def test_a_day_leaving_the_window_is_checked_at_the_boundary_it_leaves() -> None:
    # a meeting and a deal on day 0, conflict on day 1: the window that begins on day 3 holds the conflict without
    # the cooperation that offset it, and its check at that boundary raises (before: only a day later, at the close)
    state, alerts = new_state("russia-ukraine"), []
    events = [make_event("meeting", at=T0 + timedelta(hours=10), source="C0"),
              make_event("agreement", at=T0 + timedelta(hours=11), source="C1")]
    events += [make_event(subtype, at=T0 + timedelta(days=1, hours=10), source=f"S{i}", serial=i)
               for i, subtype in enumerate(["buildup", "mobilization", "weapons_test", "readiness_check", "warning"])]
    for event in events:
        result = apply_event(state, event, PARAMS, THEATRES, advance=False)
        state = result.state
        alerts += result.alerts
    for hour in range(11, 6 * 24):
        result = advance(state, T0 + timedelta(hours=hour), PARAMS, THEATRES)
        state = result.state
        alerts += result.alerts
    assert [(a.state, a.changed_at) for a in alerts] == [("raised", T0 + timedelta(days=3))]
