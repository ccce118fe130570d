"""Dead letters: the kept original is bounded; its full size and digest are in the record's headers (the published v1
schema admits no other payload fields)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

from schemas.deadletter import DeadLetter
from services.common.deadletter import MAX_ORIGINAL_BYTES, dead_letter, dead_letter_headers

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KAFKA_MAX_REQUEST_BYTES = 1_048_576  # kafka-python's max_request_size and about the broker's message.max.bytes


def test_a_small_original_is_kept_whole_with_its_size_and_digest() -> None:
    original = b'{"title": "x"}'
    letter = dead_letter(original, "empty_text", ValueError("no text"), service="ingest", now=NOW)
    assert base64.b64decode(letter.original) == original
    headers = dict(dead_letter_headers(letter, original))
    assert headers["vigil.original_size"] == str(len(original)).encode()
    assert headers["vigil.original_sha256"] == hashlib.sha256(original).hexdigest().encode()


def test_a_huge_original_is_cut_so_the_letter_fits_in_one_kafka_message() -> None:
    original = b"x" * (3 * 1024 * 1024)
    letter = dead_letter(original, "too_large", ValueError("big"), service="ingest", now=NOW, ref="f.jsonl:1")
    assert base64.b64decode(letter.original) == original[:MAX_ORIGINAL_BYTES]
    headers = dict(dead_letter_headers(letter, original))
    assert headers["vigil.original_size"] == str(len(original)).encode()
    assert headers["vigil.original_sha256"] == hashlib.sha256(original).hexdigest().encode()
    assert len(letter.model_dump_json().encode()) < KAFKA_MAX_REQUEST_BYTES - 16 * 1024  # room for headers
    assert DeadLetter.model_validate_json(letter.model_dump_json()) == letter
