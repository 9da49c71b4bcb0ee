"""Board documents in depth's half of the cache store: a document's detail, its versions,
meetings, actions, my annotations, comments, and the version I read.

A mixin of ``desktop.cache.store.CacheStore`` (it shares its connection, lock and write
transactions), like ``voting_store`` and ``network_store``. The reading is in
``document_queries``, the outbox merged in by ``document_pending``; the changes are applied by
``documents``. Writes of actions, annotations and comments go through the outbox (``queue``,
from ``network_store``); the read receipt is written here at once with its version.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from desktop.cache import accounts as _accounts
from desktop.cache import document_pending as _pending
from desktop.cache import document_queries as _queries
from desktop.cache import outbox as _outbox
from desktop.cache.codec import to_text
from desktop.cache.database import Connection
from desktop.cache.document_records import (
    Action,
    Annotation,
    DocComment,
    DocumentDetail,
    DocumentVersion,
    Meeting,
)
from desktop.cache.files import stored_state
from desktop.cache.files_db import FilesDatabase
from protocol.models import MarkReadData, MutationKind


class DocumentQueries:
    """What the documents use cases read and write in the cache. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def files_database(self) -> FilesDatabase:
        raise NotImplementedError

    # --- documents ---------------------------------------------------------------------------

    def document_detail(
        self, document_id: str, now: datetime | None = None
    ) -> DocumentDetail | None:
        """What the reader needs beyond the Markdown; ``comments_open`` as of ``now``."""
        with self._lock:
            found = _queries.detail(self._db(), document_id, now or datetime.now(UTC))
        if found is None or found.file is None:
            return found
        state = stored_state(self.files_database(), found.file.sha256, found.file.size)
        return replace(found, file_state=state)

    def document_versions(self, document_id: str) -> list[DocumentVersion]:
        """Newest first; the current one has ``current`` set."""
        with self._lock:
            return _queries.versions(self._db(), document_id)

    def mark_read(self, document_id: str, read_at: datetime, version: int | None = None) -> bool:
        """Record locally that the member read ``version`` of a document (None: its current
        one) and queue the receipt, in ONE transaction. False, and nothing queued, when that
        version (or a newer one) was already read. The first reading time is kept."""
        with self._write() as conn:
            if version is None:
                row = conn.execute("SELECT version FROM document WHERE id = ?", (document_id,))
                current = row.fetchone()
                version = None if current is None else int(current[0])
            seen = _queries.read_version(conn, document_id)
            if seen is not None and seen >= (version or 1):
                return False
            payload = MarkReadData(document_id=document_id, read_at=read_at, version=version)
            conn.execute(
                "INSERT INTO read_receipt (document_id, read_at, version) VALUES (?, ?, ?) "
                "ON CONFLICT (document_id) DO UPDATE SET version = excluded.version",
                (document_id, to_text(read_at), version),
            )
            _outbox.add(conn, str(MutationKind.MARK_READ), payload.model_dump())
        return True

    # --- meetings and actions ----------------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        """Every meeting in the cache, soonest first."""
        with self._lock:
            return _queries.meetings(self._db())

    def find_meeting(self, meeting_id: str) -> Meeting | None:
        with self._lock:
            found = _queries.meetings(self._db(), meeting_id)
        return found[0] if found else None

    def actions(self, today: date | None = None) -> list[Action]:
        """Every action, mine not yet back included, pending changes shown; ``late`` as of
        ``today`` (the local date when None)."""
        with self._lock:
            conn = self._db()
            return _pending.actions(conn, _accounts.read(conn), today or date.today())

    def find_action(self, action_id: str, today: date | None = None) -> Action | None:
        return next((a for a in self.actions(today) if a.id == action_id), None)

    # --- annotations and comments ------------------------------------------------------------

    def annotations(self, document_id: str) -> list[Annotation]:
        """My notes and highlights on a document (pending ones applied), by page then time."""
        with self._lock:
            return _pending.my_annotations(self._db(), document_id)

    def document_comments(self, document_id: str) -> list[DocComment]:
        """Top-level comments oldest first, each followed by its replies; mine not yet back
        included."""
        with self._lock:
            conn = self._db()
            found = _pending.comments(conn, _accounts.read(conn), {document_id})
        return _pending.threaded(found)

    def comments_on_my_documents(self) -> list[DocComment]:
        """Every comment on the documents I published (``author_id`` me), newest first."""
        with self._lock:
            conn = self._db()
            me = _accounts.read(conn)
            if me is None:
                return []
            rows = conn.execute("SELECT id FROM document WHERE author_id = ?", (me.member_id,))
            mine = {str(row[0]) for row in rows.fetchall()}
            found = _pending.comments(conn, me, mine) if mine else []
        found.sort(key=lambda c: (c.posted_at.timestamp(), c.id), reverse=True)
        return found


def keep_pending_reads(conn: Connection, *, insert: bool) -> None:
    """After a page: a read receipt not yet sent stays the member's (its version is not lowered
    by an older receipt from the server). ``insert``: also bring back a receipt the page wiped
    (a reset page)."""
    entries = _outbox.of_kinds(conn, [str(MutationKind.MARK_READ)], (_outbox.PENDING,))
    for entry in entries:
        document_id, read_at = entry.data.get("document_id"), entry.data.get("read_at")
        version = entry.data.get("version")
        if not isinstance(document_id, str) or not isinstance(read_at, str):
            continue
        if insert:
            conn.execute(
                "INSERT OR IGNORE INTO read_receipt (document_id, read_at, version) "
                "VALUES (?, ?, ?)",
                (document_id, read_at, version),
            )
        if isinstance(version, int):
            conn.execute(
                "UPDATE read_receipt SET version = ? WHERE document_id = ? "
                "AND (version IS NULL OR version < ?)",
                (version, document_id, version),
            )
