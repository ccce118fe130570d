"""`vigil backtest`: replay a JSON-lines corpus through extraction and the detector; alerts as JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from services.escalation.backtest import BacktestResult, run_backtest
from services.escalation.params import DetectorParams
from services.escalation.theatres import THEATRES_FILE, load_theatres

app = typer.Typer(help="Escalation backtest.", no_args_is_help=True, pretty_exceptions_show_locals=False)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)  # logs keep the table readable


@app.callback()
def _group() -> None:
    """Escalation tools (the lead's `vigil` CLI registers `backtest` directly)."""


def load_params(params_file: Path | None, overrides: list[str] | None) -> DetectorParams:
    """DetectorParams from an optional YAML/JSON file, then KEY=VALUE overrides (values parsed as YAML)."""
    values: dict[str, Any] = {}
    if params_file is not None:
        loaded = yaml.safe_load(params_file.read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise typer.BadParameter(f"{params_file} must hold a mapping of parameter names to values")
        values.update(loaded)
    for item in overrides or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"--set expects KEY=VALUE, got {item!r}")
        values[key.strip()] = yaml.safe_load(raw)
    try:
        return DetectorParams.model_validate(values)
    except ValidationError as exc:
        raise typer.BadParameter(f"invalid detector parameters: {exc}") from exc


@app.command("backtest")
def backtest(
    input: Annotated[
        Path | None,
        typer.Argument(
            help="JSON-lines articles {id, published_at, source, url, title, body}; stdin if absent.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ] = None,
    params_file: Annotated[Path | None, typer.Option("--params", help="YAML/JSON file of DetectorParams.")] = None,
    overrides: Annotated[
        list[str] | None, typer.Option("--set", help="Override one parameter, e.g. --set floor_warning=40.")
    ] = None,
    theatres_file: Annotated[
        Path | None, typer.Option("--theatres", help="Theatre configuration (default: the packaged theatres.yaml).")
    ] = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Draw scores, thresholds and alerts to this PNG.")] = None,
    scores: Annotated[
        Path | None, typer.Option("--scores", help="Write every window score as JSON lines here.")
    ] = None,
    close_at_end: Annotated[
        bool,
        typer.Option(help="Also close the last windows, as if event time had moved on (live keeps them open)."),
    ] = False,
) -> None:
    """Replay articles in event-time order; print alerts (JSON lines) on stdout and a summary on stderr."""
    params = load_params(params_file, overrides)
    theatres = load_theatres(theatres_file or THEATRES_FILE)
    # Bytes split on "\n" only, as ingest reads a stream: U+2028, U+2029 and U+0085 are legal inside JSON strings
    # (str.splitlines would cut there), and a line that is not UTF-8 is one bad line (`invalid_utf8`), not a crash.
    lines = (input.read_bytes() if input else sys.stdin.buffer.read()).split(b"\n")
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("extract", total=None)
        result = run_backtest(
            lines,
            params,
            theatres,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            close_at_end=close_at_end,
        )
    for error in result.errors:
        err.print(f"[red]line {error.line}[/red]: {error.reason}: {error.message}", highlight=False)
    for alert in result.alerts:
        sys.stdout.write(alert.model_dump_json() + "\n")
    sys.stdout.flush()
    if scores is not None:
        scores.write_text("".join(s.model_dump_json() + "\n" for s in result.scores), encoding="utf-8")
    if plot is not None:
        from services.escalation.plot import plot_backtest

        drawn = plot_backtest(result, plot, theatres)
        err.print(f"plot of {', '.join(drawn) or 'no theatre'} written to {plot}")
    err.print(summary_table(result))


def summary_table(result: BacktestResult) -> Table:
    """Counts of the run and one row per theatre that alerted or scored above zero."""
    c = result.counts
    table = Table(
        title=(
            f"{c['articles']} articles ({c['bad_lines']} bad lines), {c['events']} events, "
            f"{c['unrouted']} unrouted; reports: {c['counted']} counted, {c['duplicate']} duplicate, "
            f"{c['late']} late"
        ),
        title_justify="left",
    )
    for column in (
        "theatre",
        "reports",
        "events",
        "windows",
        "max score",
        "raised",
        "escalated",
        "resolved",
        "first alert",
    ):
        table.add_column(column, justify="left" if column in ("theatre", "first alert") else "right")
    rows = [s for s in result.theatres.values() if s.max_score > 0 or s.alerts]
    for s in sorted(rows, key=lambda s: (-sum(s.alerts.values()), -s.max_score, s.theatre)):
        first = s.first_raised_at.strftime("%Y-%m-%d %H:%M") if s.first_raised_at else "-"
        table.add_row(
            s.theatre,
            str(s.reports),
            str(s.counted),
            str(s.windows),
            f"{s.max_score:.1f}",
            str(s.alerts["raised"]),
            str(s.alerts["escalated"]),
            str(s.alerts["resolved"]),
            first,
        )
    return table


if __name__ == "__main__":
    app()
