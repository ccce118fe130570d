"""Extractor settings from the environment (prefix `VIGIL_EXTRACTOR_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ExtractorSettings(BaseSettings):
    """How the extractor worker runs."""

    model_config = SettingsConfigDict(env_prefix="VIGIL_EXTRACTOR_", extra="ignore")

    metrics_host: str = Field(default="127.0.0.1", description="Address of the /metrics endpoint.")
    metrics_port: int = Field(default=9102, ge=0, le=65535, description="Port of /metrics; 0 disables it.")
    partitions: int = Field(
        default=4, ge=1, description="Partitions of the topics the worker declares (match topics.yaml)."
    )
    log_level: str = Field(default="info", description="faust worker log level.")
