"""Backups of the server's SQLite database, taken while it runs, and bringing one back.

``backup(url, path)`` copies the live database with SQLite's online backup API, through a
DBAPI connection of the engine, in ONE step: the copy is one read transaction, so in WAL mode
it is a consistent snapshot and a writer is never held up (it writes to the WAL meanwhile).
The copy goes to a temporary file beside ``path``, is switched to a rollback journal (one
self-contained file), checked (``PRAGMA quick_check``, the Quorum tables, a schema this code
knows) and only then renamed to ``path``. Every table is copied, file bytes included.

``restore(path, url)`` checks that the file is a Quorum database at a schema revision this code
knows, refuses a target that holds anything (unless ``force``), copies the file into the target
with the same backup API, migrates it up when the backup is older, then gives the change log a
NEW ``log_id`` and writes ``database_restored`` into the audit log.

Why a new ``log_id``: the restored log ends where the backup was taken; an app may have pulled
rows written after it, and the restored server would give those seqs to new, different rows.
A cursor kept across a restore could then skip rows or keep rows that no longer exist, so every
app's cursor answers a ``reset`` page instead: the app clears its synced tables and pulls again,
keeping its outbox and its own readings (see ``server.services.sync``).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import make_url

from server.db import tables as t
from server.db.engine import make_engine, writing
from server.db.migrate import alembic_config, migrate
from server.services import audit

#: Tables every Quorum database has had since the first migration.
QUORUM_TABLES = frozenset({"alembic_version", "meta", "organisation", "members", "changes"})
#: Tables a new, empty (migrated) database already fills: they do not make a target "in use".
BOOKKEEPING_TABLES = frozenset({"alembic_version", "meta"})
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(ValueError):
    """A clear, one-line reason to stop (the CLI prints it and exits 1)."""


@dataclass(frozen=True)
class DatabaseSummary:
    """What a database file holds: rows per table, its schema and the ends of its logs."""

    path: Path
    size: int
    revision: str
    log_id: str
    tables: dict[str, int]
    changes_end: int
    audit_end: int


def sqlite_path(url: str) -> Path:
    """The file of an SQLite URL; anything else is refused (PostgreSQL has pg_dump)."""
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite":
        raise BackupError(
            f"backup and restore support SQLite only, not {parsed.get_backend_name()}"
        )
    if database in ("", ":memory:") or database.startswith("file:"):
        raise BackupError("backup and restore need an SQLite database in a file")
    return Path(database).expanduser()


@contextmanager
def _open_file(path: Path, *, readonly: bool) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as conn:
        yield conn


def _table_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [str(name) for (name,) in rows]


def _scalar(conn: sqlite3.Connection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def summarise(path: Path) -> DatabaseSummary:
    """Check that ``path`` is a sound Quorum database at a schema this code knows; say what it
    holds. Raises ``BackupError`` naming what is wrong."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    with path.open("rb") as stream:
        if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"{path}: not an SQLite database")
    try:
        with _open_file(path, readonly=True) as conn:
            if _scalar(conn, "PRAGMA quick_check") != "ok":
                raise BackupError(f"{path}: the database is damaged (quick_check failed)")
            names = _table_names(conn)
            missing = sorted(QUORUM_TABLES - set(names))
            if missing:
                raise BackupError(f"{path}: not a Quorum database (no {', '.join(missing)})")
            revision = str(_scalar(conn, "SELECT version_num FROM alembic_version") or "")
            if revision not in _known_revisions():
                raise BackupError(
                    f"{path}: schema revision {revision or '(none)'} is unknown to this "
                    "server (a backup of a newer version?)"
                )
            tables = {name: int(_scalar(conn, f'SELECT count(*) FROM "{name}"')) for name in names}
            log_id = str(_scalar(conn, "SELECT value FROM meta WHERE key = 'log_id'") or "")
            changes_end = int(_scalar(conn, "SELECT coalesce(max(seq), 0) FROM changes"))
            audit_end = (
                int(_scalar(conn, "SELECT coalesce(max(seq), 0) FROM audit_log"))
                if "audit_log" in tables
                else 0
            )
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: cannot be read as a database ({exc})") from exc
    return DatabaseSummary(
        path, path.stat().st_size, revision, log_id, tables, changes_end, audit_end
    )


def backup(url: str, target: Path, *, overwrite: bool = False) -> DatabaseSummary:
    """Copy the database at ``url`` (which may be serving) to ``target``, consistently."""
    source = sqlite_path(url)
    if not source.is_file():
        raise BackupError(f"{source}: no such database")
    if target.exists() and not overwrite:
        raise BackupError(f"{target} already exists (use --force to replace it)")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    engine = make_engine(url)
    try:
        with engine.connect() as conn, closing(sqlite3.connect(partial)) as copy:
            live = conn.connection.driver_connection
            assert isinstance(live, sqlite3.Connection)
            live.backup(copy)  # pages=-1: all of it in one step, one snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        summary = summarise(partial)
        with partial.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    finally:
        engine.dispose()
        partial.unlink(missing_ok=True)
    return DatabaseSummary(
        target,
        summary.size,
        summary.revision,
        summary.log_id,
        summary.tables,
        summary.changes_end,
        summary.audit_end,
    )


def rows_in_use(engine: Engine) -> dict[str, int]:
    """The tables of the database at ``engine`` that hold rows (bookkeeping aside)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        counts = {
            name: int(_scalar(raw, f'SELECT count(*) FROM "{name}"'))
            for name in _table_names(raw)
            if name not in BOOKKEEPING_TABLES
        }
    return {name: count for name, count in counts.items() if count}


def restore(path: Path, url: str, *, force: bool = False) -> DatabaseSummary:
    """Bring the backup at ``path`` back into the database at ``url`` (empty unless ``force``);
    the summary is the restored database's, after migrating it up."""
    summary = summarise(path)
    target = sqlite_path(url)
    if target.exists() and target.resolve() == path.resolve():
        raise BackupError("the backup and the target are the same file")
    engine = make_engine(url)
    try:
        used = rows_in_use(engine)
        if used and not force:
            shown = ", ".join(f"{name} ({count})" for name, count in sorted(used.items())[:4])
            raise BackupError(
                f"the target database is not empty: {shown}{', …' if len(used) > 4 else ''}; "
                "restore into an empty database, or use --force to replace everything in it"
            )
        with _open_file(path, readonly=True) as source, engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            source.backup(raw)
        engine.dispose()  # connections opened before the copy forget their schema cache
        migrate(engine)
        with writing(engine) as conn:
            new_log = secrets.token_hex(8)
            conn.execute(update(t.meta).where(t.meta.c.key == "log_id").values(value=new_log))
            end = conn.execute(select(func.coalesce(func.max(t.changes.c.seq), 0))).scalar()
            audit.append(
                conn,
                "database_restored",
                detail={
                    "from_revision": summary.revision,
                    "previous_log_id": summary.log_id,
                    "log_id": new_log,
                    "changes_end": int(end or 0),
                },
            )
    finally:
        engine.dispose()
    restored = summarise(target)
    return restored
