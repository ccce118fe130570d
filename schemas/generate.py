"""Generate the published contract: one JSON Schema per topic payload and an AsyncAPI 3 document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from schemas.topics import ALL_TOPICS, TopicSpec

HERE = Path(__file__).resolve().parent
JSONSCHEMA_DIR = HERE / "jsonschema"
ASYNCAPI_FILE = HERE / "asyncapi.yaml"


def schema_of(topic: TopicSpec) -> dict[str, Any]:
    """The JSON Schema of a topic's value model."""
    schema = topic.value.model_json_schema(mode="serialization")
    schema["$id"] = f"https://vigil.example/schemas/{topic.name}.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def asyncapi() -> dict[str, Any]:
    """An AsyncAPI 3.0 document describing every topic, its key and payload."""
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for topic in ALL_TOPICS:
        channel_id = topic.name.replace(".", "_")
        message_id = f"{channel_id}_message"
        messages[message_id] = {
            "name": topic.value.__name__,
            "contentType": "application/json",
            "payload": {"$ref": f"./jsonschema/{topic.name}.json"},
            # a dead letter keeps its message's key, and ingest's rejected inputs have none
            "bindings": {"kafka": {"key": {"type": ["string", "null"] if topic.name.endswith(".dlq") else "string",
                                           "description": topic.key}}},
        }
        channels[channel_id] = {
            "address": topic.name,
            "description": topic.description,
            "messages": {message_id: {"$ref": f"#/components/messages/{message_id}"}},
        }
        for role, action in (("producers", "send"), ("consumers", "receive")):
            for service in getattr(topic, role):
                operations[f"{service}_{action}_{channel_id}"] = {
                    "action": action,
                    "channel": {"$ref": f"#/channels/{channel_id}"},
                    "summary": f"{service} {action}s {topic.value.__name__} on {topic.name}",
                }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Vigil event topics",
            "version": "1.0.0",
            "description": "Topics of Vigil: raw articles, extracted events per type, escalation scores, alerts "
            "and dead letters. Generated from schemas/topics.py; do not edit by hand.",
        },
        "defaultContentType": "application/json",
        "servers": {"local": {"host": "127.0.0.1:9092", "protocol": "kafka", "description": "Development broker."}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }


def rendered() -> dict[Path, str]:
    """Every generated file and its content."""
    files = {
        JSONSCHEMA_DIR / f"{topic.name}.json": json.dumps(schema_of(topic), indent=2, sort_keys=True) + "\n"
        for topic in ALL_TOPICS
    }
    files[ASYNCAPI_FILE] = yaml.safe_dump(asyncapi(), sort_keys=False, width=110)
    return files


# What a consumer (or a producer) validating against a property relies on; descriptions, titles and defaults aside.
_CONTRACT_KEYS = (
    "type", "$ref", "anyOf", "enum", "const", "format", "pattern", "items", "minLength", "maxLength", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
)


def _shape(prop: dict[str, Any]) -> str:
    """A property as validation sees it: its type, reference, union, enumeration, format and bounds (an enum that
    gains a value breaks a consumer validating with the old schema; one that loses a value breaks its producers)."""
    return json.dumps({key: prop[key] for key in _CONTRACT_KEYS if key in prop}, sort_keys=True)


def _models(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The payload model and every nested model of a JSON Schema, by name."""
    return {"(payload)": schema, **schema.get("$defs", {})}


def breaking_changes(directory: Path | None = None) -> list[str]:
    """How the models would break the contract published in `directory` (the committed one by default):
    removed or retyped fields, fields that became required, and fields added to a model the old schema closed
    (`additionalProperties: false`: a consumer validating with it refuses them) — a consumer of the old contract,
    or a producer of it, would fail."""
    directory = directory or JSONSCHEMA_DIR
    found = []
    for topic in ALL_TOPICS:
        path = directory / f"{topic.name}.json"
        if not path.exists():
            continue  # a new topic breaks nobody
        old_models, new_models = _models(json.loads(path.read_text(encoding="utf-8"))), _models(schema_of(topic))
        for model, old in old_models.items():
            new = new_models.get(model)
            if new is None:
                continue  # a nested model renamed or inlined: its fields are compared where they are used
            for name, prop in old.get("properties", {}).items():
                where = f"{topic.name}: {model}.{name}"
                if name not in new.get("properties", {}):
                    found.append(f"{where} removed")
                elif _shape(new["properties"][name]) != _shape(prop):
                    found.append(f"{where} retyped: {_shape(prop)} -> {_shape(new['properties'][name])}")
            for name in sorted(set(new.get("required", [])) - set(old.get("required", []))):
                found.append(f"{topic.name}: {model}.{name} became required")
            if old.get("additionalProperties") is False:
                for name in sorted(set(new.get("properties", {})) - set(old.get("properties", {}))):
                    found.append(f"{topic.name}: {model}.{name} added to a closed model")
    return found


class BreakingChange(RuntimeError):
    """The models break the published contract; the topic needs a new version (or `allow_breaking`)."""


def write_all(allow_breaking: bool = False) -> list[Path]:
    """Write every generated file; refuse, listing why, when that would break the published contract."""
    broken = breaking_changes()
    if broken and not allow_breaking:
        raise BreakingChange("; ".join(broken))
    JSONSCHEMA_DIR.mkdir(exist_ok=True)
    written = []
    for path, content in rendered().items():
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def drift() -> list[Path]:
    """Generated files whose committed content differs from the models."""
    return [p for p, c in rendered().items() if not p.exists() or p.read_text(encoding="utf-8") != c]
