"""Bad input at scale on the real broker: every bad message dead-lettered once with its reason, all good ones processed.

The messages are drawn with hypothesis strategies, but the broker is driven once: a derandomized `@given`
run (generate phase only, no database, no shrinking) appends every example's chunk of message specs to a
pool, and the test then sends messages built from that pool. Hypothesis is thus a reproducible generator of
varied, awkward shapes (types, Unicode, HTML, time zones, truncations, byte poisoning) rather than a search;
derandomize fixes the seed from the generating function's source, so a failing run is reproduced exactly.
Drawing costs about 10 ms a spec on this machine, so POOL (1,000) specs are drawn and each is used TOTAL / POOL
times with its own sequence number: ids, times, cut and poison positions differ, so every message is distinct.
Ids come from the sequence number, so good ids are unique and the duplicates are exactly those we make.
"""

from __future__ import annotations

import base64
import random
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from schemas.articles import RawArticle
from schemas.deadletter import DeadLetter
from schemas.events import TYPE_OF_SUBTYPE, Event
from schemas.topics import ALL_TOPICS, ARTICLES_RAW, EVENT_TOPICS, THEATRE_EVENTS
from services.ingest.core import Limits, Rejected, normalise
from services.reconcile import consumer_group_lag, end_offsets, read_to_end
from tests.integration import corpus
from tests.integration.kafka_helpers import Deployment, free_port
from tests.integration.test_chaos import faust_env

pytestmark = pytest.mark.integration

TOTAL = 10_000
POOL = 1_000
WINDOW = datetime(2026, 6, 1, 2, tzinfo=UTC)  # good event times stay in [02:00, 20:00): no window closes, none late
DLQ_TOPICS = [t.name for t in ALL_TOPICS if t.name.endswith(".dlq")]
EVENT_NAMES = [spec.name for spec in EVENT_TOPICS.values()]
INVALID_UTF8 = [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80", b"\xf8\x88\x80\x80\x80", b"\xe2\x82"]
FOREIGN = (
    "Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera débattue au parlement cet automne.",
    "Las autoridades locales pidieron a los vecinos que no salgan de sus casas durante la tormenta de esta noche.",
    "Die Regierung will die Steuern für kleine Unternehmen senken, sagte die Ministerin am Mittwoch in Berlin.",
    "Правительство заявило в среду, что новые правила вступят в силу в начале следующего года по всей стране.",
    "市政府周三宣布将在明年扩建地铁网络并增加公交线路以缓解交通拥堵问题。",
    "Pemerintah daerah meminta warga untuk tetap waspada terhadap banjir selama musim hujan tahun ini di kota.",
)


# ---------------------------------------------------------------- what is sent, where, and what must happen


@dataclass(frozen=True)
class Category:
    """A kind of message: where it enters, and the dead-letter reason it must get (None: good)."""

    channel: str  # ingest (a JSONL line through `vigil ingest replay`) | raw | event | theatre (bytes onto a topic)
    reason: str | None
    per_block: int  # how many of each BLOCK of 50 messages


CATEGORIES: dict[str, Category] = {
    "good": Category("ingest", None, 15),
    "good_html": Category("ingest", None, 4),
    "bad_json": Category("ingest", "invalid_json", 2),
    "bad_utf8": Category("ingest", "invalid_utf8", 2),
    "not_object": Category("ingest", "invalid_schema", 1),
    "wrong_type": Category("ingest", "invalid_schema", 2),
    "missing_time": Category("ingest", "invalid_schema", 1),
    "bad_time": Category("ingest", "invalid_schema", 1),
    "empty_text": Category("ingest", "empty_text", 2),
    "too_large": Category("ingest", "too_large", 1),
    "not_english": Category("ingest", "not_english", 2),
    "out_of_range": Category("ingest", "out_of_range_time", 2),
    "duplicate": Category("ingest", "duplicate", 2),
    "raw_good": Category("raw", None, 3),
    "raw_bad_json": Category("raw", "invalid_json", 1),
    "raw_bad_utf8": Category("raw", "invalid_utf8", 1),
    "raw_bad_schema": Category("raw", "invalid_schema", 1),
    "event_good": Category("event", None, 2),
    "event_bad_json": Category("event", "invalid_json", 1),
    "event_bad_utf8": Category("event", "invalid_utf8", 1),
    "event_bad_schema": Category("event", "invalid_schema", 2),
    "unknown_theatre": Category("theatre", "unknown_theatre", 1),
}
BLOCK = [name for name, cat in CATEGORIES.items() for _ in range(cat.per_block)]
assert len(BLOCK) == 50


# ---------------------------------------------------------------- strategies (shapes; ids come later)


def _sentence_pool(size: int = 600) -> list[str]:
    """Filled event-bearing and plain sentences (seeded): one hypothesis choice per sentence keeps drawing cheap."""
    rng = random.Random(11)
    return sorted(
        {
            corpus._fill(rng.choice(corpus.EVENT_SENTENCES + corpus.PLAIN_SENTENCES), rng, rng.choice(corpus.DYADS))
            for _ in range(size)
        }
    )


sentence = st.sampled_from(_sentence_pool())
sentences = st.lists(sentence, min_size=1, max_size=5)
ints = st.integers(-(2**53), 2**53)  # JSON-safe integers
free_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
extras = st.dictionaries(
    st.text("abcdefgh", min_size=1, max_size=6).map(lambda k: f"x_{k}"), ints | free_text | st.none(), max_size=2
)
article_shape = st.fixed_dictionaries(
    {
        "title": sentence,
        "body": sentences,
        "minutes": st.integers(0, 18 * 60 - 1),
        "zone": st.sampled_from(["Z", "+00:00", "+02:00", "-05:00", "naive"]),
        "id_kind": st.sampled_from(["id", "int", "article_id"]),
        "source": st.sampled_from(corpus.SOURCES) | free_text,
        "url": st.booleans(),
        "extras": extras,
        "alias": st.sampled_from(["body", "text", "content"]),
    }
)
html_shape = st.sampled_from(["p", "div-br", "script", "entities", "page"])
PLACEHOLDER = "\x00"


def spec_for(category: str) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """The strategy of one category's parameters."""
    extra: st.SearchStrategy[Any] = {
        "good_html": html_shape,
        "bad_json": st.integers(1, 10_000)
        | st.sampled_from(["{oops", "{'id': 1}", "nan", '{"id": }', "<html>", "undefined"]),
        "bad_utf8": st.tuples(st.sampled_from(INVALID_UTF8), st.integers(0, 10_000)),
        "not_object": st.sampled_from(["list", "number", "string", "null", "true"]),
        "wrong_type": st.sampled_from(["title", "body", "published_at", "id", "source", "language", "url"]).flatmap(
            lambda f: st.tuples(
                st.just(f),
                st.lists(ints, max_size=2)
                | st.dictionaries(st.text(max_size=3), ints, max_size=1)
                | (st.floats(allow_nan=False, allow_infinity=False) if f == "id" else ints),
            )
        ),
        "missing_time": st.booleans(),
        "bad_time": st.sampled_from(["yesterday", "2026-13-45T00:00:00Z", "", "06/01/2026", "2026-06-01T25:00:00Z"])
        | st.text("abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=12).map(lambda s: f"x{s}"),
        "empty_text": st.sampled_from(
            ["", " ", "\n\n", "<p></p>", "<script>var x = 1;</script>", "<div> <br> </div>", None]
        ),
        "not_english": st.tuples(
            st.sampled_from(["fr", "de", "es", "ru", "zh", "text"]),
            st.lists(st.sampled_from(FOREIGN), min_size=2, max_size=4),
        ),
        "out_of_range": st.integers(1, 1989) | st.integers(2100, 9999),
        "duplicate": st.integers(0, 1_000_000),
        "raw_bad_json": st.integers(1, 10_000),
        "raw_bad_utf8": st.tuples(st.sampled_from(INVALID_UTF8), st.integers(0, 10_000)),
        "raw_bad_schema": st.sampled_from(
            ["missing", "title_type", "bad_id", "version", "naive_time", "long_body", "list"]
        ),
        "event_good": st.tuples(
            st.sampled_from(sorted(TYPE_OF_SUBTYPE)),
            st.integers(0, 50),
            st.sampled_from(["RUS", "UKR", "CHN", "TWN", "PRK", "KOR", "SRB", "ZZZ"]),
        ),
        "event_bad_json": st.integers(1, 10_000),
        "event_bad_utf8": st.tuples(st.sampled_from(INVALID_UTF8), st.integers(0, 10_000)),
        "event_bad_schema": st.sampled_from(
            ["mismatch", "confidence", "missing_id", "short_id", "quantity", "span", "code"]
        ),
        "unknown_theatre": st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=20).map(
            lambda s: f"nowhere-{s}"
        ),
    }.get(category, st.none())
    return st.tuples(st.just(category), st.fixed_dictionaries({"shape": article_shape, "extra": extra}))


def draw_specs(total: int) -> list[tuple[str, dict[str, Any]]]:
    """`total` specs from a derandomized hypothesis run; each example is one BLOCK (fixed categories, drawn params).

    The categories of a block are fixed rather than drawn, so every category occurs in its exact proportion
    (hypothesis skews drawn integers towards small values and boundaries); their parameters are drawn.
    """
    drawn: list[tuple[str, dict[str, Any]]] = []

    @settings(
        max_examples=total // len(BLOCK) + 10,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(*[spec_for(name) for name in BLOCK]))
    def collect(block: tuple[tuple[str, dict[str, Any]], ...]) -> None:
        drawn.extend(block[: total - len(drawn)])

    collect()
    assert len(drawn) == total, "hypothesis produced too few examples"
    return drawn


# ---------------------------------------------------------------- building the bytes


@dataclass(frozen=True)
class Message:
    """One message to send and what must become of it."""

    category: str
    channel: str
    topic: str  # unprefixed topic name (ingest lines: articles.raw.v1)
    value: bytes
    reason: str | None
    dlq: str | None  # unprefixed DLQ topic for bad messages
    article: dict[str, Any] | None = None  # good article objects (ingest) or RawArticle dicts (raw)


def _minutes(seq: int, shape: dict[str, Any]) -> int:
    return (shape["minutes"] + seq * 37) % (18 * 60)  # the pool's reuse still spreads over the window


def _article(seq: int, shape: dict[str, Any]) -> dict[str, Any]:
    when = WINDOW + timedelta(minutes=_minutes(seq, shape))
    zone = shape["zone"]
    if zone == "naive":
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    else:
        offset = timedelta(0) if zone in ("Z", "+00:00") else timedelta(hours=int(zone[:3]))
        stamp = (when + offset).strftime("%Y-%m-%dT%H:%M:%S") + zone
    art: dict[str, Any] = {"published_at": stamp, "title": shape["title"], shape["alias"]: " ".join(shape["body"])}
    if shape["id_kind"] == "int":
        art["id"] = 700_000_000 + seq
    else:
        art[shape["id_kind"]] = f"bi-{seq:06d}"
    art["source"] = shape["source"]
    if shape["url"]:
        art["url"] = f"https://example.net/bad-input/{seq}"
    art.update(shape["extras"])
    return art


def _html(body: list[str], kind: str) -> str:
    if kind == "p":
        return "".join(f"<p>{s}</p>" for s in body)
    if kind == "div-br":
        return "<div>" + "<br>".join(body) + "</div>"
    if kind == "script":
        return (
            "<p>"
            + body[0]
            + "</p><script>var tracking = {a: 1};</script><style>p {color: red}</style>"
            + "".join(f"<p>{s}</p>" for s in body[1:])
        )
    if kind == "entities":
        return "<p>" + " ".join(s.replace("'", "&#39;") for s in body) + " &amp; more.</p>"
    return "<html><body><h1>Report</h1>" + "".join(f"<p><b>{s}</b></p>" for s in body) + "</body></html>"


def _with_text(art: dict[str, Any], title: str | None, body: str | None) -> dict[str, Any]:
    """The article with its title and body replaced (None: the field left out), whatever body alias it used."""
    out = {k: v for k, v in art.items() if k not in ("title", "body", "text", "content")}
    out.update({k: v for k, v in (("title", title), ("body", body)) if v is not None})
    return out


def _cut(text: str, at: int, seq: int) -> bytes:
    # cut on a character boundary so the line stays valid UTF-8 (it must be invalid JSON, not invalid UTF-8)
    return text[: 1 + (at + seq) % (len(text) - 1)].encode()


def _poison(data: bytes, spec: tuple[bytes, int], seq: int) -> bytes:
    bad, at = spec
    pos = (at + seq) % (len(data) + 1)
    return data[:pos] + bad + data[pos:]


def _event(seq: int, subtype: str, minutes: int, code: str) -> Event:
    typ = TYPE_OF_SUBTYPE[subtype]
    text = "Officials said the move was routine."
    when = WINDOW + timedelta(minutes=minutes * 20)
    return Event(
        event_id=f"injected-{seq:010d}-event",
        fingerprint=f"inj{seq:08d}",
        article_id=f"inj-{seq:06d}",
        type=typ,
        subtype=subtype,
        actor=code,
        location="UKR" if code != "UKR" else "RUS",
        quantity=None,
        assertion="reported",
        claimant=None,
        confidence=0.8,
        evidence={"text": text, "start": 0, "end": len(text)},
        source="Injected Wire",
        published_at=when,
        known_at=when,
        extractor_version="test",
    )


def _raw_article(seq: int, shape: dict[str, Any]) -> dict[str, Any]:
    when = WINDOW + timedelta(minutes=_minutes(seq, shape))
    return RawArticle(
        article_id=f"rw-{seq:06d}",
        source="Raw Wire",
        title=shape["title"],
        body=" ".join(shape["body"]),
        published_at=when,
        known_at=when,
    ).model_dump(mode="json")


def build(seq: int, category: str, params: dict[str, Any], goods: list[bytes]) -> Message:
    """The bytes of one message (`goods`: good ingest lines so far, for duplicates)."""
    cat, shape, extra = CATEGORIES[category], params["shape"], params["extra"]
    raw_topic, ingest_dlq = ARTICLES_RAW.name, ARTICLES_RAW.dlq

    def bad(value: bytes, topic: str = raw_topic, dlq: str = ingest_dlq) -> Message:
        return Message(category, cat.channel, topic, value, cat.reason, dlq)

    art = _article(seq, shape)
    if category in ("good", "good_html"):
        if category == "good_html":
            key = next(k for k in ("body", "text", "content") if k in art)
            art[key] = _html(shape["body"], extra)
        line = orjson.dumps(art)
        goods.append(line)
        return Message(category, cat.channel, raw_topic, line, None, None, art)
    if category == "duplicate":
        if not goods:  # nothing to duplicate yet: make the original here, the copy is the message
            goods.append(orjson.dumps(art))
            return Message("good", "ingest", raw_topic, goods[-1], None, None, art)
        return bad(goods[extra % len(goods)])
    if category == "bad_json":
        return bad(_cut(orjson.dumps(art).decode(), extra, seq) if isinstance(extra, int) else extra.encode())
    if category == "bad_utf8":
        return bad(_poison(orjson.dumps(art), extra, seq))
    if category == "not_object":
        return bad(orjson.dumps({"list": [art], "number": 42, "string": "article", "null": None, "true": True}[extra]))
    if category == "wrong_type":
        field, value = extra
        field = {
            "body": next(k for k in ("body", "text", "content") if k in art),
            "id": "id" if "id" in art else "article_id",
        }.get(field, field)
        return bad(orjson.dumps({**art, field: value}))
    if category == "missing_time":
        art.pop("published_at") if extra else art.update(published_at=None)
        return bad(orjson.dumps(art))
    if category == "bad_time":
        return bad(orjson.dumps({**art, "published_at": extra}))
    if category == "empty_text":
        title, body = (extra, extra) if extra is not None else (None, None)  # None: no text fields at all
        return bad(orjson.dumps(_with_text(art, title, body)))
    if category == "too_large":
        unit = shape["body"][0] + " "
        # one in ten over the 512 KiB line limit, the others over the 100,000-character body limit only
        size = 600 * 1024 if (seq // len(BLOCK)) % 10 == 0 else 100_500
        return bad(orjson.dumps({**art, "body": unit * (size // len(unit) + 1)}))
    if category == "not_english":
        language, texts = extra
        if language == "text":
            return bad(orjson.dumps(_with_text(art, texts[0], " ".join(texts[1:]))))
        return bad(orjson.dumps({**art, "language": language}))
    if category == "out_of_range":
        return bad(orjson.dumps({**art, "published_at": f"{extra:04d}-06-01T12:00:00Z"}))
    if category == "raw_good":
        value = _raw_article(seq, shape)
        return Message(category, cat.channel, raw_topic, orjson.dumps(value), None, None, value)
    if category == "raw_bad_json":
        return bad(_cut(orjson.dumps(_raw_article(seq, shape)).decode(), extra, seq))
    if category == "raw_bad_utf8":
        return bad(_poison(orjson.dumps(_raw_article(seq, shape)), extra, seq))
    if category == "raw_bad_schema":
        value = _raw_article(seq, shape)
        broken = {
            "missing": {k: v for k, v in value.items() if k != "published_at"},
            "title_type": {**value, "title": 17},
            "bad_id": {**value, "article_id": "has space!"},
            "version": {**value, "schema_version": 2},
            "naive_time": {**value, "known_at": "2026-06-01T10:00:00"},
            "long_body": {**value, "body": "word " * 20_001},
            "list": [value],
        }[extra]
        return bad(orjson.dumps(broken))
    if category.startswith("event_"):
        subtype, minutes, code = extra if category == "event_good" else ("buildup", seq % 50, "RUS")
        event = _event(seq, subtype, minutes, code)
        topic = EVENT_TOPICS[event.type].name
        value = event.model_dump_json().encode()
        if category == "event_good":
            return Message(category, cat.channel, topic, value, None, None)
        if category == "event_bad_json":
            return bad(_cut(value.decode(), extra, seq), topic, f"{topic}.dlq")
        if category == "event_bad_utf8":
            return bad(_poison(value, extra, seq), topic, f"{topic}.dlq")
        data = orjson.loads(value)
        broken = {
            "mismatch": {**data, "subtype": "meeting" if data["type"] != "diplomatic_statement" else "buildup"},
            "confidence": {**data, "confidence": 1.5},
            "missing_id": {k: v for k, v in data.items() if k != "event_id"},
            "short_id": {**data, "event_id": "abc"},
            "quantity": {**data, "quantity": -5},
            "span": {**data, "evidence": {"text": "x", "start": 9, "end": 2}},
            "code": {**data, "actor": "russia"},
        }
        return bad(orjson.dumps(broken[extra]), topic, f"{topic}.dlq")
    if category == "unknown_theatre":
        event = _event(seq, "warning", seq % 50, "RUS")
        value = orjson.dumps({"schema_version": 1, "theatre": extra, "event": orjson.loads(event.model_dump_json())})
        return bad(value, THEATRE_EVENTS.name, THEATRE_EVENTS.dlq)
    raise AssertionError(f"unknown category {category}")


def build_all(pool: list[tuple[str, dict[str, Any]]], total: int) -> list[Message]:
    """`total` messages, message `seq` built from pool spec `seq % len(pool)` with its own sequence number."""
    goods: list[bytes] = []
    return [build(seq, *pool[seq % len(pool)], goods) for seq in range(total)]


# ---------------------------------------------------------------- expectations from the cores (offline)


def accepted_articles(messages: list[Message]) -> list[RawArticle]:
    """The RawArticles the extractor must process: ingest-normalised good lines (first copy) and raw good ones."""
    now = datetime.now(UTC)
    out: dict[str, RawArticle] = {}
    for m in messages:
        if m.category in ("good", "good_html"):
            try:
                article = normalise(m.article or {}, Limits(now=now))
            except Rejected as exc:  # a generator bug, not a pipeline bug: say so clearly
                raise AssertionError(f"a constructed good article was rejected ({exc.reason}): {exc}") from exc
            out.setdefault(article.article_id, article)
        elif m.category == "raw_good":
            article = RawArticle.model_validate(m.article)
            out[article.article_id] = article
    return list(out.values())


# ---------------------------------------------------------------- driving the broker


def processed_count(port: int) -> float:
    """`vigil_extractor_articles_total{outcome="processed"}` from the extractor's /metrics (0 until it serves)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            text = response.read().decode()
    except OSError:
        return 0.0
    for line in text.splitlines():
        if line.startswith('vigil_extractor_articles_total{outcome="processed"}'):
            return float(line.split()[-1])
    return 0.0


def send_raw(dep: Deployment, messages: list[Message]) -> None:
    producer = dep.producer()
    try:
        for m in messages:
            producer.send(dep.topic(m.topic), key=None, value=m.value)
        producer.flush(timeout=60)
    finally:
        producer.close()


def test_ten_thousand_mixed_messages_dead_letter_exactly_the_bad_ones(deployment: Deployment, tmp_path: Path) -> None:
    from services.extractor.core import extract_article

    started = time.monotonic()
    messages = build_all(draw_specs(POOL), TOTAL)
    kinds = Counter(m.category for m in messages)
    assert len(messages) >= 10_000 and set(kinds) == set(CATEGORIES), f"every category must occur: {kinds}"
    bad = [m for m in messages if m.reason is not None]
    accepted = accepted_articles(messages)
    with_events = {a.article_id for a in accepted if extract_article(a, known_at=a.published_at)}
    print(
        f"\nbad-input corpus: {len(messages)} messages, {len(bad)} bad, {len(accepted)} good articles "
        f"({len(with_events)} with events), {kinds['event_good']} good events; generated in "
        f"{time.monotonic() - started:.0f}s; by category {dict(sorted(kinds.items()))}"
    )

    port = free_port()
    procs = [
        deployment.start(
            "extractor",
            "worker",
            log_dir=tmp_path,
            name="extractor",
            VIGIL_EXTRACTOR_METRICS_PORT=str(port),
            **faust_env(tmp_path),
        ),
        deployment.start("escalation", "worker", log_dir=tmp_path, name="escalation", **faust_env(tmp_path)),
    ]
    feed = tmp_path / "mixed.jsonl"
    feed.write_bytes(b"".join(m.value + b"\n" for m in messages if m.channel == "ingest"))
    replay = deployment.start("ingest", "replay", str(feed), log_dir=tmp_path, name="replay")
    send_raw(deployment, [m for m in messages if m.channel != "ingest"])
    assert replay.wait(timeout=300) == 0, deployment.logs_tail()
    print(f"sent after {time.monotonic() - started:.0f}s")

    bootstrap = deployment.broker.bootstrap
    dlq_topics = [deployment.topic(t) for t in DLQ_TOPICS]
    inputs = {
        "vigil-extractor": [deployment.topic(ARTICLES_RAW.name)],
        "vigil-escalation": [deployment.topic(n) for n in [*EVENT_NAMES, THEATRE_EVENTS.name]],
    }

    def alive() -> None:
        for proc in procs:
            assert proc.poll() is None, f"a worker exited (code {proc.returncode})\n{deployment.logs_tail()}"

    # below the suite's 600 s pytest-timeout, so that a stuck run fails with the counts, not a bare timeout
    deadline = time.monotonic() + 420
    while True:  # until both groups have committed everything and the counts are reached
        alive()
        dlq_total = sum(end_offsets(bootstrap, dlq_topics).values())
        lag = sum(
            consumer_group_lag(bootstrap, f"{deployment.prefix}{group}", topics) for group, topics in inputs.items()
        )
        processed = processed_count(port)
        assert processed <= len(accepted), (  # fail fast: a message that must be dead-lettered went through as good
            f"processed={processed} > {len(accepted)} good articles (dlq={dlq_total}/{len(bad)})\n"
            f"{deployment.logs_tail()}"
        )
        if dlq_total >= len(bad) and lag == 0 and processed >= len(accepted):
            break
        assert time.monotonic() < deadline, (
            f"not drained: dlq={dlq_total}/{len(bad)} lag={lag} processed={processed_count(port)}/{len(accepted)}\n"
            f"{deployment.logs_tail()}"
        )
        time.sleep(2)
    alive()
    print(f"drained after {time.monotonic() - started:.0f}s")

    letters = [
        (topic.removeprefix(deployment.prefix), DeadLetter.model_validate_json(v))
        for topic, values in read_to_end(bootstrap, dlq_topics, timeout=180).items()
        for v in values
    ]
    by_kind = Counter((t, d.service, d.reason) for t, d in letters)
    want_kind = Counter((m.dlq, "ingest" if m.channel == "ingest" else "?", m.reason) for m in bad)
    assert len(letters) == len(bad), (
        f"{len(letters)} dead letters for {len(bad)} bad messages: {by_kind} vs {want_kind}"
    )
    got = Counter((topic, d.reason, base64.b64decode(d.original)) for topic, d in letters)
    want = Counter((m.dlq, m.reason, m.value) for m in bad)
    wrong = [(t, r, v[:80]) for (t, r, v) in (got - want)]
    assert got == want, (
        f"dead letters differ: {len(got - want)} unexpected, {len(want - got)} missing; e.g. {wrong[:5]}"
    )
    assert processed_count(port) == len(accepted), "every good article is processed exactly once (no redelivery here)"

    events = read_to_end(bootstrap, [deployment.topic(n) for n in EVENT_NAMES], timeout=180)
    injected = {m.value for m in messages if m.channel == "event"}  # our own good and bad messages on those topics
    seen = {Event.model_validate_json(v).article_id for values in events.values() for v in values if v not in injected}
    assert seen == with_events, "events for exactly the good articles with events"
    alive()
