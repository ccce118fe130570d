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


def test_merged_reports_wait_for_the_slowest_router() -> None:
    """Two routers, each reading half the partitions; the score worker closes up to the slower one."""
    fast, slow, merged = SourceWatermark(), SourceWatermark(), SourceWatermark()
    fast.observe("events:0", day(20), backlog=False)
    fast.observe("events:1", day(21), backlog=True)
    slow.observe("events:2", day(6), backlog=True)
    merged.merge(fast.report())
    assert merged.value == day(21)  # only the fast router has spoken: its own view
    merged.merge(slow.report())
    assert merged.value == day(6)  # the slow router's backlog holds everyone back
    slow.observe("events:2", day(22), backlog=False)
    fast.observe("events:1", day(23), backlog=False)
    merged.merge(slow.report())
    assert merged.value == day(21)  # the fast router's last word still holds events:1 back
    merged.merge(fast.report())
    assert merged.value == day(23)  # everyone caught up: the largest event time read


def test_a_partitions_new_owner_replaces_the_old_owners_word() -> None:
    merged = SourceWatermark()
    merged.merge({"events:0": (day(15), True)})  # old owner, killed with backlog left
    new_owner = SourceWatermark()
    new_owner.observe("events:0", day(12), backlog=False)  # re-read from the last commit, now caught up
    merged.merge(new_owner.report())
    assert merged.report() == {"events:0": (day(12), False)}
    assert merged.value == day(12)
