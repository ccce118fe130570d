"""The configuration table of the README, generated from the pydantic-settings models (one source of truth)."""

from __future__ import annotations

from pydantic_settings import BaseSettings

from services.common.settings import KafkaSettings
from services.escalation.settings import EscalationSettings
from services.extractor.settings import ExtractorSettings
from services.ingest.settings import IngestSettings

SETTINGS: tuple[type[BaseSettings], ...] = (KafkaSettings, IngestSettings, ExtractorSettings, EscalationSettings)
BEGIN, END = "<!-- config-table:begin -->", "<!-- config-table:end -->"


def _default(field) -> str:  # noqa: ANN001 — a pydantic FieldInfo
    if field.default_factory is not None:
        return f"`{field.default_factory()!r}`"
    return "unset" if field.default is None else f"`{field.default}`"


def config_table() -> str:
    """A markdown table of every environment variable, its default and its meaning."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for model in SETTINGS:
        prefix = model.model_config.get("env_prefix", "")
        for name, field in model.model_fields.items():
            rows.append(f"| `{prefix}{name.upper()}` | {_default(field)} | {field.description} |")
    return "\n".join(rows)


def render_readme(text: str) -> str:
    """README text with the table between the markers replaced by the current one."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{config_table()}\n{END}{tail}"


if __name__ == "__main__":  # `make readme`
    from pathlib import Path

    readme = Path(__file__).resolve().parents[1] / "README.md"
    readme.write_text(render_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
