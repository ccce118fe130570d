"""InputSequence: a worker notices a message its faust stream skipped and gets it read back, in order.

The reading itself (`read_range`, a consumer of no group on the real broker) is exercised by
`tests/integration/test_scaleout.py::test_a_theatre_message_the_consumer_skipped_is_read_back_from_the_topic`;
here it is replaced by the partition's records held in memory.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Counter

import services.common.faust_app as faust_app
from services.common.faust_app import InputSequence
from services.common.settings import KafkaSettings


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int


@dataclass
class Signal:
    receivers: list[Callable[..., Any]]

    def connect(self, receiver: Callable[..., Any]) -> Callable[..., Any]:
        self.receivers.append(receiver)
        return receiver

    def send(self, assigned: set[Any]) -> None:
        for receiver in self.receivers:
            asyncio.run(receiver(None, assigned=assigned))


@dataclass
class App:
    on_partitions_assigned: Signal


@dataclass(frozen=True)
class TP:
    topic: str
    partition: int


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, int]]:
    """Every range read back, as (topic, partition, start, end); the topic holds a record at every offset."""
    calls: list[tuple[str, int, int, int]] = []

    async def read_range(kafka: Any, topic: str, partition: int, start: int, end: int, **_: Any) -> list[Record]:
        calls.append((topic, partition, start, end))
        return [Record(topic, partition, offset) for offset in range(start, end)]

    monkeypatch.setattr(faust_app, "read_range", read_range)
    return calls


def make() -> tuple[InputSequence, Signal, Callable[[], float | None]]:
    signal, registry = Signal([]), CollectorRegistry()
    counter = Counter("vigil_test_input_gap_messages", "test", registry=registry)
    sequence = InputSequence(App(signal), KafkaSettings(bootstrap="127.0.0.1:1"), "test", counter)
    return sequence, signal, lambda: registry.get_sample_value("vigil_test_input_gap_messages_total")


def skipped(sequence: InputSequence, topic: str, partition: int, offset: int) -> list[int]:
    return [r.offset for r in asyncio.run(sequence.skipped_before(Record(topic, partition, offset)))]


def test_in_order_messages_read_nothing_back(reads: list[Any]) -> None:
    sequence, _, counted = make()
    assert [skipped(sequence, "a", 0, offset) for offset in (5, 6, 7)] == [[], [], []]
    assert reads == [] and counted() == 0


def test_a_skipped_offset_is_read_back_before_the_message_that_revealed_it(reads: list[Any]) -> None:
    sequence, _, counted = make()
    skipped(sequence, "a", 0, 26)
    assert skipped(sequence, "a", 0, 28) == [27]
    assert skipped(sequence, "a", 0, 32) == [29, 30, 31]
    assert reads == [("a", 0, 27, 28), ("a", 0, 29, 32)]
    assert counted() == 4


def test_partitions_are_sequenced_apart(reads: list[Any]) -> None:
    sequence, _, _ = make()
    skipped(sequence, "a", 0, 10)
    skipped(sequence, "a", 1, 3)
    skipped(sequence, "b", 0, 50)
    assert (skipped(sequence, "a", 1, 4), skipped(sequence, "a", 0, 11), skipped(sequence, "b", 0, 51)) == ([], [], [])
    assert reads == []


def test_a_redelivery_after_a_rebalance_is_no_gap_and_does_not_move_the_sequence_back(reads: list[Any]) -> None:
    sequence, signal, _ = make()
    for offset in (40, 41, 42):
        skipped(sequence, "a", 0, offset)
    signal.send({TP("a", 0)})  # kept: the stream restarts from the committed offset, here 41
    assert [skipped(sequence, "a", 0, offset) for offset in (41, 42, 43)] == [[], [], []]
    assert reads == []


def test_a_kept_partition_whose_commit_passed_a_message_gets_it_back(reads: list[Any]) -> None:
    sequence, signal, _ = make()
    skipped(sequence, "a", 0, 182)
    signal.send({TP("a", 0)})
    assert skipped(sequence, "a", 0, 184) == [183]  # committed 184 while 183 was never processed


def test_a_partition_read_elsewhere_is_forgotten(reads: list[Any]) -> None:
    sequence, signal, _ = make()
    skipped(sequence, "a", 0, 10)
    skipped(sequence, "a", 1, 10)
    signal.send({TP("a", 1)})  # partition 0 went to another worker, which processed 11..499
    signal.send({TP("a", 0), TP("a", 1)})  # and came back
    assert skipped(sequence, "a", 0, 500) == []  # nothing to read back: its sequence starts again
    assert skipped(sequence, "a", 1, 12) == [11]
    assert reads == [("a", 1, 11, 12)]
