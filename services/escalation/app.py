"""Escalation worker (faust): event topics → theatre repartition → per-theatre state table → scores and alerts."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Hashable, Iterable
from datetime import UTC, datetime
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner
from faust.types import TP
from prometheus_client import CollectorRegistry

from schemas.escalation import SourceMark, TheatreEvent
from schemas.events import Event
from schemas.topics import ALERTS, ESCALATION_SCORES, EVENT_TOPICS, THEATRE_EVENTS
from services.common.faust_app import (
    DeadLetters,
    InputSequence,
    LagTracker,
    classify,
    create_faust_app,
    first_offsets,
)
from services.common.settings import KafkaSettings
from services.escalation.cli import load_params
from services.escalation.core import (
    DetectorParams,
    StepResult,
    TheatreState,
    advance,
    apply_event,
    new_state,
    tick_due,
)
from services.escalation.metrics import OTHER, ActiveAlerts, EscalationMetrics, build_metrics
from services.escalation.settings import EscalationSettings
from services.escalation.theatres import Theatres, load_theatres, theatres_for
from services.escalation.watermark import SourceWatermark

log = logging.getLogger("vigil")

# Events per repartition message: a batch's events of one theatre are split so that a message stays far below
# Kafka's default 1 MB record limit (an event is about 1 KB of JSON).
ROUTE_CHUNK = 200

# Largest record on the state changelog: the producer's request limit and the changelog topic's
# max.message.bytes (deploy/kafka/topics.yaml). A state is ~0.9 KB per distinct event in its open windows; Kafka's
# 1 MB default would be reached by a theatre with ~1,600 of them, which a war's news could bring. A send over the
# producer's limit would crash faust's producer and, replayed, crash the worker again on every restart.
STATE_MAX_BYTES = 8 * 1024 * 1024
STATE_ROOM = 64 * 1024  # key, headers and record-batch overhead under the limit


def fits_changelog(value: bytes, limit: int = STATE_MAX_BYTES - STATE_ROOM) -> bool:
    """Whether an encoded theatre state (JSON bytes) is small enough for the state changelog."""
    return len(value) <= limit


# Table keys that are not theatres start with this (theatre ids are configured names or `pair:` keys).
APPLIED_PREFIX = "@applied/"


class FlushClock:
    """When the scorer's pending states are due for the changelog: `interval` seconds after the last flush, or at
    once after `now()` (an alert changed)."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval, self.clock = interval, clock
        self.last = clock()
        self.forced = False

    def now(self) -> None:
        self.forced = True

    def due(self) -> bool:
        return self.forced or self.clock() - self.last >= self.interval

    def done(self) -> None:
        self.last, self.forced = self.clock(), False


def applied_key(partition: int) -> str:
    """The table key holding the offset of the last theatre message, in that partition, the stored states include.

    It is written to the same changelog partition after the batch's states, so a table restored anywhere knows
    how far its states go, whatever offset the consumer group committed.
    """
    return f"{APPLIED_PREFIX}{partition}"


def source_key(topic: str, partition: int) -> str:
    """How an event partition is named in the router's watermark and in its ticks' `sources`."""
    return f"{topic}:{partition}"


class UnknownTheatre(ValueError):
    """A theatre event names a theatre that is neither configured nor a country pair."""


def metric_theatre(theatre: str, theatres: Theatres) -> str:
    """Bounded metric label: configured theatre ids, everything else `other`."""
    return theatre if theatre in theatres.by_id else OTHER


class UnreadPartitions:
    """The event partitions assigned to this router that have not delivered a record yet (docs/escalation.md §4).

    Each holds the router's watermark back, as a partition with backlog not read from yet (nothing is safe to
    close), until it delivers a record or is known to hold nothing to read: its high water is at the group's
    committed offset, or at its first offset (empty, or emptied by retention). Otherwise a worker catching up
    after a restart would close windows on the partitions fetched first, ahead of older events still unread on
    the others.
    """

    def __init__(self, app: faust.App, watermark: SourceWatermark) -> None:
        self.app, self.watermark = app, watermark
        self.first: dict[TP, int | None] = {}  # unread partition -> its first offset, once read from the broker

    def assign(self, tps: Iterable[TP]) -> None:
        """A new assignment (the whole of it: faust revokes every partition before a rebalance)."""
        self.first = {}
        for tp in tps:
            self.first[tp] = None
            self.watermark.mark_backlog(source_key(tp.topic, tp.partition), True)

    def drop(self, tp: TP) -> None:
        """The partition delivered a record (the watermark has its word now) or was revoked."""
        self.first.pop(tp, None)

    async def learn_first_offsets(self) -> None:
        """Read the first offsets of unread partitions not known yet (once per assignment)."""
        found = await first_offsets(self.app.consumer, [tp for tp, first in self.first.items() if first is None])
        for tp, offset in found.items():
            if tp in self.first:  # not revoked or read from meanwhile
                self.first[tp] = offset

    def settle(self) -> None:
        """Let the unread partitions known to hold nothing to read stop holding the watermark back."""
        if not self.first:
            return
        consumer = self.app.consumer
        committed = getattr(consumer, "_committed_offset", {})  # faust's own bookkeeping (no public API)
        assigned = consumer.assignment()  # the client refuses the high water of a partition it no longer has
        for tp, first in list(self.first.items()):
            highwater = consumer.highwater(tp) if tp in assigned else None
            if highwater is not None and highwater <= max(committed.get(tp) or 0, first or 0):
                del self.first[tp]
                self.watermark.mark_backlog(source_key(tp.topic, tp.partition), False)


def create_app(
    kafka: KafkaSettings,
    settings: EscalationSettings,
    metrics: EscalationMetrics,
    theatres: Theatres,
    params: DetectorParams,
) -> faust.App:
    """Two agents: `route` fans events out per theatre (repartition by theatre); `score` keeps theatre state."""
    app = create_faust_app(
        "escalation", kafka, partitions=settings.partitions, producer_max_request_size=STATE_MAX_BYTES
    )
    event_topics = [kafka.topic(spec.name) for spec in EVENT_TOPICS.values()]
    events_in = app.topic(*event_topics)
    theatre_topic_name = kafka.topic(THEATRE_EVENTS.name)
    theatre_topic = app.topic(theatre_topic_name, partitions=settings.partitions)
    scores_out = app.topic(kafka.topic(ESCALATION_SCORES.name))
    alerts_out = app.topic(kafka.topic(ALERTS.name))
    # key_type/value_type fix the changelog codecs (str keys as JSON, state as raw JSON bytes), so a table
    # restored from its changelog after a restart or a rebalance holds exactly what the worker wrote
    states = app.Table(
        "theatre-state",
        default=None,
        partitions=settings.partitions,
        key_type=str,
        value_type=bytes,
        extra_topic_configs={"max.message.bytes": str(STATE_MAX_BYTES)},  # if faust, not topics.yaml, creates it
    )
    dead_letters = DeadLetters(app, kafka, "escalation", metrics.dlq)
    sequence = InputSequence(app, kafka, "escalation", metrics.input_gaps)
    lag = LagTracker(app, metrics.lag, inputs=[*event_topics, theatre_topic_name])

    partitioner = DefaultPartitioner()  # the producer's: a theatre key always lands on the same partition
    all_partitions = list(range(settings.partitions))
    # The router's event-time watermark lives in memory: after a restart it is rebuilt from the input, and the
    # ticks it sends are idempotent (closing windows up to a horizon twice closes nothing new).
    source_watermark = SourceWatermark()
    unread = UnreadPartitions(app, source_watermark)
    last_tick: dict[str, datetime] = {}
    # A read-through cache of the table's parsed states (parsing JSON on every event cost more than scoring);
    # writes still go to the changelog-backed table, and the cache is dropped on every rebalance.
    parsed: dict[str, TheatreState] = {}
    # The watermark of the last tick each theatre partition has seen (ticks repeat, so memory is enough): a
    # theatre whose first event arrives after a tick is advanced to it at once (`apply_event(ticked=)`).
    marks: dict[int, datetime] = {}
    # Per theatre partition, the routers' reports merged (ticks reach every partition, each in that partition's
    # order, after the events sent before them): a window closes only when every router's word allows it. A
    # partition's view starts empty, so a worker's first tick there speaks for its router alone until the others
    # report (within `report_interval`). `reported` is this router's last report.
    merged: dict[int, SourceWatermark] = {}
    reported: dict[Hashable, tuple[datetime, bool]] = {}
    # The scorer's states and applied offsets not yet on the changelog (`flush_states`): theatre -> (partition,
    # state), partition -> offset. Writing every batch's states serialised and sent each busy theatre's whole state
    # tens of times a second; a flush at most every `state_flush_interval` writes it once.
    pending: dict[str, tuple[int, TheatreState]] = {}
    pending_applied: dict[int, int] = {}
    flush = FlushClock(settings.state_flush_interval)
    scoring = asyncio.Lock()  # a batch and a flush never interleave (the timer and the revoke handler flush too)
    resumed: set[int] = set()  # theatre partitions this worker has read a message of since it was assigned them
    active_alerts = ActiveAlerts(metrics.alerts_active, lambda theatre: metric_theatre(theatre, theatres))

    def partition_of(theatre: str) -> int:
        """The theatre topic's (and the table's) partition of a theatre."""
        return partitioner(theatre.encode(), all_partitions, all_partitions)

    def owned_by(tps: Iterable[TP]) -> set[int]:
        """The theatre partitions among these (this worker's score agent reads them)."""
        return {tp.partition for tp in tps if tp.topic == theatre_topic_name}

    @app.on_partitions_revoked.connect
    async def forget_revoked(sender: Any, revoked: set[Any], **_: Any) -> None:
        # faust has waited for the agents' batches: the states go to the changelog before another worker restores
        # them (if this write fails, the next owner re-applies from the stored offsets: nothing is lost)
        async with scoring:
            await flush_states()
        await app.producer.flush()
        resumed.clear()
        for tp in revoked:  # a partition now read by another worker no longer holds this router back
            source_watermark.forget(source_key(tp.topic, tp.partition))
            unread.drop(tp)
        parsed.clear()  # the table is the truth; after a rebalance states are parsed again from it
        marks.clear()  # `merged` stays: reports re-read from the last commit only make it more cautious

    @app.on_partitions_assigned.connect
    async def take_assigned(sender: Any, assigned: set[Any], **_: Any) -> None:
        unread.assign(tp for tp in assigned if tp.topic in event_topics)
        # Theatres whose partition went to another worker leave this worker's gauges (not at the revoke, which
        # in faust's eager rebalance takes every partition: the gauges of the theatres kept would blink to 0).
        owned = owned_by(assigned)
        active_alerts.keep(lambda theatre: partition_of(theatre) in owned)

    @states.on_recover
    async def show_restored_alerts() -> None:
        """After the table is restored (start, rebalance): the alert gauges from the owned theatres' states."""
        owned = owned_by(app.consumer.assignment())
        active_alerts.keep(lambda theatre: partition_of(theatre) in owned)
        for theatre in sorted(stored_theatres()):
            if partition_of(theatre) in owned:  # not the standby copies of other workers' theatres
                show_alert(theatre, load(theatre))

    @app.agent(events_in, name="route")
    async def route(stream: faust.StreamT) -> None:
        # One message per theatre per batch instead of one per event and theatre: the repartition topic, the
        # scorer's reads and its changelog writes all shrink by the batch's events per theatre. Faust acks a
        # batch only after this loop body has processed it.
        async for batch in stream.take_events(settings.batch_max, within=settings.batch_within):
            routed: dict[str, list[Event]] = {}
            decoded: list[tuple[Any, Event]] = []
            for message in batch:
                for source in [*await sequence.skipped_before(message.message), message.message]:
                    try:
                        event = Event.model_validate_json(source.value.decode("utf-8"))
                    except Exception as exc:  # noqa: BLE001 — one bad message goes to the DLQ; the stream goes on
                        await dead_letters.send(source, classify(exc), exc)
                        continue
                    decoded.append((source, event))
                    targets = theatres_for(event, theatres)
                    if not targets:
                        metrics.events.labels(event.type, "unrouted").inc()
                    for theatre in targets:
                        routed.setdefault(theatre, []).append(event)
            for theatre, events in routed.items():
                for at in range(0, len(events), ROUTE_CHUNK):
                    value = TheatreEvent(theatre=theatre, events=events[at:at + ROUTE_CHUNK]).model_dump_json()
                    await theatre_topic.send(key=theatre.encode(), value=value.encode())
            for source, event in decoded:  # ticks follow the batch's events on every theatre partition
                await tick(source, event)
            for message in batch:
                lag.processed(message.message)

    async def tick(source: Any, event: Event) -> None:
        """Advance the router's watermark; when it passes an early-check or bucket boundary, tell every theatre
        partition."""
        tp = TP(source.topic, source.partition)
        highwater = app.consumer.highwater(tp)  # a faust message or a record read back
        backlog = highwater is None or highwater > source.offset + 1
        # A report cannot have been published after it reached Vigil: a future-dated one (ingest allows a day) must
        # not drag every theatre's closes and early checks ahead, and the events behind it into `late_event`.
        source_watermark.observe(
            source_key(source.topic, source.partition), min(event.published_at, event.known_at), backlog
        )
        unread.drop(tp)
        unread.settle()
        current, previous = source_watermark.value, last_tick.get("watermark")
        if current is None or (previous is not None and current <= previous):
            return
        if tick_due(previous, current, params):
            await send_tick(current, event.known_at)
            last_tick["watermark"] = current

    async def send_tick(current: datetime, known_at: datetime | None = None) -> None:
        """A tick to every theatre partition: this router's watermark and its word on each partition it reads."""
        report = source_watermark.report()
        sources = {str(p): SourceMark(seen=seen, backlog=backlog) for p, (seen, backlog) in report.items()}
        tick_event = TheatreEvent(theatre="*", watermark=current, sources=sources, known_at=known_at)
        value = tick_event.model_dump_json().encode()
        for partition in all_partitions:
            await theatre_topic.send(key=b"*", value=value, partition=partition)
        reported.clear()
        reported.update(report)

    @app.timer(interval=settings.report_interval)
    async def report_sources() -> None:
        """Between ticks, tell the score workers when this router's view changed (a partition caught up, say).

        Other routers' ticks only close windows as far as every router's last word allows, so a router that
        has caught up but passes no bucket boundary would otherwise hold them back until its next event.
        """
        await unread.learn_first_offsets()
        unread.settle()
        current = source_watermark.value
        if current is not None and source_watermark.report() != reported:
            await send_tick(current)

    @app.agent(theatre_topic, name="score")
    async def score(stream: faust.StreamT) -> None:
        # States are kept in `pending` and written to the changelog by `flush_states` (at most every
        # `state_flush_interval`, at once when an alert changed), with the offset of the last message they include.
        async for batch in stream.take_events(settings.batch_max, within=settings.batch_within):
            async with scoring:
                for message in batch:
                    source = message.message
                    # like the router's input (`InputSequence`), but measured against the stored states, not this
                    # worker's memory: a worker that takes a partition over also finds what its previous owner
                    # skipped, and one resuming after a crash re-applies what its last flush did not store
                    last = last_applied(source.partition)
                    if last is not None and source.offset <= last:
                        # redelivered after a crash before the commit: the stored states include it already
                        remember_tick(source)
                        continue
                    resuming = source.partition not in resumed
                    resumed.add(source.partition)
                    for missed in await sequence.read_gap(source, last, resuming=resuming):
                        await score_message(missed, pending)
                    await score_message(source, pending)
                    pending_applied[source.partition] = source.offset if last is None else max(last, source.offset)
                if flush.due() or any(states.get(applied_key(p)) is None for p in pending_applied):
                    # a partition's first batch is stored at once: from then on a stored offset says where to resume
                    await flush_states()
            for message in batch:
                lag.processed(message.message)

    async def flush_states() -> None:
        """Write the pending states, then the offsets they include, to the table and its changelog.

        The records are handed to the Kafka producer before the batch is acknowledged (see `write_state`). A batch
        whose offsets a commit covers may still be only in memory: a worker killed then resumes from the stored
        offsets (`@applied/<partition>`), reads the rest back from the topic and applies it again, publishing the
        same scores again (at least once). Alerts are never left pending: a batch that changed one flushes at once.
        """
        for theatre, (partition, state) in pending.items():
            await write_state(partition, theatre, state)
        for partition, offset in pending_applied.items():
            await write_record(partition, applied_key(partition), str(offset).encode())
        pending.clear()
        pending_applied.clear()
        flush.done()

    @app.timer(interval=settings.state_flush_interval / 2)
    async def flush_idle_states() -> None:
        """The states a quiet stream left pending (no batch came to flush them)."""
        async with scoring:
            if flush.due() and (pending or pending_applied):
                await flush_states()

    @app.on_before_shutdown.connect
    async def flush_at_shutdown(sender: Any, **_: Any) -> None:
        """After faust stopped the agents and before it flushes the producer: nothing pending is left behind."""
        async with scoring:
            await flush_states()

    def remember_tick(source: Any) -> None:
        """Of a message the stored states include, keep a tick's word in this worker's memory (merged view, last
        mark), as applying it would have: a theatre first seen next is then advanced to it (`ticked=`)."""
        if source.key != b"*":
            return  # routed events: only ticks are sent with this key
        try:
            tick_event = TheatreEvent.model_validate_json(source.value.decode("utf-8"))
        except Exception:  # noqa: BLE001 — it was dead-lettered when it was applied
            return
        watermark = tick_watermark(tick_event, source.partition)
        if watermark is not None and (source.partition not in marks or watermark > marks[source.partition]):
            marks[source.partition] = watermark

    def last_applied(partition: int) -> int | None:
        """Offset of the last message of a theatre partition whose effects are in this worker's states."""
        if partition in pending_applied:
            return pending_applied[partition]
        stored = states.get(applied_key(partition))
        return int(stored) if stored else None

    async def score_message(source: Any, dirty: dict[str, tuple[int, TheatreState]]) -> None:
        """Apply one message of the theatre topic: a tick, or a theatre's routed events in order."""
        try:
            routed = TheatreEvent.model_validate_json(source.value.decode("utf-8"))
            if routed.watermark is not None:
                await close_quiet_theatres(routed, source.partition, dirty)
                return
            if routed.theatre not in theatres.by_id and not routed.theatre.startswith("pair:"):
                raise UnknownTheatre(f"theatre {routed.theatre!r} is not configured and not a country pair")
        except UnknownTheatre as exc:
            await dead_letters.send(source, "unknown_theatre", exc)
            return
        except Exception as exc:  # noqa: BLE001
            await dead_letters.send(source, classify(exc), exc)
            return
        for event in routed.routed:
            # a failure is one event's: it goes to the DLQ on its own (the batch's other events stand)
            try:
                started = time.perf_counter()
                step = apply_event(
                    load(routed.theatre), event, params, theatres,
                    advance=False, ticked=marks.get(source.partition),
                )
                metrics.processing_seconds.observe(time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001
                await dead_letters.send(source, classify(exc), exc, value=alone(routed.theatre, event))
                continue
            metrics.events.labels(event.type, step.outcome).inc()
            if step.outcome == "late":
                late = ValueError(f"event at {event.published_at.isoformat()} is older than allowed")
                await dead_letters.send(source, "late_event", late, value=alone(routed.theatre, event))
            await publish(routed.theatre, step, event.known_at)
            dirty[routed.theatre] = (source.partition, step.state)

    def alone(theatre: str, event: Event) -> bytes:
        """One event of a batch as a theatre message of its own (what its dead letter carries)."""
        return TheatreEvent(theatre=theatre, events=[event]).model_dump_json().encode()

    def load(theatre: str) -> TheatreState:
        """The theatre's state: parsed once from the table, then kept parsed while this worker owns it."""
        if theatre not in parsed:
            stored = states.get(theatre)
            parsed[theatre] = TheatreState.model_validate_json(stored) if stored else new_state(theatre)
        return parsed[theatre]

    async def write_state(partition: int, theatre: str, state: TheatreState) -> None:
        """Store a theatre's state in the table and its changelog partition (the theatre topic's partition).

        Written outside faust's per-message context (batches), so the changelog partition is given explicitly
        instead of being taken from the current event; it is the same partition faust would have chosen. A
        state too large for the changelog is kept in memory only (logged and counted): a restart would then
        resume from its last stored state, which is better than a worker that crashes on every restart.

        The record is handed straight to the Kafka producer, not to faust's `send_changelog`, which only queues
        it in faust's producer buffer, whose flush gives up after 0.1 s without a send (records waited there
        past the commits that covered them). What a commit covers beyond the stored offset is read back from the
        topic when a worker resumes the partition (`flush_states`).
        """
        value = state.model_dump_json().encode()
        label = metric_theatre(theatre, theatres)
        metrics.state_bytes.labels(label).set(len(value))  # written or not: VigilEscalationStateLarge watches it
        if not fits_changelog(value):
            metrics.state_refused.labels(label).inc()
            log.error(
                "escalation: state of %s is %d bytes, over the changelog's %d: kept in memory only (%d buckets)",
                theatre,
                len(value),
                STATE_MAX_BYTES - STATE_ROOM,
                len(state.buckets),
            )
            return
        await write_record(partition, theatre, value)

    async def write_record(partition: int, key: str, value: bytes) -> None:
        """One table record, in memory and handed to the producer for its changelog partition (see above)."""
        await states.changelog_topic.send(
            key=key,
            value=value,
            partition=partition,
            key_serializer=states.key_serializer,
            value_serializer=states.value_serializer,
        )
        states.data[key] = value

    async def close_quiet_theatres(
        tick_event: TheatreEvent, partition: int, dirty: dict[str, tuple[int, TheatreState]]
    ) -> None:
        """A tick: advance this partition's theatres to the merged watermark (closes and early checks)."""
        watermark = tick_watermark(tick_event, partition)
        if watermark is None:
            return
        if partition in marks and watermark <= marks[partition]:
            return  # nothing new to close or check (theatres first seen since are advanced by `ticked`)
        marks[partition] = watermark
        for theatre in sorted(stored_theatres() | set(dirty)):  # with theatres first seen in this batch, not yet stored
            if partition_of(theatre) != partition:
                continue  # another partition's theatre (a standby copy): its own ticks close it
            step = advance(load(theatre), watermark, params, theatres)
            await publish(theatre, step, tick_event.known_at)  # an early alert's latency runs from the tick's event
            dirty[theatre] = (partition, step.state)

    def tick_watermark(tick_event: TheatreEvent, partition: int) -> datetime | None:
        """The watermark a tick allows on its partition, its routers' reports merged into the partition's view."""
        assert tick_event.watermark is not None
        if not tick_event.sources:
            return tick_event.watermark  # a tick without sources speaks for its router alone
        view = merged.setdefault(partition, SourceWatermark())
        view.merge({p: (mark.seen, mark.backlog) for p, mark in tick_event.sources.items()})
        return view.value

    def stored_theatres() -> set[str]:
        """The theatres in the table (this worker's partitions and standby copies of others')."""
        stored = {k.decode() if isinstance(k, bytes) else k for k in list(states.keys())}
        return {k for k in stored if not k.startswith(APPLIED_PREFIX)}

    def show_alert(theatre: str, state: TheatreState) -> None:
        """The alert gauges of a theatre from its state's open episode (what alerts.escalation.v1 last said)."""
        active_alerts.show(theatre, state.episode.severity if state.episode is not None else None)

    async def publish(theatre: str, step: StepResult, known_at: datetime | None) -> None:
        """Keep the new state (written by the next flush) and send its closed windows and alerts."""
        parsed[theatre] = step.state
        show_alert(theatre, step.state)
        label = metric_theatre(theatre, theatres)
        if step.state.open_score is not None:
            metrics.open_index.labels(label).set(step.state.open_score)
        key = theatre.encode()
        for s in step.scores:
            await scores_out.send(key=key, value=s.model_dump_json().encode())
            metrics.index.labels(label).set(s.score)
            metrics.baseline.labels(label).set(s.baseline)
            metrics.threshold.labels(label, "warning").set(s.threshold_warning)
            metrics.threshold.labels(label, "critical").set(s.threshold_critical)
        if step.alerts:
            flush.now()  # the state that raised, escalated or resolved is stored with this batch
        for alert in step.alerts:
            await alerts_out.send(key=key, value=alert.model_dump_json().encode())
            metrics.alerts.labels(label, alert.severity, alert.state).inc()
            if known_at is not None:
                metrics.event_to_alert_seconds.observe(max((datetime.now(UTC) - known_at).total_seconds(), 0.0))

    @app.timer(interval=5.0)
    async def report_lag() -> None:
        await lag.learn_starts()
        lag.update()

    return app


def build(
    kafka: KafkaSettings | None = None,
    settings: EscalationSettings | None = None,
) -> tuple[faust.App, CollectorRegistry, EscalationSettings]:
    """App, metrics registry and settings from the environment (or the given settings)."""
    settings = settings or EscalationSettings()
    theatres = load_theatres(settings.theatres_file) if settings.theatres_file else load_theatres()
    registry = CollectorRegistry()
    metrics = build_metrics(registry, theatres.by_id)
    params = load_params(settings.params_file, None)
    return create_app(kafka or KafkaSettings(), settings, metrics, theatres, params), registry, settings
