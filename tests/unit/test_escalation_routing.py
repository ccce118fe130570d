"""Routing of events to theatres, and the theatre configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from services.escalation.theatres import Theatres, load_theatres, pair_id, theatres_for
from tests.unit.test_escalation_core import make_event

THEATRES = load_theatres()


@pytest.mark.parametrize(
    ("actor", "location", "claimant", "expected"),
    [
        ("RUS", "UKR", None, ["russia-ukraine"]),
        ("RUS", "BLR", "UKR", ["russia-ukraine"]),  # Russian forces into Belarus
        ("RUS", None, "UKR", ["russia-ukraine"]),  # no location: the claimant is the other party
        ("RUS", "RUS", "UKR", ["russia-ukraine"]),  # location equals actor: the claimant again
        ("CHN", "TWN", None, ["taiwan-strait"]),
        ("CHN", "IND", None, ["india-china"]),
        ("IND", "CHN", "IND", ["india-china"]),
        ("PAK", "IND", None, ["india-pakistan"]),
        ("CHN", "PHL", None, ["south-china-sea"]),
        ("VEN", "GUY", None, ["venezuela-guyana"]),
        ("RUS", "EST", None, ["baltic"]),
        ("PRK", None, "KOR", ["korean-peninsula"]),
        ("ISR", "IRN", None, ["israel-iran"]),
        ("AZE", "ARM", None, ["armenia-azerbaijan"]),
        # third parties, when exactly one theatre claims the event
        ("NATO", "UKR", "NATO", ["russia-ukraine"]),
        ("NATO", "EST", None, ["baltic"]),
        ("USA", "TWN", None, ["taiwan-strait"]),
        ("USA", "GUY", None, ["venezuela-guyana"]),
        ("RUS", "NATO", None, []),  # NATO–Russia fits russia-ukraine and baltic: ambiguous, organisation
        ("NATO", "RUS", None, []),
        ("USA", "CHN", None, ["pair:CHN-USA"]),  # taiwan-strait and south-china-sea both claim it
        # no theatre
        ("USA", "IRQ", None, ["pair:IRQ-USA"]),
        ("POL", "BLR", None, ["pair:BLR-POL"]),
        ("EU", "SRB", None, []),  # an organisation and one country is not a pair
        # fewer than two parties
        ("RUS", None, None, []),
        ("RUS", "RUS", None, []),
        ("RUS", None, "RUS", []),
        (None, "UKR", "USA", []),
    ],
)
def test_routing_table(actor, location, claimant, expected):
    event = make_event("warning", actor=actor, location=location, claimant=claimant)
    assert theatres_for(event, THEATRES) == expected


def _in_sentence(event, sentence: str):
    """The event, read from another evidence sentence."""
    return event.model_copy(update={"evidence": event.evidence.model_copy(update={"text": sentence})})


def test_pair_ids_are_order_free():
    assert pair_id("USA", "IRQ") == pair_id("IRQ", "USA") == "pair:IRQ-USA"


def test_a_member_of_two_theatres_routes_by_its_counterpart():
    assert theatres_for(make_event(actor="CHN", location="VNM"), THEATRES) == ["south-china-sea"]
    assert theatres_for(make_event(actor="CHN", location="TWN"), THEATRES) == ["taiwan-strait"]


def test_required_theatres_are_configured():
    required = {
        "russia-ukraine": {"RUS", "UKR", "BLR"},
        "taiwan-strait": {"CHN", "TWN"},
        "korean-peninsula": {"PRK", "KOR"},
        "india-china": {"IND", "CHN"},
        "india-pakistan": {"IND", "PAK"},
        "armenia-azerbaijan": {"ARM", "AZE"},
        "israel-iran": {"ISR", "IRN"},
        "south-china-sea": {"CHN", "PHL", "VNM", "MYS", "BRN"},
        "venezuela-guyana": {"VEN", "GUY"},
        "baltic": {"RUS", "EST", "LVA", "LTU"},
    }
    for theatre, members in required.items():
        assert members <= set(THEATRES.by_id[theatre].members), theatre


def test_names_and_countries_of_pairs():
    assert THEATRES.countries_of("pair:IRQ-USA") == ["IRQ", "USA"]
    assert "IRQ" in THEATRES.name_of("pair:IRQ-USA")
    assert THEATRES.name_of("russia-ukraine") == "Russia–Ukraine"


def test_organisations_are_not_countries():
    assert not THEATRES.is_country("NATO") and not THEATRES.is_country("EU") and not THEATRES.is_country("IAEA")
    assert THEATRES.is_country("USA")


@pytest.mark.parametrize(
    "doc",
    [
        {"theatres": [{"id": "x-y", "name": "X", "members": ["RUS"]}]},  # one member
        {"theatres": [{"id": "Bad Id", "name": "X", "members": ["RUS", "UKR"]}]},
        {"theatres": [{"id": "a-b", "name": "A", "members": ["rus", "UKR"]}]},
        {"theatres": [{"id": "a-b", "name": "A", "members": ["RUS", "UKR"], "third_parties": ["UKR"]}]},
        {"theatres": [{"id": "a-b", "name": "A", "members": ["RUS", "UKR"]}] * 2},
    ],
)
def test_bad_configuration_is_refused(doc):
    with pytest.raises(ValidationError):
        Theatres.model_validate(doc)


def test_loader_reads_a_given_file(tmp_path: Path):
    path = tmp_path / "t.yaml"
    path.write_text("theatres:\n  - {id: a-b, name: A–B, members: [AAA, BBB]}\n", encoding="utf-8")
    loaded = load_theatres(path)
    assert [t.id for t in loaded.theatres] == ["a-b"]
    assert theatres_for(make_event(actor="AAA", location="BBB"), loaded) == ["a-b"]


@pytest.mark.parametrize(
    ("actor", "location", "claimant", "expected"),
    [
        ("TWN", None, None, ["taiwan-strait"]),  # a member of one theatre only
        ("GUY", "GUY", "GUY", ["venezuela-guyana"]),
        ("UKR", None, "UKR", ["russia-ukraine"]),
        ("RUS", None, None, []),  # member of russia-ukraine and baltic: a guess, so unrouted
        ("CHN", "CHN", None, []),
        ("FRA", None, None, []),  # in no theatre
        ("NATO", None, None, []),
        ("CHN", "TWN", None, ["taiwan-strait"]),  # two-party events are routed as before
    ],
)
def test_single_party_routing(actor, location, claimant, expected):
    event = make_event("readiness_check", actor=actor, location=location, claimant=claimant)
    assert theatres_for(event, THEATRES) == expected


def test_single_party_routing_can_be_switched_off():
    assert THEATRES.single_party  # the packaged configuration turns it on
    strict = THEATRES.model_copy(update={"single_party": False})
    assert theatres_for(make_event("readiness_check", actor="TWN", location=None), strict) == []
    assert theatres_for(make_event("readiness_check", actor="TWN", location=None), THEATRES) == ["taiwan-strait"]


@pytest.mark.parametrize(
    ("actor", "sentence", "expected"),
    [
        ("IND", "India accused China of blocking its patrols.", ["india-china"]),
        ("CHN", "Beijing warned that it would defend its border with India.", ["india-china"]),
        ("PAK", "Pakistan and India held talks on the corridor.", ["india-pakistan"]),
        ("NATO", "NATO said Estonia would host more allied troops.", ["baltic"]),
        ("CHN", "China warned India and the Philippines.", []),  # two theatres fit: ambiguous
        ("NATO", "NATO warned Russia.", []),  # russia-ukraine and baltic both fit
        ("RUS", "Russia held drills near its border.", []),  # no other party named, RUS is in two theatres
        ("TWN", "Taiwan raised its alert level.", ["taiwan-strait"]),  # falls through to single_party
        ("USA", "The United States urged India and China to talk.", []),  # USA is no party of india-china
    ],
)
def test_sentence_counterpart(actor, sentence, expected):
    assert theatres_for(_in_sentence(make_event("warning", actor=actor, location=None), sentence), THEATRES) == expected


def test_fields_win_over_the_sentence():
    event = _in_sentence(make_event("warning", actor="CHN", location="TWN"), "China warned India about Taiwan.")
    assert theatres_for(event, THEATRES) == ["taiwan-strait"]
    strict = THEATRES.model_copy(update={"sentence_counterpart": False, "single_party": False})
    lone = _in_sentence(make_event("warning", actor="IND", location=None), "India accused China.")
    assert theatres_for(lone, strict) == [] and theatres_for(lone, THEATRES) == ["india-china"]


@pytest.mark.parametrize(
    ("actor", "location", "sentence", "expected"),
    [
        # one-party events of an actor in several theatres, tied by a contested place in the sentence
        ("IND", "IND", "India moved two more divisions closer to Ladakh.", ["india-china"]),
        ("IND", None, "Indian commanders met at a post near the Line of Actual Control.", ["india-china"]),
        ("IND", "IND", "Indian troops along the Line of Control were put on alert.", ["india-pakistan"]),
        ("CHN", None, "The PLA held artillery drills on the Tibetan plateau.", ["india-china"]),
        ("CHN", None, "The Eastern Theater Command said its forces tracked the destroyer.", ["taiwan-strait"]),
        ("CHN", None, "Chinese coast guard ships gathered near the Second Thomas Shoal.", ["south-china-sea"]),
        ("USA", None, "A US destroyer sailed near the Paracels.", ["south-china-sea"]),  # a third party there
        ("RUS", "RUS", "Russia moved Iskander launchers to Kaliningrad.", ["baltic"]),
        ("RUS", "RUS", "Satellite images show tanks massing near Yelnya.", ["russia-ukraine"]),
        # whole words, case as written
        ("IND", "IND", "India's flacking economy grew.", []),  # "LAC" inside a word, lower case: no place
        ("IND", "IND", "Floods hit Uriangato.", []),
        # two theatres' places: ambiguous, left to the other rules
        ("IND", "IND", "India moved troops from the LoC to the LAC.", []),
        # an actor of neither a member nor a third party gains nothing from a place
        ("FRA", None, "A French frigate sailed near the Paracels.", []),
    ],
)
def test_places_route_one_party_events(actor, location, sentence, expected):
    event = _in_sentence(make_event("buildup", actor=actor, location=location), sentence)
    assert theatres_for(event, THEATRES) == expected


def test_two_party_events_ignore_places():
    # the fields decide first: a Chinese warning to Taiwan that mentions Ladakh stays in the Taiwan Strait
    event = _in_sentence(make_event("warning", actor="CHN", location="TWN"), "China warned Taiwan, as in Ladakh.")
    assert theatres_for(event, THEATRES) == ["taiwan-strait"]


@pytest.mark.parametrize("places", [[""], [" Ladakh"], ["Ladakh "]])
def test_bad_place_names_are_refused(places):
    with pytest.raises(ValidationError):
        Theatres.model_validate({"theatres": [{"id": "a-b", "name": "A", "members": ["AAA", "BBB"], "places": places}]})
