"""Client keyword arguments for kafka-python and faust built from `KafkaSettings` (plaintext or SASL_SSL)."""

from __future__ import annotations

import ssl
from typing import Any

from services.common.settings import KafkaSettings


def kafka_python_kwargs(settings: KafkaSettings) -> dict[str, Any]:
    """Security and bootstrap arguments for KafkaProducer, KafkaConsumer and KafkaAdminClient."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap.split(","),
        "security_protocol": settings.security_protocol,
    }
    if "SASL" in settings.security_protocol:
        kwargs.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.username,
            sasl_plain_password=settings.secret(),
        )
    if "SSL" in settings.security_protocol and settings.ssl_cafile is not None:
        kwargs["ssl_cafile"] = str(settings.ssl_cafile)
    return kwargs


def ssl_context(settings: KafkaSettings) -> ssl.SSLContext:
    """A client TLS context trusting the configured CA (or the system store)."""
    cafile = str(settings.ssl_cafile) if settings.ssl_cafile is not None else None
    return ssl.create_default_context(cafile=cafile)


def aiokafka_kwargs(settings: KafkaSettings) -> dict[str, Any]:
    """The same for aiokafka's clients (what faust runs on): kafka-python's names, but a TLS context, not a file."""
    kwargs = kafka_python_kwargs(settings)
    kwargs.pop("ssl_cafile", None)
    if "SSL" in settings.security_protocol:
        kwargs["ssl_context"] = ssl_context(settings)
    return kwargs


def faust_broker_kwargs(settings: KafkaSettings) -> dict[str, Any]:
    """`broker` and `broker_credentials` arguments for faust.App."""
    import faust  # adapters only: keeps this module importable by the cores' tests without faust

    kwargs: dict[str, Any] = {"broker": ",".join(f"kafka://{b}" for b in settings.bootstrap.split(","))}
    if "SASL" in settings.security_protocol:
        kwargs["broker_credentials"] = faust.SASLCredentials(
            username=settings.username,
            password=settings.secret(),
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context(settings) if "SSL" in settings.security_protocol else None,
        )
    elif settings.security_protocol == "SSL":
        kwargs["broker_credentials"] = faust.SSLCredentials(ssl_context(settings))
    return kwargs
