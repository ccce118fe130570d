"""The escalation worker's faust wiring, driven without a broker.

The agents' bodies run on batches of fake messages; sends to Kafka are recorded instead (`Topic.send` patched),
the consumer is a fake holding the assignment, high waters and commits, and the table's changelog restore is
stood in for by filling the table and calling its recovery callbacks, as faust does once a restore is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from aiokafka.partitioner import DefaultPartitioner
from faust.types import TP
from prometheus_client import CollectorRegistry

from schemas.escalation import TheatreEvent
from schemas.events import Event
from schemas.topics import EVENT_TOPICS, THEATRE_EVENTS
from services.common.settings import KafkaSettings
from services.escalation.app import UnreadPartitions, applied_key, build, source_key
from services.escalation.core import Episode, TheatreState, new_state
from services.escalation.settings import EscalationSettings
from services.escalation.theatres import load_theatres
from services.escalation.watermark import SourceWatermark
from tests.unit.conftest import Sent
from tests.unit.test_escalation_core import T0, make_event

KAFKA = KafkaSettings(bootstrap="127.0.0.1:1")  # never connected to
SETTINGS = EscalationSettings(partitions=4)
THEATRE = KAFKA.topic(THEATRE_EVENTS.name)
EVENTS = KAFKA.topic(next(iter(EVENT_TOPICS.values())).name)
ALL = list(range(SETTINGS.partitions))


def partition_of(theatre: str) -> int:
    return DefaultPartitioner()(theatre.encode(), ALL, ALL)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


class Consumer:
    """What the worker reads of faust's consumer: assignment, high waters, commits and first offsets."""

    def __init__(self) -> None:
        self.assigned: set[TP] = set()
        self.highwaters: dict[TP, int] = {}
        self._committed_offset: dict[TP, int] = {}
        self.starts: dict[TP, int] = {}
        self.asked: list[set[TP]] = []

    def assignment(self) -> set[TP]:
        return set(self.assigned)

    def highwater(self, tp: TP) -> int | None:
        assert tp in self.assigned, "aiokafka refuses partitions it does not hold"
        return self.highwaters.get(tp)

    async def earliest_offsets(self, *partitions: TP) -> dict[TP, int]:
        self.asked.append(set(partitions))
        return {tp: self.starts[tp] for tp in partitions}


@dataclass
class Batches:
    """The agents' stream: `take_events` yields the given batches of messages."""

    batches: list[list[Any]]

    async def take_events(self, max_: int, within: float) -> Any:
        for batch in self.batches:
            yield [SimpleNamespace(message=m) for m in batch]


@dataclass
class Worker:
    app: faust.App
    registry: CollectorRegistry
    consumer: Consumer
    sent: list[Sent] = field(default_factory=list)

    @property
    def states(self) -> Any:
        return self.app.tables["theatre-state"]

    async def run(self, agent: str, *batches: list[Any]) -> None:
        await self.app.agents[agent].fun(Batches(list(batches)))

    async def assign(self, tps: set[TP]) -> None:
        """A rebalance as faust runs it: revoke everything, assign, restore the table, call its callbacks."""
        await self.app.on_partitions_revoked.send(self.consumer.assignment())
        self.consumer.assigned = set(tps)
        await self.app.on_partitions_assigned.send(set(tps))
        await self.states.call_recover_callbacks()

    async def flush(self) -> None:
        """What the worker does when faust stops it: the pending states go to the changelog."""
        await self.app.on_before_shutdown.send()

    def changelog(self) -> list[Sent]:
        return [s for s in self.sent if s.topic.endswith("theatre-state-changelog")]

    def store(self, state: TheatreState) -> None:
        self.states.data[state.theatre] = state.model_dump_json().encode()

    def active(self, label: str, severity: str) -> float | None:
        return self.registry.get_sample_value(
            "vigil_escalation_alerts_active", {"theatre": label, "severity": severity}
        )

    def ticks(self) -> list[datetime]:
        """The watermark of each tick sent (once per theatre partition: the first partition's)."""
        found = [TheatreEvent.model_validate_json(s.value) for s in self.sent if s.topic == THEATRE and s.key == b"*"]
        return [t.watermark for t in found[:: SETTINGS.partitions] if t.watermark is not None]

    def dead_letters(self) -> list[Sent]:
        return [s for s in self.sent if s.topic.endswith(".dlq")]

    def events_seen(self, event: Event, outcome: str) -> float | None:
        return self.registry.get_sample_value(
            "vigil_escalation_events_total", {"type": event.type, "outcome": outcome}
        )


@pytest.fixture
def worker(sent: list[Sent]) -> Worker:
    return new_worker(sent)


def new_worker(sent: list[Sent], settings: EscalationSettings = SETTINGS) -> Worker:
    app, registry, _ = build(KAFKA, settings)
    consumer = Consumer()
    app.consumer = consumer
    return Worker(app, registry, consumer, sent)


def theatre_message(partition: int, offset: int, routed: TheatreEvent) -> SimpleNamespace:
    key = b"*" if routed.watermark is not None else routed.theatre.encode()
    return SimpleNamespace(
        topic=THEATRE, partition=partition, offset=offset, key=key, value=routed.model_dump_json().encode()
    )


def event_message(tp: TP, offset: int, event: Event) -> SimpleNamespace:
    return SimpleNamespace(
        topic=tp.topic, partition=tp.partition, offset=offset, key=None, value=event.model_dump_json().encode()
    )


def with_episode(theatre: str, severity: str) -> TheatreState:
    episode = Episode(
        episode_id=f"ep-{theatre}",
        raised_at=day(2),
        severity=severity,
        baseline=5.0,
        threshold_warning=30.0,
        threshold_critical=60.0,
        peak=70.0,
    )
    return new_state(theatre).model_copy(update={"episode": episode})


def pairs_on(partitions: set[int], count: int) -> list[str]:
    candidates = (f"pair:{a}-{b}" for a in ("CHN", "IND", "IRN", "ISR", "PRK", "RUS") for b in ("USA", "TUR", "JPN"))
    return [pair for pair in candidates if partition_of(pair) in partitions][:count]


async def test_alert_gauges_follow_the_stored_states_through_a_restart_and_a_rebalance(worker: Worker) -> None:
    theatre = "russia-ukraine"
    standby = next(t for t in load_theatres().by_id if partition_of(t) != partition_of(theatre))
    owned = set(ALL) - {partition_of(standby)}  # the standby theatre's partition is another worker's
    open_pair, calm_pair = pairs_on(owned - {partition_of(theatre)}, 2)
    for state in (
        with_episode(theatre, "critical"),
        with_episode(standby, "warning"),
        with_episode(open_pair, "warning"),
        new_state(calm_pair),
    ):
        worker.store(state)

    await worker.assign({TP(THEATRE, p) for p in owned})  # a restart: states restored from the changelog
    assert (worker.active(theatre, "critical"), worker.active(theatre, "warning")) == (1, 0)
    assert worker.active(standby, "warning") == 0  # a standby copy: its owner reports it
    assert (worker.active("other", "warning"), worker.active("other", "critical")) == (1, 0)

    # steps that change no alert leave the gauges as the states say (the calm pair shares the `other` label)
    for offset, (name, actor, location) in enumerate(((theatre, "RUS", "UKR"), (calm_pair, "USA", "CHN"))):
        routed = TheatreEvent(theatre=name, events=[make_event(actor=actor, location=location, at=2.5)])
        await worker.run("score", [theatre_message(partition_of(name), offset, routed)])
    assert (worker.active(theatre, "critical"), worker.active("other", "warning")) == (1, 1)

    await worker.assign({TP(THEATRE, p) for p in owned - {partition_of(theatre)}})  # its partition went elsewhere
    assert (worker.active(theatre, "critical"), worker.active(theatre, "warning")) == (0, 0)
    assert worker.active("other", "warning") == 1  # the open pair stayed here


async def test_messages_the_stored_states_include_are_not_applied_again(sent: list[Sent]) -> None:
    theatre = "russia-ukraine"
    partition = partition_of(theatre)
    early = make_event(at=0.5)
    tick = TheatreEvent(theatre="*", watermark=day(10))
    first = new_worker(sent)
    batch = [
        theatre_message(partition, 0, TheatreEvent(theatre=theatre, events=[early])),
        theatre_message(partition, 1, tick),  # closes the early event's day
    ]
    await first.run("score", batch)
    assert first.states.data[applied_key(partition)] == b"1"

    # a crash after the states were written, before the offsets were committed: the batch comes again
    restarted = new_worker(sent)
    restarted.states.data.update(first.states.data)  # the table restored from its changelog
    pair = pairs_on({partition}, 1)[0]
    fresh = make_event(at=9.5, serial=1)
    newcomer = make_event(actor="USA", location="CHN", at=9.6)
    await restarted.run(
        "score",
        [
            *batch,
            theatre_message(partition, 2, TheatreEvent(theatre=theatre, events=[fresh])),
            theatre_message(partition, 3, TheatreEvent(theatre=pair, events=[newcomer])),
        ],
    )
    assert restarted.dead_letters() == []  # the early event was not applied again, so not late
    assert restarted.events_seen(early, "late") == 0
    assert restarted.events_seen(early, "counted") == 2  # the fresh event and the pair's
    await restarted.flush()
    assert restarted.states.data[applied_key(partition)] == b"3"
    state = TheatreState.model_validate_json(restarted.states.data[theatre])
    assert sum(len(b.entries) for b in state.buckets.values()) == 1  # the fresh event (the early one is closed)
    # the skipped tick is still remembered: a theatre first seen afterwards is advanced to it at once
    assert TheatreState.model_validate_json(restarted.states.data[pair]).checked_until == day(10)


async def test_the_routers_watermark_waits_for_assigned_partitions_not_read_yet(worker: Worker) -> None:
    fetched_first, behind, caught_up = TP(EVENTS, 0), TP(EVENTS, 1), TP(EVENTS, 2)
    worker.consumer.highwaters = {fetched_first: 10, behind: 10, caught_up: 30}
    worker.consumer._committed_offset = {caught_up: 30}  # everything read before the restart
    await worker.assign({fetched_first, behind, caught_up})
    # after a restart the consumer fetches partition 0 first: its events are days ahead of partition 1's
    await worker.run(
        "route",
        [event_message(fetched_first, 0, make_event(at=10.0)), event_message(fetched_first, 1, make_event(at=10.5))],
    )
    assert worker.ticks() == []  # partition 1 is unread: nothing is safe to close yet
    await worker.run("route", [event_message(behind, 0, make_event(at=3.0, serial=2))])
    assert worker.ticks() == [day(3.0)]  # partition 2, caught up, holds nothing back


async def test_unread_partitions_hold_the_watermark_until_read_or_known_to_hold_nothing() -> None:
    read, caught_up, empty, expired, unfetched, busy = (TP(EVENTS, p) for p in range(6))
    consumer = Consumer()
    consumer.assigned = {read, caught_up, empty, expired, unfetched, busy}
    consumer.highwaters = {read: 5, caught_up: 40, empty: 0, expired: 25, busy: 30}
    consumer._committed_offset = {caught_up: 40, busy: 12}
    consumer.starts = {p: 0 for p in consumer.assigned} | {expired: 25}  # retention deleted all of `expired`
    watermark = SourceWatermark()
    unread = UnreadPartitions(SimpleNamespace(consumer=consumer), watermark)

    unread.assign(consumer.assigned)
    watermark.observe(source_key(read.topic, read.partition), day(5), backlog=False)
    unread.drop(read)
    unread.settle()
    assert set(unread.first) == {expired, unfetched, busy} and watermark.value is None
    await unread.learn_first_offsets()
    await unread.learn_first_offsets()
    assert consumer.asked == [{expired, unfetched, busy}]  # once per assignment
    unread.settle()
    assert set(unread.first) == {unfetched, busy} and watermark.value is None
    consumer.highwaters[unfetched] = 0  # fetched at last: empty
    unread.settle()
    assert set(unread.first) == {busy} and watermark.value is None
    watermark.observe(source_key(busy.topic, busy.partition), day(2), backlog=True)  # its first record
    unread.drop(busy)
    assert watermark.value == day(2)
    consumer.assigned.discard(busy)
    unread.assign(consumer.assigned)  # a rebalance: unread again, each until read or known to hold nothing
    unread.settle()
    assert set(unread.first) == {read, expired}


async def test_a_future_dated_report_moves_the_routers_watermark_only_to_when_it_arrived(worker: Worker) -> None:
    # ingest accepts published_at up to a day ahead; a report cannot have been published after it reached Vigil
    only = TP(EVENTS, 0)
    worker.consumer.highwaters = {only: 2}
    await worker.assign({only})
    ahead = make_event(at=3.8, known_at=day(3.0))  # dated 19 hours after it was extracted
    await worker.run("route", [event_message(only, 0, make_event(at=2.9)), event_message(only, 1, ahead)])
    assert worker.ticks() == [day(2.9), day(3.0)]  # the second report's tick, at its arrival


# ------------------------------------------------------------------ state flushes

SLOW_FLUSH = EscalationSettings(partitions=4, state_flush_interval=60.0)  # no flush falls due during a test


def burst(theatre_events: int = 12) -> list[Event]:
    """Twelve big reports within minutes: the next early check raises a critical alert on floors alone."""
    subtypes = ("buildup", "mobilization", "weapons_test", "readiness_check", "warning", "demand")
    return [
        make_event(subtypes[k % 6], actor=("RUS", "BLR")[k // 6], at=30.2 + k / 1440, source=f"Outlet {k}",
                   quantity=20_000, serial=k)
        for k in range(theatre_events)
    ]


def stored_offset(worker: Worker, partition: int) -> bytes | None:
    return worker.states.data.get(applied_key(partition))


async def test_a_partitions_first_batch_is_stored_at_once_later_ones_wait_for_the_flush(sent: list[Sent]) -> None:
    theatre = "russia-ukraine"
    partition = partition_of(theatre)
    worker = new_worker(sent, SLOW_FLUSH)
    message = lambda offset, at: theatre_message(  # noqa: E731
        partition, offset, TheatreEvent(theatre=theatre, events=[make_event(at=at, serial=offset)])
    )
    await worker.run("score", [message(0, 0.5)])  # three reports on three days: three real-world events
    assert stored_offset(worker, partition) == b"0"  # no stored offset yet: where to resume must be known first
    written = len(worker.changelog())

    await worker.run("score", [message(1, 1.5)], [message(2, 2.5)])
    assert stored_offset(worker, partition) == b"0" and len(worker.changelog()) == written  # pending in memory
    assert worker.events_seen(make_event(), "counted") == 3

    await worker.flush()
    assert stored_offset(worker, partition) == b"2"
    state = TheatreState.model_validate_json(worker.states.data[theatre])
    assert sum(len(b.entries) for b in state.buckets.values()) == 3
    keys = [s.key for s in worker.changelog()[written:]]
    assert keys[-1] == applied_key(partition) and theatre in keys  # the offset after the states it covers


async def test_a_batch_that_changes_an_alert_is_stored_at_once(sent: list[Sent]) -> None:
    theatre = "russia-ukraine"
    partition = partition_of(theatre)
    worker = new_worker(sent, SLOW_FLUSH)
    worker.states.data[applied_key(partition)] = b"-1"  # a partition with a stored offset: no first-batch write
    tick = TheatreEvent(theatre="*", watermark=day(31))
    await worker.run(
        "score",
        [
            theatre_message(partition, 0, TheatreEvent(theatre=theatre, events=burst())),
            theatre_message(partition, 1, tick),
        ],
    )
    alerts = [s for s in sent if s.topic == KAFKA.topic("alerts.escalation.v1")]
    assert alerts, "the burst must raise an alert for this test to mean anything"
    assert stored_offset(worker, partition) == b"1"
    assert TheatreState.model_validate_json(worker.states.data[theatre]).episode is not None


async def test_a_worker_killed_before_a_flush_resumes_from_the_stored_offset(
    sent: list[Sent], monkeypatch: pytest.MonkeyPatch
) -> None:
    theatre = "russia-ukraine"
    partition = partition_of(theatre)
    events = [make_event(at=0.5 + k, serial=k) for k in range(3)]  # three days: three real-world events
    messages = [theatre_message(partition, k, TheatreEvent(theatre=theatre, events=[e])) for k, e in enumerate(events)]
    first = new_worker(sent, SLOW_FLUSH)
    await first.run("score", [messages[0]], [messages[1]])
    assert stored_offset(first, partition) == b"0"  # message 1 is applied in memory only, then the worker dies

    # the group's commit had passed message 1: the restarted worker's stream starts at message 2
    reads: list[tuple[int, int]] = []

    async def read_range(kafka: Any, topic: str, part: int, start: int, end: int, **_: Any) -> list[Any]:
        reads.append((start, end))
        return messages[start:end]

    monkeypatch.setattr("services.common.faust_app.read_range", read_range)
    restarted = new_worker(sent, SLOW_FLUSH)
    restarted.states.data.update(first.states.data)  # the table restored from its changelog
    await restarted.run("score", [messages[2]])
    await restarted.flush()
    assert reads == [(1, 2)]
    state = TheatreState.model_validate_json(restarted.states.data[theatre])
    assert sorted(e.event_id for b in state.buckets.values() for e in b.entries.values()) == sorted(
        e.event_id for e in events
    )
    assert stored_offset(restarted, partition) == b"2"
    gaps = restarted.registry.get_sample_value("vigil_escalation_input_gap_messages_total")
    assert gaps == 0  # a resumption, not a message the consumer skipped
