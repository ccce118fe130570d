"""The demo feed through the live pipeline raises and resolves an alert — the same alerts as the backtest."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from schemas.escalation import Alert
from schemas.topics import ALERTS
from services.escalation.backtest import run_backtest
from tests.integration.kafka_helpers import Deployment, decode, read_until

pytestmark = pytest.mark.integration
DEMO = Path(__file__).resolve().parents[2] / "deploy" / "demo" / "feed.jsonl"


def test_demo_feed_raises_and_resolves_an_alert_like_the_backtest(deployment: Deployment, tmp_path: Path) -> None:
    lines = [orjson.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = run_backtest(lines).alerts
    assert any(a.state == "raised" for a in expected) and any(a.state == "resolved" for a in expected)

    deployment.start("extractor", "worker", log_dir=tmp_path, name="extractor")
    deployment.start("escalation", "worker", log_dir=tmp_path, name="escalation")
    # paced like a (very fast) live feed: articles arrive in event-time order, as the backtest reads them
    replay = deployment.start(
        "ingest", "replay", str(DEMO), "--speed", "150000", "--max-gap", "0.5", log_dir=tmp_path, name="replay"
    )
    assert replay.wait(timeout=180) == 0, deployment.logs_tail()

    with deployment.consumer(ALERTS.name) as consumer:
        records = read_until(
            consumer,
            lambda r: len({Alert.model_validate_json(v).alert_id for _, v in r}) >= len(expected),
            timeout=180,
            describe=deployment.logs_tail,
        )
    live = {a.alert_id: a for a in decode(records, Alert, ALERTS.name)}
    assert set(live) == {a.alert_id for a in expected}
    raised = [a for a in live.values() if a.state == "raised"]
    assert raised and all(a.top_events and a.summary for a in raised)
    assert any(a.state == "resolved" for a in live.values())
