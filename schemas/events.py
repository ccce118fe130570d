"""Extracted events as published to the per-type `events.<type>.v1` topics."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field, model_validator

from schemas.common import Code, Payload, UtcDatetime

EVENT_SCHEMA_VERSION = 1

EventType = Literal["troop_movement", "military_drill", "diplomatic_statement"]
Subtype = Literal[
    "buildup",
    "withdrawal",
    "deployment",
    "mobilization",
    "exercise",
    "weapons_test",
    "readiness_check",
    "warning",
    "denial",
    "accusation",
    "rejection",
    "demand",
    "call_for_talks",
    "meeting",
    "agreement",
]
Assertion = Literal["reported", "claimed", "disputed", "denied", "planned", "hypothetical"]

SUBTYPES: dict[str, tuple[str, ...]] = {
    "troop_movement": ("buildup", "withdrawal", "deployment", "mobilization"),
    "military_drill": ("exercise", "weapons_test", "readiness_check"),
    "diplomatic_statement": (
        "warning",
        "denial",
        "accusation",
        "rejection",
        "demand",
        "call_for_talks",
        "meeting",
        "agreement",
    ),
}
TYPE_OF_SUBTYPE: dict[str, str] = {sub: typ for typ, subs in SUBTYPES.items() for sub in subs}
# The Literals are spelled out for static typing; the grouping above must name exactly the same values.
if tuple(TYPE_OF_SUBTYPE) != get_args(Subtype) or tuple(SUBTYPES) != get_args(EventType):
    raise RuntimeError("schemas.events: SUBTYPES and the EventType/Subtype literals disagree")


class Evidence(Payload):
    """Where in the article the event was read."""

    text: str = Field(description="The sentence the event was read from.")
    start: int = Field(
        ge=0, description="Offset of the sentence's first character in the article text (title, blank line, body)."
    )
    end: int = Field(ge=0, description="Offset one past the sentence's last character.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end must not precede start")
        return self


class EventCore(Payload):
    """The fields of one event as extracted from text, without article metadata (see TAXONOMY.md)."""

    type: EventType = Field(description="Event type.")
    subtype: Subtype = Field(description="Event subtype; must belong to the type.")
    actor: Code | None = Field(
        default=None, description="Who acts, as a country or organisation code; null when unstated."
    )
    location: Code | None = Field(
        default=None,
        description="Where it happens or whom it targets, as a code; regions resolve to their country; null for seas or unstated.",
    )
    quantity: int | None = Field(
        default=None, ge=0, description="Troops, ships or aircraft when a number is stated, else null."
    )
    assertion: Assertion = Field(
        description="How the text asserts it: reported, claimed, disputed, denied, planned or hypothetical."
    )
    claimant: Code | None = Field(
        default=None, description="Who said it, as a code; null when the outlet speaks in its own voice."
    )
    confidence: float = Field(
        ge=0.0, le=1.0, description="Extractor's confidence that the event and its fields are right."
    )
    evidence: Evidence = Field(description="The sentence and character offsets the event was read from.")

    @model_validator(mode="after")
    def _subtype_of_type(self) -> EventCore:
        if TYPE_OF_SUBTYPE[self.subtype] != self.type:
            raise ValueError(f"subtype {self.subtype!r} does not belong to type {self.type!r}")
        return self


class Event(EventCore):
    """An extracted event with its identity and provenance, as published on the event topics."""

    schema_version: Literal[1] = Field(default=EVENT_SCHEMA_VERSION, description="Major version of this payload.")
    event_id: str = Field(
        min_length=16,
        max_length=64,
        description="Deterministic id from article, evidence span, type, subtype and actor: reprocessing yields the "
        "same id. Dedupe on it.",
    )
    fingerprint: str = Field(
        min_length=8,
        max_length=64,
        description="Hash of type, subtype, actor, location and UTC day: one real-world event reported by many outlets shares it.",
    )
    article_id: str = Field(min_length=1, max_length=128, description="Id of the article the event was read from.")
    source: str = Field(description="Outlet of the article, for counting independent sources.")
    published_at: UtcDatetime = Field(description="Event time: when the article was published, UTC.")
    known_at: UtcDatetime = Field(description="Processing time: when the extractor produced the event, UTC.")
    extractor_version: str = Field(description="Version of the extraction engine that produced the event.")
