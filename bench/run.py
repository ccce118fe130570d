"""`python -m bench.run`: broker ceiling, core speeds, pipeline throughput, latency, memory and profiles in one go.

Starts its own KRaft broker on free loopback ports (state in a temporary folder), runs the selected stages,
stops every process and the broker (also on Ctrl-C or an error), and writes bench/results/<date>.{json,md}
and <date>-latency.png. `--quick` is a short smoke run. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from bench import pipeline, report
from bench.cluster import ROOT, start_broker, stop_broker
from bench.corpus import CANDIDATES, BurstTheatre, background_pool, burst_cycle, live

STAGES = ("cores", "ceiling", "throughput", "latency", "profile")
RESULTS = ROOT / "bench" / "results"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def environment(argv: list[str]) -> dict[str, Any]:
    """Machine, load and software versions, recorded next to every figure."""

    def version(dist: str) -> str:
        try:
            return md.version(dist)
        except md.PackageNotFoundError:
            return "missing"

    pom = (ROOT / "deploy" / "kafka" / "pom.xml").read_text()
    kafka = re.search(r"<kafka.version>(.*?)</kafka.version>", pom)
    java = subprocess.run(
        ["java", "-version"], capture_output=True, text=True, check=False
    ).stderr.splitlines()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m bench.run", *argv]),
        "cores": os.cpu_count(),
        "load_start": [round(x, 2) for x in os.getloadavg()],
        "platform": platform.platform(),
        "python": platform.python_version(),
        "kafka": kafka.group(1) if kafka else "?",
        "faust": version("faust-streaming"),
        "aiokafka": version("aiokafka"),
        "kafka_python": version("kafka-python"),
        "pydantic": version("pydantic"),
        "java": java[0] if java else "?",
    }


# ---------------------------------------------------------------- stages


def cores_stage(quick: bool) -> dict[str, Any]:
    """Extraction and scoring core speeds on one core, with the colleagues' benchmark functions.

    Rates are given per wall-clock second (as those benchmarks report) and per CPU second of this process,
    which is the fairer figure on a shared machine.
    """
    from bench import backtest_bench, extract_bench
    from services.escalation.backtest import run_backtest
    from services.escalation.params import DetectorParams

    out: dict[str, Any] = {}
    count, rounds = (200, 2) if quick else (500, 3)
    log(f"cores: extraction core, {count} articles x {rounds} passes ...")
    articles = extract_bench.make_articles(count, seed=7)
    cpu = time.process_time()
    rate, events = extract_bench.bench(articles, rounds=rounds)
    cpu = time.process_time() - cpu
    out["extraction"] = {
        "articles": count,
        "rounds": rounds,
        "events_per_pass": events,
        "mean_chars": round(sum(len(a.text) for a in articles) / count),
        "articles_per_s": round(rate, 1),
        "articles_per_cpu_s": round((count * rounds + 20) / cpu, 1),
    }
    log(f"  {out['extraction']}")
    repeat = 5 if quick else 20
    log(f"cores: scoring core (backtest of the scenario x {repeat}) ...")
    params = DetectorParams()
    lines = backtest_bench.repeated_corpus(backtest_bench.SCENARIO, repeat, 1)
    run_backtest(lines[:50], params)  # warm-up: imports, gazetteer and automaton
    started, cpu = time.perf_counter(), time.process_time()
    result = run_backtest(lines, params)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    out["scoring"] = {
        "articles": result.counts["articles"],
        "events": result.counts["events"],
        "alerts": len(result.alerts),
        "articles_per_s": round(result.counts["articles"] / elapsed, 1),
        "articles_per_cpu_s": round(result.counts["articles"] / cpu, 1),
    }
    try:  # the scoring stage alone (route + apply_event on pre-extracted events), as backtest_bench splits it
        split = backtest_bench.stages(lines, params)
        out["scoring"]["detector_articles_per_cpu_s"] = round(split["detect_articles_per_cpu_s"], 1)
        out["scoring"]["detector_events_per_cpu_s"] = round(split["detect_events_per_cpu_s"], 1)
        out["scoring"]["stage_cpu_s"] = {k: round(v, 3) for k, v in split.items() if k.endswith("_cpu_s")}
    except (AttributeError, KeyError) as exc:  # that benchmark's API is young: keep the run going
        out["scoring"]["detector_error"] = repr(exc)
    log(f"  {out['scoring']}")
    return out


def pick_theatre(sample: list[dict[str, Any]]) -> tuple[BurstTheatre, dict[str, Any]]:
    """The first candidate burst theatre that background articles never route to, checked with the cores."""
    from services.escalation.backtest import run_backtest
    from services.escalation.theatres import load_theatres, theatres_for
    from services.extractor.core import extract_article
    from services.ingest.core import Limits, normalise

    theatres = load_theatres()
    now = datetime.now(UTC)
    seen: dict[str, int] = {}
    for i, item in enumerate(sample):
        article = normalise({**live(item, now), "id": f"probe-{i}"}, Limits(now=now))
        for event in extract_article(article, known_at=now):
            for t in theatres_for(event, theatres):
                seen[t] = seen.get(t, 0) + 1
    for candidate in CANDIDATES:
        if candidate.theatre in seen:
            continue
        cycle = burst_cycle(candidate, 0, "probe")
        routed = {kind for kind, item in cycle if _routes_to(item, candidate.theatre, theatres)}
        check = run_backtest([a for c in range(3) for _, a in burst_cycle(candidate, c, "probe")])
        states = [a.state for a in check.alerts if a.theatre == candidate.theatre]
        if routed == {"hot", "closer", "jump"} and states.count("raised") >= 3:
            return candidate, {
                "theatre": candidate.theatre,
                "background_theatres": seen,
                "backtest_alerts_for_3_cycles": states,
            }
    raise RuntimeError(f"no burst theatre is free of background events or raises alerts (background: {seen})")


def _routes_to(item: dict[str, Any], theatre: str, theatres: Any) -> bool:
    """Whether an input article yields at least one event routed to `theatre` (by the extraction core)."""
    from services.escalation.theatres import theatres_for
    from services.extractor.core import extract_article
    from services.ingest.core import Limits, normalise

    now = datetime.now(UTC)
    article = normalise(item, Limits(now=now))
    return any(theatre in theatres_for(e, theatres) for e in extract_article(article, known_at=now))


def ceiling_stage(broker: Any, work: Path, pool: list[dict[str, Any]], records: int) -> dict[str, Any]:
    """ProducerPerformance with payloads that are real RawArticle JSON of the generated articles."""
    from bench.ceiling import run_ceiling
    from services.ingest.core import Limits, normalise

    now = datetime.now(UTC)
    payloads = [
        normalise({**live(a, now), "id": f"ceil-{i}"}, Limits(now=now)).model_dump_json().encode()
        for i, a in enumerate(pool)
    ]
    log(f"ceiling: ProducerPerformance, {records:,} records per configuration ...")
    return run_ceiling(broker, payloads, work, records=records)


def profile_stage(
    broker: Any, work: Path, theatre: BurstTheatre, articles: int, env: dict[str, str]
) -> dict[str, Any]:
    """A backlog through pyinstrument-profiled workers; top functions per service."""
    prof_dir = work / "profiles"
    prof_dir.mkdir(parents=True, exist_ok=True)
    run = pipeline.throughput_stage(
        broker, work / "profile-run", theatre, articles=articles, env=env, profile_dir=prof_dir
    )
    services: dict[str, Any] = {}
    for name in ("extractor", "escalation"):
        path = prof_dir / f"{name}.json"
        if path.exists():
            services[name] = orjson.loads(path.read_bytes())
            services[name]["threads_cpu_s"] = run.get("threads_cpu_s", {}).get(name)
            shutil.copy(prof_dir / f"{name}.txt", work / f"profile-{name}.txt")
    return {
        "articles": articles,
        "rates_under_profiler": {k: run[k] for k in ("extractor_rate", "escalation_events_per_s")},
        "services": services,
    }


# ---------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="short smoke run (small backlogs, 15 s per rate)"
    )
    parser.add_argument(
        "--stages", default=",".join(STAGES), help=f"comma-separated subset of {','.join(STAGES)}"
    )
    parser.add_argument("--rates", default="10,25,50,100,200,400", help="offered articles/s for the latency stage")
    parser.add_argument(
        "--seconds", type=float, default=None, help="seconds per latency rate (120; quick 15)"
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=None,
        help="seconds at each latency rate before the measured ones, reported apart (20; quick 5)",
    )
    parser.add_argument(
        "--backlog", type=int, default=None, help="articles in the throughput backlog (5000; quick 1000)"
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        type=_key_value,
        metavar="KEY=VALUE",
        help="extra environment for the workers, e.g. VIGIL_FAUST_PRODUCER_LINGER=0.005 (repeatable)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    parser.add_argument("--name", default=None, help="file stem of the results (default: the date)")
    return parser.parse_args(argv)


def _key_value(text: str) -> tuple[str, str]:
    """An --env value: KEY=VALUE (argparse turns the ValueError into a usage error)."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


def run(args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise SystemExit(f"unknown stages: {sorted(unknown)}")
    worker_env = dict(args.env)
    seconds = args.seconds or (15.0 if args.quick else 120.0)
    warmup = args.warmup if args.warmup is not None else (5.0 if args.quick else 20.0)
    backlog = args.backlog or (1000 if args.quick else 5000)
    results: dict[str, Any] = {"environment": environment(argv), "worker_env": worker_env, "notes": []}
    log(f"bench: stages {stages}, load {results['environment']['load_start']}")
    if "cores" in stages:
        results["cores"] = cores_stage(args.quick)
    needs_broker = [s for s in stages if s != "cores"]
    if not needs_broker:
        return results
    pool = background_pool(400, seed=7)
    theatre, probe = pick_theatre(pool[:100])
    results["corpus"] = {"background_pool": len(pool), "burst_every": pipeline.BURST_EVERY, **probe}
    work = Path(tempfile.mkdtemp(prefix="vigil-bench-"))
    log(f"bench: work folder {work}; starting a private broker ...")
    broker = start_broker(work / "state")
    try:
        if "ceiling" in stages:
            results["ceiling"] = ceiling_stage(broker, work, pool, 30_000 if args.quick else 100_000)
        if "throughput" in stages:
            log(f"throughput: backlog of {backlog:,} articles ...")
            tp = pipeline.throughput_stage(
                broker, work / "throughput", theatre, articles=backlog, env=worker_env
            )
            tp["sustained_rate"] = tp["end_to_end_rate"]
            tp["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
            results["throughput"] = tp
            log(
                f"  ingest {tp['ingest_rate']}/s, extractor {tp['extractor_rate']}/s, escalation "
                f"{tp['escalation_events_per_s']} events/s, end to end {tp['end_to_end_rate']}/s"
            )
        if "latency" in stages:
            rates = [int(r) for r in args.rates.split(",") if r]
            log(f"latency: rates {rates}, {warmup:.0f} s of warm-up and {seconds:.0f} s measured each ...")
            results["latency"] = pipeline.latency_stage(
                broker,
                work / "latency",
                theatre,
                rates=rates,
                seconds=seconds,
                warmup=warmup,
                env=worker_env,
                log=log,
            )
        if "profile" in stages:
            log("profile: pyinstrument on both workers ...")
            results["profile"] = profile_stage(broker, work, theatre, max(300, backlog // 4), worker_env)
    finally:
        log("bench: stopping the broker")
        stop_broker(broker)
        shutil.rmtree(work / "state", ignore_errors=True)  # the broker's data: hundreds of MB after the ceiling
    results["memory"] = {"peak_rss_mb": _peak_memory(work)}
    log(f"bench: logs, load-generator records and profiles are in {work}")  # not in the results: a local path
    return results


def _peak_memory(work: Path) -> dict[str, float]:
    peaks: dict[str, float] = {}
    for path in work.rglob("memory.json"):
        if "profile" in str(path):
            continue  # the profiler's own memory is not the service's
        for name, mb in orjson.loads(path.read_bytes()).items():
            peaks[name] = round(max(peaks.get(name, 0.0), mb), 1)
    return peaks


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    # SIGTERM unwinds like Ctrl-C, so the finally blocks stop the workers and the broker
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    started = time.monotonic()
    results = run(args, argv)
    results["environment"]["load_end"] = [round(x, 2) for x in os.getloadavg()]
    results["environment"]["wall_seconds"] = round(time.monotonic() - started, 1)
    paths = report.write_all(results, args.out, args.name or results["environment"]["date"])
    print(report.markdown(results))
    log("wrote " + ", ".join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths))


if __name__ == "__main__":
    main()
