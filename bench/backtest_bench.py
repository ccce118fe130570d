"""Backtest speed: articles/s end to end (parse, extract, route, score) and events/s of the detector alone."""

# The corpus is the scenario (tests/data/scenario/articles.jsonl) repeated: copy k gets its ids and outlet
# names suffixed and its published_at shifted by k × `--shift-days` (default 1 day): a feed `repeat` times
# denser over the same months, where copies corroborate each other like real outlets. Rates are given per
# wall-clock second and per CPU second of this process (the machine may be shared).
# Run on one core:  .venv/bin/python -m bench.backtest_bench --repeat 20

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime, timedelta
from pathlib import Path

import orjson

from services.escalation.backtest import parse_article, run_backtest
from services.escalation.core import apply_event, new_state
from services.escalation.params import DetectorParams
from services.escalation.theatres import load_theatres, theatres_for

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "tests" / "data" / "scenario" / "articles.jsonl"


def repeated_corpus(path: Path, repeat: int, shift_days: int) -> list[bytes]:
    """The scenario's lines `repeat` times, each copy with new ids and shifted event times."""
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    out = []
    for copy in range(repeat):
        for row in rows:
            when = datetime.fromisoformat(row["published_at"].replace("Z", "+00:00"))
            shifted = when + timedelta(days=copy * shift_days)
            copied = {**row, "id": f"{row['id']}-r{copy}", "source": f"{row['source']} #{copy}"}
            out.append(orjson.dumps({**copied, "published_at": shifted.isoformat()}))
    return out


def stages(lines: list[bytes], params: DetectorParams) -> dict[str, float]:
    """CPU seconds of each stage run alone: parse (ingest normalisation), extract, detect (route + apply)."""
    from services.extractor.core import extract_article

    theatres = load_theatres()
    cpu = time.process_time()
    articles = sorted((parse_article(x) for x in lines), key=lambda a: (a.published_at, a.article_id))
    parsed = time.process_time()
    events = [e for a in articles for e in extract_article(a, known_at=a.published_at)]
    extracted = time.process_time()
    states: dict[str, object] = {}
    for event in events:
        for theatre in theatres_for(event, theatres):
            step = apply_event(states.get(theatre) or new_state(theatre), event, params, theatres)
            states[theatre] = step.state
    detected = time.process_time()
    return {
        "parse_cpu_s": parsed - cpu,
        "extract_cpu_s": extracted - parsed,
        "detect_cpu_s": detected - extracted,
        "events": len(events),
        "detect_events_per_cpu_s": len(events) / max(detected - extracted, 1e-9),
        "detect_articles_per_cpu_s": len(articles) / max(detected - extracted, 1e-9),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="Copies of the scenario corpus.")
    parser.add_argument("--shift-days", type=int, default=1, help="Event-time shift between copies.")
    parser.add_argument("--input", type=Path, default=SCENARIO, help="JSON-lines corpus to repeat.")
    args = parser.parse_args()
    params = DetectorParams()
    lines = repeated_corpus(args.input, args.repeat, args.shift_days)
    run_backtest(lines[:50], params)  # warm-up: imports, gazetteer and automaton construction
    started, cpu = time.perf_counter(), time.process_time()
    result = run_backtest(lines, params)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    report = {
        "articles": result.counts["articles"],
        "events": result.counts["events"],
        "alerts": len(result.alerts),
        "windows": len(result.scores),
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(result.counts["articles"] / elapsed, 1),
        "articles_per_cpu_s": round(result.counts["articles"] / cpu, 1),
        "stages": {k: round(v, 3) for k, v in stages(lines, params).items()},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
