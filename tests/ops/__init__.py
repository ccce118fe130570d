"""Ops tests: Prometheus, Alertmanager, Grafana and docker-compose checked with the real tools."""
