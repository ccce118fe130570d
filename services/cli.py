"""`vigil`: the command line of Vigil — topics, ingest, workers, extraction, backtest, tail and schemas."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from services.escalation import cli as escalation_cli
from services.extractor import cli as extractor_cli

app = typer.Typer(
    help="Vigil watches news on Kafka, extracts military-crisis events and raises escalation alerts.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
)
topics_app = typer.Typer(help="Create and list Vigil's Kafka topics (deploy/kafka/topics.yaml).", no_args_is_help=True)
ingest_app = typer.Typer(help="Publish articles to articles.raw.v1 from files, feeds or HTTP.", no_args_is_help=True)
extractor_app = typer.Typer(help="The extractor stream processor (faust).", no_args_is_help=True)
escalation_app = typer.Typer(help="The escalation stream processor (faust).", no_args_is_help=True)
schemas_app = typer.Typer(
    help="Generate and check the published JSON Schemas and AsyncAPI document.", no_args_is_help=True
)
app.add_typer(topics_app, name="topics")
app.add_typer(ingest_app, name="ingest")
app.add_typer(extractor_app, name="extractor")
app.add_typer(escalation_app, name="escalation")
app.add_typer(schemas_app, name="schemas")

err = Console(stderr=True)


def _logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level.upper(), stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


@topics_app.command("create")
def topics_create(
    partitions: Annotated[int | None, typer.Option(help="Override the default partition count of data topics.")] = None,
) -> None:
    """Create every topic of topics.yaml that does not exist yet (idempotent)."""
    from services.common.settings import KafkaSettings
    from services.common.topics import create_topics, load_topics

    kafka = KafkaSettings()
    report = create_topics(kafka, load_topics(partitions=partitions))
    for name, state in report.items():
        err.print(f"{state:>8}  {name}")
    mismatched = [n for n, s in report.items() if "declared" in s]
    if mismatched:
        err.print(f"[yellow]{len(mismatched)} topics exist with another partition count than declared[/yellow]")


@topics_app.command("list")
def topics_list() -> None:
    """List the topics on the cluster, marking Vigil's."""
    from kafka import KafkaAdminClient

    from schemas.topics import BY_NAME
    from services.common.kafka_config import kafka_python_kwargs
    from services.common.settings import KafkaSettings

    kafka = KafkaSettings()
    admin = KafkaAdminClient(**kafka_python_kwargs(kafka))
    try:
        for name in sorted(admin.list_topics()):
            mark = "vigil" if name.removeprefix(kafka.topic_prefix) in BY_NAME else ""
            print(f"{name}\t{mark}")
    finally:
        admin.close()


def _publisher():  # noqa: ANN202 — local factory keeps kafka imports out of --help
    from prometheus_client import CollectorRegistry

    from services.common.faust_app import serve_metrics
    from services.common.settings import KafkaSettings
    from services.ingest.app import Publisher
    from services.ingest.metrics import build_metrics
    from services.ingest.settings import IngestSettings

    settings = IngestSettings()
    registry = CollectorRegistry()
    publisher = Publisher(KafkaSettings(), settings, build_metrics(registry))
    return publisher, settings, registry, serve_metrics


@ingest_app.command("replay")
def ingest_replay(
    paths: Annotated[list[Path], typer.Argument(help="JSONL files or folders of *.jsonl files.", exists=True)],
    speed: Annotated[
        float,
        typer.Option(
            min=0, help="Event-time speed-up: 3600 plays an hour of news per second; 0 = as fast as possible."
        ),
    ] = 0.0,
    max_gap: Annotated[float, typer.Option(min=0, help="Longest pause between two articles, in seconds.")] = 2.0,
    sort: Annotated[bool, typer.Option(help="Replay in published_at order (else file order).")] = True,
    metrics: Annotated[bool, typer.Option(help="Serve /metrics while replaying.")] = False,
) -> None:
    """Publish the articles of JSONL files (one object per line) to articles.raw.v1, paced by their event time."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from services.ingest.app import iter_jsonl, pause_for, replay_plan

    _logging("WARNING")
    publisher, settings, registry, serve_metrics = _publisher()
    if metrics:
        serve_metrics(registry, settings.metrics_host, settings.metrics_port)
    plan = replay_plan(list(iter_jsonl(paths)), sort=sort)
    counts: dict[str, int] = {}
    previous = None
    columns = (
        TextColumn("replay"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[stamp]}"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("replay", total=len(plan), stamp="")
            for raw, ref, published in plan:
                time.sleep(pause_for(previous, published, speed, max_gap))
                previous = published or previous
                outcome = publisher.submit(raw, input="file", ref=ref)
                counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
                progress.update(task, advance=1, stamp=published.isoformat() if published else "")
        publisher.flush()
    finally:
        publisher.close()
    # sends are not awaited one by one: an article reported published may have failed later, in the errback
    sent = counts.pop("published", 0) + counts.pop("failed", 0)
    if sent:
        counts["published"] = sent - publisher.failed_articles
    if publisher.failed_articles:
        counts["failed"] = publisher.failed_articles
    if publisher.failed_letters:
        counts["dead_letters_lost"] = publisher.failed_letters
    err.print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "nothing to replay")
    if publisher.failed_articles or publisher.failed_letters:
        err.print(
            f"[red]{publisher.failed_articles + publisher.failed_letters} sends failed[/red] "
            f"({publisher.failed_articles} articles, {publisher.failed_letters} dead letters): see the log"
        )
        raise typer.Exit(1)


@ingest_app.command("serve")
def ingest_serve(
    feeds: Annotated[
        list[str] | None,
        typer.Option("--feed", help="RSS/Atom feed URL or file to poll (repeatable; adds to VIGIL_INGEST_FEEDS)."),
    ] = None,
) -> None:
    """Run the HTTP endpoint (POST /articles), the feed pollers and /metrics until interrupted."""
    import asyncio

    from services.ingest.server import serve

    _logging()
    publisher, settings, registry, serve_metrics = _publisher()
    serve_metrics(registry, settings.metrics_host, settings.metrics_port)
    try:
        asyncio.run(
            serve(
                publisher,
                settings.http_host,
                settings.http_port,
                [*settings.feeds, *(feeds or [])],
                settings.feed_interval_seconds,
            )
        )
    except KeyboardInterrupt:
        pass
    finally:
        publisher.close()


def _run_worker(build, service: str) -> None:  # noqa: ANN001 — `build()` returns (app, registry, settings)
    from services.common.faust_app import MetricsPortTaken, run_worker, serve_metrics

    _logging()
    faust_app, registry, settings = build()
    try:
        serve_metrics(registry, settings.metrics_host, settings.metrics_port, f"VIGIL_{service.upper()}_METRICS_PORT")
    except MetricsPortTaken as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    sys.argv = [sys.argv[0], "worker", "-l", settings.log_level]
    run_worker(faust_app, settings.log_level)


@extractor_app.command("worker")
def extractor_worker() -> None:
    """Run an extractor worker; start more to share the partitions (one consumer group).

    A second worker on the same host needs its own VIGIL_EXTRACTOR_METRICS_PORT."""
    from services.extractor.app import build

    _run_worker(build, "extractor")


@escalation_app.command("worker")
def escalation_worker() -> None:
    """Run an escalation worker; theatre state lives in a changelog-backed table.

    A second worker on the same host needs its own VIGIL_ESCALATION_METRICS_PORT."""
    from services.escalation.app import build

    _run_worker(build, "escalation")


app.command("extract")(extractor_cli.extract)
app.command("backtest")(escalation_cli.backtest)


@app.command("tail")
def tail(
    what: Annotated[str, typer.Argument(help="events, alerts, scores, dlq or all.")] = "all",
    from_beginning: Annotated[bool, typer.Option(help="Start at the earliest offsets.")] = False,
    max_messages: Annotated[int, typer.Option(help="Stop after this many messages (0 = never).")] = 0,
    idle_timeout: Annotated[
        float, typer.Option(help="Stop after this many seconds without a message (0 = never).")
    ] = 0.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print raw JSON lines instead of a readable view.")] = False,
) -> None:
    """Show events, scores and alerts live as they arrive on their topics."""
    from services.tail import run_tail

    run_tail(what, from_beginning=from_beginning, max_messages=max_messages, idle_timeout=idle_timeout, as_json=as_json)


@schemas_app.command("generate")
def schemas_generate(
    allow_breaking: bool = typer.Option(
        False,
        "--allow-breaking",
        help="Write even when a field is removed, retyped or newly required. Only with a new topic version "
        "(e.g. .v2) or for an internal topic whose producer and consumer are deployed together.",
    ),
) -> None:
    """Write schemas/jsonschema/*.json and schemas/asyncapi.yaml from the pydantic models.

    Refuses, listing each change, when the models would break the committed (published) contract.
    """
    from schemas.generate import BreakingChange, write_all

    try:
        written = write_all(allow_breaking=allow_breaking)
    except BreakingChange as exc:
        for change in str(exc).split("; "):
            err.print(f"[red]breaking:[/red] {change}")
        err.print("nothing written: bump the topic version, or pass --allow-breaking (see --help)")
        raise typer.Exit(1) from None
    for path in written:
        err.print(f"wrote {path}")


@schemas_app.command("check")
def schemas_check() -> None:
    """Fail when the committed JSON Schemas or AsyncAPI document differ from the models."""
    from schemas.generate import drift

    stale = drift()
    for path in stale:
        err.print(f"[red]out of date:[/red] {path} (run `vigil schemas generate`)")
    raise typer.Exit(1 if stale else 0)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
