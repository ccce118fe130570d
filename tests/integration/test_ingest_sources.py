"""Ingest's HTTP endpoint and feed poller, against the real broker."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import orjson
import pytest

from schemas.articles import RawArticle
from schemas.deadletter import DeadLetter
from schemas.topics import ARTICLES_RAW
from tests.integration.kafka_helpers import (
    Deployment,
    decode,
    free_port,
    metric_value,
    read_to_end,
    read_until,
    wait_for,
)

pytestmark = pytest.mark.integration

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Watch</title><link>https://example.org/</link>
<description>Test feed</description>
<item><title>Navy ships sail into the Baltic</title><link>https://example.org/1</link><guid>hw-1</guid>
<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Russia sent <b>12 warships</b> into the Baltic Sea on Monday, officials in Tallinn said.</p>]]></description></item>
<item><title>Port reopens after storm</title><link>https://example.org/2</link><guid>hw-2</guid>
<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><description>The harbour reopened on Tuesday after a storm.</description></item>
</channel></rss>
"""


def post(url: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, orjson.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, orjson.loads(exc.read())


def wait_http(url: str, timeout: float, describe) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout}s\n{describe()}")


def test_http_endpoint_and_feed_poller_publish_articles(deployment: Deployment, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    port, metrics = free_port(), free_port()
    deployment.start(
        "ingest",
        "serve",
        "--feed",
        str(feed),
        log_dir=tmp_path,
        name="ingest",
        VIGIL_INGEST_HTTP_PORT=str(port),
        VIGIL_INGEST_FEED_INTERVAL_SECONDS="1",
        VIGIL_INGEST_METRICS_PORT=str(metrics),
    )
    wait_http(f"http://127.0.0.1:{port}/healthz", 60, deployment.logs_tail)

    article = {
        "id": "http-1",
        "source": "Meridian News",
        "published_at": "2026-03-02T10:00:00Z",
        "title": "Talks in Geneva",
        "body": "<p>Diplomats from both sides met in Geneva on Monday.</p>",
    }
    status, reply = post(f"http://127.0.0.1:{port}/articles", orjson.dumps(article))
    assert status == 202 and reply["results"][0]["outcome"] == "published"
    status, reply = post(f"http://127.0.0.1:{port}/articles", b'{"title": 1}')
    assert status == 400 and reply["results"][0]["reason"] == "invalid_schema"

    with deployment.consumer(ARTICLES_RAW.name, ARTICLES_RAW.dlq) as consumer:
        records = read_until(consumer, lambda r: len(r) >= 4, timeout=60, describe=deployment.logs_tail)
    articles = {a.article_id: a for a in decode(records, RawArticle, ARTICLES_RAW.name)}
    assert articles["http-1"].body == "Diplomats from both sides met in Geneva on Monday."
    assert {"hw-1", "hw-2"} <= set(articles), "both feed entries published once"
    assert articles["hw-1"].body.startswith("Russia sent 12 warships") and articles["hw-1"].source == "Harbour Watch"
    letters = decode(records, DeadLetter, ".dlq")
    assert [d.reason for d in letters] == ["invalid_schema"]

    polls = f'vigil_ingest_feed_polls_total{{feed="{feed}",outcome="ok"}}'
    wait_for(
        lambda: metric_value(metrics, polls) >= 3, timeout=30, what="three feed polls", describe=deployment.logs_tail
    )
    everything = read_to_end(deployment, ARTICLES_RAW.name, ARTICLES_RAW.dlq)
    assert len(everything) == 4, "later polls of the same feed publish nothing new and send no dead letters"
    assert metric_value(metrics, 'vigil_ingest_articles_total{input="feed",outcome="published"}') == 2
