"""Scale-out on the real broker: two workers per processor share 4 partitions; one of each is SIGKILLed mid-replay.

The survivors take the dead workers' partitions over (a consumer-group rebalance) and the output still
reconciles with the offline cores: the same event ids, the same alerts after dedupe, nothing dead-lettered.

The second test runs the same with faust's producer buffer slowed down in every worker. That buffer's flush,
which the offset commit waits on, gives up after 0.1 s without a send; a state written through it
(`Table.send_changelog`) could then be committed past and lost at a kill. The escalation worker writes its state
straight to the producer instead; with the old write this test changed 35 windows.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path
from typing import Any

import pytest

from services.reconcile import end_offsets, expected_outputs
from tests.integration.kafka_helpers import Broker, Deployment, unique_prefix
from tests.integration.test_chaos import (
    CHAOS_PARAMS,
    OUTPUTS,
    REPLAY_SECONDS,
    Workers,
    assert_reconciled,
    chaos_corpus,
    reconcile,
    replay_speed,
    wait_drained,
    wait_for_growth,
    write_results,
)

pytestmark = pytest.mark.integration
ARTICLES = int(os.environ.get("VIGIL_SCALEOUT_ARTICLES", "300"))

# Loaded by every worker through PYTHONPATH: each record faust's producer buffer hands on is delayed past the
# 0.1 s its flush waits for one, as a loaded event loop would delay it.
SLOW_BUFFER = '''
import asyncio

from faust.transport.producer import ProducerBuffer

_send_pending = ProducerBuffer._send_pending


async def _slow_send_pending(self, fut):
    await asyncio.sleep(0.12)
    await _send_pending(self, fut)


ProducerBuffer._send_pending = _slow_send_pending
'''


def scale_out(broker: Broker, tmp_path: Path, name: str, env: dict[str, str]) -> tuple[dict[str, Any], Deployment]:
    """Replay the chaos corpus through two workers per processor, SIGKILL one of each; reconcile the output."""
    dep = Deployment(broker, unique_prefix(), partitions=4)
    dep.create_topics()
    rng = random.Random(11)
    feed, items = chaos_corpus(ARTICLES, tmp_path, seed=77)
    expected = expected_outputs(items, params=CHAOS_PARAMS)
    assert expected.stream_alerts, "the corpus must contain a crisis"
    speed = replay_speed(items, REPLAY_SECONDS)
    workers = Workers(dep, tmp_path, env=env)
    faults = []
    try:
        for worker in ("extractor#1", "extractor#2", "escalation#1", "escalation#2"):
            workers.start(worker)
        workers.wait_ready()
        started = time.monotonic()
        replay = dep.start(
            "ingest", "replay", str(feed), f"--speed={speed}", "--max-gap=1", log_dir=tmp_path, name="replay"
        )
        for at, victim in sorted(
            [
                (rng.uniform(0.25, 0.6) * REPLAY_SECONDS, "extractor#2"),
                (rng.uniform(0.25, 0.6) * REPLAY_SECONDS, "escalation#2"),
            ]
        ):
            while time.monotonic() - started < at:
                workers.supervise()
                time.sleep(0.2)
            outputs = [dep.topic(t) for t in OUTPUTS[victim.split("#")[0]]]
            baseline = sum(end_offsets(broker.bootstrap, outputs).values())
            killed = time.monotonic()
            workers.kill(victim)  # not restarted: the survivor must take over its partitions
            grow = wait_for_growth(broker.bootstrap, outputs, baseline, timeout=180, tick=workers.supervise)
            faults.append(
                {
                    "killed": victim,
                    "at_s": round(at, 1),
                    "output_grows_s": None if grow is None else round(time.monotonic() - killed, 2),
                }
            )
        while replay.poll() is None:
            workers.supervise()
            assert time.monotonic() - started < REPLAY_SECONDS * 4 + 300, "the replay did not finish"
            time.sleep(0.5)
        assert replay.returncode == 0, dep.logs_tail()
        drain = wait_drained(dep, workers, timeout=300)
        result = reconcile(dep, expected)
    finally:
        dep.stop_all()
    figures = {
        "articles": len(items),
        "partitions": 4,
        "workers_per_processor": 2,
        "faults": faults,
        "unexpected_exits": workers.unexpected_exits,
        "drain_after_replay_s": drain,
        **result["figures"],
        "events_diff": result["events"].summary(),
        "alerts_diff": result["alerts"].summary(),
        "scores_diff": result["scores"],
    }
    print("\n" + json.dumps(figures, indent=2, default=str))
    write_results(name, figures)
    assert not workers.unexpected_exits, f"a surviving worker exited: {workers.unexpected_exits}"
    assert all(f["output_grows_s"] is not None for f in faults), f"no output after a kill: {faults}"
    return result, dep


def test_survivors_take_over_the_partitions_of_killed_workers(broker: Broker, tmp_path: Path) -> None:
    result, dep = scale_out(broker, tmp_path, "scaleout", {})
    assert_reconciled(result, dep)


def test_no_state_is_lost_when_the_producer_buffer_is_slow(broker: Broker, tmp_path: Path) -> None:
    site = tmp_path / "slow-buffer"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_BUFFER, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    result, dep = scale_out(broker, tmp_path, "scaleout-slow-buffer", {"PYTHONPATH": path})
    assert_reconciled(result, dep)
