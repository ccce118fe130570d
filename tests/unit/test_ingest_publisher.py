"""The ingest adapters against a fake producer: dead letters, failed sends, feeds, HTTP bodies and replay."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from prometheus_client import CollectorRegistry
from typer.testing import CliRunner

import services.cli as cli
import services.ingest.app as ingest_app
import services.ingest.server as server
from schemas.deadletter import DeadLetter
from services.common.settings import KafkaSettings
from services.ingest.app import Publisher
from services.ingest.metrics import build_metrics
from services.ingest.settings import IngestSettings

ARTICLE = {
    "id": "wire-001",
    "source": "Northern Wire",
    "published_at": "2026-02-28T09:30:00Z",
    "title": "Troops gather near the border",
    "body": "Officials said on Friday that more than 10,000 troops had moved to the border region.",
}


class FakeFuture:
    """Like kafka-python's: resolved later by the producer (on flush), or failing at once in get()."""

    def __init__(self, error: Exception | None) -> None:
        self.error = error
        self.callbacks: list[Callable[[Any], Any]] = []
        self.errbacks: list[Callable[[Exception], Any]] = []
        self.done = False

    def add_callback(self, f: Callable[[Any], Any]) -> FakeFuture:
        self.callbacks.append(f)
        return self

    def add_errback(self, f: Callable[[Exception], Any]) -> FakeFuture:
        self.errbacks.append(f)
        return self

    def resolve(self) -> None:
        if not self.done:
            self.done = True
            for f in self.errbacks if self.error else self.callbacks:
                f(self.error if self.error else "metadata")

    def get(self, timeout: float | None = None) -> str:
        self.resolve()
        if self.error:
            raise self.error
        return "metadata"


class FakeProducer:
    """Records what was sent; `refuse[topic]` is raised by send(), `fail[topic]` fails the future."""

    def __init__(self, **_kwargs: Any) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []
        self.headers: list[dict[str, bytes]] = []  # of each record in `sent`
        self.refuse: dict[str, Exception] = {}
        self.fail: dict[str, Exception] = {}
        self.pending: list[FakeFuture] = []

    def send(self, topic: str, key: bytes | None = None, value: bytes = b"", headers: Any = None) -> FakeFuture:
        if len(value) > 1_048_576:  # kafka-python checks max_request_size before anything is sent
            raise MessageSizeTooLargeError(f"The message is {len(value)} bytes when serialized")
        if topic in self.refuse:
            raise self.refuse[topic]
        future = FakeFuture(self.fail.get(topic))
        if future.error is None:
            self.sent.append((topic, key, value))
            self.headers.append(dict(headers or []))
        self.pending.append(future)
        return future

    def flush(self, timeout: float | None = None) -> None:
        for future in self.pending:
            future.resolve()
        self.pending.clear()

    def close(self, timeout: float | None = None) -> None:
        self.flush()


@pytest.fixture
def publisher(monkeypatch: pytest.MonkeyPatch) -> Publisher:
    monkeypatch.setattr(ingest_app, "KafkaProducer", FakeProducer)
    return Publisher(KafkaSettings(), IngestSettings(), build_metrics(CollectorRegistry()))


def letters(publisher: Publisher) -> list[DeadLetter]:
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    return [DeadLetter.model_validate_json(v) for t, _, v in producer.sent if t == publisher.dlq_topic]


def articles(publisher: Publisher) -> list[bytes | None]:
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    return [k for t, k, _ in producer.sent if t == publisher.topic]


@pytest.mark.parametrize("wait", [True, False])
def test_a_huge_input_is_dead_lettered_with_a_cut_original(publisher: Publisher, wait: bool) -> None:
    raw = orjson.dumps({**ARTICLE, "body": "word " * 160_000})  # 800 KB: base64 of it is over 1 MB
    outcome = publisher.submit(raw, input="http", ref="http:client#0", wait=wait)
    publisher.flush()
    assert (outcome.outcome, outcome.reason) == ("rejected", "too_large")
    [letter] = letters(publisher)
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    [headers] = [h for (topic, _, _), h in zip(producer.sent, producer.headers, strict=True) if topic.endswith(".dlq")]
    assert letter.reason == "too_large" and headers["vigil.original_size"] == str(len(raw)).encode()
    assert headers["vigil.original_sha256"] == hashlib.sha256(raw).hexdigest().encode()
    assert raw.startswith(base64.b64decode(letter.original))


@pytest.mark.parametrize("wait", [True, False])
def test_a_dead_letter_that_cannot_be_sent_is_logged_and_counted(
    publisher: Publisher, wait: bool, caplog: pytest.LogCaptureFixture
) -> None:
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    producer.refuse[publisher.dlq_topic] = KafkaTimeoutError("no metadata")
    assert publisher.submit(b"{broken", input="file", ref="f.jsonl:1", wait=wait).outcome == "rejected"
    producer.refuse.clear()
    producer.fail[publisher.dlq_topic] = KafkaTimeoutError("expired")
    assert publisher.submit(b"{broken", input="file", ref="f.jsonl:2", wait=wait).outcome == "rejected"
    publisher.flush()
    assert publisher.failed_letters == 2 and publisher.failed_articles == 0
    assert "f.jsonl:1" in caplog.text and "f.jsonl:2" in caplog.text
    assert publisher.submit(ARTICLE, input="file", ref="f.jsonl:3", wait=wait).outcome == "published"


@pytest.mark.parametrize("where", ["send", "ack"])
@pytest.mark.parametrize("wait", [True, False])
def test_an_article_that_failed_to_publish_is_published_on_retry(publisher: Publisher, where: str, wait: bool) -> None:
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    (producer.refuse if where == "send" else producer.fail)[publisher.topic] = KafkaTimeoutError("broker down")
    first = publisher.submit(ARTICLE, input="http", ref="http:c#0", wait=wait)
    publisher.flush()
    assert publisher.failed_articles == 1
    if wait or where == "send":  # known at once: the caller is told
        assert first.outcome == "failed"
    producer.refuse.clear()
    producer.fail.clear()
    again = publisher.submit(ARTICLE, input="http", ref="http:c#1", wait=wait)
    publisher.flush()
    assert (again.outcome, again.article_id) == ("published", "wire-001")
    assert articles(publisher) == [b"wire-001"] and letters(publisher) == []
    assert publisher.submit(ARTICLE, input="http", ref="http:c#2", wait=wait).outcome == "duplicate"


def test_http_bodies_are_split_into_items() -> None:
    pretty = orjson.dumps(ARTICLE, option=orjson.OPT_INDENT_2)
    assert server._items(pretty) == [pretty]  # one object over several lines is one item
    array = b"  " + orjson.dumps([ARTICLE, ARTICLE], option=orjson.OPT_INDENT_2) + b"\n"
    assert [orjson.loads(item) for item in server._items(array)] == [ARTICLE, ARTICLE]
    lines = orjson.dumps(ARTICLE) + b"\n" + orjson.dumps(ARTICLE) + b"\n\n" + orjson.dumps(ARTICLE)
    assert [orjson.loads(item) for item in server._items(lines)] == [ARTICLE] * 3
    # not JSON as a whole: JSON lines, bad ones kept raw for their dead letters
    assert server._items(b'{"a": 1}\n{broken\n') == [b'{"a": 1}', b"{broken"]
    assert server._items(b"[1, 2") == [b"[1, 2"]


class PollingPublisher:
    """What poll_feed uses of a Publisher; `submit` raises for the ids in `broken`."""

    def __init__(self) -> None:
        self.metrics = build_metrics(CollectorRegistry())
        self.broken: set[str] = set()
        self.published: list[str] = []

    def submit(self, raw: dict[str, Any], *, input: str, ref: str, wait: bool = False) -> ingest_app.Outcome:
        if raw["id"] in self.broken:
            raise RuntimeError(f"cannot publish {raw['id']}")
        self.published.append(raw["id"])
        return ingest_app.Outcome("published", raw["id"])


def test_a_feed_entry_that_failed_is_retried_and_the_poller_keeps_polling(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    publisher = PollingPublisher()
    publisher.broken = {"e-1"}
    entries = [{**ARTICLE, "id": "e-1"}, {**ARTICLE, "id": "e-2"}]
    polls: list[int] = []
    stop = asyncio.Event()

    def parse_feed(location: str) -> tuple[str, list[dict[str, Any]], str | None]:
        polls.append(len(polls))
        if len(polls) == 2:
            raise OSError("feed unreachable")
        if len(polls) == 3:
            publisher.broken.clear()
        if len(polls) == 4:
            stop.set()
        return "Wire", entries, None

    monkeypatch.setattr(server, "parse_feed", parse_feed)
    asyncio.run(server.poll_feed(publisher, "wire.xml", 0.001, stop))  # type: ignore[arg-type]
    assert len(polls) == 4
    assert publisher.published == ["e-2", "e-1"]  # e-1 again on the poll after its failure, each only once
    assert publisher.metrics.feed_polls.labels("wire.xml", "error")._value.get() == 2
    assert publisher.metrics.feed_polls.labels("wire.xml", "ok")._value.get() == 2
    assert "cannot publish e-1" in caplog.text and "feed unreachable" in caplog.text


def test_a_feed_poller_that_dies_is_logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    async def poll_feed(*_args: Any) -> None:
        raise RuntimeError("poller bug")

    async def run() -> None:
        task = asyncio.create_task(server.serve(PollingPublisher(), "127.0.0.1", 0, ["wire.xml"], 60.0))  # type: ignore[arg-type]
        for _ in range(10):
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    monkeypatch.setattr(server, "poll_feed", poll_feed)
    with caplog.at_level(logging.ERROR, logger="vigil.ingest"):
        asyncio.run(run())
    assert "wire.xml" in caplog.text and "poller bug" in caplog.text


def _replay(monkeypatch: pytest.MonkeyPatch, publisher: Publisher, tmp_path: Path, *args: str) -> Any:
    monkeypatch.setattr(cli, "_publisher", lambda: (publisher, IngestSettings(), CollectorRegistry(), None))
    path = tmp_path / "articles.jsonl"
    lines = [orjson.dumps({**ARTICLE, "id": f"wire-{n}"}) for n in range(3)] + [b"{broken"]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return CliRunner().invoke(cli.app, ["ingest", "replay", str(path), *args])


def test_replay_reports_failed_sends_and_exits_non_zero(
    monkeypatch: pytest.MonkeyPatch, publisher: Publisher, tmp_path: Path
) -> None:
    producer: FakeProducer = publisher.producer  # type: ignore[assignment]
    producer.fail[publisher.topic] = KafkaTimeoutError("expired before the broker acked")
    result = _replay(monkeypatch, publisher, tmp_path)
    assert result.exit_code == 1, result.output
    assert "failed=3" in result.output and "published=0" in result.output and "rejected=1" in result.output
    acked = Publisher(KafkaSettings(), IngestSettings(), build_metrics(CollectorRegistry()))
    result = _replay(monkeypatch, acked, tmp_path)
    assert result.exit_code == 0, result.output
    assert "published=3" in result.output and "rejected=1" in result.output and "failed" not in result.output


@pytest.mark.parametrize("option", ["--max-gap", "--speed"])
def test_replay_refuses_negative_pacing(
    monkeypatch: pytest.MonkeyPatch, publisher: Publisher, tmp_path: Path, option: str
) -> None:
    result = _replay(monkeypatch, publisher, tmp_path, option, "-1")
    assert result.exit_code == 2
    assert articles(publisher) == []


def test_a_feed_down_from_the_start_has_a_freshness_series_at_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    # VigilFeedSilent reads this series: without it, a feed never reached would stay silent to the alert
    publisher = PollingPublisher()
    stop = asyncio.Event()

    def parse_feed(location: str) -> tuple[str, list[dict[str, Any]], str | None]:
        stop.set()
        return "", [], "HTTP 404"

    monkeypatch.setattr(server, "parse_feed", parse_feed)
    asyncio.run(server.poll_feed(publisher, "moved.xml", 0.001, stop))  # type: ignore[arg-type]
    samples = {
        s.labels["feed"]: s.value
        for metric in publisher.metrics.feed_last_article.collect() for s in metric.samples
    }
    assert samples == {"moved.xml": 0.0}
    assert publisher.metrics.feed_polls.labels("moved.xml", "error")._value.get() == 1
