"""Pipeline stages on the real broker: backlog throughput, latency at fixed offered rates, profiles, memory."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaConsumer, TopicPartition

from bench.cluster import ROOT, Broker, Service, Stack, broker_pid, proc_cpu_seconds, proc_memory, total
from bench.corpus import BurstTheatre
from schemas.escalation import Alert
from schemas.topics import ALERTS, EVENT_TOPICS
from services.escalation.params import DetectorParams

BURST_EVERY = 20  # one article in 20 belongs to the burst theatre (5 %)


# ---------------------------------------------------------------- monitoring


@dataclass
class Sample:
    """One reading of the workers' counters, lags, memory and CPU."""

    t: float
    ext_done: float
    ext_lag: float
    esc_events: float
    esc_lag: float
    rss_mb: dict[str, float]
    cpu_s: dict[str, float]


class Monitor(threading.Thread):
    """Scrapes the workers' /metrics and /proc once a second into a timeline."""

    def __init__(self, stack: Stack, interval: float = 1.0) -> None:
        super().__init__(daemon=True, name="bench-monitor")
        self.stack, self.interval = stack, interval
        self.timeline: list[Sample] = []
        self.extra: dict[str, int] = {}  # other processes to watch (the load generator)
        self.peak_rss_mb: dict[str, float] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=10)

    def sample(self) -> Sample:
        ext, esc = self.stack.services["extractor"], self.stack.services["escalation"]
        e, s = ext.scrape(), esc.scrape()
        pids = {name: svc.proc.pid for name, svc in self.stack.services.items()} | self.extra
        rss, cpu = {}, {}
        for name, pid in pids.items():
            mem = proc_memory(pid)
            rss[name] = mem.get("VmRSS", 0.0)
            self.peak_rss_mb[name] = max(self.peak_rss_mb.get(name, 0.0), mem.get("VmHWM", 0.0), rss[name])
            cpu[name] = proc_cpu_seconds(pid)["total"]
        sample = Sample(
            time.time(),
            total(e, "vigil_extractor_articles_total"),
            total(e, "vigil_extractor_consumer_lag_messages"),
            total(s, "vigil_escalation_events_total"),
            total(s, "vigil_escalation_consumer_lag_messages"),
            rss,
            cpu,
        )
        self.timeline.append(sample)
        return sample

    def latest(self) -> Sample:
        return self.timeline[-1] if self.timeline else self.sample()


def wait_drained(
    monitor: Monitor, expected_articles: float, timeout: float, quiet: float = 6.0
) -> dict[str, Any]:
    """Wait until the extractor has consumed `expected_articles` and the escalation worker is idle with no lag.

    Idle means its event counter has not moved for `quiet` seconds (its lag gauge refreshes every 5 s).
    Returns when each worker finished (epoch seconds) and whether the deadline passed first.
    """
    deadline = time.monotonic() + timeout
    ext_done_at = esc_done_at = None
    last_events, last_change = -1.0, time.time()
    while time.monotonic() < deadline:
        s = monitor.latest()
        if ext_done_at is None and s.ext_done >= expected_articles:
            ext_done_at = s.t
        if s.esc_events != last_events:
            last_events, last_change = s.esc_events, s.t
        if ext_done_at is not None and s.esc_lag == 0 and s.t - last_change >= quiet:
            esc_done_at = last_change
            break
        time.sleep(0.5)
    return {
        "extractor_done_at": ext_done_at,
        "escalation_done_at": esc_done_at,
        "timed_out": esc_done_at is None,
    }


# ---------------------------------------------------------------- load generator


@dataclass
class Load:
    """A running load generator subprocess."""

    proc: subprocess.Popen[bytes]
    out: Path
    started_at: float
    summary: dict[str, Any] = field(default_factory=dict)

    def wait(self, timeout: float) -> dict[str, Any]:
        stdout, _ = self.proc.communicate(timeout=timeout)
        if self.proc.returncode != 0:
            raise RuntimeError(f"load generator failed ({self.proc.returncode}); see its log")
        self.summary = orjson.loads(stdout.strip().splitlines()[-1])
        return self.summary

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()

    def records(self) -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in self.out.read_bytes().splitlines() if line.strip()]


def start_load(
    stack: Stack,
    work: Path,
    *,
    name: str,
    rate: float,
    theatre: BurstTheatre,
    count: int | None = None,
    duration: float | None = None,
    first_cycle: int = 0,
    burst_every: int = BURST_EVERY,
    clock: str = "live",
    pool: int = 400,
    seed: int = 7,
) -> Load:
    """Start `bench.loadgen` for this stack's topics."""
    out = work / f"load-{name}.jsonl"
    spec = {
        "rate": rate,
        "count": count,
        "duration": duration,
        "tag": name,
        "theatre": theatre.__dict__,
        "burst_every": burst_every,
        "first_cycle": first_cycle,
        "clock": clock,
        "pool": pool,
        "seed": seed,
        "out": str(out),
    }
    spec_path = work / f"load-{name}.json"
    spec_path.write_bytes(orjson.dumps(spec))
    log = (work / f"load-{name}.log").open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.loadgen", str(spec_path)],
        cwd=ROOT,
        env=stack.dep.env(),
        stdout=subprocess.PIPE,
        stderr=log,
    )
    stack.dep.processes.append(proc)  # stopped with the stack on any error
    return Load(proc, out, time.time())


# ---------------------------------------------------------------- reading topics back


def end_offsets(bootstrap: str, topics: list[str]) -> dict[TopicPartition, int]:
    """The current end offset of every partition of the topics."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        tps = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or ())]
        return consumer.end_offsets(tps)
    finally:
        consumer.close()


def read_range(bootstrap: str, start: dict[TopicPartition, int], end: dict[TopicPartition, int]) -> list[Any]:
    """Every record between two sets of offsets (records carry their producer CreateTime, so reading late is fine)."""
    todo = {tp: off for tp, off in end.items() if off > start.get(tp, 0)}
    if not todo:
        return []
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, max_partition_fetch_bytes=4 << 20
    )
    records: list[Any] = []
    try:
        consumer.assign(list(todo))
        for tp in todo:
            consumer.seek(tp, start.get(tp, 0))
        deadline = time.monotonic() + 300
        while todo and time.monotonic() < deadline:
            for tp, batch in consumer.poll(timeout_ms=1000, max_records=5000).items():
                records.extend(r for r in batch if r.offset < end[tp])
                if consumer.position(tp) >= end[tp]:
                    todo.pop(tp, None)
                    consumer.pause(tp)
    finally:
        consumer.close()
    return records


# ---------------------------------------------------------------- statistics


def percentiles(values: list[float]) -> dict[str, float | int | None]:
    """n, mean, p50, p95, p99 and max (nearest rank), in the values' unit."""
    if not values:
        return {"n": 0, "mean": None, "p50": None, "p95": None, "p99": None, "max": None}
    ordered = sorted(values)

    def rank(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

    return {
        "n": len(ordered),
        "mean": round(sum(ordered) / len(ordered), 2),
        "p50": round(rank(0.50), 2),
        "p95": round(rank(0.95), 2),
        "p99": round(rank(0.99), 2),
        "max": round(ordered[-1], 2),
    }


def event_latencies_ms(records: list[Any], known: dict[str, float]) -> list[float]:
    """Event record timestamp minus the known_at of its article (the key), for articles in `known`."""
    out = []
    for r in records:
        at = known.get(r.key.decode()) if r.key else None
        if at is not None:
            out.append(r.timestamp - at * 1000)
    return out


def split_warmup(known: dict[str, float], warmup: float) -> tuple[dict[str, float], dict[str, float]]:
    """Articles ingested in the first `warmup` seconds of a step (by known_at), and the others (the measured ones).

    The step's clock starts at its first article, so the split does not depend on how long the load generator
    took to start.
    """
    if not known:
        return {}, {}
    cut = min(known.values()) + warmup
    early = {k: at for k, at in known.items() if at < cut}
    return early, {k: at for k, at in known.items() if at >= cut}


def alert_latencies(
    records: list[Any], burst: list[dict[str, Any]], theatre: str
) -> tuple[list[dict[str, Any]], int]:
    """Per alert of the burst theatre: its trigger article and latency; plus the count of other alerts.

    The trigger is the earliest-ingested burst article whose events reached the theatre (`routes`) and whose
    published_at moved the watermark to the instant the alert was decided: for a raise or an escalation, the
    alert's `changed_at` itself (an early check fires as soon as the watermark passes it); for a resolution,
    `changed_at` plus the allowed lateness (the window had to close). If a later article overtook it in the
    pipeline, the latency is overstated, never understated.
    """
    params = DetectorParams()
    lateness = params.lateness.total_seconds()
    ordered = sorted((b for b in burst if b.get("routes")), key=lambda b: b["known_at"])
    matched, others = [], 0
    for r in records:
        alert = Alert.model_validate_json(r.value)
        if alert.theatre != theatre:
            others += 1
            continue
        early = params.early_check_hours and alert.state != "resolved"
        bound = alert.changed_at.timestamp() + (0 if early else lateness)
        trigger = next(
            (b for b in ordered if b["published_at"] is not None and b["published_at"] >= bound), None
        )
        if trigger is not None:
            matched.append(
                {
                    "state": alert.state,
                    "severity": alert.severity,
                    "trigger": trigger["id"],
                    "trigger_kind": trigger["kind"],
                    "latency_ms": r.timestamp - trigger["known_at"] * 1000,
                }
            )
    return matched, others


def routed_burst_ids(records: list[Any], burst_ids: set[str], theatre: str) -> set[str]:
    """Burst article ids with at least one event (as read back from the event topics) routed to `theatre`."""
    from schemas.events import Event
    from services.escalation.theatres import load_theatres, theatres_for

    theatres = load_theatres()
    out: set[str] = set()
    for r in records:
        key = r.key.decode() if r.key else None
        if key in burst_ids and key not in out:
            if theatre in theatres_for(Event.model_validate_json(r.value), theatres):
                out.add(key)
    return out


# ---------------------------------------------------------------- stages


def _topics(stack: Stack) -> tuple[list[str], list[str]]:
    return [stack.dep.topic(s.name) for s in EVENT_TOPICS.values()], [stack.dep.topic(ALERTS.name)]


def _rate_between(timeline: list[Sample], start: float, end: float, attr: str) -> float | None:
    inside = [s for s in timeline if start <= s.t <= end]
    if len(inside) < 2 or inside[-1].t - inside[0].t <= 0:
        return None
    return (getattr(inside[-1], attr) - getattr(inside[0], attr)) / (inside[-1].t - inside[0].t)


def _cpu_between(timeline: list[Sample], start: float, end: float) -> dict[str, float]:
    inside = [s for s in timeline if start <= s.t <= end]
    if len(inside) < 2:
        return {}
    return {
        k: round(inside[-1].cpu_s.get(k, 0.0) - v, 2)
        for k, v in inside[0].cpu_s.items()
        if k in inside[-1].cpu_s
    }


def start_stack(
    broker: Broker, work: Path, *, env: dict[str, str] | None = None, profile_dir: Path | None = None
) -> tuple[Stack, Monitor]:
    """Fresh topics, both workers (optionally profiled) and a running monitor."""
    stack = Stack(broker, work / "logs", env=env or {})
    for name in ("extractor", "escalation"):
        stack.start_worker(name, profile_to=profile_dir / f"{name}.json" if profile_dir else None)
    stack.wait_metrics(timeout=90)
    monitor = Monitor(stack)
    pid = broker_pid(broker)
    if pid is not None:
        monitor.extra["broker"] = pid  # its CPU per article is part of the pipeline's cost
    monitor.start()
    return stack, monitor


def warm_up(
    stack: Stack, monitor: Monitor, work: Path, theatre: BurstTheatre, count: int = 200, clock: str = "live"
) -> None:
    """Background articles only, until both workers have processed them (partitions assigned, code warm)."""
    load = start_load(stack, work, name="warm", rate=0, count=count, burst_every=0, theatre=theatre, clock=clock)
    load.wait(timeout=300)
    drained = wait_drained(monitor, count, timeout=180)
    if drained["timed_out"]:
        raise RuntimeError(f"warm-up did not drain\n{stack.dep.logs_tail()}")


def throughput_stage(
    broker: Broker,
    work: Path,
    theatre: BurstTheatre,
    *,
    articles: int,
    env: dict[str, str] | None = None,
    profile_dir: Path | None = None,
) -> dict[str, Any]:
    """Publish a backlog as fast as ingest can and time how fast extractor and escalation drain it."""
    stack, monitor = start_stack(broker, work, env=env, profile_dir=profile_dir)
    try:
        warm_up(stack, monitor, work, theatre)
        base = monitor.sample()
        load = start_load(stack, work, name="backlog", rate=0, count=articles, theatre=theatre)
        monitor.extra["loadgen"] = load.proc.pid
        summary = load.wait(timeout=1800)
        published_at = time.time()
        monitor.extra.pop("loadgen", None)
        drained = wait_drained(
            monitor, base.ext_done + summary["published"], timeout=max(300.0, articles / 20)
        )
        end = monitor.sample()
        result = _throughput_result(monitor, load, summary, drained, base, end, published_at, articles)
        result["threads_cpu_s"] = {
            name: {k: round(v, 2) for k, v in proc_cpu_seconds(svc.proc.pid).items()}
            for name, svc in stack.services.items()
        }
        return result
    finally:
        monitor.stop()
        stack.stop()
        _record_memory(stack, monitor)
        work.joinpath("memory.json").write_bytes(orjson.dumps(monitor.peak_rss_mb))


def _throughput_result(
    monitor: Monitor,
    load: Load,
    summary: dict[str, Any],
    drained: dict[str, Any],
    base: Sample,
    end: Sample,
    published_at: float,
    articles: int,
) -> dict[str, Any]:
    t0, tl = load.started_at, monitor.timeline
    ext_end = drained["extractor_done_at"] or end.t
    esc_end = drained["escalation_done_at"] or end.t
    processed = end.ext_done - base.ext_done
    events = end.esc_events - base.esc_events
    first = next((s.t for s in tl if s.t >= t0 and s.ext_done > base.ext_done), t0)
    return {
        "articles": articles,
        "published": summary["published"],
        "ingest": summary,
        "ingest_rate": summary["rate_achieved"],
        "extractor_rate": round(processed / max(ext_end - first, 1e-9), 1),
        "extractor_rate_after_publish": _round(_rate_between(tl, published_at, ext_end, "ext_done")),
        "escalation_theatre_events": events,
        "escalation_events_per_s": round(events / max(esc_end - first, 1e-9), 1),
        "end_to_end_rate": round(processed / max(esc_end - t0, 1e-9), 1),
        "end_to_end_seconds": round(esc_end - t0, 2),
        "timed_out": drained["timed_out"],
        **cpu_budget(_cpu_between(tl, t0, esc_end), summary.get("cpu_seconds"), processed),
        "timeline": [
            {
                "t": round(s.t - t0, 1),
                "extracted": s.ext_done - base.ext_done,
                "ext_lag": s.ext_lag,
                "esc_events": s.esc_events - base.esc_events,
                "esc_lag": s.esc_lag,
                "rss_mb": s.rss_mb,
            }
            for s in tl
            if s.t >= t0 - 1
        ],
    }


def cpu_budget(cpu: dict[str, float], loadgen_cpu: float | None, articles: float) -> dict[str, Any]:
    """CPU seconds per process over the run, CPU ms per article, and the rates they imply.

    `capacity_per_core` is 1000 / (CPU ms per article): the articles/s that process could sustain with one
    core of its own. `cpu_bound_estimate` divides the machine's cores by the pipeline's total CPU per
    article (ingest, both workers and the broker): the most it could sustain here with the machine to itself.
    """
    cpu = dict(cpu)
    if loadgen_cpu is not None:
        cpu["loadgen (ingest)"] = loadgen_cpu
    per_article = {k: round(1000 * v / max(articles, 1), 3) for k, v in cpu.items()}
    whole = sum(per_article.values())
    return {
        "cpu_seconds": cpu,
        "cpu_ms_per_article": per_article,
        "capacity_per_core": {k: round(1000 / v, 1) for k, v in per_article.items() if v > 0},
        "cpu_bound_estimate": round((os.cpu_count() or 1) * 1000 / whole, 1) if whole else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _record_memory(stack: Stack, monitor: Monitor) -> None:
    for name, svc in stack.services.items():
        monitor.peak_rss_mb[name] = max(monitor.peak_rss_mb.get(name, 0.0), svc.peak_rss_mb)


def latency_stage(
    broker: Broker,
    work: Path,
    theatre: BurstTheatre,
    *,
    rates: list[int],
    seconds: float,
    warmup: float = 0.0,
    env: dict[str, str] | None = None,
    log: Any = print,
) -> dict[str, Any]:
    """For each offered rate: publish for `warmup` + `seconds`, drain, then read events and alerts back with their
    timestamps. Figures are over the articles after the first `warmup` seconds; those of the warm-up are kept apart
    (a fresh broker's JIT and fresh workers make the first seconds of a run slower than the steady state)."""
    stack, monitor = start_stack(broker, work, env=env)
    steps: list[dict[str, Any]] = []
    burst_records: list[dict[str, Any]] = []
    try:
        warm_up(stack, monitor, work, theatre, clock="burst")  # event time before the first burst cycle
        first_cycle = 0
        for rate in rates:
            step, records = _latency_step(
                stack, monitor, work, theatre, rate, seconds, warmup, first_cycle, burst_records
            )
            steps.append(step)
            log(f"  latency @ {rate}/s: {_describe_step(step)}")
            bursts = sum(1 for r in records if r["kind"] != "background")
            first_cycle += bursts // 8 + 2  # continue the burst theatre's event-time clock in the next step
            if step["saturated"]:
                log(f"  stopping: {rate}/s is above what the pipeline sustains")
                break
        return {"steps": steps}
    finally:
        monitor.stop()
        stack.stop()
        _record_memory(stack, monitor)
        work.joinpath("memory.json").write_bytes(orjson.dumps(monitor.peak_rss_mb))


def _latency_step(
    stack: Stack,
    monitor: Monitor,
    work: Path,
    theatre: BurstTheatre,
    rate: int,
    seconds: float,
    warmup: float,
    first_cycle: int,
    burst_records: list[dict[str, Any]],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    event_topics, alert_topics = _topics(stack)
    start = end_offsets(stack.dep.broker.bootstrap, event_topics + alert_topics)
    base = monitor.sample()
    load = start_load(
        stack,
        work,
        name=f"r{rate}",
        rate=rate,
        duration=warmup + seconds,
        theatre=theatre,
        first_cycle=first_cycle,
        clock="burst",
    )
    monitor.extra["loadgen"] = load.proc.pid
    saturated = False
    while load.proc.poll() is None:
        s = monitor.latest()
        if s.ext_lag > max(10 * rate, 500) or s.esc_lag > max(50 * rate, 5000):
            saturated = True  # more than ~10 s behind: the lag grows without bound at this rate
            load.stop()
        time.sleep(0.5)
    summary = load.wait(timeout=120)
    sent_end = time.time()
    monitor.extra.pop("loadgen", None)
    drained = wait_drained(monitor, base.ext_done + summary["published"], timeout=300)
    end = end_offsets(stack.dep.broker.bootstrap, event_topics + alert_topics)
    records = load.records()
    warm, known = split_warmup({r["id"]: r["known_at"] for r in records}, warmup)
    measured_from = min(known.values(), default=sent_end)
    events = read_range(
        stack.dep.broker.bootstrap,
        {tp: o for tp, o in start.items() if tp.topic in event_topics},
        {tp: o for tp, o in end.items() if tp.topic in event_topics},
    )
    alerts = read_range(
        stack.dep.broker.bootstrap,
        {tp: o for tp, o in start.items() if tp.topic in alert_topics},
        {tp: o for tp, o in end.items() if tp.topic in alert_topics},
    )
    routed = routed_burst_ids(events, {r["id"] for r in records if r["kind"] != "background"}, theatre.theatre)
    burst_records.extend({**r, "routes": r["id"] in routed} for r in records if r["kind"] != "background")
    matched, other_alerts = alert_latencies(alerts, burst_records, theatre.theatre)
    matched_warm = [m for m in matched if m["trigger"] in warm]
    matched = [m for m in matched if m["trigger"] in known]
    ext_rate = _rate_between(monitor.timeline, measured_from, sent_end, "ext_done")
    drain_after = _drain_after(drained, sent_end)
    step = {
        "rate_offered": rate,
        "seconds": seconds,
        "published": summary["published"],
        "rate_published": summary["rate_achieved"],
        "extractor_rate_during": _round(ext_rate),
        "saturated": saturated
        or drained["timed_out"]
        or (ext_rate is not None and ext_rate < 0.8 * rate)
        or (drain_after is not None and drain_after > max(5.0, 0.25 * seconds)),
        "drain_seconds_after_send": drain_after,
        "events": len(events),
        "warmup_seconds": warmup,
        "measured_seconds": round(sent_end - measured_from, 1),
        "article_to_event_ms": percentiles(event_latencies_ms(events, known)),
        "alerts": len(matched),
        "alerts_by_state": _count(m["state"] for m in matched),
        "other_alerts": other_alerts,
        "article_to_alert_ms": percentiles([m["latency_ms"] for m in matched]),
        "warmup": {  # the first seconds after the workers' and the broker's start, reported apart
            "articles": len(warm),
            "article_to_event_ms": percentiles(event_latencies_ms(events, warm)),
            "article_to_alert_ms": percentiles([m["latency_ms"] for m in matched_warm]),
        },
        "cpu_seconds": _cpu_between(monitor.timeline, measured_from, sent_end),
        "load_avg": _loadavg(),
    }
    return step, records


def _drain_after(drained: dict[str, Any], sent_end: float) -> float | None:
    done = drained["escalation_done_at"]
    return None if done is None else round(max(done - sent_end, 0.0), 2)


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _describe_step(step: dict[str, Any]) -> str:
    ev, al = step["article_to_event_ms"], step["article_to_alert_ms"]
    return (
        f"published {step['rate_published']}/s, extractor {step['extractor_rate_during']}/s, "
        f"event p50/p99 {ev['p50']}/{ev['p99']} ms (n={ev['n']}), alert p50/p99 {al['p50']}/{al['p99']} ms "
        f"(n={al['n']}){' SATURATED' if step['saturated'] else ''}"
    )


def service_pids(services: dict[str, Service]) -> dict[str, int]:
    return {name: svc.proc.pid for name, svc in services.items()}
