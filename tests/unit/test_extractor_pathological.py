"""Texts built to make regular expressions backtrack: every one must be read in linear-ish time and give its events.

Each input here made the extraction core run for seconds to (by extrapolation) years before the patterns involved
were rewritten; the fixed core reads each in milliseconds. No test measures time: a regression shows as a test that
does not finish (the suite's timeout), since the inputs are sized so that the old patterns could never finish.
"""

from __future__ import annotations

import signal
import threading

import pytest

from services.common.timelimit import TimeLimitExceeded, time_limit
from services.extractor.core import extract_text
from services.extractor.sentences import MAX_SENTENCE, split_sentences


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.subtype, e.actor) for e in extract_text(text)]


def test_digits_and_commas_before_a_destination() -> None:
    # "1,1,1,…" could be read two ways per comma by the "sent … to" pattern: 2^40 ways here
    text = "Russia deployed " + "1," * 40 + "1 troops to the border. Russia deployed 3,000 troops to Belarus."
    assert ("deployment", "RUS") in kinds(text)


def test_a_run_of_articles_before_a_meeting_noun() -> None:
    assert kinds("Russia said " + "the " * 60 + "talks were not held.") == []
    text = "The new direct talks between Armenia and Azerbaijan were held in Washington, officials said."
    assert kinds(text) == [("meeting", "ARM"), ("meeting", "AZE")]


def test_a_long_run_of_meeting_nouns() -> None:
    text = "Russia deployed 5,000 troops " + "talks held " * 3000 + "to the border."
    assert all(span[1] - span[0] <= MAX_SENTENCE for span in split_sentences(text))
    extract_text(text)  # finishes


def test_hyphenated_capitals_at_a_sentence_start_are_no_dateline() -> None:
    assert extract_text("AA-" * 400) == []
    dated = "KYIV, Ukraine — Russia has moved 5,000 more troops to the border, the ministry said."
    assert [(e.subtype, e.actor, e.quantity) for e in extract_text(dated)] == [("buildup", "RUS", 5000)]


def test_runs_of_punctuation_dashes_and_hyphens() -> None:
    assert [s for s, _ in kinds("Russia deploys troops to Belarus" + "!" * 50_000)] == ["deployment"]
    assert [s for s, _ in kinds("Russia deploys troops to Belarus" + " -" * 20_000 + " z")] == ["deployment"]
    text = "-" * 50_000 + ", Russia deployed troops to the border, and NATO warned Moscow."
    assert {s for s, _ in kinds(text)} >= {"warning"}


def test_a_scrape_without_spaces_after_full_stops_is_read_in_bounded_pieces() -> None:
    article = (
        "Russia deployed 5,000 troops to the border with Ukraine, the ministry said.NATO warned Moscow against "
        "escalation.Kyiv said it would respond if Russian forces crossed the line.The alliance held talks in "
        "Brussels."
    )
    text = article * 300  # one line, ~70 KB, no sentence boundary the splitter accepts
    spans = split_sentences(text)
    assert len(spans) > 60 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")  # nothing dropped
    assert {s for s, _ in kinds(text)} >= {"buildup", "warning"}


def test_a_sentence_is_cut_at_a_clause_mark_near_the_limit() -> None:
    text = "Russia deployed 5,000 troops to the border with Ukraine, " * 40
    spans = split_sentences(text)
    assert all(text[e - 1] == "," for s, e in spans[:-1])  # each piece ends at a comma
    assert all(text[s] == "R" for s, _ in spans)


def test_an_organisation_named_thousands_of_times_then_referred_to() -> None:
    text = "NATO, NATO, NATO, NATO, NATO. " * 1600 + "The alliance warned Russia. " * 1000
    warnings = [e for e in extract_text(text) if e.subtype == "warning"]
    assert warnings and {e.actor for e in warnings} == {"NATO"}


def test_a_time_limit_stops_a_runaway_pattern_and_puts_back_the_timer_it_found() -> None:
    import re

    runaway = re.compile(r"(?:a|a)*b")
    handler = signal.getsignal(signal.SIGALRM)
    signal.setitimer(signal.ITIMER_REAL, 500.0)  # a timer already running (pytest-timeout uses one too)
    try:
        with pytest.raises(TimeLimitExceeded, match="the test pattern took longer than 0.05 s"):
            with time_limit(0.05, "the test pattern"):
                runaway.search("a" * 60)  # 2^60 steps without the limit
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 500.0 and signal.getsignal(signal.SIGALRM) is handler
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def test_a_time_limit_of_zero_or_off_the_main_thread_is_no_limit() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    with time_limit(0, "nothing"):
        assert signal.getsignal(signal.SIGALRM) is handler
    seen: list[object] = []

    def worker() -> None:
        with time_limit(0.05, "a thread"):
            seen.append(signal.getsignal(signal.SIGALRM))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [handler]
