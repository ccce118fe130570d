"""Settings shared by every service: how to reach Kafka, read from the environment by pydantic-settings."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    """Connection to the Kafka cluster; the same for every service (prefix `KAFKA_`)."""

    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap: str = Field(default="127.0.0.1:9092", description="Comma-separated host:port list of brokers.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="Listener protocol; SASL_SSL with SCRAM-SHA-512 in production."
    )
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"] = Field(
        default="SCRAM-SHA-512", description="SASL mechanism when the protocol uses SASL."
    )
    username: str | None = Field(default=None, description="SASL user name (the service's principal).")
    password: SecretStr | None = Field(default=None, description="SASL password; never logged.")
    password_file: Path | None = Field(
        default=None, description="File holding the SASL password (e.g. a mounted secret); used when password is unset."
    )
    ssl_cafile: Path | None = Field(
        default=None, description="PEM file of the CA that signed the brokers' certificates."
    )
    topic_prefix: str = Field(
        default="", description="Prefix put before every topic name (tests give each run its own topics)."
    )

    def topic(self, name: str) -> str:
        """The real name of a contract topic under this deployment's prefix."""
        return f"{self.topic_prefix}{name}"

    def secret(self) -> str | None:
        """The SASL password from the environment or the password file."""
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        return None
