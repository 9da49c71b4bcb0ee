"""What the cache keeps for device trust (docs/SECURITY.md): the local time of the last
successful contact with the server (meta ``last_online_at``) and the organisation's security
policy (meta ``security_policy``, JSON), both inside the encrypted cache.

The functions take a connection inside the store's transaction; ``TrustQueries`` is the
store's mixin (sharing its connection and lock) that the app reads them through.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from desktop.cache.codec import from_text, to_text
from desktop.cache.database import Connection, immediate
from protocol.security import SecurityPolicy

LAST_ONLINE_KEY = "last_online_at"
POLICY_KEY = "security_policy"


def record_online(conn: Connection, when: datetime | None = None) -> None:
    """The server just answered this device (a sync page, a sign-in): remember when, by this
    computer's clock."""
    _put(conn, LAST_ONLINE_KEY, to_text(when or datetime.now(UTC)))


def last_online_at(conn: Connection) -> datetime | None:
    value = _get(conn, LAST_ONLINE_KEY)
    if value is None:
        return None
    try:
        return from_text(value)
    except ValueError:
        return None


def store_policy(conn: Connection, policy: SecurityPolicy) -> None:
    _put(conn, POLICY_KEY, policy.model_dump_json())


def security_policy(conn: Connection) -> SecurityPolicy:
    """The organisation's policy as last received; the defaults when none was (or it cannot be
    read: a newer app's record)."""
    value = _get(conn, POLICY_KEY)
    if value is None:
        return SecurityPolicy()
    try:
        return SecurityPolicy.model_validate_json(value)
    except ValidationError:
        return SecurityPolicy()


class TrustQueries:
    """The store's reads and writes of the device-trust records. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def last_online_at(self) -> datetime | None:
        """When this device last reached the server (None: never recorded)."""
        with self._lock:
            return last_online_at(self._db())

    def security_policy(self) -> SecurityPolicy:
        with self._lock:
            return security_policy(self._db())

    def record_online(self, when: datetime | None = None) -> None:
        with self._lock:
            with immediate(self._db()) as conn:
                record_online(conn, when)


def _get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
