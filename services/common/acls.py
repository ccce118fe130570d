"""ACLs and SCRAM users as code: parse `deploy/kafka/secure/acls.yaml`; apply it with kafka-python's admin."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from schemas.topics import BY_NAME

if TYPE_CHECKING:  # the admin half imports kafka lazily, so the parsing half stays importable without it
    from kafka import KafkaAdminClient

    from services.common.settings import KafkaSettings

ACLS_FILE = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "secure" / "acls.yaml"
SCRAM_MECHANISM = "SCRAM-SHA-512"
CLUSTER_RESOURCE = "kafka-cluster"  # the only name Kafka accepts for the cluster resource
RESOURCES = ("topic", "group", "cluster", "transactional_id")
PATTERNS = ("literal", "prefixed")
PERMISSIONS = ("allow", "deny")
OPERATIONS = (
    "all",
    "read",
    "write",
    "create",
    "delete",
    "alter",
    "describe",
    "cluster_action",
    "describe_configs",
    "alter_configs",
    "idempotent_write",
)
RULE_KEYS = {"resource", "name", "pattern", "operations", "permission"}


@dataclass(frozen=True, order=True)
class AclRule:
    """One ACL binding: a principal may (or may not) do one operation on a resource pattern, from any host."""

    principal: str
    resource: str
    name: str
    pattern: str
    operation: str
    permission: str = "allow"

    @property
    def kafka_principal(self) -> str:
        return f"User:{self.principal}"


def _token(value: Any, allowed: tuple[str, ...], what: str, where: str) -> str:
    # Kafka's own spelling (IdempotentWrite), snake case and kebab case all name the same token
    squashed = {token.replace("_", ""): token for token in allowed}
    token = squashed.get(str(value).strip().lower().replace("-", "").replace("_", ""))
    if token is None:
        raise ValueError(f"{where}: unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return token


def _rules_of(principal: str, index: int, entry: Mapping[str, Any], prefix: str) -> list[AclRule]:
    where = f"acls.yaml principal {principal!r} rule {index + 1}"
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    resource = _token(entry.get("resource"), RESOURCES, "resource", where)
    pattern = _token(entry.get("pattern", "literal"), PATTERNS, "pattern", where)
    permission = _token(entry.get("permission", "allow"), PERMISSIONS, "permission", where)
    operations = entry.get("operations") or []
    if not isinstance(operations, list) or not operations:
        raise ValueError(f"{where}: operations must be a non-empty list")
    name = str(entry.get("name", CLUSTER_RESOURCE if resource == "cluster" else "")).strip()
    if not name:
        raise ValueError(f"{where}: a {resource} rule needs a name")
    if resource == "cluster":
        if name != CLUSTER_RESOURCE or pattern != "literal":
            raise ValueError(f"{where}: the cluster resource is the literal {CLUSTER_RESOURCE!r}")
    elif resource == "topic" and pattern == "literal" and name not in BY_NAME:
        # a typo here would silently grant nothing; the contract names are in schemas/topics.py
        raise ValueError(f"{where}: {name!r} is not a topic of schemas/topics.py")
    real_name = name if resource == "cluster" else f"{prefix}{name}"
    ops = [_token(op, OPERATIONS, "operation", where) for op in operations]
    return [AclRule(principal, resource, real_name, pattern, op, permission) for op in ops]


def parse_acls(doc: Mapping[str, Any], prefix: str = "") -> list[AclRule]:
    """The bindings of a parsed acls.yaml, `prefix` put before every topic and group name; sorted, unique."""
    principals = doc.get("principals")
    if not isinstance(principals, Mapping) or not principals:
        raise ValueError("acls.yaml needs a non-empty `principals` mapping")
    rules: set[AclRule] = set()
    for principal, entries in principals.items():
        if not isinstance(entries, list):
            raise ValueError(f"acls.yaml principal {principal!r}: expected a list of rules")
        for index, entry in enumerate(entries):
            rules.update(_rules_of(str(principal), index, entry, prefix))
    return sorted(rules)


def load_acls(path: Path = ACLS_FILE, prefix: str = "") -> list[AclRule]:
    """The ACL bindings declared in `path` (default deploy/kafka/secure/acls.yaml)."""
    return parse_acls(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, prefix)


def principals_of(rules: Iterable[AclRule]) -> list[str]:
    """The user names the rules mention (each needs a SCRAM credential)."""
    return sorted({rule.principal for rule in rules})


def read_passwords(directory: Path, users: Iterable[str]) -> dict[str, str]:
    """Each user's password from the file `<directory>/<user>` (one mounted secret per user), stripped."""
    passwords = {}
    for user in users:
        secret = (directory / user).read_text(encoding="utf-8").strip()
        if not secret:
            raise ValueError(f"the password file of {user!r} is empty")
        passwords[user] = secret
    return passwords


# --- admin calls (kafka-python) ---------------------------------------------------------------------------


def to_kafka_acl(rule: AclRule) -> Any:
    """The kafka-python `ACL` object of one rule."""
    from kafka import admin as k

    pattern = k.ResourcePattern(
        k.ResourceType[rule.resource.upper()], rule.name, k.ACLResourcePatternType[rule.pattern.upper()]
    )
    return k.ACL(
        rule.kafka_principal,
        "*",
        k.ACLOperation[rule.operation.upper()],
        k.ACLPermissionType[rule.permission.upper()],
        pattern,
    )


def apply_acls(admin: KafkaAdminClient, rules: list[AclRule]) -> int:
    """Create the bindings (creating an existing binding is a no-op in Kafka); return how many were sent."""
    if not rules:
        return 0
    result = admin.create_acls([to_kafka_acl(rule) for rule in rules])
    if result["failed"]:
        raise RuntimeError(f"{len(result['failed'])} ACLs were refused: {result['failed'][:3]}")
    return len(result["succeeded"])


def upsert_scram_users(admin: KafkaAdminClient, passwords: Mapping[str, str], mechanism: str = SCRAM_MECHANISM) -> None:
    """Create or reset each user's SCRAM credential; a refusal names the users, never the passwords."""
    from kafka.admin import UserScramCredentialUpsertion

    if not passwords:
        return
    upserts = [UserScramCredentialUpsertion(user, mechanism, secret) for user, secret in passwords.items()]
    answers = admin.alter_user_scram_credentials(upserts)
    errors = {user: message for user, message in answers.items() if message}
    if errors:
        raise RuntimeError(f"SCRAM credentials refused: {errors}")


def admin_client(settings: KafkaSettings) -> KafkaAdminClient:
    """An admin client from the settings (they must name a super user, e.g. admin)."""
    from kafka import KafkaAdminClient

    from services.common.kafka_config import kafka_python_kwargs

    return KafkaAdminClient(client_id="vigil-acls", **kafka_python_kwargs(settings))


def main(argv: list[str] | None = None) -> int:
    """`python -m services.common.acls`: set the SCRAM users (optional) and the ACLs as the KAFKA_* admin."""
    from services.common.settings import KafkaSettings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--acls", type=Path, default=ACLS_FILE, help="the ACL file (default: %(default)s)")
    parser.add_argument(
        "--passwords-dir",
        type=Path,
        default=None,
        help="one password file per principal; when given, the SCRAM users are upserted",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the bindings and change nothing")
    args = parser.parse_args(argv)
    settings = KafkaSettings()
    rules = load_acls(args.acls, settings.topic_prefix)
    if args.dry_run:
        for rule in rules:
            print(
                f"{rule.permission}\t{rule.kafka_principal}\t{rule.operation}\t{rule.resource}:{rule.pattern}:{rule.name}"
            )
        return 0
    admin = admin_client(settings)
    try:
        if args.passwords_dir is not None:
            users = principals_of(rules)
            upsert_scram_users(admin, read_passwords(args.passwords_dir, users))
            print(f"SCRAM credentials set for {', '.join(users)}", file=sys.stderr)
        print(f"{apply_acls(admin, rules)} ACL bindings applied", file=sys.stderr)
    finally:
        admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
