"""Ingest core: validate and normalise raw input into `RawArticle`s, or say precisely why not."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from pydantic import ValidationError
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from schemas.articles import MAX_BODY_CHARS, RawArticle
from schemas.deadletter import DeadLetterReason

MAX_INPUT_BYTES = 512 * 1024
MAX_FUTURE = timedelta(days=1)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
_ID_OK = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_HTML_HINT = re.compile(r"<\s*(p|br|div|span|a|b|i|em|strong|h[1-6]|html|body|li|ul|ol|table|script|style)\b", re.I)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_BLANKS = re.compile(r"\n\s*\n+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH_COMMON = frozenset(
    "the of and to in a is that for on with as by at from said was were has have it its are be this an not "
    "will their they he she after over more who which had been than but about would".split()
)
# Function words of the other languages news most often arrives in (German, French, Spanish, Portuguese,
# Italian, Dutch). Some are also English words or names ("die", "will", "El Salvador"), which is why they
# only tip the balance, never decide alone: German prose can reach the English share on "will" and "in".
_FOREIGN_COMMON = frozenset(
    "der die das und ist nicht mit den dem des ein eine einen sich auf auch wie nach bei zum zur "
    "le la les et est une du dans pour que qui pas sur au aux ces cette sont "
    "el los las del y es por con para una se lo como pero sus "
    "os não uma com pelo pela "
    "il della che di per sono "
    "het een van en niet zijn".split()
)


class Rejected(Exception):
    """Input that cannot become an article; `reason` is one of the dead-letter reasons."""

    def __init__(self, reason: DeadLetterReason, message: str) -> None:
        super().__init__(message)
        self.reason: DeadLetterReason = reason


@dataclass(frozen=True)
class Limits:
    """Bounds applied to every input; `now` decides what counts as the future."""

    now: datetime
    max_future: timedelta = MAX_FUTURE
    earliest: datetime = EARLIEST
    max_body_chars: int = MAX_BODY_CHARS


def decode_line(raw: bytes) -> dict[str, Any]:
    """Bytes of one JSON object, or Rejected(invalid_utf8 | invalid_json | too_large | invalid_schema)."""
    if len(raw) > MAX_INPUT_BYTES:
        raise Rejected("too_large", f"input is {len(raw)} bytes, over the {MAX_INPUT_BYTES}-byte limit")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("invalid_utf8", f"input is not valid UTF-8: {exc}") from exc
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise Rejected("invalid_json", f"input is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise Rejected("invalid_schema", f"expected a JSON object, got {type(value).__name__}")
    return value


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment, paragraphs kept as blank lines; plain text passes through."""
    if not _HTML_HINT.search(value):
        return value
    tree = HTMLParser(value)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    for tag in _BLOCK_TAGS:
        for node in tree.css(tag):
            node.insert_after("\n\n")
    root = tree.body or tree.root
    return root.text(separator="") if root is not None else ""


def normalise_text(value: str) -> str:
    """HTML to text, Unicode NFC, single spaces, paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", html_to_text(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", lines).strip()


def looks_english(text: str) -> bool:
    """A cheap check: among the first 200 words, enough common English words and more of them than common words
    of other European languages (short texts: see below)."""
    words = _WORD.findall(text[:4000].lower())[:200]
    common = sum(1 for w in words if w in _ENGLISH_COMMON)
    foreign = sum(1 for w in words if w in _FOREIGN_COMMON)
    if len(words) < 12:
        # Too few words for a share of English words, and English headlines name places and people with
        # diacritics ("Türkiye", "Erdoğan"): foreign only when most words are not plain ASCII (Cyrillic, Greek,
        # Chinese, Polish…) or when two or more function words of other languages outnumber the English ones
        # (one alone is often a name: "Le Pen", "La Paz").
        accented = sum(1 for w in words if not w.isascii())
        return accented * 2 <= len(words) and not (foreign >= 2 and foreign > common)
    return common / len(words) >= 0.12 and common > foreign


def derive_article_id(source: str, url: str | None, title: str, body: str, given: str | None = None) -> str:
    """A stable id from a given id that is no plain id (a feed's URL or tag URI guid), else from the URL, else
    from source and content."""
    basis = f"id|{given}" if given else f"url|{url}" if url else f"text|{source}|{title}|{body}"
    return "a-" + hashlib.blake2b(basis.encode("utf-8"), digest_size=12).hexdigest()


def parse_time(value: Any, field: str) -> datetime:
    """An ISO 8601 timestamp as aware UTC (naive means UTC), or Rejected(invalid_schema)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise Rejected("invalid_schema", f"{field} is not an ISO 8601 timestamp: {value!r}") from exc
    else:
        raise Rejected("invalid_schema", f"{field} must be an ISO 8601 string, got {type(value).__name__}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _text_field(data: dict[str, Any], *names: str) -> str:
    for name in names:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise Rejected("invalid_schema", f"{name} must be a string, got {type(value).__name__}")
        return value
    return ""


def normalise(data: dict[str, Any], limits: Limits, *, default_source: str = "unknown") -> RawArticle:
    """A validated `RawArticle` from one input object, or Rejected with the reason."""
    title = normalise_text(_text_field(data, "title", "headline"))
    body = normalise_text(_text_field(data, "body", "text", "content", "summary"))
    if not (title or body):
        raise Rejected("empty_text", "article has neither title nor body text")
    if len(body) > limits.max_body_chars:
        raise Rejected("too_large", f"body has {len(body)} characters, over the {limits.max_body_chars} limit")
    if "published_at" not in data:
        raise Rejected("invalid_schema", "published_at is missing")
    published = parse_time(data["published_at"], "published_at")
    if published > limits.now + limits.max_future or published < limits.earliest:
        raise Rejected(
            "out_of_range_time",
            f"published_at {published.isoformat()} is outside [{limits.earliest.date()}, now + {limits.max_future}]",
        )
    language = _text_field(data, "language") or "en"
    if language[:2].lower() != "en":
        raise Rejected("not_english", f"language is {language!r}; only English is extracted")
    if not looks_english(f"{title} {body}"):
        raise Rejected("not_english", "text does not read as English (too few common English words); only English "
                       "is extracted")
    source = normalise_text(_text_field(data, "source")) or default_source
    url = _text_field(data, "url", "link") or None
    given = data.get("id", data.get("article_id"))
    if given is not None and not isinstance(given, (str, int)):
        raise Rejected("invalid_schema", f"id must be a string or integer, got {type(given).__name__}")
    given_id = str(given) if given is not None else ""
    if _ID_OK.match(given_id):
        article_id = given_id
    else:
        # a given id that does not fit (most RSS guids are URLs) still tells entries apart that share one
        # link, as the entries of a live blog do: it is hashed, not dropped
        article_id = derive_article_id(source, url, title, body, given=given_id or None)
    try:
        return RawArticle(
            article_id=article_id,
            source=source[:200],
            url=url,
            title=title[:1000],
            body=body,
            published_at=published,
            known_at=limits.now,
            language="en",
        )
    except ValidationError as exc:
        raise Rejected("invalid_schema", f"article does not fit the schema: {exc.errors()[0]['msg']}") from exc


class SeenIds:
    """A bounded memory of recently published article ids, to drop exact duplicates (oldest forgotten first)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        # submits run on several threads (HTTP, feeds) and a failed send is forgotten on the producer's thread
        self._lock = threading.Lock()

    def check_and_add(self, article_id: str) -> bool:
        """True when the id is new (and remember it), False for a duplicate."""
        with self._lock:
            if article_id in self._ids:
                self._ids.move_to_end(article_id)
                return False
            self._ids[article_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True

    def forget(self, article_id: str) -> None:
        """Forget an id whose article was not published after all, so that a retry is not a duplicate."""
        with self._lock:
            self._ids.pop(article_id, None)
