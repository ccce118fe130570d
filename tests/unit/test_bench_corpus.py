"""The benchmark's stream: one event-time clock for the latency stage, so the router can close burst windows."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest

from bench.corpus import BURST_START, CANDIDATES, stream

POOL = [{"source": "Bench Wire", "title": "A title", "body": "A body."}]


def test_a_shared_clock_never_runs_ahead_of_the_bursts_nor_backwards() -> None:
    items = list(itertools.islice(stream(POOL, CANDIDATES[0], tag="t", burst_every=20, clock="burst"), 400))
    times = [datetime.fromisoformat(item["published_at"]) for _, item in items]
    assert times == sorted(times)  # published in event-time order: nothing the router reads is late
    assert times[0] < BURST_START  # warm-up and leading background come before the first cycle
    burst_times = [t for (kind, _), t in zip(items, times, strict=True) if kind != "background"]
    assert len(burst_times) == 20
    assert max(times) == max(burst_times)  # background follows the burst clock, never ahead of it


def test_the_live_clock_leaves_background_unstamped_for_the_publisher() -> None:
    items = list(itertools.islice(stream(POOL, CANDIDATES[0], tag="t", burst_every=20), 40))
    assert {item["published_at"] for kind, item in items if kind == "background"} == {None}
    with pytest.raises(ValueError, match="clock"):
        next(stream(POOL, CANDIDATES[0], tag="t", burst_every=20, clock="wall"))
