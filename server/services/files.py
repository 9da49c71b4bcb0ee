"""Stored files: content-addressed by the sha256 of their bytes, in the ``files`` table.

Storing the same bytes twice keeps one row. A member may fetch a file when they may see a
document, or a version of one, that names it; otherwise the file does not exist for them
(``not_found``, the same answer as an unknown sha256). Reading a range reads only those bytes
from the database (``substr`` of the blob), so a resumed download costs what is left.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, or_, select

from protocol.documents import PDF_MEDIA_TYPE, FileRef
from server.db import tables as t
from server.services import directory
from server.services.errors import NotFound
from server.services.records import Member
from server.services.tx import DB, read, write

NOT_FOUND = "No such file."


@dataclass(frozen=True)
class StoredFile:
    """A stored file's metadata (never its bytes)."""

    sha256: str
    size: int
    media_type: str
    pages: int

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'

    def ref(self, name: str = "") -> FileRef:
        return FileRef(
            sha256=self.sha256,
            size=self.size,
            media_type=self.media_type,
            name=name,
            pages=self.pages,
        )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store(
    db: DB,
    data: bytes,
    *,
    pages: int,
    text: str,
    uploaded_by: str | None,
    media_type: str = PDF_MEDIA_TYPE,
    now: datetime | None = None,
) -> tuple[StoredFile, bool]:
    """Store bytes under their sha256; answers the file and whether it was new."""
    digest = sha256_of(data)
    with write(db) as conn:
        existing = find(conn, digest)
        if existing is not None:
            return existing, False
        conn.execute(
            insert(t.files).values(
                sha256=digest,
                size=len(data),
                media_type=media_type,
                pages=pages,
                text=text,
                uploaded_by=uploaded_by,
                uploaded_at=now or t.utcnow(),
                data=data,
            )
        )
        return StoredFile(digest, len(data), media_type, pages), True


_META = (t.files.c.sha256, t.files.c.size, t.files.c.media_type, t.files.c.pages)


def find(conn: Connection, sha256: str) -> StoredFile | None:
    row = conn.execute(select(*_META).where(t.files.c.sha256 == sha256)).first()
    if row is None:
        return None
    return StoredFile(row.sha256, row.size, row.media_type, row.pages)


def metadata(db: DB, sha256: str) -> StoredFile:
    with read(db) as conn:
        found = find(conn, sha256)
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


def text_of(conn: Connection, sha256: str) -> str:
    """The text extracted from a stored file at upload ("" if none)."""
    return conn.execute(select(t.files.c.text).where(t.files.c.sha256 == sha256)).scalar() or ""


def read_range(db: DB, sha256: str, start: int, length: int) -> bytes:
    """``length`` bytes of a stored file from ``start`` (fewer at its end)."""
    if length <= 0:
        return b""
    with read(db) as conn:
        chunk = conn.execute(
            select(func.substr(t.files.c.data, start + 1, length)).where(t.files.c.sha256 == sha256)
        ).scalar()
    if chunk is None:
        raise NotFound(NOT_FOUND)
    return bytes(chunk)


def may_see(conn: Connection, member_id: str, sha256: str) -> bool:
    """Whether a document, or a version of a document, the member may see names the file."""
    d, v = t.documents.c, t.document_versions.c
    committees = directory.committee_ids_of(conn, member_id)
    visible = or_(d.committee_id.is_(None), d.committee_id.in_(committees))
    current = select(d.id).where(d.file_sha256 == sha256, visible).limit(1)
    if conn.execute(current).first() is not None:
        return True
    older = (
        select(d.id)
        .join(t.document_versions, v.document_id == d.id)
        .where(v.file_sha256 == sha256, visible)
        .limit(1)
    )
    return conn.execute(older).first() is not None


def visible_file(db: DB, member: Member, sha256: str) -> StoredFile:
    """The file's metadata for a member who may fetch it; ``NotFound`` otherwise."""
    with read(db) as conn:
        found = find(conn, sha256)
        if found is None or not may_see(conn, member.id, sha256):
            raise NotFound(NOT_FOUND)
        return found
