"""Ingest adapter: files, feeds and HTTP in; `articles.raw.v1` (and its DLQ) out, with kafka-python."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaProducer
from kafka.errors import KafkaError

from schemas.articles import RawArticle
from schemas.topics import ARTICLES_RAW
from services.common.deadletter import dead_letter, dead_letter_headers
from services.common.kafka_config import kafka_python_kwargs
from services.common.settings import KafkaSettings
from services.ingest.core import Limits, Rejected, SeenIds, decode_line, normalise
from services.ingest.metrics import IngestMetrics
from services.ingest.settings import IngestSettings

log = logging.getLogger("vigil.ingest")


@dataclass(frozen=True)
class Outcome:
    """What happened to one input."""

    outcome: str  # published | duplicate | rejected | failed (not published: the broker did not take it)
    article_id: str | None = None
    reason: str | None = None
    message: str | None = None


class Publisher:
    """Validates inputs with the core and publishes articles or dead letters; one per process."""

    def __init__(self, kafka: KafkaSettings, settings: IngestSettings, metrics: IngestMetrics) -> None:
        self.kafka = kafka
        self.settings = settings
        self.metrics = metrics
        self.topic = kafka.topic(ARTICLES_RAW.name)
        self.dlq_topic = kafka.topic(ARTICLES_RAW.dlq)
        self.seen = SeenIds(settings.dedupe_capacity)
        self.sources: set[str] = set()
        # sends that failed, counted on the caller's thread or, for unawaited sends, on the producer's
        self.failed_articles = 0
        self.failed_letters = 0
        self._failures_lock = threading.Lock()
        self.producer = KafkaProducer(
            client_id="vigil-ingest",
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            **kafka_python_kwargs(kafka),
        )

    def limits(self) -> Limits:
        return Limits(now=datetime.now(UTC), max_future=timedelta(seconds=self.settings.max_future_seconds))

    def submit(self, raw: bytes | dict[str, Any], *, input: str, ref: str, wait: bool = False) -> Outcome:
        """Validate one input and publish it (or its dead letter); `wait` blocks until the broker acked."""
        original = raw if isinstance(raw, bytes) else orjson.dumps(raw)
        try:
            data = decode_line(raw) if isinstance(raw, bytes) else raw
            article = normalise(data, self.limits(), default_source=ref.split(":")[0])
            if not self.seen.check_and_add(article.article_id):
                raise Rejected("duplicate", f"article {article.article_id} was already published")
        except Rejected as exc:
            return self._reject(original, exc, input=input, ref=ref, wait=wait)
        try:
            self._publish(article, input=input, ref=ref, wait=wait)
        except KafkaError as exc:
            self.seen.forget(article.article_id)  # not published: a retry must not be taken for a duplicate
            self._failed("article", f"publishing article {article.article_id} ({ref})", exc)
            return Outcome("failed", article.article_id, reason=type(exc).__name__, message=str(exc))
        except BaseException:
            self.seen.forget(article.article_id)
            raise
        return Outcome("published", article.article_id)

    def _failed(self, kind: str, what: str, exc: BaseException) -> None:
        with self._failures_lock:
            if kind == "article":
                self.failed_articles += 1
            else:
                self.failed_letters += 1
        log.error("%s failed: %r", what, exc)

    def _article_lost(self, article_id: str, ref: str, exc: BaseException) -> None:
        """Errback of an unawaited send: the caller was told "published" but the broker never acked it."""
        self.seen.forget(article_id)
        self._failed("article", f"publishing article {article_id} ({ref})", exc)

    def _publish(self, article: RawArticle, *, input: str, ref: str, wait: bool) -> None:
        started = time.perf_counter()
        future = self.producer.send(
            self.topic, key=article.article_id.encode(), value=article.model_dump_json().encode()
        )
        future.add_callback(lambda _md: self.metrics.publish_seconds.observe(time.perf_counter() - started))
        if wait:
            future.get(timeout=30)  # raises, and the caller counts the failure
            self._count_published(article, input)
        else:  # counted once the broker acked it, on the producer's thread
            future.add_callback(lambda _md: self._count_published(article, input))
            future.add_errback(lambda exc: self._article_lost(article.article_id, ref, exc))

    def _count_published(self, article: RawArticle, input: str) -> None:
        self.metrics.articles.labels(input, "published").inc()
        source = (
            article.source
            if (article.source in self.sources or len(self.sources) < self.settings.max_sources)
            else "other"
        )
        self.sources.add(source)
        self.metrics.source_articles.labels(source).inc()

    def _reject(self, original: bytes, exc: Rejected, *, input: str, ref: str, wait: bool) -> Outcome:
        letter = dead_letter(original, exc.reason, exc, service="ingest", now=datetime.now(UTC), ref=ref)
        outcome = "duplicate" if exc.reason == "duplicate" else "rejected"
        self.metrics.articles.labels(input, outcome).inc()
        log.warning("rejected %s (%s): %s", ref, exc.reason, exc)
        # the input stays rejected when its dead letter cannot be sent: that is logged and counted, not fatal
        what = f"dead-lettering {ref} ({exc.reason})"
        try:
            future = self.producer.send(
                self.dlq_topic, key=None, value=letter.model_dump_json().encode(),
                headers=dead_letter_headers(letter, original),
            )
            if wait:
                future.get(timeout=30)
            else:
                future.add_errback(lambda error: self._failed("dead_letter", what, error))
        except KafkaError as error:
            self._failed("dead_letter", what, error)
        else:
            self.metrics.dlq.labels(exc.reason).inc()
        return Outcome(outcome, reason=exc.reason, message=str(exc))

    def flush(self, timeout: float = 30.0) -> None:
        self.producer.flush(timeout=timeout)

    def close(self) -> None:
        self.producer.flush(timeout=30)
        self.producer.close(timeout=30)


def iter_jsonl(paths: Iterable[Path]) -> Iterator[tuple[bytes, str]]:
    """(line bytes, "file:line") for every non-blank line of the JSONL files, folders expanded."""
    for path in paths:
        files = sorted(p for p in path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with file.open("rb") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        yield line.rstrip(b"\r\n"), f"{file.name}:{number}"


def published_at_of(line: bytes) -> datetime | None:
    """Best-effort event time of a JSON line, for ordering and pacing a replay (None when unreadable)."""
    try:
        value = orjson.loads(line).get("published_at")
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (orjson.JSONDecodeError, AttributeError, ValueError, TypeError):
        return None


def replay_plan(lines: list[tuple[bytes, str]], *, sort: bool) -> list[tuple[bytes, str, datetime | None]]:
    """Lines with their event times, in event-time order when `sort` (unreadable ones keep their place first)."""
    timed = [(raw, ref, published_at_of(raw)) for raw, ref in lines]
    if sort:
        timed.sort(key=lambda item: (item[2] is not None, item[2] or datetime.min.replace(tzinfo=UTC)))
    return timed


def pause_for(previous: datetime | None, current: datetime | None, speed: float, max_gap: float) -> float:
    """Seconds to wait between two articles replayed at `speed`× event time (0 = as fast as possible)."""
    if speed <= 0 or previous is None or current is None:
        return 0.0
    return min(max((current - previous).total_seconds() / speed, 0.0), max(max_gap, 0.0))
