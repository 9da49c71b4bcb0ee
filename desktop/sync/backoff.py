"""Exponential back-off with jitter between sync attempts after a temporary failure."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

#: First delay after a failure, in seconds; it doubles after each further failure.
INITIAL_DELAY = 2.0
#: The delay never grows beyond this (5 minutes).
MAX_DELAY = 300.0
#: Each delay is drawn from [(1 - JITTER) * d, d] so that many clients do not retry together.
JITTER = 0.5


class Backoff:
    """Delays of about 2 s, 4 s, 8 s … up to 5 min, each shortened by a random jitter.

    ``failure()`` draws the delay before the next attempt; ``remaining()`` says how much of it
    is left; ``success()`` starts over. ``rand`` (a float in [0, 1)) and ``clock`` (monotonic
    seconds) are injectable for tests. Thread-safe.
    """

    def __init__(
        self,
        initial: float = INITIAL_DELAY,
        maximum: float = MAX_DELAY,
        jitter: float = JITTER,
        *,
        rand: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < initial <= maximum:
            raise ValueError("need 0 < initial <= maximum")
        if not 0 <= jitter <= 1:
            raise ValueError("jitter is a fraction between 0 and 1")
        self._initial = initial
        self._maximum = maximum
        self._jitter = jitter
        self._rand = rand
        self._clock = clock
        self._failures = 0
        self._retry_at: float | None = None
        self._lock = threading.Lock()

    @property
    def failures(self) -> int:
        """Consecutive failures since the last success."""
        with self._lock:
            return self._failures

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._retry_at = None

    def failure(self) -> float:
        """Count a failure and return the delay (seconds) before the next attempt."""
        with self._lock:
            self._failures += 1
            # Cap the exponent so that a very long outage cannot overflow the float.
            ceiling = min(self._maximum, self._initial * 2.0 ** min(self._failures - 1, 64))
            delay = ceiling * (1.0 - self._jitter * self._rand())
            self._retry_at = self._clock() + delay
            return delay

    def remaining(self) -> float | None:
        """Seconds left before the next attempt after a failure (0 when due), or None when the
        last attempt succeeded."""
        with self._lock:
            if self._retry_at is None:
                return None
            return max(0.0, self._retry_at - self._clock())
