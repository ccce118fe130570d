"""Escalation service: theatres, the pure detection core, the backtest and its command line."""
