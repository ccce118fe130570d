"""The benchmark's article stream: ~3 KB background news plus periodic escalation bursts in one theatre.

Background articles come from the extraction benchmark's seeded generator (`bench.extract_bench`); they are
published "live" (published_at a few minutes before now), as a news feed would be, so their theatres'
windows never close during a run. Alerts come from a burst theatre whose articles follow their own
event-time clock, one cycle of `CYCLE_DAYS` event-time days per 8 burst articles (with the default
`calm_windows` of 10, 15 days):

  day D       6 "hot" articles three hours apart, 2 escalating sentences each (buildups, a mobilisation, a
              weapons test, a warning...): once >= 4 of them are in, the open window clears the warning floor,
              and the early check of the next hour raises the alert when a later article moves the
              watermark past that hour;
  day D+2     a "closer" (a meeting): the watermark passes the end of day D plus the allowed lateness,
              so the window ending with day D closes (with early checks off, this raises the alert);
  day D+4+c   a "jump" (a meeting), c = `calm_windows`: the watermark passes the end of the c-th calm window
              (windows ending D+4 … D+3+c) plus the lateness, so that window closes and the episode is resolved;
  day D+5+c   the next cycle. (Had it come before the jump, its early checks would have found the theatre hot
              again before the c-th calm window closed: one episode, not a resolution and a new raise.)

Every alert is thus triggered by one known article: the first burst-theatre article whose published_at is
at or after the alert's `changed_at` (the early check's instant) or, for a resolution, `changed_at` (the
window end) plus the allowed lateness. `bench.pipeline` measures article→alert latency from that article's
`known_at`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from services.escalation.params import DetectorParams

BURST_START = datetime(2001, 1, 1, tzinfo=UTC)
# The jump must close `calm_windows` calm windows after the hot day's (the detector's default parameters): the
# last ends at D+3+c and closes a lateness (a day) later.
JUMP_DAY = 4 + DetectorParams().calm_windows
CYCLE_DAYS = JUMP_DAY + 1
HOT_ARTICLES = 6


@dataclass(frozen=True)
class BurstTheatre:
    """A theatre the burst articles are written about, with the country names the extractor knows."""

    theatre: str
    a: str
    b: str


CANDIDATES = (
    BurstTheatre("india-pakistan", "India", "Pakistan"),
    BurstTheatre("armenia-azerbaijan", "Armenia", "Azerbaijan"),
)

# Sentences of distinct real-world events (type, subtype, actor, location differ), so they add up in a window.
_HOT = (
    "{a} has moved 12,000 troops to its border with {b}, officials said on Monday.",
    "{b} massed tanks and artillery along its frontier with {a}, satellite images showed.",
    "{a} mobilized 40,000 reservists near the border with {b}.",
    "{b}'s army test-fired two ballistic missiles near the border with {a}.",
    "{a} warned {b} of a forceful response to any incursion.",
    "{b} put its forces along the border with {a} on high alert.",
    "{b} held large-scale military exercises near the border with {a}.",
    "{a} accused {b} of violating the ceasefire.",
)
# No venue: the extractor reads a named venue city as the meeting's location (another theatre).
_CALM = "{a} held talks with {b} on {day}, the foreign ministry said."
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def burst_cycle(t: BurstTheatre, cycle: int, tag: str) -> list[tuple[str, dict[str, Any]]]:
    """The 8 articles of one burst cycle as (kind, input object) with kind hot | closer | jump."""
    day0 = BURST_START + timedelta(days=cycle * CYCLE_DAYS)
    names = {"a": t.a, "b": t.b}
    out: list[tuple[str, dict[str, Any]]] = []
    for i in range(HOT_ARTICLES):
        first, second = _HOT[(2 * i) % len(_HOT)], _HOT[(2 * i + 1) % len(_HOT)]
        body = f"{first.format(**names)} {second.format(**names)}"
        when = day0 + timedelta(hours=2 + 3 * i)
        out.append(
            ("hot", _article(f"{tag}-h{cycle}-{i}", when, f"Tension rises between {t.a} and {t.b}", body, i))
        )
    for kind, days in (("closer", 2), ("jump", JUMP_DAY)):
        when = day0 + timedelta(days=days, hours=12)
        body = _CALM.format(day=_DAYS[(cycle + days) % 7], **names)
        out.append((kind, _article(f"{tag}-{kind[0]}{cycle}", when, f"{t.a} and {t.b} talk", body, days)))
    return out


def _article(article_id: str, when: datetime, title: str, body: str, n: int) -> dict[str, Any]:
    return {
        "id": article_id,
        "source": f"Burst Wire {n % 5}",
        "published_at": when.isoformat(),
        "title": title,
        "body": body,
    }


def background_pool(size: int, seed: int) -> list[dict[str, Any]]:
    """`size` distinct ~3 KB seeded articles (title, body, source) from the extraction benchmark's generator."""
    from bench.extract_bench import make_articles

    return [_as_input(a) for a in make_articles(size, seed=seed)]


def _as_input(article: Any) -> dict[str, Any]:
    data = article if isinstance(article, dict) else article.model_dump(mode="json")
    return {"source": data.get("source", "Bench Wire"), "title": data.get("title", ""), "body": data["body"]}


def stream(
    pool: list[dict[str, Any]],
    theatre: BurstTheatre,
    *,
    tag: str,
    burst_every: int,
    first_cycle: int = 0,
    clock: str = "live",
) -> Iterator[tuple[str, dict[str, Any]]]:
    """An endless stream of (kind, input object): background articles, every `burst_every`-th a burst article.

    Background objects get a fresh id (ingest's dedupe never drops a reused text). Their published_at:
    - clock "live": none yet; the publisher stamps it with `live` just before sending (their theatres'
      windows never close during a run: throughput);
    - clock "burst": the event time of the latest burst article (one hour before the first cycle until
      then), so the whole stream shares one event-time clock, as a real feed does. The router's watermark
      then runs with the burst theatre's days and closes its windows (latency: article→alert). A live
      background clock would run decades ahead of the bursts and make every burst event late.
    """
    if clock not in ("live", "burst"):
        raise ValueError(f"clock must be 'live' or 'burst', not {clock!r}")
    bursts = (item for cycle in itertools.count(first_cycle) for item in burst_cycle(theatre, cycle, tag))
    latest: str | None = None
    if clock == "burst":
        latest = (BURST_START + timedelta(days=first_cycle * CYCLE_DAYS, hours=-1)).isoformat()
    for n in itertools.count():
        if burst_every and n % burst_every == burst_every - 1:
            kind, item = next(bursts)
            if clock == "burst":
                latest = item["published_at"]
            yield kind, item
        else:
            base = pool[n % len(pool)]
            yield "background", {**base, "id": f"{tag}-{n}", "published_at": latest}


def live(item: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Give a background object its published_at: a few minutes before `now`, as a live feed would."""
    if item.get("published_at") is None:
        item = {**item, "published_at": (now - timedelta(minutes=5)).isoformat()}
    return item
