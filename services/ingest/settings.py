"""Ingest settings from the environment (prefix `VIGIL_INGEST_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    """How ingest listens, polls and bounds its inputs."""

    model_config = SettingsConfigDict(env_prefix="VIGIL_INGEST_", extra="ignore")

    metrics_host: str = Field(default="127.0.0.1", description="Address of the /metrics endpoint.")
    metrics_port: int = Field(default=9101, ge=0, le=65535, description="Port of /metrics; 0 disables it.")
    http_host: str = Field(default="127.0.0.1", description="Address of the HTTP `POST /articles` endpoint.")
    http_port: int = Field(default=8088, ge=0, le=65535, description="Port of the HTTP endpoint; 0 disables it.")
    feeds: list[str] = Field(
        default_factory=list,
        description="RSS/Atom feeds to poll: URLs or local files, as a JSON list (e.g. '[\"https://…/rss\"]').",
    )
    feed_interval_seconds: float = Field(default=60.0, gt=0, description="Seconds between two polls of a feed.")
    max_future_seconds: float = Field(
        default=86_400.0, ge=0, description="How far past now a published_at may lie before it is rejected."
    )
    dedupe_capacity: int = Field(default=100_000, ge=1, description="How many recent article ids are remembered.")
    max_sources: int = Field(
        default=50, ge=1, description="Outlets that get their own metric label; later ones are 'other'."
    )
