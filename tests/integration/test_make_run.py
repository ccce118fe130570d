"""`make run`'s script end to end: run.sh starts every service and the demo with honcho; Ctrl-C stops them."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.integration.kafka_helpers import Deployment, free_port

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("ingest", "extractor", "escalation", "demo", "tail")


def test_run_sh_brings_up_the_demo_until_an_alert_and_ctrl_c_stops_everything(
    deployment: Deployment, tmp_path: Path
) -> None:
    env = deployment.env(
        VIGIL_INGEST_HTTP_PORT=str(free_port()),
        # parents missing, as `.vigil/faust/` is on a fresh checkout (workers once exited at start there)
        VIGIL_FAUST_APP_DATADIR=str(tmp_path / "fresh" / "faust" / "{conf.name}-data"),
    )
    log = tmp_path / "run.log"

    def output() -> str:
        return log.read_text(encoding="utf-8", errors="replace")

    with log.open("wb") as out:
        run = subprocess.Popen(
            ["bash", "deploy/run.sh"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 420
        while "ALERT RAISED" not in output():
            assert run.poll() is None, f"run.sh exited with {run.returncode}:\n{output()[-4000:]}"
            assert time.monotonic() < deadline, f"no alert within 420 s:\n{output()[-4000:]}"
            time.sleep(1)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole foreground group
        run.wait(timeout=90)
    text = output()
    assert "ALERT RAISED warning" in text and "venezuela-guyana" in text
    assert "Traceback" not in text, text[-4000:]
    for service in SERVICES:
        assert f"{service}.1 stopped" in text, f"{service} was not stopped:\n{text[-3000:]}"
