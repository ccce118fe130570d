"""Extractor worker (faust): `articles.raw.v1` → the per-type event topics; bad input → the DLQ."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from schemas.articles import RawArticle
from schemas.topics import ARTICLES_RAW, EVENT_TOPICS
from services.common.faust_app import DeadLetters, InputSequence, LagTracker, classify, create_faust_app
from services.common.settings import KafkaSettings
from services.common.timelimit import time_limit
from services.extractor.core import extract_article
from services.extractor.metrics import ExtractorMetrics, build_metrics
from services.extractor.settings import ExtractorSettings


def create_app(kafka: KafkaSettings, settings: ExtractorSettings, metrics: ExtractorMetrics) -> faust.App:
    """The extractor's faust app: one agent, partition-parallel, stateless."""
    app = create_faust_app("extractor", kafka, partitions=settings.partitions)
    articles = app.topic(kafka.topic(ARTICLES_RAW.name))
    outputs = {typ: app.topic(kafka.topic(spec.name)) for typ, spec in EVENT_TOPICS.items()}
    dead_letters = DeadLetters(app, kafka, "extractor", metrics.dlq)
    lag = LagTracker(app, metrics.lag, inputs=[kafka.topic(ARTICLES_RAW.name)])

    sequence = InputSequence(app, kafka, "extractor", metrics.input_gaps)

    @app.agent(articles, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for message in stream.events():
            for raw in [*await sequence.skipped_before(message.message), message.message]:
                await process(raw)
            lag.processed(message.message)

    async def process(raw: Any) -> None:
        """Extract one article message (faust's, or a record read back) and publish its events; bad → the DLQ."""
        try:
            article = RawArticle.model_validate_json(raw.value.decode("utf-8"))
            started = time.perf_counter()
            with time_limit(settings.time_limit, f"extraction of article {article.article_id}"):
                events = extract_article(article, known_at=datetime.now(UTC))
            metrics.processing_seconds.observe(time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 — any failure of one message goes to the DLQ; the stream goes on
            await dead_letters.send(raw, classify(exc), exc)
            metrics.articles.labels("rejected").inc()
        else:
            for event in events:
                await outputs[event.type].send(
                    key=article.article_id.encode(), value=event.model_dump_json().encode()
                )
                metrics.events.labels(event.type, event.subtype).inc()
            metrics.articles.labels("processed").inc()
            if events:
                metrics.article_to_event_seconds.observe(
                    max((datetime.now(UTC) - article.known_at).total_seconds(), 0.0)
                )

    @app.timer(interval=5.0)
    async def report_lag() -> None:
        await lag.learn_starts()  # where nothing was processed or committed yet, lag counts from the first offset
        lag.update()

    return app


def build(
    kafka: KafkaSettings | None = None, settings: ExtractorSettings | None = None
) -> tuple[faust.App, CollectorRegistry, ExtractorSettings]:
    """App, metrics registry and settings from the environment (or the given settings)."""
    registry = CollectorRegistry()
    settings = settings or ExtractorSettings()
    return create_app(kafka or KafkaSettings(), settings, build_metrics(registry)), registry, settings
