"""The extractor worker's agent, driven without a broker: sends to Kafka are recorded (`Topic.send` patched)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from schemas.articles import RawArticle
from schemas.deadletter import DeadLetter
from schemas.topics import ARTICLES_RAW
from services.common.settings import KafkaSettings
from services.extractor import app as extractor_app
from services.extractor.settings import ExtractorSettings
from tests.unit.conftest import Sent

KAFKA = KafkaSettings(bootstrap="127.0.0.1:1")  # never connected to
TOPIC = KAFKA.topic(ARTICLES_RAW.name)


def article(n: int, body: str) -> SimpleNamespace:
    raw = RawArticle(
        article_id=f"a-{n}", source="Test Wire", title="", body=body,
        published_at=datetime(2026, 3, 1, tzinfo=UTC), known_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    return SimpleNamespace(topic=TOPIC, partition=0, offset=n, key=None, value=raw.model_dump_json().encode())


class Stream:
    def __init__(self, messages: list[Any]) -> None:
        self.messages = messages

    async def events(self) -> Any:
        for m in self.messages:
            yield SimpleNamespace(message=m)


async def test_an_article_over_the_time_limit_is_dead_lettered_and_the_next_one_is_extracted(
    sent: list[Sent], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extractor_app.extract_article
    runaway = re.compile(r"(?:a|a)*b")

    def extract(raw: RawArticle, known_at: datetime) -> Any:
        if "runaway" in raw.body:
            runaway.search("a" * 60)  # a pattern that would backtrack for centuries
        return real(raw, known_at=known_at)

    monkeypatch.setattr(extractor_app, "extract_article", extract)
    real(RawArticle.model_validate_json(article(9, "Warm-up.").value), known_at=datetime.now(UTC))  # lazy tables
    app, registry, _ = extractor_app.build(KAFKA, ExtractorSettings(time_limit=1.0, metrics_port=0))
    messages = [article(0, "The runaway article."), article(1, "Russia has moved 5,000 more troops to the border.")]
    await app.agents["extract"].fun(Stream(messages))

    letters = [DeadLetter.model_validate_json(s.value) for s in sent if s.topic.endswith(".dlq")]
    assert [(d.reason, d.error_class, d.source_offset) for d in letters] == [
        ("processing_error", "TimeLimitExceeded", 0)
    ]
    assert "extraction of article a-0 took longer than 1 s" in letters[0].error_message
    events = [orjson.loads(s.value) for s in sent if s.topic.startswith("events.")]
    assert [(e["subtype"], e["article_id"], e["quantity"]) for e in events] == [("buildup", "a-1", 5000)]
    rejected = registry.get_sample_value("vigil_extractor_articles_total", {"outcome": "rejected"})
    assert rejected == 1
