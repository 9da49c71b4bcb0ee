"""Downloaded files: their bytes in chunks inside the encrypted files database (``files.db``,
tables ``file`` and ``file_chunk``, see ``desktop.cache.files_db``), never in a file of their
own, not even for a moment.

A file is ``partial`` while it arrives (``received`` bytes so far, and the ETag they came with,
so a cut download resumes), ``complete`` once its sha256 was checked, or ``failed`` (its bytes
dropped, ``error`` says why). No row: missing. Reading a complete file joins its chunks in
memory and notes when it was opened (the size budget drops the least recently opened first).

Two databases, two locks: the files' states and bytes are in ``files.db`` (its connection and
lock), what names them (documents, versions, pins, meetings, the budget, the retention rule) in
``cache.db`` (the store's). A call that needs both reads the cache under the store's lock,
releases it, then works on the files database: never both locks held the other way round, and
a download's writes (``begin_file``, ``append_chunks``, ``complete_file``…) touch the files
database only, so a sync never waits on a chunk write, nor a chunk write on a sync. Every call
is ONE short transaction, and the network is never waited on under a lock.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol, cast

import sqlcipher3

from desktop.cache import files_tidy as _tidy
from desktop.cache.codec import to_text
from desktop.cache.database import Connection
from desktop.cache.document_records import (
    COMPLETE,
    FAILED,
    MISSING,
    PARTIAL,
    FileInfo,
    FileState,
)
from desktop.cache.errors import CacheError
from desktop.cache.files_db import FilesDatabase

if TYPE_CHECKING:
    from desktop.cache.store import CacheStore

log = logging.getLogger(__name__)

#: Bytes per stored chunk (the downloader writes chunks of this size, the last one shorter).
CHUNK_SIZE = 256 * 1024
#: Meta key of the size budget (in ``cache.db``: a setting), and its default (2 GiB).
BUDGET_KEY = "file_budget_bytes"
DEFAULT_BUDGET = 2 * 1024**3


class _Lock(Protocol):
    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool: ...

    def release(self) -> None: ...


class FileConflict(CacheError):
    """An append that does not follow what is stored (the file was reset, dropped or completed
    meanwhile): the download must start again from ``resume_point``."""


class FileStore:
    """The downloaded files of an open ``CacheStore`` (its files database, and its cache for
    what names them). Thread-safe; as many instances as wanted over the same store."""

    def __init__(self, store: CacheStore) -> None:
        self._store = store
        self._files: FilesDatabase = store.files_database()

    # --- what is known -----------------------------------------------------------------------

    def file_info(self, sha256: str) -> FileInfo | None:
        """The file as a document or a document version names it (None: named by none)."""
        with self._cache() as cache:
            return _file_info(cache, sha256)

    def file_state(self, sha256: str, size: int = 0) -> FileState:
        """A file's state (``missing`` with its named size, else ``size``, when not stored)."""
        self._sweep()
        state = stored_state(self._files, sha256, size)
        if state.status == MISSING:
            info = self.file_info(sha256)
            return FileState(sha256, info.size if info else size, 0, MISSING)
        return state

    def resume_point(self, sha256: str) -> tuple[int, str | None]:
        """(bytes received, their ETag) of a partial file; (0, None) otherwise."""
        self._sweep()
        with self._files.lock:
            row = (
                self._files.db()
                .execute(
                    "SELECT received, etag FROM file WHERE sha256 = ? AND status = ?",
                    (sha256, PARTIAL),
                )
                .fetchone()
            )
        return (0, None) if row is None else (int(row[0]), row[1])

    def file_chunks(self, sha256: str) -> list[bytes]:
        """The stored chunks of a file, in order (to hash what a resumed download kept)."""
        self._sweep()
        with self._files.lock:
            rows = (
                self._files.db()
                .execute("SELECT data FROM file_chunk WHERE sha256 = ? ORDER BY idx", (sha256,))
                .fetchall()
            )
        return [bytes(row[0]) for row in rows]

    # --- a download, step by step (the files database only) ----------------------------------

    def begin_file(self, sha256: str, size: int, etag: str | None) -> None:
        """Start (or start again) a file from its first byte: any stored bytes are dropped."""
        self._sweep()
        with self._files.write() as conn:
            conn.execute("DELETE FROM file_chunk WHERE sha256 = ?", (sha256,))
            conn.execute(
                "INSERT INTO file (sha256, size, received, etag, status) VALUES (?, ?, 0, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, received = 0, "
                "etag = excluded.etag, status = excluded.status, error = NULL, "
                "completed_at = NULL",
                (sha256, size, etag, PARTIAL),
            )

    def append_chunk(self, sha256: str, offset: int, data: bytes) -> int:
        """Store the next bytes of a partial file (``offset``: where they start). Returns the
        bytes received so far; FileConflict when ``offset`` is not where the file stands."""
        return self.append_chunks(sha256, offset, [data])

    def append_chunks(self, sha256: str, offset: int, pieces: Sequence[bytes]) -> int:
        """``append_chunk`` of several chunks in ONE transaction (fewer disk syncs)."""
        self._sweep()
        size = sum(map(len, pieces))
        with self._files.write() as conn:
            row = conn.execute(
                "SELECT received, status, (SELECT coalesce(max(idx) + 1, 0) FROM file_chunk "
                "WHERE sha256 = ?) FROM file WHERE sha256 = ?",
                (sha256, sha256),
            ).fetchone()
            if row is None or row[1] != PARTIAL or int(row[0]) != offset:
                raise FileConflict("The file changed in the cache during its download.")
            conn.executemany(
                "INSERT INTO file_chunk (sha256, idx, data) VALUES (?, ?, ?)",
                [(sha256, int(row[2]) + n, piece) for n, piece in enumerate(pieces) if piece],
            )
            conn.execute(
                "UPDATE file SET received = received + ?, error = NULL WHERE sha256 = ?",
                (size, sha256),
            )
        return offset + size

    def complete_file(self, sha256: str, now: datetime | None = None) -> None:
        """The file's bytes are all there and their sha256 was checked."""
        with self._files.write() as conn:
            found = conn.execute(
                "UPDATE file SET status = ?, completed_at = ?, error = NULL "
                "WHERE sha256 = ? AND status = ? AND received = size",
                (COMPLETE, to_text(now or datetime.now(UTC)), sha256, PARTIAL),
            ).rowcount
            if found != 1:
                raise FileConflict("The file is not wholly received.")

    def fail_file(self, sha256: str, error: str, size: int | None = None) -> None:
        """The download failed for good (``error``: a stable code): its bytes are dropped."""
        with self._files.write() as conn:
            conn.execute("DELETE FROM file_chunk WHERE sha256 = ?", (sha256,))
            conn.execute(
                "INSERT INTO file (sha256, size, received, status, error) VALUES (?, ?, 0, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET received = 0, etag = NULL, "
                "status = excluded.status, error = excluded.error, completed_at = NULL",
                (sha256, size or 0, FAILED, error),
            )

    def note_file_error(self, sha256: str, error: str) -> None:
        """A partial download stopped (network): its bytes stay, to resume; ``error`` says why."""
        with self._files.write() as conn:
            conn.execute(
                "UPDATE file SET error = ? WHERE sha256 = ? AND status = ?",
                (error, sha256, PARTIAL),
            )

    def reset_file(self, sha256: str) -> None:
        """Forget a file and its bytes (it is missing again)."""
        with self._files.write() as conn:
            _tidy.drop(conn, [sha256])

    # --- reading ----------------------------------------------------------------------------

    def read_file(self, sha256: str, now: datetime | None = None) -> bytes | None:
        """The whole complete file, in memory (None when it is not complete); notes the time
        it was opened."""
        if self.file_info(sha256) is None:
            return None  # no document the member may see names it (any more)
        self._sweep()
        with self._files.write() as conn:
            found = conn.execute(
                "UPDATE file SET opened_at = ? WHERE sha256 = ? AND status = ?",
                (to_text(now or datetime.now(UTC)), sha256, COMPLETE),
            ).rowcount
            if found != 1:
                return None
            rows = conn.execute(
                "SELECT data FROM file_chunk WHERE sha256 = ? ORDER BY idx", (sha256,)
            ).fetchall()
        if self.file_info(sha256) is None:  # a sync took the document away meanwhile
            return None
        return b"".join(bytes(row[0]) for row in rows)

    # --- pins, budget, retention (the cache) -------------------------------------------------

    def pin_document(self, document_id: str, pinned: bool, now: datetime | None = None) -> None:
        with self._store._write() as conn:
            if pinned:
                conn.execute(
                    "INSERT INTO pinned_document (document_id, pinned_at) VALUES (?, ?) "
                    "ON CONFLICT (document_id) DO NOTHING",
                    (document_id, to_text(now or datetime.now(UTC))),
                )
            else:
                conn.execute("DELETE FROM pinned_document WHERE document_id = ?", (document_id,))

    def is_pinned(self, document_id: str) -> bool:
        with self._cache() as cache:
            row = cache.execute(
                "SELECT 1 FROM pinned_document WHERE document_id = ?", (document_id,)
            ).fetchone()
        return row is not None

    def pinned_files(self) -> set[str]:
        """Files of the pinned documents' current versions."""
        with self._cache() as cache:
            rows = cache.execute(
                "SELECT d.file_sha256 FROM pinned_document p JOIN document d "
                "ON d.id = p.document_id WHERE d.file_sha256 IS NOT NULL"
            )
            return {str(row[0]) for row in rows}

    def retention_months(self) -> int | None:
        """The organisation's rule (None: documents of old meetings are kept)."""
        with self._cache() as cache:
            return _tidy.retention_months(cache)

    def files_usage(self) -> int:
        """Bytes of file content stored (partial files included)."""
        self._sweep()
        with self._files.lock:
            return _tidy.usage(self._files.db())

    def file_budget(self) -> int:
        with self._cache() as cache:
            return _tidy.budget(cache, BUDGET_KEY, DEFAULT_BUDGET)

    def set_file_budget(self, budget_bytes: int) -> None:
        if budget_bytes < 0:
            raise ValueError("a budget is a number of bytes, not negative")
        with self._store._write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (BUDGET_KEY, str(int(budget_bytes))),
            )

    def missing_files(self, now: datetime | None = None) -> list[str]:
        """Files of the documents' current versions not complete: pinned documents' first,
        then upcoming meetings' (soonest first), then the newest documents'."""
        with self._cache() as cache:
            wanted = _tidy.wanted(cache, to_text(now or datetime.now(UTC)))
        self._sweep()
        with self._files.lock:
            done = _tidy.complete(self._files.db())
        return [sha256 for sha256 in wanted if sha256 not in done]

    def tidy_files(self, today: date | None = None, keep: Collection[str] = ()) -> int:
        """Drop files no document names, those of meetings past the retention rule, then the
        least recently opened until under the budget; never a pinned document's file, nor one
        of ``keep``. Returns the bytes freed. One transaction of the files database, after
        one read of the cache."""
        day = today or datetime.now(UTC).date()
        with self._cache() as cache:
            if not keep:
                self._files.sweep_taken()  # this tidy sweeps too
            budget = _tidy.budget(cache, BUDGET_KEY, DEFAULT_BUDGET)
            plan = _tidy.plan(cache, day, budget, keep)
        with self._files.write() as conn:
            return _tidy.tidy(conn, plan)

    # --- internals --------------------------------------------------------------------------

    @contextmanager
    def _cache(self) -> Iterator[Connection]:
        """The cache, to read, under the store's lock (never while holding the files lock)."""
        with self._store._lock:
            yield self._store._db()

    def _sweep(self) -> None:
        """Drop the files the cache let go of (see ``files_tidy``), when it asked and its lock
        is free: a download never waits on a sync for this (it will sweep at its next call)."""
        if not self._files.sweep_requested():
            return
        lock = cast(_Lock, self._store._lock)
        if not lock.acquire(blocking=False):
            return
        try:
            self._files.sweep_taken()
            names = _tidy.named(self._store._db())
        finally:
            lock.release()
        with self._files.write() as conn:
            _tidy.sweep(conn, names)


def stored_state(files: FilesDatabase, sha256: str, size: int) -> FileState:
    """A file's state as the files database has it (``missing`` of ``size`` without a row)."""
    with files.lock:
        row = (
            files.db()
            .execute("SELECT size, received, status, error FROM file WHERE sha256 = ?", (sha256,))
            .fetchone()
        )
    if row is None:
        return FileState(sha256, size, 0, MISSING)
    stored_size, received, status, error = row
    return FileState(sha256, int(stored_size), int(received), str(status), error or "")


def close_files(cache: Connection, files: FilesDatabase) -> None:
    """Close the files database of a store about to close (under the store's lock), once the
    files it let go of are dropped."""
    try:
        if files.sweep_requested():
            files.sweep_taken()
            names = _tidy.named(cache)
            with files.write() as conn:
                _tidy.sweep(conn, names)
    except (CacheError, sqlcipher3.Error):  # close all the same: the next start sweeps
        log.exception("files: the sweep before closing failed")
    finally:
        files.close()


def _file_info(conn: Connection, sha256: str) -> FileInfo | None:
    row = conn.execute(
        "SELECT json_extract(data, '$.file') FROM document WHERE file_sha256 = ? "
        "UNION ALL SELECT json_extract(data, '$.file') FROM document_version "
        "WHERE file_sha256 = ? LIMIT 1",
        (sha256, sha256),
    ).fetchone()
    if row is None or row[0] is None:
        return None
    ref = json.loads(row[0])
    return FileInfo(
        sha256=sha256,
        size=int(ref.get("size", 0)),
        name=str(ref.get("name", "")),
        pages=int(ref.get("pages", 0)),
        media_type=str(ref.get("media_type", "application/pdf")),
    )
