"""Vigil benchmarks: broker ceiling, extraction and scoring cores, pipeline throughput, latency and memory."""
