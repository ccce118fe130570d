"""SASL_SSL + SCRAM-SHA-512 + ACLs on a second, secure broker: who may read and write what, and no leaked secret."""

from __future__ import annotations

import logging
import secrets
import subprocess
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

from schemas.events import Event
from schemas.topics import ALERTS, ARTICLES_RAW, EVENT_TOPICS
from services.common.acls import admin_client, apply_acls, load_acls, parse_acls, principals_of, upsert_scram_users
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


# --- the secure broker ------------------------------------------------------------------------------------------


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(directory: Path) -> Path:
    """A throwaway CA and a broker certificate for 127.0.0.1/localhost; return the secrets directory."""
    work, secrets_dir = directory / "pki", directory / "secrets"
    work.mkdir()
    secrets_dir.mkdir(mode=0o700)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=vigil-test-ca", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=work)
    _openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr",
             "-subj", "/CN=localhost", cwd=work)
    (work / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    _openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "2",
             "-days", "2", "-extfile", "ext.cnf", "-out", "broker.crt", cwd=work)
    chain = [(work / name).read_text() for name in ("broker.key", "broker.crt", "ca.pem")]
    (secrets_dir / "broker.pem").write_text("".join(chain))
    (secrets_dir / "ca.pem").write_text(chain[2])
    return secrets_dir


def render_overlay(port: int, controller_port: int, secrets_dir: Path, out: Path) -> Path:
    """deploy/kafka/secure/server.properties.in with its placeholders filled in."""
    text = OVERLAY.read_text(encoding="utf-8")
    for key, value in {"@PORT@": port, "@CONTROLLER_PORT@": controller_port, "@HOST@": "127.0.0.1",
                       "@SECRETS_DIR@": secrets_dir}.items():
        text = text.replace(key, str(value))
    out.write_text(text)
    return out


@dataclass
class SecureCluster:
    """The secure broker, its CA and every principal's password (each also in a file, like a mounted secret)."""

    broker: Broker
    ca: Path
    passwords: dict[str, str]
    password_files: dict[str, Path]
    state: Path

    def settings(self, user: str, password: str | None = None) -> KafkaSettings:
        return KafkaSettings(
            bootstrap=self.broker.bootstrap, security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
            username=user, password=password or self.passwords[user], ssl_cafile=self.ca,
        )

    def kwargs(self, user: str, **extra: Any) -> dict[str, Any]:
        return {**kafka_python_kwargs(self.settings(user)), **extra}


@pytest.fixture(scope="module")
def secure(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureCluster]:
    """A second broker with only a SASL_SSL listener and ACLs, its users, ACLs and topics; always stopped."""
    state = tmp_path_factory.mktemp("secure-kafka")
    secrets_dir = make_certificates(state)
    passwords = {user: secrets.token_hex(16) for user in ("admin", *USERS)}
    password_files = {}
    for user, password in passwords.items():
        password_files[user] = state / f"{user}.password"
        password_files[user].write_text(password + "\n")
        password_files[user].chmod(0o600)
    (secrets_dir / "admin.properties").write_text(f"password={passwords['admin']}\n")
    port, controller_port = free_port(), free_port()
    overlay = render_overlay(port, controller_port, secrets_dir, state / "secure.properties")
    broker = start_broker(state, port, extra_env={
        "KAFKA_CONTROLLER_PORT": str(controller_port),
        "KAFKA_EXTRA_CONFIG": str(overlay),
        # hex passwords: kafka.sh splits this on blanks and passes it on unquoted
        "KAFKA_FORMAT_ARGS": f"--add-scram SCRAM-SHA-512=[name=admin,password={passwords['admin']}]",
        # `kafka.sh wait` (services.common.kafka_ready) connects with these settings
        "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_USERNAME": "admin",
        "KAFKA_PASSWORD_FILE": str(password_files["admin"]), "KAFKA_SSL_CAFILE": str(secrets_dir / "ca.pem"),
    })
    try:
        cluster = SecureCluster(broker, secrets_dir / "ca.pem", passwords, password_files, state)
        admin_settings = cluster.settings("admin")
        rules = load_acls()
        admin = admin_client(admin_settings)
        try:
            upsert_scram_users(admin, {user: passwords[user] for user in principals_of(rules)})
            apply_acls(admin, rules)
        finally:
            admin.close()
        create_topics(admin_settings, load_topics(partitions=PARTITIONS))
        yield cluster
    finally:
        broker.kafka_sh("stop", check=False)


# --- helpers -----------------------------------------------------------------------------------------------------


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
        "id": article_id, "source": "Test Wire", "published_at": "2026-03-05T06:00:00Z",
        "title": "North Korea fires missiles as tension rises",
        "body": "North Korea test-fired two ballistic missiles into the sea on Thursday, Japan's defence ministry "
                "said. South Korea warned Pyongyang against further provocations.",
    }


# --- tests against the secure broker -----------------------------------------------------------------------------


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
    with KafkaConsumer(ALERTS.name, *EVENT_NAMES, **secure.kwargs(
            "downstream", group_id="downstream-x", auto_offset_reset="earliest", enable_auto_commit=False)) as reader:
        poll_until(reader, lambda rs: any(r.value == marker for r in rs), timeout=60)

    # without idempotence the refusal is the topic's own (an idempotent producer is refused one step earlier)
    producer = KafkaProducer(**secure.kwargs("downstream", acks="all", enable_idempotence=False))
    try:
        for topic in (ALERTS.name, EVENT_TOPICS["military_drill"].name):
            with pytest.raises(TopicAuthorizationFailedError):
                producer.send(topic, value=b"{}").get(timeout=30)
    finally:
        producer.close()

    with KafkaConsumer(**secure.kwargs("downstream", group_id="downstream-x", enable_auto_commit=False)) as raw:
        assert raw.partitions_for_topic(ARTICLES_RAW.name) in (None, set()), "raw articles are visible"
        raw.assign([TopicPartition(ARTICLES_RAW.name, 0)])
        poll_raises(raw, TopicAuthorizationFailedError, timeout=30)

    with KafkaConsumer(ALERTS.name, **secure.kwargs("downstream", group_id="analysts", enable_auto_commit=False)) as other:
        poll_raises(other, GroupAuthorizationFailedError, timeout=30)


@pytest.mark.integration
def test_a_wrong_password_is_refused(secure: SecureCluster, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kafka")
    wrong = secure.settings("ingest", password=secrets.token_hex(16))
    with pytest.raises(KafkaTimeoutError):  # kafka-python reports a refused login as a failed bootstrap
        KafkaAdminClient(bootstrap_timeout_ms=6000, **kafka_python_kwargs(wrong))
    assert "SaslAuthenticationFailed" in caplog.text, caplog.text[-2000:]
    assert secure.passwords["ingest"] not in caplog.text


@pytest.mark.integration
def test_extractor_worker_turns_an_ingested_article_into_events_for_downstream(
    secure: SecureCluster, tmp_path: Path
) -> None:
    dep = Deployment(secure.broker, prefix="", partitions=PARTITIONS)
    dep.start("extractor", "worker", log_dir=tmp_path, name="extractor",
              KAFKA_SECURITY_PROTOCOL="SASL_SSL", KAFKA_USERNAME="extractor",
              KAFKA_PASSWORD_FILE=str(secure.password_files["extractor"]), KAFKA_SSL_CAFILE=str(secure.ca))
    try:
        publisher = Publisher(secure.settings("ingest"), IngestSettings(metrics_port=0, http_port=0),
                              build_metrics(CollectorRegistry()))
        try:
            assert publisher.submit(article("acl-e2e-1"), input="file", ref="test", wait=True).outcome == "published"
        finally:
            publisher.close()
        with KafkaConsumer(*EVENT_NAMES, **secure.kwargs(
                "downstream", group_id="downstream-e2e", auto_offset_reset="earliest",
                enable_auto_commit=False)) as reader:
            records = poll_until(
                reader, lambda rs: {r.topic for r in rs} >= {EVENT_TOPICS["military_drill"].name,
                                                            EVENT_TOPICS["diplomatic_statement"].name},
                timeout=90, describe=dep.logs_tail(),
            )
    finally:
        dep.stop_all()
    events = [Event.model_validate_json(r.value) for r in records]
    assert {e.article_id for e in events} == {"acl-e2e-1"}
    assert any(e.type == "military_drill" and e.actor == "PRK" for e in events)
    log = dep.logs[0].read_text(errors="replace")
    assert "SCRAM-SHA-512" in log, "the worker did not log in with SCRAM"
    for password in secure.passwords.values():
        assert password not in log, "a password appears in the worker's log"


# --- the ACL file (no broker) ------------------------------------------------------------------------------------


def _grants(rules: list, principal: str, operation: str) -> set[str]:
    return {r.name for r in rules if r.principal == principal and r.operation == operation and r.resource == "topic"}


def test_the_acl_file_grants_least_privilege() -> None:
    rules = load_acls()
    assert principals_of(rules) == sorted(USERS)
    assert _grants(rules, "ingest", "write") == {ARTICLES_RAW.name, ARTICLES_RAW.dlq}
    assert _grants(rules, "ingest", "read") == set()
    assert _grants(rules, "downstream", "write") == set()
    assert ARTICLES_RAW.name not in _grants(rules, "downstream", "read")
    assert _grants(rules, "downstream", "read") >= {ALERTS.name, *EVENT_NAMES}
    assert _grants(rules, "extractor", "read") == {ARTICLES_RAW.name, "vigil-extractor-"}
    assert not any(r.permission == "allow" and r.operation == "all" for r in rules)


def test_the_acl_file_prefixes_topics_and_groups_but_not_the_cluster() -> None:
    doc = {"principals": {"svc": [
        {"resource": "topic", "name": ALERTS.name, "operations": ["Read", "Write"]},
        {"resource": "group", "name": "downstream-", "pattern": "prefixed", "operations": ["Read"]},
        {"resource": "cluster", "operations": ["IdempotentWrite"]},
    ]}}
    names = {(r.resource, r.name, r.operation) for r in parse_acls(doc, prefix="t1.")}
    assert names == {("topic", f"t1.{ALERTS.name}", "read"), ("topic", f"t1.{ALERTS.name}", "write"),
                     ("group", "t1.downstream-", "read"), ("cluster", "kafka-cluster", "idempotent_write")}


@pytest.mark.parametrize("rule", [
    {"resource": "topic", "name": "events.troop_movements.v1", "operations": ["Read"]},  # typo: not in the contract
    {"resource": "topic", "name": ALERTS.name, "operations": ["Fly"]},
    {"resource": "queue", "name": ALERTS.name, "operations": ["Read"]},
    {"resource": "topic", "name": ALERTS.name, "operations": []},
    {"resource": "topic", "name": ALERTS.name, "operations": ["Read"], "host": "10.0.0.1"},
])
def test_the_acl_file_rejects_mistakes(rule: dict) -> None:
    with pytest.raises(ValueError):
        parse_acls({"principals": {"svc": [rule]}})
