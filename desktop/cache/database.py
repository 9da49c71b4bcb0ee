"""Opening the SQLCipher file: key, safety pragmas, migrations.

The only module besides the store that talks to ``sqlcipher3`` directly. Every connection is in
autocommit mode (``isolation_level=None``): transactions are explicit, writes in
``BEGIN IMMEDIATE`` (see :func:`immediate`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.cache.errors import CacheLocked, CacheTooNew
from desktop.cache.keys import CacheKey
from desktop.cache.migrations import MIGRATIONS, SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "delete_database", "immediate", "open_database"]

#: A ``sqlcipher3.Connection`` (the package ships no type hints).
Connection = Any

_SIDE_FILES = ("-wal", "-shm", "-journal")


def open_database(
    path: Path,
    key: CacheKey,
    *,
    migrations: Sequence[tuple[int, str, str]] = MIGRATIONS,
) -> Connection:
    """Open (or create) the encrypted cache at ``path`` and bring its schema up to date.

    Raises CacheLocked when the key does not open the file, CacheTooNew when the file was
    written by a newer schema than ``migrations`` know.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher would print decryption failures to stderr; CacheLocked says it instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma()}")
        try:
            # The first read decrypts page 1: a wrong key fails here, not later.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise CacheLocked(
                "The offline cache could not be opened with this key or passphrase. Enter the "
                "right passphrase, or reset the cache to download everything again."
            ) from None
        # Nothing in clear on disk: temporary tables and indices stay in memory, freed pages
        # are zeroed, and the WAL holds encrypted pages only (checkpointed on close).
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # pragma: no cover - only on filesystems without WAL
            raise CacheLocked(f"The offline cache cannot use write-ahead logging ({mode}).")
        _migrate(conn, migrations)
    except BaseException:
        conn.close()
        raise
    return conn


def sqlcipher_version() -> str:
    """SQLCipher's and SQLite's versions, from an in-memory database ("?" if unavailable), for
    the About window and the diagnostic information."""
    try:
        conn = sqlcipher3.connect(":memory:")
        try:
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()
        finally:
            conn.close()
    except Exception:  # a broken install: say so rather than fail
        return "?"
    return f"{cipher[0] if cipher else '?'} (SQLite {sqlite[0] if sqlite else '?'})"


def delete_database(path: Path) -> None:
    """Delete the cache file and its side files (-wal, -shm, -journal). Close it first."""
    path.unlink(missing_ok=True)
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@contextmanager
def immediate(conn: Connection) -> Iterator[Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite already rolled back after some errors (disk full)
            conn.execute("ROLLBACK")
        raise


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: Connection, migrations: Sequence[tuple[int, str, str]]) -> None:
    numbers = [number for number, _, _ in migrations]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"cache migrations must be numbered 1..n in order, not {numbers}")
    target = numbers[-1] if numbers else 0
    if user_version(conn) == target:
        return
    with immediate(conn):
        # Read again inside the write lock: another process may have migrated meanwhile.
        current = user_version(conn)
        if current > target:
            raise CacheTooNew(
                f"This offline cache was written by a newer version of Quorum (cache format "
                f"{current}; this version reads up to {target}). Update Quorum, or reset the "
                "cache to download everything again."
            )
        for number, _name, sql in migrations:
            if number > current:
                for statement in split_statements(sql):
                    conn.execute(statement)
        # PRAGMA takes no parameters; target is an int from the list above.
        conn.execute(f"PRAGMA user_version = {int(target)}")


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (``executescript`` would COMMIT first, breaking
    the one-transaction promise). Trigger bodies with inner semicolons stay whole."""
    statements: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlcipher3.complete_statement(pending):
            if _strip_comments(pending).strip(" \t\r\n;"):
                statements.append(pending.strip())
            pending = ""
    if _strip_comments(pending).strip(" \t\r\n;"):
        raise ValueError("cache migration ends with an incomplete statement")
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
