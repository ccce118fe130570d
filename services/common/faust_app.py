"""The faust application shared by the stream processors: settings, DLQ routing, lag and metrics wiring."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faust
from prometheus_client import CollectorRegistry, Gauge, disable_created_metrics, start_http_server
from pydantic import ValidationError

from schemas.deadletter import DeadLetterReason
from services.common.deadletter import dead_letter, dead_letter_headers
from services.common.kafka_config import aiokafka_kwargs, faust_broker_kwargs
from services.common.settings import KafkaSettings

log = logging.getLogger("vigil")


def create_faust_app(service: str, kafka: KafkaSettings, *, partitions: int, **overrides: Any) -> faust.App:
    """A faust app for one service: raw bytes on the wire, at-least-once, loopback web off, fast rebalances."""
    options: dict[str, Any] = dict(
        value_serializer="raw",
        key_serializer="raw",
        store="memory://",  # tables live in memory and are rebuilt from their changelog topics on start
        topic_partitions=partitions,
        topic_replication_factor=1,
        topic_disable_leader=True,
        topic_allow_declare=True,
        processing_guarantee="at_least_once",
        producer_acks=-1,
        producer_linger=0.005,  # 5 ms batches many small sends into one request (−15% CPU per article measured)
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=10.0,
        broker_heartbeat_interval=1.0,
        broker_rebalance_timeout=20.0,
        broker_commit_interval=1.0,
        stream_wait_empty=True,
        web_enabled=False,
        datadir=".vigil/faust/{conf.name}-data",  # local state off the working tree (VIGIL_FAUST_APP_DATADIR overrides)
        env_prefix="VIGIL_FAUST_",  # faust's own env lookup (e.g. BROKER_URL) must not override our settings
    )
    options.update(faust_broker_kwargs(kafka))
    options.update(overrides)
    return faust.App(f"{kafka.topic_prefix}vigil-{service}", **options)


async def read_range(
    kafka: KafkaSettings, topic: str, partition: int, start: int, end: int, *, timeout: float = 60.0
) -> list[Any]:
    """The records of one partition from offset `start` up to (not including) `end`, read straight from the broker.

    For a worker that finds its consumer has skipped messages (`InputSequence`): a consumer of no group, so
    nothing is committed. Records the topic no longer holds (retention) are simply not
    returned. Raises TimeoutError when the range cannot be read within `timeout`.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition  # faust's own client, as in the workers' consumers

    tp = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(enable_auto_commit=False, auto_offset_reset="earliest", **aiokafka_kwargs(kafka))
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, start)
        records: list[Any] = []
        deadline = time.monotonic() + timeout
        while await consumer.position(tp) < end:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"could not read {topic}[{partition}]@{start}..{end - 1} within {timeout:.0f} s")
            fetched = await consumer.getmany(tp, timeout_ms=int(min(remaining, 1.0) * 1000))
            records.extend(r for r in fetched.get(tp, []) if start <= r.offset < end)
        return records
    finally:
        await consumer.stop()


class InputSequence:
    """Per input partition, the offset of the last message this worker processed; messages it skipped are read back.

    Faust's stream can skip one message of a partition and deliver the next: seen in the scale-out test right after
    a worker took over a partition (offsets 26 then 28 in one consumer generation; 27 never reached the agent), and
    faust's commit check then lets the committed offset pass the skipped message (`Consumer._new_offset` tolerates
    one unacknowledged message at the head of a partition), so nothing would ever process it. `skipped_before`
    returns such messages, read straight from the topic, for the agent to process first, in order.

    The memory is per worker: a partition this worker keeps across a rebalance keeps its last offset (the stream
    restarts from the committed offset, at most one past it), one it loses is forgotten (another worker reads it).
    """

    def __init__(self, app: faust.App, kafka: KafkaSettings, service: str, counter: Any) -> None:
        self.kafka, self.service, self.counter = kafka, service, counter
        self.last: dict[tuple[str, int], int] = {}
        app.on_partitions_assigned.connect(self._keep_assigned)

    async def _keep_assigned(self, sender: Any, assigned: set[Any], **_: Any) -> None:
        kept = {(tp.topic, tp.partition) for tp in assigned}
        self.last = {key: offset for key, offset in self.last.items() if key in kept}

    async def skipped_before(self, message: Any) -> list[Any]:
        """The messages of this message's partition between the last one processed and it (usually none)."""
        key = (message.topic, message.partition)
        last = self.last.get(key)
        self.last[key] = message.offset if last is None else max(last, message.offset)
        return await self.read_gap(message, last)

    async def read_gap(self, message: Any, last: int | None, *, resuming: bool = False) -> list[Any]:
        """The messages of this message's partition after offset `last` and before it, read from the topic.

        `resuming`: the gap is expected (a worker resuming a partition whose stored state is behind the committed
        offset, see the escalation scorer's state flushes): logged at info and not counted as a skip.
        """
        if last is None or message.offset <= last + 1:
            return []  # the first message seen, the next one, or a redelivery after a rebalance
        missed = await read_range(self.kafka, message.topic, message.partition, last + 1, message.offset)
        where = f"{message.topic}[{message.partition}]@{last + 1}..{message.offset - 1}"
        if resuming:
            log.info("%s: resuming %s from the stored state; %d of them read back from the topic and processed",
                     self.service, where, len(missed))
            return missed
        self.counter.inc(len(missed))
        log.warning("%s: the consumer skipped %s; %d of them read back from the topic and processed",
                    self.service, where, len(missed))
        return missed


def classify(exc: BaseException) -> DeadLetterReason:
    """The dead-letter reason of an exception raised while decoding or processing a message."""
    if isinstance(exc, UnicodeDecodeError):
        return "invalid_utf8"
    if isinstance(exc, ValidationError):
        kinds = {err["type"] for err in exc.errors()}
        return "invalid_json" if kinds & {"json_invalid", "json_type"} else "invalid_schema"
    return "processing_error"


class DeadLetters:
    """Sends rejected messages to `<topic>.dlq` with the reason and origin, and counts them."""

    def __init__(self, app: faust.App, kafka: KafkaSettings, service: str, counter: Any) -> None:
        self.app, self.kafka, self.service, self.counter = app, kafka, service, counter
        self._topics: dict[str, faust.TopicT] = {}

    async def send(
        self, message: Any, reason: DeadLetterReason, exc: BaseException, *, value: bytes | None = None
    ) -> None:
        """Dead-letter `message` (or, with `value`, that part of it: one event of a batch) with its origin."""
        original = value if value is not None else bytes(message.value or b"")
        letter = dead_letter(
            original,
            reason,
            exc,
            service=self.service,
            now=datetime.now(UTC),
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
        )
        name = f"{message.topic}.dlq"
        topic = self._topics.get(name) or self._topics.setdefault(name, self.app.topic(name))
        await topic.send(
            key=message.key, value=letter.model_dump_json().encode(), headers=dead_letter_headers(letter, original)
        )
        self.counter.labels(reason).inc()
        log.warning(
            "%s: %s at %s[%d]@%d sent to %s: %s",
            self.service,
            reason,
            message.topic,
            message.partition,
            message.offset,
            name,
            exc,
        )


async def first_offsets(consumer: Any, tps: Iterable[Any]) -> dict[Any, int]:
    """The first offset each partition still holds (its log start, which retention moves), read from the broker.

    Empty when the broker does not answer: callers ask again on their next round.
    """
    wanted = list(tps)
    if not wanted:
        return {}
    try:
        return dict(await consumer.earliest_offsets(*wanted))
    except Exception as exc:  # noqa: BLE001 — a broker hiccup must not stop the caller's timer or agent
        log.warning("could not read the first offsets of %d partitions: %s", len(wanted), exc)
        return {}


class LagTracker:
    """Consumer lag per topic: broker high watermark minus the next offset to process, over assigned partitions.

    A partition nothing has been processed from since it was assigned counts from its committed offset, or,
    without a commit (a new group), from its first offset once `learn_starts` has read it, else from 0: a worker
    that is stuck from the start shows its lag instead of 0. Positions of partitions no longer assigned are
    dropped, and a topic left with no assigned partition reads 0: its new owner reports it.

    It also watches commits: a partition with records beyond its committed offset whose commit does not move
    for `stall_seconds` is logged once, with faust's view of it (read offset, acks pending, flow flags). Faust
    has been seen to leave one partition uncommitted after a rebalance with nothing in its own logs; this
    makes the next occurrence diagnosable (the integration tests print the workers' logs on failure).
    """

    def __init__(
        self,
        app: faust.App,
        gauge: Gauge,
        *,
        inputs: Iterable[str] | None = None,
        stall_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app, self.gauge = app, gauge
        # The agents' input topics (None: every assigned topic). A worker with tables is also assigned their
        # changelog partitions, which it reads only to restore and never processes: they are no lag.
        self.inputs = set(inputs) if inputs is not None else None
        self.positions: dict[tuple[str, int], int] = {}
        self.starts: dict[tuple[str, int], int] = {}  # first offset held by the broker, of partitions read from 0
        self.topics: set[str] = set()  # topics the gauge has reported
        self.stall_seconds, self.clock = stall_seconds, clock
        self._commits: dict[Any, tuple[int, float]] = {}  # tp -> (committed offset, when it was first seen)
        self._reported: set[Any] = set()

    def processed(self, message: Any) -> None:
        self.positions[(message.topic, message.partition)] = message.offset + 1

    async def learn_starts(self) -> None:
        """Read the first offsets of assigned partitions with neither a processed position nor a commit (once)."""
        consumer = self.app.consumer
        committed = getattr(consumer, "_committed_offset", {})  # faust's own bookkeeping (no public API)
        wanted = [
            tp
            for tp in self._assigned()
            if (tp.topic, tp.partition) not in self.positions
            and (tp.topic, tp.partition) not in self.starts
            and committed.get(tp) is None
        ]
        for tp, offset in (await first_offsets(consumer, wanted)).items():
            self.starts[(tp.topic, tp.partition)] = offset

    def _assigned(self) -> list[Any]:
        return [tp for tp in self.app.consumer.assignment() if self.inputs is None or tp.topic in self.inputs]

    def update(self) -> None:
        consumer = self.app.consumer
        assigned = self._assigned()
        kept = {(tp.topic, tp.partition) for tp in assigned}
        # a revoked partition's position would be stale if it came back, and its lag is now another worker's
        self.positions = {key: offset for key, offset in self.positions.items() if key in kept}
        self.starts = {key: offset for key, offset in self.starts.items() if key in kept}
        committed = getattr(consumer, "_committed_offset", {})
        lag: dict[str, int] = dict.fromkeys(self.topics - {tp.topic for tp in assigned}, 0)
        for tp in assigned:
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            key = (tp.topic, tp.partition)
            position = self.positions.get(key)
            if position is None:  # nothing processed here yet: from the group's commit, or the partition's start
                position = committed.get(tp) or self.starts.get(key, 0)
            lag[tp.topic] = lag.get(tp.topic, 0) + max(highwater - position, 0)
        for topic, value in lag.items():
            self.gauge.labels(topic).set(value)
        self.topics.update(lag)
        self.watch_commits()

    def watch_commits(self) -> None:
        """Log each partition whose commit has not moved for `stall_seconds` while records wait beyond it."""
        consumer = self.app.consumer
        committed_offsets = getattr(consumer, "_committed_offset", {})  # faust's own bookkeeping (no public API)
        now = self.clock()
        for tp in consumer.assignment():
            highwater, committed = consumer.highwater(tp), committed_offsets.get(tp)
            if highwater is None or committed is None or highwater <= committed:
                self._commits.pop(tp, None)
                self._reported.discard(tp)
                continue
            seen = self._commits.get(tp)
            if seen is None or seen[0] != committed:
                self._commits[tp] = (committed, now)
                self._reported.discard(tp)
            elif now - seen[1] >= self.stall_seconds and tp not in self._reported:
                self._reported.add(tp)
                log.warning(
                    "commit stalled: %s[%d] committed %d, high water %d, for %.0f s; %s",
                    tp.topic, tp.partition, committed, highwater, now - seen[1], _faust_view(consumer, tp),
                )


def _faust_view(consumer: Any, tp: Any) -> str:
    """What faust's consumer holds for one partition (private attributes, read defensively)."""
    acked = sorted(getattr(consumer, "_acked", {}).get(tp) or [])
    unacked = sorted(m.offset for m in getattr(consumer, "_unacked_messages", ()) if getattr(m, "tp", None) == tp)
    return (
        f"read offset {getattr(consumer, '_read_offset', {}).get(tp)}, {len(acked)} acked above the commit "
        f"(lowest {acked[0] if acked else None}), unacked {unacked[:5]}, "
        f"active {tp in (getattr(consumer, '_active_partitions', None) or ())}, "
        f"buffered {tp in getattr(consumer, '_buffered_partitions', ())}, "
        f"paused {tp in getattr(consumer, '_paused_partitions', ())}, flow {getattr(consumer, 'flow_active', None)}"
    )


class MetricsPortTaken(RuntimeError):
    """The /metrics port is in use (another worker of the same service on this host, say)."""


def serve_metrics(registry: CollectorRegistry, host: str, port: int, setting: str = "the metrics port") -> None:
    """Serve /metrics from a daemon thread (port 0: disabled); `setting` names the variable that moves it."""
    disable_created_metrics()  # `_created` series double every counter and no dashboard reads them
    if port:
        try:
            start_http_server(port, addr=host, registry=registry)
        except OSError as exc:
            # a worker nobody can scrape is worse than one that does not start: say what to change
            raise MetricsPortTaken(
                f"cannot serve /metrics on {host}:{port} ({exc.strerror or exc}); another process, such as a "
                f"second worker on this host, has it: give this one its own port with {setting}=<port> "
                f"(and a scrape target), or 0 to run without /metrics"
            ) from exc
        log.info("metrics on http://%s:%d/metrics", host, port)


def prepare_datadir(app: faust.App) -> Path:
    """Create the worker's data folder with its parents (faust creates only the last level of it).

    The default (`.vigil/faust/<app>-data`) sits two levels down a folder a fresh checkout does not have.
    """
    datadir = Path(app.conf.datadir)
    datadir.mkdir(parents=True, exist_ok=True)
    return datadir


def run_worker(app: faust.App, loglevel: str = "info", on_ready: Callable[[], None] | None = None) -> None:
    """Run a faust worker in the foreground until SIGINT/SIGTERM (warm shutdown)."""
    prepare_datadir(app)
    if on_ready is not None:
        app.on_startup_finished = on_ready  # type: ignore[method-assign]
    faust.Worker(app, loglevel=loglevel).execute_from_commandline()
