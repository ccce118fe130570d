"""A busy theatre's state fits the changelog: producer limit, topic limit and the guard agree."""

from __future__ import annotations

from services.common.settings import KafkaSettings
from services.common.topics import load_topics
from services.escalation.app import STATE_MAX_BYTES, STATE_ROOM, build, fits_changelog
from services.escalation.core import apply_event, new_state
from services.escalation.params import DetectorParams
from services.escalation.theatres import load_theatres
from tests.unit.test_escalation_core import make_event

CHANGELOG = "vigil-escalation-theatre-state-changelog"


def _busy_state(events: int):
    """russia-ukraine with `events` distinct real-world events (fingerprints) in one open bucket."""
    params, theatres = DetectorParams(), load_theatres()
    state = new_state("russia-ukraine")
    subtypes = ("buildup", "deployment", "exercise", "warning", "accusation", "demand")
    for n in range(events):
        event = make_event(subtypes[n % len(subtypes)], at=0.5, serial=n, quantity=1000 + n, source=f"Wire {n}")
        event = event.model_copy(update={"fingerprint": f"fp-{n:06d}"})
        state = apply_event(state, event, params, theatres, advance=False).state
    return state


def test_the_changelog_topic_and_the_producer_take_states_far_beyond_kafkas_1_mb_default() -> None:
    declared = {t.name: t for t in load_topics()}[CHANGELOG]
    assert declared.configs["max.message.bytes"] == str(STATE_MAX_BYTES)
    assert declared.configs["cleanup.policy"] == "compact"
    app, _, _ = build(KafkaSettings(bootstrap="127.0.0.1:1"))
    assert app.conf.producer_max_request_size == STATE_MAX_BYTES
    table = app.tables["theatre-state"]
    assert table.extra_topic_configs["max.message.bytes"] == str(STATE_MAX_BYTES)
    assert STATE_MAX_BYTES > 4 * 1024 * 1024 > STATE_ROOM


def test_a_state_over_the_limit_is_refused_and_one_under_it_fits() -> None:
    encoded = _busy_state(40).model_dump_json().encode()
    assert fits_changelog(encoded)
    assert fits_changelog(encoded, limit=len(encoded))
    assert not fits_changelog(encoded, limit=len(encoded) - 1)
    per_event = len(encoded) / 40
    assert (STATE_MAX_BYTES - STATE_ROOM) / per_event > 5_000  # room for thousands of distinct events
