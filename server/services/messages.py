"""Messages: ``message.post``, ``message.edit``, ``message.delete`` and ``message.pin``.

Rules, each refusal with its code:

- the channel (or the message's channel) is one the member may use, else ``not_found``;
- post: the id is new (``id_taken``), unless its author repeats the same post (another device
  of theirs sends the outbox row whose answer was lost): applied again, with its number; a
  reply answers a top-level message of the same channel that is not deleted
  (``thread_invalid``); the server numbers it (last number + 1 in the channel) and stamps it;
  mentions are the members and committees its links name;
- edit: one's own (``not_author``) message, not deleted (``message_deleted``); the old text
  goes to the history;
- delete: one's own, or any in the organisation's or a committee's channel for the
  secretariat (moderation); a tombstone stays (empty body, no history, no pin); idempotent;
- pin: any member of the channel, not on a deleted message.

Every change sends the whole message again to the channel's audiences.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update
from sqlalchemy.orm import aliased

from protocol.base import Request
from protocol.errors import NetworkErrorCode
from protocol.models import Kind
from protocol.network import (
    MessageData,
    MessageDeleteData,
    MessageEditData,
    MessagePinData,
    MessagePostData,
    MessageRevision,
    committee_channel,
    links,
)
from server.db import tables as t
from server.services import audit, changelog, channels
from server.services.changelog import Audience
from server.services.errors import NetworkRefused, NotFound
from server.services.records import Member

Code = NetworkErrorCode
_m, _r = t.messages.c, t.message_revisions.c
_author, _pinner = aliased(t.members), aliased(t.members)
_WITH_NAMES = (
    select(t.messages, _author.c.name.label("author_name"), _pinner.c.name.label("pinner_name"))
    .join(_author, _author.c.id == _m.author_id)
    .outerjoin(_pinner, _pinner.c.id == _m.pinned_by)
)


def _mentions(body: str) -> str:
    found = links(body)
    return json.dumps({"members": found.members, "committees": found.committees})


def data(conn: Connection, message_id: str) -> MessageData:
    """The message as apps receive it (names from the members table, history oldest first)."""
    row = conn.execute(_WITH_NAMES.where(_m.id == message_id)).one()
    return _data(conn, row)


def _data(conn: Connection, row: Row[Any]) -> MessageData:
    history = conn.execute(
        select(_r.body, _r.written_at).where(_r.message_id == row.id).order_by(_r.position)
    )
    mentions = json.loads(row.mentions)
    return MessageData(
        id=row.id,
        channel_id=row.channel_id,
        number=row.number,
        author_id=row.author_id,
        author_name=row.author_name,
        body=row.body,
        thread_root_id=row.thread_root_id,
        posted_at=row.posted_at,
        edited_at=row.edited_at,
        history=[MessageRevision(body=h.body, written_at=h.written_at) for h in history],
        deleted_at=row.deleted_at,
        mention_member_ids=mentions.get("members", []),
        mention_committee_ids=mentions.get("committees", []),
        pinned_at=row.pinned_at,
        pinned_by_name=row.pinner_name or "",
    )


def _tell(conn: Connection, channel: channels.Channel, message_id: str) -> None:
    payload = data(conn, message_id)
    for audience in channels.audiences(conn, channel):
        changelog.upsert(conn, Kind.MESSAGE, payload, audience)


def _visible(
    conn: Connection, member: Member, message_id: str
) -> tuple[Row[Any], channels.Channel]:
    """A message the member may see, and its channel; else ``NotFound``."""
    row = conn.execute(select(t.messages).where(_m.id == message_id)).first()
    if row is None:
        raise NotFound("No such message.")
    channel = channels.parse(row.channel_id)
    if not channels.may_use(conn, member, channel):
        raise NotFound("No such message.")
    return row, channel


def _same_post(conn: Connection, row: Row[Any], member: Member, request: MessagePostData) -> bool:
    """Whether ``row`` is what ``request`` posted (its first text: it may have been edited
    since; a deleted one kept no text, its place is enough)."""
    where = (row.author_id, row.channel_id, row.thread_root_id)
    if where != (member.id, request.channel_id, request.thread_root_id):
        return False
    if row.deleted_at is not None:
        return True
    first = conn.execute(
        select(_r.body).where(_r.message_id == row.id).order_by(_r.position).limit(1)
    ).scalar_one_or_none()
    return bool((row.body if first is None else first) == request.body)


def last_number(conn: Connection, channel_id: str) -> int:
    found = conn.execute(select(func.max(_m.number)).where(_m.channel_id == channel_id))
    return int(found.scalar_one() or 0)


def post(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any]:
    assert isinstance(request, MessagePostData)
    channel = channels.usable(conn, member, request.channel_id)
    found = conn.execute(select(t.messages).where(_m.id == request.message_id)).first()
    if found is not None:
        if _same_post(conn, found, member, request):
            return {"number": found.number}  # delivered already: once is enough
        raise NetworkRefused(Code.ID_TAKEN, "That message id is taken.")
    if request.thread_root_id is not None:
        root = conn.execute(select(t.messages).where(_m.id == request.thread_root_id)).first()
        if (
            root is None
            or root.channel_id != channel.id
            or root.thread_root_id is not None
            or root.deleted_at is not None
        ):
            raise NetworkRefused(
                Code.THREAD_INVALID,
                "A reply answers a message of the same channel that is not itself a reply "
                "and is not deleted.",
            )
    number = last_number(conn, channel.id) + 1
    conn.execute(
        insert(t.messages).values(
            id=request.message_id,
            channel_id=channel.id,
            number=number,
            author_id=member.id,
            body=request.body,
            thread_root_id=request.thread_root_id,
            posted_at=now or t.utcnow(),
            mentions=_mentions(request.body),
        )
    )
    _tell(conn, channel, request.message_id)
    return {"number": number}


def edit(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, MessageEditData)
    row, channel = _visible(conn, member, request.message_id)
    if row.author_id != member.id:
        raise NetworkRefused(Code.NOT_AUTHOR, "Only its author may edit a message.")
    if row.deleted_at is not None:
        raise NetworkRefused(Code.MESSAGE_DELETED, "That message was deleted.")
    if row.body == request.body:
        return None  # nothing changes: no history entry
    position = conn.execute(
        select(func.count()).select_from(t.message_revisions).where(_r.message_id == row.id)
    ).scalar_one()
    conn.execute(
        insert(t.message_revisions).values(
            message_id=row.id,
            position=int(position) + 1,
            body=row.body,
            written_at=row.edited_at or row.posted_at,
        )
    )
    conn.execute(
        update(t.messages)
        .where(_m.id == row.id)
        .values(body=request.body, edited_at=now or t.utcnow(), mentions=_mentions(request.body))
    )
    _tell(conn, channel, row.id)
    return None


def delete_message(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, MessageDeleteData)
    row, channel = _visible(conn, member, request.message_id)
    moderates = member.is_secretariat and channel.kind != channels.DIRECT
    if row.author_id != member.id and not moderates:
        raise NetworkRefused(Code.NOT_AUTHOR, "Only its author may delete a message.")
    if row.deleted_at is not None:
        return None  # deleted already
    if row.author_id != member.id:  # a moderation: in the audit log (docs/SECURITY.md)
        detail = {"message_id": row.id, "channel_id": row.channel_id, "author_id": row.author_id}
        audit.append(conn, "message.moderated", actor_id=member.id, detail=detail)
    conn.execute(delete(t.message_revisions).where(_r.message_id == row.id))
    conn.execute(
        update(t.messages)
        .where(_m.id == row.id)
        .values(
            body="",
            deleted_at=now or t.utcnow(),
            pinned_at=None,
            pinned_by=None,
            mentions=_mentions(""),
        )
    )
    _tell(conn, channel, row.id)
    return None


def pin(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, MessagePinData)
    row, channel = _visible(conn, member, request.message_id)
    if row.deleted_at is not None:
        raise NetworkRefused(Code.MESSAGE_DELETED, "That message was deleted.")
    if request.pinned == (row.pinned_at is not None):
        return None  # pinned (or not) already
    values: dict[str, Any] = (
        {"pinned_at": now or t.utcnow(), "pinned_by": member.id}
        if request.pinned
        else {"pinned_at": None, "pinned_by": None}
    )
    conn.execute(update(t.messages).where(_m.id == row.id).values(values))
    _tell(conn, channel, row.id)
    return None


def replay_committee(conn: Connection, committee_id: str, audience: Audience) -> None:
    """Send the messages of a committee's channel again, in order, to ``audience`` (a
    newcomer)."""
    rows = conn.execute(
        _WITH_NAMES.where(_m.channel_id == committee_channel(committee_id)).order_by(_m.number)
    )
    for row in rows.all():
        changelog.upsert(conn, Kind.MESSAGE, _data(conn, row), audience)
