"""Build dead letters (pure): original bytes, reason, error and origin of a rejected message."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from schemas.deadletter import DeadLetter, DeadLetterReason

# The letter must fit in one Kafka message (1 MiB: the producers' max_request_size, the brokers' default) while
# base64 grows the original by 4/3: 640 KiB become 874 KB, which leaves room for the other fields and headers and
# keeps whole every input up to ingest's 512 KiB line limit and a little over.
MAX_ORIGINAL_BYTES = 640 * 1024


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
    """The dead letter for `original`, rejected by `service` for `reason`; only the first `MAX_ORIGINAL_BYTES` of
    the original are kept (`dead_letter_headers` with the original records its full size and SHA-256)."""
    return DeadLetter(
        reason=reason,
        error_class=type(error).__name__,
        error_message=str(error)[:2000],
        service=service,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        source_ref=ref,
        original=base64.b64encode(original[:MAX_ORIGINAL_BYTES]).decode("ascii"),
        rejected_at=now,
    )


def dead_letter_headers(letter: DeadLetter, original: bytes | None = None) -> list[tuple[str, bytes]]:
    """Kafka headers repeating the routing facts, so tools can filter without decoding the value; with the
    original, its full size and SHA-256 (the letter may hold only its beginning). Headers, not payload fields:
    the published v1 dead-letter schema admits no other properties."""
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
    if original is not None:
        headers += [
            ("vigil.original_size", str(len(original)).encode()),
            ("vigil.original_sha256", hashlib.sha256(original).hexdigest().encode()),
        ]
    return headers
