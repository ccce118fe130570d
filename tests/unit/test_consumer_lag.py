"""The faust adapter's consumer lag: counted from where the worker stands, and only over partitions it holds."""

from __future__ import annotations

from types import SimpleNamespace

from prometheus_client import CollectorRegistry, Gauge

from services.common.faust_app import LagTracker
from tests.unit.test_commit_watch import TP, FakeConsumer


class Consumer(FakeConsumer):
    """With the partitions' first offsets (what the broker still holds), as faust's consumer reads them."""

    def __init__(self, starts: dict[TP, int]) -> None:
        super().__init__()
        self.starts = starts
        self.asked: list[set[TP]] = []

    async def earliest_offsets(self, *partitions: TP) -> dict[TP, int]:
        self.asked.append(set(partitions))
        return {tp: self.starts[tp] for tp in partitions}


def tracker(consumer: Consumer) -> tuple[LagTracker, CollectorRegistry]:
    registry = CollectorRegistry()
    gauge = Gauge("lag", "lag", ["topic"], registry=registry)
    return LagTracker(SimpleNamespace(consumer=consumer), gauge), registry


def lag(registry: CollectorRegistry, topic: str) -> float | None:
    return registry.get_sample_value("lag", {"topic": topic})


def record(topic: str, partition: int, offset: int) -> SimpleNamespace:
    return SimpleNamespace(topic=topic, partition=partition, offset=offset)


async def test_a_partition_nothing_was_processed_from_counts_from_its_commit_or_its_start() -> None:
    committed, fresh, emptied = TP("events", 0), TP("events", 1), TP("events", 2)
    consumer = Consumer(starts={fresh: 0, emptied: 700})
    consumer.highwaters = {committed: 500, fresh: 300, emptied: 700}
    consumer._committed_offset = {committed: 120}
    lags, registry = tracker(consumer)
    lags.update()
    assert lag(registry, "events") == (500 - 120) + 300 + 700  # a worker stuck from the start is not at 0
    await lags.learn_starts()
    assert consumer.asked == [{fresh, emptied}]  # only partitions with neither a position nor a commit
    lags.update()
    assert lag(registry, "events") == (500 - 120) + 300  # retention emptied partition 2: nothing to read
    lags.processed(record("events", 0, 499))
    lags.processed(record("events", 1, 99))
    lags.update()
    assert lag(registry, "events") == 0 + 200
    await lags.learn_starts()
    assert consumer.asked == [{fresh, emptied}]  # known starts are not asked for again


async def test_revoked_partitions_are_dropped_and_a_topic_left_without_partitions_reads_zero() -> None:
    kept, lost, other = TP("events", 0), TP("events", 1), TP("articles", 0)
    consumer = Consumer(starts={})
    consumer.highwaters = {kept: 50, lost: 80, other: 40}
    lags, registry = tracker(consumer)
    for tp, offset in ((kept, 9), (lost, 19), (other, 29)):
        lags.processed(record(tp.topic, tp.partition, offset))
    lags.update()
    assert (lag(registry, "events"), lag(registry, "articles")) == (40 + 60, 10)
    consumer.highwaters = {kept: 50}  # a rebalance: another worker now reads `lost` and `other`
    lags.update()
    assert (lag(registry, "events"), lag(registry, "articles")) == (40, 0)
    assert set(lags.positions) == {("events", 0)}
    consumer.highwaters = {kept: 50, lost: 90}  # `lost` comes back after its new owner processed and committed
    consumer._committed_offset = {lost: 85}
    lags.update()
    assert lag(registry, "events") == 40 + 5  # from the commit, not from this worker's stale position 20


async def test_a_tables_changelog_partitions_are_no_lag() -> None:
    # an escalation worker is assigned its state table's changelog too; it restores from it and never processes
    # it, so counting it would show the table's whole history as lag (and hold VigilConsumerLagHigh up)
    events, changelog = TP("events", 0), TP("vigil-escalation-theatre-state-changelog", 0)
    consumer = Consumer(starts={events: 0, changelog: 0})
    consumer.highwaters = {events: 40, changelog: 900}
    registry = CollectorRegistry()
    gauge = Gauge("lag", "lag", ["topic"], registry=registry)
    lags = LagTracker(SimpleNamespace(consumer=consumer), gauge, inputs=["events"])
    await lags.learn_starts()
    lags.processed(record("events", 0, 39))
    lags.update()
    assert lag(registry, "events") == 0
    assert lag(registry, changelog.topic) is None
    assert consumer.asked == [{events}]
