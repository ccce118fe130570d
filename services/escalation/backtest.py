"""Backtest: replay a JSON-lines corpus through extraction, routing and the detector, deterministically."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.articles import RawArticle
from schemas.escalation import Alert, EscalationScore
from schemas.events import Event
from services.escalation.core import (
    TheatreState,
    advance,
    apply_event,
    bucket_of,
    bucket_start,
    flush,
    new_state,
    tick_due,
)
from services.escalation.params import DetectorParams
from services.escalation.theatres import Theatres, theatres_for
from services.ingest.core import Limits, Rejected, decode_line, normalise, parse_time

Extract = Callable[..., list[Event]]  # extract(article: RawArticle, known_at: datetime) -> list[Event]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class InputError:
    """A line of input that could not become an article."""

    line: int
    reason: str
    message: str


@dataclass
class TheatreSummary:
    """Per-theatre figures of a backtest."""

    theatre: str
    reports: int = 0
    counted: int = 0
    windows: int = 0
    max_score: float = 0.0
    alerts: Counter[str] = field(default_factory=Counter)
    first_raised_at: datetime | None = None


@dataclass
class BacktestResult:
    """Alerts and scores in event-time order, input errors, and counts."""

    alerts: list[Alert] = field(default_factory=list)
    scores: list[EscalationScore] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    theatres: dict[str, TheatreSummary] = field(default_factory=dict)
    states: dict[str, TheatreState] = field(default_factory=dict)


def _default_extract() -> Extract:
    from services.extractor.core import extract_article

    return extract_article


def parse_article(item: dict[str, Any] | str | bytes) -> RawArticle:
    """One input line (JSON text or an already-decoded object) as a RawArticle with known_at = published_at.

    Ingest's normalisation is reused; `now` is the article's own event time, so nothing depends on the
    clock and a replay is byte-for-byte repeatable.
    """
    if isinstance(item, (str, bytes)):
        item = decode_line(item.encode("utf-8") if isinstance(item, str) else item)
    if not isinstance(item, dict):
        raise Rejected("invalid_schema", f"expected a JSON object, got {type(item).__name__}")
    when = parse_time(item.get("published_at"), "published_at")  # the same reading as live ingest
    return normalise(item, Limits(now=when))


def _read(articles: Iterable[dict[str, Any] | str | bytes], result: BacktestResult) -> list[RawArticle]:
    parsed: list[tuple[datetime, int, RawArticle]] = []
    for line, item in enumerate(articles, start=1):
        if isinstance(item, (str, bytes)) and not item.strip():
            continue  # blank lines are allowed between records
        result.counts["lines"] += 1
        try:
            article = parse_article(item)
        except Rejected as exc:
            result.errors.append(InputError(line, exc.reason, str(exc)))
            result.counts["bad_lines"] += 1
            continue
        parsed.append((article.published_at, line, article))
    parsed.sort(key=lambda p: (p[0], p[1]))  # event time, then input order: a stable, total order
    return [a for _, _, a in parsed]


def run_backtest(
    articles: Iterable[dict[str, Any] | str | bytes],
    params: DetectorParams | None = None,
    theatres: Theatres | None = None,
    extract: Extract | None = None,
    progress: Progress | None = None,
    close_at_end: bool = False,
) -> BacktestResult:
    """Extract, route and score a corpus in event-time order, then flush every theatre to the corpus end.

    `articles` are JSON lines (str/bytes) or decoded objects `{"id","published_at","source","url","title",
    "body"}`; a bad item is recorded in `errors` with its 1-based position and the run goes on. `extract`
    defaults to the extraction core's `extract_article`; `known_at` is set to `published_at`.

    Windows close and early checks run exactly as in the live worker: whenever the router's watermark passes an
    early-check boundary or a bucket boundary of the flush horizon, every theatre is advanced to it (the router's
    ticks): windows close up to the watermark minus the allowed lateness, and the open windows are checked as
    they stood at each instant passed. The last windows therefore stay open, as they would live, unless
    `close_at_end` closes them too.
    """
    if theatres is None:
        from services.escalation.theatres import load_theatres

        theatres = load_theatres()
    params = params or DetectorParams()
    extract = extract or _default_extract()
    result = BacktestResult()
    corpus = _read(articles, result)
    result.counts["articles"] = len(corpus)
    watermark = None
    for done, article in enumerate(corpus, start=1):
        events = extract(article, known_at=article.published_at)
        result.counts["events"] += len(events)
        result.counts["articles_with_events"] += bool(events)
        for event in events:
            _route(event, params, theatres, result)
        if events and (watermark is None or article.published_at > watermark):
            # the live router's tick: quiet theatres close their windows up to the same event-time horizon
            if tick_due(watermark, article.published_at, params):
                _advance_all(article.published_at, params, theatres, result)
            watermark = article.published_at
        if progress is not None:
            progress(done, len(corpus))
    if corpus and close_at_end:
        _flush_all(bucket_start(bucket_of(corpus[-1].published_at, params) + 1, params), params, theatres, result)
    result.scores.sort(key=lambda s: (s.window_end, s.theatre))
    result.alerts.sort(key=lambda a: (a.changed_at, a.theatre, a.state))
    return result


def _flush_all(until: datetime, params: DetectorParams, theatres: Theatres, result: BacktestResult) -> None:
    for theatre in sorted(result.states):
        step = flush(result.states[theatre], until, params, theatres)
        _record(theatre, step.state, step.scores, step.alerts, result)


def _advance_all(watermark: datetime, params: DetectorParams, theatres: Theatres, result: BacktestResult) -> None:
    for theatre in sorted(result.states):
        step = advance(result.states[theatre], watermark, params, theatres)
        _record(theatre, step.state, step.scores, step.alerts, result)


def _route(event: Event, params: DetectorParams, theatres: Theatres, result: BacktestResult) -> None:
    targets = theatres_for(event, theatres)
    if not targets:
        result.counts["unrouted"] += 1
    for theatre in targets:
        state = result.states.get(theatre) or new_state(theatre)
        step = apply_event(state, event, params, theatres, advance=False)
        result.counts[step.outcome or "flushed"] += 1
        summary = result.theatres.setdefault(theatre, TheatreSummary(theatre))
        summary.reports += 1
        summary.counted += step.outcome == "counted"
        _record(theatre, step.state, step.scores, step.alerts, result)


def _record(
    theatre: str,
    state: TheatreState,
    scores: list[EscalationScore],
    alerts: list[Alert],
    result: BacktestResult,
) -> None:
    result.states[theatre] = state
    summary = result.theatres.setdefault(theatre, TheatreSummary(theatre))
    summary.windows += len(scores)
    for score in scores:
        summary.max_score = max(summary.max_score, score.score)
    for alert in alerts:
        summary.alerts[alert.state] += 1
        if alert.state == "raised" and summary.first_raised_at is None:
            summary.first_raised_at = alert.raised_at
    result.scores.extend(scores)
    result.alerts.extend(alerts)
