"""A seeded generator of many distinct, realistic articles (event-bearing and plain) for the reliability tests."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "tests" / "data" / "scenario" / "articles.jsonl"

# (actor name, actor capital, counterpart name, counterpart capital): dyads of configured theatres and a
# few ad-hoc country pairs, written the way wire copy names them.
DYADS: tuple[tuple[str, str, str, str], ...] = (
    ("North Korea", "Pyongyang", "South Korea", "Seoul"),
    ("India", "New Delhi", "Pakistan", "Islamabad"),
    ("Pakistan", "Islamabad", "India", "New Delhi"),
    ("Venezuela", "Caracas", "Guyana", "Georgetown"),
    ("Iran", "Tehran", "Israel", "Jerusalem"),
    ("Israel", "Jerusalem", "Iran", "Tehran"),
    ("Serbia", "Belgrade", "Kosovo", "Pristina"),
    ("Ethiopia", "Addis Ababa", "Eritrea", "Asmara"),
    ("Greece", "Athens", "Turkey", "Ankara"),
    ("Morocco", "Rabat", "Algeria", "Algiers"),
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOURCES = (
    "Harbour Gazette",
    "Continental Wire",
    "Evening Dispatch",
    "Frontier Times",
    "Daily Meridian",
    "Atlas Report",
    "Coastal Herald",
    "Northern Ledger",
    "Globe Monitor",
    "Summit Post",
)
CITIES = ("Geneva", "Vienna", "Doha", "Oslo", "Singapore", "Istanbul", "Nairobi", "Helsinki", "Muscat", "Baku")

# Event-bearing sentences: {a}/{b} actor and counterpart, {ac}/{bc} capitals, {n} a number, {d} a weekday.
EVENT_SENTENCES: tuple[str, ...] = (
    "{a} has moved about {n} troops closer to its border with {b}, officials in {bc} said on {d}.",
    "Satellite pictures show {a} massing tanks and artillery near the frontier with {b}.",
    "{a} began large-scale military exercises near {b} on {d}, its defence ministry said.",
    "The navy of {a} held live-fire drills off the coast on {d}, a move {b} called provocative.",
    "{a} test-fired a ballistic missile into the sea on {d}, according to the military of {b}.",
    "{a} warned {b} that it would respond firmly to any further provocation.",
    "Officials in {ac} accused {b} of violating the ceasefire along the border.",
    "{a} rejected a proposal from {b} to set up a joint border commission.",
    "{a} called for talks with {b} to ease the tension along the frontier.",
    "The foreign ministers of {a} and {b} met in {city} on {d} to discuss the dispute.",
    "{a} said on {d} it had withdrawn some {n} soldiers from positions near {b}.",
    "{a} deployed {k} warships to waters near {b}, the navy said.",
    "{a} and {b} signed an agreement on {d} to reopen a border crossing.",
    "{a} demanded that {b} pull its forces back from the disputed area.",
    "{a} denied reports that it was preparing an offensive against {b}.",
)
# Plain sentences: news with no military-crisis event.
PLAIN_SENTENCES: tuple[str, ...] = (
    "Shares in {city} closed {k} percent higher on {d} after a strong week for technology stocks.",
    "Heavy rain caused flooding in parts of {city}, and several roads were closed on {d}.",
    "The central bank left its main interest rate unchanged at {k} percent, as economists had expected.",
    "Organisers said about {n} visitors attended the book fair in {city} over the weekend.",
    "A new high-speed rail line linking {city} to the coast opened to passengers on {d}.",
    "The national football team won {k}-1 in a friendly match played in {city} on {d}.",
    "Farmers reported a better harvest than last year thanks to a mild spring.",
    "The city council in {city} approved a plan to plant {n} trees over the next decade.",
    "Inflation eased to {k} percent last month, the statistics office said on {d}.",
    "A museum in {city} reopened on {d} after a renovation that lasted {k} years.",
    "Airline passenger numbers rose by {k} percent compared with the same month last year.",
    "Researchers in {city} said they had developed a cheaper way to store solar power.",
)
EVENT_TITLES: tuple[str, ...] = (
    "{a} and {b} trade warnings as tension rises",
    "{a} steps up military activity near {b}",
    "Talks between {a} and {b} end without a deal",
    "{b} says {a} moved more forces to the border",
    "Diplomats from {a} and {b} meet in {city}",
)
PLAIN_TITLES: tuple[str, ...] = (
    "Markets in {city} end the week higher",
    "Weather disrupts travel around {city}",
    "Rates held steady as inflation cools",
    "Culture and travel news from {city}",
    "Business briefing for {d}",
)


def _fill(template: str, rng: random.Random, dyad: tuple[str, str, str, str]) -> str:
    a, ac, b, bc = dyad
    return template.format(
        a=a,
        ac=ac,
        b=b,
        bc=bc,
        n=f"{rng.randrange(2, 60) * 500:,}",
        k=rng.randrange(2, 9),
        d=rng.choice(DAYS),
        city=rng.choice(CITIES),
    )


def article(index: int, rng: random.Random, published_at: datetime, *, prefix: str = "gen") -> dict[str, Any]:
    """One article: 60 % carry 1–3 event sentences among plain ones; ids are unique per (prefix, index)."""
    dyad = rng.choice(DYADS)
    with_events = rng.random() < 0.6
    sentences = [_fill(rng.choice(PLAIN_SENTENCES), rng, dyad) for _ in range(rng.randrange(1, 4))]
    if with_events:
        for _ in range(rng.randrange(1, 4)):
            sentences.insert(rng.randrange(len(sentences) + 1), _fill(rng.choice(EVENT_SENTENCES), rng, dyad))
    title = _fill(rng.choice(EVENT_TITLES if with_events else PLAIN_TITLES), rng, dyad)
    source = rng.choice(SOURCES)
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return {
        "id": f"{prefix}-{index:06d}",
        "source": source,
        "url": f"https://example.org/{source.lower().replace(' ', '-')}/{prefix}/{index:06d}",
        "published_at": published_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": title,
        "body": "\n\n".join(paragraphs),
    }


def generate(
    count: int,
    *,
    seed: int = 7,
    start: datetime = datetime(2026, 1, 5, tzinfo=UTC),
    days: float = 120.0,
    prefix: str = "gen",
) -> list[dict[str, Any]]:
    """`count` distinct articles with published_at spread uniformly over `days` from `start` (seeded)."""
    rng = random.Random(seed)
    span = int(days * 86_400)
    return [article(i, rng, start + timedelta(seconds=rng.randrange(span)), prefix=prefix) for i in range(count)]


def scenario() -> list[dict[str, Any]]:
    """The crisis scenario written by a colleague (it raises alerts), as decoded objects."""
    return [orjson.loads(line) for line in SCENARIO.read_bytes().splitlines() if line.strip()]


def write_jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    """Write articles one JSON object per line."""
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))
    return path
