"""Reading board documents in depth from the cache: a document's detail (file, flags, the
version I read, pinned), its versions and meetings (the state of a downloaded file is in the
files database: ``desktop.cache.files``).

Called by ``desktop.cache.documents_store`` under the store's lock; read-only. The synced rows
keep the server's payload whole (``data``), so this module parses it with the protocol's models
(the ``document`` row's ``data`` may be ``{}`` for a row migrated from before migration 5).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from desktop.cache.codec import from_text
from desktop.cache.database import Connection
from desktop.cache.document_records import (
    MISSING,
    AgendaItem,
    DocumentDetail,
    DocumentVersion,
    FileInfo,
    FileState,
    Meeting,
)
from protocol.documents import DocumentVersionData, FileRef, MeetingData


def file_info(ref: FileRef | dict[str, Any] | None) -> FileInfo | None:
    if ref is None:
        return None
    found = ref if isinstance(ref, FileRef) else FileRef.model_validate(ref)
    return FileInfo(
        sha256=found.sha256,
        size=found.size,
        name=found.name,
        pages=found.pages,
        media_type=found.media_type,
    )


def read_version(conn: Connection, document_id: str) -> int | None:
    """The newest version I opened (a receipt from before versions counts as version 1)."""
    row = conn.execute(
        "SELECT coalesce(version, 1) FROM read_receipt WHERE document_id = ?", (document_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def detail(conn: Connection, document_id: str, now: datetime) -> DocumentDetail | None:
    row = conn.execute(
        "SELECT committee_id, title, format, version, meeting_id, data FROM document WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    committee_id, title, doc_format, version, meeting_id, data = row
    extra: dict[str, Any] = json.loads(data or "{}")
    info = file_info(extra.get("file"))
    close_text = extra.get("comments_close_at")
    close_at = None if close_text is None else datetime.fromisoformat(close_text)
    pinned = conn.execute(
        "SELECT 1 FROM pinned_document WHERE document_id = ?", (document_id,)
    ).fetchone()
    return DocumentDetail(
        id=document_id,
        committee_id=committee_id,
        title=title,
        format=doc_format,
        version=int(version),
        file=info,
        # Missing here: the files database knows better (``documents_store`` asks it).
        file_state=None if info is None else FileState(info.sha256, info.size, 0, MISSING),
        meeting_id=meeting_id,
        agenda_item_id=extra.get("agenda_item_id"),
        allow_copy=bool(extra.get("allow_copy", False)),
        comments_open=bool(extra.get("comments_open", False))
        and (close_at is None or now < close_at),
        comments_close_at=close_at,
        read_version=read_version(conn, document_id),
        pinned=pinned is not None,
    )


def versions(conn: Connection, document_id: str) -> list[DocumentVersion]:
    """Newest first; the document's current version has ``current`` set. A document never
    revised has no version rows: its one version is the document itself."""
    current = conn.execute(
        "SELECT version, body, title, format, author_name, updated_at, data FROM document "
        "WHERE id = ?",
        (document_id,),
    ).fetchone()
    if current is None:
        return []
    rows = conn.execute(
        "SELECT data FROM document_version WHERE document_id = ? ORDER BY version DESC",
        (document_id,),
    ).fetchall()
    found = []
    for (data,) in rows:
        version = DocumentVersionData.model_validate_json(data)
        is_current = version.version == int(current[0])
        # The current version comes without its text: the document carries it.
        body = str(current[1]) if is_current and not version.body else version.body
        found.append(
            DocumentVersion(
                document_id=version.document_id,
                version=version.version,
                title=version.title,
                format=str(version.format),
                body=body,
                file=file_info(version.file),
                published_at=version.published_at,
                author_name=version.author_name,
                change_note=version.change_note,
                current=is_current,
            )
        )
    if not any(v.current for v in found):
        version, body, title, doc_format, author_name, updated_at, extra = current
        found.insert(
            0,
            DocumentVersion(
                document_id=document_id,
                version=int(version),
                title=str(title),
                format=str(doc_format),
                body=str(body),
                file=file_info(json.loads(extra or "{}").get("file")),
                published_at=from_text(str(updated_at)),
                author_name=str(author_name),
                change_note="",
                current=True,
            ),
        )
    return found


def organisation_name(conn: Connection) -> str:
    row = conn.execute(
        "SELECT coalesce((SELECT o.name FROM organisation o JOIN account a "
        "ON a.organisation_id = o.id), (SELECT name FROM organisation ORDER BY name LIMIT 1), "
        "(SELECT organisation_name FROM account), '')"
    ).fetchone()
    return str(row[0])


def committee_names(conn: Connection) -> dict[str | None, str]:
    """Each committee's name, and the organisation's under None."""
    names: dict[str | None, str] = {
        str(i): str(n) for i, n in conn.execute("SELECT id, name FROM committee").fetchall()
    }
    names[None] = organisation_name(conn)
    return names


def meetings(conn: Connection, meeting_id: str | None = None) -> list[Meeting]:
    """Every meeting (or the one), soonest first."""
    where, args = ("WHERE id = ?", (meeting_id,)) if meeting_id is not None else ("", ())
    rows = conn.execute(f"SELECT data FROM meeting {where} ORDER BY starts_at, id", args)
    names = committee_names(conn)
    return [_meeting(MeetingData.model_validate_json(data), names) for (data,) in rows.fetchall()]


def _meeting(data: MeetingData, names: dict[str | None, str]) -> Meeting:
    agenda = sorted(data.agenda, key=lambda item: (item.position, item.id))
    return Meeting(
        id=data.id,
        committee_id=data.committee_id,
        committee_name=names.get(data.committee_id, ""),
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        place=data.place,
        video_url=data.video_url,
        status=str(data.status),
        agenda=tuple(
            AgendaItem(
                id=item.id,
                position=item.position,
                title=item.title,
                presenter=item.presenter,
                notes=item.notes,
                document_ids=tuple(item.document_ids),
                motion_ids=tuple(item.motion_ids),
            )
            for item in agenda
        ),
        minutes_document_id=data.minutes_document_id,
    )


def member_names(conn: Connection) -> dict[str, str]:
    return {str(i): str(n) for i, n in conn.execute("SELECT id, name FROM member").fetchall()}


def document_titles(conn: Connection) -> dict[str, str]:
    return {str(i): str(t) for i, t in conn.execute("SELECT id, title FROM document").fetchall()}
