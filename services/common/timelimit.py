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
    armed = [True]  # an alarm delivered once the block is over (a race with disarming) is ignored

    def expired(signum: int, frame: FrameType | None) -> None:
        if armed[0]:
            raise TimeLimitExceeded(f"{what} took longer than {seconds:g} s and was stopped")

    previous = signal.signal(signal.SIGALRM, expired)
    remaining, interval = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    try:
        # a timer already running (a test runner's timeout) is put back afterwards with what it had left; one due
        # sooner than this limit keeps its deadline
        signal.setitimer(signal.ITIMER_REAL, min(seconds, remaining) if remaining > 0 else seconds)
        yield
    finally:
        armed[0] = False
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
            if remaining > 0:
                signal.setitimer(signal.ITIMER_REAL, max(remaining - (time.monotonic() - started), 1e-6), interval)
