"""The pipeline on the real broker: articles in, events on the per-type topics, bad input in the DLQ."""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import orjson
import pytest
from prometheus_client import CollectorRegistry

from schemas.deadletter import DeadLetter
from schemas.events import Event
from schemas.topics import ARTICLES_RAW, EVENT_TOPICS
from services.ingest.app import Publisher
from services.ingest.metrics import build_metrics
from services.ingest.settings import IngestSettings
from tests.integration.kafka_helpers import Deployment, decode, read_until

pytestmark = pytest.mark.integration
EVENT_NAMES = [spec.name for spec in EVENT_TOPICS.values()]
SEED_TITLE = "US says 'more Russian forces, not fewer' at the Ukrainian border"


def publisher(dep: Deployment) -> Publisher:
    return Publisher(dep.kafka, IngestSettings(metrics_port=0, http_port=0), build_metrics(CollectorRegistry()))


def seed_article(shared: Path) -> dict:
    text = (shared / "seed" / "000_f6ca11d0d6f69656.txt").read_text(encoding="utf-8")
    body = text.split(SEED_TITLE, 1)[1]
    return {
        "id": "seed-000",
        "source": "Euronews",
        "published_at": "2022-02-16T18:00:00Z",
        "title": SEED_TITLE,
        "body": body,
    }


def start_extractor(dep: Deployment) -> None:
    dep.start("extractor", "worker", log_dir=dep.log_dir, name="extractor")  # type: ignore[attr-defined]


def test_article_yields_events_on_the_per_type_topics(deployment: Deployment) -> None:
    start_extractor(deployment)
    pub = publisher(deployment)
    article = {
        "id": "wire-100",
        "source": "Northern Wire",
        "published_at": "2026-03-02T08:00:00Z",
        "title": "China launches large-scale drills around Taiwan",
        "body": "China's military began live-fire exercises around Taiwan on Monday, state media said. "
        "Taiwan's defence ministry said 45 Chinese aircraft had crossed the median line and accused "
        "Beijing of raising tensions.",
    }
    try:
        assert pub.submit(article, input="file", ref="test", wait=True).outcome == "published"
    finally:
        pub.close()
    with deployment.consumer(*EVENT_NAMES) as consumer:
        records = read_until(
            consumer,
            lambda r: (
                {t for t, _ in r}
                >= {deployment.topic(EVENT_TOPICS[k].name) for k in ("military_drill", "diplomatic_statement")}
            ),
            timeout=90,
            describe=deployment.logs_tail,
        )
    events = [(topic, Event.model_validate_json(value)) for topic, value in records]
    for topic, event in events:
        assert topic == deployment.topic(EVENT_TOPICS[event.type].name), "event on the wrong topic"
        assert event.article_id == "wire-100"
    kinds = {(e.type, e.subtype, e.actor) for _, e in events}
    assert ("military_drill", "exercise", "CHN") in kinds
    assert any(e.subtype == "accusation" and e.actor == "TWN" for _, e in events)


def test_seed_article_yields_the_buildups_and_the_disputed_withdrawal(deployment: Deployment, shared: Path) -> None:
    start_extractor(deployment)
    pub = publisher(deployment)
    try:
        pub.submit(seed_article(shared), input="file", ref="seed", wait=True)
    finally:
        pub.close()
    with deployment.consumer(EVENT_TOPICS["troop_movement"].name) as consumer:
        records = read_until(
            consumer,
            lambda r: (
                {7000, 150000} <= {Event.model_validate_json(v).quantity for _, v in r}
                and any(Event.model_validate_json(v).assertion == "disputed" for _, v in r)
            ),
            timeout=90,
            describe=deployment.logs_tail,
        )
    events = decode(records, Event, EVENT_TOPICS["troop_movement"].name)
    buildups = {e.quantity for e in events if e.subtype == "buildup" and e.actor == "RUS"}
    assert {7000, 150000} <= buildups
    assert any(e.subtype == "withdrawal" and e.actor == "RUS" and e.assertion == "disputed" for e in events)
    assert len({e.event_id for e in events}) == len(events), "event ids must be unique within the article"


def test_malformed_input_goes_to_the_dlq_while_good_input_flows(deployment: Deployment) -> None:
    start_extractor(deployment)
    bad = [
        b"{not json",
        b"\xff\xfe\x00 broken bytes",
        orjson.dumps({"article_id": "x", "title": 5}),
        orjson.dumps({"schema_version": 1, "article_id": "no-dates", "source": "s", "title": "t", "body": "b"}),
    ]
    good = {
        "id": "good-1",
        "source": "Meridian News",
        "published_at": "2026-03-03T10:00:00Z",
        "title": "Russia masses troops near the border",
        "body": "Russia has moved about 10,000 more troops to its border with Ukraine, the Pentagon said on Tuesday.",
    }
    producer = deployment.producer()
    raw_topic = deployment.topic(ARTICLES_RAW.name)
    try:
        for value in bad:
            producer.send(raw_topic, key=b"bad", value=value)
        producer.flush()
    finally:
        producer.close()
    pub = publisher(deployment)
    try:
        pub.submit(good, input="file", ref="good", wait=True)
    finally:
        pub.close()
    with deployment.consumer(ARTICLES_RAW.dlq, EVENT_TOPICS["troop_movement"].name) as consumer:
        records = read_until(
            consumer,
            lambda r: sum(t.endswith(".dlq") for t, _ in r) >= len(bad) and any(not t.endswith(".dlq") for t, _ in r),
            timeout=90,
            describe=deployment.logs_tail,
        )
    letters = decode(records, DeadLetter, ".dlq")
    assert len(letters) == len(bad)
    assert Counter(d.reason for d in letters) == Counter({"invalid_json": 1, "invalid_utf8": 1, "invalid_schema": 2})
    assert sorted(base64.b64decode(d.original) for d in letters) == sorted(bad), "the original bytes are kept"
    assert all(d.source_topic == raw_topic and d.source_offset is not None for d in letters)
    events = decode(records, Event, EVENT_TOPICS["troop_movement"].name)
    assert any(e.article_id == "good-1" and e.subtype == "buildup" and e.quantity == 10000 for e in events)


def test_ingest_rejects_bad_lines_to_the_dlq(deployment: Deployment, tmp_path: Path) -> None:
    feed = tmp_path / "mixed.jsonl"
    good = {
        "id": "g1",
        "source": "Pacific Ledger",
        "published_at": "2026-03-04T09:00:00Z",
        "title": "Seoul and Tokyo hold talks",
        "body": "Officials from South Korea and Japan met in Seoul on Wednesday.",
    }
    feed.write_text(
        "\n".join(
            [
                json.dumps(good),
                "{oops",
                json.dumps({**good, "id": "g2", "published_at": "2999-01-01T00:00:00Z"}),
                json.dumps(good),
            ]
        )
        + "\n"
    )
    proc = deployment.start("ingest", "replay", str(feed), log_dir=tmp_path, name="replay")
    assert proc.wait(timeout=120) == 0, deployment.logs_tail()
    with deployment.consumer(ARTICLES_RAW.name, ARTICLES_RAW.dlq) as consumer:
        records = read_until(consumer, lambda r: len(r) >= 4, timeout=60, describe=deployment.logs_tail)
    letters = decode(records, DeadLetter, ".dlq")
    assert sorted(d.reason for d in letters) == ["duplicate", "invalid_json", "out_of_range_time"]
    assert all(d.source_ref and d.source_ref.startswith("mixed.jsonl:") for d in letters)
    assert len([t for t, _ in records if t.endswith(ARTICLES_RAW.name)]) == 1


def test_the_state_changelog_takes_a_theatre_state_of_several_megabytes(deployment: Deployment) -> None:
    """Kafka's 1 MB default would refuse a busy theatre's state; the changelog as declared takes 3 MB."""
    from kafka import KafkaProducer
    from kafka.errors import MessageSizeTooLargeError

    from services.common.kafka_config import kafka_python_kwargs
    from services.escalation.app import STATE_MAX_BYTES

    changelog = deployment.topic("vigil-escalation-theatre-state-changelog")
    value = b'{"theatre":"russia-ukraine","padding":"' + b"x" * (3 * 1024 * 1024) + b'"}'
    producer = KafkaProducer(max_request_size=STATE_MAX_BYTES, **kafka_python_kwargs(deployment.kafka))
    try:
        producer.send(changelog, key=b'"russia-ukraine"', value=value).get(timeout=30)
        # the same record on a topic with the broker's default limit is refused: the setting is what takes it
        with pytest.raises(MessageSizeTooLargeError):
            producer.send(deployment.topic(ARTICLES_RAW.name), key=b"big", value=value).get(timeout=30)
    finally:
        producer.close()
    with deployment.consumer("vigil-escalation-theatre-state-changelog") as consumer:
        records = read_until(consumer, lambda rs: len(rs) >= 1, timeout=60)
    assert [len(v) for _, v in records] == [len(value)]
