"""Meetings and their agenda, set by the secretariat (``POST /v1/meetings``, ``PUT
/v1/meetings/{id}``, the ``quorum-server meeting`` commands), and the organisation's retention
rule.

A meeting belongs to a committee (None: the organisation, a general assembly); its agenda is
given whole and stored in ``agenda_items`` (document and motion ids as JSON lists). An agenda
may name only what the meeting's members may all see: documents and motions of the same
committee or of the whole organisation; anything else (or an id that names nothing) is
``meeting_invalid``. The documents an agenda names are marked as the meeting's (and sent
again). Every change re-sends the whole meeting to the committee (organisation: everyone).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from protocol.documents import AgendaItemData, MeetingData, MeetingRequest, MeetingStatus
from protocol.errors import DocumentErrorCode
from protocol.models import Kind, OrganisationData
from server.db import tables as t
from server.services import audit, changelog, directory
from server.services.changelog import Audience
from server.services.errors import DocumentRefused, Forbidden, NotFound, ValidationFailed
from server.services.records import Member
from server.services.tx import DB, read, write

#: Longest retention rule the secretariat may set (months).
MAX_RETENTION_MONTHS = 600
_m, _a, _d = t.meetings.c, t.agenda_items.c, t.documents.c


def new_id() -> str:
    return uuid.uuid4().hex


# --- reading ----------------------------------------------------------------------------------


def _agenda(conn: Connection, meeting_id: str) -> list[AgendaItemData]:
    rows = conn.execute(
        select(t.agenda_items).where(_a.meeting_id == meeting_id).order_by(_a.position, _a.id)
    )
    return [
        AgendaItemData(
            id=row.id,
            position=row.position,
            title=row.title,
            presenter=row.presenter,
            notes=row.notes,
            document_ids=json.loads(row.document_ids),
            motion_ids=json.loads(row.motion_ids),
        )
        for row in rows
    ]


def data(conn: Connection, row: Row[Any]) -> MeetingData:
    return MeetingData(
        id=row.id,
        committee_id=row.committee_id,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        video_url=row.video_url,
        status=MeetingStatus(row.status),
        agenda=_agenda(conn, row.id),
        minutes_document_id=row.minutes_document_id,
    )


def _row(conn: Connection, meeting_id: str) -> Row[Any]:
    row = conn.execute(select(t.meetings).where(_m.id == meeting_id)).first()
    if row is None:
        raise NotFound("No such meeting.")
    return row


def meeting(db: DB, meeting_id: str) -> MeetingData:
    with read(db) as conn:
        return data(conn, _row(conn, meeting_id))


def meetings_of(conn: Connection, committee_id: str | None) -> list[MeetingData]:
    """A committee's meetings (None: the organisation's), oldest first."""
    where = _m.committee_id.is_(None) if committee_id is None else _m.committee_id == committee_id
    rows = conn.execute(select(t.meetings).where(where).order_by(_m.starts_at, _m.id))
    return [data(conn, row) for row in rows]


def list_meetings(db: DB) -> list[MeetingData]:
    """Every meeting, oldest first (for the administration CLI)."""
    with read(db) as conn:
        rows = conn.execute(select(t.meetings).order_by(_m.starts_at, _m.id))
        return [data(conn, row) for row in rows]


def forget_document(conn: Connection, document_id: str) -> set[str]:
    """A document being deleted: the agenda items that list it, and a meeting whose minutes it
    is, stop naming it. Returns the meetings touched (to be sent again by the caller)."""
    touched: set[str] = set()
    a, m = t.agenda_items.c, t.meetings.c
    for row in conn.execute(select(a.id, a.meeting_id, a.document_ids)).all():
        ids = json.loads(row.document_ids)
        if document_id in ids:
            ids.remove(document_id)
            conn.execute(
                update(t.agenda_items).where(a.id == row.id).values(document_ids=json.dumps(ids))
            )
            touched.add(row.meeting_id)
    minutes = conn.execute(select(m.id).where(m.minutes_document_id == document_id)).scalars()
    for meeting_id in minutes.all():
        conn.execute(update(t.meetings).where(m.id == meeting_id).values(minutes_document_id=None))
        touched.add(meeting_id)
    return touched


def tell(conn: Connection, meeting_id: str) -> MeetingData:
    """Send a meeting again to its audience (after its agenda changed elsewhere)."""
    meeting_data = data(conn, _row(conn, meeting_id))
    changelog.upsert(
        conn, Kind.MEETING, meeting_data, Audience.committee(meeting_data.committee_id)
    )
    return meeting_data


# --- writing ----------------------------------------------------------------------------------


def _invalid(message: str) -> DocumentRefused:
    return DocumentRefused(DocumentErrorCode.MEETING_INVALID, message)


def _check(conn: Connection, request: MeetingRequest) -> None:
    """What the agenda and the minutes name is visible to the whole meeting."""
    if request.committee_id is not None:
        directory.committee(conn, request.committee_id)
    if request.ends_at is not None and request.ends_at < request.starts_at:
        raise ValidationFailed("A meeting cannot end before it starts.")
    if request.video_url and not request.video_url.startswith("https://"):
        raise ValidationFailed("The video link must start with https://.")
    allowed = {None, request.committee_id}
    documents = [d for item in request.agenda for d in item.document_ids]
    if request.minutes_document_id is not None:
        documents.append(request.minutes_document_id)
    for table, ids, what in (
        (t.documents, documents, "document"),
        (t.motions, [m for item in request.agenda for m in item.motion_ids], "motion"),
    ):
        found = dict(
            conn.execute(
                select(table.c.id, table.c.committee_id).where(table.c.id.in_(set(ids)))
            ).all()
        )
        for some_id in ids:
            if some_id not in found:
                raise _invalid(f"The agenda names a {what} that does not exist.")
            if found[some_id] not in allowed:
                raise _invalid(f"The agenda names a {what} of another committee.")
    item_ids = [item.id for item in request.agenda]
    if len(set(item_ids)) != len(item_ids):
        raise _invalid("Two agenda items have the same id.")


def _allowed(member: Member | None) -> None:
    if member is not None and not member.is_secretariat:
        raise Forbidden("Only the secretariat may set meetings.")


def _store_agenda(conn: Connection, meeting_id: str, agenda: list[AgendaItemData]) -> None:
    taken = conn.execute(
        select(_a.id).where(_a.id.in_([i.id for i in agenda]), _a.meeting_id != meeting_id)
    ).first()
    if taken is not None:
        raise _invalid("An agenda item id belongs to another meeting.")
    conn.execute(delete(t.agenda_items).where(_a.meeting_id == meeting_id))
    ordered = sorted(enumerate(agenda), key=lambda pair: (pair[1].position, pair[0]))
    for position, (_, item) in enumerate(ordered, start=1):
        conn.execute(
            insert(t.agenda_items).values(
                id=item.id,
                meeting_id=meeting_id,
                position=position,
                title=item.title.strip(),
                presenter=item.presenter.strip(),
                notes=item.notes,
                document_ids=json.dumps(list(dict.fromkeys(item.document_ids))),
                motion_ids=json.dumps(list(dict.fromkeys(item.motion_ids))),
            )
        )
        _claim_documents(conn, meeting_id, item.id, item.document_ids)


def _claim_documents(
    conn: Connection, meeting_id: str, item_id: str, document_ids: list[str]
) -> None:
    """Documents named by an agenda item and not yet of a meeting become this item's."""
    for document_id in document_ids:
        row = conn.execute(
            select(_d.meeting_id, _d.agenda_item_id).where(_d.id == document_id)
        ).first()
        if row is None or row.meeting_id not in (None, meeting_id) or row.agenda_item_id:
            continue
        conn.execute(
            update(t.documents)
            .where(_d.id == document_id)
            .values(meeting_id=meeting_id, agenda_item_id=item_id)
        )
        doc = directory.document(conn, document_id)
        changelog.upsert(conn, Kind.DOCUMENT, doc, Audience.committee(doc.committee_id))


def _values(request: MeetingRequest) -> dict[str, Any]:
    return {
        "committee_id": request.committee_id,
        "title": request.title.strip(),
        "starts_at": request.starts_at,
        "ends_at": request.ends_at,
        "place": request.place.strip(),
        "video_url": request.video_url.strip(),
        "status": request.status.value,
        "minutes_document_id": request.minutes_document_id,
    }


def create(
    db: DB,
    member: Member | None,
    request: MeetingRequest,
    *,
    now: datetime | None = None,
    meeting_id: str | None = None,
) -> MeetingData:
    """A new meeting (``member`` None: the administration CLI or the demo, no check)."""
    _allowed(member)
    now = now or t.utcnow()
    with write(db) as conn:
        _check(conn, request)
        meeting_id = meeting_id or new_id()
        if conn.execute(select(_m.id).where(_m.id == meeting_id)).first() is not None:
            raise ValidationFailed("That meeting id is taken.")
        conn.execute(
            insert(t.meetings).values(
                id=meeting_id, **_values(request), created_at=now, updated_at=now
            )
        )
        _store_agenda(conn, meeting_id, request.agenda)
        audit.append(
            conn, "meeting.created", actor_id=_actor(member), detail=_audited(meeting_id, request)
        )
        return tell(conn, meeting_id)


def replace(
    db: DB,
    member: Member | None,
    meeting_id: str,
    request: MeetingRequest,
    *,
    now: datetime | None = None,
) -> MeetingData:
    """Replace a meeting, its agenda included."""
    _allowed(member)
    with write(db) as conn:
        old = _row(conn, meeting_id)
        _check(conn, request)
        conn.execute(
            update(t.meetings)
            .where(_m.id == meeting_id)
            .values(**_values(request), updated_at=now or t.utcnow())
        )
        _store_agenda(conn, meeting_id, request.agenda)
        _release_documents(conn, meeting_id, request)
        if old.committee_id != request.committee_id:  # moved: gone from where it was
            changelog.delete(conn, Kind.MEETING, meeting_id, Audience.committee(old.committee_id))
        audit.append(
            conn, "meeting.updated", actor_id=_actor(member), detail=_audited(meeting_id, request)
        )
        return tell(conn, meeting_id)


def _release_documents(conn: Connection, meeting_id: str, request: MeetingRequest) -> None:
    """Documents of agenda items the new agenda no longer has stop naming them (and are sent
    again, so the apps stop showing them under an item that is gone)."""
    listed = {document_id for item in request.agenda for document_id in item.document_ids}
    d = t.documents.c
    stale = conn.execute(
        select(d.id).where(d.meeting_id == meeting_id, d.agenda_item_id.is_not(None))
    ).scalars()
    for document_id in [i for i in stale.all() if i not in listed]:
        conn.execute(update(t.documents).where(d.id == document_id).values(agenda_item_id=None))
        doc = directory.document(conn, document_id)
        changelog.upsert(conn, Kind.DOCUMENT, doc, Audience.committee(doc.committee_id))


def _actor(member: Member | None) -> str | None:
    return member.id if member is not None else None


def _audited(meeting_id: str, request: MeetingRequest) -> dict[str, Any]:
    """What the audit log keeps of a meeting set by the secretariat."""
    return {
        "meeting_id": meeting_id,
        "committee_id": request.committee_id,
        "status": request.status.value,
        "agenda_items": len(request.agenda),
    }


def request_of(meeting_data: MeetingData) -> MeetingRequest:
    """The request that would set a meeting as it is (to change one thing of it)."""
    fields = meeting_data.model_dump(exclude={"id"})
    return MeetingRequest.model_validate(fields)


# --- retention --------------------------------------------------------------------------------


def set_retention(db: DB, months: int | None) -> OrganisationData:
    """Documents of meetings older than ``months`` leave the apps' caches (None: kept)."""
    if months is not None and not 1 <= months <= MAX_RETENTION_MONTHS:
        raise ValidationFailed(f"The retention is from 1 to {MAX_RETENTION_MONTHS} months.")
    with write(db) as conn:
        before = directory.organisation(conn).retention_months  # NotConfigured when none
        conn.execute(update(t.organisation).values(retention_months=months))
        audit.append(conn, "retention.changed", detail={"before": before, "after": months})
        org = directory.organisation(conn).model_copy(update={"retention_months": months})
        changelog.upsert(conn, Kind.ORGANISATION, org, Audience.organisation())
        return org
