"""Extractor metrics on an injectable registry (see docs/metrics.md)."""

from __future__ import annotations

from typing import NamedTuple

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from schemas.deadletter import DEAD_LETTER_REASONS
from schemas.events import SUBTYPES

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ExtractorMetrics(NamedTuple):
    articles: Counter
    events: Counter
    processing_seconds: Histogram
    article_to_event_seconds: Histogram
    dlq: Counter
    lag: Gauge
    input_gaps: Counter


def build_metrics(registry: CollectorRegistry) -> ExtractorMetrics:
    """Create the metrics, with every bounded label combination present at 0."""
    metrics = ExtractorMetrics(
        articles=Counter(
            "vigil_extractor_articles", "Articles consumed by the extractor.", ["outcome"], registry=registry
        ),
        events=Counter("vigil_extractor_events", "Events published.", ["type", "subtype"], registry=registry),
        processing_seconds=Histogram(
            "vigil_extractor_processing_duration_seconds",
            "Extraction time of one article (core only).",
            registry=registry,
            buckets=LATENCY_BUCKETS,
        ),
        article_to_event_seconds=Histogram(
            "vigil_extractor_article_to_event_seconds",
            "Article known_at until its events are sent.",
            registry=registry,
            buckets=LATENCY_BUCKETS,
        ),
        dlq=Counter(
            "vigil_extractor_dlq_messages", "Messages sent to a dead-letter topic.", ["reason"], registry=registry
        ),
        lag=Gauge(
            "vigil_extractor_consumer_lag_messages",
            "Consumer lag over assigned partitions.",
            ["topic"],
            registry=registry,
        ),
        input_gaps=Counter(
            "vigil_extractor_input_gap_messages",
            "Articles the consumer skipped and the worker read back from the topic before going on.",
            registry=registry,
        ),
    )
    for outcome in ("processed", "rejected"):
        metrics.articles.labels(outcome)
    for typ, subtypes in SUBTYPES.items():
        for sub in subtypes:
            metrics.events.labels(typ, sub)
    for reason in DEAD_LETTER_REASONS:
        metrics.dlq.labels(reason)
    return metrics
