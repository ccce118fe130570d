"""Fixtures of the unit tests. The backtest scenario fixtures read the folder a module names in `SCENARIO`.

Each folder holds `articles.jsonl` and `expected.yaml` (with `crisis_theatre`); the backtest runs once per module
with the default parameters and the configured theatres.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from faust.topics import Topic

from schemas.escalation import Alert
from services.escalation.backtest import BacktestResult, run_backtest
from services.escalation.params import DetectorParams
from services.escalation.theatres import load_theatres

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass
class Sent:
    """One record a worker sent, recorded instead of reaching Kafka."""

    topic: str
    key: Any
    value: bytes
    partition: int | None


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Sent]:
    """Every `Topic.send` of the test, in order, recorded instead of sent (agents driven without a broker)."""
    records: list[Sent] = []

    async def send(self: Topic, *, key: Any = None, value: Any = None, partition: int | None = None, **_: Any) -> None:
        records.append(Sent(self.get_topic_name(), key, value, partition))

    monkeypatch.setattr(Topic, "send", send)
    return records


@pytest.fixture(scope="module")
def scenario_expected(request: pytest.FixtureRequest) -> dict:
    return yaml.safe_load((request.module.SCENARIO / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scenario_result(request: pytest.FixtureRequest) -> BacktestResult:
    lines = (request.module.SCENARIO / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return run_backtest(lines, DetectorParams(), load_theatres())


@pytest.fixture(scope="module")
def scenario_crisis(scenario_result: BacktestResult, scenario_expected: dict) -> list[Alert]:
    return [a for a in scenario_result.alerts if a.theatre == scenario_expected["crisis_theatre"]]
