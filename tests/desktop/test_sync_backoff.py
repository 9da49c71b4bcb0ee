"""The back-off between sync attempts after a temporary failure."""

from __future__ import annotations

import pytest

from desktop.sync.backoff import INITIAL_DELAY, MAX_DELAY, Backoff


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_delays_double_from_two_seconds_up_to_five_minutes_without_jitter() -> None:
    backoff = Backoff(rand=lambda: 0.0)
    delays = [backoff.failure() for _ in range(12)]
    assert delays[:5] == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert delays[-1] == MAX_DELAY
    assert max(delays) == MAX_DELAY


def test_jitter_only_shortens_a_delay_and_never_below_half() -> None:
    backoff = Backoff(rand=lambda: 0.999999)
    first = backoff.failure()
    assert INITIAL_DELAY / 2 <= first < INITIAL_DELAY


def test_success_starts_over_from_the_first_delay() -> None:
    backoff = Backoff(rand=lambda: 0.0)
    for _ in range(5):
        backoff.failure()
    backoff.success()
    assert backoff.failures == 0
    assert backoff.remaining() is None
    assert backoff.failure() == INITIAL_DELAY


def test_remaining_counts_down_on_the_clock_and_stops_at_zero() -> None:
    clock = FakeClock()
    backoff = Backoff(rand=lambda: 0.0, clock=clock)
    backoff.failure()
    backoff.failure()  # 4 s
    assert backoff.remaining() == 4.0
    clock.now += 3.0
    assert backoff.remaining() == pytest.approx(1.0)
    clock.now += 10.0
    assert backoff.remaining() == 0.0


def test_a_very_long_outage_stays_at_the_ceiling() -> None:
    backoff = Backoff(rand=lambda: 0.0)
    for _ in range(2000):
        delay = backoff.failure()
    assert delay == MAX_DELAY


def test_nonsense_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        Backoff(initial=0)
    with pytest.raises(ValueError):
        Backoff(jitter=2)
