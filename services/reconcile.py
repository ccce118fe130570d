"""Reconciliation helpers: read topics to their end, count duplicates, compare with the offline cores' output."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from schemas.articles import RawArticle
from schemas.escalation import Alert, EscalationScore
from schemas.events import Event
from services.escalation.backtest import parse_article, run_backtest
from services.escalation.params import DetectorParams
from services.escalation.theatres import Theatres, load_theatres
from services.ingest.core import Rejected

Extract = Callable[..., list[Event]]


def _consumer(bootstrap: str) -> KafkaConsumer:
    # no group: nothing is committed, so reading never disturbs the pipeline's consumer groups
    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        consumer_timeout_ms=1000,
        max_partition_fetch_bytes=4 * 1024 * 1024,
    )


def _partitions(consumer: KafkaConsumer, topics: Iterable[str]) -> list[TopicPartition]:
    parts = []
    for topic in topics:
        ids = consumer.partitions_for_topic(topic) or set()
        parts.extend(TopicPartition(topic, p) for p in sorted(ids))
    return parts


def end_offsets(bootstrap: str, topics: Iterable[str], consumer: KafkaConsumer | None = None) -> dict[str, int]:
    """Sum of the end offsets (high watermarks) of each topic's partitions; 0 for a missing topic."""
    own = consumer is None
    consumer = consumer or _consumer(bootstrap)
    try:
        topics = list(topics)
        ends = consumer.end_offsets(_partitions(consumer, topics))
        totals = dict.fromkeys(topics, 0)
        for tp, offset in ends.items():
            totals[tp.topic] += offset
        return totals
    finally:
        if own:
            consumer.close()


def consumer_group_lags(bootstrap: str, group: str, topics: Iterable[str]) -> dict[str, int]:
    """Per partition ("topic[p]"), messages of `topics` not yet committed by consumer group `group`.

    A partition the group never committed counts fully.
    """
    consumer = _consumer(bootstrap)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        ends = consumer.end_offsets(_partitions(consumer, topics))
        answer = admin.list_group_offsets(group)
        committed = answer.get(group, answer) if isinstance(answer, dict) else {}
        return {
            f"{tp.topic}[{tp.partition}]": max(end - (committed[tp].offset if tp in committed else 0), 0)
            for tp, end in ends.items()
        }
    finally:
        admin.close()
        consumer.close()


def consumer_group_lag(bootstrap: str, group: str, topics: Iterable[str]) -> int:
    """Messages of `topics` not yet committed by consumer group `group` (uncommitted partitions count fully)."""
    return sum(consumer_group_lags(bootstrap, group, topics).values())


def read_to_end(bootstrap: str, topics: Iterable[str], *, timeout: float = 120.0) -> dict[str, list[bytes]]:
    """Every message value of the topics from the beginning to the end offsets seen at the call.

    Raises TimeoutError when the end is not reached within `timeout` seconds.
    """
    topics = list(topics)
    consumer = _consumer(bootstrap)
    try:
        parts = _partitions(consumer, topics)
        ends = consumer.end_offsets(parts)
        pending = {tp for tp in parts if ends[tp] > 0}
        values: dict[str, list[bytes]] = {t: [] for t in topics}
        if not pending:
            return values
        consumer.assign(list(pending))
        consumer.seek_to_beginning(*pending)
        deadline = time.monotonic() + timeout
        while pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics not read to their end within {timeout:.0f}s: {sorted(map(str, pending))}")
            for tp, batch in consumer.poll(timeout_ms=500, max_records=5000).items():
                values[tp.topic].extend(r.value for r in batch if r.offset < ends[tp])
                if consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        return values
    finally:
        consumer.close()


def id_counts(values: Iterable[bytes], key: str) -> Counter[str]:
    """How many times each id (`event_id`, `alert_id`, …) occurs among JSON message values."""
    return Counter(orjson.loads(v)[key] for v in values)


def duplicates(counts: Counter[str]) -> int:
    """Messages beyond the first per id: what a deduplicating consumer drops."""
    return sum(n - 1 for n in counts.values() if n > 1)


@dataclass
class Expected:
    """What the offline cores produce for a corpus: events, alerts without and with the final flush."""

    articles: list[RawArticle]
    events: list[Event]
    stream_alerts: list[Alert]  # what a live processor emits: windows closed by event time only
    backtest_alerts: list[Alert]  # run_backtest: additionally flushes every theatre at the corpus end
    stream_scores: list[EscalationScore] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (1-based line, reason)

    @property
    def event_ids(self) -> set[str]:
        return {e.event_id for e in self.events}

    @property
    def stream_alert_ids(self) -> set[str]:
        return {a.alert_id for a in self.stream_alerts}

    @property
    def article_ids_with_events(self) -> set[str]:
        return {e.article_id for e in self.events}


def expected_outputs(
    items: list[dict[str, Any] | bytes | str],
    *,
    extract: Extract | None = None,
    theatres: Theatres | None = None,
    params: DetectorParams | None = None,
) -> Expected:
    """Run the extraction and escalation cores offline over `items` in event-time order (`run_backtest`).

    `stream_alerts`/`stream_scores` are the backtest's live-equivalent output (windows close by the theatres'
    watermarks and the router's ticks, the last ones stay open); `backtest_alerts` also closes them at the end.
    Each article is extracted once and the events reused by both runs.
    """
    if extract is None:
        from services.extractor.core import extract_article as extract
    theatres = theatres or load_theatres()
    params = params or DetectorParams()
    articles: list[RawArticle] = []
    rejected: list[tuple[int, str]] = []
    for line, item in enumerate(items, start=1):
        try:
            articles.append(parse_article(item))
        except Rejected as exc:
            rejected.append((line, exc.reason))
    articles.sort(key=lambda a: a.published_at)
    by_article = {a.article_id: extract(a, known_at=a.published_at) for a in articles}
    cached: Extract = lambda article, known_at: by_article[article.article_id]  # noqa: E731, ARG005
    live = run_backtest(items, params=params, theatres=theatres, extract=cached)
    closed = run_backtest(items, params=params, theatres=theatres, extract=cached, close_at_end=True)
    events = [e for a in articles for e in by_article[a.article_id]]
    return Expected(articles, events, live.alerts, closed.alerts, live.scores, rejected)


@dataclass(frozen=True)
class SetDiff:
    """Two id sets compared."""

    expected: int
    actual: int
    missing: frozenset[str]
    extra: frozenset[str]

    @property
    def equal(self) -> bool:
        return not self.missing and not self.extra

    def summary(self, limit: int = 5) -> dict[str, Any]:
        return {
            "expected": self.expected,
            "actual": self.actual,
            "missing": len(self.missing),
            "extra": len(self.extra),
            "missing_sample": sorted(self.missing)[:limit],
            "extra_sample": sorted(self.extra)[:limit],
        }


def compare(expected: Iterable[str], actual: Iterable[str]) -> SetDiff:
    """Missing and extra ids of `actual` against `expected`."""
    want, got = set(expected), set(actual)
    return SetDiff(len(want), len(got), frozenset(want - got), frozenset(got - want))


def score_key(score: dict[str, Any]) -> tuple[str, str]:
    """A score's identity: theatre and window end (a window is closed once per theatre)."""
    return score["theatre"], str(score["window_end"])


def score_diff(expected: Iterable[EscalationScore], values: Iterable[bytes]) -> dict[str, Any]:
    """Windows missing, extra, or with another score or event count than the offline cores computed."""
    want = {score_key(s.model_dump(mode="json")): s.model_dump(mode="json") for s in expected}
    got: dict[tuple[str, str], dict[str, Any]] = {}
    emitted: dict[tuple[str, str], list[dict[str, Any]]] = {}  # every distinct emission of a window, in order
    fields = ("score", "events", "reports", "baseline")
    for value in values:
        data = EscalationScore.model_validate_json(value).model_dump(mode="json")
        got.setdefault(score_key(data), data)
        figures = {f: data[f] for f in fields}
        if figures not in emitted.setdefault(score_key(data), []):
            emitted[score_key(data)].append(figures)
    changed = sorted(k for k in want.keys() & got.keys() if any(want[k][f] != got[k][f] for f in fields))
    return {
        "expected": len(want),
        "actual": len(got),
        "missing": sorted(want.keys() - got.keys())[:5],
        "n_missing": len(want.keys() - got.keys()),
        "extra": sorted(got.keys() - want.keys())[:5],
        "n_extra": len(got.keys() - want.keys()),
        "changed": changed[:5],
        "n_changed": len(changed),
        # what the first changed windows should have been, and every distinct version that was published
        "changed_detail": [
            {"window": k, "expected": {f: want[k][f] for f in fields}, "emitted": emitted[k]} for k in changed[:3]
        ],
    }


def conflicting(values: Iterable[bytes], key: str) -> list[str]:
    """Ids that occur with different payloads (a redelivery must reproduce the same message)."""
    seen: dict[str, bytes] = {}
    bad: set[str] = set()
    for value in values:
        data = orjson.loads(value)
        data.pop("known_at", None)  # processing time legitimately differs between deliveries
        canonical = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
        ident = data[key]
        if seen.setdefault(ident, canonical) != canonical:
            bad.add(ident)
    return sorted(bad)
