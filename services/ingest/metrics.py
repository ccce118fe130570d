"""Ingest metrics on an injectable registry (see docs/metrics.md)."""

from __future__ import annotations

from typing import NamedTuple

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from schemas.deadletter import DEAD_LETTER_REASONS

INPUTS = ("file", "feed", "http")
OUTCOMES = ("published", "duplicate", "rejected")


class IngestMetrics(NamedTuple):
    articles: Counter
    dlq: Counter
    publish_seconds: Histogram
    feed_last_article: Gauge
    feed_polls: Counter
    source_articles: Counter


def build_metrics(registry: CollectorRegistry) -> IngestMetrics:
    """Create the metrics, with every bounded label combination present at 0."""
    metrics = IngestMetrics(
        articles=Counter("vigil_ingest_articles", "Articles seen by ingest.", ["input", "outcome"], registry=registry),
        dlq=Counter(
            "vigil_ingest_dlq_messages", "Inputs sent to the dead-letter topic.", ["reason"], registry=registry
        ),
        publish_seconds=Histogram(
            "vigil_ingest_publish_duration_seconds",
            "Time to publish one article until acked.",
            registry=registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
        ),
        feed_last_article=Gauge(
            "vigil_ingest_feed_last_article_timestamp_seconds",
            "Publication time of the newest article per feed.",
            ["feed"],
            registry=registry,
        ),
        feed_polls=Counter("vigil_ingest_feed_polls", "Feed polls.", ["feed", "outcome"], registry=registry),
        source_articles=Counter(
            "vigil_ingest_source_articles", "Articles published per outlet (bounded).", ["source"], registry=registry
        ),
    )
    for inp in INPUTS:
        for outcome in OUTCOMES:
            metrics.articles.labels(inp, outcome)
    for reason in DEAD_LETTER_REASONS:
        metrics.dlq.labels(reason)
    return metrics
