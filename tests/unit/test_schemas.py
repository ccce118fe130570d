"""The published contract: generated files match the models; no field is removed or retyped."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from schemas.events import EventCore, Evidence
from schemas.generate import breaking_changes, drift, schema_of
from schemas.topics import ALL_TOPICS


def test_committed_files_match_the_models() -> None:
    stale = drift()
    assert stale == [], f"regenerate with `vigil schemas generate`: {stale}"


@pytest.mark.parametrize("topic", ALL_TOPICS, ids=lambda t: t.name)
def test_no_field_removed_or_retyped(topic) -> None:
    """Against the committed (published) files, in the payload and every nested model."""
    broken = [c for c in breaking_changes() if c.startswith(f"{topic.name}:")]
    assert broken == [], f"a breaking change needs v2: {broken}"


@pytest.mark.parametrize("topic", ALL_TOPICS, ids=lambda t: t.name)
def test_every_field_is_described(topic) -> None:
    def check(schema: dict, where: str) -> None:
        for name, prop in schema.get("properties", {}).items():
            assert prop.get("description"), f"{where}.{name} has no description"
        for sub_name, sub in schema.get("$defs", {}).items():
            check(sub, sub_name)

    check(schema_of(topic), topic.name)


def test_subtype_must_belong_to_type() -> None:
    evidence = Evidence(text="x", start=0, end=1)
    with pytest.raises(ValidationError, match="does not belong"):
        EventCore(type="military_drill", subtype="buildup", assertion="reported", confidence=0.5, evidence=evidence)


def test_naive_timestamps_are_refused() -> None:
    from schemas.articles import RawArticle

    with pytest.raises(ValidationError, match="timezone"):
        RawArticle(
            article_id="a",
            source="s",
            title="t",
            body="b",
            published_at=datetime(2026, 1, 1),
            known_at=datetime.now(UTC),
        )


def test_theatre_events_carry_a_batch_and_still_read_single_event_messages() -> None:
    from schemas.escalation import TheatreEvent
    from tests.unit.test_escalation_core import make_event

    first, second = make_event(at=1.0, serial=1), make_event(at=1.5, serial=2)
    written = TheatreEvent(theatre="russia-ukraine", events=[first, second]).model_dump_json()
    batch = TheatreEvent.model_validate_json(written)
    assert batch.schema_version == 2
    assert [e.event_id for e in batch.routed] == [first.event_id, second.event_id]  # input order is kept
    written_by_an_earlier_router = json.dumps(
        {"schema_version": 1, "theatre": "russia-ukraine", "event": json.loads(first.model_dump_json())}
    )
    single = TheatreEvent.model_validate_json(written_by_an_earlier_router)
    assert [e.event_id for e in single.routed] == [first.event_id]
    tick = TheatreEvent(theatre="*", watermark=datetime(2021, 11, 1, tzinfo=UTC))
    assert tick.routed == [] and tick.known_at is None
    sent_on_an_event = TheatreEvent(theatre="*", watermark=first.published_at, known_at=first.known_at)
    assert TheatreEvent.model_validate_json(sent_on_an_event.model_dump_json()).known_at == first.known_at


@pytest.mark.parametrize(
    "fields",
    [
        {"theatre": "russia-ukraine"},  # neither events nor a tick
        {"theatre": "*", "events": "EVENTS", "watermark": "2021-11-01T00:00:00Z"},  # both
        {"theatre": "russia-ukraine", "schema_version": 1, "events": "EVENTS"},  # v1 has no batch
        {"theatre": "russia-ukraine", "schema_version": 2, "event": "EVENT"},  # v2 has no single event
        {  # a router's word on its partitions comes with a tick, not with events
            "theatre": "russia-ukraine",
            "events": "EVENTS",
            "sources": {"events.troop_movement.v1:0": {"seen": "2021-11-01T00:00:00Z", "backlog": False}},
        },
        # the triggering event's known_at, too
        {"theatre": "russia-ukraine", "events": "EVENTS", "known_at": "2021-11-01T00:00:00Z"},
    ],
)
def test_theatre_events_refuse_mixed_shapes(fields: dict) -> None:
    from schemas.escalation import TheatreEvent
    from tests.unit.test_escalation_core import make_event

    event = json.loads(make_event().model_dump_json())
    payload = {k: ([event] if v == "EVENTS" else event if v == "EVENT" else v) for k, v in fields.items()}
    with pytest.raises(ValidationError, match="theatre event"):
        TheatreEvent.model_validate_json(json.dumps(payload))


def _published_copy(tmp_path, edit) -> None:
    from schemas.generate import JSONSCHEMA_DIR

    for path in JSONSCHEMA_DIR.glob("*.json"):
        doc = json.loads(path.read_text())
        if path.name == "events.troop_movement.v1.json":
            edit(doc)
        (tmp_path / path.name).write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d["properties"].update(sector={"type": "string", "description": "x"}),
            "events.troop_movement.v1: (payload).sector removed",
        ),
        (
            lambda d: d["properties"]["quantity"].update(anyOf=[{"type": "string"}, {"type": "null"}]),
            "events.troop_movement.v1: (payload).quantity retyped",
        ),
        (
            lambda d: d["required"].remove("fingerprint"),
            "events.troop_movement.v1: (payload).fingerprint became required",
        ),
        (
            lambda d: d["$defs"]["Evidence"]["properties"].update(page={"type": "integer", "description": "x"}),
            "events.troop_movement.v1: Evidence.page removed",
        ),
        (
            lambda d: d["properties"]["subtype"]["enum"].remove("deployment"),
            "events.troop_movement.v1: (payload).subtype retyped",
        ),
        (
            lambda d: d["properties"]["published_at"].pop("format"),
            "events.troop_movement.v1: (payload).published_at retyped",
        ),
        (
            lambda d: (d["properties"].pop("confidence"), d["required"].remove("confidence")),
            "events.troop_movement.v1: (payload).confidence added to a closed model",
        ),
    ],
    ids=["removed", "retyped", "required", "nested", "enum", "format", "added-to-closed"],
)
def test_a_change_that_breaks_consumers_is_found_and_generate_refuses_it(tmp_path, monkeypatch, edit, expected) -> None:
    import schemas.generate as generate

    _published_copy(tmp_path, edit)
    assert [c for c in generate.breaking_changes(tmp_path) if c.startswith(expected)] != []
    monkeypatch.setattr(generate, "JSONSCHEMA_DIR", tmp_path)
    monkeypatch.setattr(generate, "ASYNCAPI_FILE", tmp_path / "asyncapi.yaml")
    before = {p.name: p.read_text() for p in tmp_path.iterdir()}
    with pytest.raises(generate.BreakingChange, match="events.troop_movement.v1"):
        generate.write_all()
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == before  # nothing written
    generate.write_all(allow_breaking=True)  # a deliberate version bump goes through
    assert generate.breaking_changes(tmp_path) == []


def test_the_generate_command_lists_the_breaking_changes_and_writes_nothing(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    import schemas.generate as generate
    from services.cli import app

    _published_copy(tmp_path, lambda d: d["properties"].update(sector={"type": "string", "description": "x"}))
    monkeypatch.setattr(generate, "JSONSCHEMA_DIR", tmp_path)
    monkeypatch.setattr(generate, "ASYNCAPI_FILE", tmp_path / "asyncapi.yaml")
    result = CliRunner().invoke(app, ["schemas", "generate"])
    assert result.exit_code == 1
    assert "events.troop_movement.v1: (payload).sector removed" in result.output
    assert "nothing written" in result.output and not (tmp_path / "asyncapi.yaml").exists()
    assert CliRunner().invoke(app, ["schemas", "generate", "--allow-breaking"]).exit_code == 0
    assert (tmp_path / "asyncapi.yaml").exists()
