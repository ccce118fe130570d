"""`vigil extract`: JSON lines of texts in, JSON lines of events out (the extraction engine on the shell)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer

from services.extractor.core import extract_text

_EVENT_FIELDS = ("type", "subtype", "actor", "location", "quantity", "assertion", "claimant", "confidence")


def _published(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("published_at must be an ISO 8601 string")
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def process_line(line: str) -> tuple[dict[str, Any], str | None]:
    """One output record for one input line, and the error text when the line was bad."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return {"id": None, "events": [], "error": f"invalid JSON: {exc}"}, f"invalid JSON: {exc}"
    if not isinstance(record, dict):
        return {"id": None, "events": [], "error": "expected a JSON object"}, "expected a JSON object"
    rid = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        message = "missing or non-string field 'text'"
        return {"id": rid, "events": [], "error": message}, message
    try:
        published = _published(record.get("published_at"))
    except ValueError as exc:
        return {"id": rid, "events": [], "error": f"bad published_at: {exc}"}, f"bad published_at: {exc}"
    events = []
    for event in extract_text(text, published_at=published):
        out = {name: getattr(event, name) for name in _EVENT_FIELDS}
        out["evidence"] = {"text": event.evidence.text, "start": event.evidence.start, "end": event.evidence.end}
        events.append(out)
    return {"id": rid, "events": events}, None


def run(lines: IO[str], out: IO[bytes], err: IO[str]) -> int:
    """Process every line of `lines`, writing results in order; returns the number of bad lines."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record, error = process_line(line)
        if error is not None:
            bad += 1
            err.write(f"line {number}: {error}\n")
        out.write(orjson.dumps(record) + b"\n")
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
    {"id": <id or null>, "events": [], "error": "..."}; the run goes on and exits 0.
    """
    try:
        if input_file is not None:
            with input_file.open(encoding="utf-8") as handle:
                run(handle, sys.stdout.buffer, sys.stderr)
        else:
            run(sys.stdin, sys.stdout.buffer, sys.stderr)
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"cannot read input: {exc}", err=True)
        raise typer.Exit(code=1) from exc


if __name__ == "__main__":
    typer.run(extract)
