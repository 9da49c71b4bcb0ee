"""Board documents in depth in the cache: applying the server's changes of the kinds
``document_version``, ``meeting``, ``action``, ``annotation`` and ``document_comment``.

Called by ``desktop.cache.changes`` inside the store's write transaction; nothing here commits.
Each row keeps the server's payload whole as JSON (``data``) with the columns the app filters
on copied out (as ``desktop.cache.network`` does). Downloaded file bytes are local, not
synced, and in their own database: ``desktop.cache.files`` owns them.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.cache.codec import deleter, payload, to_text, upsert
from desktop.cache.database import Connection
from protocol.documents import (
    ActionData,
    AnnotationData,
    DocumentCommentData,
    DocumentVersionData,
    MeetingData,
)
from protocol.models import Change, Kind

#: The synced tables of this module (wiped with the others on a reset page).
SYNCED_TABLES = (
    "document_version",
    "meeting",
    "action",
    "action_assignee",
    "annotation",
    "document_comment",
)


def _upsert_version(conn: Connection, change: Change) -> None:
    data = payload(change, DocumentVersionData)
    row = {
        "id": data.id,
        "document_id": data.document_id,
        "version": data.version,
        "file_sha256": data.file.sha256 if data.file else None,
        "data": data.model_dump_json(),
    }
    upsert(conn, "document_version", row)


def _upsert_meeting(conn: Connection, change: Change) -> None:
    data = payload(change, MeetingData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "starts_at": to_text(data.starts_at),
        "status": str(data.status),
        "data": data.model_dump_json(),
    }
    upsert(conn, "meeting", row)


def _upsert_action(conn: Connection, change: Change) -> None:
    data = payload(change, ActionData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "meeting_id": data.meeting_id,
        "due_on": data.due_on.isoformat() if data.due_on else None,
        "status": str(data.status),
        "data": data.model_dump_json(),
    }
    upsert(conn, "action", row)
    conn.execute("DELETE FROM action_assignee WHERE action_id = ?", (data.id,))
    conn.executemany(
        "INSERT OR IGNORE INTO action_assignee (action_id, member_id) VALUES (?, ?)",
        [(data.id, member_id) for member_id in data.assignee_ids],
    )


def _delete_action(conn: Connection, action_id: str) -> None:
    conn.execute("DELETE FROM action_assignee WHERE action_id = ?", (action_id,))
    conn.execute("DELETE FROM action WHERE id = ?", (action_id,))


def _upsert_annotation(conn: Connection, change: Change) -> None:
    data = payload(change, AnnotationData)
    row = {"id": data.id, "document_id": data.document_id, "data": data.model_dump_json()}
    upsert(conn, "annotation", row)


def _upsert_comment(conn: Connection, change: Change) -> None:
    data = payload(change, DocumentCommentData)
    row = {
        "id": data.id,
        "document_id": data.document_id,
        "posted_at": to_text(data.posted_at),
        "data": data.model_dump_json(),
    }
    upsert(conn, "document_comment", row)


def delete_document_content(conn: Connection, document_id: str) -> None:
    """What goes with a document: its versions, my annotations on it, its comments."""
    for table in ("document_version", "annotation", "document_comment"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))


def delete_committee_content(conn: Connection, committee_id: str) -> None:
    """What goes with a committee the member left (its documents' content is deleted with the
    documents by the caller, before them)."""
    conn.execute(
        "DELETE FROM action_assignee WHERE action_id IN "
        "(SELECT id FROM action WHERE committee_id = ?)",
        (committee_id,),
    )
    conn.execute("DELETE FROM action WHERE committee_id = ?", (committee_id,))
    conn.execute("DELETE FROM meeting WHERE committee_id = ?", (committee_id,))


UPSERTERS: dict[Kind, Callable[[Connection, Change], None]] = {
    Kind.DOCUMENT_VERSION: _upsert_version,
    Kind.MEETING: _upsert_meeting,
    Kind.ACTION: _upsert_action,
    Kind.ANNOTATION: _upsert_annotation,
    Kind.DOCUMENT_COMMENT: _upsert_comment,
}

DELETERS: dict[Kind, Callable[[Connection, str], None]] = {
    Kind.DOCUMENT_VERSION: deleter("document_version"),
    Kind.MEETING: deleter("meeting"),
    Kind.ACTION: _delete_action,
    Kind.ANNOTATION: deleter("annotation"),
    Kind.DOCUMENT_COMMENT: deleter("document_comment"),
}
