"""What the app lock keeps in the encrypted cache (docs/SECURITY.md, "Locking the app").

The argon2 hash of the member's password (meta ``unlock_hash``, stored at each successful
sign-in, forgotten with the token), the wrong tries since the last unlock
(``unlock_failures``) and whether the app is locked (``locked``: a restart does not unlock it).
``UnlockQueries`` is a mixin of ``desktop.cache.store.CacheStore``, like ``VotingQueries``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.cache.database import Connection

HASH_KEY, FAILURES_KEY, LOCKED_KEY = "unlock_hash", "unlock_failures", "locked"

#: argon2id with the OWASP parameters (19 MiB, 2 passes): about 50 ms on a laptop.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (salted: two hashes of one password differ)."""
    return _HASHER.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    """True when ``password`` is the one ``stored_hash`` was made from."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class UnlockRecord:
    """The lock's state as the cache holds it."""

    password_hash: str | None = None
    failures: int = 0
    locked: bool = False


def read(conn: Connection) -> UnlockRecord:
    rows = conn.execute(
        "SELECT key, value FROM meta WHERE key IN (?, ?, ?)", (HASH_KEY, FAILURES_KEY, LOCKED_KEY)
    ).fetchall()
    values = {str(key): str(value) for key, value in rows}
    failures = values.get(FAILURES_KEY, "0")
    return UnlockRecord(
        password_hash=values.get(HASH_KEY),
        failures=int(failures) if failures.isdigit() else 0,
        locked=values.get(LOCKED_KEY) == "1",
    )


def write(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def forget(conn: Connection) -> None:
    """Forget the hash and the wrong tries (with the token): only an online sign-in unlocks."""
    write(conn, HASH_KEY, None)
    write(conn, FAILURES_KEY, None)


class UnlockQueries:
    """The app lock's reads and writes in the cache. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def unlock_record(self) -> UnlockRecord:
        with self._lock:
            return read(self._db())

    def save_unlock_hash(self, password_hash: str) -> None:
        """After a successful sign-in: this password unlocks, no wrong try counts, unlocked."""
        with self._write() as conn:
            write(conn, HASH_KEY, password_hash)
            write(conn, FAILURES_KEY, None)
            write(conn, LOCKED_KEY, None)

    def set_locked(self, locked: bool) -> None:
        with self._write() as conn:
            write(conn, LOCKED_KEY, "1" if locked else None)

    def record_unlock_failure(self) -> int:
        """Count one more wrong password; returns the count since the last unlock."""
        with self._write() as conn:
            failures = read(conn).failures + 1
            write(conn, FAILURES_KEY, str(failures))
            return failures

    def record_unlocked(self) -> None:
        with self._write() as conn:
            write(conn, FAILURES_KEY, None)
            write(conn, LOCKED_KEY, None)

    def forget_unlock(self) -> None:
        """Too many wrong tries: forget the hash (the token goes with ``forget_token``)."""
        with self._write() as conn:
            forget(conn)
