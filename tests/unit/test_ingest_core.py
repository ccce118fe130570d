"""Ingest core: normalisation, ids and every rejection reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from services.ingest.app import pause_for, replay_plan
from services.ingest.core import (
    Limits,
    Rejected,
    SeenIds,
    decode_line,
    derive_article_id,
    looks_english,
    normalise,
    normalise_text,
)

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
LIMITS = Limits(now=NOW)
GOOD = {
    "id": "wire-001",
    "source": "Northern Wire",
    "published_at": "2026-02-28T09:30:00Z",
    "title": "Troops gather near the border",
    "body": "Officials said on Friday that more than 10,000 troops had moved to the border region.",
}


def test_good_article_is_normalised() -> None:
    article = normalise(GOOD, LIMITS)
    assert article.article_id == "wire-001"
    assert article.published_at == datetime(2026, 2, 28, 9, 30, tzinfo=UTC)
    assert article.known_at == NOW
    assert article.text.startswith("Troops gather near the border\n\nOfficials said")


def test_html_becomes_text_with_paragraphs() -> None:
    text = normalise_text("<p>First  <b>bold</b> line.</p><script>var x;</script><p>Second&nbsp;para.</p>")
    assert text == "First bold line.\n\nSecond para."


def test_missing_id_derives_a_stable_one() -> None:
    data = {k: v for k, v in GOOD.items() if k != "id"}
    first, second = normalise(data, LIMITS), normalise(dict(data), LIMITS)
    assert (
        first.article_id == second.article_id == derive_article_id("Northern Wire", None, GOOD["title"], GOOD["body"])
    )
    assert normalise({**data, "url": "https://example.org/a"}, LIMITS).article_id != first.article_id


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b"\xff\xfe{}", "invalid_utf8"),
        (b"[1, 2]", "invalid_schema"),
        (b"x" * (600 * 1024), "too_large"),
    ],
)
def test_decode_rejections(raw: bytes, reason: str) -> None:
    with pytest.raises(Rejected) as caught:
        decode_line(raw)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"title": "", "body": "   "}, "empty_text"),
        ({"title": 42}, "invalid_schema"),
        ({"published_at": "yesterday"}, "invalid_schema"),
        ({"published_at": None}, "invalid_schema"),
        ({"published_at": (NOW + timedelta(days=3)).isoformat()}, "out_of_range_time"),
        ({"published_at": "1970-01-01T00:00:00Z"}, "out_of_range_time"),
        ({"body": "x" * 100_001}, "too_large"),
        ({"language": "de"}, "not_english"),
        (
            {
                "title": "Правительство заявило",
                "body": "Министерство обороны сообщило сегодня о том, что войска "
                "вернулись в места постоянной дислокации после завершения учений в регионе на этой неделе.",
            },
            "not_english",
        ),
        ({"id": {"nested": 1}}, "invalid_schema"),
    ],
)
def test_normalise_rejections(change: dict, reason: str) -> None:
    data = {**GOOD, **change}
    if change.get("published_at", "") is None:
        del data["published_at"]
    with pytest.raises(Rejected) as caught:
        normalise(data, LIMITS)
    assert caught.value.reason == reason


GERMAN = "Die Regierung will die Steuern für kleine Unternehmen senken, sagte die Ministerin am Mittwoch in Berlin."
SPANISH = "Las autoridades pidieron a los vecinos que no salgan de sus casas durante la tormenta de esta noche."


@pytest.mark.parametrize("text", [f"{GERMAN} {GERMAN}", f"{SPANISH} {GERMAN}", f"{SPANISH} {SPANISH}"])
def test_foreign_prose_is_not_english_even_with_english_lookalikes(text: str) -> None:
    # German reaches the English-word share on "will" and "in": the foreign function words decide
    assert not looks_english(text)
    with pytest.raises(Rejected) as caught:
        normalise({**GOOD, "title": text.split(". ")[0], "body": text}, LIMITS)
    assert caught.value.reason == "not_english"


def test_english_with_foreign_names_and_quotes_stays_english() -> None:
    text = (
        "Troops from El Salvador and Costa Rica will join the exercise, the ministry said on Monday. "
        "The newspaper Die Welt reported that the talks in La Paz had been postponed by a week, and "
        "officials from the Los Angeles office said they would not comment on the plan."
    )
    assert looks_english(text)
    for line in (REPO / "deploy" / "demo" / "feed.jsonl").read_text().splitlines():  # every demo article
        article = orjson.loads(line)
        assert looks_english(f"{article['title']} {article['body']}"), article["title"]


def test_duplicates_are_detected_and_memory_is_bounded() -> None:
    seen = SeenIds(capacity=2)
    assert seen.check_and_add("a") and seen.check_and_add("b")
    assert not seen.check_and_add("a")
    assert seen.check_and_add("c")  # evicts b (a was refreshed)
    assert seen.check_and_add("b")


def test_replay_plan_orders_by_event_time_and_paces() -> None:
    lines = [
        (orjson.dumps({"published_at": "2026-01-02T00:00:00Z"}), "f:1"),
        (b"broken", "f:2"),
        (orjson.dumps({"published_at": "2026-01-01T00:00:00Z"}), "f:3"),
    ]
    plan = replay_plan(lines, sort=True)
    assert [ref for _, ref, _ in plan] == ["f:2", "f:3", "f:1"]
    first, second = plan[1][2], plan[2][2]
    assert pause_for(first, second, speed=86_400, max_gap=5) == pytest.approx(1.0)
    assert pause_for(first, second, speed=0, max_gap=5) == 0.0
    assert pause_for(first, second, speed=1, max_gap=5) == 5.0


def test_pause_is_never_negative() -> None:
    first, second = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)
    assert pause_for(first, second, speed=1, max_gap=-1) == 0.0


@pytest.mark.parametrize(
    "guid",
    ["https://example.org/live/123#post-1", "tag:example.org,2026:live/1", "x" * 129],
)
def test_ids_that_are_no_plain_ids_still_tell_entries_of_one_page_apart(guid: str) -> None:
    # live blogs: every entry links to the same page; their guids (URLs, tag URIs) differ
    page = {**GOOD, "url": "https://example.org/live"}
    first = normalise({**page, "id": guid}, LIMITS)
    second = normalise({**page, "id": guid + "-2"}, LIMITS)
    assert first.article_id != second.article_id
    assert first.article_id == normalise({**page, "id": guid}, LIMITS).article_id  # stable
    assert first.article_id.startswith("a-") and first.article_id != normalise(page, LIMITS).article_id


def test_short_texts_are_judged_by_their_letters_and_words() -> None:
    english = [
        "Türkiye sends troops to the border",
        "Zelenskyy meets Erdoğan in Ankara",
        "São Paulo police arrest five",
        "Troops leave Kraków",
    ]
    foreign = [
        "Войска вернулись на базы",
        "Россия заявила о выводе войск",
        "国防部宣布军事演习",
        "Ελληνικός στρατός σε επιφυλακή",
        "Die Regierung und der Kanzler",
        "Les troupes sont dans la ville",
    ]
    assert [t for t in english if not looks_english(t)] == []
    assert [t for t in foreign if looks_english(t)] == []
    assert normalise({**GOOD, "title": english[0], "body": ""}, LIMITS).title == english[0]


def test_the_not_english_error_says_whether_the_declared_language_or_the_text_decided() -> None:
    with pytest.raises(Rejected, match="language is 'de'; only English is extracted"):
        normalise({**GOOD, "language": "de"}, LIMITS)
    with pytest.raises(Rejected, match="text does not read as English") as caught:
        normalise({**GOOD, "title": GERMAN, "body": f"{GERMAN} {GERMAN}"}, LIMITS)
    assert "language" not in str(caught.value)  # no declared language to blame: none was given
