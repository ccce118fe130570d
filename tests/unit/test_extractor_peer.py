"""The PLOVER peer suite keeps the targets of the extraction issue: type recall on mapped records and few events on
protest, assault, fight and coerce records (../shared/peer/plover, read like the seed: a missing file fails)."""

from __future__ import annotations

from services.extractor.evaluation import PLOVER, evaluate_plover


def test_plover_type_recall_and_hard_negatives_meet_the_targets() -> None:
    assert PLOVER.exists(), f"the peer suite is missing: {PLOVER.name} in the shared folder next to the repository"
    figures, _ = evaluate_plover(PLOVER)
    assert figures["mapped_records"] > 100
    assert figures["type_recall"] >= 0.85
    assert figures["hard_negative_event_rate"] <= 0.10
