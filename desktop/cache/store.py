"""The encrypted offline cache of one profile: what the core reads and the sync writes.

One SQLCipher connection shared by every thread (``check_same_thread=False``) and guarded by a
re-entrant lock; every write runs in ``BEGIN IMMEDIATE`` … ``COMMIT``. A sync page and its
cursor are committed together; an outbox row is committed before anything is sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.cache import accounts as _accounts
from desktop.cache import files_db as _files_db
from desktop.cache import files_tidy as _files_tidy
from desktop.cache import motions as _motions
from desktop.cache import notify as _notify
from desktop.cache import outbox as _outbox
from desktop.cache import pages as _pages
from desktop.cache import unlock as _unlock
from desktop.cache.changes import from_text, wipe_synced
from desktop.cache.database import Connection, delete_database, immediate, open_database
from desktop.cache.documents_store import DocumentQueries
from desktop.cache.errors import CacheError
from desktop.cache.files import close_files
from desktop.cache.keys import CacheKey, KeyStore
from desktop.cache.network_store import NetworkQueries
from desktop.cache.records import Account, Committee, Document, DocumentSummary, OutboxEntry
from desktop.cache.search_store import SearchQueries
from desktop.cache.trust import TrustQueries, record_online
from desktop.cache.unlock import UnlockQueries
from desktop.cache.voting_store import VotingQueries
from protocol.models import Mutation, MutationResult, SyncPage

log = logging.getLogger(__name__)

DB_FILENAME = "cache.db"

_CATEGORY_ORDER = {"board": 0, "bureau": 1}
_SUMMARY_COLUMNS = (
    "d.id, d.committee_id, d.title, d.author_name, d.published_at, d.updated_at, r.read_at, "
    "d.format, d.version, CASE WHEN r.document_id IS NULL THEN NULL ELSE coalesce(r.version, 1) END"
)


#: What ``counts()`` reports: the synced kind and the table that holds it.
_COUNTED_TABLES = (
    ("committee", "committee"),
    ("document", "document"),
    ("member", "member"),
    ("membership", "membership"),
    ("read_receipt", "read_receipt"),
    ("motion", "motions"),
    ("proxy", "proxies"),
    ("participation", "participations"),
    ("motion_event", "motion_events"),
)


class CacheStore(
    VotingQueries, NetworkQueries, SearchQueries, DocumentQueries, TrustQueries, UnlockQueries
):
    """The cache of one profile (file ``cache.db`` in the profile folder). Thread-safe.
    The voting queries are in ``desktop.cache.voting_store``, the committee network's in
    ``desktop.cache.network_store``, offline search's in ``desktop.cache.search_store``, board
    documents in depth (versions, meetings, actions, notes, comments, read versions) in
    ``desktop.cache.documents_store``."""

    def __init__(self, conn: Connection, files: _files_db.FilesDatabase | None = None) -> None:
        self._conn: Connection | None = conn
        self._lock = threading.RLock()
        #: ``files.db``: downloaded files, their own connection and lock (``FileStore``).
        self._files = files
        if files is not None:
            _files_db.watch(conn, files)

    @classmethod
    def open(cls, profile_dir: Path, key: CacheKey) -> CacheStore:
        """Open (creating if needed) the cache, then its files database with the same key;
        CacheLocked / CacheTooNew as open_database."""
        conn = open_database(Path(profile_dir) / DB_FILENAME, key)
        try:
            files = _files_db.FilesDatabase.open(Path(profile_dir), key)
            try:
                _files_db.adopt_legacy_files(conn, files)  # once, after cache migration 7
                _files_db.reclaim_space(conn)
            except sqlcipher3.Error:  # the next start goes on with it
                log.exception("cache: moving old files or giving back free space failed")
        except BaseException:
            conn.close()
            raise
        return cls(conn, files)

    def close(self) -> None:
        """Checkpoint the WAL into the database (TRUNCATE) and close, the files database
        first (once the files let go of are dropped). Idempotent."""
        with self._lock:
            if self._conn is None:
                return
            try:
                if self._files is not None:
                    _files_db.unwatch(self._conn)
                    files, self._files = self._files, None
                    close_files(self._conn, files)
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None

    def files_database(self) -> _files_db.FilesDatabase:
        """The downloaded files' database (``desktop.cache.files.FileStore`` works on it)."""
        if self._files is None:
            raise CacheError("The offline cache is closed.")
        return self._files

    def checkpoint(self) -> None:
        with self._lock:
            self._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- account -----------------------------------------------------------------------------

    def account(self) -> Account | None:
        with self._lock:
            return _accounts.read(self._db())

    def token(self) -> str | None:
        with self._lock:
            return _accounts.token(self._db())

    def save_sign_in(self, account: Account, token: str) -> None:
        """Remember the signed-in member and their token. If the cache held another member
        or another server (or no account at all), everything synced and queued is wiped first:
        the next member never sees the previous one's data."""
        with self._write() as conn:
            stored = _accounts.read(conn)
            if stored is None or not _accounts.same_identity(stored, account):
                wipe_synced(conn)
                _outbox.clear(conn)
                _motions.clear_ballots(conn)
                _notify.clear(conn)
                _files_tidy.clear(conn)  # the previous member's downloaded files and pins
            _accounts.save(conn, account, token)
            record_online(conn)  # the offline limit counts from here (docs/SECURITY.md)

    def forget_token(self) -> None:
        """Sign out: keep the content, the member must sign in again."""
        with self._write() as conn:
            _accounts.forget_token(conn)
            _unlock.forget(conn)  # the app lock's password goes with the token

    # --- pull --------------------------------------------------------------------------------

    def cursor(self) -> str | None:
        return self._meta("cursor")

    def last_sync(self) -> datetime | None:
        value = self._meta("last_sync")
        return None if value is None else from_text(value)

    def apply_page(self, page: SyncPage) -> dict[str, int]:
        """Apply a page of changes and store its cursor, in ONE transaction: either all of the
        page and its cursor are in the cache, or nothing of it. Returns changes per kind."""
        with self._write_refetchable() as conn:
            return _pages.apply(conn, page)

    def apply_pushed_page(self, page: SyncPage, since: int, upto: int) -> dict[str, int] | None:
        """Apply a page a live poke carried, only when the stored cursor is on the page's log at
        a seq from ``since`` to ``upto`` (see ``protocol.models.PokeData``), the member is
        signed in and nothing waits to be sent; None when not (nothing applied: pull instead).
        Checked and applied in one transaction (``desktop.cache.pages``)."""
        with self._write_refetchable() as conn:
            return _pages.apply_pushed(conn, page, since, upto)

    def wipe_synced_data(self) -> None:
        """Forget everything synced and the cursor (not the account, not the outbox)."""
        with self._write() as conn:
            wipe_synced(conn)

    # --- reading -----------------------------------------------------------------------------

    def organisation_name(self) -> str | None:
        with self._lock:
            conn = self._db()
            account = _accounts.read(conn)
            row = conn.execute(
                "SELECT name FROM organisation ORDER BY (id = ?) DESC, name LIMIT 1",
                (account.organisation_id if account else "",),
            ).fetchone()
        if row is not None:
            return str(row[0])
        return account.organisation_name if account else None

    def committees(self) -> list[Committee]:
        """The committees the signed-in member belongs to: board, bureau, then by name."""
        with self._lock:
            conn = self._db()
            account = _accounts.read(conn)
            if account is None:
                return []
            rows = conn.execute(
                "SELECT c.id, c.name, c.description, c.category FROM committee c WHERE EXISTS "
                "(SELECT 1 FROM membership m WHERE m.committee_id = c.id AND m.member_id = ?)",
                (account.member_id,),
            ).fetchall()
        found = [Committee(*row) for row in rows]
        found.sort(key=lambda c: (_CATEGORY_ORDER.get(c.category, 2), c.name.casefold(), c.id))
        return found

    def documents(self, committee_id: str | None) -> list[DocumentSummary]:
        """A committee's documents (None: organisation-wide ones), newest published first."""
        with self._lock:
            rows = (
                self._db()
                .execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM document d "
                    "LEFT JOIN read_receipt r ON r.document_id = d.id "
                    "WHERE d.committee_id IS ? ORDER BY d.published_at DESC, d.title, d.id",
                    (committee_id,),
                )
                .fetchall()
            )
        return [DocumentSummary(**_summary_fields(row)) for row in rows]

    def document(self, document_id: str) -> Document | None:
        with self._lock:
            row = (
                self._db()
                .execute(
                    f"SELECT {_SUMMARY_COLUMNS}, d.body FROM document d "
                    "LEFT JOIN read_receipt r ON r.document_id = d.id WHERE d.id = ?",
                    (document_id,),
                )
                .fetchone()
            )
        if row is None:
            return None
        return Document(**_summary_fields(row[:-1]), body=row[-1])

    def unread_count(self, committee_id: str | None) -> int:
        with self._lock:
            row = (
                self._db()
                .execute(
                    "SELECT count(*) FROM document d LEFT JOIN read_receipt r "
                    "ON r.document_id = d.id WHERE d.committee_id IS ? AND r.document_id IS NULL",
                    (committee_id,),
                )
                .fetchone()
            )
        return int(row[0])

    def counts(self) -> dict[str, int]:
        """Rows per synced kind, and the outbox entries waiting to be sent."""
        with self._lock:
            conn = self._db()
            found = {
                kind: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for kind, table in _COUNTED_TABLES
            }
            found["outbox_pending"] = int(
                conn.execute(
                    "SELECT count(*) FROM outbox WHERE state = ?", (_outbox.PENDING,)
                ).fetchone()[0]
            )
        return found

    # --- outbox ------------------------------------------------------------------------------

    def enqueue(self, kind: str, data: Mapping[str, Any]) -> OutboxEntry:
        """Queue a mutation (committed before this returns, so before any send)."""
        with self._write() as conn:
            return _outbox.add(conn, kind, data)

    def pending(self, limit: int) -> list[Mutation]:
        """The next mutations to send, in sequence order."""
        with self._lock:
            return _outbox.pending(self._db(), limit)

    def record_results(self, results: list[MutationResult]) -> None:
        with self._write() as conn:
            _outbox.record(conn, results)

    def outbox(self) -> list[OutboxEntry]:
        """Every entry, newest first."""
        with self._lock:
            return _outbox.entries(self._db())

    def retry(self, seq: int) -> OutboxEntry | None:
        """Queue a rejected entry again, under a new client id and sequence number (the
        server answers a repeated client id with its stored rejection). Returns the new entry,
        None when ``seq`` is not a rejected entry."""
        with self._write() as conn:
            entry = _outbox.retry(conn, seq)
            if entry is not None:
                _motions.move_ballot(conn, seq, entry.seq)
            return entry

    def prune_outbox(self, sent_before: datetime) -> int:
        """Delete sent entries queued before ``sent_before``; returns how many."""
        with self._write() as conn:
            return _outbox.prune(conn, sent_before)

    # --- internals ---------------------------------------------------------------------------

    def _db(self) -> Connection:
        if self._conn is None:
            raise CacheError("The offline cache is closed.")
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._lock, immediate(self._db()) as conn:
            yield conn

    @contextmanager
    def _write_refetchable(self) -> Iterator[Connection]:
        """A write the server (or the cache itself) can give again, such as a page of changes
        and its cursor: committed without waiting for the disk (``synchronous = NORMAL``). A
        power cut may lose it whole, never half of it; the member's own writes still wait for
        the disk (``FULL``, which also flushes these)."""
        with self._lock:
            conn = self._db()
            conn.execute("PRAGMA synchronous = NORMAL")
            try:
                with immediate(conn):  # rolled back on any error, COMMIT's included
                    yield conn
            finally:
                try:
                    conn.execute("PRAGMA synchronous = FULL")
                except sqlcipher3.Error:  # never hides the error in flight
                    log.exception("cache: could not set synchronous back to FULL")

    def _meta(self, key: str) -> str | None:
        with self._lock:
            return self._meta_in(self._db(), key)

    @staticmethod
    def _meta_in(conn: Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])


def reset_cache(profile_dir: Path, keystore: KeyStore) -> None:
    """Start afresh after a lost key or a wipe: delete the cache files and forget the key
    (and its recorded mode). Close the store first. The server holds the truth: the next sign-in
    downloads everything again."""
    _files_db.delete_files_database(Path(profile_dir))
    delete_database(Path(profile_dir) / DB_FILENAME)
    keystore.forget()


def _summary_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    doc_id, committee_id, title, author_name, published_at, updated_at, read_at = row[:7]
    doc_format, version, read_version = row[7:]
    return {
        "id": doc_id,
        "committee_id": committee_id,
        "title": title,
        "author_name": author_name,
        "published_at": from_text(published_at),
        "updated_at": from_text(updated_at),
        "read_at": None if read_at is None else from_text(read_at),
        "format": doc_format,
        "version": int(version),
        "read_version": None if read_version is None else int(read_version),
    }
