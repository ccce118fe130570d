"""Escalation worker (faust): event topics → theatre repartition → per-theatre state table → scores and alerts."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner
from prometheus_client import CollectorRegistry

from schemas.escalation import TheatreEvent
from schemas.events import Event
from schemas.topics import ALERTS, ESCALATION_SCORES, EVENT_TOPICS, THEATRE_EVENTS
from services.common.faust_app import DeadLetters, LagTracker, classify, create_faust_app
from services.common.settings import KafkaSettings
from services.escalation.cli import load_params
from services.escalation.core import (
    DetectorParams,
    StepResult,
    TheatreState,
    apply_event,
    flush,
    flush_horizon,
    new_state,
    tick_due,
)
from services.escalation.metrics import OTHER, EscalationMetrics, build_metrics
from services.escalation.settings import EscalationSettings
from services.escalation.theatres import Theatres, load_theatres, theatres_for
from services.escalation.watermark import SourceWatermark


class UnknownTheatre(ValueError):
    """A theatre event names a theatre that is neither configured nor a country pair."""


def metric_theatre(theatre: str, theatres: Theatres) -> str:
    """Bounded metric label: configured theatre ids, everything else `other`."""
    return theatre if theatre in theatres.by_id else OTHER


def create_app(
    kafka: KafkaSettings,
    settings: EscalationSettings,
    metrics: EscalationMetrics,
    theatres: Theatres,
    params: DetectorParams,
) -> faust.App:
    """Two agents: `route` fans events out per theatre (repartition by theatre); `score` keeps theatre state."""
    app = create_faust_app("escalation", kafka, partitions=settings.partitions)
    events_in = app.topic(*[kafka.topic(spec.name) for spec in EVENT_TOPICS.values()])
    theatre_topic = app.topic(kafka.topic(THEATRE_EVENTS.name), partitions=settings.partitions)
    scores_out = app.topic(kafka.topic(ESCALATION_SCORES.name))
    alerts_out = app.topic(kafka.topic(ALERTS.name))
    # key_type/value_type fix the changelog codecs (str keys as JSON, state as raw JSON bytes), so a table
    # restored from its changelog after a restart or a rebalance holds exactly what the worker wrote
    states = app.Table("theatre-state", default=None, partitions=settings.partitions, key_type=str, value_type=bytes)
    dead_letters = DeadLetters(app, kafka, "escalation", metrics.dlq)
    lag = LagTracker(app, metrics.lag)

    partitioner = DefaultPartitioner()  # the producer's: a theatre key always lands on the same partition
    all_partitions = list(range(settings.partitions))
    # The router's event-time watermark lives in memory: after a restart it is rebuilt from the input, and the
    # ticks it sends are idempotent (closing windows up to a horizon twice closes nothing new).
    source_watermark = SourceWatermark()
    last_tick: dict[str, datetime] = {}
    # A read-through cache of the table's parsed states (parsing JSON on every event cost more than scoring);
    # writes still go to the changelog-backed table, and the cache is dropped on every rebalance.
    parsed: dict[str, TheatreState] = {}
    # The flush horizon of the last tick each theatre partition has seen (ticks repeat, so memory is enough): a
    # theatre whose first event arrives after a tick is closed up to it at once (`apply_event(closed_until=)`).
    horizons: dict[int, datetime] = {}

    @app.on_partitions_revoked.connect
    async def forget_revoked(sender: Any, revoked: set[Any], **_: Any) -> None:
        for tp in revoked:  # a partition now read by another worker no longer holds this router back
            source_watermark.forget((tp.topic, tp.partition))
        parsed.clear()  # the table is the truth; after a rebalance states are parsed again from it
        horizons.clear()

    @app.agent(events_in, name="route")
    async def route(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                event = Event.model_validate_json(message.value.decode("utf-8"))
            except Exception as exc:  # noqa: BLE001 — one bad message goes to the DLQ; the stream goes on
                await dead_letters.send(message.message, classify(exc), exc)
            else:
                targets = theatres_for(event, theatres)
                if not targets:
                    metrics.events.labels(event.type, "unrouted").inc()
                for theatre in targets:
                    routed = TheatreEvent(theatre=theatre, event=event)
                    await theatre_topic.send(key=theatre.encode(), value=routed.model_dump_json().encode())
                await tick(message.message, event.published_at)
            lag.processed(message.message)

    async def tick(source: Any, published_at: datetime) -> None:
        """Advance the router's watermark; when it passes a bucket boundary, tell every theatre partition."""
        highwater = app.consumer.highwater(source.tp)
        backlog = highwater is None or highwater > source.offset + 1
        source_watermark.observe((source.topic, source.partition), published_at, backlog)
        current, previous = source_watermark.value, last_tick.get("watermark")
        if current is None or (previous is not None and current <= previous):
            return
        if tick_due(previous, current, params):
            value = TheatreEvent(theatre="*", watermark=current).model_dump_json().encode()
            for partition in all_partitions:
                await theatre_topic.send(key=b"*", value=value, partition=partition)
            last_tick["watermark"] = current

    @app.agent(theatre_topic, name="score")
    async def score(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                routed = TheatreEvent.model_validate_json(message.value.decode("utf-8"))
                if routed.event is None:
                    await close_quiet_theatres(routed, message.message.partition)
                    lag.processed(message.message)
                    continue
                if routed.theatre not in theatres.by_id and not routed.theatre.startswith("pair:"):
                    raise UnknownTheatre(f"theatre {routed.theatre!r} is not configured and not a country pair")
                started = time.perf_counter()
                step = apply_event(
                    load(routed.theatre), routed.event, params, theatres,
                    advance=False, closed_until=horizons.get(message.message.partition),
                )
                metrics.processing_seconds.observe(time.perf_counter() - started)
            except UnknownTheatre as exc:
                await dead_letters.send(message.message, "unknown_theatre", exc)
            except Exception as exc:  # noqa: BLE001
                await dead_letters.send(message.message, classify(exc), exc)
            else:
                metrics.events.labels(routed.event.type, step.outcome).inc()
                if step.outcome == "late":
                    late = ValueError(f"event at {routed.event.published_at.isoformat()} is older than allowed")
                    await dead_letters.send(message.message, "late_event", late)
                await save_and_publish(routed.theatre, step, routed.event.known_at)
            lag.processed(message.message)

    def load(theatre: str) -> TheatreState:
        """The theatre's state: parsed once from the table, then kept parsed while this worker owns it."""
        if theatre not in parsed:
            stored = states.get(theatre)
            parsed[theatre] = TheatreState.model_validate_json(stored) if stored else new_state(theatre)
        return parsed[theatre]

    async def close_quiet_theatres(tick_event: TheatreEvent, partition: int) -> None:
        """A tick: close the windows of this partition's theatres up to the router's flush horizon."""
        assert tick_event.watermark is not None
        horizon = flush_horizon(tick_event.watermark, params)
        horizons[partition] = max(horizon, horizons.get(partition, horizon))
        for theatre in sorted(k.decode() if isinstance(k, bytes) else k for k in list(states.keys())):
            if partitioner(theatre.encode(), all_partitions, all_partitions) != partition:
                continue  # another partition's theatre (a standby copy): its own ticks close it
            await save_and_publish(theatre, flush(load(theatre), horizon, params, theatres), None)

    async def save_and_publish(theatre: str, step: StepResult, known_at: datetime | None) -> None:
        states[theatre] = step.state.model_dump_json().encode()
        parsed[theatre] = step.state
        label = metric_theatre(theatre, theatres)
        key = theatre.encode()
        for s in step.scores:
            await scores_out.send(key=key, value=s.model_dump_json().encode())
            metrics.index.labels(label).set(s.score)
            metrics.baseline.labels(label).set(s.baseline)
            metrics.threshold.labels(label, "warning").set(s.threshold_warning)
            metrics.threshold.labels(label, "critical").set(s.threshold_critical)
        for alert in step.alerts:
            await alerts_out.send(key=key, value=alert.model_dump_json().encode())
            metrics.alerts.labels(label, alert.severity, alert.state).inc()
            if known_at is not None:
                metrics.event_to_alert_seconds.observe(max((datetime.now(UTC) - known_at).total_seconds(), 0.0))
            for severity in ("warning", "critical"):  # one open severity per theatre; none once resolved
                open_now = alert.state != "resolved" and severity == alert.severity
                metrics.alerts_active.labels(label, severity).set(1 if open_now else 0)

    @app.timer(interval=5.0)
    async def report_lag() -> None:
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
