"""A time limit on synchronous work in the main thread, for the extraction core on untrusted text.

The limit is a SIGALRM timer: Python runs the handler between bytecodes and the regular expression engine checks
for signals while it matches, so a pattern that backtracks for hours on some input is stopped too. Where no timer
can be set (outside the main thread, or no `setitimer`), the work runs without a limit.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeLimitExceeded(TimeoutError):
    """The work took longer than its limit and was stopped."""


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (0 or less: no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"{what} took longer than {seconds:g} s and was stopped")

    previous = signal.signal(signal.SIGALRM, expired)
    # a timer already running (a test runner's timeout) is put back afterwards with what it had left
    remaining, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if remaining > 0:
            signal.setitimer(signal.ITIMER_REAL, max(remaining - (time.monotonic() - started), 1e-6), interval)
