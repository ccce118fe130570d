"""Event identity: deterministic ids and fingerprints, and article-level output."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.articles import RawArticle
from services.extractor.core import EXTRACTOR_VERSION, event_id, extract_article, fingerprint

WHEN = datetime(2022, 2, 16, 12, tzinfo=UTC)


def _article(body: str) -> RawArticle:
    return RawArticle(article_id="a-1", source="test", title="Russia masses troops near Ukraine", body=body,
                      published_at=WHEN, known_at=WHEN)


def test_event_id_is_deterministic_and_distinguishes_actor() -> None:
    a = event_id("a-1", 0, 10, "troop_movement", "withdrawal", "IND")
    assert a == event_id("a-1", 0, 10, "troop_movement", "withdrawal", "IND")
    assert a != event_id("a-1", 0, 10, "troop_movement", "withdrawal", "CHN")
    assert a != event_id("a-2", 0, 10, "troop_movement", "withdrawal", "IND")
    assert len(a) == 32


def test_fingerprint_ignores_article_but_not_day() -> None:
    f = fingerprint("troop_movement", "buildup", "RUS", "UKR", "2022-02-16")
    assert f == fingerprint("troop_movement", "buildup", "RUS", "UKR", "2022-02-16")
    assert f != fingerprint("troop_movement", "buildup", "RUS", "UKR", "2022-02-17")


def test_extract_article_adds_provenance_and_is_repeatable() -> None:
    article = _article("India and China pulled back troops from the Galwan Valley on Monday.")
    first = extract_article(article, known_at=WHEN)
    second = extract_article(article, known_at=WHEN)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first) >= 3
    for event in first:
        assert event.article_id == "a-1"
        assert event.extractor_version == EXTRACTOR_VERSION
        assert article.text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert event.published_at == WHEN


def test_events_built_without_validation_pass_the_contract() -> None:
    """The engine builds events with `model_construct`; every one must still validate."""
    from pathlib import Path

    from schemas.events import Event, EventCore

    seed = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_f6ca11d0d6f69656.txt"
    article = RawArticle(article_id="seed", source="test", title="", body=seed.read_text(encoding="utf-8"),
                         published_at=WHEN, known_at=WHEN)
    events = extract_article(article, known_at=WHEN)
    assert len(events) >= 20
    for event in events:
        Event.model_validate(event.model_dump())
        EventCore.model_validate(event.model_dump(include=set(EventCore.model_fields)))
