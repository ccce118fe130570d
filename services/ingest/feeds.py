"""RSS/Atom feed entries to ingest input objects (pure: feedparser parses, nothing is sent)."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any

import feedparser


def entry_to_input(entry: Any, feed_name: str) -> dict[str, Any]:
    """One feed entry as the dict `core.normalise` takes; the published time falls back to updated."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC).isoformat() if stamp else None
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    data: dict[str, Any] = {
        "title": entry.get("title", ""),
        "body": body,
        "source": feed_name,
        "url": entry.get("link"),
    }
    if entry.get("id"):
        data["id"] = entry["id"]
    if published is not None:
        data["published_at"] = published
    return data


def parse_feed(location: str | bytes) -> tuple[str, list[dict[str, Any]], str | None]:
    """(feed title, entries as inputs, error or None) for a URL, a file path or the feed's bytes."""
    parsed = feedparser.parse(location)
    error = None
    if parsed.get("bozo") and not parsed.entries:
        error = f"unreadable feed: {parsed.get('bozo_exception')!r}"
    title = parsed.feed.get("title") or (location if isinstance(location, str) else "feed")
    return title, [entry_to_input(e, title) for e in parsed.entries], error
