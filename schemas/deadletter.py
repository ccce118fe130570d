"""Dead letters: what a consumer could not process, on `<topic>.dlq`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas.common import Payload, UtcDatetime

DEADLETTER_SCHEMA_VERSION = 1

DeadLetterReason = Literal[
    "invalid_json",
    "invalid_utf8",
    "invalid_schema",
    "empty_text",
    "too_large",
    "not_english",
    "out_of_range_time",
    "duplicate",
    "late_event",
    "unknown_theatre",
    "processing_error",
]
DEAD_LETTER_REASONS: tuple[str, ...] = DeadLetterReason.__args__  # type: ignore[attr-defined]


class DeadLetter(Payload):
    """The original bytes of a rejected message with the reason and where it came from."""

    schema_version: Literal[1] = Field(default=DEADLETTER_SCHEMA_VERSION, description="Major version of this payload.")
    reason: DeadLetterReason = Field(description="Machine-readable reason, from a fixed set (also a metric label).")
    error_class: str = Field(description="Class of the error that rejected the message.")
    error_message: str = Field(description="The error's message, for a human.")
    service: str = Field(description="The service that rejected it (ingest, extractor, escalation).")
    source_topic: str | None = Field(
        default=None, description="Topic the message was read from; null for ingest inputs (files, feeds, HTTP)."
    )
    source_partition: int | None = Field(default=None, description="Partition it was read from.")
    source_offset: int | None = Field(default=None, description="Offset it was read from.")
    source_ref: str | None = Field(default=None, description="For ingest: file and line, feed URL or HTTP client.")
    original: str = Field(
        description="The original message bytes, base64-encoded (they may not be valid UTF-8); for one event "
        "rejected out of a batched theatre message, that event re-wrapped as a theatre message. Only the first "
        "640 KiB of a longer original, so that the letter fits in one Kafka message (the record's headers "
        "vigil.original_size and vigil.original_sha256 describe the whole original)."
    )
    rejected_at: UtcDatetime = Field(description="When it was rejected, UTC (processing time).")
