"""The encrypted database of downloaded files (``files.db``, next to ``cache.db`` in the profile
folder): the files' states and their bytes in chunks, never in a file of their own.

Opened with the cache's key, but its own file, connection and lock: a board pack download
writes here while the sync writes ``cache.db``, and neither waits on the other. Tuned for bulk
bytes: 64 KiB cipher pages and HMAC-SHA256 page MACs (a standard SQLCipher setting, set right
after the key, before the first read), WAL, ``synchronous = NORMAL``: a chunk lost at a power
cut loses the ``received`` count of the same transaction, so the download resumes from before
it; the bytes can always be downloaded again. Nothing in clear on disk, as for the cache
(temporary data in memory, freed pages zeroed, the WAL holds encrypted pages only).

What names a file (documents, versions, pins, the budget, the retention rule) stays in
``cache.db``: ``desktop.cache.files`` combines the two. When the cache lets go of files (a
deleted document, a committee left, another member signing in), it only asks for a sweep
(:func:`request_sweep`): the next file operation drops every file no document names, without
the sync ever waiting on a file write.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from desktop.cache.database import (
    Connection,
    _migrate,
    delete_database,
    immediate,
)
from desktop.cache.errors import CacheError, CacheLocked
from desktop.cache.keys import CacheKey

log = logging.getLogger(__name__)

FILES_DB_FILENAME = "files.db"
#: Cipher page size: 64 KiB pages write bulk bytes faster than the default 4 KiB.
PAGE_SIZE = 65536
#: The page MAC: HMAC-SHA256 (about twice SHA-512's speed where the CPU has SHA extensions).
HMAC_ALGORITHM = "HMAC_SHA256"

#: The files database's own migrations (numbered 1..n like the cache's; append only).
FILES_MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "downloaded files: their states, and their bytes in chunks",
        """
        -- status: 'partial' (received bytes so far, the ETag they came with), 'complete'
        -- (hash checked), 'failed' (error says why). No row: missing.
        CREATE TABLE file (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            status TEXT NOT NULL CHECK (status IN ('partial', 'complete', 'failed')),
            error TEXT,
            completed_at TEXT,
            opened_at TEXT
        );
        CREATE TABLE file_chunk (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            idx INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (sha256, idx)
        );
        """,
    ),
]


class FilesKeyMismatch(CacheLocked):
    """``files.db`` is not a database this key opens (left over from another key)."""


def open_files_connection(
    path: Path, key: CacheKey, migrations: Sequence[tuple[int, str, str]] = FILES_MIGRATIONS
) -> Connection:
    """Open (or create) ``files.db`` at ``path`` with ``key``; CacheLocked when the key does not
    open it, CacheTooNew when a newer version wrote it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma()}")
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {HMAC_ALGORITHM}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):  # SQLITE_NOTADB: another key (or not ours)
                raise FilesKeyMismatch(
                    "The downloaded files could not be opened with this key or passphrase."
                ) from None
            raise CacheLocked(f"The downloaded files could not be opened ({exc}).") from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # pragma: no cover - only on filesystems without WAL
            raise CacheLocked(f"The downloaded files cannot use write-ahead logging ({mode}).")
        _migrate(conn, migrations)
    except BaseException:
        conn.close()
        raise
    return conn


class FilesDatabase:
    """``files.db`` open: one connection shared by every thread, guarded by its own re-entrant
    lock (never the store's); writes in ``BEGIN IMMEDIATE`` … ``COMMIT``."""

    def __init__(self, conn: Connection) -> None:
        self._conn: Connection | None = conn
        self.lock = threading.RLock()
        self._sweep = threading.Event()
        self._sweep.set()  # files a crash left unnamed go at the first file operation

    @classmethod
    def open(cls, profile_dir: Path, key: CacheKey) -> FilesDatabase:
        """Open (creating if needed) the profile's files database. Called once ``cache.db``
        opened with ``key``: a ``files.db`` that key does not open is left over from a cache
        reset half done (another key), so it is deleted and made afresh (its bytes can be
        downloaded again)."""
        path = Path(profile_dir) / FILES_DB_FILENAME
        try:
            return cls(open_files_connection(path, key))
        except FilesKeyMismatch:  # only that: a locked or unreadable file is never deleted
            log.warning("files.db does not open with the cache's key: made afresh")
            delete_database(path)
            return cls(open_files_connection(path, key))

    def db(self) -> Connection:
        if self._conn is None:
            raise CacheError("The offline cache is closed.")
        return self._conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.lock, immediate(self.db()) as conn:
            yield conn

    def checkpoint(self) -> None:
        with self.lock:
            self.db().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Checkpoint the WAL into the database (TRUNCATE) and close. Idempotent."""
        with self.lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None

    # --- sweeps: files no document names any more ----------------------------------------

    def request_sweep(self) -> None:
        self._sweep.set()

    def sweep_requested(self) -> bool:
        return self._sweep.is_set()

    def sweep_taken(self) -> None:
        """The sweep starts (called under the store's lock, before it reads what is named)."""
        self._sweep.clear()


def adopt_legacy_files(cache: Connection, files: FilesDatabase) -> int:
    """Move the files an older cache kept in ``cache.db`` (set aside by cache migration 7)
    into ``files.db``, one file per transaction, then drop them from ``cache.db``; returns how
    many files moved. A move cut short goes on at the next open (a file already in
    ``files.db`` is skipped). Their pages in ``cache.db`` are not zeroed one by one (3x slower:
    4 s for 300 MB): they are encrypted, and ``reclaim_space`` gives them back to the disk."""
    found = cache.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legacy_file'"
    ).fetchone()
    if found is None:
        return 0
    rows = cache.execute(
        "SELECT sha256, size, received, etag, status, error, completed_at, opened_at "
        "FROM legacy_file"
    ).fetchall()
    moved = 0
    for row in rows:
        chunks = cache.execute(
            "SELECT idx, data FROM legacy_file_chunk WHERE sha256 = ? ORDER BY idx", (row[0],)
        ).fetchall()
        with files.write() as conn:
            if conn.execute("SELECT 1 FROM file WHERE sha256 = ?", (row[0],)).fetchone():
                continue
            conn.execute("INSERT INTO file VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tuple(row))
            conn.executemany(
                "INSERT INTO file_chunk (sha256, idx, data) VALUES (?, ?, ?)",
                [(row[0], idx, data) for idx, data in chunks],
            )
            moved += 1
    with immediate(cache):
        cache.execute("PRAGMA secure_delete = OFF")
        cache.execute("DROP TABLE legacy_file_chunk")
        cache.execute("DROP TABLE legacy_file")
        cache.execute("PRAGMA secure_delete = ON")
    log.info("files: %d moved from cache.db to files.db", moved)
    return moved


#: ``reclaim_space`` gives back free pages above this many bytes, when they are over a quarter
#: of the cache file.
RECLAIM_BYTES = 32 * 1024**2


def reclaim_space(cache: Connection) -> bool:
    """VACUUM ``cache.db`` when most of it is free pages (the files cache migration 7 dropped,
    or a big wipe): the file shrinks and the freed pages leave it. Call right after opening,
    with no transaction open. True when it vacuumed."""
    free = int(cache.execute("PRAGMA freelist_count").fetchone()[0])
    pages = int(cache.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(cache.execute("PRAGMA page_size").fetchone()[0])
    if free * page_size <= RECLAIM_BYTES or free * 4 <= pages:
        return False
    cache.execute("VACUUM")
    cache.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return True


def delete_files_database(profile_dir: Path) -> None:
    """Delete ``files.db`` and its side files (-wal, -shm, -journal). Close it first."""
    delete_database(Path(profile_dir) / FILES_DB_FILENAME)


#: The files database of each open cache connection (by ``id``), for :func:`request_sweep`.
_WATCHED: dict[int, FilesDatabase] = {}
_WATCHED_LOCK = threading.Lock()


def watch(cache_conn: Connection, files: FilesDatabase) -> None:
    """``files`` holds the downloaded files of the cache open on ``cache_conn``."""
    with _WATCHED_LOCK:
        _WATCHED[id(cache_conn)] = files


def unwatch(cache_conn: Connection) -> None:
    with _WATCHED_LOCK:
        _WATCHED.pop(id(cache_conn), None)


def request_sweep(cache_conn: Connection) -> None:
    """The cache on ``cache_conn`` let go of files (called inside its write transaction): the
    next file operation drops those no document names. Never waits on the files database."""
    with _WATCHED_LOCK:
        files = _WATCHED.get(id(cache_conn))
    if files is not None:
        files.request_sweep()
