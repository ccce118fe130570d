"""The latency stage's warm-up split: which articles count for the figures and which are the cold start."""

from __future__ import annotations

from bench.pipeline import split_warmup


def test_articles_of_the_first_seconds_of_a_step_are_kept_apart() -> None:
    known = {"a": 1000.0, "b": 1019.9, "c": 1020.0, "d": 1055.5}
    warm, measured = split_warmup(known, 20.0)
    assert warm == {"a": 1000.0, "b": 1019.9}
    assert measured == {"c": 1020.0, "d": 1055.5}


def test_the_step_clock_starts_at_its_first_article_not_at_zero() -> None:
    warm, measured = split_warmup({"late": 5000.0, "later": 5030.0}, 20.0)
    assert (set(warm), set(measured)) == ({"late"}, {"later"})


def test_no_warm_up_measures_every_article_and_no_articles_measure_nothing() -> None:
    known = {"a": 1.0, "b": 2.0}
    assert split_warmup(known, 0.0) == ({}, known)
    assert split_warmup({}, 20.0) == ({}, {})
