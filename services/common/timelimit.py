"""A time limit on synchronous work in the main thread, for the extraction core on untrusted text.

The limit is a SIGALRM timer: Python runs the handler between bytecodes and the regular expression engine checks
for signals while it matches, so a pattern that backtracks for hours on some input is stopped too. Where no timer
can be set (outside the main thread, or no `setitimer`), the work runs without a limit.
"""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType, TracebackType


class TimeLimitExceeded(TimeoutError):
    """The work took longer than its limit and was stopped."""


class time_limit:  # noqa: N801 — used as a context manager, like contextlib's
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (0 or less: no limit).

    A class rather than a generator: `__exit__` disarms first, with no generator to resume in between, and an
    alarm delivered after that is ignored. A timer already running (a test runner's timeout) is put back
    afterwards with what it had left; one due sooner than this limit keeps its deadline.
    """

    def __init__(self, seconds: float, what: str) -> None:
        self.seconds, self.what = seconds, what
        self.active = (
            seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
        self.armed = False

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            self.armed = False
            raise TimeLimitExceeded(f"{self.what} took longer than {self.seconds:g} s and was stopped")

    def __enter__(self) -> time_limit:
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            self.remaining, self.interval = signal.getitimer(signal.ITIMER_REAL)
            self.started = time.monotonic()
            limit = min(self.seconds, self.remaining) if self.remaining > 0 else self.seconds
            try:
                self.armed = True
                signal.setitimer(signal.ITIMER_REAL, limit)
            except BaseException:
                self.__exit__(None, None, None)  # a limit so short that it expired here: nothing left set
                raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self.active:
            return
        self.armed = False
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, self.previous)
            if self.remaining > 0:
                left = max(self.remaining - (time.monotonic() - self.started), 1e-6)
                signal.setitimer(signal.ITIMER_REAL, left, self.interval)
