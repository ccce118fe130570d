"""Wait until a Kafka broker answers a metadata request, with a deadline."""

from __future__ import annotations

import argparse
import sys
import time

from kafka import KafkaAdminClient
from kafka.errors import KafkaError


def wait_for_broker(bootstrap: str, timeout: float = 120.0, **client_kwargs: object) -> float:
    """Block until `bootstrap` lists its topics; return the seconds it took. Raise TimeoutError after `timeout`."""
    started = time.monotonic()
    deadline = started + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            admin = KafkaAdminClient(
                bootstrap_servers=bootstrap, request_timeout_ms=5000, bootstrap_timeout_ms=5000, **client_kwargs
            )
            try:
                admin.list_topics()
                return time.monotonic() - started
            finally:
                admin.close()
        except (KafkaError, OSError) as exc:  # not up yet: connection refused, bootstrap timeout
            last_error = exc
            time.sleep(0.5)
    raise TimeoutError(f"Kafka at {bootstrap} did not answer within {timeout:.0f}s: {last_error!r}")


def secure_client_kwargs(bootstrap: str) -> dict[str, object]:
    """Security arguments from the KAFKA_* environment when it names a secure protocol; none for plaintext."""
    from services.common.kafka_config import kafka_python_kwargs
    from services.common.settings import KafkaSettings

    settings = KafkaSettings(bootstrap=bootstrap)
    if settings.security_protocol == "PLAINTEXT":
        return {}
    kwargs = kafka_python_kwargs(settings)
    kwargs.pop("bootstrap_servers")
    return kwargs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    try:
        took = wait_for_broker(args.bootstrap, args.timeout, **secure_client_kwargs(args.bootstrap))
    except TimeoutError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Kafka at {args.bootstrap} answered after {took:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
