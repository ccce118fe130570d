"""Early firing: the open window is checked as it stood at each instant the watermark passes."""

from __future__ import annotations

import json
from datetime import timedelta

from services.escalation.core import (
    TheatreState,
    advance,
    apply_event,
    base_weight,
    corroboration_factor,
    new_state,
    tick_due,
)
from tests.unit.test_escalation_core import PARAMS, T0, THEATRES, make_event

DAY = T0 + timedelta(days=10)
CLOSED_ONLY = PARAMS.model_copy(update={"early_check_hours": 0})


def _at(hours: float):
    return DAY + timedelta(hours=hours)


def _four_articles():
    """Four reports of four articles on one day; the first three already clear the floor of 30 (30.3)."""
    return [
        make_event("buildup", at=_at(10 + 1 / 6), source="Wire A", quantity=7000, serial=1),
        make_event("mobilization", at=_at(11 + 1 / 3), source="Wire B", quantity=7000, serial=2),
        make_event("warning", at=_at(12.5), source="Wire C", serial=3),
        make_event("demand", at=_at(13 + 2 / 3), source="Wire D", serial=4),
    ]


def _feed(events, params=PARAMS, until=None):
    state, alerts = new_state("russia-ukraine"), []
    for event in events:
        step = apply_event(state, event, params, THEATRES, advance=False)
        state = step.state
        tick = advance(state, event.published_at, params, THEATRES)  # the router's tick after each article
        state, alerts = tick.state, alerts + tick.alerts
    if until is not None:
        tick = advance(state, until, params, THEATRES)
        state, alerts = tick.state, alerts + tick.alerts
    return state, alerts


def test_an_early_raise_waits_for_the_fourth_article_and_comes_the_hour_after_it():
    events = _four_articles()
    three = sum(base_weight(e, PARAMS) for e in events[:3])
    assert three >= PARAMS.floor_warning  # the score alone would raise after the third article...
    _, alerts = _feed(events, until=DAY + timedelta(days=3))
    raised = [a for a in alerts if a.state == "raised"]
    assert len(raised) == 1  # ...but min_articles needs four; and the close of the window raises nothing again
    assert raised[0].raised_at == raised[0].changed_at == _at(14)  # the hour after 13:40
    assert {c.subtype for c in raised[0].top_events} == {"buildup", "mobilization", "warning", "demand"}
    # without early checks: the window that ends at midnight, decided a day later
    _, closed = _feed(events, CLOSED_ONLY, until=DAY + timedelta(days=3))
    assert [a.raised_at for a in closed if a.state == "raised"] == [DAY + timedelta(days=1)]


def test_nothing_is_raised_before_the_watermark_passes_the_instant():
    events = _four_articles()
    state, alerts = _feed(events)  # the last tick is at 13:40: the check of 14:00 has not run
    assert alerts == [] and state.checked_until == _at(13 + 2 / 3)
    step = advance(state, _at(13.99), PARAMS, THEATRES)
    assert step.alerts == []
    step = advance(step.state, _at(14), PARAMS, THEATRES)
    assert [a.state for a in step.alerts] == ["raised"]
    assert advance(step.state, _at(15), PARAMS, THEATRES).alerts == []  # checked once


def test_an_early_check_counts_only_reports_published_before_its_instant():
    # the buildup is corroborated by two more outlets at 15:10; before that the window is just under the floor
    events = _four_articles()
    later = [
        make_event("buildup", at=_at(15 + 1 / 6), source=f"Wire {s}", quantity=7000, serial=10 + k)
        for k, s in enumerate("EF")
    ]
    alone = sum(base_weight(e, PARAMS) for e in events)
    corroborated = alone + base_weight(events[0], PARAMS) * (corroboration_factor(3, PARAMS) - 1)
    params = PARAMS.model_copy(update={"floor_warning": (alone + corroborated) / 2})
    _, alerts = _feed(events + later, params, until=DAY + timedelta(days=3))
    raised = [a for a in alerts if a.state == "raised"]
    assert [a.raised_at for a in raised] == [_at(16)]
    assert abs(raised[0].score - corroborated) < 1e-3
    assert next(c for c in raised[0].top_events if c.subtype == "buildup").sources == 3


def test_an_early_view_takes_the_strongest_report_before_the_instant():
    # a disputed report at 09:10, then a reported one of the same event at 15:10 (a larger weight): the check of
    # 10:00 sees the disputed one alone
    params = PARAMS.model_copy(update={"floor_warning": 1.0, "min_articles": 1, "floor_critical": 1000.0})
    first = make_event("buildup", at=_at(9 + 1 / 6), source="Wire A", assertion="disputed", quantity=7000)
    second = make_event("buildup", at=_at(15 + 1 / 6), source="Wire B", quantity=7000, serial=2)
    _, alerts = _feed([first, second], params)
    assert [(a.state, a.changed_at) for a in alerts] == [("raised", _at(10))]
    assert alerts[0].top_events[0].assertion == "disputed" and alerts[0].top_events[0].sources == 1
    assert abs(alerts[0].score - base_weight(first, params)) < 1e-6


def test_a_state_stored_before_reports_were_kept_is_still_checked():
    events = _four_articles()
    state = new_state("russia-ukraine")
    for event in events:
        state = apply_event(state, event, PARAMS, THEATRES, advance=False).state
    stored = json.loads(state.model_dump_json())
    stored.pop("checked_until")
    stored.pop("pending_checks")
    for bucket in stored["buckets"].values():
        for entry in bucket["entries"].values():
            entry.pop("reports")
    old = TheatreState.model_validate(stored)
    assert all(not e.reports for b in old.buckets.values() for e in b.entries.values()) and not old.pending_checks
    step = advance(old, DAY + timedelta(days=1), PARAMS, THEATRES)  # entries count whole from their first report
    assert [(a.state, a.raised_at) for a in step.alerts] == [("raised", _at(14))]


def test_ticks_are_due_at_each_check_boundary():
    assert tick_due(None, _at(10.2), PARAMS)
    assert not tick_due(_at(10.2), _at(10.9), PARAMS)
    assert tick_due(_at(10.9), _at(11), PARAMS)
    assert tick_due(_at(10.9), _at(13.5), PARAMS)
    # without early checks only a bucket boundary of the flush horizon (watermark minus the lateness) is due
    assert not tick_due(_at(10.9), _at(13.5), CLOSED_ONLY)
    assert tick_due(_at(23.5), _at(24.5), CLOSED_ONLY)


def test_reports_kept_for_early_checks_are_the_earliest_and_bounded():
    params = PARAMS.model_copy(update={"max_reports": 3})
    reports = [make_event("buildup", at=_at(20 - k), source=f"Wire {k}", serial=k) for k in range(6)]
    state = new_state("russia-ukraine")
    for event in reports:  # latest first
        state = apply_event(state, event, params, THEATRES, advance=False).state
    (entry,) = [e for b in state.buckets.values() for e in b.entries.values()]
    assert [r.published_at for r in entry.reports] == [_at(15), _at(16), _at(17)]
    again = apply_event(state, reports[-1], params, THEATRES, advance=False)  # a redelivery changes nothing
    assert again.outcome == "duplicate" and again.state == state


def test_the_open_window_score_is_kept_for_the_live_index():
    events = _four_articles()
    state, alerts = _feed(events)
    three = sum(base_weight(e, PARAMS) for e in events[:3])
    assert state.open_score is not None and abs(state.open_score - three) < 1e-6  # the check of 13:00: three reports
    state = advance(state, _at(14), PARAMS, THEATRES).state
    assert abs(state.open_score - sum(base_weight(e, PARAMS) for e in events)) < 1e-6
    quiet = advance(state, DAY + timedelta(days=4), PARAMS, THEATRES).state
    assert quiet.open_score == 0.0  # the window has left the reports behind
