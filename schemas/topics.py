"""Every Kafka topic Vigil reads or writes: name, key, payload model. The single source of truth."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from schemas.articles import RawArticle
from schemas.deadletter import DeadLetter
from schemas.escalation import Alert, EscalationScore, TheatreEvent
from schemas.events import Event


@dataclass(frozen=True)
class TopicSpec:
    """A topic's contract: what its key is and which model its value follows."""

    name: str
    key: str
    value: type[BaseModel]
    description: str
    producers: tuple[str, ...]
    consumers: tuple[str, ...]
    internal: bool = False

    @property
    def dlq(self) -> str:
        return f"{self.name}.dlq"


ARTICLES_RAW = TopicSpec(
    "articles.raw.v1",
    "article_id",
    RawArticle,
    "Normalised news articles, one message per article.",
    ("ingest",),
    ("extractor",),
)
EVENTS_TROOP_MOVEMENT = TopicSpec(
    "events.troop_movement.v1",
    "article_id",
    Event,
    "Troop movements: buildup, withdrawal, deployment, mobilization.",
    ("extractor",),
    ("escalation", "downstream"),
)
EVENTS_MILITARY_DRILL = TopicSpec(
    "events.military_drill.v1",
    "article_id",
    Event,
    "Military drills: exercise, weapons test, readiness check.",
    ("extractor",),
    ("escalation", "downstream"),
)
EVENTS_DIPLOMATIC_STATEMENT = TopicSpec(
    "events.diplomatic_statement.v1",
    "article_id",
    Event,
    "Diplomatic statements: warning, denial, accusation, rejection, demand, call for talks, meeting, agreement.",
    ("extractor",),
    ("escalation", "downstream"),
)
THEATRE_EVENTS = TopicSpec(
    "escalation.theatre_events.v1",
    "theatre",
    TheatreEvent,
    "Internal repartition topic: each event once per theatre it belongs to, keyed by theatre.",
    ("escalation",),
    ("escalation",),
    internal=True,
)
ESCALATION_SCORES = TopicSpec(
    "escalation.scores.v1",
    "theatre",
    EscalationScore,
    "Each theatre's escalation index per closed event-time window.",
    ("escalation",),
    ("downstream",),
)
ALERTS = TopicSpec(
    "alerts.escalation.v1",
    "theatre",
    Alert,
    "Alert state changes per theatre: raised, escalated, resolved.",
    ("escalation",),
    ("downstream",),
)

EVENT_TOPICS: dict[str, TopicSpec] = {
    "troop_movement": EVENTS_TROOP_MOVEMENT,
    "military_drill": EVENTS_MILITARY_DRILL,
    "diplomatic_statement": EVENTS_DIPLOMATIC_STATEMENT,
}

DATA_TOPICS: tuple[TopicSpec, ...] = (
    ARTICLES_RAW,
    EVENTS_TROOP_MOVEMENT,
    EVENTS_MILITARY_DRILL,
    EVENTS_DIPLOMATIC_STATEMENT,
    THEATRE_EVENTS,
    ESCALATION_SCORES,
    ALERTS,
)
CONSUMED_TOPICS: tuple[TopicSpec, ...] = tuple(t for t in DATA_TOPICS if t.consumers != ("downstream",))


def dlq_spec(topic: TopicSpec) -> TopicSpec:
    """The dead-letter topic of a consumed topic."""
    # written by the Vigil services that read the topic (downstream consumers write nothing of ours)
    writers = tuple(c for c in topic.consumers if c != "downstream")
    return TopicSpec(
        topic.dlq,
        "original key (null for ingest's rejected inputs, which have none)",
        DeadLetter,
        f"Dead letters of {topic.name}, with the reason and origin.",
        writers if topic.name != ARTICLES_RAW.name else ("ingest", "extractor"),
        ("operators",),
    )


ALL_TOPICS: tuple[TopicSpec, ...] = DATA_TOPICS + tuple(dlq_spec(t) for t in CONSUMED_TOPICS)
BY_NAME: dict[str, TopicSpec] = {t.name: t for t in ALL_TOPICS}
