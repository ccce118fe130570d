"""SASL_SSL + SCRAM-SHA-512 + ACLs on a second, secure broker: who may read and write what; no leaked secret."""

from __future__ import annotations

import logging
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import GroupAuthorizationFailedError, KafkaTimeoutError, TopicAuthorizationFailedError
from prometheus_client import CollectorRegistry

from schemas.escalation import TheatreEvent
from schemas.events import Event
from schemas.topics import ALERTS, ARTICLES_RAW, ESCALATION_SCORES, EVENT_TOPICS, THEATRE_EVENTS
from services.common.acls import load_acls, parse_acls, principals_of
from services.common.kafka_config import kafka_python_kwargs
from services.common.settings import KafkaSettings
from services.common.topics import create_topics, load_topics
from services.ingest.app import Publisher
from services.ingest.metrics import build_metrics
from services.ingest.settings import IngestSettings
from tests.integration.kafka_helpers import ROOT, Broker, Deployment, free_port, start_broker

OVERLAY = ROOT / "deploy" / "kafka" / "secure" / "server.properties.in"
EVENT_NAMES = [spec.name for spec in EVENT_TOPICS.values()]
PARTITIONS = 2
USERS = ("ingest", "extractor", "escalation", "downstream")


# --- the secure broker -------------------------------------------------------------------------------------


def _openssl(args: str, cwd: Path) -> None:
    """Run one openssl command (its arguments hold no blanks, so a plain split is exact)."""
    subprocess.run(["openssl", *args.split()], cwd=cwd, check=True, capture_output=True)


def make_certificates(directory: Path) -> Path:
    """A throwaway CA and a broker certificate for 127.0.0.1/localhost; return the secrets directory."""
    work, secrets_dir = directory / "pki", directory / "secrets"
    work.mkdir()
    secrets_dir.mkdir(mode=0o700)
    _openssl(
        "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=vigil-test-ca"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign",
        cwd=work,
    )
    _openssl("req -new -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr -subj /CN=localhost", cwd=work)
    (work / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    _openssl(
        "x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 2 -extfile ext.cnf -out broker.crt",
        cwd=work,
    )
    chain = [(work / name).read_text() for name in ("broker.key", "broker.crt", "ca.pem")]
    (secrets_dir / "broker.pem").write_text("".join(chain))
    (secrets_dir / "ca.pem").write_text(chain[2])
    return secrets_dir


def render_overlay(port: int, controller_port: int, secrets_dir: Path, out: Path) -> Path:
    """deploy/kafka/secure/server.properties.in with its placeholders filled in."""
    text = OVERLAY.read_text(encoding="utf-8")
    for key, value in {
        "@PORT@": port,
        "@CONTROLLER_PORT@": controller_port,
        "@HOST@": "127.0.0.1",
        "@SECRETS_DIR@": secrets_dir,
    }.items():
        text = text.replace(key, str(value))
    out.write_text(text)
    return out


@dataclass
class SecureCluster:
    """The secure broker, its CA and each principal's password (also in a file, like a mounted secret)."""

    broker: Broker
    ca: Path
    passwords: dict[str, str]
    password_files: dict[str, Path]
    state: Path

    def settings(self, user: str, password: str | None = None) -> KafkaSettings:
        return KafkaSettings(
            bootstrap=self.broker.bootstrap,
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            username=user,
            password=password or self.passwords[user],
            ssl_cafile=self.ca,
        )

    def kwargs(self, user: str, **extra: Any) -> dict[str, Any]:
        return {**kafka_python_kwargs(self.settings(user)), **extra}


@pytest.fixture(scope="module")
def secure(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureCluster]:
    """A second broker with only a SASL_SSL listener and ACLs, its users, ACLs and topics; always stopped."""
    state = tmp_path_factory.mktemp("secure-kafka")
    secrets_dir = make_certificates(state)
    passwords = {user: secrets.token_hex(16) for user in ("admin", *USERS)}
    password_dir = state / "passwords"  # one file per principal, as services.common.acls expects
    password_dir.mkdir(mode=0o700)
    password_files = {user: password_dir / user for user in passwords}
    for user, password in passwords.items():
        password_files[user].write_text(password + "\n")
        password_files[user].chmod(0o600)
    (secrets_dir / "admin.properties").write_text(f"password={passwords['admin']}\n")
    port, controller_port = free_port(), free_port()
    overlay = render_overlay(port, controller_port, secrets_dir, state / "secure.properties")
    broker = start_broker(
        state,
        port,
        extra_env={
            "KAFKA_CONTROLLER_PORT": str(controller_port),
            "KAFKA_EXTRA_CONFIG": str(overlay),
            # hex passwords: kafka.sh splits this on blanks and passes it on unquoted
            "KAFKA_FORMAT_ARGS": f"--add-scram SCRAM-SHA-512=[name=admin,password={passwords['admin']}]",
            # `kafka.sh wait` (services.common.kafka_ready) connects with these settings
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_USERNAME": "admin",
            "KAFKA_PASSWORD_FILE": str(password_files["admin"]),
            "KAFKA_SSL_CAFILE": str(secrets_dir / "ca.pem"),
        },
    )
    try:
        cluster = SecureCluster(broker, secrets_dir / "ca.pem", passwords, password_files, state)
        # the operator's path: users and ACLs by the module's command line, logged in as admin from KAFKA_*
        applied = subprocess.run(
            [sys.executable, "-m", "services.common.acls", "--passwords-dir", str(password_dir)],
            cwd=ROOT,
            env={**broker.env, "KAFKA_BOOTSTRAP": broker.bootstrap},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert applied.returncode == 0, applied.stderr[-3000:]
        assert not any(p in applied.stdout + applied.stderr for p in passwords.values())
        create_topics(cluster.settings("admin"), load_topics(partitions=PARTITIONS))
        yield cluster
    finally:
        broker.kafka_sh("stop", check=False)


# --- helpers -----------------------------------------------------------------------------------------------


def poll_until(consumer: KafkaConsumer, done: Callable[[list[Any]], bool], timeout: float, describe: str = "") -> list:
    """Poll records until `done(records)`; fail with context once the deadline passes."""
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend(batch)
        if done(records):
            return records
    raise AssertionError(f"deadline of {timeout:.0f}s passed with {len(records)} records read\n{describe}")


def poll_raises(consumer: KafkaConsumer, error: type[Exception], timeout: float) -> Exception:
    """Poll until the client raises `error` (refusals surface on the first calls that reach the broker)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            consumer.poll(timeout_ms=500)
        except error as exc:
            return exc
    raise AssertionError(f"no {error.__name__} within {timeout:.0f}s")


def article(article_id: str) -> dict[str, str]:
    return {
        "id": article_id,
        "source": "Test Wire",
        "published_at": "2026-03-05T06:00:00Z",
        "title": "China holds drills near Taiwan",
        "body": "China's navy began live-fire exercises near Taiwan on Thursday, the island's defence ministry "
        "said. Taiwan accused Beijing of raising tensions in the strait.",
    }


# --- tests against the secure broker -----------------------------------------------------------------------


@pytest.mark.integration
def test_ingest_writes_raw_articles_but_not_events(secure: SecureCluster) -> None:
    producer = KafkaProducer(**secure.kwargs("ingest", acks="all", enable_idempotence=True))
    try:
        sent = producer.send(ARTICLES_RAW.name, key=b"acl-ingest", value=b"{}").get(timeout=30)
        assert sent.topic == ARTICLES_RAW.name and sent.offset >= 0
        with pytest.raises(TopicAuthorizationFailedError):
            producer.send(EVENT_TOPICS["troop_movement"].name, value=b"{}").get(timeout=30)
    finally:
        producer.close()


@pytest.mark.integration
def test_downstream_reads_alerts_but_cannot_write_them_nor_read_raw_articles(secure: SecureCluster) -> None:
    marker = uuid.uuid4().hex.encode()
    escalation = KafkaProducer(**secure.kwargs("escalation", acks="all"))
    try:
        escalation.send(ALERTS.name, key=b"acl-theatre", value=marker).get(timeout=30)
    finally:
        escalation.close()
    reading = secure.kwargs(
        "downstream", group_id="downstream-x", auto_offset_reset="earliest", enable_auto_commit=False
    )
    with KafkaConsumer(ALERTS.name, *EVENT_NAMES, **reading) as reader:
        poll_until(reader, lambda rs: any(r.value == marker for r in rs), timeout=60)

    # without idempotence the refusal is the topic's own (an idempotent producer is refused one step earlier)
    producer = KafkaProducer(**secure.kwargs("downstream", acks="all", enable_idempotence=False))
    try:
        for topic in (ALERTS.name, EVENT_TOPICS["military_drill"].name):
            with pytest.raises(TopicAuthorizationFailedError):
                producer.send(topic, value=b"{}").get(timeout=30)
    finally:
        producer.close()

    with KafkaConsumer(**reading) as raw:
        assert raw.partitions_for_topic(ARTICLES_RAW.name) in (None, set()), "raw articles are visible"
        raw.assign([TopicPartition(ARTICLES_RAW.name, 0)])
        poll_raises(raw, TopicAuthorizationFailedError, timeout=30)

    outside = {**reading, "group_id": "analysts"}  # not under downstream-
    with KafkaConsumer(ALERTS.name, **outside) as other:
        poll_raises(other, GroupAuthorizationFailedError, timeout=30)


@pytest.mark.integration
def test_a_wrong_password_is_refused(secure: SecureCluster, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kafka")
    wrong = secure.settings("ingest", password=secrets.token_hex(16))
    # Every attempt is refused. On a loaded machine a handshake can also end in a plain disconnect before the
    # broker's answer is logged, so the reason is looked for over up to three refused attempts.
    for _ in range(3):
        with pytest.raises(KafkaTimeoutError):  # kafka-python reports a refused login as a failed bootstrap
            KafkaAdminClient(bootstrap_timeout_ms=6000, **kafka_python_kwargs(wrong))
        if "SaslAuthenticationFailed" in caplog.text:
            break
    assert "SaslAuthenticationFailed" in caplog.text, caplog.text[-2000:]
    assert secure.passwords["ingest"] not in caplog.text


def start_worker(dep: Deployment, secure: SecureCluster, service: str, log_dir: Path) -> None:
    """A real `vigil <service> worker` logged in as its own principal, the password read from a file."""
    dep.start(
        service,
        "worker",
        log_dir=log_dir,
        name=service,
        KAFKA_SECURITY_PROTOCOL="SASL_SSL",
        KAFKA_USERNAME=service,
        KAFKA_PASSWORD_FILE=str(secure.password_files[service]),
        KAFKA_SSL_CAFILE=str(secure.ca),
    )


@pytest.mark.integration
def test_workers_turn_an_ingested_article_into_events_for_downstream(secure: SecureCluster, tmp_path: Path) -> None:
    dep = Deployment(secure.broker, prefix="", partitions=PARTITIONS)
    for service in ("extractor", "escalation"):
        start_worker(dep, secure, service, tmp_path)
    try:
        publisher = Publisher(
            secure.settings("ingest"), IngestSettings(metrics_port=0, http_port=0), build_metrics(CollectorRegistry())
        )
        try:
            outcome = publisher.submit(article("acl-e2e-1"), input="file", ref="test", wait=True).outcome
            assert outcome == "published"
        finally:
            publisher.close()
        reading = secure.kwargs(
            "downstream", group_id="downstream-e2e", auto_offset_reset="earliest", enable_auto_commit=False
        )
        with KafkaConsumer(*EVENT_NAMES, **reading) as reader:
            records = poll_until(
                reader,
                lambda rs: (
                    {r.topic for r in rs}
                    >= {EVENT_TOPICS["military_drill"].name, EVENT_TOPICS["diplomatic_statement"].name}
                ),
                timeout=90,
                describe=dep.logs_tail(),
            )
        # escalation read the events and repartitioned them by theatre; the admin inspects the internal topic
        admin_reading = secure.kwargs("admin", auto_offset_reset="earliest", enable_auto_commit=False)
        with KafkaConsumer(THEATRE_EVENTS.name, **admin_reading) as inspector:
            internal = poll_until(
                inspector,
                lambda rs: any(TheatreEvent.model_validate_json(r.value).routed for r in rs),
                timeout=60,
                describe=dep.logs_tail(),
            )
        admin = KafkaAdminClient(**secure.kwargs("admin"))
        try:  # the table's changelog (declared in topics.yaml) is there for the escalation principal to use
            assert "vigil-escalation-theatre-state-changelog" in admin.list_topics()
        finally:
            admin.close()
    finally:
        dep.stop_all()
    events = [Event.model_validate_json(r.value) for r in records]
    assert {e.article_id for e in events} == {"acl-e2e-1"}
    assert any(e.type == "military_drill" and e.actor == "CHN" for e in events)
    routed = [TheatreEvent.model_validate_json(r.value) for r in internal]
    assert {e.article_id for r in routed for e in r.routed} == {"acl-e2e-1"}  # the others are event-time ticks
    for log_file in dep.logs:
        log = log_file.read_text(errors="replace")
        assert "Authenticated as" in log and "SCRAM-SHA-512" in log, f"{log_file.name}: no SCRAM login"
        assert "AuthorizationFailed" not in log, f"{log_file.name}: an operation was refused"
        for password in secure.passwords.values():
            assert password not in log, f"a password appears in {log_file.name}"


# --- the ACL file (no broker) ------------------------------------------------------------------------------


def _grants(rules: list, principal: str, operation: str) -> set[str]:
    return {r.name for r in rules if r.principal == principal and r.operation == operation and r.resource == "topic"}


def test_the_acl_file_grants_least_privilege() -> None:
    rules = load_acls()
    assert principals_of(rules) == sorted(USERS)
    assert _grants(rules, "ingest", "write") == {ARTICLES_RAW.name, ARTICLES_RAW.dlq}
    assert _grants(rules, "ingest", "read") == set()
    assert _grants(rules, "downstream", "write") == set()
    assert ARTICLES_RAW.name not in _grants(rules, "downstream", "read")
    assert _grants(rules, "downstream", "read") == {ALERTS.name, ESCALATION_SCORES.name, *EVENT_NAMES}
    assert _grants(rules, "extractor", "read") == {ARTICLES_RAW.name, "vigil-extractor-"}
    # each service writes its outputs, the dead-letter topics of what it reads, and its own internal topics
    assert _grants(rules, "extractor", "write") == {*EVENT_NAMES, ARTICLES_RAW.dlq, "vigil-extractor-"}
    assert _grants(rules, "escalation", "read") == {*EVENT_NAMES, THEATRE_EVENTS.name, "vigil-escalation-"}
    assert _grants(rules, "escalation", "write") == {
        ALERTS.name, ESCALATION_SCORES.name, THEATRE_EVENTS.name, THEATRE_EVENTS.dlq,
        *(f"{name}.dlq" for name in EVENT_NAMES), "vigil-escalation-",
    }
    for principal in ("extractor", "escalation", "downstream"):
        assert _grants(rules, principal, "create") <= {f"vigil-{principal}-"}
    assert not any(r.permission == "allow" and r.operation == "all" for r in rules)


def test_the_acl_file_prefixes_topics_and_groups_but_not_the_cluster() -> None:
    doc = {
        "principals": {
            "svc": [
                {"resource": "topic", "name": ALERTS.name, "operations": ["Read", "Write"]},
                {"resource": "group", "name": "downstream-", "pattern": "prefixed", "operations": ["Read"]},
                {"resource": "cluster", "operations": ["IdempotentWrite"]},
            ]
        }
    }
    names = {(r.resource, r.name, r.operation) for r in parse_acls(doc, prefix="t1.")}
    assert names == {
        ("topic", f"t1.{ALERTS.name}", "read"),
        ("topic", f"t1.{ALERTS.name}", "write"),
        ("group", "t1.downstream-", "read"),
        ("cluster", "kafka-cluster", "idempotent_write"),
    }


@pytest.mark.parametrize(
    "rule",
    [
        {"resource": "topic", "name": "events.troop_movements.v1", "operations": ["Read"]},  # not in the contract
        {"resource": "topic", "name": ALERTS.name, "operations": ["Fly"]},
        {"resource": "queue", "name": ALERTS.name, "operations": ["Read"]},
        {"resource": "topic", "name": ALERTS.name, "operations": []},
        {"resource": "topic", "name": ALERTS.name, "operations": ["Read"], "host": "10.0.0.1"},
    ],
)
def test_the_acl_file_rejects_mistakes(rule: dict) -> None:
    with pytest.raises(ValueError):
        parse_acls({"principals": {"svc": [rule]}})
