"""Escalation detection core (pure): per-theatre event-time windows, a robust baseline and hysteresis alerts."""

# Every function here is deterministic: time is the events' `published_at` (event time) or an explicit
# `until`; nothing reads a clock, and `known_at` (processing time) never influences a score or an id.

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from schemas.escalation import Alert, AlertState, Contributor, EscalationScore, Severity
from schemas.events import Assertion, Event, EventType, Subtype
from services.escalation.params import DetectorParams, corroboration_factor, quantity_factor
from services.escalation.theatres import PAIR_PREFIX, Theatres

Outcome = Literal["counted", "duplicate", "late"]
MAD_TO_SIGMA = 1.4826  # makes the median absolute deviation a consistent estimate of sigma for normal data
_MOVES: frozenset[str] = frozenset({"troop_movement", "military_drill"})


# ---------------------------------------------------------------- state (JSON round-trips, bounded)


class Report(BaseModel):
    """One report merged into an entry, as an early check needs it: what the entry was before a given instant."""

    published_at: datetime
    event_id: str
    article_id: str
    source: str
    assertion: Assertion
    quantity: int | None = None
    base: float
    evidence: str


class Entry(BaseModel):
    """One real-world event (a fingerprint) in one bucket, merged over all its reports."""

    fingerprint: str
    event_id: str = Field(description="Representative report: the one with the largest base weight.")
    article_id: str
    type: EventType
    subtype: Subtype
    actor: str | None = None
    location: str | None = None
    assertion: Assertion
    quantity: int | None = None
    base: float = Field(description="Weight of the representative report before corroboration.")
    evidence: str
    first_published: datetime
    sources: list[str] = Field(description="Distinct outlets, sorted, the smallest `max_sources` kept.")
    event_ids: list[str] = Field(description="Report ids merged here, sorted, bounded (redelivery dedupe).")
    articles: list[str] = Field(description="Distinct article ids, sorted, bounded.")
    reports: list[Report] = Field(
        default_factory=list,
        description="The earliest `max_reports` reports by (published_at, event_id), for early checks; empty in a "
        "state stored before they were kept (the whole entry then counts from its first report).",
    )


class Bucket(BaseModel):
    """The fingerprints seen in one event-time bucket."""

    entries: dict[str, Entry] = Field(default_factory=dict)


class Episode(BaseModel):
    """An open alert episode; its thresholds are frozen at the raise."""

    episode_id: str
    raised_at: datetime
    severity: Severity
    baseline: float
    threshold_warning: float
    threshold_critical: float
    peak: float
    calm: int = 0
    # The last early check that found the open window hot: a closed window ending at or before it is no calm,
    # since the theatre was seen active after it (early checks run a day and the lateness ahead of closes).
    active_at: datetime | None = None


class TheatreState(BaseModel):
    """Everything the detector remembers about one theatre; stored as JSON in a changelog-backed table."""

    theatre: str
    watermark: datetime | None = Field(default=None, description="Largest published_at seen.")
    next_close: int | None = Field(default=None, description="Index of the first bucket not yet closed.")
    closed_any: bool = Field(default=False, description="Whether a window has been closed yet.")
    buckets: dict[int, Bucket] = Field(default_factory=dict, description="Open buckets and the trailing closed ones.")
    history: list[float] = Field(default_factory=list, description="Scores of past calm windows, oldest first.")
    recent_articles: list[int] = Field(
        default_factory=list, description="Distinct articles of each of the last closed buckets, oldest first."
    )
    checked_until: datetime | None = Field(
        default=None, description="Watermark up to which the open windows have had their early checks."
    )
    open_score: float | None = Field(
        default=None, description="Score of the open window at the last early check (the live escalation index)."
    )
    pending_checks: list[datetime] = Field(
        default_factory=list,
        description="Early-check instants after `checked_until` that reports ask for (the boundary after each).",
    )
    episode: Episode | None = None


@dataclass(frozen=True)
class StepResult:
    """What one step produced. `outcome` is None for `flush`.

    'counted': the first report of a real-world event in its window; 'duplicate': merged into an event
    already counted (another outlet's report, which adds corroboration, or a redelivery): not an error;
    'late': its window was already closed, the event was ignored (the adapter dead-letters it).
    """

    state: TheatreState
    outcome: Outcome | None
    scores: list[EscalationScore] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


def new_state(theatre: str) -> TheatreState:
    """The empty state of a theatre that has seen nothing."""
    return TheatreState(theatre=theatre)


# ---------------------------------------------------------------- weights


def base_weight(event: Event, params: DetectorParams) -> float:
    """Signed weight of one report: subtype weight × assertion × quantity × confidence factors."""
    weight = params.weights[event.subtype]
    table = params.conflict_assertion if weight >= 0 else params.cooperation_assertion
    weight *= table[event.assertion]
    if event.type in _MOVES:
        weight *= quantity_factor(event.quantity, params)
    return weight * (params.confidence_floor + (1.0 - params.confidence_floor) * event.confidence)


def contribution(entry: Entry, params: DetectorParams) -> float:
    """An event's contribution to a window: its base weight, corroborated by its number of sources."""
    return entry.base * corroboration_factor(len(entry.sources), params)


# ---------------------------------------------------------------- buckets and time


def bucket_of(when: datetime, params: DetectorParams) -> int:
    """Index of the UTC-aligned bucket holding an instant."""
    return int(when.timestamp() // (params.bucket_hours * 3600))


def bucket_start(index: int, params: DetectorParams) -> datetime:
    """First instant of a bucket."""
    return datetime.fromtimestamp(index * params.bucket_hours * 3600, UTC)


def _is_late(state: TheatreState, index: int, params: DetectorParams, advance: bool = True) -> bool:
    if state.watermark is None:
        return False
    if state.closed_any and state.next_close is not None and index < state.next_close:
        return True
    return advance and bucket_start(index + 1, params) + params.lateness <= state.watermark


def _bounded_union(values: list[str], new: str, cap: int) -> list[str]:
    # keeping the smallest `cap` of a set is independent of arrival order
    if new in values:
        return values
    return sorted([*values, new])[:cap]


def _representative(report: Report) -> dict[str, object]:
    """The fields an entry takes from the report that represents it (actor and location are the fingerprint's)."""
    return {
        "event_id": report.event_id,
        "article_id": report.article_id,
        "assertion": report.assertion,
        "quantity": report.quantity,
        "base": report.base,
        "evidence": report.evidence,
    }


def _report(event: Event, weight: float, params: DetectorParams) -> Report:
    return Report.model_construct(
        published_at=event.published_at,
        event_id=event.event_id,
        article_id=event.article_id,
        source=event.source,
        assertion=event.assertion,
        quantity=event.quantity,
        base=weight,
        evidence=event.evidence.text[: params.evidence_chars],
    )


def _merge(entry: Entry | None, event: Event, params: DetectorParams) -> Entry:
    weight = base_weight(event, params)
    report = _report(event, weight, params)
    if entry is None:
        return Entry.model_construct(
            fingerprint=event.fingerprint,
            type=event.type,
            subtype=event.subtype,
            actor=event.actor,
            location=event.location,
            first_published=event.published_at,
            sources=[event.source],
            event_ids=[event.event_id],
            articles=[event.article_id],
            reports=[report],
            **_representative(report),
        )
    # Sceptical merge, order-free: escalation is believed on the strongest report, de-escalation on
    # the weakest; both are the largest signed weight. Ties go to the smallest event id.
    stronger = weight > entry.base or (weight == entry.base and event.event_id < entry.event_id)
    update: dict[str, object] = {
        "first_published": min(entry.first_published, event.published_at),
        "sources": _bounded_union(entry.sources, event.source, params.max_sources),
        "event_ids": _bounded_union(entry.event_ids, event.event_id, params.max_ids),
        "articles": _bounded_union(entry.articles, event.article_id, params.max_ids),
        # the earliest reports, an order-free choice: whatever arrives later cannot change those before an instant
        "reports": entry.reports if any(r.event_id == event.event_id for r in entry.reports) else sorted(
            [*entry.reports, report], key=lambda r: (r.published_at, r.event_id)
        )[: params.max_reports],
    }
    if stronger:
        update.update(_representative(report))
    return entry.model_copy(update=update)


# ---------------------------------------------------------------- public API


def apply_event(
    state: TheatreState,
    event: Event,
    params: DetectorParams,
    theatres: Theatres,
    *,
    advance: bool = True,
    ticked: datetime | None = None,
) -> StepResult:
    """Add one event (already routed to this theatre), then close the windows and run the early checks that its
    event time completes.

    With `advance=False` the theatre's own watermark moves nothing: windows close and early checks run only
    through `advance` from the router's ticks (the live worker and the backtest), and only a closed window makes
    an event late. `ticked` is the watermark of the last tick this theatre's partition has seen: the theatre is
    advanced to it right after the event is added. That is a no-op for a theatre the tick already advanced; for
    a theatre whose first event arrives after the tick (possible live, never in event-time order) it does what
    the tick would have done had the theatre existed, so live and backtest give the same windows and alerts.
    """
    index = bucket_of(event.published_at, params)
    if _is_late(state, index, params, advance):
        return StepResult(state, "late")
    bucket = state.buckets.get(index)
    entry = bucket.entries.get(event.fingerprint) if bucket else None
    if bucket is not None and any(event.event_id in e.event_ids for e in bucket.entries.values()):
        # a redelivery; also one re-extracted with another location (the id does not hold it, the fingerprint
        # does), which would otherwise count under a second fingerprint
        return StepResult(state, "duplicate")
    entries = dict(bucket.entries) if bucket else {}
    entries[event.fingerprint] = _merge(entry, event, params)
    buckets = dict(state.buckets)
    buckets[index] = Bucket.model_construct(entries=entries)
    next_close = state.next_close
    if next_close is None or (not state.closed_any and index < next_close):
        next_close = index  # cold start: the first window is the earliest one seen before any close
    watermark = event.published_at if state.watermark is None else max(state.watermark, event.published_at)
    pending = state.pending_checks
    if params.early_check_hours:
        at = _check_after(event.published_at, params)
        if (state.checked_until is None or at > state.checked_until) and at not in pending:
            pending = sorted([*pending, at])
    work = state.model_copy(
        update={
            "buckets": buckets,
            "history": list(state.history),
            "recent_articles": list(state.recent_articles),
            "next_close": next_close,
            "watermark": watermark,
            "pending_checks": pending,
        }
    )
    scores, alerts = _advance(work, watermark, params, theatres) if advance else ([], [])
    if ticked is not None:
        caught_up = _advance(work, ticked, params, theatres)
        scores, alerts = scores + caught_up[0], alerts + caught_up[1]
    return StepResult(work, "counted" if entry is None else "duplicate", scores, alerts)


def _private(state: TheatreState) -> TheatreState:
    """A copy whose containers may be changed in place (entries and buckets themselves are never mutated)."""
    return state.model_copy(
        update={
            "buckets": dict(state.buckets),
            "history": list(state.history),
            "recent_articles": list(state.recent_articles),
        }
    )


def flush(state: TheatreState, until: datetime, params: DetectorParams, theatres: Theatres) -> StepResult:
    """Close every window ending at or before `until` (the end of a backtest); no early checks."""
    work = _private(state)
    scores, alerts = _close_until(work, until, params, theatres)
    return StepResult(work, None, scores, alerts)


def advance(state: TheatreState, watermark: datetime, params: DetectorParams, theatres: Theatres) -> StepResult:
    """Move the theatre to the router's watermark (a tick): close the windows it completes and run the early
    checks of the instants it passes, in event-time order."""
    times = _check_times(state, watermark, params)
    closes = state.next_close is not None and bucket_of(watermark - params.lateness, params) > state.next_close
    if not times and not closes:  # most ticks, for most theatres: only the checked watermark moves
        if params.early_check_hours and (state.checked_until is None or watermark > state.checked_until):
            state = state.model_copy(update={"checked_until": watermark})
        return StepResult(state, None)
    work = _private(state)
    scores, alerts = _advance(work, watermark, params, theatres, times)
    return StepResult(work, None, scores, alerts)


# ---------------------------------------------------------------- closing windows


@dataclass(frozen=True)
class _Window:
    start: datetime
    end: datetime
    entries: list[Entry]
    score: float
    articles: int  # distinct articles of the closing bucket (an article lives in one bucket)
    conflict: float  # the conflictual contributions alone, before cooperation offsets them


def _close_until(work: TheatreState, limit: datetime, params: DetectorParams, theatres: Theatres):
    """Close buckets whose end is at or before `limit`, mutating `work` (a private copy)."""
    scores: list[EscalationScore] = []
    alerts: list[Alert] = []
    index = work.next_close
    if index is None:
        return scores, alerts
    last = bucket_of(limit, params) - 1  # the last bucket whose end is at or before `limit`
    while index <= last:
        score, new_alerts = _close_one(work, index, params, theatres)
        scores.append(score)
        alerts.extend(new_alerts)
        index += 1
    if scores:
        work.next_close = index
        work.closed_any = True
    return scores, alerts


def _window(work: TheatreState, index: int, params: DetectorParams) -> _Window:
    entries = [
        e
        for i in range(index - params.window_buckets + 1, index + 1)
        for e in (work.buckets[i].entries.values() if i in work.buckets else ())
    ]
    closing = work.buckets.get(index)
    articles = len({a for e in closing.entries.values() for a in e.articles}) if closing else 0
    return _scored(entries, bucket_start(index - params.window_buckets + 1, params), bucket_start(index + 1, params),
                   articles, params)


def _scored(entries: list[Entry], start: datetime, end: datetime, articles: int, params: DetectorParams) -> _Window:
    entries.sort(key=lambda e: (e.first_published, e.fingerprint))
    parts = [contribution(e, params) for e in entries]
    total = math.fsum(parts)  # fsum: exact, so order cannot matter
    conflict = math.fsum(c for c in parts if c > 0)
    return _Window(start, end, entries, round(max(0.0, total), 6), articles, round(conflict, 6))


# ---------------------------------------------------------------- early checks (early firing)
#
# A window closes a day plus the lateness after it starts to fill; an alert that waited for it would reach the
# operations team some thirty hours of event time after the event that crossed. Early firing, as stream processors
# do for event-time windows: whenever the watermark passes an instant H worth checking (the `early_check_hours`
# boundary after a report, or a bucket boundary), the open window is scored from the reports published before H,
# and an alert is raised (or escalated) at H if that score crosses. Only reports before H count, so the check
# gives the same answer live and in a backtest whatever arrived after H; windows still close as before, and only
# closed windows enter the baseline or resolve an episode.

_EPSILON = timedelta(microseconds=1)


def _advance(
    work: TheatreState,
    watermark: datetime,
    params: DetectorParams,
    theatres: Theatres,
    times: list[datetime] | None = None,
):
    """Close windows up to `watermark` minus the lateness and run the early checks up to `watermark`, mutating
    `work` (a private copy). Closes and checks run in one event-time order: a window closing at the instant of a
    check closes first, so the check sees the baseline the close updated."""
    scores: list[EscalationScore] = []
    alerts: list[Alert] = []
    lateness = params.lateness
    for at in _check_times(work, watermark, params) if times is None else times:
        if work.next_close is not None and bucket_of(at - lateness, params) > work.next_close:
            closed = _close_until(work, at - lateness, params, theatres)
            scores.extend(closed[0])
            alerts.extend(closed[1])
        alerts.extend(_check(work, at, params, theatres))
        starting = bucket_of(at, params)
        if at == bucket_start(starting, params):
            # a day leaves the window here: the window that begins now, without it (a ceasefire's day leaving can
            # uncover the conflict that follows it)
            alerts.extend(_check(work, at, params, theatres, index=starting))
    closed = _close_until(work, watermark - lateness, params, theatres)
    scores.extend(closed[0])
    alerts.extend(closed[1])
    if params.early_check_hours and (work.checked_until is None or watermark > work.checked_until):
        work.checked_until = watermark
        work.pending_checks = [at for at in work.pending_checks if at > watermark]
    return scores, alerts


def _check_after(when: datetime, params: DetectorParams) -> datetime:
    """The first early-check boundary strictly after an instant: the check that first sees a report of `when`."""
    step = params.early_check_hours * 3600
    return datetime.fromtimestamp((when.timestamp() // step + 1) * step, UTC)


def _check_times(work: TheatreState, watermark: datetime, params: DetectorParams) -> list[datetime]:
    """The instants in (checked_until, watermark] at which the open window's early score can change: the check
    boundary after each report (`pending_checks`), and bucket boundaries (a day leaves the window, a close moves
    the baseline)."""
    since = work.checked_until
    if not params.early_check_hours or work.next_close is None or (since is not None and watermark <= since):
        return []
    times = {at for at in work.pending_checks if at <= watermark}
    if since is None:  # never checked: a state stored before early checks existed has no pending instants
        for bucket in work.buckets.values():
            for entry in bucket.entries.values():
                for when in [r.published_at for r in entry.reports] or [entry.first_published]:
                    if (at := _check_after(when, params)) <= watermark:
                        times.add(at)
    first = work.next_close + 1 if since is None else bucket_of(since, params) + 1
    for index in range(first, bucket_of(watermark, params) + 1):
        times.add(bucket_start(index, params))
    return sorted(times)


def _check(
    work: TheatreState, at: datetime, params: DetectorParams, theatres: Theatres, index: int | None = None
) -> list[Alert]:
    """The early check at `at`: raise, or escalate to critical, on the open window as it stood at that instant."""
    if index is None:
        index = bucket_of(at - _EPSILON, params)  # the window whose last bucket holds the instant just before `at`
    episode = work.episode
    if work.next_close is None or index < work.next_close:
        return []
    first = index - params.window_buckets + 1
    if not any(i in work.buckets and work.buckets[i].entries for i in range(first, index + 1)):
        work.open_score = 0.0
        return []  # an empty window (most bucket boundaries of a quiet theatre) crosses nothing
    window = _early_window(work, index, at, params)
    work.open_score = window.score
    if episode is not None and calm_level(window, params) >= calm_threshold(episode, params):
        episode = work.episode = episode.model_copy(update={"calm": 0, "active_at": at})
    if episode is not None and episode.severity != "warning":
        return []  # critical already: nothing left to raise
    if episode is None:
        levels = thresholds(work.history, params, work.theatre.startswith(PAIR_PREFIX))
        if window.score < levels[1] or not _enough_before(work, index, at, params):
            return []
        return [_open_episode(work, window, levels, params, theatres)]
    if window.score < episode.threshold_critical or not _enough_before(work, index, at, params):
        return []
    work.episode = episode.model_copy(update={"severity": "critical", "peak": max(episode.peak, window.score)})
    return [_alert(work.theatre, work.episode, "escalated", window, episode.threshold_critical, params, theatres)]


def _early_window(work: TheatreState, index: int, at: datetime, params: DetectorParams) -> _Window:
    entries = []
    for i in range(index - params.window_buckets + 1, index + 1):
        bucket = work.buckets.get(i)
        for entry in bucket.entries.values() if bucket else ():
            view = _as_of(entry, at, params)
            if view is not None:
                entries.append(view)
    return _scored(entries, bucket_start(index - params.window_buckets + 1, params), at,
                   len(_articles_before(work, index, at)), params)


def _as_of(entry: Entry, at: datetime, params: DetectorParams) -> Entry | None:
    """The entry merged from its reports published before `at` alone; None if it had none yet."""
    if not entry.reports:  # a state stored before reports were kept: the entry counts whole from its first report
        return entry if entry.first_published < at else None
    before = [r for r in entry.reports if r.published_at < at]
    if not before:
        return None
    if len(before) == len(entry.reports) < params.max_reports:
        return entry  # every report it ever merged is before `at`
    first = min(before, key=lambda r: (-r.base, r.event_id))  # the merge's choice: largest weight, smallest id
    return entry.model_copy(
        update={
            **_representative(first),
            "first_published": before[0].published_at,
            "sources": sorted({r.source for r in before})[: params.max_sources],
            "event_ids": sorted({r.event_id for r in before})[: params.max_ids],
            "articles": sorted({r.article_id for r in before})[: params.max_ids],
        }
    )


def _articles_before(work: TheatreState, index: int, at: datetime) -> set[str]:
    """Distinct articles of one bucket with a report published before `at`."""
    bucket = work.buckets.get(index)
    found: set[str] = set()
    for entry in bucket.entries.values() if bucket else ():
        if entry.reports:
            found.update(r.article_id for r in entry.reports if r.published_at < at)
        elif entry.first_published < at:
            found.update(entry.articles)
    return found


def _enough_before(work: TheatreState, index: int, at: datetime, params: DetectorParams) -> bool:
    """`min_articles` over the article horizon ending with bucket `index`, counting reports before `at`: closed
    buckets from their recorded counts, open ones from their reports."""
    first = index - params.article_horizon_buckets + 1
    assert work.next_close is not None
    closed = work.next_close - first  # closed buckets inside the horizon (the newest recorded counts)
    count = sum(work.recent_articles[-closed:]) if closed > 0 else 0
    for i in range(max(first, work.next_close), index + 1):
        count += len(_articles_before(work, i, at))
    return count >= params.min_articles


def thresholds(history: list[float], params: DetectorParams, pair: bool = False) -> tuple[float, float, float]:
    """(baseline, warning, critical) from past calm window scores: median + k·MAD-sigma, ratios, floors."""
    factor = params.pair_floor_factor if pair else 1.0
    floor_w, floor_c = params.floor_warning * factor, params.floor_critical * factor
    if len(history) < params.min_history:
        return (_robust(tuple(history))[0] if history else 0.0), floor_w, floor_c
    median, mad = _robust(tuple(history))
    sigma = MAD_TO_SIGMA * mad
    warning = max(floor_w, median + params.k_warning * sigma, params.ratio_warning * median)
    critical = max(floor_c, median + params.k_critical * sigma, params.ratio_critical * warning)
    return median, warning, critical


@lru_cache(maxsize=4096)
def _robust(history: tuple[float, ...]) -> tuple[float, float]:
    """Median and median absolute deviation; cached because quiet theatres repeat the same history."""
    median = _median(sorted(history))
    return median, _median(sorted(abs(x - median) for x in history))


def _median(ordered: list[float]) -> float:
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def _close_one(work: TheatreState, index: int, params: DetectorParams, theatres: Theatres):
    window = _window(work, index, params)
    baseline, warning, critical = thresholds(work.history, params, work.theatre.startswith(PAIR_PREFIX))
    if work.episode is not None:
        baseline = work.episode.baseline
        warning, critical = work.episode.threshold_warning, work.episode.threshold_critical
    # built without re-validation: every field is computed here from validated values (tests check it)
    score = EscalationScore.model_construct(
        theatre=work.theatre,
        window_start=window.start,
        window_end=window.end,
        score=window.score,
        baseline=round(baseline, 6),
        threshold_warning=round(warning, 6),
        threshold_critical=round(critical, 6),
        events=len(window.entries),
        reports=sum(len(e.event_ids) for e in window.entries),
    )
    alerts = _step_episode(work, window, baseline, warning, critical, params, theatres)
    for old in [i for i in work.buckets if i <= index - params.window_buckets + 1]:
        del work.buckets[old]  # the next window no longer needs it
    return score, alerts


def calm_threshold(episode: Episode, params: DetectorParams) -> float:
    """Score under which a window counts as calm: a share of the warning threshold or of the peak, capped."""
    relative = max(params.resolve_ratio * episode.threshold_warning, params.resolve_peak_ratio * episode.peak)
    return min(params.resolve_cap_ratio * episode.threshold_warning, relative)


def calm_level(window: _Window, params: DetectorParams) -> float:
    """What must fall under the calm threshold: the score, or (by default) the conflict alone, so that
    talks and ceasefires signed while accusations keep coming do not end an episode."""
    return window.conflict if params.calm_on_conflict else window.score


def _step_episode(
    work: TheatreState,
    window: _Window,
    baseline: float,
    warning: float,
    critical: float,
    params: DetectorParams,
    theatres: Theatres,
) -> list[Alert]:
    """The hysteresis state machine: calm → raised (warning|critical) → escalated → resolved."""
    work.recent_articles.append(window.articles)
    del work.recent_articles[: -params.article_horizon_buckets]
    enough = sum(work.recent_articles) >= params.min_articles
    episode = work.episode
    if episode is None:
        if enough and window.score >= warning:
            return [_open_episode(work, window, (baseline, warning, critical), params, theatres)]
        work.history.append(window.score)
        del work.history[: -params.baseline_windows]
        return []
    alerts = []
    episode = episode.model_copy(update={"peak": max(episode.peak, window.score)})
    if episode.severity == "warning" and enough and window.score >= episode.threshold_critical:
        episode = episode.model_copy(update={"severity": "critical"})
        alerts.append(_alert(work.theatre, episode, "escalated", window, episode.threshold_critical, params, theatres))
    seen_active = max(episode.raised_at, episode.active_at or episode.raised_at)
    calm = episode.calm + 1 if (
        calm_level(window, params) < calm_threshold(episode, params) and window.end > seen_active
    ) else 0  # (a quiet window from before the theatre was last seen hot resolves nothing)
    episode = episode.model_copy(update={"calm": calm})
    if calm >= params.calm_windows:
        alerts.append(_alert(work.theatre, episode, "resolved", window, episode.threshold_warning, params, theatres))
        work.episode = None
    else:
        work.episode = episode
    return alerts


def _open_episode(
    work: TheatreState, window: _Window, levels: tuple[float, float, float], params: DetectorParams, theatres: Theatres
) -> Alert:
    """Raise an episode at the end of `window` (a closed window's end, or an early check's instant) with the
    (baseline, warning, critical) levels it crossed, frozen for the episode."""
    baseline, warning, critical = levels
    severity: Severity = "critical" if window.score >= critical else "warning"
    work.episode = Episode(
        episode_id=_digest(work.theatre, window.end.isoformat()),
        raised_at=window.end,
        severity=severity,
        baseline=baseline,
        threshold_warning=warning,
        threshold_critical=critical,
        peak=window.score,
    )
    threshold = critical if severity == "critical" else warning
    return _alert(work.theatre, work.episode, "raised", window, threshold, params, theatres)


# ---------------------------------------------------------------- alerts


def _digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


def _alert(
    theatre: str,
    episode: Episode,
    state: AlertState,
    window: _Window,
    threshold: float,
    params: DetectorParams,
    theatres: Theatres,
) -> Alert:
    contributors = _contributors(window, state, params)
    return Alert(
        alert_id=_digest(theatre, episode.raised_at.isoformat(), state),
        episode_id=episode.episode_id,
        theatre=theatre,
        theatre_name=theatres.name_of(theatre),
        countries=theatres.countries_of(theatre),
        severity=episode.severity,
        state=state,
        score=window.score,
        baseline=round(episode.baseline, 6),
        threshold=round(threshold, 6),
        raised_at=episode.raised_at,
        changed_at=window.end,
        top_events=contributors,
        summary=_summary(theatre, episode, state, window, threshold, params),
    )


def _ranked(window: _Window, state: AlertState, params: DetectorParams) -> list[tuple[float, Entry]]:
    weighted = [(contribution(e, params), e) for e in window.entries]
    if state == "resolved":  # what calmed it: the most de-escalating first
        chosen = sorted(((w, e) for w, e in weighted if w < 0), key=lambda p: (p[0], p[1].fingerprint))
    else:
        chosen = sorted(((w, e) for w, e in weighted if w > 0), key=lambda p: (-p[0], p[1].fingerprint))
    return chosen


def _contributors(window: _Window, state: AlertState, params: DetectorParams) -> list[Contributor]:
    return [
        Contributor(
            event_id=e.event_id,
            fingerprint=e.fingerprint,
            type=e.type,
            subtype=e.subtype,
            actor=e.actor,
            location=e.location,
            assertion=e.assertion,
            weight=round(w, 3),
            evidence=e.evidence,
            sources=len(e.sources),
            published_at=e.first_published,
        )
        for w, e in _ranked(window, state, params)[: params.top_events]
    ]


def _summary(
    theatre: str,
    episode: Episode,
    state: AlertState,
    window: _Window,
    threshold: float,
    params: DetectorParams,
) -> str:
    if state == "resolved":
        return (
            f"{theatre}: resolved after {episode.calm} calm windows; "
            f"{'conflict' if params.calm_on_conflict else 'index'} {calm_level(window, params):.1f} below "
            f"{calm_threshold(episode, params):.1f} (raised {episode.raised_at:%Y-%m-%d}, "
            f"peak {episode.peak:.1f})"
        )
    head = (
        f"{theatre}: escalation index {window.score:.1f} vs baseline {episode.baseline:.1f} "
        f"({'critical' if state == 'escalated' else episode.severity} > {threshold:.1f})"
    )
    return f"{head}: {_describe(window, params)}" if window.entries else head


def _describe(window: _Window, params: DetectorParams) -> str:
    """'5 buildups incl. 7,000 troops (3 sources), 2 warnings' for the window's escalating events."""
    groups: dict[str, list[tuple[float, Entry]]] = {}
    for w, e in _ranked(window, "raised", params):
        groups.setdefault(e.subtype, []).append((w, e))
    order = sorted(groups, key=lambda s: (-math.fsum(w for w, _ in groups[s]), s))
    parts = []
    for subtype in order[:4]:
        members = groups[subtype]
        label = subtype.replace("_", " ") + ("s" if len(members) > 1 else "")
        sized = [e for _, e in members if e.quantity and e.type in _MOVES]
        if sized:
            biggest = max(sized, key=lambda e: (e.quantity or 0, -len(e.sources)))
            unit = "troops" if biggest.type == "troop_movement" else "troops, ships or aircraft"
            n = len(biggest.sources)
            label += f" incl. {biggest.quantity:,} {unit} ({n} source{'s' if n > 1 else ''})"
        parts.append(f"{len(members)} {label}")
    if len(order) > 4:
        parts.append("…")
    return ", ".join(parts)


# ---------------------------------------------------------------- event-time ticks


def flush_horizon(watermark: datetime, params: DetectorParams) -> datetime:
    """Event time up to which every theatre may close its windows, given the router's watermark."""
    return watermark - params.lateness


def tick_due(previous: datetime | None, current: datetime, params: DetectorParams) -> bool:
    """Whether a router watermark advance passes an early-check boundary (open windows are checked) or a bucket
    boundary of the flush horizon (quiet theatres close)."""
    if previous is None:
        return True
    step = params.early_check_hours * 3600
    if step and current.timestamp() // step > previous.timestamp() // step:
        return True
    return bucket_of(flush_horizon(current, params), params) > bucket_of(flush_horizon(previous, params), params)
