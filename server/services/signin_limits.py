"""Limits on failed sign-ins, per account and per client address, counted in the database.

``max_failures`` failures of an account (``max_failures_per_address`` from one address) within
``window`` lock it for the first of ``delays``; each further lock takes the next, longer delay
(1 min, 5 min, 15 min, then 1 h). A lock is forgotten ``memory`` after the last failure, and a
successful sign-in clears the account's count and locks (never the address's: one good account
must not reset an attacker's address). The failure that reaches the limit is already answered
``too_many_attempts``, so the member learns at once how long to wait.

An unknown email is counted like an account, so the answers never tell whether an account
exists. A locked subject is refused before its password is checked, and without writing
anything: hammering a lock costs the server a read.

Two attempts checked at the same moment may both pass the check before either failure is
written: at most one extra try per worker thread, never a way around the limit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import ClassVar

from sqlalchemy import ColumnElement, Connection, and_, delete, insert, select, update

from protocol.errors import ErrorCode
from server.db import tables as t
from server.services.errors import ServiceError

ACCOUNT = "account"
ADDRESS = "address"
MAX_SUBJECT = 254

_f = t.signin_failures.c


class TooManyAttempts(ServiceError):
    """429 ``too_many_attempts``: wait ``retry_after`` seconds before trying again."""

    code = ErrorCode.TOO_MANY_ATTEMPTS
    status = 429
    default_message = "Too many failed sign-ins. Wait before trying again."

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, retry_after)
        super().__init__(f"Too many failed sign-ins. Try again in {_in_words(self.retry_after)}.")


def _in_words(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minutes" if minutes < 120 else f"{math.ceil(minutes / 60)} hours"


@dataclass(frozen=True)
class Subject:
    kind: str
    value: str

    def key(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.value}


@dataclass(frozen=True)
class SignInLimits:
    """The policy. The app keeps one in ``app.state.signin_limits``; tests may replace it
    (with a clock they move)."""

    DEFAULT_DELAYS: ClassVar[tuple[timedelta, ...]] = (
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(hours=1),
    )

    max_failures: int = 5
    max_failures_per_address: int = 20
    window: timedelta = timedelta(minutes=15)
    delays: tuple[timedelta, ...] = DEFAULT_DELAYS
    memory: timedelta = timedelta(hours=24)
    clock: Callable[[], datetime] = field(default=t.utcnow)

    def now(self) -> datetime:
        return self.clock()

    def subjects(self, email: str, address: str | None) -> list[Subject]:
        found = [Subject(ACCOUNT, email[:MAX_SUBJECT])]
        if address:
            found.append(Subject(ADDRESS, address[:MAX_SUBJECT]))
        return found

    def limit_of(self, subject: Subject) -> int:
        return self.max_failures if subject.kind == ACCOUNT else self.max_failures_per_address

    def delay(self, lockouts: int) -> timedelta:
        return self.delays[min(max(lockouts, 1), len(self.delays)) - 1]

    # --- the three moments of a sign-in -------------------------------------------------------

    def check(self, conn: Connection, subjects: Sequence[Subject], now: datetime) -> None:
        """Refuse (``TooManyAttempts``) while any subject is locked."""
        wait = 0
        for subject in subjects:
            until = conn.execute(select(_f.locked_until).where(_key(subject))).scalar_one_or_none()
            if until is not None and until > now:
                wait = max(wait, math.ceil((until - now).total_seconds()))
        if wait:
            raise TooManyAttempts(wait)

    def record_failure(
        self, conn: Connection, subjects: Sequence[Subject], now: datetime
    ) -> list[tuple[Subject, int]]:
        """Count one failure for each subject (inside the caller's write transaction); the
        subjects it locks, each with the seconds of its lock."""
        locked: list[tuple[Subject, int]] = []
        for subject in subjects:
            row = conn.execute(select(t.signin_failures).where(_key(subject))).first()
            if row is None:
                conn.execute(
                    insert(t.signin_failures).values(
                        **subject.key(),
                        failures=0,
                        window_start=now,
                        last_failure_at=now,
                        lockouts=0,
                        locked_until=None,
                    )
                )
                failures, window_start, lockouts = 0, now, 0
            else:
                failures, window_start, lockouts = row.failures, row.window_start, row.lockouts
                if now - row.last_failure_at > self.memory:
                    lockouts = 0
                if now - window_start > self.window:
                    failures, window_start = 0, now
            failures += 1
            values: dict[str, object] = {
                "failures": failures,
                "window_start": window_start,
                "last_failure_at": now,
                "lockouts": lockouts,
            }
            if failures >= self.limit_of(subject):
                lockouts += 1
                delay = self.delay(lockouts)
                values.update(
                    failures=0, window_start=now, lockouts=lockouts, locked_until=now + delay
                )
                locked.append((subject, int(delay.total_seconds())))
            conn.execute(update(t.signin_failures).where(_key(subject)).values(**values))
        return locked

    def reset(self, conn: Connection, email: str) -> bool:
        """Forget the account's failures and locks (a success, or the secretariat's unlock);
        whether there was anything to forget."""
        subject = Subject(ACCOUNT, email[:MAX_SUBJECT])
        result = conn.execute(delete(t.signin_failures).where(_key(subject)))
        return bool(result.rowcount)


def _key(subject: Subject) -> ColumnElement[bool]:
    return and_(_f.kind == subject.kind, _f.subject == subject.value)


DEFAULT_LIMITS = SignInLimits()
