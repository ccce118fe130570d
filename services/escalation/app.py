"""Escalation worker (faust): event topics → theatre repartition → per-theatre state table → scores and alerts."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import faust
from prometheus_client import CollectorRegistry

from schemas.escalation import Alert, EscalationScore, TheatreEvent
from schemas.events import Event
from schemas.topics import ALERTS, ESCALATION_SCORES, EVENT_TOPICS, THEATRE_EVENTS
from services.common.faust_app import DeadLetters, LagTracker, classify, create_faust_app
from services.common.settings import KafkaSettings
from services.escalation.core import DetectorParams, TheatreState, apply_event, new_state
from services.escalation.metrics import OTHER, EscalationMetrics, build_metrics
from services.escalation.settings import EscalationSettings
from services.escalation.theatres import Theatres, load_theatres, theatres_for


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
    states = app.Table("theatre-state", default=None, partitions=settings.partitions)
    dead_letters = DeadLetters(app, kafka, "escalation", metrics.dlq)
    lag = LagTracker(app, metrics.lag)

    @app.agent(events_in, name="route")
    async def route(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                event = Event.model_validate_json(message.value)
            except Exception as exc:  # noqa: BLE001 — one bad message goes to the DLQ; the stream goes on
                await dead_letters.send(message.message, classify(exc), exc)
            else:
                targets = theatres_for(event, theatres)
                if not targets:
                    metrics.events.labels(event.type, "unrouted").inc()
                for theatre in targets:
                    routed = TheatreEvent(theatre=theatre, event=event)
                    await theatre_topic.send(key=theatre.encode(), value=routed.model_dump_json().encode())
            lag.processed(message.message)

    @app.agent(theatre_topic, name="score")
    async def score(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                routed = TheatreEvent.model_validate_json(message.value)
                if routed.theatre not in theatres.by_id and not routed.theatre.startswith("pair:"):
                    raise UnknownTheatre(f"theatre {routed.theatre!r} is not configured and not a country pair")
                started = time.perf_counter()
                stored = states[routed.theatre]
                state = TheatreState.model_validate_json(stored) if stored else new_state(routed.theatre)
                step = apply_event(state, routed.event, params, theatres)
                metrics.processing_seconds.observe(time.perf_counter() - started)
            except UnknownTheatre as exc:
                await dead_letters.send(message.message, "unknown_theatre", exc)
            except Exception as exc:  # noqa: BLE001
                await dead_letters.send(message.message, classify(exc), exc)
            else:
                states[routed.theatre] = step.state.model_dump_json().encode()
                metrics.events.labels(routed.event.type, step.outcome).inc()
                if step.outcome == "late":
                    await dead_letters.send(
                        message.message,
                        "late_event",
                        ValueError(
                            f"event at {routed.event.published_at.isoformat()} is older than the allowed lateness"
                        ),
                    )
                await publish(routed, step.scores, step.alerts)
            lag.processed(message.message)

    async def publish(routed: TheatreEvent, scores: list[EscalationScore], alerts: list[Alert]) -> None:
        label = metric_theatre(routed.theatre, theatres)
        key = routed.theatre.encode()
        for s in scores:
            await scores_out.send(key=key, value=s.model_dump_json().encode())
            metrics.index.labels(label).set(s.score)
            metrics.baseline.labels(label).set(s.baseline)
            metrics.threshold.labels(label, "warning").set(s.threshold_warning)
            metrics.threshold.labels(label, "critical").set(s.threshold_critical)
        for alert in alerts:
            await alerts_out.send(key=key, value=alert.model_dump_json().encode())
            metrics.alerts.labels(label, alert.severity, alert.state).inc()
            metrics.event_to_alert_seconds.observe(
                max((datetime.now(UTC) - routed.event.known_at).total_seconds(), 0.0)
            )
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
    return create_app(kafka or KafkaSettings(), settings, metrics, theatres, DetectorParams()), registry, settings
