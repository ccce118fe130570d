"""A worker whose /metrics port is taken says which setting moves it, instead of a traceback."""

from __future__ import annotations

import socket

import pytest
from prometheus_client import CollectorRegistry

from services.common.faust_app import MetricsPortTaken, serve_metrics


def test_a_taken_metrics_port_names_the_setting_that_moves_it() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        with pytest.raises(MetricsPortTaken) as caught:
            serve_metrics(CollectorRegistry(), "127.0.0.1", port, "VIGIL_EXTRACTOR_METRICS_PORT")
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "VIGIL_EXTRACTOR_METRICS_PORT=<port>" in message
