"""Escalation metrics on an injectable registry (see docs/metrics.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from schemas.deadletter import DEAD_LETTER_REASONS
from schemas.events import SUBTYPES

OTHER = "other"
SEVERITIES = ("warning", "critical")
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ActiveAlerts:
    """`vigil_escalation_alerts_active` from the open episodes of the theatres this worker owns.

    Set from each theatre's state on every step, and from the stored states after a restore, never from alert
    changes alone: a restart or a rebalance would otherwise leave the gauge at 0 while an episode is open, or at 1
    on a worker that no longer owns the theatre. Country pairs share the `other` label: 1 while any of them holds
    that severity open.
    """

    def __init__(self, gauge: Gauge, label: Callable[[str], str]) -> None:
        self.gauge, self.label = gauge, label
        self.open: dict[str, str] = {}  # theatre -> severity of its open episode
        self.shown: set[str] = set()  # theatres whose gauge was set since they were last forgotten

    def show(self, theatre: str, severity: str | None) -> None:
        """A theatre's open severity now (None: no open episode)."""
        if self.open.get(theatre) == severity and theatre in self.shown:
            return  # every step of every theatre calls this: the gauge already says so
        self.shown.add(theatre)
        if severity is None:
            self.open.pop(theatre, None)
        else:
            self.open[theatre] = severity
        self._set(self.label(theatre))

    def keep(self, owned: Callable[[str], bool]) -> None:
        """Forget the theatres this worker no longer owns: their new owner reports them."""
        self.shown = {theatre for theatre in self.shown if owned(theatre)}
        gone = [theatre for theatre in self.open if not owned(theatre)]
        for theatre in gone:
            del self.open[theatre]
        for label in {self.label(theatre) for theatre in gone}:
            self._set(label)

    def _set(self, label: str) -> None:
        held = {severity for theatre, severity in self.open.items() if self.label(theatre) == label}
        for severity in SEVERITIES:
            self.gauge.labels(label, severity).set(1 if severity in held else 0)


class EscalationMetrics(NamedTuple):
    events: Counter
    index: Gauge
    open_index: Gauge
    baseline: Gauge
    threshold: Gauge
    alerts_active: Gauge
    alerts: Counter
    processing_seconds: Histogram
    event_to_alert_seconds: Histogram
    dlq: Counter
    lag: Gauge
    state_bytes: Gauge
    state_refused: Counter
    input_gaps: Counter


def build_metrics(registry: CollectorRegistry, theatres: Iterable[str]) -> EscalationMetrics:
    """Create the metrics; theatre labels are the configured ids plus `other` (country pairs)."""
    m = EscalationMetrics(
        events=Counter(
            "vigil_escalation_events",
            "Events seen by the escalation processor.",
            ["type", "outcome"],
            registry=registry,
        ),
        index=Gauge("vigil_escalation_index", "Latest escalation index.", ["theatre"], registry=registry),
        open_index=Gauge(
            "vigil_escalation_open_index",
            "Escalation index of the open window at the last early check (live; the index closes a day later).",
            ["theatre"],
            registry=registry,
        ),
        baseline=Gauge("vigil_escalation_baseline", "Latest baseline.", ["theatre"], registry=registry),
        threshold=Gauge("vigil_escalation_threshold", "Latest thresholds.", ["theatre", "severity"], registry=registry),
        alerts_active=Gauge(
            "vigil_escalation_alerts_active",
            "1 while an alert of that severity is open.",
            ["theatre", "severity"],
            registry=registry,
        ),
        alerts=Counter(
            "vigil_escalation_alerts",
            "Alert state changes published.",
            ["theatre", "severity", "state"],
            registry=registry,
        ),
        processing_seconds=Histogram(
            "vigil_escalation_processing_duration_seconds",
            "Time to apply one event.",
            registry=registry,
            buckets=LATENCY_BUCKETS,
        ),
        event_to_alert_seconds=Histogram(
            "vigil_escalation_event_to_alert_seconds",
            "Article known_at until an alert it triggered is sent.",
            registry=registry,
            buckets=LATENCY_BUCKETS,
        ),
        dlq=Counter(
            "vigil_escalation_dlq_messages", "Messages sent to a dead-letter topic.", ["reason"], registry=registry
        ),
        lag=Gauge(
            "vigil_escalation_consumer_lag_messages",
            "Consumer lag over assigned partitions.",
            ["topic"],
            registry=registry,
        ),
        state_bytes=Gauge(
            "vigil_escalation_state_bytes",
            "Size of the theatre's latest state, written to the changelog or refused (`other`: the pair saved last).",
            ["theatre"],
            registry=registry,
        ),
        state_refused=Counter(
            "vigil_escalation_state_refused",
            "Theatre states too large for the changelog, kept in memory only.",
            ["theatre"],
            registry=registry,
        ),
        input_gaps=Counter(
            "vigil_escalation_input_gap_messages",
            "Input messages (events, theatre messages) the consumer skipped and the worker read back from the topic.",
            registry=registry,
        ),
    )
    for typ in SUBTYPES:
        for outcome in ("counted", "duplicate", "late", "unrouted"):
            m.events.labels(typ, outcome)
    for theatre in [*theatres, OTHER]:
        m.index.labels(theatre)
        m.open_index.labels(theatre)
        m.baseline.labels(theatre)
        m.state_bytes.labels(theatre)
        m.state_refused.labels(theatre)
        for severity in SEVERITIES:
            m.threshold.labels(theatre, severity)
            m.alerts_active.labels(theatre, severity)
            for state in ("raised", "escalated", "resolved"):
                m.alerts.labels(theatre, severity, state)
    for reason in DEAD_LETTER_REASONS:
        m.dlq.labels(reason)
    return m
