"""`vigil extract`: JSON lines of texts in, JSON lines of events out (the extraction engine on the shell)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer

from services.common.timelimit import time_limit
from services.extractor.core import extract_text
from services.extractor.settings import ExtractorSettings

_EVENT_FIELDS = ("type", "subtype", "actor", "location", "quantity", "assertion", "claimant", "confidence")


def _published(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("published_at must be an ISO 8601 string")
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _failed(rid: Any, message: str) -> tuple[dict[str, Any], str]:
    return {"id": rid, "events": [], "error": message}, message


def process_line(line: str | bytes, limit: float = 0.0) -> tuple[dict[str, Any], str | None]:
    """One output record for one input line, and the error text when the line was bad (or took over `limit` s)."""
    try:
        record = orjson.loads(line)  # bytes that are not UTF-8 are this line's error, not the run's
    except orjson.JSONDecodeError as exc:
        return _failed(None, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return _failed(None, "expected a JSON object")
    rid = record.get("id")
    if not (rid is None or isinstance(rid, str) or isinstance(rid, int) and -(2**63) <= rid < 2**64):
        # a number beyond 64 bits is read as a float: it could not be written back as it came
        return _failed(None, "field 'id' must be a string or an integer of at most 64 bits")
    try:
        return _extracted(record, rid, limit)
    except Exception as exc:  # noqa: BLE001 — one line's failure is its error record; the run goes on
        return _failed(rid, f"extraction failed: {type(exc).__name__}: {exc}")


def _extracted(record: dict[str, Any], rid: Any, limit: float) -> tuple[dict[str, Any], str | None]:
    text = record.get("text")
    if not isinstance(text, str):
        message = "missing or non-string field 'text'"
        return {"id": rid, "events": [], "error": message}, message
    try:
        published = _published(record.get("published_at"))
    except ValueError as exc:
        return {"id": rid, "events": [], "error": f"bad published_at: {exc}"}, f"bad published_at: {exc}"
    with time_limit(limit, "extraction"):
        found = extract_text(text, published_at=published)
    events = []
    for event in found:
        out = {name: getattr(event, name) for name in _EVENT_FIELDS}
        out["evidence"] = {"text": event.evidence.text, "start": event.evidence.start, "end": event.evidence.end}
        events.append(out)
    return {"id": rid, "events": events}, None


def run(lines: Iterable[str | bytes], out: IO[bytes], err: IO[str], limit: float = 0.0) -> int:
    """Process every line of `lines`, writing results in order; returns the number of bad lines."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record, error = process_line(line, limit)
        try:
            encoded = orjson.dumps(record)
        except TypeError as exc:  # a value JSON cannot carry; the line still gets its record
            record, error = _failed(record.get("id"), f"cannot write the result: {exc}")
            encoded = orjson.dumps(record)
        if error is not None:
            bad += 1
            err.write(f"line {number}: {error}\n")
        out.write(encoded + b"\n")
    out.flush()
    return bad


InputOption = Annotated[
    Path | None,
    typer.Option(
        "--input", "-i", help="Read JSON lines from this file instead of standard input.",
        exists=True, dir_okay=False, readable=True,
    ),
]


def extract(input_file: InputOption = None) -> None:
    """Extract events from texts given as JSON lines.

    Input, one object per line: {"id": ..., "text": ..., "published_at": optional ISO 8601 date}.

    Output, one line per input line, in order: {"id": ..., "events": [...]}, each event with type,
    subtype, actor, location, quantity, assertion, claimant, confidence and evidence {text, start, end}.

    A bad line is reported on standard error with its line number and gives an output line
    {"id": <id or null>, "events": [], "error": "..."}; the run goes on and exits 0. So does a text whose
    extraction takes longer than VIGIL_EXTRACTOR_TIME_LIMIT seconds (5; 0 for no limit).
    """
    limit = ExtractorSettings().time_limit
    try:
        # bytes, not text: a line that is not UTF-8 is that line's error (the JSON reader says so), not the run's
        if input_file is not None:
            with input_file.open("rb") as handle:
                run(handle, sys.stdout.buffer, sys.stderr, limit)
        else:
            run(sys.stdin.buffer, sys.stdout.buffer, sys.stderr, limit)
    except OSError as exc:
        typer.echo(f"cannot read input: {exc}", err=True)
        raise typer.Exit(code=1) from exc


if __name__ == "__main__":
    typer.run(extract)
