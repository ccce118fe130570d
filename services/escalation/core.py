"""Escalation detection core (pure): per-theatre event-time windows, a robust baseline and hysteresis alerts."""

# Every function here is deterministic: time is the events' `published_at` (event time) or an explicit
# `until`; nothing reads a clock, and `known_at` (processing time) never influences a score or an id.

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
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


def _representative(event: Event, weight: float, params: DetectorParams) -> dict[str, object]:
    """The fields an entry takes from the report that represents it."""
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "actor": event.actor,
        "location": event.location,
        "assertion": event.assertion,
        "quantity": event.quantity,
        "base": weight,
        "evidence": event.evidence.text[: params.evidence_chars],
    }


def _merge(entry: Entry | None, event: Event, params: DetectorParams) -> Entry:
    weight = base_weight(event, params)
    if entry is None:
        return Entry.model_construct(
            fingerprint=event.fingerprint,
            type=event.type,
            subtype=event.subtype,
            first_published=event.published_at,
            sources=[event.source],
            event_ids=[event.event_id],
            articles=[event.article_id],
            **_representative(event, weight, params),
        )
    # Sceptical merge, order-free: escalation is believed on the strongest report, de-escalation on
    # the weakest; both are the largest signed weight. Ties go to the smallest event id.
    stronger = weight > entry.base or (weight == entry.base and event.event_id < entry.event_id)
    update: dict[str, object] = {
        "first_published": min(entry.first_published, event.published_at),
        "sources": _bounded_union(entry.sources, event.source, params.max_sources),
        "event_ids": _bounded_union(entry.event_ids, event.event_id, params.max_ids),
        "articles": _bounded_union(entry.articles, event.article_id, params.max_ids),
    }
    if stronger:
        update.update(_representative(event, weight, params))
    return entry.model_copy(update=update)


# ---------------------------------------------------------------- public API


def apply_event(
    state: TheatreState,
    event: Event,
    params: DetectorParams,
    theatres: Theatres,
    *,
    advance: bool = True,
    closed_until: datetime | None = None,
) -> StepResult:
    """Add one event (already routed to this theatre) and close every window its event time completes.

    With `advance=False` the theatre's own watermark closes nothing: windows close only through `flush`
    from the router's ticks (the live worker and the backtest), and only a closed window makes an event late.
    `closed_until` is the horizon of the last tick this theatre's partition has seen: the windows up to it
    are closed right after the event is added. That is a no-op for a theatre the tick already flushed; for a
    theatre whose first event arrives after the tick (possible live, never in event-time order) it closes
    what the tick would have closed had the theatre existed, so live and backtest give the same windows.
    """
    index = bucket_of(event.published_at, params)
    if _is_late(state, index, params, advance):
        return StepResult(state, "late")
    bucket = state.buckets.get(index)
    entry = bucket.entries.get(event.fingerprint) if bucket else None
    if entry is not None and event.event_id in entry.event_ids:
        return StepResult(state, "duplicate")
    entries = dict(bucket.entries) if bucket else {}
    entries[event.fingerprint] = _merge(entry, event, params)
    buckets = dict(state.buckets)
    buckets[index] = Bucket.model_construct(entries=entries)
    next_close = state.next_close
    if next_close is None or (not state.closed_any and index < next_close):
        next_close = index  # cold start: the first window is the earliest one seen before any close
    watermark = event.published_at if state.watermark is None else max(state.watermark, event.published_at)
    work = state.model_copy(
        update={
            "buckets": buckets,
            "history": list(state.history),
            "recent_articles": list(state.recent_articles),
            "next_close": next_close,
            "watermark": watermark,
        }
    )
    scores, alerts = _close_until(work, watermark - params.lateness, params, theatres) if advance else ([], [])
    if closed_until is not None:
        caught_up = _close_until(work, closed_until, params, theatres)
        scores, alerts = scores + caught_up[0], alerts + caught_up[1]
    return StepResult(work, "counted" if entry is None else "duplicate", scores, alerts)


def flush(state: TheatreState, until: datetime, params: DetectorParams, theatres: Theatres) -> StepResult:
    """Close every window ending at or before `until` (end of a backtest, or a live event-time timer)."""
    work = state.model_copy(
        update={
            "buckets": dict(state.buckets),
            "history": list(state.history),
            "recent_articles": list(state.recent_articles),
        }
    )
    scores, alerts = _close_until(work, until, params, theatres)
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
    entries.sort(key=lambda e: (e.first_published, e.fingerprint))
    parts = [contribution(e, params) for e in entries]
    total = math.fsum(parts)  # fsum: exact, so order cannot matter
    closing = work.buckets.get(index)
    articles = len({a for e in closing.entries.values() for a in e.articles}) if closing else 0
    return _Window(
        bucket_start(index - params.window_buckets + 1, params),
        bucket_start(index + 1, params),
        entries,
        round(max(0.0, total), 6),
        articles,
        round(math.fsum(c for c in parts if c > 0), 6),
    )


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
            severity: Severity = "critical" if window.score >= critical else "warning"
            episode = Episode(
                episode_id=_digest(work.theatre, window.end.isoformat()),
                raised_at=window.end,
                severity=severity,
                baseline=baseline,
                threshold_warning=warning,
                threshold_critical=critical,
                peak=window.score,
            )
            work.episode = episode
            threshold = critical if severity == "critical" else warning
            return [_alert(work.theatre, episode, "raised", window, threshold, params, theatres)]
        work.history.append(window.score)
        del work.history[: -params.baseline_windows]
        return []
    alerts = []
    episode = episode.model_copy(update={"peak": max(episode.peak, window.score)})
    if episode.severity == "warning" and enough and window.score >= episode.threshold_critical:
        episode = episode.model_copy(update={"severity": "critical"})
        alerts.append(_alert(work.theatre, episode, "escalated", window, episode.threshold_critical, params, theatres))
    calm = episode.calm + 1 if calm_level(window, params) < calm_threshold(episode, params) else 0
    episode = episode.model_copy(update={"calm": calm})
    if calm >= params.calm_windows:
        alerts.append(_alert(work.theatre, episode, "resolved", window, episode.threshold_warning, params, theatres))
        work.episode = None
    else:
        work.episode = episode
    return alerts


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
    """Whether a router watermark advance passes a bucket boundary of the flush horizon (quiet theatres close)."""
    if previous is None:
        return True
    return bucket_of(flush_horizon(current, params), params) > bucket_of(flush_horizon(previous, params), params)
