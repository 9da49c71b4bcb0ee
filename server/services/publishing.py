"""Publishing board documents: storing an uploaded PDF, publishing a document (Markdown or a
PDF), and publishing a new version of one.

Used by the routes (``POST /v1/files``, ``POST /v1/documents``, ``POST
/v1/documents/{id}/versions``, secretariat roles), the administration CLI and the demo
(``member_or_none`` None: no permission check). Every publication writes, in its transaction,
the document row and a ``document_version`` row (the version itself; older versions stay), both
for the document's audience. With a meeting the document belongs to the meeting's committee;
with an agenda item it is added to that item's documents and the meeting is sent again.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from protocol.documents import (
    MAX_FILE_BYTES,
    DocumentFormat,
    DocumentPublishRequest,
    DocumentRevisionRequest,
    FileUploaded,
)
from protocol.errors import DocumentErrorCode
from protocol.models import DocumentData, Kind
from server.db import tables as t
from server.services import audit, changelog, directory, files, meetings, pdf_text
from server.services.changelog import Audience
from server.services.errors import DocumentRefused, Forbidden, NotFound, ValidationFailed
from server.services.records import Member
from server.services.tx import DB, read, write

TOO_LARGE = f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB."
UNKNOWN_FILE = "No file with that sha256 was uploaded; upload it first."


def new_id() -> str:
    return uuid.uuid4().hex


def _allowed(member: Member | None) -> None:
    if member is not None and not member.is_secretariat:
        raise Forbidden("Only the secretariat may publish documents.")


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _title(title: str) -> str:
    title = title.strip()
    if not title:
        raise ValidationFailed("The title must not be empty.")
    return title


# --- files ------------------------------------------------------------------------------------


def store_file(db: DB, data: bytes, uploaded_by: str | None) -> FileUploaded:
    """Check a PDF, extract its text and store it (once for the same bytes)."""
    if len(data) > MAX_FILE_BYTES:
        raise DocumentRefused(DocumentErrorCode.FILE_TOO_LARGE, TOO_LARGE)
    digest = files.sha256_of(data)
    with read(db) as conn:
        known = files.find(conn, digest)
        text = files.text_of(conn, digest) if known is not None else ""
    if known is None:
        content = pdf_text.inspect_pdf(data)
        known, _ = files.store(
            db, data, pages=content.pages, text=content.text, uploaded_by=uploaded_by
        )
        text = content.text
    with write(db) as conn:  # logged even when the same bytes were already there
        detail = {"sha256": digest, "size": len(data)}
        audit.append(conn, "file.uploaded", actor_id=uploaded_by, detail=detail)
    searchable = text.replace(pdf_text.PAGE_SEPARATOR, "").strip()
    return FileUploaded(file=known.ref(), text_chars=len(text) if searchable else 0)


# --- publishing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Content:
    format: DocumentFormat
    body: str
    file_sha256: str | None
    file_name: str


def _content(conn: Connection, body: str, file_sha256: str | None, file_name: str) -> _Content:
    if file_sha256 is None:
        return _Content(DocumentFormat.MARKDOWN, body, None, "")
    if body.strip():
        raise ValidationFailed("A document is Markdown or a PDF, not both.")
    if files.find(conn, file_sha256) is None:
        raise DocumentRefused(DocumentErrorCode.FILE_UNKNOWN, UNKNOWN_FILE)
    return _Content(DocumentFormat.PDF, "", file_sha256, safe_file_name(file_name))


_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_file_name(name: str) -> str:
    """The last part of a file name, without a folder or drive ("../../etc/passwd": "passwd",
    "C:\\x\\y.pdf": "y.pdf") nor control or invisible characters (NUL, a right-to-left
    override that disguises an extension); "" when nothing usable is left."""
    visible = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf"))
    last = _DRIVE.sub("", visible.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return "" if last in (".", "..") else last


def _place(
    conn: Connection, request: DocumentPublishRequest
) -> tuple[str | None, str | None, str | None]:
    """The committee, meeting and agenda item a new document belongs to."""
    meeting_id, item_id = request.meeting_id, request.agenda_item_id
    if item_id is not None:
        row = conn.execute(
            select(t.agenda_items.c.meeting_id).where(t.agenda_items.c.id == item_id)
        ).first()
        if row is None or meeting_id not in (None, row.meeting_id):
            raise NotFound("No such agenda item in that meeting.")
        meeting_id = row.meeting_id
    if meeting_id is None:
        if request.committee_id is not None:
            directory.committee(conn, request.committee_id)
        return request.committee_id, None, None
    found = conn.execute(
        select(t.meetings.c.committee_id).where(t.meetings.c.id == meeting_id)
    ).first()
    if found is None:
        raise NotFound("No such meeting.")
    if request.committee_id is not None and request.committee_id != found.committee_id:
        raise ValidationFailed("A meeting's document belongs to the meeting's committee.")
    return found.committee_id, meeting_id, item_id


def _add_version(
    conn: Connection,
    document_id: str,
    version: int,
    title: str,
    content: _Content,
    author_id: str | None,
    change_note: str,
    now: datetime,
) -> None:
    conn.execute(
        insert(t.document_versions).values(
            document_id=document_id,
            version=version,
            title=title,
            format=content.format.value,
            body=content.body,
            file_sha256=content.file_sha256,
            file_name=content.file_name,
            author_id=author_id,
            change_note=change_note,
            published_at=now,
        )
    )


def _tell(conn: Connection, document_id: str, version: int) -> DocumentData:
    """Send the document and its new version to the document's audience."""
    doc = directory.document(conn, document_id)
    audience = Audience.committee(doc.committee_id)
    changelog.upsert(conn, Kind.DOCUMENT, doc, audience)
    if version == 1:
        return doc  # a document never revised is its own one version: no version row
    version_data = directory.document_version(conn, document_id, version)
    changelog.upsert(conn, Kind.DOCUMENT_VERSION, directory.as_sent(version_data, doc), audience)
    # No longer current: sent (again) with its text; version 1 is sent here the first time.
    previous = directory.document_version(conn, document_id, version - 1)
    if previous.body or version == 2:
        changelog.upsert(conn, Kind.DOCUMENT_VERSION, previous, audience)
    return doc


def _join_agenda_item(conn: Connection, item_id: str, document_id: str) -> None:
    a = t.agenda_items.c
    row = conn.execute(select(a.meeting_id, a.document_ids).where(a.id == item_id)).one()
    ids = json.loads(row.document_ids)
    if document_id not in ids:
        ids.append(document_id)
        conn.execute(
            update(t.agenda_items).where(a.id == item_id).values(document_ids=json.dumps(ids))
        )
    meetings.tell(conn, row.meeting_id)


def _audit(
    conn: Connection, event: str, member: Member | None, document_id: str, version: int
) -> None:
    """Log a publication with who made it (None: the administration CLI or the demo)."""
    actor_id = member.id if member is not None else None
    detail = {"document_id": document_id, "version": version}
    audit.append(conn, event, actor_id=actor_id, detail=detail)


def publish(
    db: DB,
    member_or_none: Member | None,
    request: DocumentPublishRequest,
    now: datetime | None = None,
    *,
    author_id: str | None = None,
) -> DocumentData:
    """Publish a new document (version 1). ``author_id``: for the CLI and the demo, who is
    named as its author when no member publishes it."""
    _allowed(member_or_none)
    title = _title(request.title)
    now = _utc(now) or t.utcnow()
    author = member_or_none.id if member_or_none is not None else author_id
    with write(db) as conn:
        if author is not None:
            directory.member(conn, author)
        committee_id, meeting_id, item_id = _place(conn, request)
        content = _content(conn, request.body, request.file_sha256, request.file_name)
        document_id = new_id()
        conn.execute(
            insert(t.documents).values(
                id=document_id,
                committee_id=committee_id,
                title=title,
                body=content.body,
                author_id=author,
                published_at=now,
                updated_at=now,
                format=content.format.value,
                version=1,
                file_sha256=content.file_sha256,
                file_name=content.file_name,
                meeting_id=meeting_id,
                agenda_item_id=item_id,
                allow_copy=request.allow_copy,
                comments_open=request.comments_open,
                comments_close_at=_utc(request.comments_close_at),
            )
        )
        _add_version(conn, document_id, 1, title, content, author, "", now)
        _audit(conn, "document.published", member_or_none, document_id, 1)
        doc = _tell(conn, document_id, 1)
        if item_id is not None:
            _join_agenda_item(conn, item_id, document_id)
        return doc


def revise(
    db: DB,
    member_or_none: Member | None,
    document_id: str,
    request: DocumentRevisionRequest,
    now: datetime | None = None,
    *,
    author_id: str | None = None,
) -> DocumentData:
    """Publish a new version of a document: it replaces the current content (version + 1);
    the older versions stay listed."""
    _allowed(member_or_none)
    now = _utc(now) or t.utcnow()
    author = member_or_none.id if member_or_none is not None else author_id
    with write(db) as conn:
        current = directory.document(conn, document_id)
        if author is not None:
            directory.member(conn, author)
        title = _title(request.title) if request.title is not None else current.title
        content = _content(conn, request.body, request.file_sha256, request.file_name)
        version = current.version + 1
        conn.execute(
            update(t.documents)
            .where(t.documents.c.id == document_id)
            .values(
                title=title,
                body=content.body,
                format=content.format.value,
                version=version,
                file_sha256=content.file_sha256,
                file_name=content.file_name,
                updated_at=now,
            )
        )
        _add_version(
            conn, document_id, version, title, content, author, request.change_note.strip(), now
        )
        _audit(conn, "document.revised", member_or_none, document_id, version)
        return _tell(conn, document_id, version)
