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
    time_limit: float = Field(
        default=5.0,
        ge=0,
        description="Seconds the extraction of one article may take before it is stopped and the article goes to the "
        "dead-letter topic (processing_error, TimeLimitExceeded); 0 disables the limit. A 100 KB article takes "
        "about 0.3 s.",
    )
    log_level: str = Field(default="info", description="faust worker log level.")
