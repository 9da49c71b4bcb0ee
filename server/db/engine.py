"""The database engine and the one-writer rule.

SQLite gets WAL (readers never wait for the writer), foreign keys and a busy timeout. Every
write goes through ``writing(engine)``: an in-process lock per engine plus ``BEGIN IMMEDIATE``
on SQLite, so a write transaction takes the database write lock up front instead of failing
half-way when it upgrades from reading (the datasette approach). Reads use ``reading(engine)``:
a plain transaction, which in WAL mode sees one consistent snapshot.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

#: Seconds a connection waits for another process's write lock before giving up.
BUSY_TIMEOUT_SECONDS = 30

_write_locks: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; creates the folder of an SQLite file if needed."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        _write_lock(engine)
        return engine
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    kwargs: dict[str, Any] = {
        "connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS}
    }
    if in_memory:
        kwargs["poolclass"] = StaticPool  # one shared connection, or each would be empty
    else:
        # Enough connections for every worker thread of the server (anyio's default is 40), so
        # a burst of readers waits on SQLite, not on the pool.
        kwargs.update(pool_size=50, max_overflow=0)
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    _install_sqlite_hooks(engine, wal=not in_memory)
    _write_lock(engine)
    return engine


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let us, not the driver, decide where transactions begin (so BEGIN IMMEDIATE and
        # SAVEPOINT work): ``writing`` and ``reading`` say BEGIN themselves. Not in a "begin"
        # event as in the SQLAlchemy pysqlite recipe: any connection event makes SQLAlchemy
        # dispatch four more (empty) events around every statement, ~8% of a ballot's time.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if wal:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        finally:
            cursor.close()


def _write_lock(engine: Engine) -> threading.Lock:
    with _locks_guard:
        lock = _write_locks.get(engine)
        if lock is None:
            lock = _write_locks[engine] = threading.Lock()
        return lock


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed on success, rolled back on any exception. Only one runs
    at a time per engine; on SQLite it starts with ``BEGIN IMMEDIATE``."""
    with _write_lock(engine):
        with engine.connect() as conn:
            with conn.begin():
                _begin(conn, "BEGIN IMMEDIATE")
                yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read transaction: one consistent snapshot, never blocks the writer (WAL)."""
    with engine.connect() as conn:
        with conn.begin():
            _begin(conn, "BEGIN")
            yield conn


def _begin(conn: Connection, statement: str) -> None:
    """Open the transaction SQLAlchemy just marked as begun (the driver opens none itself:
    see ``_on_connect``); SQLAlchemy's commit and rollback end it."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(statement)
