"""`vigil tail`: what each selection reads, and the readable line of a score."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.escalation import EscalationScore
from schemas.topics import ALERTS, ESCALATION_SCORES, EVENT_TOPICS
from services.tail import GROUPS, describe, run_tail


def test_all_reads_every_other_selection_and_nothing_else() -> None:
    others = [name for what, names in GROUPS.items() if what != "all" for name in names]
    assert sorted(GROUPS["all"]) == sorted(others)
    assert len(GROUPS["all"]) == len(set(GROUPS["all"]))
    assert ESCALATION_SCORES.name in GROUPS["all"]
    assert ALERTS.name in GROUPS["all"]
    assert {t.name for t in EVENT_TOPICS.values()} <= set(GROUPS["all"])
    assert all(name.endswith(".dlq") for name in GROUPS["dlq"]) and GROUPS["dlq"]


def test_a_score_reads_as_one_line() -> None:
    score = EscalationScore(
        theatre="taiwan-strait",
        window_start=datetime(2026, 2, 16, tzinfo=UTC),
        window_end=datetime(2026, 2, 19, tzinfo=UTC),
        score=31.4011,
        baseline=1.6231,
        threshold_warning=30.0,
        threshold_critical=75.0,
        events=5,
        reports=7,
    )
    line = describe(ESCALATION_SCORES.name, score.model_dump_json().encode())
    assert line == "score taiwan-strait 2026-02-16 00:00 31.4 (baseline 1.6)"


def test_an_unknown_selection_is_refused_before_connecting() -> None:
    with pytest.raises(SystemExit, match="choose one of events, alerts, scores, dlq, all"):
        run_tail("everything", from_beginning=False, max_messages=1, idle_timeout=1.0, as_json=False)
