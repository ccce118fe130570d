"""Backtest figure: per theatre, the escalation index against its baseline, thresholds and alert spans."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display: safe on servers and in CI

import matplotlib.pyplot as plt  # noqa: E402 — the backend must be chosen before pyplot is imported

from schemas.escalation import Alert  # noqa: E402
from services.escalation.backtest import BacktestResult  # noqa: E402
from services.escalation.theatres import Theatres  # noqa: E402


def chosen_theatres(result: BacktestResult, controls: int = 3) -> list[str]:
    """Every alerting theatre, then the `controls` busiest configured theatres that did not alert."""
    alerting = sorted({a.theatre for a in result.alerts})
    quiet = [
        s
        for s in result.theatres.values()
        if s.theatre not in alerting and not s.theatre.startswith("pair:") and s.windows
    ]
    quiet.sort(key=lambda s: (-s.max_score, s.theatre))
    return alerting + [s.theatre for s in quiet[:controls]]


def _spans(alerts: list[Alert], end: datetime) -> list[tuple[datetime, datetime, str]]:
    """(start, stop, severity) pieces of each episode; an open episode runs to the end of the data."""
    spans = []
    by_episode: dict[str, list[Alert]] = {}
    for alert in alerts:
        by_episode.setdefault(alert.episode_id, []).append(alert)
    for changes in by_episode.values():
        changes.sort(key=lambda a: a.changed_at)
        for here, after in zip(changes, [*changes[1:], None], strict=True):
            if here.state == "resolved":
                continue
            spans.append((here.changed_at, after.changed_at if after else end, here.severity))
    return spans


def plot_backtest(result: BacktestResult, path: Path, theatres: Theatres, controls: int = 3) -> list[str]:
    """Draw one panel per chosen theatre to a PNG; returns the theatres drawn."""
    names = chosen_theatres(result, controls)
    if not names:
        return []
    fig, axes = plt.subplots(len(names), 1, figsize=(11, 2.6 * len(names)), sharex=True, squeeze=False)
    # the end of the data: the last closed window, or an alert raised early after it (or before any window closed)
    end = max([s.window_end for s in result.scores] + [a.changed_at for a in result.alerts])
    for ax, theatre in zip(axes[:, 0], names, strict=True):
        series = [s for s in result.scores if s.theatre == theatre]
        times = [s.window_end for s in series]
        ax.plot(times, [s.score for s in series], color="black", lw=1.4, label="index")
        ax.plot(times, [s.baseline for s in series], color="tab:blue", lw=1, ls=":", label="baseline")
        ax.step(times, [s.threshold_warning for s in series], where="post", color="orange", lw=1, label="warning")
        ax.step(times, [s.threshold_critical for s in series], where="post", color="red", lw=1, label="critical")
        for start, stop, severity in _spans([a for a in result.alerts if a.theatre == theatre], end):
            ax.axvspan(start, stop, color="red" if severity == "critical" else "orange", alpha=0.15, lw=0)
        role = "alerting" if any(a.theatre == theatre for a in result.alerts) else "control"
        ax.set_title(f"{theatres.name_of(theatre)} ({theatre}, {role})", fontsize=9, loc="left")
        ax.set_ylabel("index")
        ax.grid(alpha=0.3)
    axes[0, 0].legend(loc="upper left", fontsize=7, ncol=4)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return names
