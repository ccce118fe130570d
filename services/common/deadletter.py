"""Build dead letters (pure): original bytes, reason, error and origin of a rejected message."""

from __future__ import annotations

import base64
from datetime import datetime

from schemas.deadletter import DeadLetter, DeadLetterReason


def dead_letter(
    original: bytes,
    reason: DeadLetterReason,
    error: BaseException,
    *,
    service: str,
    now: datetime,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    ref: str | None = None,
) -> DeadLetter:
    """The dead letter for `original`, rejected by `service` for `reason`."""
    return DeadLetter(
        reason=reason,
        error_class=type(error).__name__,
        error_message=str(error)[:2000],
        service=service,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        source_ref=ref,
        original=base64.b64encode(original).decode("ascii"),
        rejected_at=now,
    )


def dead_letter_headers(letter: DeadLetter) -> list[tuple[str, bytes]]:
    """Kafka headers repeating the routing facts, so tools can filter without decoding the value."""
    headers = [
        ("vigil.reason", letter.reason.encode()),
        ("vigil.error_class", letter.error_class.encode()),
        ("vigil.service", letter.service.encode()),
    ]
    if letter.source_topic is not None:
        headers += [
            ("vigil.source_topic", letter.source_topic.encode()),
            ("vigil.source_partition", str(letter.source_partition).encode()),
            ("vigil.source_offset", str(letter.source_offset).encode()),
        ]
    return headers
