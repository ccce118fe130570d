"""Chaos on the real broker: SIGKILL the processors and the broker mid-stream; nothing is lost, output reconciles.

`make chaos` runs the full form (VIGIL_CHAOS_ARTICLES=5000, three kills per processor); `make test` runs a
reduced form (400 generated articles plus the scenario, one kill per processor, one broker restart).
Figures are printed and written to bench/results/chaos-<date>.json.
"""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from schemas.deadletter import DeadLetter
from schemas.escalation import TheatreEvent
from schemas.topics import ALERTS, ALL_TOPICS, ARTICLES_RAW, ESCALATION_SCORES, EVENT_TOPICS, THEATRE_EVENTS
from services.escalation.params import DetectorParams
from services.reconcile import (
    Expected,
    compare,
    conflicting,
    consumer_group_lags,
    duplicates,
    end_offsets,
    expected_outputs,
    id_counts,
    read_to_end,
    score_diff,
)
from tests.integration import corpus
from tests.integration.kafka_helpers import Broker, Deployment

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
EVENT_NAMES = [spec.name for spec in EVENT_TOPICS.values()]
DLQ_NAMES = [t.name for t in ALL_TOPICS if t.name.endswith(".dlq")]
OUTPUTS = {"extractor": EVENT_NAMES, "escalation": [THEATRE_EVENTS.name, ESCALATION_SCORES.name, ALERTS.name]}
INPUTS = {"extractor": [ARTICLES_RAW.name], "escalation": [*EVENT_NAMES, THEATRE_EVENTS.name]}
ARTICLES = int(os.environ.get("VIGIL_CHAOS_ARTICLES", "400"))
FULL = ARTICLES >= 2000
KILLS = int(os.environ.get("VIGIL_CHAOS_KILLS", "3" if FULL else "1"))
# Event time replayed per wall-clock second. Faust merges a processor's input partitions by fetch order, not by
# event time, so a hiccup of s seconds can reorder up to s × this much event time (README, "Guarantees").
EVENT_HOURS_PER_SECOND = float(os.environ.get("VIGIL_CHAOS_EVENT_HOURS_PER_SECOND", "6"))
# A fault stalls one partition while the others flow on: after a stall of s seconds the replay's event
# time has moved s × EVENT_HOURS_PER_SECOND hours, and events older than the allowed lateness would be
# dropped as late. The lateness is sized for stalls of up to 80 s (a broker restart plus a rebalance);
# live, where event time runs at 1 s per second, the default 24 h covers a day-long outage.
CHAOS_PARAMS = DetectorParams(allowed_lateness_hours=max(24.0, 80 * EVENT_HOURS_PER_SECOND))
START, END = datetime(2026, 2, 10, tzinfo=UTC), datetime(2026, 4, 2, tzinfo=UTC)  # the scenario's crisis months
REPLAY_SECONDS = (END - START).total_seconds() / 3600 / EVENT_HOURS_PER_SECOND


# ---------------------------------------------------------------- input and expectations


def chaos_corpus(count: int, tmp_path: Path, seed: int = 20260105) -> tuple[Path, list[dict[str, Any]]]:
    """`count` generated articles over the scenario's crisis months plus the scenario's articles of those months."""
    scenario = [a for a in corpus.scenario() if START.isoformat()[:10] <= a["published_at"][:10] < END.isoformat()[:10]]
    generated = corpus.generate(count, seed=seed, start=START, days=(END - START).days)
    items = generated + scenario
    return corpus.write_jsonl(tmp_path / "chaos.jsonl", items), items


def replay_speed(items: list[dict[str, Any]], seconds: float) -> float:
    """The event-time speed-up that replays the corpus in about `seconds`."""
    times = sorted(datetime.fromisoformat(i["published_at"].replace("Z", "+00:00")) for i in items)
    return max((times[-1] - times[0]).total_seconds() / seconds, 1.0)


# ---------------------------------------------------------------- processes


def faust_env(tmp_path: Path) -> dict[str, str]:
    """faust's data directory in the test's folder, and the detector parameters sized for the replay's pace."""
    params = tmp_path / "detector-params.yaml"
    params.write_text(f"allowed_lateness_hours: {CHAOS_PARAMS.allowed_lateness_hours}\n", encoding="utf-8")
    return {"VIGIL_FAUST_APP_DATADIR": str(tmp_path / "{conf.name}-data"), "VIGIL_ESCALATION_PARAMS_FILE": str(params)}


@dataclass
class Workers:
    """The stream processors of one deployment: start, SIGKILL, restart; unexpected exits are restarted and counted."""

    dep: Deployment
    log_dir: Path
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    starts: dict[str, int] = field(default_factory=dict)
    unexpected_exits: list[tuple[str, int | None]] = field(default_factory=list)
    logs: dict[str, Path] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)  # more environment for every worker process

    def start(self, name: str) -> None:
        service = name.split("#")[0]
        self.starts[name] = self.starts.get(name, 0) + 1
        self.logs[name] = self.log_dir / f"{name.replace('#', '-')}-{self.starts[name]}.log"
        self.procs[name] = self.dep.start(
            service, "worker", log_dir=self.log_dir, name=self.logs[name].stem, **faust_env(self.log_dir), **self.env
        )

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until every running worker has logged faust's `Worker: Ready` (assigned, recovered, fetching)."""
        deadline = time.monotonic() + timeout
        for name in list(self.procs):
            while "[^Worker]: Ready" not in self.logs[name].read_text(errors="replace"):
                assert self.procs[name].poll() is None, f"{name} exited while starting\n{self.dep.logs_tail()}"
                assert time.monotonic() < deadline, f"{name} not ready after {timeout:.0f}s\n{self.dep.logs_tail()}"
                time.sleep(0.2)

    def kill(self, name: str) -> None:
        proc = self.procs.pop(name)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)

    def supervise(self) -> None:
        """Restart any processor that exited without being killed by the test (as systemd would)."""
        for name, proc in list(self.procs.items()):
            if proc.poll() is not None:
                self.unexpected_exits.append((name, proc.returncode))
                self.start(name)


def wait_for_growth(
    bootstrap: str, topics: list[str], baseline: int, *, timeout: float, tick: Callable[[], None] = lambda: None
) -> float | None:
    """Seconds until the topics hold more than `baseline` messages (None when the deadline passes first)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        tick()
        if sum(end_offsets(bootstrap, topics).values()) > baseline:
            return round(time.monotonic() - started, 2)
        time.sleep(0.25)
    return None


def hard_restart_broker(broker: Broker) -> float:
    """SIGKILL the broker's java process, start it again on the same state dir and port; seconds until it answers."""
    state = Path(broker.env["VIGIL_STATE_DIR"]) / f"kafka-{broker.env['KAFKA_PORT']}"
    pid = int((state / "broker.pid").read_text().strip())
    started = time.monotonic()
    os.kill(pid, signal.SIGKILL)
    while True:  # wait for the process to be gone before starting a new one on the same data dir
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    broker.kafka_sh("start")
    result = broker.kafka_sh("wait", "120", check=False)
    assert result.returncode == 0, f"the broker did not come back:\n{result.stderr}\n{broker.log_tail()}"
    return round(time.monotonic() - started, 2)


def wait_drained(dep: Deployment, workers: Workers, *, timeout: float, stall: float = 120.0) -> float:
    """Wait until both consumer groups have committed all their input; seconds waited.

    Fails when no group's lag has reached a new low for `stall` seconds (the pipeline is stuck), or after `timeout`
    seconds in all, naming the partitions still behind. A slow machine drains slowly but keeps reaching new lows.
    """
    started = last_progress = time.monotonic()
    bootstrap = dep.broker.bootstrap
    lowest: dict[str, int] = {}
    while True:
        workers.supervise()
        behind = {
            group: consumer_group_lags(bootstrap, f"{dep.prefix}vigil-{group}", [dep.topic(t) for t in topics])
            for group, topics in INPUTS.items()
        }
        lags = {group: sum(parts.values()) for group, parts in behind.items()}
        now = time.monotonic()
        if sum(lags.values()) == 0:
            return round(now - started, 1)
        if any(group not in lowest or lag < lowest[group] for group, lag in lags.items()):
            last_progress = now
            lowest = {group: min(lag, lowest.get(group, lag)) for group, lag in lags.items()}
        stuck = {group: {tp: n for tp, n in parts.items() if n} for group, parts in behind.items()}
        assert now - last_progress < stall, f"no lag fell for {stall:.0f}s: {stuck}\n{dep.logs_tail()}"
        assert now - started < timeout, f"still behind after {timeout:.0f}s: {stuck}\n{dep.logs_tail()}"
        time.sleep(2)


# ---------------------------------------------------------------- reconciliation


def reconcile(dep: Deployment, expected: Expected) -> dict[str, Any]:
    """Read every output and DLQ to the end and compare with the offline cores; the figures as a dict."""
    bootstrap = dep.broker.bootstrap
    events = read_to_end(bootstrap, [dep.topic(t) for t in EVENT_NAMES], timeout=300)
    event_values = [v for values in events.values() for v in values]
    alerts = read_to_end(bootstrap, [dep.topic(ALERTS.name)], timeout=120)[dep.topic(ALERTS.name)]
    scores = read_to_end(bootstrap, [dep.topic(ESCALATION_SCORES.name)], timeout=120)[dep.topic(ESCALATION_SCORES.name)]
    letters = read_to_end(bootstrap, [dep.topic(t) for t in DLQ_NAMES], timeout=120)
    event_counts, alert_counts = id_counts(event_values, "event_id"), id_counts(alerts, "alert_id")
    dlq = {t.removeprefix(dep.prefix): len(v) for t, v in letters.items() if v}
    reasons: dict[str, int] = {}
    late: list[str] = []
    for values in letters.values():
        for value in values:
            letter = DeadLetter.model_validate_json(value)
            reasons[letter.reason] = reasons.get(letter.reason, 0) + 1
            if letter.reason == "late_event":
                routed = TheatreEvent.model_validate_json(base64.b64decode(letter.original))
                late.extend(e.event_id for e in routed.routed)
    backtest_ids = {a.alert_id for a in expected.backtest_alerts}
    return {
        "events": compare(expected.event_ids, event_counts),
        "alerts": compare(expected.stream_alert_ids, alert_counts),
        "scores": score_diff(expected.stream_scores, scores),
        "figures": {
            "event_messages": len(event_values),
            "distinct_events": len(event_counts),
            "event_duplicates": duplicates(event_counts),
            "alert_messages": len(alerts),
            "distinct_alerts": len(alert_counts),
            "alert_duplicates": duplicates(alert_counts),
            "conflicting_event_ids": conflicting(event_values, "event_id")[:5],
            "conflicting_alert_ids": conflicting(alerts, "alert_id")[:5],
            "dlq": dlq,
            "dlq_reasons": reasons,
            "late_events": len(late),
            "late_distinct_events": len(set(late)),
            "score_messages": len(scores),
            "backtest_alerts": len(backtest_ids),
            "backtest_flush_only_alerts": len(backtest_ids - expected.stream_alert_ids),
        },
    }


def write_results(name: str, figures: dict[str, Any]) -> Path:
    """bench/results/<name>-<date>.json."""
    out = ROOT / "bench" / "results" / f"{name}-{datetime.now(UTC).date().isoformat()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, default=str) + "\n")
    return out


def assert_reconciled(result: dict[str, Any], dep: Deployment) -> None:
    """Events and alerts equal the offline cores' (after dedupe); identical redeliveries; an empty DLQ."""
    figures = result["figures"]
    assert result["events"].equal, f"event ids differ: {result['events'].summary()}"
    assert not figures["conflicting_event_ids"], "a redelivered event differs from the first delivery"
    assert result["alerts"].equal, f"alert ids differ: {result['alerts'].summary()}\n{figures}"
    assert not figures["conflicting_alert_ids"], "a redelivered alert differs from the first delivery"
    scores = result["scores"]
    assert not (scores["n_missing"] or scores["n_extra"] or scores["n_changed"]), f"window scores differ: {scores}"
    # With the scores equal, every late_event letter is a redelivery of an event already counted (see
    # the README's "Guarantees"): still good input in a DLQ, which operators are told to alert on.
    assert not figures["dlq"], (
        f"good input was dead-lettered: {figures['dlq']} {figures['dlq_reasons']} "
        f"({figures['late_events']} late_event letters for {figures['late_distinct_events']} distinct events)"
    )


# ---------------------------------------------------------------- the test


def test_kills_and_a_broker_restart_lose_nothing(deployment: Deployment, broker: Broker, tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("VIGIL_CHAOS_SEED", "5")))
    feed, items = chaos_corpus(ARTICLES, tmp_path)
    expected = expected_outputs(items, params=CHAOS_PARAMS)
    assert not expected.rejected and expected.stream_alerts, "the corpus must be valid and contain a crisis"
    speed = replay_speed(items, REPLAY_SECONDS)
    print(
        f"\nchaos: {len(items)} articles, {len(expected.events)} expected events, "
        f"{len(expected.stream_alerts)} expected alerts ({len(expected.backtest_alerts)} in the backtest), "
        f"replay at {speed:.0f}x event time, {KILLS} kill(s) per processor"
    )

    workers = Workers(deployment, tmp_path)
    for name in ("extractor", "escalation"):
        workers.start(name)
    workers.wait_ready()  # a replay into a starting group is skewed across partitions from its first second
    started = time.monotonic()
    replay = deployment.start(
        "ingest", "replay", str(feed), f"--speed={speed}", "--max-gap=1", log_dir=tmp_path, name="replay"
    )
    plan = sorted(
        [(rng.uniform(0.1, 0.85) * REPLAY_SECONDS, name) for name in ("extractor", "escalation") for _ in range(KILLS)]
        + ([(rng.uniform(0.3, 0.7) * REPLAY_SECONDS, "broker")] if broker.log is not None else [])
    )
    bootstrap = broker.bootstrap
    kills: list[dict[str, Any]] = []
    try:
        for at, target in plan:
            while time.monotonic() - started < at:
                workers.supervise()
                time.sleep(0.2)
            moment = round(time.monotonic() - started, 1)
            if target == "broker":
                down = hard_restart_broker(broker)
                outputs = [deployment.topic(t) for names in OUTPUTS.values() for t in names]
                baseline = sum(end_offsets(bootstrap, outputs).values())
                grow = wait_for_growth(bootstrap, outputs, baseline, timeout=180, tick=workers.supervise)
                kills.append({"target": "broker", "at_s": moment, "broker_back_s": down, "output_grows_s": grow})
                continue
            outputs = [deployment.topic(t) for t in OUTPUTS[target]]
            workers.kill(target)
            killed = time.monotonic()
            baseline = sum(end_offsets(bootstrap, outputs).values())
            workers.start(target)
            grow = wait_for_growth(bootstrap, outputs, baseline, timeout=180, tick=workers.supervise)
            recovery = None if grow is None else round(time.monotonic() - killed, 2)  # kill → output grows again
            kills.append({"target": target, "at_s": moment, "recovery_s": recovery})
        while replay.poll() is None:
            workers.supervise()
            assert time.monotonic() - started < REPLAY_SECONDS * 4 + 300, "the replay did not finish"
            time.sleep(0.5)
        assert replay.returncode == 0, deployment.logs_tail()
        drain = wait_drained(deployment, workers, timeout=1800 if FULL else 1200)
        result = reconcile(deployment, expected)
    finally:
        deployment.stop_all()
    figures = {
        "articles": len(items),
        "generated_articles": ARTICLES,
        "kills_per_processor": KILLS,
        "replay_speed": round(speed),
        "expected_events": len(expected.event_ids),
        "expected_alerts": len(expected.stream_alert_ids),
        **result["figures"],
        "events_diff": result["events"].summary(),
        "alerts_diff": result["alerts"].summary(),
        "scores_diff": result["scores"],
        "faults": kills,
        "unexpected_exits": workers.unexpected_exits,
        "drain_after_replay_s": drain,
        "total_s": round(time.monotonic() - started, 1),
    }
    path = write_results("chaos", figures)
    print(json.dumps(figures, indent=2, default=str))
    print(f"written to {path.relative_to(ROOT)}")
    assert all(k.get("recovery_s", 0) is not None and k.get("output_grows_s", 0) is not None for k in kills), (
        f"output did not grow again after a fault: {kills}"
    )
    # a worker that crashes on its own is restarted by `supervise` and would still reconcile: it must not happen
    assert not workers.unexpected_exits, f"a worker exited without being killed: {workers.unexpected_exits}"
    # the broker restart the test is named after (only a broker the test started can be restarted)
    assert broker.log is None or any(k["target"] == "broker" for k in kills), kills
    assert_reconciled(result, deployment)
