"""Read the generated dashboards: panels, targets and PromQL with Grafana's variables substituted."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType

from tests.ops.stack import REPO

GRAFANA_DIR = REPO / "deploy" / "grafana"
DASHBOARD_FILES = tuple(sorted((GRAFANA_DIR / "dashboards").glob("*.json")))
METRIC_NAME = re.compile(r"\b(vigil_[a-z0-9_]+|[a-z_]+:[a-z0-9_]+:[a-z0-9_]+|up)\b(?!\s*\()")


def load_generator() -> ModuleType:
    """deploy/grafana/generate.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("vigil_grafana_generate", GRAFANA_DIR / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Target:
    dashboard: str
    panel: str
    ref_id: str
    expr: str

    def promql(self, rate_interval: str = "1m", theatre: str = ".*") -> str:
        """The expression as Prometheus receives it, with Grafana's variables filled in."""
        return (self.expr.replace("$__rate_interval", rate_interval).replace("$__range", rate_interval)
                .replace("$__interval", rate_interval).replace("$theatre", theatre))

    def metrics(self) -> set[str]:
        """Metric and recording-rule names in the expression (a histogram's `_bucket` kept)."""
        without_labels = re.sub(r"\{[^}]*\}", "", self.expr)
        without_clauses = re.sub(r"\b(?:by|without|on|ignoring)\s*\([^)]*\)", "", without_labels)
        return set(METRIC_NAME.findall(without_clauses))


def dashboards() -> dict[str, dict]:
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in DASHBOARD_FILES}


def panels() -> Iterator[tuple[str, dict]]:
    for name, dash in dashboards().items():
        for panel in dash["panels"]:
            yield name, panel
            yield from ((name, inner) for inner in panel.get("panels", []))


def targets() -> list[Target]:
    return [Target(name, panel["title"], t["refId"], t["expr"])
            for name, panel in panels() for t in panel.get("targets") or [] if "expr" in t]
