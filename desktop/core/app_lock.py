"""Locking the app (docs/SECURITY.md, "Locking the app"): when it locks, and what unlocks it.

The app locks after ``min(policy.lock_minutes, the member's choice)`` minutes without input, and
on demand. The member's password unlocks it, checked offline against the argon2 hash the cache
keeps (stored at each successful sign-in). After ``MAX_TRIES`` wrong passwords the token and
the hash are forgotten: only an online sign-in unlocks then, as for a cache without a hash.
The locked state and the wrong tries are kept in the cache, so restarting the app changes
nothing. No Qt here: ``desktop.ui.lock_wiring`` shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop.cache.unlock import UnlockRecord, password_matches
from protocol.security import MAX_LOCK_MINUTES, SecurityPolicy

log = logging.getLogger(__name__)

#: Wrong passwords allowed before an online sign-in is needed.
MAX_TRIES = 5


class LockStore(Protocol):
    """What the lock needs of the cache (``desktop.cache.store.CacheStore``)."""

    def unlock_record(self) -> UnlockRecord: ...

    def set_locked(self, locked: bool) -> None: ...

    def record_unlock_failure(self) -> int: ...

    def record_unlocked(self) -> None: ...

    def forget_token(self) -> None: ...

    def security_policy(self) -> SecurityPolicy: ...


@dataclass(frozen=True)
class UnlockOutcome:
    """What a try at unlocking gave: unlocked, or the tries left, or an online sign-in needed."""

    unlocked: bool
    tries_left: int
    online_sign_in_needed: bool = False


def lock_minutes(policy_minutes: int, member_minutes: int) -> int:
    """The inactivity before locking: the member may choose less than the organisation's
    longest, never more; 0 (or less) means the organisation's."""
    if member_minutes <= 0:
        return policy_minutes
    return max(1, min(policy_minutes, member_minutes, MAX_LOCK_MINUTES))


class AppLock:
    """The app lock of one profile's cache. Every method is quick (one argon2 check at most,
    about 50 ms) and may run on the UI thread."""

    def __init__(self, store: LockStore, member_minutes: Callable[[], int] = lambda: 0) -> None:
        self._store = store
        self._member_minutes = member_minutes

    def policy_minutes(self) -> int:
        """The organisation's longest inactivity (its last policy received)."""
        return self._store.security_policy().lock_minutes

    def timeout_minutes(self) -> int:
        return lock_minutes(self.policy_minutes(), self._member_minutes())

    def is_locked(self) -> bool:
        return self._store.unlock_record().locked

    def lock(self) -> None:
        self._store.set_locked(True)
        log.info("app locked")

    def tries_left(self) -> int:
        return max(0, MAX_TRIES - self._store.unlock_record().failures)

    def online_sign_in_needed(self) -> bool:
        """No password to check offline (never stored, or forgotten after too many tries)."""
        record = self._store.unlock_record()
        return record.password_hash is None or record.failures >= MAX_TRIES

    def unlock(self, password: str) -> UnlockOutcome:
        """Check ``password`` offline. A wrong one counts; the fifth forgets the token and
        the hash (the content stays, locked, until an online sign-in)."""
        record = self._store.unlock_record()
        if record.password_hash is None or record.failures >= MAX_TRIES:
            return UnlockOutcome(False, 0, online_sign_in_needed=True)
        if password and password_matches(record.password_hash, password):
            self._store.record_unlocked()
            log.info("app unlocked")
            return UnlockOutcome(True, MAX_TRIES)
        failures = self._store.record_unlock_failure()
        if failures >= MAX_TRIES:
            self._store.forget_token()  # the hash goes with it
            log.warning("app lock: %d wrong passwords, online sign-in needed", failures)
            return UnlockOutcome(False, 0, online_sign_in_needed=True)
        return UnlockOutcome(False, MAX_TRIES - failures)
