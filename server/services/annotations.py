"""Private annotations: ``annotation.save`` and ``annotation.delete``.

An annotation is its owner's alone: its change-log rows name the owner as their only audience,
on each of their devices, and no route returns it to anyone. On a committee's document the rows
reach the owner only while they belong to it (``Audience.member_in_committee``, as the join
replay does), so a member who left gets no note, nor the passage it quotes, on a new device or a
reset page. Rules:

- save: on a document one may see (else ``not_found``) and a version of it that exists
  (``version_unknown``); the same id of another member's annotation is ``not_found``; the same
  id of one's own replaces it (its creation time kept);
- delete: one's own (another member's is ``not_found``); idempotent.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from protocol.base import Request
from protocol.documents import (
    AnnotationData,
    AnnotationDeleteData,
    AnnotationKind,
    AnnotationSaveData,
)
from protocol.errors import DocumentErrorCode
from protocol.models import Kind
from server.db import tables as t
from server.services import changelog, directory
from server.services.changelog import Audience
from server.services.errors import DocumentRefused, NotFound
from server.services.records import Member

_an, _d = t.member_annotations.c, t.documents.c


def data(row: Row[Any]) -> AnnotationData:
    return AnnotationData(
        id=row.id,
        document_id=row.document_id,
        version=row.version,
        kind=AnnotationKind(row.kind),
        page=row.page,
        quote=row.quote,
        rects=json.loads(row.rects),
        body=row.body,
        color=row.color,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def visible_version(conn: Connection, member: Member, document_id: str, version: int) -> Row[Any]:
    """The document (its row) when the member may see it and ``version`` is one of its
    versions; else ``not_found`` or ``version_unknown``."""
    row = conn.execute(select(t.documents).where(_d.id == document_id)).first()
    if row is None or not (
        row.committee_id is None or row.committee_id in directory.committee_ids_of(conn, member.id)
    ):
        raise NotFound("No such document.")
    if not 1 <= version <= row.version:
        raise DocumentRefused(DocumentErrorCode.VERSION_UNKNOWN, "That version does not exist.")
    return row


def _own(conn: Connection, member: Member, annotation_id: str) -> Row[Any] | None:
    row = conn.execute(select(t.member_annotations).where(_an.id == annotation_id)).first()
    if row is not None and row.member_id != member.id:
        raise NotFound("No such annotation.")  # never reveals another member's
    return row


def save_annotation(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, AnnotationSaveData)
    found = _own(conn, member, request.id)
    doc = visible_version(conn, member, request.document_id, request.version)
    now = now or t.utcnow()
    values = {
        "document_id": request.document_id,
        "version": request.version,
        "kind": request.kind.value,
        "page": request.page,
        "quote": request.quote,
        "rects": json.dumps(request.rects),
        "body": request.body,
        "color": request.color,
        "updated_at": now,
    }
    if found is None:
        conn.execute(
            insert(t.member_annotations).values(
                id=request.id, member_id=member.id, created_at=now, **values
            )
        )
    else:
        conn.execute(update(t.member_annotations).where(_an.id == request.id).values(**values))
    row = conn.execute(select(t.member_annotations).where(_an.id == request.id)).one()
    changelog.upsert(conn, Kind.ANNOTATION, data(row), _audience(member.id, doc.committee_id))
    return None


def _audience(member_id: str, committee_id: str | None) -> Audience:
    """The owner; only while they belong to the document's committee, when it has one."""
    if committee_id is None:
        return Audience.member(member_id)
    return Audience.member_in_committee(member_id, committee_id)


def delete_annotation(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, AnnotationDeleteData)
    if _own(conn, member, request.id) is None:
        return None  # gone already (or never synced): nothing to do
    conn.execute(delete(t.member_annotations).where(_an.id == request.id))
    changelog.delete(conn, Kind.ANNOTATION, request.id, Audience.member(member.id))
    return None


def replay_own(conn: Connection, member_id: str, committee_id: str, audience: Audience) -> None:
    """Send a member's own annotations on a committee's documents again (they rejoin it)."""
    rows = conn.execute(
        select(t.member_annotations)
        .join(t.documents, _d.id == _an.document_id)
        .where(_an.member_id == member_id, _d.committee_id == committee_id)
        .order_by(_an.created_at, _an.id)
    ).all()
    for row in rows:
        changelog.upsert(conn, Kind.ANNOTATION, data(row), audience)
