"""Scale-out on the real broker: two workers per processor share 4 partitions; one of each is SIGKILLed mid-replay.

The survivors take the dead workers' partitions over (a consumer-group rebalance) and the output still
reconciles with the offline cores: the same event ids, the same alerts after dedupe, nothing dead-lettered.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

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


def test_survivors_take_over_the_partitions_of_killed_workers(broker: Broker, tmp_path: Path) -> None:
    dep = Deployment(broker, unique_prefix(), partitions=4)
    dep.create_topics()
    rng = random.Random(11)
    feed, items = chaos_corpus(ARTICLES, tmp_path, seed=77)
    expected = expected_outputs(items, params=CHAOS_PARAMS)
    assert expected.stream_alerts, "the corpus must contain a crisis"
    speed = replay_speed(items, REPLAY_SECONDS)
    workers = Workers(dep, tmp_path)
    faults = []
    try:
        for name in ("extractor#1", "extractor#2", "escalation#1", "escalation#2"):
            workers.start(name)
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
    write_results("scaleout", figures)
    assert not workers.unexpected_exits, f"a surviving worker exited: {workers.unexpected_exits}"
    assert all(f["output_grows_s"] is not None for f in faults), f"no output after a kill: {faults}"
    assert_reconciled(result, dep)
