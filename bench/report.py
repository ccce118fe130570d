"""Benchmark results as JSON, a markdown table and a latency plot (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

TARGETS = {
    "extraction_core_per_core": 2000.0,  # articles/s on one core
    "pipeline_sustained": 1000.0,  # articles/s
    "event_p99_ms_at_100": 100.0,
    "alert_p99_ms_at_100": 250.0,
    "rss_mb_per_service": 200.0,
}


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        value = f"{value:,.1f}" if abs(value) < 1e5 else f"{value:,.0f}"
    elif isinstance(value, int):
        value = f"{value:,}"
    return f"{value}{unit}"


def _verdict(value: float | None, target: float, higher_is_better: bool) -> str:
    if value is None:
        return "not measured"
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "met"
    ratio = value / target if higher_is_better else target / value
    return (
        f"missed ({ratio:.0%} of target)"
        if higher_is_better
        else f"missed ({value / target:.1f}× the target)"
    )


def headline(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, value, target, verdict) rows of the summary table."""
    rows: list[tuple[str, str, str, str]] = []
    ceiling = results.get("ceiling", {}).get("configs", {})
    ingest_like = ceiling.get("ingest-like", {})
    if ceiling:
        size = results["ceiling"]["payload"]["bytes_mean"]
        for name, c in ceiling.items():
            rows.append(
                (
                    f"Broker ceiling, ProducerPerformance `{name}` ({size:.0f} B records, acks=all)",
                    f"{_fmt(c['records_per_s'])} rec/s, {_fmt(c['mb_per_s'])} MB/s",
                    "–",
                    "reference",
                )
            )
    cores = results.get("cores", {})
    ext = cores.get("extraction", {})
    if ext:
        per_article = ext["events_per_pass"] / ext["articles"]
        rows.append(
            (
                f"Extraction core, one core ({ext['mean_chars']:,}-char articles, {per_article:.1f} events each)",
                f"{_fmt(ext['articles_per_cpu_s'])} articles/CPU-s (wall {_fmt(ext['articles_per_s'])}/s)",
                "≥ 2,000",
                _verdict(ext["articles_per_cpu_s"], TARGETS["extraction_core_per_core"], True),
            )
        )
    score = cores.get("scoring", {})
    if score:
        rows.append(
            (
                "Scoring core: backtest (parse, extract, route, score)",
                f"{_fmt(score['articles_per_cpu_s'])} articles/CPU-s (wall {_fmt(score['articles_per_s'])}/s)",
                "–",
                "reference",
            )
        )
        if "detector_articles_per_cpu_s" in score:
            rows.append(
                (
                    "Scoring core: detector alone (route + apply_event, events extracted beforehand)",
                    f"{_fmt(score['detector_articles_per_cpu_s'])} articles/CPU-s "
                    f"({_fmt(score['detector_events_per_cpu_s'])} events/CPU-s)",
                    "–",
                    "reference",
                )
            )
    tp = results.get("throughput")
    if tp:
        sustained = tp.get("sustained_rate")
        share = (
            f" = {sustained / ingest_like['records_per_s']:.1%} of the broker ceiling"
            if sustained and ingest_like.get("records_per_s")
            else ""
        )
        rows.append(
            ("Ingest (Publisher) flat out", f"{_fmt(tp['ingest_rate'])} articles/s", "–", "reference")
        )
        rows.append(
            ("Extractor worker drain rate", f"{_fmt(tp['extractor_rate'])} articles/s", "–", "reference")
        )
        rows.append(
            (
                "Escalation worker drain rate",
                f"{_fmt(tp['escalation_events_per_s'])} theatre events/s",
                "–",
                "reference",
            )
        )
        rows.append(
            (
                f"Pipeline sustained (backlog of {tp['articles']:,}, end to end)",
                f"{_fmt(sustained)} articles/s{share}",
                "≥ 1,000",
                _verdict(sustained, TARGETS["pipeline_sustained"], True),
            )
        )
        for name, ms in (tp.get("cpu_ms_per_article") or {}).items():
            cap = tp.get("capacity_per_core", {}).get(name)
            rows.append((f"CPU per article, {name}", f"{ms:.2f} ms (= {_fmt(cap)} articles/s on a core of its own)",
                         "–", "reference"))
        if tp.get("cpu_bound_estimate"):
            est = tp["cpu_bound_estimate"]
            rows.append(
                (
                    f"Pipeline CPU-bound estimate ({results['environment']['cores']} cores to itself, "
                    "all processes' CPU per article)",
                    f"{_fmt(est)} articles/s",
                    "≥ 1,000",
                    _verdict(est, TARGETS["pipeline_sustained"], True),
                )
            )
    for step in results.get("latency", {}).get("steps", []):
        rate, ev, al = step["rate_offered"], step["article_to_event_ms"], step["article_to_alert_ms"]
        sat = " (saturated)" if step["saturated"] else ""
        target_ev = "≤ 100 ms" if rate == 100 else "–"
        target_al = "≤ 250 ms" if rate == 100 else "–"
        rows.append(
            (
                f"Article→event @ {rate}/s{sat}, p50 / p95 / p99",
                f"{_fmt(ev['p50'])} / {_fmt(ev['p95'])} / {_fmt(ev['p99'])} ms (n={ev['n']:,})",
                target_ev,
                _verdict(ev["p99"], TARGETS["event_p99_ms_at_100"], False) if rate == 100 else "reference",
            )
        )
        rows.append(
            (
                f"Article→alert @ {rate}/s{sat}, p50 / p95 / p99",
                f"{_fmt(al['p50'])} / {_fmt(al['p95'])} / {_fmt(al['p99'])} ms (n={al['n']:,})",
                target_al,
                _verdict(al["p99"], TARGETS["alert_p99_ms_at_100"], False) if rate == 100 else "reference",
            )
        )
        warm = step.get("warmup") or {}
        if warm.get("articles"):
            wev, wal = warm["article_to_event_ms"], warm["article_to_alert_ms"]
            rows.append(
                (
                    f"Warm-up @ {rate}/s (first {step['warmup_seconds']:.0f} s), article→event / →alert p99",
                    f"{_fmt(wev['p99'])} ms (n={wev['n']:,}) / {_fmt(wal['p99'])} ms (n={wal['n']:,})",
                    "–",
                    "reference",
                )
            )
    for name, mb in sorted(results.get("memory", {}).get("peak_rss_mb", {}).items()):
        service = name in ("extractor", "escalation")
        rows.append(
            (
                f"Peak RSS, {name}",
                f"{mb:.0f} MB",
                "≤ 200 MB" if service else "–",
                _verdict(mb, TARGETS["rss_mb_per_service"], False) if service else "reference",
            )
        )
    return rows


def markdown(results: dict[str, Any]) -> str:
    """The whole result as a markdown document: environment, the summary table, profiles."""
    env = results["environment"]
    lines = [
        f"# Vigil benchmark, {env['date']}",
        "",
        f"Command: `{env['command']}`  ",
        f"Machine: {env['cores']} cores, load average at start "
        f"{' / '.join(map(str, env['load_start']))}, at end {' / '.join(map(str, env.get('load_end', [])))}  ",
        f"Python {env['python']}, Kafka {env['kafka']}, faust-streaming {env['faust']}, aiokafka {env['aiokafka']}, "
        f"kafka-python {env['kafka_python']}, {env['java']}",
        "",
        "| figure | value | target | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in headline(results)]
    for name, prof in results.get("profile", {}).get("services", {}).items():
        lines += [
            "",
            f"## Profile: {name} worker (pyinstrument, main thread)",
            "",
            f"Sampled {prof.get('duration_s')} s; CPU per thread during the run: {prof.get('threads_cpu_s')}",
            "",
            "| function | file | self time, share of samples | share of busy samples (event loop not idle) |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| `{f['function']}` | {f['file']}:{f['line']} | {f['share']:.1%} | "
            f"{'idle' if f.get('share_busy') is None else format(f['share_busy'], '.1%')} |"
            for f in prof.get("top_functions", [])[:14]
        ]
        lines += ["", "| project function (with callees) | file | share of samples |", "|---|---|---|"]
        lines += [
            f"| `{f['function']}` | {f['file']}:{f['line']} | {f['share']:.1%} |"
            for f in prof.get("project_inclusive", [])[:10]
        ]
    variants = results.get("variants", {})
    if variants:
        lines += [
            "",
            "## Settings compared (throughput stage, CPU ms per article: load-independent)",
            "",
            "| run | worker env | extractor | escalation | broker | ingest | CPU-bound estimate | end to end | load |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for name, v in variants.items():
            ms = v["cpu_ms_per_article"]
            cpu = " | ".join(f"{ms.get(k, 0):.2f}" for k in ("extractor", "escalation", "broker", "loadgen (ingest)"))
            lines.append(
                f"| {name} | {v['env'] or 'defaults'} | {cpu} | {_fmt(v['cpu_bound_estimate'])}/s | "
                f"{_fmt(v['end_to_end_rate'])}/s | {v['load']} |"
            )
    for note in results.get("notes", []):
        lines.append(f"\n{note}")
    return "\n".join(lines) + "\n"


def plot(results: dict[str, Any], path: Path) -> bool:
    """Latency percentiles (event and alert) against offered rate; False when there is nothing to plot."""
    steps = results.get("latency", {}).get("steps", [])
    if not steps:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=False)
    for ax, key, title, target in (
        (axes[0], "article_to_event_ms", "article → event", 100),
        (axes[1], "article_to_alert_ms", "article → alert", 250),
    ):
        done = [s for s in steps if s[key]["n"]]
        rates = [s["rate_offered"] for s in done]
        if not rates or min(s[key]["p50"] for s in steps if s[key]["n"]) <= 0:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
            ax.set_title(title)
            continue
        for q, style in (("p50", "o-"), ("p95", "s--"), ("p99", "^-")):
            ax.plot(rates, [s[key][q] for s in steps if s[key]["n"]], style, label=q)
        ax.axhline(target, color="grey", linestyle=":", label=f"target p99 @100/s ({target} ms)")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(rates, [f"{r}{'*' if s['saturated'] else ''}" for r, s in zip(rates, done, strict=True)])
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.set_xlabel("offered articles/s (* saturated: lag grew)")
        ax.set_ylabel("ms")
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    env = results["environment"]
    fig.suptitle(
        f"Vigil latency vs offered rate ({env['date']}, {env['cores']} cores, load {env['load_start'][0]})"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def write_all(results: dict[str, Any], out_dir: Path, stem: str) -> list[Path]:
    """Write <stem>.json, <stem>.md and <stem>-latency.png; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{stem}.json", out_dir / f"{stem}.md"]
    paths[0].write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))
    paths[1].write_text(markdown(results))
    png = out_dir / f"{stem}-latency.png"
    if plot(results, png):
        paths.append(png)
    return paths
