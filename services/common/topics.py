"""Topics as code: read `deploy/kafka/topics.yaml` and create the topics idempotently."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from kafka import KafkaAdminClient

from schemas.topics import ALL_TOPICS
from services.common.kafka_config import kafka_python_kwargs
from services.common.settings import KafkaSettings

TOPICS_FILE = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "topics.yaml"


@dataclass(frozen=True)
class TopicConfig:
    """One topic as declared in topics.yaml."""

    name: str
    partitions: int
    replication_factor: int
    configs: dict[str, str]


def load_topics(path: Path = TOPICS_FILE, partitions: int | None = None) -> list[TopicConfig]:
    """The declared topics; `partitions` overrides the default count of non-DLQ topics (tests, scale-out)."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    defaults = doc.get("defaults", {})
    declared = {t["name"] for t in doc["topics"]}
    missing = {t.name for t in ALL_TOPICS} - declared
    if missing:
        raise ValueError(f"{path.name} lacks topics that schemas/topics.py defines: {sorted(missing)}")
    topics = []
    for entry in doc["topics"]:
        count = entry.get("partitions", partitions or defaults.get("partitions", 1))
        configs = {"retention.ms": str(entry["retention_ms"]), "cleanup.policy": entry["cleanup_policy"]}
        if "max_message_bytes" in entry:
            configs["max.message.bytes"] = str(int(entry["max_message_bytes"]))
        topics.append(
            TopicConfig(
                name=entry["name"],
                partitions=int(count),
                replication_factor=int(entry.get("replication_factor", defaults.get("replication_factor", 1))),
                configs=configs,
            )
        )
    return topics


def create_topics(settings: KafkaSettings, topics: list[TopicConfig]) -> dict[str, str]:
    """Create what is missing; return `{real topic name: 'created' | 'exists' | 'exists (N partitions)'}`."""
    admin = KafkaAdminClient(client_id="vigil-topics", **kafka_python_kwargs(settings))
    try:
        existing = set(admin.list_topics())
        wanted = {settings.topic(t.name): t for t in topics}
        to_create = {
            name: {"num_partitions": t.partitions, "replication_factor": t.replication_factor, "configs": t.configs}
            for name, t in wanted.items()
            if name not in existing
        }
        if to_create:
            admin.create_topics(to_create, raise_errors=True, wait_for_metadata=True)
        report = {name: "created" if name in to_create else "exists" for name in wanted}
        present = [name for name in wanted if name not in to_create]
        if present:
            for desc in admin.describe_topics(present):
                name, parts = desc["name"], desc["partitions"]
                if len(parts) != wanted[name].partitions:
                    report[name] = f"exists ({len(parts)} partitions, declared {wanted[name].partitions})"
        return report
    finally:
        admin.close()
