"""Reading the organisation: members, committees, memberships and documents, as records and
protocol payloads. Queries only; the rules about who may see what live in the callers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from protocol.documents import DocumentFormat, DocumentVersionData, FileRef
from protocol.models import (
    CommitteeData,
    DocumentData,
    MembershipData,
    OrganisationData,
    ReadReceiptData,
)
from protocol.rules import normalise_email
from protocol.security import SecurityPolicy
from server.db import tables as t
from server.services.errors import NotConfigured, NotFound
from server.services.records import Member
from server.services.tx import DB, read


def organisation(conn: Connection) -> OrganisationData:
    row = conn.execute(select(t.organisation)).first()
    if row is None:
        raise NotConfigured()
    policy = SecurityPolicy(
        max_offline_days=row.max_offline_days,
        device_approval=bool(row.device_approval),
        lock_minutes=row.lock_minutes,
        totp_required=bool(row.totp_required),
    )
    return OrganisationData(
        id=row.id,
        name=row.name,
        short_name=row.short_name,
        retention_months=row.retention_months,
        security=policy,
    )


def current_organisation(db: DB) -> OrganisationData:
    """The organisation this server holds, in its own read transaction if given an engine."""
    with read(db) as conn:
        return organisation(conn)


def has_organisation(conn: Connection) -> bool:
    return conn.execute(select(t.organisation.c.id)).first() is not None


def member(conn: Connection, member_id: str) -> Member:
    row = conn.execute(select(t.members).where(t.members.c.id == member_id)).first()
    if row is None:
        raise NotFound("No such member.")
    return Member.from_row(row)


def member_by_email(conn: Connection, email: str) -> Member:
    row = conn.execute(select(t.members).where(t.members.c.email == normalise_email(email))).first()
    if row is None:
        raise NotFound("No member has that email address.")
    return Member.from_row(row)


def _committee(row: Row[Any]) -> CommitteeData:
    return CommitteeData(
        id=row.id, name=row.name, description=row.description, category=row.category
    )


def committee(conn: Connection, committee_id: str) -> CommitteeData:
    row = conn.execute(select(t.committees).where(t.committees.c.id == committee_id)).first()
    if row is None:
        raise NotFound("No such committee.")
    return _committee(row)


def committee_by_name(conn: Connection, name: str) -> CommitteeData:
    row = conn.execute(select(t.committees).where(t.committees.c.name == name.strip())).first()
    if row is None:
        raise NotFound("No committee has that name.")
    return _committee(row)


def committees_of(conn: Connection, member_id: str) -> list[CommitteeData]:
    rows = conn.execute(
        select(t.committees)
        .join(t.memberships, t.memberships.c.committee_id == t.committees.c.id)
        .where(t.memberships.c.member_id == member_id)
        .order_by(t.committees.c.name)
    )
    return [_committee(row) for row in rows]


def committee_ids_of(conn: Connection, member_id: str) -> set[str]:
    rows = conn.execute(
        select(t.memberships.c.committee_id).where(t.memberships.c.member_id == member_id)
    )
    return {row.committee_id for row in rows}


def memberships_of_committee(conn: Connection, committee_id: str) -> list[MembershipData]:
    rows = conn.execute(
        select(t.memberships)
        .where(t.memberships.c.committee_id == committee_id)
        .order_by(t.memberships.c.member_id)
    )
    return [membership_data(row.committee_id, row.member_id, row.role) for row in rows]


def membership_data(committee_id: str, member_id: str, role: str) -> MembershipData:
    return MembershipData(
        id=f"{committee_id}:{member_id}",
        committee_id=committee_id,
        member_id=member_id,
        role=role,
    )


def _documents_query() -> Any:
    f = t.files.c
    return (
        select(
            t.documents,
            t.members.c.name.label("author_name"),
            f.size.label("file_size"),
            f.media_type.label("file_media_type"),
            f.pages.label("file_pages"),
            f.text.label("file_text"),
        )
        .outerjoin(t.members, t.members.c.id == t.documents.c.author_id)
        .outerjoin(t.files, f.sha256 == t.documents.c.file_sha256)
    )


def _file_ref(sha256: str | None, name: str, row: Row[Any]) -> FileRef | None:
    if sha256 is None or row.file_size is None:
        return None
    return FileRef(
        sha256=sha256,
        size=row.file_size,
        media_type=row.file_media_type,
        name=name,
        pages=row.file_pages,
    )


def _document(row: Row[Any]) -> DocumentData:
    file = _file_ref(row.file_sha256, row.file_name, row)
    return DocumentData(
        id=row.id,
        committee_id=row.committee_id,
        title=row.title,
        body=row.body,
        author_id=row.author_id,
        author_name=row.author_name or "",
        published_at=row.published_at,
        updated_at=row.updated_at,
        format=DocumentFormat(row.format),
        version=row.version,
        file=file,
        text=(row.file_text or "") if file is not None else "",
        meeting_id=row.meeting_id,
        agenda_item_id=row.agenda_item_id,
        allow_copy=bool(row.allow_copy),
        comments_open=bool(row.comments_open),
        comments_close_at=row.comments_close_at,
    )


def document(conn: Connection, document_id: str) -> DocumentData:
    row = conn.execute(_documents_query().where(t.documents.c.id == document_id)).first()
    if row is None:
        raise NotFound("No such document.")
    return _document(row)


def documents_of(conn: Connection, committee_id: str | None) -> list[DocumentData]:
    """The documents of a committee (``None``: organisation-wide), newest first."""
    column = t.documents.c.committee_id
    where = column.is_(None) if committee_id is None else column == committee_id
    rows = conn.execute(
        _documents_query()
        .where(where)
        .order_by(t.documents.c.published_at.desc(), t.documents.c.id)
    )
    return [_document(row) for row in rows]


def _versions_query() -> Any:
    v, f = t.document_versions.c, t.files.c
    return (
        select(
            t.document_versions,
            t.members.c.name.label("author_name"),
            f.size.label("file_size"),
            f.media_type.label("file_media_type"),
            f.pages.label("file_pages"),
        )
        .outerjoin(t.members, t.members.c.id == v.author_id)
        .outerjoin(t.files, f.sha256 == v.file_sha256)
    )


def _version(row: Row[Any]) -> DocumentVersionData:
    return DocumentVersionData(
        id=f"{row.document_id}:{row.version}",
        document_id=row.document_id,
        version=row.version,
        title=row.title,
        format=DocumentFormat(row.format),
        body=row.body,
        file=_file_ref(row.file_sha256, row.file_name, row),
        published_at=row.published_at,
        author_name=row.author_name or "",
        change_note=row.change_note,
    )


def document_version(conn: Connection, document_id: str, version: int) -> DocumentVersionData:
    v = t.document_versions.c
    row = conn.execute(
        _versions_query().where(v.document_id == document_id, v.version == version)
    ).first()
    if row is None:
        raise NotFound("No such version.")
    return _version(row)


def as_sent(version: DocumentVersionData, doc: DocumentData) -> DocumentVersionData:
    """A version as the change log carries it: the current one without its text, which the
    document itself carries (a Markdown board pack is not sent twice)."""
    if version.version == doc.version:
        return version.model_copy(update={"body": ""})
    return version


def versions_of(conn: Connection, document_id: str) -> list[DocumentVersionData]:
    """Every version of a document, the current one included, oldest first."""
    v = t.document_versions.c
    rows = conn.execute(_versions_query().where(v.document_id == document_id).order_by(v.version))
    return [_version(row) for row in rows]


def read_receipts_in_committee(
    conn: Connection, member_id: str, committee_id: str
) -> list[ReadReceiptData]:
    """A member's own receipts for the documents of a committee, by document id."""
    r, d = t.read_receipts.c, t.documents.c
    rows = conn.execute(
        select(r.document_id, r.first_read_at, r.last_read_at, r.last_version)
        .join(t.documents, d.id == r.document_id)
        .where(r.member_id == member_id, d.committee_id == committee_id)
        .order_by(r.document_id)
    )
    return [receipt_data(row) for row in rows]


def receipt_data(row: Any) -> ReadReceiptData:
    """A ``read_receipts`` row as its reader sees it."""
    return ReadReceiptData(
        id=row.document_id,
        document_id=row.document_id,
        read_at=row.first_read_at,
        version=row.last_version,
        last_read_at=row.last_read_at,
    )


def can_see_document(conn: Connection, member_id: str, doc: DocumentData) -> bool:
    return doc.committee_id is None or doc.committee_id in committee_ids_of(conn, member_id)
