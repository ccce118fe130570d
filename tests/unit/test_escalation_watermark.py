"""The router's watermark: held back by partitions with backlog, released when they catch up."""

from __future__ import annotations

from datetime import UTC, datetime

from services.escalation.watermark import SourceWatermark


def day(n: int) -> datetime:
    return datetime(2026, 3, n, tzinfo=UTC)


def test_a_partition_with_backlog_holds_the_watermark_back() -> None:
    wm = SourceWatermark()
    wm.observe("p0", day(20), backlog=True)
    wm.observe("p1", day(5), backlog=True)
    assert wm.value == day(5)
    wm.observe("p1", day(12), backlog=True)
    assert wm.value == day(12)
    wm.observe("p1", day(25), backlog=False)  # p1 caught up: only p0's backlog counts
    assert wm.value == day(20)
    wm.observe("p0", day(21), backlog=False)
    assert wm.value == day(25)


def test_an_unread_partition_with_backlog_makes_the_watermark_unknown() -> None:
    wm = SourceWatermark()
    wm.observe("p0", day(10), backlog=False)
    wm.mark_backlog("p1", True)
    assert wm.value is None
    wm.forget("p1")
    assert wm.value == day(10)


def test_never_goes_backwards_within_a_partition() -> None:
    wm = SourceWatermark()
    wm.observe("p0", day(10), backlog=False)
    wm.observe("p0", day(3), backlog=False)
    assert wm.value == day(10)
