"""Detector parameters with documented defaults; subtype weights derived from CAMEO Goldstein values."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.events import SUBTYPES, Assertion, Subtype


class GoldsteinRow(NamedTuple):
    """One row of the weight table: CAMEO code(s), the Goldstein value used, and why it is scaled."""

    cameo: str
    goldstein: float
    relevance: float
    note: str


# Goldstein values are the published CAMEO ones quoted in TAXONOMY.md; where the taxonomy gives a range
# the midpoint is used. relevance < 1 discounts subtypes whose escalation meaning is diluted in practice.
GOLDSTEIN: dict[str, GoldsteinRow] = {
    "buildup": GoldsteinRow("154", -7.2, 1.0, "forces massed toward a border or area"),
    "deployment": GoldsteinRow("154", -7.2, 0.6, "direction unstated or to an ally: weaker than a buildup"),
    "mobilization": GoldsteinRow("154", -7.2, 1.0, "call-ups are costly signals"),
    "withdrawal": GoldsteinRow("0874", +10.0, 1.0, "pull-back: the strongest de-escalation"),
    "exercise": GoldsteinRow("150", -7.2, 0.7, "drills are often scheduled and annual"),
    "weapons_test": GoldsteinRow("150", -7.2, 1.0, "test launches"),
    "readiness_check": GoldsteinRow("152", -7.2, 1.0, "snap inspections, raised alert"),
    "warning": GoldsteinRow("130/138/139", -5.7, 1.0, "midpoint of -4.4 … -7.0"),
    "denial": GoldsteinRow("016", -2.0, 1.0, "denials arise when an action is alleged"),
    "accusation": GoldsteinRow("111/112", -2.0, 1.0, "cheap talk, frequent"),
    "rejection": GoldsteinRow("12x", -4.5, 1.0, "midpoint of -4.0 … -5.0"),
    "demand": GoldsteinRow("10x", -5.0, 1.0, "formal demands"),
    "call_for_talks": GoldsteinRow("026/036", +1.85, 1.0, "midpoint of -0.3 … +4.0"),
    "meeting": GoldsteinRow("040-046", +4.0, 1.0, "midpoint of +1.0 … +7.0"),
    "agreement": GoldsteinRow("057/0356", +7.5, 1.0, "midpoint of +7.0 … +8.0"),
}

# Cooperation is scaled down: talks happen *because* there is a crisis, so they are weaker evidence of
# calm than troop moves are of tension; the index is also floored at zero per window.
COOPERATION_DAMPING = 0.5


def derived_weights(damping: float = COOPERATION_DAMPING) -> dict[str, float]:
    """Escalation weight per subtype: -Goldstein × relevance, cooperative values × damping."""
    weights = {}
    for subtype, row in GOLDSTEIN.items():
        weight = -row.goldstein * row.relevance
        weights[subtype] = round(weight * damping if weight < 0 else weight, 3)
    return weights


# How much of a conflictual event's weight counts, by assertion.
CONFLICT_ASSERTION: dict[str, float] = {
    "reported": 1.0,
    "claimed": 1.0,
    "disputed": 0.7,
    "planned": 0.5,
    "denied": 0.25,
    "hypothetical": 0.0,
}
# De-escalation is believed only when it is reported: a disputed or denied withdrawal does not calm.
COOPERATION_ASSERTION: dict[str, float] = {
    "reported": 1.0,
    "claimed": 0.6,
    "disputed": 0.0,
    "planned": 0.3,
    "denied": 0.0,
    "hypothetical": 0.0,
}


class DetectorParams(BaseModel):
    """Everything the escalation detector can be tuned with; the defaults are the documented method."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Windows and event time
    bucket_hours: int = Field(
        default=24, ge=24, le=168, description="Size of an event-time bucket (UTC-aligned), whole days."
    )
    window_buckets: int = Field(default=3, ge=1, le=30, description="A window's score sums this many trailing buckets.")
    allowed_lateness_hours: float = Field(
        default=24.0,
        ge=0,
        le=24 * 60,  # up to 60 days, for compressed replays and backfills (alerts come that much later)
        description="A bucket closes when the watermark passes its end plus this.",
    )
    early_check_hours: int = Field(
        default=1,
        ge=0,
        le=24,
        description="Early firing: each time the watermark passes a multiple of this many hours, the open window is "
        "scored from the reports published before that instant and may raise or escalate an alert (0: only closed "
        "windows raise, a day and the lateness after the crossing).",
    )
    # Baseline and thresholds
    baseline_windows: int = Field(default=28, ge=3, le=365, description="Closed calm windows kept for the baseline.")
    min_history: int = Field(default=7, ge=1, description="Below this many windows only the floors apply (cold start).")
    k_warning: float = Field(default=4.0, gt=0, description="Warning threshold: median + k × robust sigma (MAD).")
    k_critical: float = Field(default=8.0, gt=0, description="Critical threshold: median + k × robust sigma (MAD).")
    ratio_warning: float = Field(default=2.0, ge=1, description="Warning threshold is at least this × the median.")
    ratio_critical: float = Field(default=2.0, ge=1, description="Critical threshold is at least this × warning.")
    floor_warning: float = Field(default=30.0, gt=0, description="Absolute minimum of the warning threshold.")
    floor_critical: float = Field(default=75.0, gt=0, description="Absolute minimum of the critical threshold.")
    pair_floor_factor: float = Field(
        default=1.5, ge=1, description="Floors × this for unconfigured pair:AAA-BBB theatres (less curated)."
    )
    min_articles: int = Field(
        default=4, ge=1, description="Distinct articles needed over the article horizon to raise or escalate."
    )
    article_horizon_buckets: int = Field(
        default=7, ge=1, le=60, description="Trailing buckets (ending with the window) over which articles count."
    )
    # Hysteresis
    resolve_ratio: float = Field(
        default=0.5, gt=0, lt=1, description="Calm means score < this × warning threshold (or the peak rule)."
    )
    resolve_peak_ratio: float = Field(
        default=0.25, ge=0, lt=1, description="…or < this × the episode's peak, so a higher 'new normal' can resolve."
    )
    resolve_cap_ratio: float = Field(
        default=0.8, gt=0, lt=1, description="The calm threshold never exceeds this × warning (keeps hysteresis)."
    )
    calm_on_conflict: bool = Field(
        default=True,
        description="Calm is judged on a window's conflictual events alone: cooperation lowers the index but "
        "cannot by itself end an episode.",
    )
    calm_windows: int = Field(
        default=10,
        ge=1,
        description="Consecutive calm windows that resolve an episode (ten daily windows: longer than the gap between "
        "two pulses of a crisis, such as weapons tests two weeks apart).",
    )
    # Event weights
    weights: dict[Subtype, float] = Field(default_factory=derived_weights, description="Weight per subtype.")
    conflict_assertion: dict[Assertion, float] = Field(default_factory=lambda: dict(CONFLICT_ASSERTION))
    cooperation_assertion: dict[Assertion, float] = Field(default_factory=lambda: dict(COOPERATION_ASSERTION))
    quantity_ref: float = Field(default=10.0, gt=0, description="Quantity factor: 1 + alpha × log10(1 + q / ref).")
    quantity_alpha: float = Field(default=0.25, ge=0, description="Slope of the quantity factor per decade.")
    quantity_cap: float = Field(default=2.0, ge=1, description="Upper bound of the quantity factor.")
    corroboration_beta: float = Field(default=0.2, ge=0, description="Corroboration: 1 + beta × log2(sources).")
    corroboration_cap: float = Field(default=1.5, ge=1, description="Upper bound of the corroboration factor.")
    confidence_floor: float = Field(
        default=0.5, ge=0, le=1, description="Weight × (floor + (1 - floor) × extractor confidence)."
    )
    # Bounds on state and alerts
    top_events: int = Field(default=5, ge=1, le=50, description="Contributors listed in an alert.")
    max_sources: int = Field(default=8, ge=1, description="Distinct sources remembered per fingerprint.")
    max_ids: int = Field(default=64, ge=1, description="Report and article ids remembered per fingerprint.")
    evidence_chars: int = Field(default=240, ge=20, description="Evidence text kept per fingerprint.")
    max_reports: int = Field(
        default=8, ge=1, description="Reports kept per fingerprint for early checks: the earliest ones."
    )

    @model_validator(mode="after")
    def _complete(self) -> DetectorParams:
        missing = {s for subs in SUBTYPES.values() for s in subs} - set(self.weights)
        if missing:
            raise ValueError(f"weights missing for subtypes {sorted(missing)}")
        if self.article_horizon_buckets < self.window_buckets:
            raise ValueError("article_horizon_buckets must cover at least the window")
        if self.floor_critical < self.floor_warning:
            raise ValueError("floor_critical must not be below floor_warning")
        if self.bucket_hours % 24:
            # a fingerprint (one real-world event) is of a UTC day and de-duplicated within a bucket: a bucket
            # shorter than a day, or cutting days, would count a day's reports of one event in two buckets twice
            raise ValueError("bucket_hours must be whole days (24, 48, …)")
        if self.min_history > self.baseline_windows:
            raise ValueError("min_history must not exceed baseline_windows (the baseline would never be used)")
        return self

    @property
    def bucket(self) -> timedelta:
        return timedelta(hours=self.bucket_hours)

    @property
    def lateness(self) -> timedelta:
        return timedelta(hours=self.allowed_lateness_hours)


def quantity_factor(quantity: int | None, params: DetectorParams) -> float:
    """Log-scaled, capped boost for stated troop, ship or aircraft numbers."""
    if not quantity:
        return 1.0
    return min(params.quantity_cap, 1.0 + params.quantity_alpha * math.log10(1.0 + quantity / params.quantity_ref))


def corroboration_factor(sources: int, params: DetectorParams) -> float:
    """Modest, capped boost for a real-world event reported by several outlets."""
    return min(params.corroboration_cap, 1.0 + params.corroboration_beta * math.log2(max(sources, 1)))
