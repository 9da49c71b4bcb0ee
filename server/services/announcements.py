"""Announcements: ``announcement.post``, ``announcement.ack`` and ``announcement.remind``.

An announcement goes to a committee (its members) or the organisation (``committee_id``
None, everyone). Rules, each refusal with its code:

- post: by a member with a role in ``ANNOUNCER_ROLES`` (``not_announcer``), to a committee
  they belong to or the organisation (else ``not_found``); the id is new (``id_taken``, unless
  its author repeats the same post, from another device: applied);
- ack: an announcement one may see; a second ack is applied and changes nothing; the
  acknowledgement goes to the member and to the announcement's author (for a committee's
  announcement, only while they belong to the committee: one who left learns nothing more);
- remind: by its author or the secretariat (``forbidden``), of an announcement asking for
  acknowledgement (``no_ack_requested``); answers how many have not acknowledged yet.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, or_, select, update

from protocol.base import Request
from protocol.errors import NetworkErrorCode
from protocol.models import ANNOUNCER_ROLES, Kind
from protocol.network import (
    AcknowledgementData,
    AnnouncementAckData,
    AnnouncementData,
    AnnouncementPostData,
    AnnouncementRemindData,
)
from server.db import tables as t
from server.services import audit, changelog, directory
from server.services.changelog import Audience
from server.services.errors import Forbidden, NetworkRefused, NotFound
from server.services.records import Member

Code = NetworkErrorCode
_a, _k, _mb = t.announcements.c, t.acknowledgements.c, t.members.c
_WITH_AUTHOR = select(t.announcements, _mb.name.label("author_name")).join(
    t.members, _mb.id == _a.author_id
)
_ACKS = select(t.acknowledgements, _mb.name.label("member_name")).join(
    t.members, _mb.id == _k.member_id
)


def data(row: Row[Any]) -> AnnouncementData:
    """From a row of ``_WITH_AUTHOR``."""
    return AnnouncementData(
        id=row.id,
        committee_id=row.committee_id,
        title=row.title,
        body=row.body,
        author_id=row.author_id,
        author_name=row.author_name,
        posted_at=row.posted_at,
        ack_required=bool(row.ack_required),
        reminded_at=row.reminded_at,
    )


def ack_data(row: Row[Any]) -> AcknowledgementData:
    """From a row of ``_ACKS``."""
    return AcknowledgementData(
        id=f"{row.announcement_id}:{row.member_id}",
        announcement_id=row.announcement_id,
        member_id=row.member_id,
        member_name=row.member_name,
        acknowledged_at=row.acknowledged_at,
    )


def _in_scope(conn: Connection, member: Member, committee_id: str | None) -> bool:
    return committee_id is None or committee_id in directory.committee_ids_of(conn, member.id)


def _visible(conn: Connection, member: Member, announcement_id: str) -> Row[Any]:
    row = conn.execute(_WITH_AUTHOR.where(_a.id == announcement_id)).first()
    if row is None or not _in_scope(conn, member, row.committee_id):
        raise NotFound("No such announcement.")
    return row


def _ack_audience(member_id: str, committee_id: str | None) -> Audience:
    """Who sees an acknowledgement: ``member_id`` (the acker or the author), and for a
    committee's announcement only while they belong to that committee."""
    if committee_id is None:
        return Audience.member(member_id)
    return Audience.member_in_committee(member_id, committee_id)


def _tell(conn: Connection, announcement_id: str) -> None:
    row = conn.execute(_WITH_AUTHOR.where(_a.id == announcement_id)).one()
    changelog.upsert(conn, Kind.ANNOUNCEMENT, data(row), Audience.committee(row.committee_id))


def post(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, AnnouncementPostData)
    if not _in_scope(conn, member, request.committee_id):
        raise NotFound("No such committee.")
    if not any(role in ANNOUNCER_ROLES for role in member.roles):
        raise NetworkRefused(Code.NOT_ANNOUNCER, "Only announcers may post announcements.")
    found = conn.execute(select(t.announcements).where(_a.id == request.announcement_id)).first()
    if found is not None:
        same = (found.author_id, found.committee_id, found.title, found.body) == (
            member.id,
            request.committee_id,
            request.title,
            request.body,
        )
        if same and bool(found.ack_required) == request.ack_required:
            return None  # the same post again, from another device of its author: done
        raise NetworkRefused(Code.ID_TAKEN, "That announcement id is taken.")
    conn.execute(
        insert(t.announcements).values(
            id=request.announcement_id,
            committee_id=request.committee_id,
            title=request.title,
            body=request.body,
            author_id=member.id,
            posted_at=now or t.utcnow(),
            ack_required=request.ack_required,
            reminded_at=None,
        )
    )
    detail = {
        "announcement_id": request.announcement_id,
        "committee_id": request.committee_id,
        "ack_required": request.ack_required,
    }
    audit.append(conn, "announcement.posted", actor_id=member.id, detail=detail)
    _tell(conn, request.announcement_id)
    return None


def ack(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, AnnouncementAckData)
    row = _visible(conn, member, request.announcement_id)
    mine = (_k.announcement_id == row.id) & (_k.member_id == member.id)
    if conn.execute(select(_k.member_id).where(mine)).first() is not None:
        return None  # acknowledged already: nothing changes
    conn.execute(
        insert(t.acknowledgements).values(
            announcement_id=row.id, member_id=member.id, acknowledged_at=now or t.utcnow()
        )
    )
    payload = ack_data(conn.execute(_ACKS.where(mine)).one())
    for member_id in dict.fromkeys((member.id, row.author_id)):
        audience = _ack_audience(member_id, row.committee_id)
        changelog.upsert(conn, Kind.ACKNOWLEDGEMENT, payload, audience)
    return None


def pending(conn: Connection, row: Row[Any]) -> int:
    """How many active members the announcement reaches (its author aside) have not
    acknowledged it."""
    acked = select(_k.member_id).where(_k.announcement_id == row.id)
    query = (
        select(func.count())
        .select_from(t.members)
        .where(_mb.active.is_(True), _mb.id != row.author_id, _mb.id.not_in(acked))
    )
    if row.committee_id is not None:
        m = t.memberships.c
        query = query.where(
            _mb.id.in_(select(m.member_id).where(m.committee_id == row.committee_id))
        )
    return int(conn.execute(query).scalar_one())


def remind(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, AnnouncementRemindData)
    row = _visible(conn, member, request.announcement_id)
    if row.author_id != member.id and not member.is_secretariat:
        raise Forbidden("Only its author or the secretariat may send a reminder.")
    if not row.ack_required:
        raise NetworkRefused(
            Code.NO_ACK_REQUESTED, "This announcement does not ask for acknowledgement."
        )
    conn.execute(
        update(t.announcements).where(_a.id == row.id).values(reminded_at=now or t.utcnow())
    )
    detail = {"announcement_id": row.id}
    audit.append(conn, "announcement.reminded", actor_id=member.id, detail=detail)
    _tell(conn, row.id)
    return {"pending": pending(conn, row)}


def replay_committee(
    conn: Connection, member_id: str, committee_id: str, audience: Audience
) -> None:
    """Send a committee's announcements again to ``audience`` (a newcomer), with the
    acknowledgements that are theirs: their own, and those of announcements they posted (the
    rows written while they were away were not for them)."""
    rows = conn.execute(
        _WITH_AUTHOR.where(_a.committee_id == committee_id).order_by(_a.posted_at, _a.id)
    ).all()
    for row in rows:
        changelog.upsert(conn, Kind.ANNOUNCEMENT, data(row), audience)
    ids = [row.id for row in rows]
    if not ids:
        return
    authored = [row.id for row in rows if row.author_id == member_id]
    acks = conn.execute(
        _ACKS.where(
            _k.announcement_id.in_(ids),
            or_(_k.member_id == member_id, _k.announcement_id.in_(authored)),
        ).order_by(_k.acknowledged_at, _k.announcement_id, _k.member_id)
    )
    for row in acks:
        changelog.upsert(conn, Kind.ACKNOWLEDGEMENT, ack_data(row), audience)
