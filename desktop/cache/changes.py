"""Applying the server's changes to the cache tables, one change at a time.

Called by the store inside its write transaction; nothing here commits. Payloads are validated
with the protocol's models; a payload that does not match raises InvalidChange (whose message
names the change and the fields, never their content) and the whole page is rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from desktop.cache import documents as _documents
from desktop.cache import files_tidy as _files_tidy
from desktop.cache import motions as _motions
from desktop.cache import network as _network
from desktop.cache.codec import deleter, from_text, payload, to_text, upsert
from desktop.cache.database import Connection
from desktop.cache.trust import store_policy
from protocol.models import (
    KIND_MODELS,
    Change,
    CommitteeData,
    DocumentData,
    Kind,
    MemberData,
    MembershipData,
    Op,
    OrganisationData,
    ReadReceiptData,
)

__all__ = ["SYNCED_TABLES", "apply_change", "from_text", "to_text", "wipe_synced"]

#: Tables that hold what the server sent (wiped on a reset page or another member's sign-in).
SYNCED_TABLES = (
    "organisation",
    "committee",
    "member",
    "membership",
    "document",
    "read_receipt",
    *_motions.SYNCED_TABLES,
    *_network.SYNCED_TABLES,
    *_documents.SYNCED_TABLES,
)


def apply_change(conn: Connection, change: Change) -> Kind | None:
    """Apply one change; returns its kind, or None for a kind this version does not know."""
    try:
        kind = Kind(change.kind)
    except ValueError:
        return None  # a newer server's kind: ignored, as the protocol asks
    if change.op is Op.DELETE:
        _DELETERS[kind](conn, change.id)
    else:
        _UPSERTERS[kind](conn, change)
    return kind


def wipe_synced(conn: Connection) -> None:
    """Delete every synced row and the sync position (not the account, not the outbox)."""
    for table in SYNCED_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM meta WHERE key IN ('cursor', 'last_sync', 'retention_months')")


def _upsert(conn: Connection, table: str, row: dict[str, Any]) -> None:
    upsert(conn, table, row, _KEYS[table])


_KEYS = {
    "organisation": "id",
    "committee": "id",
    "member": "id",
    "membership": "id",
    "document": "id",
    "read_receipt": "document_id",
}


def _upsert_organisation(conn: Connection, change: Change) -> None:
    data = payload(change, OrganisationData)
    _upsert(conn, "organisation", {"id": data.id, "name": data.name, "short_name": data.short_name})
    store_policy(conn, data.security)  # the offline limit, the lock (docs/SECURITY.md)
    # The retention rule, for desktop.cache.files (absent: documents are kept).
    conn.execute("DELETE FROM meta WHERE key = 'retention_months'")
    if data.retention_months is not None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('retention_months', ?)",
            (str(data.retention_months),),
        )


def _upsert_committee(conn: Connection, change: Change) -> None:
    data = payload(change, CommitteeData)
    row = {
        "id": data.id,
        "name": data.name,
        "description": data.description,
        "category": data.category,
    }
    _upsert(conn, "committee", row)


def _upsert_member(conn: Connection, change: Change) -> None:
    data = payload(change, MemberData)
    roles = json.dumps([str(role) for role in data.roles])
    _upsert(conn, "member", {"id": data.id, "name": data.name, "roles": roles, "title": data.title})


def _upsert_membership(conn: Connection, change: Change) -> None:
    data = payload(change, MembershipData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "member_id": data.member_id,
        "role": data.role,
    }
    _upsert(conn, "membership", row)


def _upsert_document(conn: Connection, change: Change) -> None:
    data = payload(change, DocumentData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "title": data.title,
        "body": data.body,
        "author_id": data.author_id,
        "author_name": data.author_name,
        "published_at": to_text(data.published_at),
        "updated_at": to_text(data.updated_at),
        "format": str(data.format),
        "version": data.version,
        "file_sha256": data.file.sha256 if data.file else None,
        "text": data.text,
        "meeting_id": data.meeting_id,
        "data": data.model_dump_json(exclude={"body", "text"}),
    }
    _upsert(conn, "document", row)


def _upsert_read_receipt(conn: Connection, change: Change) -> None:
    data = payload(change, ReadReceiptData)
    row: dict[str, Any] = {
        "document_id": data.document_id,
        "read_at": to_text(data.read_at),
        "version": data.version,
    }
    _upsert(conn, "read_receipt", row)


def _delete_committee(conn: Connection, committee_id: str) -> None:
    conn.execute(
        "DELETE FROM read_receipt WHERE document_id IN "
        "(SELECT id FROM document WHERE committee_id = ?)",
        (committee_id,),
    )
    document_ids = [
        str(row[0])
        for row in conn.execute("SELECT id FROM document WHERE committee_id = ?", (committee_id,))
    ]
    files = _files_tidy.let_go_of(conn, document_ids)
    for document_id in document_ids:
        _documents.delete_document_content(conn, document_id)
    conn.execute("DELETE FROM document WHERE committee_id = ?", (committee_id,))
    _documents.delete_committee_content(conn, committee_id)
    conn.execute("DELETE FROM membership WHERE committee_id = ?", (committee_id,))
    _network.delete_committee_content(conn, committee_id)
    conn.execute("DELETE FROM committee WHERE id = ?", (committee_id,))
    _files_tidy.drop_unnamed(conn, files)  # the bytes go with what named them


def _delete_document(conn: Connection, document_id: str) -> None:
    files = _files_tidy.let_go_of(conn, [document_id])
    conn.execute("DELETE FROM read_receipt WHERE document_id = ?", (document_id,))
    _documents.delete_document_content(conn, document_id)
    conn.execute("DELETE FROM document WHERE id = ?", (document_id,))
    _files_tidy.drop_unnamed(conn, files)


def _delete_from(table: str) -> Callable[[Connection, str], None]:
    return deleter(table, _KEYS[table])


_UPSERTERS: dict[Kind, Callable[[Connection, Change], None]] = {
    Kind.ORGANISATION: _upsert_organisation,
    Kind.COMMITTEE: _upsert_committee,
    Kind.MEMBER: _upsert_member,
    Kind.MEMBERSHIP: _upsert_membership,
    Kind.DOCUMENT: _upsert_document,
    Kind.READ_RECEIPT: _upsert_read_receipt,
    **_motions.UPSERTERS,
    **_network.UPSERTERS,
    **_documents.UPSERTERS,
}

_DELETERS: dict[Kind, Callable[[Connection, str], None]] = {
    Kind.ORGANISATION: _delete_from("organisation"),
    Kind.COMMITTEE: _delete_committee,
    Kind.MEMBER: _delete_from("member"),
    Kind.MEMBERSHIP: _delete_from("membership"),
    Kind.DOCUMENT: _delete_document,
    Kind.READ_RECEIPT: _delete_from("read_receipt"),
    **_motions.DELETERS,
    **_network.DELETERS,
    **_documents.DELETERS,
}

assert set(_UPSERTERS) == set(_DELETERS) == set(KIND_MODELS), "every kind has its handlers"
