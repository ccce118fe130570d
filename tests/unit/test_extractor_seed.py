"""The seed article comes out exactly as labelled (TAXONOMY.md via shared/eval/seed_labels.jsonl)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.extractor.core import extract_text
from services.extractor.evaluation import evaluate_seed

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
LABELS = SHARED / "eval" / "seed_labels.jsonl"
FIELDS = ("type", "subtype", "actor", "quantity")
QUOTES = " \n\"“”'"


def _rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_events() -> dict[str, list[dict]]:
    """Events of the whole seed article, by sentence text (first occurrence of the sentence)."""
    rows = _rows()
    text = (SHARED / "seed" / rows[0]["source"]).read_text(encoding="utf-8")
    published = datetime.fromisoformat(rows[0]["published"]).replace(tzinfo=UTC)
    by_text: dict[str, list[dict]] = {}
    first: dict[str, int] = {}
    for event in extract_text(text, published_at=published):
        key = event.evidence.text.strip(QUOTES)
        first.setdefault(key, event.evidence.start)
        if event.evidence.start == first[key]:
            by_text.setdefault(key, []).append(event.model_dump())
    return by_text


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_every_seed_event_is_found_with_type_subtype_actor_quantity(row: dict, seed_events: dict) -> None:
    found = [tuple(e[f] for f in FIELDS) for e in seed_events.get(row["text"].strip(QUOTES), [])]
    expected = [tuple(e[f] for f in FIELDS) for e in row["events"]]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_seed_type_and_subtype_micro_f1_are_one() -> None:
    figures, _ = evaluate_seed()
    assert figures["type_micro"]["f1"] == 1.0
    assert figures["subtype_micro"]["f1"] == 1.0
    assert figures["assertion_accuracy"] == 1.0
    assert figures["claimant_accuracy"] == 1.0
    assert figures["false_event_rate"] == 0.0
