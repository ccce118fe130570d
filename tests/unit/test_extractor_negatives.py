"""Sentences that must yield no event (TAXONOMY rules 2, 3, 5, 8, 9 and journalist speculation)."""

from __future__ import annotations

import pytest

from services.extractor.core import extract_text

NEGATIVES = [
    "The school held a fire drill on Monday morning.",
    "Patients were taught breathing exercises to manage stress.",
    "Russia's national football team went through passing drills in Moscow.",
    "The political movement in Serbia gathered momentum after the election.",
    "The free movement of goods across the border resumed on Tuesday.",
    "Analysts say Russia could invade Ukraine within weeks.",
    "China might send warships to the region if tensions rise.",
    "Russia annexed Crimea from Ukraine in 2014.",
    "In 2008, Russian forces rolled into Georgia.",
    "India and China each have around 50,000 troops stationed along their disputed border.",
    "Russia cancelled the planned drills with Belarus.",
    "The drills ended on Sunday.",
    "Houthi rebels fired two missiles at a cargo ship in the Red Sea.",
    "Share this articleComments",
    "Ukraine's energy sector is working at half of last year's capacity",
    "The Kremlin declined to comment on the report.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_event(text: str) -> None:
    assert extract_text(text) == []


POSITIVES = [
    ("The Russian military held drills near the Ukrainian border.", "exercise", "RUS"),
    ("North Korea fired a ballistic missile into the sea on Thursday.", "weapons_test", "PRK"),
    ("Putin warned NATO against deploying troops to Ukraine.", "warning", "RUS"),
    ("Russia called up 300,000 reservists.", "mobilization", "RUS"),
    ("The Kremlin denies massing troops near Ukraine.", "denial", "RUS"),
]


@pytest.mark.parametrize(("text", "subtype", "actor"), POSITIVES)
def test_military_counterparts_do_yield(text: str, subtype: str, actor: str) -> None:
    assert (subtype, actor) in {(e.subtype, e.actor) for e in extract_text(text)}


def test_denied_action_is_an_event_with_assertion_denied() -> None:
    events = {e.subtype: e for e in extract_text("The Kremlin denies massing troops near Ukraine.")}
    assert events["denial"].actor == "RUS"
    assert events["buildup"].assertion == "denied"


def test_joint_action_gives_one_event_per_participant() -> None:
    events = extract_text("India and China pulled back troops from the Galwan Valley.")
    assert sorted((e.subtype, e.actor) for e in events) == [("withdrawal", "CHN"), ("withdrawal", "IND")]


def test_attribution_gives_claimant_distinct_from_actor() -> None:
    (event,) = extract_text("The US says Russia added 7,000 troops near the border.")
    assert (event.actor, event.claimant, event.quantity) == ("RUS", "USA", 7000)
