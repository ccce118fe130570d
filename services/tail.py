"""`vigil tail`: read event, score, alert and dead-letter topics and print them for a human (or as JSON)."""

from __future__ import annotations

import time
import uuid

from kafka import KafkaConsumer
from pydantic import ValidationError
from rich.console import Console

from schemas.deadletter import DeadLetter
from schemas.escalation import Alert, EscalationScore
from schemas.events import Event
from schemas.topics import ALERTS, ALL_TOPICS, ESCALATION_SCORES, EVENT_TOPICS
from services.common.kafka_config import kafka_python_kwargs
from services.common.settings import KafkaSettings

GROUPS = {
    "events": [t.name for t in EVENT_TOPICS.values()],
    "alerts": [ALERTS.name],
    "scores": [ESCALATION_SCORES.name],
    "dlq": [t.name for t in ALL_TOPICS if t.name.endswith(".dlq")],
}
GROUPS["all"] = GROUPS["events"] + GROUPS["scores"] + GROUPS["alerts"] + GROUPS["dlq"]
STYLE = {"raised": "bold red", "escalated": "bold magenta", "resolved": "bold green"}


def describe(topic: str, value: bytes) -> str:
    """One readable line for a message of a Vigil topic."""
    try:
        if topic.endswith(".dlq"):
            d = DeadLetter.model_validate_json(value)
            return f"[yellow]DLQ[/yellow] {d.service} {d.reason}: {d.error_message[:100]}"
        if ALERTS.name in topic:
            a = Alert.model_validate_json(value)
            return (
                f"[{STYLE[a.state]}]ALERT {a.state.upper()} {a.severity}[/] {a.changed_at:%Y-%m-%d %H:%M} {a.summary}"
            )
        if ESCALATION_SCORES.name in topic:
            s = EscalationScore.model_validate_json(value)
            return f"score {s.theatre} {s.window_start:%Y-%m-%d %H:%M} {s.score:.1f} (baseline {s.baseline:.1f})"
        e = Event.model_validate_json(value)
        quantity = f" {e.quantity:,}" if e.quantity else ""
        return (
            f"[cyan]{e.type}/{e.subtype}[/cyan] {e.actor or '?'}→{e.location or '?'}{quantity} "
            f"{e.assertion} by {e.claimant or '-'} {e.published_at:%Y-%m-%d} «{e.evidence.text[:90]}»"
        )
    except ValidationError as exc:
        return f"[red]undecodable message on {topic}: {exc.errors()[0]['msg']}[/red]"


def run_tail(what: str, *, from_beginning: bool, max_messages: int, idle_timeout: float, as_json: bool) -> int:
    """Print messages until interrupted, `max_messages` or `idle_timeout`; return how many were printed."""
    if what not in GROUPS:
        raise SystemExit(f"vigil tail: unknown selection {what!r}; choose one of {', '.join(GROUPS)}")
    kafka = KafkaSettings()
    console = Console(highlight=False)
    consumer = KafkaConsumer(
        *[kafka.topic(name) for name in GROUPS[what]],
        group_id=f"vigil-tail-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        **kafka_python_kwargs(kafka),
    )
    seen, last = 0, time.monotonic()
    try:
        while not max_messages or seen < max_messages:
            batch = consumer.poll(timeout_ms=500)
            if not batch:
                if idle_timeout and time.monotonic() - last > idle_timeout:
                    break
                continue
            last = time.monotonic()
            for records in batch.values():
                for record in records:
                    if as_json:
                        print(record.value.decode("utf-8", "replace"), flush=True)
                    else:
                        console.print(describe(record.topic, record.value))
                    seen += 1
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    return seen
