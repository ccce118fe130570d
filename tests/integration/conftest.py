"""Integration fixtures: one real KRaft broker for the session, unique topics per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.kafka_helpers import Broker, Deployment, start_broker, unique_prefix


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """The real broker: KAFKA_BOOTSTRAP when set, else a private one started with kafka.sh (never skipped)."""
    external = os.environ.get("KAFKA_BOOTSTRAP")
    if external:
        yield Broker(external, dict(os.environ), None)
        return
    state = tmp_path_factory.mktemp("kafka")
    started = start_broker(state)
    try:
        yield started
    finally:
        started.kafka_sh("stop", check=False)


@pytest.fixture
def deployment(broker: Broker, tmp_path: Path) -> Iterator[Deployment]:
    """This test's own topics (unique prefix) with every Vigil topic created; processes stopped afterwards."""
    dep = Deployment(broker, unique_prefix())
    dep.create_topics()
    dep.log_dir = tmp_path  # type: ignore[attr-defined]
    try:
        yield dep
    finally:
        dep.stop_all()
