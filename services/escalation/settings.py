"""Escalation settings from the environment (prefix `VIGIL_ESCALATION_`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class EscalationSettings(BaseSettings):
    """How the escalation worker runs; detector parameters are `DetectorParams` (see docs/escalation.md)."""

    model_config = SettingsConfigDict(env_prefix="VIGIL_ESCALATION_", extra="ignore")

    metrics_host: str = Field(default="127.0.0.1", description="Address of the /metrics endpoint.")
    metrics_port: int = Field(default=9103, ge=0, le=65535, description="Port of /metrics; 0 disables it.")
    partitions: int = Field(
        default=4, ge=1, description="Partitions of the theatre topic and state table (match topics.yaml)."
    )
    theatres_file: Path | None = Field(
        default=None, description="Theatre configuration; the packaged theatres.yaml when unset."
    )
    params_file: Path | None = Field(
        default=None, description="YAML file of detector parameter overrides, as `vigil backtest --params` takes."
    )
    batch_max: int = Field(
        default=500,
        ge=1,
        description="Most messages each agent takes from its input per batch: the router sends one message per theatre "
        "per batch.",
    )
    batch_within: float = Field(
        default=0.02,
        gt=0,
        le=1.0,
        description="Seconds an agent waits for a batch to fill before it processes what it has "
        "(the latency it adds, at most).",
    )
    state_flush_interval: float = Field(
        default=1.0,
        gt=0,
        le=60.0,
        description="Most seconds a theatre's changed state stays in memory before the scorer writes it to the "
        "table's changelog (at once when an alert changed). A worker killed before the write re-reads about this "
        "much of its input from the topic and applies it again.",
    )
    report_interval: float = Field(
        default=2.0,
        gt=0,
        description="Seconds between a router's checks for a changed view of its partitions, sent to the score "
        "workers when it changed (with several workers, windows close as far as every router's word allows).",
    )
    log_level: str = Field(default="info", description="faust worker log level.")
