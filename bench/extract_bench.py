"""Benchmark of the extraction engine: seeded ~3 KB synthetic articles, articles per second on one core."""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.articles import RawArticle  # noqa: E402 — the repository root is put on the path first
from services.extractor.core import extract_article  # noqa: E402

ACTORS = [
    ("Russia", "Russian"), ("China", "Chinese"), ("North Korea", "North Korean"), ("Iran", "Iranian"),
    ("Azerbaijan", "Azerbaijani"), ("India", "Indian"), ("Turkey", "Turkish"), ("Venezuela", "Venezuelan"),
]
PLACES = ["Ukraine", "Taiwan", "Armenia", "Guyana", "Belarus", "Ladakh", "Crimea", "Syria", "Georgia"]
SPEAKERS = [
    "the defence ministry said", "officials told reporters", "NATO said", "the Pentagon said",
    "a senior diplomat said", "state media reported",
]
EVENT_TEMPLATES = [
    "{actor} has massed some {num} troops near the border with {place}, {speaker}.",
    "{demonym} forces began pulling back from positions close to {place} on {day}, {speaker}.",
    "{actor} deployed {small} warships to waters off {place}, {speaker}.",
    "{demonym} troops held live-fire drills in {place} on {day}.",
    "{actor} test-fired a ballistic missile into the sea on {day}, {speaker}.",
    "{actor} announced a partial mobilisation of reservists on {day}.",
    "The foreign ministry of {actor} warned of serious consequences if the drills continued.",
    "{actor} denied that it was planning an attack on {place}.",
    "{actor} accused its neighbour of provocations along the frontier.",
    "{actor} rejected calls for a ceasefire, {speaker}.",
    "{actor} demanded that all foreign troops leave {place}.",
    "Envoys from {actor} and {place} held talks in Geneva on {day}.",
    "{actor} and {place} agreed to a ceasefire after three days of fighting.",
    "{actor} urged both sides to return to dialogue and exercise restraint.",
    "{demonym} units were put on high alert after the incident, {speaker}.",
]
PLAIN_TEMPLATES = [
    "The central bank left interest rates unchanged on {day}, citing stubborn inflation.",
    "Heavy rain caused flooding in several towns, and schools were closed for the rest of the week.",
    "Shares in the country's largest steelmaker rose by {small} percent after strong quarterly results.",
    "The national football team won its qualifier {small}-1 in front of a home crowd.",
    "Farmers complained that fuel prices had doubled since the start of the year.",
    "A new railway line connecting the capital with the coast is due to open next spring.",
    "The opposition party elected a new leader at its annual congress on {day}.",
    "Local officials said the harvest was expected to be the best in a decade.",
    "Tourist numbers recovered strongly over the summer, the statistics office reported.",
    "The museum reopened after a two-year renovation with a new wing for modern art.",
    "Analysts said the currency had weakened against the dollar for a third week.",
    "Residents queued for hours to buy bread as supplies ran short in some districts.",
    "The health ministry launched a vaccination campaign for children under five.",
    "Talks between the union and the employers over wages broke down without agreement.",
    "A fire at a warehouse on the outskirts of the city was brought under control overnight.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, rng: random.Random) -> str:
    actor, demonym = rng.choice(ACTORS)
    return template.format(
        actor=actor, demonym=demonym, place=rng.choice(PLACES), speaker=rng.choice(SPEAKERS),
        day=rng.choice(DAYS), num=f"{rng.randint(2, 150) * 1000:,}", small=rng.randint(2, 12),
    )


def make_article(rng: random.Random, index: int, size: int = 3000, event_share: float = 0.3) -> RawArticle:
    """A synthetic article of about `size` characters mixing event-bearing and plain sentences."""
    title = _fill(rng.choice(EVENT_TEMPLATES), rng).rstrip(".")
    paragraphs: list[str] = []
    length = len(title)
    while length < size:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            pool = EVENT_TEMPLATES if rng.random() < event_share else PLAIN_TEMPLATES
            sentences.append(_fill(rng.choice(pool), rng))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    when = datetime(2025, 1, 1, tzinfo=UTC)
    return RawArticle(
        article_id=f"bench-{index:05d}", source="bench", title=title, body="\n\n".join(paragraphs),
        published_at=when, known_at=when,
    )


def make_articles(count: int, seed: int = 7) -> list[RawArticle]:
    """`count` articles, the same for the same seed."""
    rng = random.Random(seed)
    return [make_article(rng, i) for i in range(count)]


def bench(articles: list[RawArticle], rounds: int = 3) -> tuple[float, int]:
    """Best articles-per-second over `rounds` passes, and the events of one pass."""
    known_at = datetime(2025, 1, 1, tzinfo=UTC)
    for article in articles[:20]:  # warm the automaton and regex caches
        extract_article(article, known_at)
    best = 0.0
    events = 0
    for _ in range(rounds):
        started = time.perf_counter()
        events = sum(len(extract_article(a, known_at)) for a in articles)
        elapsed = time.perf_counter() - started
        best = max(best, len(articles) / elapsed)
    return best, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500, help="number of synthetic articles")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    parser.add_argument("--rounds", type=int, default=3, help="passes; the best is reported")
    parser.add_argument("--profile", action="store_true", help="print the 10 hottest functions (cProfile)")
    args = parser.parse_args()
    articles = make_articles(args.articles, args.seed)
    mean_size = sum(len(a.text) for a in articles) / len(articles)
    if args.profile:
        import cProfile
        import pstats

        known_at = datetime(2025, 1, 1, tzinfo=UTC)
        for article in articles[:20]:  # build the automaton and caches outside the profile
            extract_article(article, known_at)
        profiler = cProfile.Profile()
        profiler.enable()
        for article in articles:
            extract_article(article, known_at)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(10)
        return
    rate, events = bench(articles, args.rounds)
    print(f"{len(articles)} articles, mean {mean_size:.0f} chars, {events} events per pass")
    print(f"extract_article: {rate:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
