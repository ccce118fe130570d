"""The faust adapter's commit watch: a partition whose commit stops moving while records wait is logged once."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from prometheus_client import CollectorRegistry, Gauge

from services.common.faust_app import LagTracker


class TP(NamedTuple):
    topic: str
    partition: int


class FakeConsumer:
    """The few things of faust's consumer the tracker reads."""

    def __init__(self) -> None:
        self.highwaters: dict[TP, int] = {}
        self._committed_offset: dict[TP, int] = {}
        self._acked = {TP("events", 1): [212, 213]}
        self._unacked_messages = [SimpleNamespace(tp=TP("events", 1), offset=209)]
        self._read_offset = {TP("events", 1): 395}
        self._active_partitions = {TP("events", 0), TP("events", 1)}
        self._buffered_partitions: set[TP] = set()
        self._paused_partitions: set[TP] = set()
        self.flow_active = True

    def assignment(self) -> set[TP]:
        return set(self.highwaters)

    def highwater(self, tp: TP) -> int | None:
        return self.highwaters.get(tp)


@pytest.fixture
def setup() -> tuple[LagTracker, FakeConsumer, list[float]]:
    consumer = FakeConsumer()
    now = [0.0]
    gauge = Gauge("lag_test", "lag", ["topic"], registry=CollectorRegistry())
    tracker = LagTracker(SimpleNamespace(consumer=consumer), gauge, stall_seconds=60, clock=lambda: now[0])
    return tracker, consumer, now


def stalls(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("commit stalled")]


def test_a_stuck_partition_is_reported_once_with_faust_view(setup, caplog: pytest.LogCaptureFixture) -> None:
    tracker, consumer, now = setup
    consumer.highwaters = {TP("events", 0): 500, TP("events", 1): 395}
    consumer._committed_offset = {TP("events", 0): 100, TP("events", 1): 209}
    caplog.set_level(logging.WARNING, logger="vigil")
    for second in range(0, 200, 5):
        now[0] = second
        consumer._committed_offset[TP("events", 0)] = 100 + second  # partition 0 keeps committing
        tracker.update()
    found = stalls(caplog)
    assert len(found) == 1, found  # partition 1 only, once
    assert found[0].startswith("commit stalled: events[1] committed 209, high water 395, for 60 s")
    assert "unacked [209]" in found[0] and "2 acked above the commit (lowest 212)" in found[0]


def test_no_report_before_the_limit_nor_when_caught_up_and_again_after_progress(setup, caplog) -> None:
    tracker, consumer, now = setup
    tp = TP("events", 1)
    consumer.highwaters = {tp: 395}
    consumer._committed_offset = {tp: 209}
    caplog.set_level(logging.WARNING, logger="vigil")
    for second in (0, 30, 59):
        now[0] = second
        tracker.update()
    assert stalls(caplog) == []
    consumer._committed_offset[tp] = 395  # caught up: nothing waits beyond the commit
    now[0] = 500
    tracker.update()
    assert stalls(caplog) == []
    consumer.highwaters[tp] = 420  # new records, and the commit stops again: a new stall is a new report
    for second in (600, 661):
        now[0] = second
        tracker.update()
    assert len(stalls(caplog)) == 1
