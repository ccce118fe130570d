"""Escalation scores and alerts as published to `escalation.scores.v1` and `alerts.escalation.v1`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemas.common import Code, Payload, UtcDatetime
from schemas.events import Assertion, Event, EventType, Subtype

SCORE_SCHEMA_VERSION = 1
ALERT_SCHEMA_VERSION = 1

Severity = Literal["warning", "critical"]
AlertState = Literal["raised", "escalated", "resolved"]


class SourceMark(Payload):
    """A router's word on one event partition it reads, carried by its ticks."""

    seen: UtcDatetime = Field(description="Largest published_at the router has read from the partition.")
    backlog: bool = Field(description="Whether the partition still had unread records when the router last read it.")


class TheatreEvent(Payload):
    """On the internal repartition topic keyed by theatre: events routed to one theatre, or an event-time tick.

    Version 2 carries the events of one router batch for the theatre in `events` (one message instead of one
    per event); version 1 messages, written by earlier routers, carry a single `event` and are still read.
    """

    schema_version: Literal[1, 2] = Field(default=2, description="Major version of this payload (2 is written).")
    theatre: str = Field(description="Theatre id (e.g. russia-ukraine), country pair (e.g. pair:RUS-USA), or '*' for a tick.")
    events: list[Event] = Field(
        default_factory=list,
        description="Version 2: the events routed to this theatre from one router batch, in input order; empty for a tick.",
    )
    event: Event | None = Field(default=None, description="Version 1 only: the single routed event.")
    watermark: UtcDatetime | None = Field(
        default=None,
        description="For a tick: the router's event-time watermark (largest published_at routed); the partition's theatres are advanced to it: windows close up to it minus the allowed lateness, and open windows have their early checks up to it.",
    )
    known_at: UtcDatetime | None = Field(
        default=None,
        description="For a tick sent on an event: the processing time (known_at) of the event that moved the watermark; an alert decided by this tick measures its latency from it.",
    )

    sources: dict[str, SourceMark] = Field(
        default_factory=dict,
        description="For a tick: the sending router's view of each event partition it reads, by 'topic:partition'. "
        "Score workers merge every router's view and close windows up to the merged watermark; "
        "a tick without it (earlier routers) closes up to its own watermark.",
    )

    @model_validator(mode="after")
    def _events_or_tick(self) -> TheatreEvent:
        carried = len(self.events) + (self.event is not None)
        if self.schema_version == 1 and self.events:
            raise ValueError("a version 1 theatre event carries `event`, not `events`")
        if self.schema_version == 2 and self.event is not None:
            raise ValueError("a version 2 theatre event carries `events`, not `event`")
        if (carried == 0) == (self.watermark is None):
            raise ValueError("a theatre event carries either events or a tick watermark")
        if (self.sources or self.known_at is not None) and self.watermark is None:
            raise ValueError("a theatre event carries sources and known_at only with a tick watermark")
        return self

    @property
    def routed(self) -> list[Event]:
        """The events of this message, whichever version wrote it (empty for a tick)."""
        return [self.event] if self.event is not None else list(self.events)


class EscalationScore(Payload):
    """A theatre's escalation index for one closed event-time window."""

    schema_version: Literal[1] = Field(default=SCORE_SCHEMA_VERSION, description="Major version of this payload.")
    theatre: str = Field(description="Theatre id, or 'pair:AAA-BBB' for events that fit no configured theatre.")
    window_start: UtcDatetime = Field(description="Start of the event-time window, inclusive, UTC.")
    window_end: UtcDatetime = Field(description="End of the event-time window, exclusive, UTC.")
    score: float = Field(description="Escalation index over the window: weighted, deduplicated event contributions.")
    baseline: float = Field(description="The theatre's robust baseline the score is compared with.")
    threshold_warning: float = Field(description="Score above which a warning is raised.")
    threshold_critical: float = Field(description="Score above which a critical alert is raised.")
    events: int = Field(ge=0, description="Distinct real-world events (fingerprints) counted in the window.")
    reports: int = Field(ge=0, description="Event reports (before fingerprint dedupe) in the window.")


class Contributor(Payload):
    """One event among those that contributed most to an alert."""

    event_id: str = Field(description="Id of the representative event report.")
    fingerprint: str = Field(description="Fingerprint shared by all reports of this real-world event.")
    type: EventType = Field(description="Event type.")
    subtype: Subtype = Field(description="Event subtype.")
    actor: Code | None = Field(default=None, description="Actor code.")
    location: Code | None = Field(default=None, description="Location code.")
    assertion: Assertion = Field(description="Assertion of the representative report.")
    weight: float = Field(description="Contribution of this event to the score.")
    evidence: str = Field(
        description="Evidence sentence of the representative report, its first 240 characters (the detector's "
        "evidence_chars)."
    )
    sources: int = Field(ge=1, description="Number of independent outlets that reported it (corroboration).")
    published_at: UtcDatetime = Field(description="Event time of the first report.")


class Alert(Payload):
    """A change in a theatre's alert episode: raised, escalated to critical, or resolved."""

    schema_version: Literal[1] = Field(default=ALERT_SCHEMA_VERSION, description="Major version of this payload.")
    alert_id: str = Field(description="Deterministic id of the alert episode and state: theatre, episode start, state.")
    episode_id: str = Field(description="Id shared by the raise, escalation and resolution of one episode.")
    theatre: str = Field(description="Theatre id, or 'pair:AAA-BBB'.")
    theatre_name: str = Field(description="Human name of the theatre.")
    countries: list[Code] = Field(description="Member countries and organisations of the theatre.")
    severity: Severity = Field(description="warning or critical.")
    state: AlertState = Field(description="raised, escalated (warning to critical) or resolved.")
    score: float = Field(description="Escalation index when the state changed.")
    baseline: float = Field(description="Theatre baseline when the state changed.")
    threshold: float = Field(description="The threshold that was crossed (for resolved: the warning threshold).")
    raised_at: UtcDatetime = Field(description="Event time at which the episode was raised.")
    changed_at: UtcDatetime = Field(description="Event time of this state change.")
    top_events: list[Contributor] = Field(
        description="The events that contributed most: for raised and escalated alerts the largest positive weights "
        "first; for a resolved alert the de-escalating events, most negative weight first."
    )
    summary: str = Field(description="One line for a human.")
