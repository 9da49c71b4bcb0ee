"""Comments on drafts: ``document.comment``.

A member comments on a version of a document they may see (else ``not_found``; a version that
never was is ``version_unknown``), optionally on a page or a passage, while the document is
open for comments and before its comment period ends, by the server's clock
(``comments_closed``). A reply answers a top-level comment of the same document
(``comment_invalid``: a reply to a reply, or to a comment elsewhere). The id is new
(``id_taken``, unless its author repeats the same comment from another device: applied).
Comments have the document's audience.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select

from protocol.base import Request
from protocol.documents import DocumentCommentData, DocumentCommentPostData
from protocol.errors import DocumentErrorCode
from protocol.models import Kind
from server.db import tables as t
from server.services import changelog
from server.services.annotations import visible_version
from server.services.changelog import Audience
from server.services.errors import DocumentRefused
from server.services.records import Member

Code = DocumentErrorCode
_c, _d, _mb = t.document_comments.c, t.documents.c, t.members.c


def data(conn: Connection, row: Row[Any]) -> DocumentCommentData:
    name = conn.execute(select(_mb.name).where(_mb.id == row.author_id)).scalar_one_or_none()
    return DocumentCommentData(
        id=row.id,
        document_id=row.document_id,
        version=row.version,
        page=row.page,
        quote=row.quote,
        parent_id=row.parent_id,
        author_id=row.author_id,
        author_name=name or "",
        body=row.body,
        posted_at=row.posted_at,
    )


def _open(doc: Row[Any], now: datetime) -> bool:
    return bool(doc.comments_open) and (
        doc.comments_close_at is None or now < doc.comments_close_at
    )


def post(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, DocumentCommentPostData)
    doc = visible_version(conn, member, request.document_id, request.version)
    found = conn.execute(select(t.document_comments).where(_c.id == request.id)).first()
    if found is not None:
        mine = (found.author_id, found.document_id, found.parent_id, found.body)
        if mine == (member.id, doc.id, request.parent_id, request.body):
            return None  # the same comment again, from another device of its author: done
        raise DocumentRefused(Code.ID_TAKEN, "That comment id is taken.")
    now = now or t.utcnow()
    if not _open(doc, now):
        raise DocumentRefused(Code.COMMENTS_CLOSED, "This document is not open for comments.")
    if request.parent_id is not None:
        parent = conn.execute(
            select(_c.document_id, _c.parent_id).where(_c.id == request.parent_id)
        ).first()
        if parent is None or parent.document_id != doc.id or parent.parent_id is not None:
            raise DocumentRefused(
                Code.COMMENT_INVALID, "A reply answers a comment of the same document."
            )
    conn.execute(
        insert(t.document_comments).values(
            id=request.id,
            document_id=doc.id,
            version=request.version,
            page=request.page,
            quote=request.quote,
            parent_id=request.parent_id,
            author_id=member.id,
            body=request.body,
            posted_at=now,
        )
    )
    row = conn.execute(select(t.document_comments).where(_c.id == request.id)).one()
    audience = Audience.committee(doc.committee_id)
    changelog.upsert(conn, Kind.DOCUMENT_COMMENT, data(conn, row), audience)
    return None


def replay_committee(conn: Connection, committee_id: str, audience: Audience) -> None:
    """Send the comments on a committee's documents again to ``audience`` (a newcomer)."""
    rows = conn.execute(
        select(t.document_comments)
        .join(t.documents, _d.id == _c.document_id)
        .where(_d.committee_id == committee_id)
        .order_by(_c.posted_at, _c.id)
    ).all()
    for row in rows:
        changelog.upsert(conn, Kind.DOCUMENT_COMMENT, data(conn, row), audience)
